-- bench/lib.sql — the measuring harness every bench/*.sql file uses.
--
--   SELECT bench.measure(suite, label, query [, runs]);
--       runs `query` once to warm up, then `runs` (default 5) times, and
--       records the median wall time in milliseconds.  A query must consume
--       what it computes (count(f(x)), not count(*) over a subquery the
--       planner may flatten away).
--   SELECT bench.compare(suite, subject, baseline, max_ratio, note);
--       records that subject/baseline should be at most max_ratio
--       (1.3 = "at most 1.3x the cost"; 0.2 = "at least 5x faster").
-- tools/run-bench reads bench.result and bench.comparison and writes
-- doc/performance.md.
SET client_min_messages = warning;
CREATE SCHEMA IF NOT EXISTS bench;
CREATE TABLE IF NOT EXISTS bench.result (
	suite text, label text, ms numeric, runs numeric[], at timestamptz DEFAULT clock_timestamp(),
	PRIMARY KEY (suite, label));
CREATE TABLE IF NOT EXISTS bench.comparison (
	ord serial, suite text, subject text, baseline text, max_ratio numeric, note text);

CREATE OR REPLACE FUNCTION bench.measure(p_suite text, p_label text, p_query text, p_runs int DEFAULT 5)
RETURNS numeric LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	times numeric[] := '{}';
	med numeric;
BEGIN
	EXECUTE p_query;
	FOR i IN 1 .. p_runs LOOP
		t0 := clock_timestamp();
		EXECUTE p_query;
		times := times || round((extract(epoch FROM clock_timestamp() - t0) * 1000)::numeric, 2);
	END LOOP;
	SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) INTO med FROM unnest(times) x;
	INSERT INTO bench.result (suite, label, ms, runs) VALUES (p_suite, p_label, med, times)
	ON CONFLICT (suite, label) DO UPDATE SET ms = excluded.ms, runs = excluded.runs, at = excluded.at;
	RAISE NOTICE '% / %: % ms (runs %)', p_suite, p_label, med, times;
	RETURN med;
END $$;

CREATE OR REPLACE FUNCTION bench.compare(p_suite text, p_subject text, p_baseline text,
	p_max_ratio numeric DEFAULT NULL, p_note text DEFAULT NULL)
RETURNS void LANGUAGE sql AS $$
	INSERT INTO bench.comparison (suite, subject, baseline, max_ratio, note)
	VALUES (p_suite, p_subject, p_baseline, p_max_ratio, p_note);
$$;

-- The calendar table a user would build without jdzpolicy: one row per day
-- of 2020–2026 with its working-day status and a running working-day count
-- (ord), indexed for the joins of bench/calendar.sql and bench/deadline.sql.
CREATE OR REPLACE FUNCTION bench.build_calendar_table(tbl text) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
	EXECUTE format('DROP TABLE IF EXISTS bench.%I', tbl);
	EXECUTE format($q$CREATE TABLE bench.%I AS
SELECT day, work, sum(work::int) OVER (ORDER BY day) AS ord
  FROM (SELECT d::date AS day,
               CASE WHEN c.kind = 'makeup_workday' THEN true WHEN c.kind = 'holiday' THEN false
                    ELSE extract(isodow FROM d) < 6 END AS work
          FROM generate_series(date '2020-01-01', date '2026-12-31', '1 day') d
          LEFT JOIN jdz.calendar_day c ON c.day = d::date) s$q$, tbl);
	EXECUTE format('CREATE UNIQUE INDEX ON bench.%I (day)', tbl);
	EXECUTE format('CREATE INDEX ON bench.%I (ord) WHERE work', tbl);
	EXECUTE format('ANALYZE bench.%I', tbl);
END $f$;
