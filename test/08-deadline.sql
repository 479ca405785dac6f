-- Deadlines (core §2, §5), table-driven: jdz.due and jdz.period_end against
-- a naive reading of the calendar table for every start day of 2020–2026
-- (so both sides of every 调休 block), month-end arithmetic against
-- PostgreSQL's own interval arithmetic, instants across Beijing midnight
-- with the session in UTC and in America/New_York, uncovered years under
-- both settings of jdz.uncovered_years, jdz.is_late, jdz.due_explain, and
-- the rule-driven forms over jdz.time_limit_rule (GEN-03, GEN-04).
BEGIN;
SELECT plan(58);
SET LOCAL search_path = public, jdz;
SET LOCAL DateStyle = 'ISO, YMD';

-- the reference: the working-day status of every day, from the table alone
CREATE TEMP TABLE ref AS
SELECT d::date AS day,
       CASE (SELECT kind FROM jdz.calendar_day c WHERE c.day = d::date)
            WHEN 'holiday' THEN false WHEN 'makeup_workday' THEN true
            ELSE extract(isodow FROM d) < 6 END AS workday
  FROM generate_series(date '2020-01-01', date '2026-12-31', interval '1 day') d;
CREATE UNIQUE INDEX ON ref (day);
ANALYZE ref;
-- the first working day on or after a day
CREATE TEMP TABLE ref_next AS
SELECT r.day, (SELECT min(w.day) FROM ref w WHERE w.day >= r.day AND w.workday) AS next_workday FROM ref r;
CREATE UNIQUE INDEX ON ref_next (day);

SELECT is_empty($$SELECT s.day, n FROM ref s, unnest(ARRAY[0, 1, 3, 5, 7, 10, 15, 30, 45, 60]) n
   WHERE s.day <= date '2026-10-31'
     AND (jdz.period_end(s.day, jdz.make_time_limit(n, 'day')) <> s.day + n
          OR jdz.due(s.day, jdz.make_time_limit(n, 'day')) <> (SELECT next_workday FROM ref_next x WHERE x.day = s.day + n))$$,
  'GEN-03: N days end on start + N; due moves a rest day to the next working day (every start of 2020–2026, both sides of every 调休 block)');
SELECT is_empty($$SELECT s.day, n FROM ref s, unnest(ARRAY[1, 2, 3, 5, 10, 15, 30]) n
   WHERE s.day <= date '2026-10-31'
     AND (jdz.due(s.day, jdz.make_time_limit(n, 'working_day')) <> jdz.add_workdays(s.day, n)
          OR jdz.period_end(s.day, jdz.make_time_limit(n, 'working_day')) <> jdz.add_workdays(s.day, n)
          OR NOT (SELECT workday FROM ref x WHERE x.day = jdz.due(s.day, jdz.make_time_limit(n, 'working_day'))))$$,
  'GEN-02/GEN-03: N working days is jdz.add_workdays and always ends on a working day');
SELECT is_empty($$SELECT s.day FROM ref s
   WHERE jdz.due(s.day, '0 working days') <> (SELECT next_workday FROM ref_next x WHERE x.day = s.day)
      OR jdz.period_end(s.day, '0 working days') <> s.day$$,
  'GEN-03: 0 working days gives the start, moved by jdz.due when it is a rest day');
SELECT is_empty($$SELECT s.day, n FROM ref s, unnest(ARRAY[1, 2, 3, 6, 12, 13, 24, 60]) n
   WHERE jdz.period_end(s.day, jdz.make_time_limit(n, 'month')) <> (s.day + n * interval '1 month')::date$$,
  'GEN-04: N months end on the corresponding day or the month''s last day (every start of 2020–2026)');
SELECT is_empty($$SELECT s.day, n FROM ref s, unnest(ARRAY[1, 2, 3, 5]) n
   WHERE jdz.period_end(s.day, jdz.make_time_limit(n, 'year')) <> (s.day + n * interval '1 year')::date
      OR jdz.period_end(s.day, jdz.make_time_limit(n, 'year')) <> jdz.period_end(s.day, jdz.make_time_limit(12 * n, 'month'))$$,
  'GEN-04: N years are 12N months (29 February + 1 year is 28 February)');
SELECT is_empty($$SELECT s.day FROM ref s
   WHERE s.day <= date '2026-11-30'
     AND jdz.due(s.day, '1 month') <> (SELECT next_workday FROM ref_next x WHERE x.day = jdz.period_end(s.day, '1 month'))$$,
  'GEN-03: a month deadline ending on a rest day moves to the next working day');

SELECT is(jdz.period_end(date '2024-01-31', '1 month'), date '2024-02-29', 'GEN-04: 2024-01-31 + 1 month = 2024-02-29 (core §2)');
SELECT is(jdz.period_end(date '2023-01-31', '1 month'), date '2023-02-28', 'GEN-04: 2023-01-31 + 1 month = 2023-02-28');
SELECT is(jdz.period_end(date '2024-02-29', '1 year'), date '2025-02-28', 'GEN-04: 2024-02-29 + 1 year = 2025-02-28');
SELECT is(jdz.period_end(date '2024-02-29', '4 years'), date '2028-02-29', 'GEN-04: 2024-02-29 + 4 years = 2028-02-29 (no calendar needed)');
SELECT is(jdz.due(date '2024-09-01', '30 days'), date '2024-10-08', 'GEN-03: 30 days from 2024-09-01 end on 国庆 10-01 and move to 10-08');
SELECT is(jdz.due(date '2024-08-30', '30 days'), date '2024-09-29', 'GEN-03: Sunday 2024-09-29 is a make-up working day: no move');
SELECT is(jdz.due(date '2026-09-28', '5 working days'), date '2026-10-10', 'GEN-02: 2026-09-28 + 5 working days is the make-up Saturday 2026-10-10');
SELECT is(jdz.due(jdz.period_end(date '2023-01-31', '1 month'), '14 days'), date '2023-03-14', 'CA-11c: TV-CA11c-02');
SELECT is(jdz.period_end(date '2024-01-02', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'IP-01')), date '2024-02-16', 'IP-01: IP01-02a');

-- spec 40 §(i) calendar primitives and plain periods (public examples, named by their IDs)
SELECT is(jdz.is_workday(date '2022-10-08'), true, 'TV-CAL-01: Saturday 2022-10-08 is a make-up working day');
SELECT is(jdz.is_workday(date '2024-02-09'), true, 'TV-CAL-02: Friday 2024-02-09, the day before the 春节 2024 block, is a working day');
SELECT is(jdz.is_workday(date '2022-12-31'), false, 'TV-CAL-04: Saturday 2022-12-31 is a rest day');
SELECT is(jdz.workdays_between(date '2021-12-31', date '2022-12-31'), 249, 'TV-CAL-08: 249 working days in 2022');
SELECT is(jdz.workdays_between(date '2022-09-30', date '2022-10-10'), 3, 'TV-CAL-12: across 国庆 2022');
SELECT is(jdz.add_workdays(date '2022-11-07', -1), date '2022-11-04', 'TV-CAL-15: one working day back from a Monday');
SELECT throws_ok($$SELECT jdz.add_workdays(date '2027-03-01', 1)$$, '22023', NULL, 'X-CAL-05: 2027 is not covered');
SELECT is(jdz.due(date '2020-07-22', '10 days'), date '2020-08-03', 'GEN-03-T3: 2020-08-01 is a Saturday: moved to Monday');
SELECT throws_ok($$SELECT jdz.due(date '2026-12-20', '30 days')$$, '22023', NULL, 'X-CAL-13: a due day in uncovered 2027');

-- instants: Beijing dates whatever the session TimeZone
SET LOCAL TimeZone = 'America/New_York';
SELECT is_empty($$SELECT t FROM generate_series(timestamptz '2022-01-01 00:00+08', timestamptz '2022-12-31 00:00+08', interval '1 day') g,
     unnest(ARRAY[interval '-1 microsecond', interval '0', interval '1 hour', interval '15 hours 59 minutes 59 seconds', interval '16 hours']) o,
     LATERAL (SELECT g + o AS t) x
   WHERE jdz.due(t, '1 working day') <> ((jdz.add_workdays((t AT TIME ZONE 'Asia/Shanghai')::date, 1) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') - interval '1 microsecond'$$,
  'GEN-03: the due instant is the end of the Beijing day, around every Beijing midnight of 2022 (session in New York)');
SELECT is(jdz.due(timestamptz '2024-09-27 23:59:59.999999+08', '1 day'), timestamptz '2024-09-29 23:59:59.999999+08',
  'GEN-03: 23:59:59.999999 Beijing is still 09-27: 09-28 is a Saturday, 09-29 a make-up Sunday');
SELECT is(jdz.due(timestamptz '2024-09-28 00:00:00+08', '1 day'), timestamptz '2024-09-29 23:59:59.999999+08',
  'GEN-03: one microsecond later it is 09-28 Beijing, the end is 09-29 (a working day)');
SELECT is(jdz.due(timestamptz '2024-09-27 16:00:00+00', '1 day'), timestamptz '2024-09-29 23:59:59.999999+08',
  'GEN-03: 16:00 UTC is midnight in Beijing');
SET LOCAL TimeZone = 'UTC';
SELECT is(jdz.due(timestamptz '2024-09-27 15:59:59+00', '1 working day'), timestamptz '2024-09-29 23:59:59.999999+08',
  'GEN-03: session in UTC, 23:59:59 Beijing on Friday: the next working day is the make-up Sunday');
SELECT is(jdz.due(timestamptz '2023-10-01 22:30+08', '2 hours'), timestamptz '2023-10-02 00:30+08', 'hours are exact and never move (HL-13)');
SELECT is(jdz.due(timestamptz '2024-02-28 23:00+08', '30 hours'), timestamptz '2024-03-01 05:00+08', 'hours cross the leap day exactly');
RESET TimeZone;

-- is_late
SELECT is(jdz.is_late(timestamptz '2022-11-07 10:00+08', '1 working day', timestamptz '2022-11-08 23:59+08'), false, 'HL-12a: TV-HL12a-06 on time');
SELECT is(jdz.is_late(timestamptz '2022-11-07 10:00+08', '1 working day', timestamptz '2022-11-08 23:59:59.999999+08'), false, 'HL-12a: the last microsecond is on time');
SELECT is(jdz.is_late(timestamptz '2022-11-07 10:00+08', '1 working day', timestamptz '2022-11-09 00:00+08'), true, 'HL-12a: Beijing midnight is late');
SELECT is(jdz.is_late(timestamptz '2023-10-01 22:30+08', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'HL-13'), timestamptz '2023-10-02 00:30:01+08'), true, 'HL-13: TV-HL13-03 one second late');
SELECT is(jdz.is_late(timestamptz '2023-10-01 22:30+08', '2 hours', timestamptz '2023-10-02 00:30+08'), false, 'HL-13: exactly at the limit is on time');
SELECT is(jdz.is_late(now() - interval '3 hours', '2 hours'), true, 'is_late: an open matter (done_at NULL) past its due instant');
SELECT is(jdz.is_late(now() - interval '1 hour', '2 hours', NULL), false, 'is_late: an open matter within its limit');
SELECT is(jdz.is_late(NULL, '1 year', now()), NULL, 'is_late: NULL start gives NULL');
SELECT is(jdz.due(NULL::date, '1 year'), NULL, 'due is strict');

-- errors
SELECT throws_ok($$SELECT jdz.due(date '2024-01-01', '2 hours')$$, '22023', NULL, 'GEN-03: hours need a timestamptz start');
SELECT throws_ok($$SELECT jdz.period_end(date 'infinity', '1 year')$$, '22023', NULL, 'GEN-03: an infinite start is refused');
SELECT throws_ok($$SELECT jdz.due(timestamptz '-infinity', '1 day')$$, '22023', NULL, 'GEN-03: an infinite instant is refused');
SELECT throws_ok($$SELECT jdz.period_end(date '5874897-06-01', '1 year')$$, '22008', NULL, 'GEN-04: an end beyond the last date is 22008');
-- uncovered years: due needs the calendar, period_end of days/months/years does not
SET LOCAL jdz.uncovered_years = 'error';
SELECT throws_ok($$SELECT jdz.due(date '2029-01-31', '1 month')$$, '22023', NULL, 'GEN-03: a due day in an uncovered year raises 22023');
SELECT is(jdz.period_end(date '2029-01-31', '1 month'), date '2029-02-28', 'GEN-04: a period in an uncovered year needs no calendar');
SET LOCAL jdz.uncovered_years = 'weekends_only';
SELECT is(jdz.due(date '2029-01-31', '1 month'), date '2029-02-28', 'GEN-03 under weekends_only: 2029-02-28 is a Wednesday');
SELECT is(jdz.due(date '2029-02-01', '2 days'), date '2029-02-05', 'GEN-03 under weekends_only: Saturday 2029-02-03 moves to Monday');
RESET jdz.uncovered_years;

-- the rules as data
CREATE FUNCTION pg_temp.error_detail(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	d text;
BEGIN
	EXECUTE q;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
	RETURN d;
END $$;
SELECT is_empty($$SELECT rule_id, variant FROM jdz.time_limit_rule r, (VALUES (date '2022-03-15'), (date '2024-09-29'), (date '2026-01-30')) s(d)
   WHERE jdz.time_limit_unit(r.lim) <> 'hour'
     AND jdz.due(r.rule_id, r.variant, s.d) <> CASE WHEN r.moves THEN jdz.due(s.d, r.lim) ELSE jdz.period_end(s.d, r.lim) END$$,
  'core §5: jdz.due(rule_id, variant, date) is jdz.due for rows that move and jdz.period_end for the others');
SELECT is_empty($$SELECT rule_id, variant FROM jdz.time_limit_rule r
   WHERE jdz.due(r.rule_id, r.variant, timestamptz '2024-09-27 18:00+08')
         <> CASE WHEN jdz.time_limit_unit(r.lim) = 'hour' THEN jdz.due(timestamptz '2024-09-27 18:00+08', r.lim)
                 WHEN r.moves THEN jdz.due(timestamptz '2024-09-27 18:00+08', r.lim)
                 ELSE ((jdz.period_end(date '2024-09-27', r.lim) + 1)::timestamp AT TIME ZONE 'Asia/Shanghai') - interval '1 microsecond' END$$,
  'core §5: the timestamptz form ends at 23:59:59.999999 Beijing on the (moved only if it moves) last day');
SELECT is_empty($$SELECT rule_id, variant FROM jdz.time_limit_rule r
   WHERE jdz.time_limit_unit(r.lim) <> 'hour'
     AND (jdz.due_explain(r.rule_id, r.variant, date '2024-09-29')->>'result')::date <> jdz.due(r.rule_id, r.variant, date '2024-09-29')$$,
  'jdz.due_explain gives the result jdz.due gives, for every row');
-- one call site, many (rule, variant) pairs interleaved: more than the call
-- site keeps, so its slots are replaced while the statement runs
SELECT is_empty($$WITH keys AS (
     SELECT rule_id, variant, lim, moves, row_number() OVER (ORDER BY rule_id, variant) - 1 AS k
       FROM jdz.time_limit_rule WHERE rule_id IN ('HL-12b', 'LP-07', 'CN-01', 'DS-10')),
   n AS (SELECT count(*) AS n FROM keys),
   rows AS (SELECT i, date '2024-09-20' + i % 20 AS d, (i * 7) % n.n AS k FROM generate_series(1, 3000) i, n)
   SELECT i FROM rows JOIN keys USING (k)
    WHERE jdz.due(keys.rule_id, keys.variant, rows.d) <> CASE WHEN keys.moves THEN jdz.due(rows.d, keys.lim) ELSE jdz.period_end(rows.d, keys.lim) END$$,
  'HL-12b: a column cycling through 14 (rule, variant) pairs gets every row''s own limit');
SELECT throws_ok($$SELECT jdz.due('HL-12b', 'petition', date '2024-01-02')$$, '22023',
  'time-limit rule HL-12b has no variant "petition"', 'core §5: an unknown variant raises 22023');
SELECT is(pg_temp.error_detail($$SELECT jdz.due('HL-12b', 'petition', date '2024-01-02')$$),
  'Core §5: the variants of HL-12b in jdz.time_limit_rule are ''complaint'', ''complex_repeat'', ''consultation'', ''help'', ''opinion'', ''report'', ''suggestion''.',
  'core §5: the error lists the known variants');
SELECT throws_ok($$SELECT jdz.due('NO-SUCH-RULE', '', timestamptz '2024-01-02 10:00+08')$$, '22023', NULL, 'core §5: an unknown rule raises 22023');
SELECT throws_ok($$SELECT jdz.period_end('HL-13', '', date '2024-01-02')$$, '22023', NULL, 'HL-13 is in hours: a date start raises 22023');
-- a DBA's row is seen by the next statement
INSERT INTO jdz.time_limit_rule (rule_id, variant, lim, moves) VALUES ('LOCAL-1', 'reply', '3 working days', true);
SELECT is(jdz.due('LOCAL-1', 'reply', date '2024-09-27'), date '2024-10-08', 'a DBA''s new row is used at once (3 working days: 09-29 make-up Sunday, 09-30, then 10-08 after 国庆)');
UPDATE jdz.time_limit_rule SET lim = '1 working day' WHERE rule_id = 'LOCAL-1';
SELECT is(jdz.due('LOCAL-1', 'reply', date '2024-09-27'), date '2024-09-29', 'and a change to it (1 working day: the make-up Sunday)');

SELECT * FROM finish();
ROLLBACK;
