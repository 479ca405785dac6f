-- bench/subsidy.sql — spec 30 headline functions against the floor (a trivial
-- built-in expression over the same columns) and against the PL/pgSQL a user
-- would write (bench/reference_subsidy.sql, loaded here).
\ir reference_subsidy.sql

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, note) VALUES
 ('lefp.avg_monthly_wage', '2024-01-01', '2024-12-31', 6000.00, 'yuan/month', 'bench'),
 ('lefp.avg_monthly_wage', '2025-01-01', '2025-12-31', 6500.00, 'yuan/month', 'bench'),
 ('lefp.avg_monthly_wage', '2026-01-01', '2026-12-31', 5432.10, 'yuan/month', 'bench');

CREATE TEMP TABLE sub_input AS
SELECT date '2024-01-01' + ((i::bigint * 7919) % 1096)::int AS d,
	   ((100000000 + (i::bigint * 104729) % 900000000) / 100.0)::numeric(14, 2) AS price_n,
	   i % 3 = 0 AS couple
  FROM generate_series(1, 1000000) i;
ALTER TABLE sub_input ADD COLUMN price jdz.cny;
UPDATE sub_input SET price = price_n::jdz.cny;
VACUUM ANALYZE sub_input;

-- LP-10: the annual subsidy per row date
SELECT bench.measure('subsidy', 'jdz.lefp_annual_subsidy, 1M rows',
  $$SELECT count(jdz.lefp_annual_subsidy(d)) FROM sub_input$$, 3);
SELECT bench.measure('subsidy', 'floor: d - date, 1M rows',
  $$SELECT count((d - date '2024-01-01') * 0.864) FROM sub_input$$, 3);
SELECT bench.measure('subsidy', 'PL/pgSQL lefp_annual_subsidy, 1M rows',
  $$SELECT count(bench_ref.lefp_annual_subsidy(d)) FROM sub_input$$, 3);
SELECT bench.compare('subsidy', 'jdz.lefp_annual_subsidy, 1M rows', 'floor: d - date, 1M rows', 3.0,
  'C with the registry''s parameter cache, at most 3x a trivial expression');
SELECT bench.compare('subsidy', 'jdz.lefp_annual_subsidy, 1M rows', 'PL/pgSQL lefp_annual_subsidy, 1M rows', 0.1,
  'at least 10x faster than PL/pgSQL over jdz.param');

-- CL-06/07/10: the loan limits per house price
SELECT bench.measure('subsidy', 'jdz.cl_max_loan, 1M rows',
  $$SELECT count((jdz.cl_max_loan(price, couple, date '2020-09-07')).total_max) FROM sub_input$$, 3);
SELECT bench.measure('subsidy', 'floor: price * 0.8, 1M rows',
  $$SELECT count(floor(price_n * 0.8 * 100)) FROM sub_input$$, 3);
SELECT bench.measure('subsidy', 'PL/pgSQL cl_max_loan, 1M rows',
  $$SELECT count((bench_ref.cl_max_loan(price_n, couple, date '2020-09-07')).total_max) FROM sub_input$$, 3);
SELECT bench.compare('subsidy', 'jdz.cl_max_loan, 1M rows', 'floor: price * 0.8, 1M rows', 3.0,
  'three limits from a composite result, at most 3x one multiplication');
SELECT bench.compare('subsidy', 'jdz.cl_max_loan, 1M rows', 'PL/pgSQL cl_max_loan, 1M rows', 0.1,
  'at least 10x faster than PL/pgSQL over jdz.param');

-- CL-16/17: 1000 loans × 360 months
CREATE TEMP TABLE loans AS
SELECT i, ((200000 + i * 317) / 1.0)::numeric(12, 2) AS p, 0.0275 + (i % 5) * 0.0025 AS rate
  FROM generate_series(1, 1000) i;
SELECT bench.measure('subsidy', 'jdz.loan_schedule, 1000 loans x 360 months',
  $$SELECT count(s.balance) FROM loans l, LATERAL jdz.loan_schedule(l.p::jdz.cny, l.rate, 360, 'equal_installment') s$$, 3);
SELECT bench.measure('subsidy', 'closed-form SQL schedule, 1000 loans x 360 months',
  $$SELECT count(round(m - round((l.p * power(q, k - 1) - m * (power(q, k - 1) - 1) / r) * r, 2), 2))
	  FROM (SELECT l.*, l.rate / 12 AS r, 1 + l.rate / 12 AS q,
				   round(l.p * (l.rate / 12) * power(1 + l.rate / 12, 360) / (power(1 + l.rate / 12, 360) - 1), 2) AS m
			  FROM loans l) l, generate_series(1, 360) k$$, 3);
SELECT bench.measure('subsidy', 'PL/pgSQL loan_schedule, 1000 loans x 360 months',
  $$SELECT count(s.balance) FROM loans l, LATERAL bench_ref.loan_schedule(l.p, l.rate, 360, false) s$$, 3);
SELECT bench.compare('subsidy', 'jdz.loan_schedule, 1000 loans x 360 months', 'closed-form SQL schedule, 1000 loans x 360 months', 1.0,
  'exact to the fen, at least as fast as the (inexact) closed form a user would write');
SELECT bench.compare('subsidy', 'jdz.loan_schedule, 1000 loans x 360 months', 'PL/pgSQL loan_schedule, 1000 loans x 360 months', 0.1,
  'at least 10x faster than the PL/pgSQL loop');

DELETE FROM jdz.parameter WHERE note = 'bench';
DROP SCHEMA bench_ref CASCADE;
