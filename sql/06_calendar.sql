-- The holiday calendar (core §4): working days with 调休, both sides of the
-- blocks, uncovered years under both settings of jdz.uncovered_years.
SET search_path = public, jdz;
SET DateStyle = ISO;
SELECT year, announced_on, builtin FROM jdz.calendar_year ORDER BY year;
SELECT notice_year, count(*) FILTER (WHERE kind = 'holiday') AS holidays,
       count(*) FILTER (WHERE kind = 'makeup_workday') AS makeup_workdays
  FROM jdz.calendar_day GROUP BY notice_year ORDER BY notice_year;
-- National Day 2026: 09-20 (Sunday) and 10-10 (Saturday) are make-up working days
SELECT d::date AS day, to_char(d, 'Dy') AS dow, jdz.day_kind(d::date), jdz.is_workday(d::date), jdz.next_workday(d::date)
  FROM generate_series('2026-09-18'::date, '2026-10-12', '1 day') d;
-- 2026-09-28 + 5 working days is the Saturday make-up day 2026-10-10
SELECT jdz.add_workdays('2026-09-28', n) AS plus, n FROM generate_series(0, 6) n;
SELECT jdz.add_workdays('2026-10-12', -n) AS minus, n FROM generate_series(0, 6) n;
SELECT jdz.workdays_between('2026-09-28', '2026-10-12') AS "6", jdz.workdays_between('2026-10-12', '2026-09-28') AS "-6",
       jdz.workdays_between('2026-10-01', '2026-10-07') AS "0", jdz.workdays_between('2026-10-01', '2026-10-01') AS same_day;
-- Spring Festival 2024: 02-04 and 02-18 (Sundays) are make-up days, 02-10..02-17 rest
SELECT d::date AS day, jdz.day_kind(d::date) FROM generate_series('2024-02-03'::date, '2024-02-19', '1 day') d;
SELECT jdz.add_workdays('2024-02-08', 1) AS "02-09", jdz.add_workdays('2024-02-09', 1) AS "02-18",
       jdz.add_workdays('2024-02-18', -1) AS "02-09 back", jdz.add_workdays('2024-02-03', 1) AS "02-04";
-- the 2020 Spring Festival extension (国办发明电〔2020〕1号): rest until 02-02
SELECT jdz.add_workdays('2020-01-23', 1) AS "2020-02-03", jdz.workdays_between('2020-01-23', '2020-02-03') AS "1";
-- across the year end: 2025-12-31 + 1 (2026-01-01 is 元旦)
SELECT jdz.add_workdays('2025-12-31', 1), jdz.add_workdays('2026-01-05', -1);
-- large N is O(1): the span ends within the covered years or raises
SELECT jdz.add_workdays('2020-01-02', 1700), jdz.workdays_between('2020-01-01', '2026-12-31');
-- uncovered years: 22023 with the year and a hint
SELECT jdz.is_workday('2027-01-04');
SELECT jdz.add_workdays('2026-12-30', 3);
SELECT jdz.next_workday('2019-12-29');
SET jdz.uncovered_years = 'weekends_only';
SELECT jdz.add_workdays('2026-12-30', 3) AS "2027-01-04", jdz.is_workday('2027-01-01') AS plain_friday,
       jdz.day_kind('2027-01-02') AS weekend, jdz.add_workdays('2020-01-02', -2) AS "2019-12-30",
       jdz.workdays_between('2019-12-27', '2020-01-06') AS "5";
SET jdz.uncovered_years = 'sometimes';
RESET jdz.uncovered_years;
-- a DBA loads 2027: it is used at once
BEGIN;
INSERT INTO jdz.calendar_year (year, notice) VALUES (2027, 'test notice');
INSERT INTO jdz.calendar_day (day, kind, festival) VALUES ('2027-01-01', 'holiday', '元旦');
SELECT jdz.add_workdays('2026-12-31', 1) AS "2027-01-04", jdz.day_kind('2027-01-01');
ROLLBACK;
SELECT jdz.is_workday('2027-01-04');
-- infinity, the limits of date, NULL
SELECT jdz.add_workdays('infinity', 1);
SELECT jdz.is_workday('-infinity');
SET jdz.uncovered_years = 'weekends_only';
SELECT jdz.add_workdays('2024-06-03', 2147483647);
SELECT jdz.add_workdays('2024-06-03', -2147483648);
RESET jdz.uncovered_years;
SELECT jdz.add_workdays(NULL, 1), jdz.add_workdays('2024-06-03', NULL), jdz.is_workday(NULL);
-- the calendar is read-only for PUBLIC and dump-marked
SELECT c.relname, e.extcondition IS NOT NULL AS dump_marked
  FROM pg_class c, pg_extension x, LATERAL (SELECT unnest(x.extconfig) AS oid, unnest(x.extcondition) AS extcondition) e
 WHERE x.extname = 'jdzpolicy' AND e.oid = c.oid AND c.relname LIKE 'calendar%' ORDER BY 1;
