-- bench/scale.sql — issue 9 items 3 and 4: cost grows linearly with the
-- number of rows (100k, 1M, 10M) and not with N; the jdz functions run in
-- parallel workers (PARALLEL SAFE) and a parallel plan is faster.
SET client_min_messages = warning;
SET work_mem = '256MB';

DROP TABLE IF EXISTS bench.scale_rows;
CREATE TABLE bench.scale_rows AS
SELECT i, date '2021-01-01' + (i * 7919 % 1800)::int AS d,
       (10000 + i * 104729 % 190000)::numeric / 100 AS area
  FROM generate_series(1::bigint, 10000000) AS i;
VACUUM ANALYZE bench.scale_rows;
CREATE TABLE bench.scale_100k AS SELECT * FROM bench.scale_rows WHERE i <= 100000;
CREATE TABLE bench.scale_1m AS SELECT * FROM bench.scale_rows WHERE i <= 1000000;
VACUUM ANALYZE bench.scale_100k;
VACUUM ANALYZE bench.scale_1m;

-- linear in rows: the same query over 100k, 1M and 10M rows (serial plans)
SET max_parallel_workers_per_gather = 0;
SELECT bench.measure('scale', 'due(HL-12b, complaint, d) 100k', $q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM bench.scale_100k$q$);
SELECT bench.measure('scale', 'due(HL-12b, complaint, d) 1M', $q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM bench.scale_1m$q$);
SELECT bench.measure('scale', 'due(HL-12b, complaint, d) 10M', $q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM bench.scale_rows$q$, 3);
SELECT bench.compare('scale', 'due(HL-12b, complaint, d) 1M', 'due(HL-12b, complaint, d) 100k', 12, 'linear: 10x the rows, about 10x the time');
SELECT bench.compare('scale', 'due(HL-12b, complaint, d) 10M', 'due(HL-12b, complaint, d) 1M', 12, 'linear: 10x the rows, about 10x the time');
SELECT bench.measure('scale', 'mf_initial_deposit(area, 18) 100k', $q$SELECT count(jdz.mf_initial_deposit(area, 18)) FROM bench.scale_100k$q$);
SELECT bench.measure('scale', 'mf_initial_deposit(area, 18) 1M', $q$SELECT count(jdz.mf_initial_deposit(area, 18)) FROM bench.scale_1m$q$);
SELECT bench.measure('scale', 'mf_initial_deposit(area, 18) 10M', $q$SELECT count(jdz.mf_initial_deposit(area, 18)) FROM bench.scale_rows$q$, 3);
SELECT bench.compare('scale', 'mf_initial_deposit(area, 18) 1M', 'mf_initial_deposit(area, 18) 100k', 12, 'linear: 10x the rows, about 10x the time');
SELECT bench.compare('scale', 'mf_initial_deposit(area, 18) 10M', 'mf_initial_deposit(area, 18) 1M', 12, 'linear: 10x the rows, about 10x the time');

-- not with N: 1 and 250 working days over the same 1M rows
SELECT bench.measure('scale', 'add_workdays(d, 1) 1M', 'SELECT count(jdz.add_workdays(d, 1)) FROM bench.scale_1m');
SELECT bench.measure('scale', 'add_workdays(d, 250) 1M', 'SELECT count(jdz.add_workdays(d, 250)) FROM bench.scale_1m');
SELECT bench.compare('scale', 'add_workdays(d, 250) 1M', 'add_workdays(d, 1) 1M', 1.2, 'cost independent of N');

-- parallel query: the same 10M-row queries with two workers
CREATE OR REPLACE FUNCTION bench.workers_launched(q text) RETURNS int LANGUAGE plpgsql AS $f$
DECLARE
	line text;
	n int := 0;
BEGIN
	FOR line IN EXECUTE 'EXPLAIN (ANALYZE, TIMING off, COSTS off) ' || q LOOP
		IF line ~ 'Workers Launched: ' THEN
			n := n + substring(line FROM 'Workers Launched: (\d+)')::int;
		END IF;
	END LOOP;
	RETURN n;
END $f$;
SET max_parallel_workers_per_gather = 2;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
DO $$
DECLARE
	w1 int := bench.workers_launched($q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM bench.scale_rows$q$);
	w2 int := bench.workers_launched($q$SELECT count(jdz.mf_initial_deposit(area, 18)) FROM bench.scale_rows$q$);
BEGIN
	PERFORM bench.measure('scale', 'due(HL-12b, complaint, d) 10M, 2 workers',
		$q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM bench.scale_rows$q$, 3);
	PERFORM bench.compare('scale', 'due(HL-12b, complaint, d) 10M, 2 workers', 'due(HL-12b, complaint, d) 10M', 0.8,
		format('EXPLAIN ANALYZE: %s workers launched; each worker builds its own calendar and rule cache', w1));
	PERFORM bench.measure('scale', 'mf_initial_deposit(area, 18) 10M, 2 workers',
		$q$SELECT count(jdz.mf_initial_deposit(area, 18)) FROM bench.scale_rows$q$, 3);
	PERFORM bench.compare('scale', 'mf_initial_deposit(area, 18) 10M, 2 workers', 'mf_initial_deposit(area, 18) 10M', 0.8,
		format('EXPLAIN ANALYZE: %s workers launched', w2));
END $$;
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;

DROP FUNCTION bench.workers_launched(text);
DROP TABLE bench.scale_100k;
DROP TABLE bench.scale_1m;
DROP TABLE bench.scale_rows;
