-- jdz.cny (core §3): input forms, output, arithmetic, casts, round_fen, aggregates.
SET client_min_messages = warning;
SET search_path = jdz, public;
\set VERBOSITY default
-- every input form of core §3
SELECT v, v::jdz.cny AS cny FROM unnest(ARRAY[
  '1234.56', '-0.01', '1,234.56', '¥1234.56', '￥1234.56', '1234.56元', '3万元', '1.5万',
  '１２３４．５６', '１，２３４．５６', '¥-5', '-¥5', ' 12 ', '1.230', '0.001万', '1.234500万', '0', '-0.00',
  '.5', '5.', '1,234,567.00', '92233720368547758.07', '-92233720368547758.07']) AS v;
-- 22P02: more than 2 nonzero decimals, never rounded on input
SELECT '1.234'::jdz.cny;
SELECT '1.0000001万'::jdz.cny;
-- 22P02: not an amount
SELECT '12,34'::jdz.cny;
SELECT '1234,567'::jdz.cny;
SELECT ''::jdz.cny;
SELECT '¥'::jdz.cny;
SELECT '--1'::jdz.cny;
SELECT '1e3'::jdz.cny;
SELECT '1元万'::jdz.cny;
-- 22003: one fen past the range
SELECT '92233720368547758.08'::jdz.cny;
SELECT '-92233720368547758.08'::jdz.cny;
-- arithmetic: half-up (away from zero) to the fen
SELECT '1.5'::jdz.cny * 3 AS mul, 3 * '1.5'::jdz.cny AS mul2, '0.01'::jdz.cny * 0.5 AS half,
       '-0.01'::jdz.cny * 0.5 AS neg_half, '10'::jdz.cny / 3 AS div, '0.05'::jdz.cny / 2 AS div_half,
       -'0.05'::jdz.cny / 2 AS div_neg_half, '10'::jdz.cny / '4'::jdz.cny AS ratio,
       '1.10'::jdz.cny + '2.20' AS add, '1.10'::jdz.cny - '2.20' AS sub, -'1.10'::jdz.cny AS neg;
SELECT '92233720368547758.07'::jdz.cny + '0.01';
SELECT '-92233720368547758.07'::jdz.cny - '0.01';
SELECT '92233720368547758.07'::jdz.cny * 2;
SELECT '1'::jdz.cny / 0;
SELECT '1'::jdz.cny / '0'::jdz.cny;
SELECT '1'::jdz.cny * 'NaN'::numeric;
-- casts
SELECT 12.345::jdz.cny AS half_up, (-12.345)::jdz.cny AS neg_half_up, 5::jdz.cny AS int4,
       5::bigint::jdz.cny AS int8, '1234.5'::jdz.cny::numeric AS to_numeric;
SELECT 92233720368547759::bigint::jdz.cny;
SELECT 'NaN'::numeric::jdz.cny;
SELECT 'Infinity'::numeric::jdz.cny;
-- round_fen: the six modes on .5 cases and near them, negatives included
SELECT x, jdz.round_fen(x) AS "default",
       jdz.round_fen(x, 'half_up') AS half_up, jdz.round_fen(x, 'half_even') AS half_even,
       jdz.round_fen(x, 'down') AS down, jdz.round_fen(x, 'up') AS up,
       jdz.round_fen(x, 'floor') AS floor, jdz.round_fen(x, 'ceiling') AS ceiling
  FROM unnest(ARRAY[0.125, -0.125, 0.135, -0.135, 0.1251, -0.1249, 2.5, 0.001, -0.001, 0]) AS x;
SELECT jdz.round_fen(1, 'nearest');
-- aggregates
SELECT sum(v), avg(v), min(v), max(v), count(v) FROM (VALUES ('1.00'::jdz.cny), ('2.01'), (NULL),
  ('92233720368547758.07'), ('-92233720368547758.07')) AS t(v);
SELECT sum(v) IS NULL AS empty_sum, avg(v) IS NULL AS empty_avg FROM (SELECT '1'::jdz.cny WHERE false) AS t(v);
SELECT sum(v) FROM (VALUES ('92233720368547758.07'::jdz.cny), ('0.01')) AS t(v);
SELECT avg(v) FROM (VALUES ('0.01'::jdz.cny), ('0.02')) AS t(v);
SELECT avg(v) FROM (VALUES ('-0.01'::jdz.cny), ('-0.02')) AS t(v);
-- RANGE frames over cny (in_range)
SELECT v, sum(v) OVER (ORDER BY v RANGE BETWEEN '100' PRECEDING AND CURRENT ROW)
  FROM (VALUES ('1'::jdz.cny), ('50'), ('120'), ('300')) AS t(v);
-- operator classes
SELECT opcname, amname, amvalidate(c.oid) FROM pg_opclass c JOIN pg_am a ON a.oid = c.opcmethod
 WHERE opcname = 'cny_ops' ORDER BY amname;
-- binary COPY round trip; recv is as strict as in (INT64_MIN fen is not an amount)
CREATE TEMP TABLE cny_bin (c jdz.cny);
INSERT INTO cny_bin VALUES ('0'), ('-0.01'), ('1234.56'), ('92233720368547758.07'), ('-92233720368547758.07'), (NULL);
\copy cny_bin TO 'results/cny.bin' WITH (FORMAT binary)
CREATE TEMP TABLE cny_bin2 (c jdz.cny);
\copy cny_bin2 FROM 'results/cny.bin' WITH (FORMAT binary)
SELECT c FROM cny_bin2 ORDER BY c NULLS FIRST;
SELECT count(*) AS same FROM cny_bin a JOIN cny_bin2 b ON a.c = b.c;
\copy (SELECT (-9223372036854775808)::bigint) TO 'results/cny_min.bin' WITH (FORMAT binary)
\copy cny_bin2 FROM 'results/cny_min.bin' WITH (FORMAT binary)
\copy (SELECT 9223372036854775807::bigint) TO 'results/cny_max.bin' WITH (FORMAT binary)
\copy cny_bin2 FROM 'results/cny_max.bin' WITH (FORMAT binary)
SELECT max(c) FROM cny_bin2;
-- index paths
CREATE TEMP TABLE cny_idx AS SELECT jdz.cny(i::numeric / 100) AS c FROM generate_series(-5000, 5000) AS i;
CREATE INDEX cny_idx_bt ON cny_idx USING btree (c);
CREATE INDEX cny_idx_h ON cny_idx USING hash (c);
ANALYZE cny_idx;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT c FROM cny_idx WHERE c BETWEEN '-0.02' AND '0.02';
SELECT c FROM cny_idx WHERE c BETWEEN '-0.02' AND '0.02' ORDER BY c;
DROP INDEX cny_idx_bt;
EXPLAIN (COSTS OFF) SELECT c FROM cny_idx WHERE c = '12.34';
SELECT c FROM cny_idx WHERE c = '12.34';
RESET enable_seqscan;
RESET enable_bitmapscan;
-- hashing: equal amounts hash equally whatever their spelling
SELECT jdz.cny_hash('1,234.50') = jdz.cny_hash('1234.5元') AS same_hash,
       jdz.cny_hash_extended('1,234.50', 7) = jdz.cny_hash_extended('￥1234.50', 7) AS same_ext_hash;
SELECT count(DISTINCT c) FROM (VALUES ('1万'::jdz.cny), ('10000'), ('10,000.00'), ('１００００')) AS t(c);
-- NULLs: operators and casts are strict, aggregates skip NULLs
SELECT NULL::jdz.cny + '1' IS NULL AS add_null, - NULL::jdz.cny IS NULL AS neg_null,
       NULL::numeric::jdz.cny IS NULL AS cast_null, jdz.round_fen(NULL) IS NULL AS round_null,
       jdz.round_fen(1, NULL) IS NULL AS mode_null;
-- cny → numeric is exact at the ends of the range too
SELECT '92233720368547758.07'::jdz.cny::numeric AS max, '-92233720368547758.07'::jdz.cny::numeric AS min,
       '922337203685477.57'::jdz.cny::numeric AS below_fast_limit, '922337203685477.59'::jdz.cny::numeric AS above_fast_limit,
       ('92233720368547758.07'::jdz.cny::numeric)::jdz.cny AS round_trip;
