--- jdz.time_limit
SELECT x, x::jdz.time_limit FROM unnest(ARRAY['5wd', '十五个工作日', '两个月', '30天', '1 Year']) x;
--- jdz.time_limit_zh
SELECT jdz.time_limit_zh('10 working days'), jdz.time_limit_zh('3mon');
--- jdz.time_limit_count
SELECT jdz.time_limit_count('十五个工作日'), jdz.time_limit_unit('十五个工作日');
--- jdz.make_time_limit
SELECT jdz.make_time_limit(10, 'working_day');
--- jdz.due
SELECT jdz.due(date '2024-09-01', '30 days') AS moved_off_national_day,
       jdz.due(timestamptz '2024-09-27 23:30+08', '10 working days') AS end_of_beijing_day,
       jdz.due('HL-12b', 'complaint', date '2024-09-27') AS hotline_complaint;
--- jdz.period_end
SELECT jdz.period_end(date '2024-01-31', '1 month') AS clamped, jdz.period_end('PRH-39', 'ban', date '2024-02-29') AS ban_through;
--- jdz.is_late
SELECT jdz.is_late(timestamptz '2023-10-01 22:30+08', '2 hours', timestamptz '2023-10-02 00:30:01+08') AS hl13_late;
--- jdz.due_explain
SELECT jdz.due_explain(date '2024-09-01', '30 days') -> 'steps' -> 2;
--- jdz.time_limit_rule
SELECT rule_id, variant, lim, moves FROM jdz.time_limit_rule WHERE rule_id LIKE 'PRH-2%' ORDER BY rule_id, variant;
