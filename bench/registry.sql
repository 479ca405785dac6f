-- bench/registry.sql — jdz.param and jdz.doc_status over 1M rows against the
-- plain SQL a user would write over jdz.parameter and jdz.document.
CREATE TEMP TABLE reg_input AS
SELECT date '2019-01-01' + ((i::bigint * 7919) % 2500)::int AS d,
       (ARRAY['景府发〔2023〕11号', '景府发〔2014〕7号', '景府办发〔2022〕7号', '景民字〔2018〕163号',
              '景府发〔2023〕14号', '景府办字〔2020〕24号'])[1 + i % 6]::jdz.docno AS docno
  FROM generate_series(1, 1000000) i;
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, note) VALUES
  ('bench.rate', '2015-01-01', '2020-12-31', 60, 'yuan', 'bench'),
  ('bench.rate', '2021-01-01', '2023-12-20', 70, 'yuan', 'bench'),
  ('bench.rate', '2023-12-21', NULL, 85, 'yuan', 'bench');
ANALYZE reg_input;

SELECT bench.measure('registry', 'jdz.param (C cache), 1M rows',
  $$SELECT sum(jdz.param('bench.rate', d)) FROM reg_input$$, 3);
SELECT bench.measure('registry', 'SQL subquery over jdz.parameter, 1M rows',
  $$SELECT sum((SELECT p.value FROM jdz.parameter p WHERE p.key = 'bench.rate' AND p.valid_from <= r.d
                 AND (p.valid_to IS NULL OR p.valid_to >= r.d))) FROM reg_input r$$, 3);
SELECT bench.compare('registry', 'jdz.param (C cache), 1M rows', 'SQL subquery over jdz.parameter, 1M rows', 1.0,
  'jdz.param should be no slower than the subquery a user would write (with the primary-key index)');

SELECT bench.measure('registry', 'jdz.doc_status, 1M rows',
  $$SELECT count(*) FILTER (WHERE jdz.doc_status(docno, d) = 'in_force') FROM reg_input$$, 3);
SELECT bench.measure('registry', 'SQL CASE over jdz.document, 1M rows',
  $$SELECT count(*) FILTER (WHERE coalesce((SELECT CASE WHEN x.repealed_on IS NOT NULL AND r.d >= x.repealed_on THEN 'repealed'
                                                      WHEN x.expires_on IS NOT NULL AND r.d > x.expires_on THEN 'expired'
                                                      WHEN x.effective_from IS NULL THEN 'unknown'
                                                      WHEN r.d < x.effective_from THEN 'not_yet_effective'
                                                      ELSE 'in_force' END
                                             FROM jdz.document x WHERE x.docno OPERATOR(jdz.=) r.docno), 'unknown') = 'in_force')
     FROM reg_input r$$, 3);
SELECT bench.compare('registry', 'jdz.doc_status, 1M rows', 'SQL CASE over jdz.document, 1M rows', 1.0,
  'jdz.doc_status (C, cached) should be no slower than the SQL a user would write');
DELETE FROM jdz.parameter WHERE key = 'bench.rate';
