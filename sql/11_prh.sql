-- Public rental housing (景府办发〔2023〕7号): the public examples of spec 10 §10, in order,
-- each preceded by its expected value and check ID; pgTAP test/11-prh.sql has the boundaries.
-- Rule IDs: PRH-04 PRH-07 PRH-46 PRH-11a PRH-11b PRH-11c PRH-16 PRH-17a PRH-17b PRH-26 PRH-27
-- PRH-30a PRH-30b PRH-30c PRH-30d PRH-31a PRH-31c PRH-34 PRH-35 PRH-38 PRH-39 PRH-40 PRH-44 PRH-45.
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

-- PRH-16-H household and main applicant
-- expect true   [TV-PRH16H-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')).ok;

-- PRH-16-RES hukou and 5 years' residence
-- expect {}   [TV-PRH16RES-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2018-11-27', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-11-27')).reasons;
-- expect {residence}   [TV-PRH16RES-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2018-11-28', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-11-27')).reasons;

-- PRH-16-AGE ages
-- expect {}   [TV-PRH16AGE-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '2001-11-27', 2, 'central_urban', resident_since => '2015-01-01', housing_area => 20, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-11-27')).reasons;
-- expect {}   [TV-PRH16AGE-03]
SELECT (jdz.prh_eligibility('gongzu_local', 'female', '2003-11-27', 2, 'central_urban', resident_since => '2015-01-01', housing_area => 30, household_income => '100000.00', co_applicants_ok => true, on_date => '2023-11-27')).reasons;
-- expect {}   [TV-PRH16AGE-07]
SELECT (jdz.prh_eligibility('lianzu', 'male', '2007-05-01', 2, 'central_urban', resident_since => '2015-01-01', housing_area => 20, statuses => '{urban_dibao}', co_applicants_ok => true, ward => 'orphan', on_date => '2023-11-27')).reasons;

-- PRH-16-CAT lianzu statuses
-- expect {}   [TV-PRH16CAT-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')).reasons;
-- expect {}   [TV-PRH16CAT-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{disabled_veteran}', co_applicants_ok => true, veteran_grade => 4, on_date => '2023-12-01')).reasons;

-- PRH-16-AREA ≤ 15 m² per person
-- expect {}   [TV-PRH16AREA-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 45.00, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')).reasons;
-- expect {housing_area}   [TV-PRH16AREA-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 45.01, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')).reasons;

-- PRH-16-INC income ≤ 2.5 × L (L = 48000.00 in 2023, 50123.40 from 2024-02-01, none in January 2024)
-- expect {}   [TV-PRH16INC-01]
SELECT (jdz.prh_eligibility('gongzu_local', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 30, household_income => '120000.00', co_applicants_ok => true, on_date => '2023-12-01')).reasons;
-- expect {income}   [TV-PRH16INC-02]
SELECT (jdz.prh_eligibility('gongzu_local', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 30, household_income => '120000.01', co_applicants_ok => true, on_date => '2023-12-01')).reasons;
-- expect 120000.00   [TV-PRH16INC-X1]
SELECT jdz.prh_income_line('2023-12-01');

-- PRH-16-MIG newcomers
-- expect {}   [TV-PRH16MIG-01]
SELECT (jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')).reasons;
-- expect {insurance}   [TV-PRH16MIG-03]
SELECT (jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-07-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')).reasons;

-- PRH-16-ELIG composite
-- expect {housing_area}   [TV-PRH16E-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 46, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')).reasons;
-- expect true   [TV-PRH16E-04]
SELECT (jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-04-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')).ok;

-- PRH-16-CO co-applicants
-- expect {co_applicants}   [TV-PRH16CO-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => false, on_date => '2023-12-01')).reasons;

-- PRH-17a three-year look-back
-- expect {lookback}   [TV-PRH17a-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, last_transfer_on => '2020-11-27', on_date => '2023-11-27')).reasons;
-- expect {}   [TV-PRH17a-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, last_transfer_on => '2020-11-26', on_date => '2023-11-27')).reasons;

-- PRH-17b single applicants: relatives' area
-- expect {relatives_area}   [TV-PRH17b-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 1, 'central_urban', resident_since => '2015-01-01', housing_area => 10, statuses => '{urban_dibao}', co_applicants_ok => true, relatives_count => 2, relatives_area => 70.00, on_date => '2023-12-01')).reasons;
-- expect {}   [TV-PRH17b-02]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 1, 'central_urban', resident_since => '2015-01-01', housing_area => 10, statuses => '{urban_dibao}', co_applicants_ok => true, relatives_count => 2, relatives_area => 69.99, on_date => '2023-12-01')).reasons;

-- PRH-26 sign within 30 days
-- expect 2023-12-27   [TV-PRH26-01a]
SELECT jdz.due('PRH-26', '', '2023-11-27'::date);
-- expect 2024-04-01   [TV-PRH26-04]
SELECT jdz.due('PRH-26', '', '2024-03-01'::date);
-- expect 2024-01-02   [TV-PRH26-06b]
SELECT jdz.due('PRH-26', '', '2023-12-01'::date);

-- PRH-27 abandonments and the waiting cap
-- expect waiting   [TV-PRH27-01]
SELECT jdz.prh_waiting_status(1, '2022-01-10', '2024-01-10');
-- expect must_reapply   [TV-PRH27-03]
SELECT jdz.prh_waiting_status(3, '2022-01-10', '2024-01-10');

-- PRH-30a lease ≤ 5 years
-- expect 2029-01-01   [TV-PRH30a-05]
SELECT jdz.due('PRH-30a', '', '2024-01-01'::date);
-- expect false   [TV-PRH30a-06]
SELECT '2029-01-02'::date <= jdz.due('PRH-30a', '', '2024-01-01'::date);

-- PRH-30b renewal application
-- expect 2026-08-26   [TV-PRH30b-01a]
SELECT jdz.prh_renewal_deadline('2026-11-26');
-- expect 2027-02-28   [TV-PRH30b-03]
SELECT jdz.prh_renewal_deadline('2027-05-31');

-- PRH-30c rent collection period ≤ 1 year
-- expect true   [TV-PRH30c-03]
SELECT jdz.period_end('2024-01-01'::date, '12 months') <= jdz.due('PRH-30c', '', '2024-01-01'::date);

-- PRH-30d annual review
-- expect 2024-11-27   [TV-PRH30d-01]
SELECT jdz.due('PRH-30d', '', '2023-11-27'::date);

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

-- PRH-31c two-year adjustment
-- expect 2025-11-27   [TV-PRH31c-01]
SELECT jdz.due('PRH-31c', '', '2023-11-27'::date);

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
-- expect {vacancy}   [TV-PRH39-02]
SELECT jdz.prh_termination_grounds(vacant_since => '2024-01-10', on_date => '2024-07-10');
-- expect {}   [TV-PRH39-06]
SELECT jdz.prh_termination_grounds(arrears_months => 5, on_date => '2024-09-10');
-- expect {arrears}   [TV-PRH39-07]
SELECT jdz.prh_termination_grounds(arrears_months => 6, on_date => '2024-09-10');

-- PRH-39/44 five-year bans
-- expect {banned}   [TV-PRH44-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, banned_through => jdz.due('PRH-44', '', '2024-03-15'::date), on_date => '2029-03-15')).reasons;

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

-- The messages a user sees (PRH-16 missing outside figure, PRH-31a ratio band, PRH-16 NULL)
\set VERBOSITY default
SELECT jdz.prh_income_line('2024-01-15');
SELECT jdz.prh_monthly_subsidy(7, 1, '2024-01-01');
SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.81, '2024-01-01');
SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', housing_area => 40, on_date => '2023-12-01');
SELECT jdz.prh_termination_grounds('{vacancy}', NULL, 0, '2024-09-10');

-- PRH-31a the explain sibling in full
SELECT jsonb_pretty(jdz.prh_monthly_rent_explain('13.33', 47.5, 'gongzu', 0.70, '2024-06-01'));

-- PRH-16 the reasons of a household failing nearly everything, in enum order
SELECT * FROM jdz.prh_eligibility('lianzu', 'male', '2003-01-01', 3, 'other', resident_since => '2020-01-01',
  housing_area => 46, statuses => '{}', co_applicants_ok => false, last_transfer_on => '2022-01-01',
  benefits => '{in_kind}', banned_through => '2025-01-01', on_date => '2023-12-01');

DELETE FROM jdz.parameter WHERE NOT builtin AND (key = 'prh.urban_disposable_income' OR key LIKE 'prh.subsidy_%');
