-- bench/agriculture.sql — spec 40 functions that need no calendar, over 1M
-- rows, against the trivial expression over the same columns (the floor):
-- jdz.ag_is_minor (AG-1a), jdz.ga_plan_deadline (GA-23/25/26),
-- jdz.counsellor_status (CN-1), jdz.hl_number_mode (HL-16/17),
-- jdz.ag_item_outcome (AG-L).
CREATE TEMP TABLE ag_input AS
SELECT ((i::bigint * 7919) % 20000)::numeric / 100 AS gain,
       ((i::bigint * 104729) % 90000)::numeric / 100 AS goods,
       date '2023-01-01' + i % 700 AS on_date,
       timestamptz '2024-03-01 00:00+08' + i * interval '1 minute' AS takeoff,
       (ARRAY['王耀', '方励平', '于长征'])[1 + i % 3] AS name,
       (ARRAY['12345', '12396', '12315', '110', '99999'])[1 + i % 5] AS number,
       i % 60 AS days
  FROM generate_series(1, 1000000) i;
ALTER TABLE ag_input ADD COLUMN gain_cny jdz.cny, ADD COLUMN goods_cny jdz.cny;
UPDATE ag_input SET gain_cny = gain, goods_cny = goods;
ANALYZE ag_input;

SELECT bench.measure('agriculture', 'floor: gain < 100 AND goods < 500, 1M rows',
  $$SELECT count(*) FILTER (WHERE (gain > 0 OR goods > 0) AND gain < 100 AND goods < 500 OR gain = 0 AND goods = 0 AND days < 30) FROM ag_input$$, 3);
SELECT bench.measure('agriculture', 'jdz.ag_is_minor, 1M rows',
  $$SELECT count(*) FILTER (WHERE jdz.ag_is_minor(gain_cny, goods_cny, days, false, on_date)) FROM ag_input$$, 3);
SELECT bench.compare('agriculture', 'jdz.ag_is_minor, 1M rows', 'floor: gain < 100 AND goods < 500, 1M rows', 3.0,
  'issue 9: AG-1a with dated thresholds at most 3x the bare comparison');

SELECT bench.measure('agriculture', 'floor: takeoff - interval ''1 hour'', 1M rows',
  $$SELECT count(takeoff - interval '1 hour') FROM ag_input$$, 3);
SELECT bench.measure('agriculture', 'jdz.ga_plan_deadline, 1M rows',
  $$SELECT count(jdz.ga_plan_deadline(takeoff)) FROM ag_input$$, 3);
SELECT bench.compare('agriculture', 'jdz.ga_plan_deadline, 1M rows', 'floor: takeoff - interval ''1 hour'', 1M rows', 3.5,
  'issue 9: GA-23/25/26 (dated lead time, Beijing date) close to the bare subtraction');

SELECT bench.measure('agriculture', 'floor: name = ''王耀'' AND on_date <= ''2026-01-31'', 1M rows',
  $$SELECT count(*) FILTER (WHERE name = '王耀' AND on_date <= date '2026-01-31') FROM ag_input$$, 3);
SELECT bench.measure('agriculture', 'jdz.counsellor_status, 1M rows',
  $$SELECT count(*) FILTER (WHERE jdz.counsellor_status(name, on_date) = 'active') FROM ag_input$$, 3);
SELECT bench.compare('agriculture', 'jdz.counsellor_status, 1M rows', 'floor: name = ''王耀'' AND on_date <= ''2026-01-31'', 1M rows', 3.0,
  'issue 9: CN-1 lookup at most 3x the bare comparison');

SELECT bench.measure('agriculture', 'jdz.hl_number_mode, 1M rows',
  $$SELECT count(*) FILTER (WHERE jdz.hl_number_mode(number) = 'merged_whole') FROM ag_input$$, 3);
SELECT bench.measure('agriculture', 'join on jdz.hl_number, 1M rows',
  $$SELECT count(*) FILTER (WHERE coalesce(h.mode, 'not_listed') = 'merged_whole') FROM ag_input a LEFT JOIN jdz.hl_number h ON h.number = btrim(a.number)$$, 3);
SELECT bench.compare('agriculture', 'jdz.hl_number_mode, 1M rows', 'join on jdz.hl_number, 1M rows', 3.0,
  'HL-16/17: the SQL function against the join a user would write');

SELECT bench.measure('agriculture', 'floor: a CASE over item and first, 1M rows',
  $$SELECT count(*) FILTER (WHERE CASE WHEN days % 23 >= 17 AND days % 3 = 0 THEN 'must' ELSE 'no' END = 'must') FROM ag_input$$, 3);
SELECT bench.measure('agriculture', 'jdz.ag_item_outcome, 1M rows',
  $$SELECT count(*) FILTER (WHERE jdz.ag_item_outcome(1 + days % 23, days % 3 = 0, true, false, 'before_order', true) = 'must_not_penalize') FROM ag_input$$, 3);
SELECT bench.compare('agriculture', 'jdz.ag_item_outcome, 1M rows', 'floor: a CASE over item and first, 1M rows', 3.0,
  'issue 9: AG-L item lookup and profile at most 3x a bare CASE');

SELECT c.subject, round(s.ms / nullif(b.ms, 0), 2) AS ratio, c.max_ratio
  FROM bench.comparison c JOIN bench.result s ON s.suite = c.suite AND s.label = c.subject
  JOIN bench.result b ON b.suite = c.suite AND b.label = c.baseline
 WHERE c.suite = 'agriculture' ORDER BY c.ord;
