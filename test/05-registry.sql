-- The registry (core §6–§8; issue 4): documents and jdz.doc_status (DOC-01,
-- DOC-02, HL-30, CA-25, PRH-DOC, LPI-01, GEN-04, ESC-22, S003-DOC-01),
-- parameters and jdz.param, the rule rows and what implements them.
BEGIN;
SELECT plan(54);
SET LOCAL DateStyle = ISO;
SET LOCAL search_path = public, jdz;

-- documents -------------------------------------------------------------------
SELECT is((SELECT count(*) FROM jdz.document WHERE builtin)::int, 48, 'X-DOC-25: 48 builtin documents (40 §e)');
-- 40 §(i) document-status examples
CREATE TEMP TABLE status_example (docno text, on_date date, expected text, id text);
INSERT INTO status_example VALUES
  ('景府办发〔2022〕7号', '2022-10-27', 'not_yet_effective', 'TV-HL30-01 (HL-30)'),
  ('景府办发〔2022〕7号', '2022-10-28', 'in_force', 'TV-HL30-02 (HL-30)'),
  ('景民字〔2022〕95号', '2022-08-08', 'in_force', 'TV-CA25-02 (CA-25)'),
  ('景民字〔2018〕163号', '2022-08-08', 'repealed', 'TV-CA25-03 (CA-25)'),
  ('景民字〔2016〕159号', '2022-08-07', 'unknown', 'CA-25: no effective date before the repeal'),
  ('景府办发(2022)7号', '2022-10-28', 'in_force', 'X-DOC-05 (S003-DOC-01)'),
  ('景府发〔2014〕7号', '2023-12-20', 'in_force', 'DOC-01: the day before the repeal'),
  ('景府发〔2014〕7号', '2023-12-21', 'repealed', 'TV-DOC-02 (DOC-01)'),
  ('景府发〔2023〕11号', '2023-12-21', 'in_force', 'TV-DOC-04 (DOC-01)'),
  ('景府发〔2023〕14号', '2023-12-26', 'not_yet_effective', 'TV-DOC-06 (LPI-01)'),
  ('景府发〔2023〕15号', '2023-12-28', 'in_force', 'TV-DOC-11'),
  ('景府办字〔2014〕32号', '2023-11-26', 'in_force', 'DOC-02 / PRH-DOC: the day before the repeal'),
  ('景府办字〔2014〕32号', '2023-11-27', 'repealed', 'DOC02-01b (DOC-02, PRH-DOC)'),
  ('景府办发〔2023〕9号', '2024-01-01', 'in_force', 'DOC02-03b (DOC-02)'),
  ('景府办发〔2023〕9号', '2023-12-31', 'not_yet_effective', 'DOC-02: aviation rules start 2024-01-01'),
  ('景府发〔2023〕14号', '2024-01-02', 'in_force', 'LPI01-02 (LPI-01)'),
  ('景府发〔2014〕17号', '2024-01-01', 'repealed', 'LPI-01: the old pension rules repealed'),
  ('景府发〔2023〕12号', '2023-12-21', 'in_force', 'UAI01-03'),
  ('景建发〔2020〕122号', '2020-06-01', 'in_force', 'GEN-04-T2 (GEN-04, ESC-22)'),
  ('景工强市小组办字〔2020〕13号', '2020-08-06', 'in_force', 'X-DOC-13'),
  ('景府办字〔2020〕24号', '2024-01-01', 'unknown', 'cited, not registered'),
  ('赣府发〔2020〕19号', '2024-01-01', 'unknown', 'cited, not registered');
SELECT is(jdz.doc_status(docno::jdz.docno, on_date), expected, format('%s: doc_status(%s, %s) = %s', id, docno, on_date, expected))
  FROM status_example;
-- the day before, of and after every effective and repeal date
SELECT is_empty($$
  SELECT docno, d, s, want FROM (
    SELECT docno, effective_from - 1 AS d, jdz.doc_status(docno, effective_from - 1) AS s, 'not_yet_effective' AS want FROM jdz.document WHERE effective_from IS NOT NULL
    UNION ALL SELECT docno, effective_from, jdz.doc_status(docno, effective_from), 'in_force' FROM jdz.document WHERE effective_from IS NOT NULL
    UNION ALL SELECT docno, effective_from + 1, jdz.doc_status(docno, effective_from + 1), 'in_force' FROM jdz.document WHERE effective_from IS NOT NULL
    UNION ALL SELECT docno, repealed_on - 1, jdz.doc_status(docno, repealed_on - 1), CASE WHEN effective_from IS NULL THEN 'unknown' ELSE 'in_force' END FROM jdz.document WHERE repealed_on IS NOT NULL
    UNION ALL SELECT docno, repealed_on, jdz.doc_status(docno, repealed_on), 'repealed' FROM jdz.document WHERE repealed_on IS NOT NULL
    UNION ALL SELECT docno, repealed_on + 1, jdz.doc_status(docno, repealed_on + 1), 'repealed' FROM jdz.document WHERE repealed_on IS NOT NULL
  ) t WHERE s IS DISTINCT FROM want$$,
  'every document on the day before, of and after its effective and repeal dates');
SELECT is_empty($$SELECT docno FROM jdz.document WHERE repealed_by IS NOT NULL
                  AND repealed_by NOT IN (SELECT docno FROM jdz.document)$$, 'every repealing document is registered');
SELECT is((SELECT count(*) FROM jdz.document WHERE repealed_by IS NOT NULL)::int, 6, '6 repealed documents (3 of 000a/000b, 1 of 000b, 2 of 004)');
SELECT is((SELECT count(*) FROM jdz.documents_in_force)::int,
          (SELECT count(*) FROM jdz.document WHERE jdz.doc_status(docno) = 'in_force')::int, 'documents_in_force = in force today');
-- repealed wins over expired
INSERT INTO jdz.document (docno, title, effective_from, expires_on, repealed_by, repealed_on)
VALUES ('测试〔2020〕1号', 'test', '2020-01-01', '2020-12-31', '景府发〔2023〕11号', '2021-06-01');
SELECT is(ARRAY[jdz.doc_status('测试〔2020〕1号', '2020-12-31'), jdz.doc_status('测试〔2020〕1号', '2021-01-01'),
                jdz.doc_status('测试〔2020〕1号', '2021-06-01')], ARRAY['in_force', 'expired', 'repealed'],
          'expired from the day after expires_on; repealed wins from repealed_on');
SELECT is(jdz.doc_status('景府发〔2023〕11号', 'infinity'), 'in_force', 'infinity: still in force (no repeal)');

-- parameters --------------------------------------------------------------------
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit) VALUES
  ('test.rate', '2020-01-01', '2020-12-31', 1.50, 'yuan'), ('test.rate', '2021-01-01', NULL, 2.25, 'yuan');
SELECT is(ARRAY[jdz.param('test.rate', '2020-01-01'), jdz.param('test.rate', '2020-12-31'), jdz.param('test.rate', '2021-01-01'),
                jdz.param('test.rate', '5874897-12-31')], ARRAY[1.50, 1.50, 2.25, 2.25], 'param across validity boundaries');
SELECT throws_ok($$SELECT jdz.param('test.rate', '2019-12-31')$$, '22023', 'no value of parameter "test.rate" on 2019-12-31',
                 'no value before the first validity: 22023 naming key and date');
SELECT throws_ok($$SELECT jdz.param('no.such', '2024-06-03')$$, '22023', 'no value of parameter "no.such" on 2024-06-03',
                 'unknown key: 22023 naming key and date');
SELECT throws_ok($$SELECT jdz.param(repeat('长', 10000), '2024-06-03')$$, '22023', NULL, 'a 10000-character key: 22023');
SELECT throws_ok($$INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.rate', '2022-01-01', 3)$$, '23P01', NULL,
                 'an overlapping validity: exclusion violation 23P01');
SELECT throws_ok($$INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2019-01-01', '2020-01-01', 3)$$, '23P01', NULL,
                 'an overlap of one day: 23P01');
SELECT lives_ok($$INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2019-01-01', '2019-12-31', 0.5)$$,
                'an adjacent period is allowed');
SELECT is(jdz.param('test.rate', '2019-12-31'), 0.5, 'and seen at once in the same transaction');
SELECT lives_ok($$UPDATE jdz.parameter SET valid_to = '2022-12-31' WHERE key = 'test.rate' AND valid_from = '2021-01-01';
                  INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.rate', '2023-01-01', 3)$$,
                'closing the open row, then adding the next one (the hint)');
SELECT is(ARRAY[jdz.param('test.rate', '2022-12-31'), jdz.param('test.rate', '2023-01-01')], ARRAY[2.25, 3], 'the new period is used');
SELECT is(ARRAY(SELECT seq::int FROM jdz.parameter_timeline WHERE key = 'test.rate' ORDER BY valid_from), ARRAY[1, 2, 3, 4], 'parameter_timeline orders the history');
SELECT throws_ok($$INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('NoDots', '2020-01-01', 1)$$, '23514', NULL, 'a key without dots: check violation');
SELECT throws_ok($$INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.nan', '2020-01-01', 'NaN')$$, '23514', NULL, 'NaN: check violation');
SELECT throws_ok($$INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.inf', '-infinity', 1)$$, '23514', NULL, 'infinite valid_from: check violation');
DELETE FROM jdz.parameter WHERE key = 'test.rate' AND valid_from = '2023-01-01';
SELECT throws_ok($$SELECT jdz.param('test.rate', '2023-01-01')$$, '22023', NULL, 'a deleted row is gone from the cache');
SELECT is((SELECT provolatile FROM pg_proc WHERE oid = 'jdz.param(text, date)'::regprocedure), 's'::"char", 'jdz.param is STABLE');

-- rules -------------------------------------------------------------------------
\set rule_ids `tr '\n' ' ' < test/data/rule-ids.txt`
CREATE TEMP TABLE spec_rule_id AS SELECT unnest(string_to_array(trim(:'rule_ids'), ' ')) AS rule_id;
SELECT cmp_ok((SELECT count(*) FROM spec_rule_id)::int, '>=', 372, 'the committed list of rule IDs (10 §7, 30 §6, 40 §g)');
SELECT is_empty($$SELECT rule_id FROM spec_rule_id EXCEPT SELECT rule_id FROM jdz.rule$$, 'every rule ID of the family files has a jdz.rule row');
SELECT is_empty($$SELECT rule_id FROM jdz.rule WHERE builtin EXCEPT SELECT rule_id FROM spec_rule_id$$, 'no builtin rule row outside the spec');
SELECT is_empty($$SELECT rule_id, docno FROM jdz.rule WHERE docno IS NOT NULL AND docno NOT IN (SELECT docno FROM jdz.document)$$,
  'every rule''s document is registered');
SELECT is_empty($$SELECT key, valid_from, docno FROM jdz.parameter WHERE docno IS NOT NULL AND docno NOT IN (SELECT docno FROM jdz.document)$$,
  'every parameter''s document is registered');
-- implemented_by names things that exist: a function or relation jdz.name,
-- a jdz.time_limit_rule row rule_id/variant (when that table exists), a parameter key
CREATE FUNCTION pg_temp.impl_exists(e text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE found boolean := false;
BEGIN
	IF e ~ '^jdz\.[a-z_][a-z0-9_]*$' THEN
		found := EXISTS (SELECT 1 FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
						 WHERE n.nspname = 'jdz' AND p.proname = substr(e, 5))
			  OR to_regclass(e) IS NOT NULL;
	END IF;
	IF NOT found AND position('/' IN e) > 0 AND to_regclass('jdz.time_limit_rule') IS NOT NULL THEN
		EXECUTE 'SELECT EXISTS (SELECT 1 FROM jdz.time_limit_rule WHERE rule_id = $1 AND variant = $2)'
		   INTO found USING split_part(e, '/', 1), substr(e, position('/' IN e) + 1);
	END IF;
	IF NOT found THEN
		found := EXISTS (SELECT 1 FROM jdz.parameter WHERE key = e);
	END IF;
	RETURN found;
END $$;
SELECT is_empty($$SELECT rule_id, e FROM jdz.rule, unnest(implemented_by) e WHERE NOT pg_temp.impl_exists(e)$$,
  'every implemented_by entry names an existing function, relation, time_limit_rule row or parameter key');
SELECT ok(NOT pg_temp.impl_exists('jdz.no_such_function') AND NOT pg_temp.impl_exists('no.such.key')
          AND pg_temp.impl_exists('jdz.param') AND pg_temp.impl_exists('jdz.document'), 'the implemented_by check can fail');
SELECT is((SELECT count(*) FROM jdz.rule_catalog)::int, (SELECT count(*) FROM jdz.rule)::int, 'rule_catalog: one row per rule');

-- tables: dump-marked, readable ------------------------------------------------
SELECT is(ARRAY(SELECT 'jdz.' || cl.relname || ' ' || w FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(c, w), pg_class cl
                 WHERE e.extname = 'jdzpolicy' AND cl.oid = c AND c IN ('jdz.document'::regclass, 'jdz.parameter'::regclass, 'jdz.rule'::regclass) ORDER BY 1),
          ARRAY['jdz.document WHERE NOT builtin', 'jdz.parameter WHERE NOT builtin', 'jdz.rule WHERE NOT builtin'],
          'the registry tables are dump-marked WHERE NOT builtin');

SELECT * FROM finish();
ROLLBACK;
