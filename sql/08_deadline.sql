-- Deadlines (core §2, §5): jdz.due, jdz.period_end, jdz.is_late,
-- jdz.due_explain and the rule-driven forms over jdz.time_limit_rule.
SET search_path = public, jdz;
SET DateStyle = ISO;
-- GEN-03 days: the start day is not counted; a deadline ending on a rest day
-- moves (National Day 2024: 10-01..07, Sunday 09-29 and Saturday 10-12 are
-- make-up working days), a period does not
SELECT d::date AS start, jdz.period_end(d::date, '30 days') AS period_end, jdz.due(d::date, '30 days') AS due,
       jdz.day_kind(jdz.period_end(d::date, '30 days')) AS end_kind
  FROM generate_series('2024-08-28'::date, '2024-09-14', '1 day') d;
-- GEN-04 months and years: the corresponding day, or the month's last day
SELECT s AS start, l AS lim, jdz.period_end(s, l) AS period_end, jdz.due(s, l) AS due
  FROM (VALUES (date '2024-01-31', '1 month'::jdz.time_limit), (date '2023-01-31', '1 month'),
               (date '2024-03-31', '1 month'), (date '2024-02-29', '1 year'), (date '2023-02-28', '1 year'),
               (date '2024-08-31', '6 months'), (date '2023-12-31', '2 months'), (date '2024-01-15', '12 months')) v(s, l);
-- a period of days, months or years needs no calendar, so it works for a
-- year the calendar does not cover; the due day needs the calendar
SELECT jdz.period_end(date '2024-02-29', '4 years') AS leap_to_leap, jdz.period_end(date '2029-01-31', '1 month') AS uncovered;
SELECT jdz.due(date '2029-01-31', '1 month');
-- working days: jdz.add_workdays; 0 working days gives the start, moved by jdz.due if it is a rest day
SELECT jdz.due(date '2026-09-28', '5 working days') AS make_up_saturday,
       jdz.period_end(date '2026-09-28', '5 working days') AS period_end,
       jdz.due(date '2024-10-05', '0 working days') AS due_zero, jdz.period_end(date '2024-10-05', '0 working days') AS period_zero;
-- hours need an instant
SELECT jdz.due(date '2024-01-01', '2 hours');
SELECT jdz.period_end(date '2024-01-01', '2 hours');
-- an instant: exact for hours, else the end of the Beijing day, whatever TimeZone
SET TimeZone = 'UTC';
SELECT jdz.due(timestamptz '2023-10-01 22:30+08', '2 hours') AS hours,
       jdz.due(timestamptz '2024-09-27 23:30+08', '10 working days') AS working_days,
       jdz.due(timestamptz '2024-09-27 16:30+00', '10 working days') AS next_beijing_day;
SET TimeZone = 'America/New_York';
SELECT jdz.due(timestamptz '2024-09-27 23:30+08', '10 working days') AS working_days;
RESET TimeZone;
-- is_late: after the due instant (spec 40 TV-HL12a-06, TV-HL13-03)
SELECT jdz.is_late(timestamptz '2022-11-07 10:00+08', '1 working day', timestamptz '2022-11-08 23:59+08') AS hl12a_on_time,
       jdz.is_late(timestamptz '2023-10-01 22:30+08', '2 hours', timestamptz '2023-10-02 00:30:00+08') AS hl13_at_limit,
       jdz.is_late(timestamptz '2023-10-01 22:30+08', '2 hours', timestamptz '2023-10-02 00:30:01+08') AS hl13_late,
       jdz.is_late(now() - interval '3 hours', '2 hours') AS open_and_late,
       jdz.is_late(NULL, '1 year', now()) AS null_start;
-- explanations
SELECT jsonb_pretty(jdz.due_explain(date '2024-09-01', '30 days'));
SELECT jsonb_pretty(jdz.due_explain(date '2024-01-31', '1 month'));
SELECT jsonb_pretty(jdz.due_explain(timestamptz '2022-11-07 10:00+08', '1 working day'));
SELECT jsonb_pretty(jdz.due_explain('PRH-39', 'ban', date '2024-02-29'));
-- the rules as data: every row, its limit, and whether it moves
SELECT rule_id, variant, lim, jdz.time_limit_zh(lim) AS zh, moves FROM jdz.time_limit_rule ORDER BY rule_id, variant;
-- rule-driven due and period_end
SELECT jdz.due('HL-12b', 'complaint', date '2024-09-27') AS complaint,
       jdz.due('PRH-26', '', date '2024-09-01') AS prh26_moves,
       jdz.period_end('PRH-26', '', date '2024-09-01') AS prh26_unmoved,
       jdz.due('PRH-39', 'ban', date '2024-02-29') AS prh39_ban_never_moves;
SELECT jdz.due('HL-13', '', timestamptz '2023-10-01 22:30+08') AS hl13;
-- unknown rules and variants
SELECT jdz.due('HL-12b', 'petition', date '2024-01-02');
SELECT jdz.due('NO-SUCH-RULE', '', date '2024-01-02');
SELECT jdz.due('HL-13', '', date '2024-01-02');
