-- Public rental housing (景府办发〔2023〕7号): the public examples of spec 10 §10 that read
-- no time limit, in order, each preceded by its expected value and check ID; the examples
-- that read jdz.time_limit_rule (eligibility, jdz.due, waiting, renewal, vacancy) are in
-- sql/11_prh_limits.sql; pgTAP test/11-prh*.sql has the boundaries.
-- Rule IDs: PRH-04 PRH-07 PRH-46 PRH-11a PRH-11b PRH-11c PRH-16 PRH-31a PRH-34 PRH-35 PRH-38
-- PRH-39 PRH-40 PRH-44 PRH-45.
SET TimeZone = 'Asia/Shanghai';
SET DateStyle = 'ISO, YMD';
SET search_path = jdz, public;
\set VERBOSITY sqlstate

-- test-only outside data (spec 10 §10 SETUP), removed at the end
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) VALUES ('prh.urban_disposable_income', '2023-01-01', '2023-12-31', 48000, false), ('prh.urban_disposable_income', '2024-02-01', NULL, 50123.40, false);
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) VALUES ('prh.subsidy_area.1', '2023-11-27', NULL, 25, false), ('prh.subsidy_area.2', '2023-11-27', NULL, 35, false), ('prh.subsidy_area.3', '2023-11-27', NULL, 45, false), ('prh.subsidy_rate.1', '2023-11-27', NULL, 8.00, false), ('prh.subsidy_rate.2', '2023-11-27', NULL, 6.00, false);

-- PRH-04 no stacking
-- expect true   [TV-PRH04-01]
SELECT jdz.prh_stacking_ok('{in_kind}');
-- expect false   [TV-PRH04-02]
SELECT jdz.prh_stacking_ok('{in_kind,rental_subsidy}');

-- PRH-07/46 scope
-- expect applies   [TV-PRH07-01]
SELECT jdz.prh_scope('zhushan');
-- expect applies   [TV-PRH07-02]
SELECT jdz.prh_scope(jdz.district_of('高新区'));
-- expect not_covered   [TV-PRH07-06a]
SELECT jdz.prh_scope('elsewhere');

-- PRH-11a unit size class
-- expect small   [TV-PRH11a-01]
SELECT jdz.prh_classify_unit(50.00, '2024-01-01');
-- expect medium   [TV-PRH11a-02]
SELECT jdz.prh_classify_unit(50.01, '2024-01-01');

-- PRH-11b medium units ≤ 15 % of the area
-- expect true   [TV-PRH11b-01]
SELECT (jdz.prh_unit_mix_check(array_cat(array_fill(50::numeric, ARRAY[170]), array_fill(75::numeric, ARRAY[20])), '2024-01-01')).ok;
-- expect {medium_share}   [TV-PRH11b-02]
SELECT (jdz.prh_unit_mix_check(array_cat(array_fill(50::numeric, ARRAY[169]), array_fill(75::numeric, ARRAY[20])), '2024-01-01')).reasons;

-- PRH-11c facilities
-- expect true   [TV-PRH11c-01]
SELECT (jdz.prh_facilities_check(100000, 15000, 10000, '2024-01-01')).ok;

-- PRH-16-INC income ≤ 2.5 × L (L = 48000.00 in 2023, 50123.40 from 2024-02-01, none in January 2024)
-- expect 120000.00   [TV-PRH16INC-X1]
SELECT jdz.prh_income_line('2023-12-01');

-- PRH-31a rent
-- expect 75.00   [TV-PRH31a-01]
SELECT jdz.prh_monthly_rent('15.00', 50, 'lianzu');
-- expect 600.00   [TV-PRH31a-03]
SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.80);
-- expect ERROR 22023   [TV-PRH31a-04]
SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.81);
-- expect 443.22   [TV-PRH31a-07]
SELECT jdz.prh_monthly_rent('13.33', 47.5, 'gongzu', 0.70);
-- expect 1329.66   [TV-PRH31a-13]
SELECT jdz.prh_monthly_rent('13.33', 47.5, 'gongzu', 0.70) * 3;
-- expect 443.22   [TV-PRH31a-X7]
SELECT jdz.prh_monthly_rent_explain('13.33', 47.5, 'gongzu', 0.70) ->> 'result';

-- PRH-34/35 rental subsidy (test rows of the SETUP)
-- expect 360.00   [TV-PRH34-01]
SELECT jdz.prh_monthly_subsidy(3, 1, '2024-01-01');
-- expect ERROR 22023   [TV-PRH34-05]
SELECT jdz.prh_monthly_subsidy(7, 1, '2024-01-01');

-- PRH-38 exit and transition
-- expect {over_income}   [TV-PRH38-01]
SELECT jdz.prh_exit_reasons(false, '120000.01', false, true, true, '2023-12-01');
-- expect {}   [TV-PRH38-02]
SELECT jdz.prh_exit_reasons(false, '120000.00', false, true, true, '2023-12-01');
-- expect {}   [TV-PRH38-08]
SELECT jdz.prh_exit_reasons(false, '50000.00', false, false, true, '2023-12-01');

-- PRH-39 grounds for termination
-- expect {}   [TV-PRH39-06]
SELECT jdz.prh_termination_grounds(arrears_months => 5, on_date => '2024-09-10');
-- expect {arrears}   [TV-PRH39-07]
SELECT jdz.prh_termination_grounds(arrears_months => 6, on_date => '2024-09-10');

-- PRH-40 tier after review
-- expect lianzu   [TV-PRH40-01]
SELECT jdz.prh_tier_after_review(true, true);
-- expect market   [TV-PRH40-04]
SELECT jdz.prh_tier_after_review(false, false);

-- PRH-44 back-rent (a sum of rent differences)
-- expect 6750.00   [TV-PRH44B-01]
SELECT (jdz.prh_monthly_rent('15.00', 50, 'market') - jdz.prh_monthly_rent('15.00', 50, 'lianzu')) * 10;

-- PRH-45 fines on agents (parameters)
-- expect true   [TV-PRH45-01]
SELECT 10000.00 <= jdz.param('prh.fine_cap.agent_person', '2024-01-01');
-- expect true   [TV-PRH45-03]
SELECT 30000.00 <= jdz.param('prh.fine_cap.agent_firm', '2024-01-01');

-- The messages a user sees (PRH-16 missing outside figure, PRH-34, PRH-31a ratio band, PRH-16 NULL, PRH-39)
\set VERBOSITY default
SELECT jdz.prh_income_line('2024-01-15');
SELECT jdz.prh_monthly_subsidy(7, 1, '2024-01-01');
SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.81, '2024-01-01');
SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', housing_area => 40, on_date => '2023-12-01');
SELECT jdz.prh_termination_grounds('{vacancy}', NULL, 0, '2024-09-10');

-- PRH-31a the explain sibling in full
SELECT jsonb_pretty(jdz.prh_monthly_rent_explain('13.33', 47.5, 'gongzu', 0.70, '2024-06-01'));

DELETE FROM jdz.parameter WHERE NOT builtin AND (key = 'prh.urban_disposable_income' OR key LIKE 'prh.subsidy_%');
