-- jdz.docno (core §3; 40 §(g) S003-DOC-01: docno input accepts 〔〕 [] （） etc.):
-- table-driven valid and invalid input, ordering, hashing on the parsed
-- form, binary output, operator classes, index use.
BEGIN;
SELECT plan(62);

-- valid input: text, canonical, issuer, year, serial
CREATE TEMP TABLE valid_docno (input text, canonical text, issuer text, year int, serial int);
INSERT INTO valid_docno VALUES
  ('景府发〔2023〕11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发[2023]11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发［2023］11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发(2023)11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发（2023）11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发【2023】11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发〖2023〗11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发﹝2023﹞11号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发〔２０２３〕１１号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('  景府发 〔 2023 〕 11 号  ', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发〔2023〕11', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('　景 府 发〔2023〕11号　', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景府发〔2023〕011号', '景府发〔2023〕11号', '景府发', 2023, 11),
  ('景工强市小组办字〔2020〕13号', '景工强市小组办字〔2020〕13号', '景工强市小组办字', 2020, 13),
  ('景民字〔2016〕159号', '景民字〔2016〕159号', '景民字', 2016, 159),
  ('国办发〔2019〕35号', '国办发〔2019〕35号', '国办发', 2019, 35),
  ('x〔1000〕999999999号', 'x〔1000〕999999999号', 'x', 1000, 999999999),
  ('景府发〔9999〕1号', '景府发〔9999〕1号', '景府发', 9999, 1);
SELECT is(input::jdz.docno::text, canonical, format('docno %s → %s', input, canonical)) FROM valid_docno;
SELECT is_empty($$SELECT input FROM valid_docno
                  WHERE jdz.docno_issuer(input::jdz.docno) IS DISTINCT FROM issuer
                     OR jdz.docno_year(input::jdz.docno) IS DISTINCT FROM year
                     OR jdz.docno_serial(input::jdz.docno) IS DISTINCT FROM serial$$,
  'docno_issuer, docno_year, docno_serial give the parsed parts');
SELECT is_empty($$SELECT input FROM valid_docno WHERE canonical::jdz.docno::text <> canonical$$,
  'the canonical text parses to itself');

-- invalid input: 22P02 each
CREATE TEMP TABLE invalid_docno (input text);
INSERT INTO invalid_docno VALUES
  (''), ('   '), ('景府发'), ('〔2023〕11号'), ('景府发〔2023]11号'), ('景府发[2023〕11号'),
  ('景府发〔23〕11号'), ('景府发〔20231〕11号'), ('景府发〔0999〕11号'), ('景府发〔2023〕0号'),
  ('景府发〔2023〕号'), ('景府发〔2023〕'), ('景府发〔2023'), ('景府发2023〕11号'),
  ('景府发〔2023〕1234567890号'), ('景府发〔2023〕11号号'), ('景府发〔2023〕11号x'),
  ('景府发〔2O23〕11号'), ('景府发〔2023〕1l号'), ('景府发〔2023〕〔2023〕11号'),
  ('景2府发〔2023〕11号'), ('景府发〔-2023〕11号'), ('景府发〔2023〕-11号'),
  ('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三〔2023〕1号');
SELECT throws_ok(format('SELECT %L::jdz.docno', input), '22P02', NULL, format('invalid docno %L: 22P02', input))
  FROM invalid_docno;
SELECT throws_ok(format('SELECT %L::jdz.docno', repeat('长', 10000)), '22P02', NULL, 'a 10000-character string: 22P02');
SELECT throws_like($$SELECT '景府发〔2023]11号'::jdz.docno$$, 'invalid document number', 'the message says what is wrong');

-- ordering (issuer, year, serial) and hashing on the parsed form
SELECT is(ARRAY(SELECT d::text AS t FROM unnest(ARRAY['景府发〔2023〕11号', '景府发〔2023〕9号', '景府发〔2022〕100号',
                                               '景府办发〔2023〕1号', '景府发〔2023〕10号']::jdz.docno[]) d ORDER BY d),
          ARRAY['景府办发〔2023〕1号', '景府发〔2022〕100号', '景府发〔2023〕9号', '景府发〔2023〕10号', '景府发〔2023〕11号'],
          'ordering: issuer, then year, then serial as numbers');
SELECT ok(jdz.docno_cmp('景府发〔2023〕11号', '景府发(２０２３)011') = 0 AND jdz.docno_cmp('景府发〔2023〕11号', '景府发〔2023〕12号') = -1
          AND jdz.docno_cmp('景府发〔2024〕1号', '景府发〔2023〕12号') = 1, 'docno_cmp');
SELECT is_empty($$SELECT input FROM valid_docno
                  WHERE jdz.docno_hash(input::jdz.docno) <> jdz.docno_hash(canonical::jdz.docno)
                     OR jdz.docno_hash_extended(input::jdz.docno, 0) <> jdz.docno_hash_extended(canonical::jdz.docno, 0)
                     OR jdz.docno_hash_extended(input::jdz.docno, 42) <> jdz.docno_hash_extended(canonical::jdz.docno, 42)$$,
  'differently written equal numbers hash equally (hash and extended hash)');
SELECT isnt(jdz.docno_hash('景府发〔2023〕11号'), jdz.docno_hash('景府发〔2023〕12号'), 'different numbers hash differently here');
SELECT is((SELECT count(DISTINCT d) FROM (SELECT input::jdz.docno d FROM valid_docno WHERE canonical = '景府发〔2023〕11号') s),
          1::bigint, 'DISTINCT (hash or sort) folds the 13 writings of 景府发〔2023〕11号');
SET LOCAL enable_sort = off;
SELECT is((SELECT count(*) FROM (SELECT input::jdz.docno d FROM valid_docno GROUP BY 1) s), 6::bigint, 'hash aggregation groups parsed forms');
RESET enable_sort;

-- binary output: int4 year, int4 serial, the issuer as text
SELECT is(jdz.docno_send('景府发〔2023〕11号'), '\x000007e70000000be699afe5ba9ce58f91'::bytea, 'binary form of 景府发〔2023〕11号');

-- operator classes
SELECT ok(bool_and(amvalidate(c.oid)), 'amvalidate() on the btree and hash operator classes')
  FROM pg_opclass c WHERE c.opcintype = 'jdz.docno'::regtype;
SELECT is((SELECT count(*) FROM pg_opclass c WHERE c.opcintype = 'jdz.docno'::regtype AND c.opcdefault)::int, 2, 'default btree and hash classes');

-- index use
CREATE TEMP TABLE many_docno AS
SELECT format('景府%s发〔%s〕%s号', chr(19968 + i % 50), 2000 + i % 24, i)::jdz.docno AS d FROM generate_series(1, 5000) i;
CREATE INDEX many_docno_btree ON many_docno (d);
CREATE INDEX many_docno_hash ON many_docno USING hash (d);
ANALYZE many_docno;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text; s text := ''; BEGIN
  FOR r IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP s := s || r || E'\n'; END LOOP; RETURN s; END $$;
SELECT matches(pg_temp.plan_of($$SELECT * FROM many_docno WHERE d OPERATOR(jdz.<) '景府丁发(2005)2000'$$), 'many_docno_btree',
               'a range condition uses the btree index');
DROP INDEX many_docno_btree;
SELECT matches(pg_temp.plan_of($$SELECT * FROM many_docno WHERE d OPERATOR(jdz.=) '景府丁发(2005)2000'$$), 'many_docno_hash',
               'equality uses the hash index');
SELECT is((SELECT count(*) FROM many_docno WHERE d OPERATOR(jdz.=) '景府丁发 [２００１] 0001')::int, 1, 'hash index lookup of a differently written number');
SELECT matches(pg_temp.plan_of($$SELECT * FROM jdz.document WHERE jdz.docno_issuer(docno) = '景民字'$$), 'document_issuer_idx',
               'issuer search: the expression index on jdz.docno_issuer(docno), no LIKE');
SELECT is((SELECT count(*) FROM jdz.document WHERE jdz.docno_issuer(docno) = '景民字')::int, 3, 'three 景民字 documents');
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT is(jdz.docno_issuer('景府发〔2023〕11号'), '景府发', 'issuer');
SELECT is((SELECT provolatile FROM pg_proc WHERE oid = 'jdz.docno_issuer(jdz.docno)'::regprocedure), 'i'::"char", 'docno_issuer is IMMUTABLE (indexable)');

SELECT * FROM finish();
ROLLBACK;
