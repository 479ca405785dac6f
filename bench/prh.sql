-- bench/prh.sql — jdz.prh_eligibility and jdz.prh_monthly_rent over 1M rows
-- (issue 6, issue 9): the C functions against the floor (a trivial expression
-- over the same columns) and against a PL/pgSQL reference (bench/reference_prh.sql).
\i bench/reference_prh.sql
SET client_min_messages = warning;

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin)
SELECT 'prh.urban_disposable_income', '2023-01-01', NULL, 48000, false
 WHERE NOT EXISTS (SELECT 1 FROM jdz.parameter WHERE key = 'prh.urban_disposable_income');

DROP TABLE IF EXISTS bench.prh_applicant;
CREATE TABLE bench.prh_applicant AS
SELECT i AS id,
	   (CASE WHEN i % 2 = 0 THEN 'lianzu' ELSE 'gongzu_local' END)::jdz.prh_category AS category,
	   (CASE WHEN i % 3 = 0 THEN 'female' ELSE 'male' END)::jdz.sex AS sex,
	   date '1960-01-01' + (i % 15000) AS birth_date,
	   1 + i % 5 AS household_size,
	   (CASE WHEN i % 7 = 0 THEN 'other' ELSE 'central_urban' END)::jdz.prh_hukou AS hukou,
	   date '2010-01-01' + (i % 5000) AS resident_since,
	   (i % 9000) / 100.0 AS housing_area,
	   ((i % 200000) * 100 + 1000000)::bigint AS income_fen,
	   '{urban_dibao}'::jdz.prh_status[] AS statuses,
	   (i % 11 <> 0) AS co_ok,
	   date '2024-06-01' + (i % 300) AS on_date,
	   (1000 + i % 2000)::numeric / 100 AS market_rent,
	   (30 + i % 50)::numeric AS area_m2
  FROM generate_series(1, 1000000) AS i;
ALTER TABLE bench.prh_applicant ADD COLUMN income jdz.cny;
UPDATE bench.prh_applicant SET income = (income_fen / 100.0)::numeric;
ALTER TABLE bench.prh_applicant ADD COLUMN market_cny jdz.cny;
UPDATE bench.prh_applicant SET market_cny = market_rent;
VACUUM ANALYZE bench.prh_applicant;

-- prh_monthly_rent
SELECT bench.measure('prh', 'rent: floor (market_rent × area × 0.7, rounded)',
  $q$SELECT sum(round(market_rent * area_m2 * 0.70, 2)) FROM bench.prh_applicant$q$);
SELECT bench.measure('prh', 'rent: jdz.prh_monthly_rent',
  $q$SELECT count(jdz.prh_monthly_rent(market_cny, area_m2, 'gongzu', 0.70, on_date)) FROM bench.prh_applicant$q$);
SELECT bench.measure('prh', 'rent: PL/pgSQL reference',
  $q$SELECT count(ref.prh_monthly_rent(market_rent, area_m2, 'gongzu', 0.70, on_date)) FROM bench.prh_applicant$q$);
SELECT bench.compare('prh', 'rent: jdz.prh_monthly_rent', 'rent: floor (market_rent × area × 0.7, rounded)', 3,
  'issue 9: at most 3x a trivial expression');
SELECT bench.compare('prh', 'rent: jdz.prh_monthly_rent', 'rent: PL/pgSQL reference', 0.1,
  'issue 9: at least 10x faster than PL/pgSQL');

-- prh_eligibility reads the time-limit rows of part 05 (skipped until they exist)
SELECT pg_catalog.to_regclass('jdz.time_limit_rule') IS NOT NULL AS have_limits \gset
\if :have_limits
-- prh_eligibility (single applicants read relatives_count: give 0)
SELECT bench.measure('prh', 'eligibility: floor (comparisons over the same columns)',
  $q$SELECT count(NULLIF(category IS NOT NULL AND sex IS NOT NULL AND birth_date < on_date AND hukou = 'central_urban'
	AND on_date > resident_since AND housing_area > 15 * household_size AND income::numeric <= 120000
	AND cardinality(statuses) > 0 AND co_ok, false)) FROM bench.prh_applicant$q$);
SELECT bench.measure('prh', 'eligibility: jdz.prh_eligibility',
  $q$SELECT count((jdz.prh_eligibility(category, sex, birth_date, household_size, hukou,
	resident_since => resident_since, housing_area => housing_area, household_income => income,
	statuses => statuses, co_applicants_ok => co_ok, relatives_count => 0, on_date => on_date)).ok) FROM bench.prh_applicant$q$);
SELECT bench.measure('prh', 'eligibility: PL/pgSQL reference',
  $q$SELECT count(cardinality(ref.prh_eligibility(category::text, sex::text, birth_date, household_size, hukou::text,
	resident_since, housing_area, income::numeric, statuses::text[], co_ok, on_date)) = 0) FROM bench.prh_applicant$q$);
SELECT bench.compare('prh', 'eligibility: jdz.prh_eligibility', 'eligibility: floor (comparisons over the same columns)', 3,
  'issue 9: at most 3x a trivial expression');
SELECT bench.compare('prh', 'eligibility: jdz.prh_eligibility', 'eligibility: PL/pgSQL reference', 0.1,
  'issue 9: at least 10x faster than PL/pgSQL');
\endif

SELECT suite, subject, baseline,
	   round((SELECT ms FROM bench.result r WHERE r.suite = c.suite AND r.label = c.subject)
			 / nullif((SELECT ms FROM bench.result r WHERE r.suite = c.suite AND r.label = c.baseline), 0), 2) AS ratio,
	   max_ratio AS goal
  FROM bench.comparison c WHERE suite = 'prh' ORDER BY ord;

DROP TABLE bench.prh_applicant;
DELETE FROM jdz.parameter WHERE key = 'prh.urban_disposable_income' AND NOT builtin AND valid_from = '2023-01-01' AND value = 48000;
DROP SCHEMA ref CASCADE;
