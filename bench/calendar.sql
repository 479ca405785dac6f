-- bench/calendar.sql — jdz.add_workdays against the floor (the built-in
-- d + n) and against what a user would otherwise write (issue 3, issue 9):
-- a calendar table with a running working-day count, joined twice, and a
-- per-row subquery over it; orafce's plvdate.add_bizdays where installed
-- (it cannot know China's make-up working days, so its answers differ).
SET client_min_messages = warning;
SET work_mem = '256MB';

DROP TABLE IF EXISTS bench.cal_rows;
CREATE TABLE bench.cal_rows AS
SELECT date '2021-01-01' + (i::bigint * 7919 % 1800)::int AS d, (i % 4) AS k
  FROM generate_series(1, 1000000) AS i;
VACUUM ANALYZE bench.cal_rows;

-- the calendar table a user would build: one row per day, with a running count
SELECT bench.build_calendar_table('cal_table');

DO $$
DECLARE
	n int;
BEGIN
	FOREACH n IN ARRAY ARRAY[5, 60, 250] LOOP
		PERFORM bench.measure('calendar', format('d + %s 1M', n),
			format('SELECT count(d + %s) FROM bench.cal_rows', n));
		PERFORM bench.measure('calendar', format('add_workdays(d, %s) 1M', n),
			format('SELECT count(jdz.add_workdays(d, %s)) FROM bench.cal_rows', n));
		PERFORM bench.compare('calendar', format('add_workdays(d, %s) 1M', n), format('d + %s 1M', n), 1.3,
			'O(1) per call: two array look-ups in the per-backend cache');
	END LOOP;
END $$;

SELECT bench.measure('calendar', 'd + mixed n 1M', 'SELECT count(d + (5 + k * 80)) FROM bench.cal_rows');
SELECT bench.measure('calendar', 'add_workdays(d, mixed n) 1M', 'SELECT count(jdz.add_workdays(d, 5 + k * 80)) FROM bench.cal_rows');
SELECT bench.compare('calendar', 'add_workdays(d, mixed n) 1M', 'd + mixed n 1M', 1.3, 'n in 5, 85, 165, 245');

SELECT bench.measure('calendar', 'calendar-table join, n = 60, 1M', $q$
  SELECT count(t.day) FROM bench.cal_rows r
    JOIN bench.cal_table s ON s.day = r.d
    JOIN bench.cal_table t ON t.work AND t.ord = s.ord + 60$q$);
SELECT bench.compare('calendar', 'add_workdays(d, 60) 1M', 'calendar-table join, n = 60, 1M', 0.33,
	'at least 3x faster than the calendar table joined twice');

SELECT bench.measure('calendar', 'per-row calendar subquery, n = 60, 100k', $q$
  SELECT count((SELECT min(t.day) FROM bench.cal_table t WHERE t.work AND t.ord = s.ord + 60))
    FROM (SELECT * FROM bench.cal_rows LIMIT 100000) r JOIN bench.cal_table s ON s.day = r.d$q$);
SELECT bench.measure('calendar', 'add_workdays(d, 60) 100k',
  'SELECT count(jdz.add_workdays(d, 60)) FROM (SELECT * FROM bench.cal_rows LIMIT 100000) r');
SELECT bench.compare('calendar', 'add_workdays(d, 60) 100k', 'per-row calendar subquery, n = 60, 100k', NULL,
	'the correlated subquery a user might write per row');

DO $$
BEGIN
	IF to_regproc('plvdate.add_bizdays') IS NOT NULL THEN
		PERFORM bench.measure('calendar', 'plvdate.add_bizdays(d, 60) 1M',
			'SELECT count(plvdate.add_bizdays(d, 60)) FROM bench.cal_rows');
		PERFORM bench.compare('calendar', 'add_workdays(d, 60) 1M', 'plvdate.add_bizdays(d, 60) 1M', NULL,
			'orafce cannot make a weekend a working day: its answers are not China''s');
	END IF;
END $$;

-- cost does not grow with N: the same query for n = 1 and n = -200
SELECT bench.measure('calendar', 'add_workdays(d, 1) 1M', 'SELECT count(jdz.add_workdays(d, 1)) FROM bench.cal_rows');
SELECT bench.measure('calendar', 'add_workdays(d, -200) 1M', 'SELECT count(jdz.add_workdays(d, -200)) FROM bench.cal_rows');
SELECT bench.compare('calendar', 'add_workdays(d, -200) 1M', 'add_workdays(d, 1) 1M', 1.2, 'cost independent of N');

DROP TABLE bench.cal_rows;
DROP TABLE bench.cal_table;
