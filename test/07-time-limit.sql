-- jdz.time_limit (core §3), table-driven: every form of the grammar, valid
-- and invalid with its SQLSTATE, equality and hashing on the parsed value,
-- the within-unit order and its error across units, the operator classes
-- (amvalidate, index use), binary COPY round trips and binary input checks.
BEGIN;
SELECT plan(32);
SET LOCAL search_path = public, jdz;

CREATE TEMP TABLE valid_tl (input text, canonical text, zh text);
INSERT INTO valid_tl VALUES
  ('5 working days', '5 working days', '5个工作日'), ('1 working day', '1 working day', '1个工作日'),
  ('1 working days', '1 working day', '1个工作日'), ('2 working day', '2 working days', '2个工作日'),
  ('30 days', '30 days', '30日'), ('1 day', '1 day', '1日'), ('0 days', '0 days', '0日'),
  ('3 months', '3 months', '3个月'), ('1 month', '1 month', '1个月'), ('12 months', '12 months', '12个月'),
  ('2 hours', '2 hours', '2小时'), ('1 hour', '1 hour', '1小时'), ('24 hours', '24 hours', '24小时'),
  ('5 years', '5 years', '5年'), ('1 year', '1 year', '1年'),
  ('5wd', '5 working days', '5个工作日'), ('30d', '30 days', '30日'), ('3mon', '3 months', '3个月'),
  ('2h', '2 hours', '2小时'), ('5y', '5 years', '5年'), ('5 wd', '5 working days', '5个工作日'),
  ('5WD', '5 working days', '5个工作日'), ('5 Working Days', '5 working days', '5个工作日'),
  (E'\t 10  working \t days \n', '10 working days', '10个工作日'), ('007 days', '7 days', '7日'),
  ('5个工作日', '5 working days', '5个工作日'), ('5工作日', '5 working days', '5个工作日'),
  ('五个工作日', '5 working days', '5个工作日'), ('十五个工作日', '15 working days', '15个工作日'),
  ('30日', '30 days', '30日'), ('30天', '30 days', '30日'), ('三十日', '30 days', '30日'),
  ('3个月', '3 months', '3个月'), ('两个月', '2 months', '2个月'), ('六个月', '6 months', '6个月'),
  ('2小时', '2 hours', '2小时'), ('两小时', '2 hours', '2小时'), ('一个小时', '1 hour', '1小时'),
  ('二十四小时', '24 hours', '24小时'), ('七十二小时', '72 hours', '72小时'),
  ('5年', '5 years', '5年'), ('一年', '1 year', '1年'), ('两年', '2 years', '2年'),
  ('十日', '10 days', '10日'), ('十一日', '11 days', '11日'), ('二十日', '20 days', '20日'),
  ('九十九日', '99 days', '99日'), ('一百日', '100 days', '100日'), ('两百日', '200 days', '200日'),
  ('一百零五天', '105 days', '105日'), ('一百一十日', '110 days', '110日'), ('一千日', '1000 days', '1000日'),
  ('一千零五十天', '1050 days', '1050日'), ('一千零五日', '1005 days', '1005日'),
  ('九千九百九十九日', '9999 days', '9999日'), ('一万日', '10000 days', '10000日'),
  ('一万零五日', '10005 days', '10005日'), ('一万五千日', '15000 days', '15000日'),
  ('九万九千九百九十九日', '99999 days', '99999日'), ('十万日', '100000 days', '100000日'),
  ('100000 days', '100000 days', '100000日'), ('零日', '0 days', '0日'), ('〇年', '0 years', '0年'),
  ('３０日', '30 days', '30日'), ('５ working days', '5 working days', '5个工作日'),
  ('　５　个工作日　', '5 working days', '5个工作日'), ('5 个工作日', '5 working days', '5个工作日');

SELECT is_empty($$SELECT input FROM valid_tl WHERE input::jdz.time_limit::text IS DISTINCT FROM canonical$$,
  'core §3: every valid form gives its canonical English output');
SELECT is_empty($$SELECT input FROM valid_tl WHERE jdz.time_limit_zh(input::jdz.time_limit) IS DISTINCT FROM zh$$,
  'core §3: jdz.time_limit_zh gives the Chinese form');
SELECT is_empty($$SELECT input FROM valid_tl WHERE canonical::jdz.time_limit <> input::jdz.time_limit
                   OR zh::jdz.time_limit <> input::jdz.time_limit$$,
  'core §3: the English and Chinese outputs parse back to the same value');

CREATE TEMP TABLE invalid_tl (input text, state text);
INSERT INTO invalid_tl VALUES
  ('', '22P02'), ('   ', '22P02'), ('5', '22P02'), ('days', '22P02'), ('-5 days', '22P02'), ('－5日', '22P02'),
  ('+5 days', '22P02'), ('1.5 months', '22P02'), ('1,000 days', '22P02'), ('5 weeks', '22P02'),
  ('5 workingdays', '22P02'), ('5 working', '22P02'), ('5 dayz', '22P02'), ('5 d d', '22P02'),
  ('5 days ago', '22P02'), ('5 days 3 hours', '22P02'), ('3月', '22P02'), ('3个', '22P02'), ('3个日', '22P02'),
  ('五 days', '22P02'), ('五', '22P02'), ('十十日', '22P02'), ('二二日', '22P02'), ('一千五日', '22P02'),
  ('一百五日', '22P02'), ('一百零五十日', '22P02'), ('十两日', '22P02'), ('零五日', '22P02'),
  ('五零日', '22P02'), ('百日', '22P02'), ('万日', '22P02'), ('一万万日', '22P02'), ('一零零日', '22P02'),
  ('5 周', '22P02'), ('半年', '22P02'), (E'5 days\x01', '22P02'), ('5日 ', '00000'),
  ('100001 days', '22003'), ('99999999999999999999 days', '22003'), ('十万零一日', '22003'),
  ('二十万日', '22003'), ('100001 bananas', '22P02');
CREATE FUNCTION pg_temp.tl_state(t text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
	PERFORM t::jdz.time_limit;
	RETURN '00000';
EXCEPTION WHEN OTHERS THEN
	RETURN SQLSTATE;
END $$;
SELECT is_empty($$SELECT input, state, pg_temp.tl_state(input) FROM invalid_tl WHERE pg_temp.tl_state(input) <> state$$,
  'core §3: every invalid form raises its SQLSTATE (22P02 unparsable, 22003 a count above 100000; trailing space is fine)');
SELECT throws_ok($$SELECT '3月'::jdz.time_limit$$, '22P02', 'invalid time limit', 'core §3: a bare 月 (a month of the year) is refused');
SELECT throws_ok($$SELECT jdz.make_time_limit(5, 'week')$$, '22023', NULL, 'make_time_limit: an unknown unit is 22023');
SELECT throws_ok($$SELECT jdz.make_time_limit(100001, 'day')$$, '22003', NULL, 'make_time_limit: a count above 100000 is 22003');
SELECT throws_ok($$SELECT jdz.make_time_limit(-1, 'day')$$, '22003', NULL, 'make_time_limit: a negative count is 22003');
SELECT is(jdz.make_time_limit(u.c, u.n)::text, u.want, 'make_time_limit ' || u.n)
  FROM (VALUES (2, 'hour', '2 hours'), (1, 'day', '1 day'), (10, 'working_day', '10 working days'),
               (3, 'month', '3 months'), (5, 'year', '5 years')) u(c, n, want);
SELECT is(jdz.make_time_limit(NULL, 'day'), NULL, 'make_time_limit is strict');

-- equality on count and unit, hashing consistent with it
SELECT is(('1 month'::jdz.time_limit = '30 days') OR ('1 year'::jdz.time_limit = '12 months') OR ('1 day'::jdz.time_limit = '1 working day'),
  false, 'core §3: 1 month <> 30 days, 1 year <> 12 months, 1 day <> 1 working day');
SELECT is_empty($$SELECT a.input, b.input FROM valid_tl a, valid_tl b
  WHERE (a.input::jdz.time_limit = b.input::jdz.time_limit) <> (a.canonical = b.canonical)
     OR (a.input::jdz.time_limit = b.input::jdz.time_limit
         AND (jdz.time_limit_hash(a.input::jdz.time_limit) <> jdz.time_limit_hash(b.input::jdz.time_limit)
              OR jdz.time_limit_hash_extended(a.input::jdz.time_limit, 7) <> jdz.time_limit_hash_extended(b.input::jdz.time_limit, 7)))$$,
  'equal values (and only they) are =, and hash equally');
SELECT is_empty($$SELECT input FROM valid_tl
  WHERE (jdz.time_limit_hash(input::jdz.time_limit)::bigint & 4294967295) <> (jdz.time_limit_hash_extended(input::jdz.time_limit, 0) & 4294967295)$$,
  'the extended hash with seed 0 agrees with the hash in its low 32 bits');

-- order within one unit; 22023 across units
SELECT ok('5 working days'::jdz.time_limit < '10 working days' AND '3 months'::jdz.time_limit <= '3mon'
          AND '2 years'::jdz.time_limit > '1 year' AND '0 days'::jdz.time_limit >= '0d', 'core §3: ordering within a unit');
SELECT throws_ok($$SELECT '1 month'::jdz.time_limit < '30 days'$$, '22023', NULL, 'core §3: no order between 1 month and 30 days');
SELECT throws_ok($$SELECT '1 year'::jdz.time_limit >= '12 months'$$, '22023', NULL, 'core §3: no order between 1 year and 12 months');
SELECT is((SELECT string_agg(l::text, ', ' ORDER BY l) FROM unnest(ARRAY['1 year', '5 days', '2 hours', '3 months',
             '10 working days', '2 working days', '30 days']::jdz.time_limit[]) l),
  '2 hours, 5 days, 30 days, 2 working days, 10 working days, 3 months, 1 year',
  'ORDER BY sorts mixed units by unit, then count');

-- operator classes
SELECT ok(bool_and(amvalidate(c.oid)), 'amvalidate() on the btree and hash operator classes')
  FROM pg_opclass c WHERE c.opcintype = 'jdz.time_limit'::regtype;
CREATE TEMP TABLE tl_idx (lim jdz.time_limit);
INSERT INTO tl_idx SELECT jdz.make_time_limit(n % 1000, (ARRAY['hour','day','working_day','month','year'])[1 + n % 5])
  FROM generate_series(1, 5000) n;
CREATE INDEX ON tl_idx (lim);
CREATE INDEX tl_idx_hash ON tl_idx USING hash (lim);
ANALYZE tl_idx;
SET LOCAL enable_seqscan = off;
SELECT is((SELECT count(*)::int FROM tl_idx WHERE lim = '10 days'), 0, 'index scan: 10 days (n % 5 = 1 needs n % 1000 = 10: none)');
SELECT is((SELECT count(*)::int FROM tl_idx WHERE lim = '11 days'), 5, 'btree or hash index scan: 11 days five times');
SELECT is((SELECT count(*)::int FROM tl_idx WHERE lim ~>=~ '0 months' AND lim ~<~ '0 years'), 1000, 'btree range in the sort order: the months');
RESET enable_seqscan;
SELECT lives_ok($$CREATE TEMP TABLE tl_uniq (lim jdz.time_limit UNIQUE); INSERT INTO tl_uniq VALUES ('1 month'), ('30 days'), ('1 year'), ('12 months')$$,
  'a unique index holds 1 month and 30 days, 1 year and 12 months');
SELECT throws_ok($$INSERT INTO tl_uniq VALUES ('一个月')$$, '23505', NULL, 'and refuses 一个月 next to 1 month');

-- binary I/O: send, a COPY round trip, and recv as strict as the text input
SELECT is(jdz.time_limit_send('10 working days'), '\x0000000a0002'::bytea, 'binary form: int4 count, int2 unit (2 = working_day)');
SELECT '/tmp/jdz_tl_' || pg_backend_pid() || '.bin' AS binfile \gset
COPY (SELECT input::jdz.time_limit FROM valid_tl) TO :'binfile' WITH (FORMAT binary);
CREATE TEMP TABLE tl_back (lim jdz.time_limit);
COPY tl_back FROM :'binfile' WITH (FORMAT binary);
SELECT is((SELECT array_agg(lim ORDER BY lim) FROM tl_back), (SELECT array_agg(input::jdz.time_limit ORDER BY input::jdz.time_limit) FROM valid_tl),
  'a binary COPY round trip keeps every value');
-- hand-made binary COPY files: header, one tuple of one 6-byte field, trailer
SELECT throws_ok($$COPY tl_back FROM PROGRAM $p$printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\006\000\000\000\005\000\011\377\377'$p$ WITH (FORMAT binary)$$,
  '22P03', NULL, 'binary input: unit code 9 is refused');
SELECT throws_ok($$COPY tl_back FROM PROGRAM $p$printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\006\000\001\206\241\000\001\377\377'$p$ WITH (FORMAT binary)$$,
  '22P03', NULL, 'binary input: count 100001 is refused');
SELECT lives_ok($$COPY tl_back FROM PROGRAM $p$printf 'PGCOPY\n\377\r\n\000\000\000\000\000\000\000\000\000\000\001\000\000\000\006\000\001\206\240\000\001\377\377'$p$ WITH (FORMAT binary)$$,
  'binary input: count 100000 days is accepted');

SELECT * FROM finish();
ROLLBACK;
