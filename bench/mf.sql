-- bench/mf.sql — the maintenance fund's per-row functions over 1M rows
-- (issue 9): jdz.mf_initial_deposit and jdz.mf_vote_outcome against the
-- floor (a trivial expression over the same columns) and against a PL/pgSQL
-- implementation of the same rule (bench/reference_mf.sql).
\ir reference_mf.sql

DROP TABLE IF EXISTS bench.mf_unit;
CREATE TABLE bench.mf_unit AS
SELECT i AS id, round((40 + (i % 1000) * 0.137)::numeric, 2) AS area, 1 + i % 33 AS floors,
       date '2024-01-01' + (i % 366) AS on_date
  FROM generate_series(1, 1000000) i;
DROP TABLE IF EXISTS bench.mf_vote;
CREATE TABLE bench.mf_vote AS
SELECT i AS id, (ARRAY['repair', 'rebuild', 'raise_fund'])[1 + i % 3] AS matter_text,
       (ARRAY['repair', 'rebuild', 'raise_fund'])[1 + i % 3]::jdz.mf_vote_matter AS matter,
       10000.00::numeric AS total_area, 120 AS total_owners,
       (6000 + i % 4000)::numeric AS voted_area, 70 + i % 50 AS voted_owners,
       (3000 + i % 3000)::numeric AS yes_area, 30 + i % 40 AS yes_owners
  FROM generate_series(1, 1000000) i;
ANALYZE bench.mf_unit;
ANALYZE bench.mf_vote;

SELECT bench.measure('mf', 'floor: area * floors',
  'SELECT count(area * floors) FROM bench.mf_unit');
SELECT bench.measure('mf', 'jdz.mf_initial_deposit',
  'SELECT count(jdz.mf_initial_deposit(area, floors, on_date)) FROM bench.mf_unit');
SELECT bench.measure('mf', 'PL/pgSQL mf_initial_deposit', 
  'SELECT count(bench_ref.mf_initial_deposit(area, floors, on_date)) FROM bench.mf_unit', 3);
SELECT bench.compare('mf', 'jdz.mf_initial_deposit', 'floor: area * floors', 3,
  'MF-07: one parameter lookup per call site and date, one numeric multiplication and the conversion to fen');
SELECT bench.compare('mf', 'jdz.mf_initial_deposit', 'PL/pgSQL mf_initial_deposit', 0.1, NULL);

SELECT bench.measure('mf', 'floor: 3*voted_area >= 2*total_area',
  'SELECT count(NULLIF(3 * voted_area >= 2 * total_area, false)) FROM bench.mf_vote');
SELECT bench.measure('mf', 'jdz.mf_vote_outcome',
  'SELECT count(jdz.mf_vote_outcome(matter, total_area, total_owners, voted_area, voted_owners, yes_area, yes_owners)) FROM bench.mf_vote');
SELECT bench.measure('mf', 'PL/pgSQL mf_vote_outcome',
  'SELECT count(bench_ref.mf_vote_outcome(matter_text, total_area, total_owners, voted_area, voted_owners, yes_area, yes_owners)) FROM bench.mf_vote', 3);
SELECT bench.compare('mf', 'jdz.mf_vote_outcome', 'floor: 3*voted_area >= 2*total_area', 3,
  'MF-24: the floor tests only the area quorum; the function validates six inputs and decides all four thresholds exactly');
SELECT bench.compare('mf', 'jdz.mf_vote_outcome', 'PL/pgSQL mf_vote_outcome', 0.1, NULL);

-- the same results (spot check, not timed)
SELECT count(*) AS deposit_mismatches FROM bench.mf_unit
 WHERE id % 1000 = 0 AND jdz.mf_initial_deposit(area, floors, on_date)::numeric <> bench_ref.mf_initial_deposit(area, floors, on_date);
SELECT count(*) AS vote_mismatches FROM bench.mf_vote
 WHERE id % 1000 = 0 AND jdz.mf_vote_outcome(matter, total_area, total_owners, voted_area, voted_owners, yes_area, yes_owners)::text
       <> bench_ref.mf_vote_outcome(matter_text, total_area, total_owners, voted_area, voted_owners, yes_area, yes_owners);
DROP TABLE bench.mf_unit;
DROP TABLE bench.mf_vote;
