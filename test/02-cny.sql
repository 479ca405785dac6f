-- pgTAP: jdz.cny (core §3) — table-driven input, boundaries, rounding, opclasses.
BEGIN;
SELECT plan(16);
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


-- table-driven invalid inputs with their SQLSTATEs (core §3, §8)
CREATE TEMP TABLE bad_in (txt text, state text);
INSERT INTO bad_in VALUES
  ('', '22P02'), (' ', '22P02'), ('abc', '22P02'), ('1.2.3', '22P02'), ('12,34', '22P02'), (',123', '22P02'),
  ('1,2345', '22P02'), ('1234,567', '22P02'), ('1e3', '22P02'), ('--1', '22P02'), ('¥¥1', '22P02'), ('1元元', '22P02'),
  ('1元万', '22P02'), ('万', '22P02'), ('1.001', '22P02'), ('0.005', '22P02'), ('1.0000001万', '22P02'), ('NaN', '22P02'),
  ('Infinity', '22P02'), ('1 2', '22P02'), ('1.5亿', '22P02'),
  ('92233720368547758.08', '22003'), ('-92233720368547758.08', '22003'), ('922337203685477.5808万', '22003'),
  ('99999999999999999999999999999', '22003');
CREATE FUNCTION pg_temp.in_state(t text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE st text;
BEGIN
	PERFORM t::jdz.cny;
	RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE;
	RETURN st;
END $f$;
SELECT is_empty($$SELECT txt, state, pg_temp.in_state(txt) FROM bad_in WHERE pg_temp.in_state(txt) <> state$$,
  'core §3: every invalid input raises its SQLSTATE (22P02 unparsable or too precise, 22003 out of range)');
SELECT is(pg_temp.in_state(repeat('9', 10000)), '22003', 'core §3: a 10000-digit amount raises 22003 quickly');
SELECT is(pg_temp.in_state('1' || repeat('0', 10000) || '万'), '22003', 'core §3: a 10000-digit amount in 万 raises 22003');
SELECT is(('0.' || repeat('0', 10000))::jdz.cny::text, '0.00', 'core §3: trailing zero decimals are accepted');

-- boundaries: the largest amounts and one fen past them, through every path
SELECT is(('92233720368547758.07'::jdz.cny - '92233720368547758.07'::jdz.cny)::text, '0.00', 'core §3: max - max');
SELECT throws_ok($$SELECT - '-92233720368547758.07'::jdz.cny - '0.01'::jdz.cny + '0.01'::jdz.cny * 0 - '92233720368547758.07'::jdz.cny * -1$$,
  '22003', NULL, 'core §3: max + one fen via negation and multiplication raises 22003');
SELECT throws_ok($$SELECT 92233720368547758.075::jdz.cny$$, '22003', NULL, 'core §3: numeric that rounds past the maximum raises 22003');
SELECT is(jdz.round_fen(-92233720368547758.074, 'half_up')::text, '-92233720368547758.07', 'core §2: half_up at the minimum');

SELECT * FROM finish();
ROLLBACK;
