-- The holiday calendar (core §4), table-driven: the C functions against a
-- plain day-by-day count over jdz.calendar_day for every day of 2020–2026 and
-- N from -30 to 30; the 调休 blocks on both sides.
BEGIN;
SELECT plan(8);

-- the reference: every day of the span with its working-day status, from the table alone
CREATE TEMP TABLE ref AS
SELECT d::date AS day,
       CASE WHEN c.kind = 'makeup_workday' THEN true
            WHEN c.kind = 'holiday' THEN false
            ELSE extract(isodow FROM d) < 6 END AS work
  FROM generate_series('2020-01-01'::date, '2026-12-31', '1 day') d
  LEFT JOIN jdz.calendar_day c ON c.day = d::date;
CREATE TEMP TABLE refw AS SELECT day, row_number() OVER (ORDER BY day) AS k FROM ref WHERE work;
CREATE TEMP TABLE refo AS
SELECT r.day, (SELECT count(*) FROM refw w WHERE w.day <= r.day) AS ord FROM ref r;
CREATE INDEX ON refo (day);
CREATE INDEX ON refw (k);

SELECT is((SELECT count(*) FROM ref WHERE work IS DISTINCT FROM jdz.is_workday(day))::int, 0,
	'is_workday agrees with the table on every day of 2020–2026');

SELECT is((SELECT count(*) FROM ref WHERE jdz.day_kind(day) IS DISTINCT FROM
	coalesce((SELECT kind FROM jdz.calendar_day c WHERE c.day = ref.day),
	         CASE WHEN extract(isodow FROM ref.day) < 6 THEN 'workday' ELSE 'weekend' END))::int, 0,
	'day_kind agrees with the table on every day of 2020–2026');

-- add_workdays(d, n), n = 1..30: the working day whose ordinal is ord(d) + n
SELECT is((SELECT count(*) FROM refo o CROSS JOIN generate_series(1, 30) n
            JOIN refw w ON w.k = o.ord + n
           WHERE jdz.add_workdays(o.day, n) <> w.day)::int, 0,
	'add_workdays(d, N) for N = 1..30 is the N-th working day strictly after d (every day of 2020–2026)');

-- n = -30..-1: the |n|-th working day strictly before d
SELECT is((SELECT count(*) FROM refo o CROSS JOIN generate_series(-30, -1) n
            JOIN refo p ON p.day = o.day - 1
            JOIN refw w ON w.k = p.ord + n + 1
           WHERE jdz.add_workdays(o.day, n) <> w.day)::int, 0,
	'add_workdays(d, -N) for N = 1..30 is the N-th working day strictly before d (every day of 2020–2026)');

SELECT is((SELECT count(*) FROM ref WHERE jdz.add_workdays(day, 0) <> day)::int, 0, 'add_workdays(d, 0) = d');

-- workdays_between(d, d + k), k = -30..30, against a count over the reference
SELECT is((SELECT count(*) FROM refo a CROSS JOIN generate_series(-30, 30) k
            JOIN refo b ON b.day = a.day + k
           WHERE jdz.workdays_between(a.day, b.day) <> b.ord - a.ord)::int, 0,
	'workdays_between(d, d + k) counts the working days of (d, d + k], negative backwards (k = -30..30)');

SELECT is((SELECT count(*) FROM ref r
            WHERE jdz.next_workday(r.day) <> (SELECT min(day) FROM refw w WHERE w.day >= r.day)
              AND r.day < '2026-12-31')::int, 0,
	'next_workday(d) is d if a working day, else the next one');

SELECT throws_ok($$SELECT jdz.workdays_between('2026-12-01', '2027-01-10')$$, '22023', NULL,
	'a range reaching an uncovered year raises 22023');

SELECT * FROM finish();
ROLLBACK;
