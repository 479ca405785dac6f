-- bench/hotline.sql — the 12345 hotline handling limits (HL-12b) over 1M
-- work orders: jdz.hl_due and jdz.due('HL-12b', category, signed_at) against
-- jdz.add_workdays on the same Beijing dates (the floor: the calendar call a
-- handling limit cannot avoid; goal at most 2x), and against a PL/pgSQL
-- implementation over the tables (bench/reference_hotline.sql, on 100k rows
-- scaled to 1M).
SELECT pg_catalog.to_regproc('jdz.hl_due') IS NOT NULL AS have_hl_due \gset
\if :have_hl_due
CREATE TEMP TABLE hl_orders AS
SELECT timestamptz '2022-11-01 00:00+08' + ((i::bigint * 7919) % 1051200) * interval '1 minute' AS signed_at,
       (ARRAY['consultation', 'help', 'suggestion', 'opinion', 'complaint', 'report'])[1 + i % 6]::jdz.hl_category AS category,
       (ARRAY[2, 5, 5, 5, 10, 10])[1 + i % 6] AS n,
       1 + (i % 4) AS callers,
       (i % 5 = 0) AS complex
  FROM generate_series(1, 1000000) i;
ALTER TABLE hl_orders ADD COLUMN signed_on date;
UPDATE hl_orders SET signed_on = (signed_at AT TIME ZONE 'Asia/Shanghai')::date;
ANALYZE hl_orders;
\ir reference_hotline.sql

SELECT bench.measure('hotline', 'jdz.add_workdays(signed_on, n), 1M rows (floor)',
  $$SELECT count(jdz.add_workdays(signed_on, n)) FROM hl_orders$$, 3);
SELECT bench.measure('hotline', 'jdz.hl_due(category, signed_at), 1M rows',
  $$SELECT count(jdz.hl_due(category, signed_at)) FROM hl_orders$$, 3);
SELECT bench.measure('hotline', 'jdz.hl_due(category, signed_at, callers, complex), 1M rows',
  $$SELECT count(jdz.hl_due(category, signed_at, callers, complex)) FROM hl_orders$$, 3);
SELECT bench.measure('hotline', 'jdz.due(''HL-12b'', category, signed_at), 1M rows',
  $$SELECT count(jdz.due('HL-12b', category::text, signed_at)) FROM hl_orders$$, 3);
SELECT bench.measure('hotline', 'PL/pgSQL reference over the tables, 100k rows x 10',
  $$SELECT count(pg_temp.ref_hl_due(category::text, signed_at, callers, complex)) FROM (SELECT * FROM hl_orders LIMIT 100000) s$$, 1);
UPDATE bench.result SET ms = ms * 10 WHERE suite = 'hotline' AND label = 'PL/pgSQL reference over the tables, 100k rows x 10';

SELECT bench.compare('hotline', 'jdz.hl_due(category, signed_at), 1M rows', 'jdz.add_workdays(signed_on, n), 1M rows (floor)', 2.0,
  'issue 8: hl_due at most 2x add_workdays on the same dates');
SELECT bench.compare('hotline', 'jdz.hl_due(category, signed_at, callers, complex), 1M rows', 'jdz.add_workdays(signed_on, n), 1M rows (floor)', 2.0,
  'issue 8: with the complex-repeat rule');
SELECT bench.compare('hotline', 'jdz.due(''HL-12b'', category, signed_at), 1M rows', 'jdz.add_workdays(signed_on, n), 1M rows (floor)', 2.0,
  'issue 8: the generic rule lookup of core §5 (timestamptz form), at most 2x');
SELECT bench.compare('hotline', 'jdz.hl_due(category, signed_at), 1M rows', 'PL/pgSQL reference over the tables, 100k rows x 10', 0.1,
  'issue 9: at least 10x faster than PL/pgSQL');

SELECT label, ms FROM bench.result WHERE suite = 'hotline' ORDER BY label;
SELECT c.subject, c.baseline, round(s.ms / nullif(b.ms, 0), 2) AS ratio, c.max_ratio
  FROM bench.comparison c JOIN bench.result s ON s.suite = c.suite AND s.label = c.subject
  JOIN bench.result b ON b.suite = c.suite AND b.label = c.baseline
 WHERE c.suite = 'hotline' ORDER BY c.ord;
\else
\echo 'jdz.hl_due is not installed (part 05 missing): hotline benchmark skipped'
\endif
