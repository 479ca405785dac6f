-- Public rental housing (景府办发〔2023〕7号): the public examples of spec 10 §10 that read
-- jdz.time_limit_rule, in order, each preceded by its expected value and check ID.
-- Rule IDs: PRH-16 PRH-17a PRH-17b PRH-26 PRH-27 PRH-30a PRH-30b PRH-30c PRH-30d PRH-31c
-- PRH-39 PRH-44.
SET TimeZone = 'Asia/Shanghai';
SET DateStyle = 'ISO, YMD';
SET search_path = jdz, public;
\set VERBOSITY sqlstate

-- test-only outside data (spec 10 §10 SETUP), removed at the end
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) VALUES ('prh.urban_disposable_income', '2023-01-01', '2023-12-31', 48000, false), ('prh.urban_disposable_income', '2024-02-01', NULL, 50123.40, false);
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) VALUES ('prh.subsidy_area.1', '2023-11-27', NULL, 25, false), ('prh.subsidy_area.2', '2023-11-27', NULL, 35, false), ('prh.subsidy_area.3', '2023-11-27', NULL, 45, false), ('prh.subsidy_rate.1', '2023-11-27', NULL, 8.00, false), ('prh.subsidy_rate.2', '2023-11-27', NULL, 6.00, false);

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

-- PRH-31c two-year adjustment
-- expect 2025-11-27   [TV-PRH31c-01]
SELECT jdz.due('PRH-31c', '', '2023-11-27'::date);

-- PRH-39 grounds for termination
-- expect {vacancy}   [TV-PRH39-02]
SELECT jdz.prh_termination_grounds(vacant_since => '2024-01-10', on_date => '2024-07-10');

-- PRH-39/44 five-year bans
-- expect {banned}   [TV-PRH44-01]
SELECT (jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, banned_through => jdz.due('PRH-44', '', '2024-03-15'::date), on_date => '2029-03-15')).reasons;

-- PRH-16 the reasons of a household failing nearly everything, in enum order
SELECT * FROM jdz.prh_eligibility('lianzu', 'male', '2003-01-01', 3, 'other', resident_since => '2020-01-01',
  housing_area => 46, statuses => '{}', co_applicants_ok => false, last_transfer_on => '2022-01-01',
  benefits => '{in_kind}', banned_through => '2025-01-01', on_date => '2023-12-01');

DELETE FROM jdz.parameter WHERE NOT builtin AND (key = 'prh.urban_disposable_income' OR key LIKE 'prh.subsidy_%');
