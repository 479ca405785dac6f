-- pgTAP: jdz.cny (core §3) — table-driven input, boundaries, rounding, opclasses.
BEGIN;
SELECT plan(8);
SET LOCAL search_path = jdz, public;

SELECT is(
  (SELECT count(*)::int FROM (VALUES
     ('1234.56', 123456::bigint), ('-0.01', -1), ('1,234.56', 123456), ('¥1234.56', 123456),
     ('￥1234.56', 123456), ('1234.56元', 123456), ('3万元', 3000000), ('1.5万', 1500000),
     ('１２３４．５６', 123456), ('1.230', 123), ('92233720368547758.07', 9223372036854775807),
     ('-92233720368547758.07', -9223372036854775807)) AS v(txt, fen)
   WHERE (txt::jdz.cny)::numeric * 100 IS DISTINCT FROM fen),
  0, 'core §3: every input form of jdz.cny gives the right number of fen');

SELECT throws_ok($$SELECT '1.234'::jdz.cny$$, '22P02', NULL, 'core §3: a nonzero third decimal raises 22P02 (never rounded)');
SELECT throws_ok($$SELECT '12,34'::jdz.cny$$, '22P02', NULL, 'core §3: misgrouped commas raise 22P02');
SELECT throws_ok($$SELECT '92233720368547758.08'::jdz.cny$$, '22003', NULL, 'core §3: one fen past the maximum raises 22003');
SELECT throws_ok($$SELECT '-92233720368547758.08'::jdz.cny$$, '22003', NULL, 'core §3: one fen past the minimum raises 22003');
SELECT throws_ok($$SELECT '92233720368547758.07'::jdz.cny + '0.01'::jdz.cny$$, '22003', NULL, 'core §3: overflowing + raises 22003');
SELECT is(jdz.round_fen(-0.125, 'half_up')::text, '-0.13', 'core §2: half_up rounds -0.125 away from zero');
SELECT is((SELECT bool_and(amvalidate(oid)) FROM pg_opclass WHERE opcname = 'cny_ops'), true, 'amvalidate() on the cny opclasses');

SELECT * FROM finish();
ROLLBACK;
