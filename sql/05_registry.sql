-- The registry (core §6–§8): documents and jdz.doc_status, parameters and
-- jdz.param, rules and the catalog views.
SET DateStyle = ISO;
-- Public examples of 40 §(i) "Document status on boundary days":
SELECT jdz.doc_status('景府办发〔2022〕7号', date '2022-10-27');  -- not_yet_effective (TV-HL30-01)
SELECT jdz.doc_status('景府办发〔2022〕7号', date '2022-10-28');  -- in_force (TV-HL30-02)
SELECT jdz.doc_status('景民字〔2022〕95号', date '2022-08-08');  -- in_force (TV-CA25-02)
SELECT jdz.doc_status('景民字〔2018〕163号', date '2022-08-08');  -- repealed (TV-CA25-03)
SELECT jdz.doc_status('景府办发(2022)7号', date '2022-10-28');  -- in_force (X-DOC-05)
SELECT jdz.doc_status('景府发〔2014〕7号', date '2023-12-21');  -- repealed (TV-DOC-02)
SELECT jdz.doc_status('景府发〔2023〕11号', date '2023-12-21');  -- in_force (TV-DOC-04)
SELECT jdz.doc_status('景府发〔2023〕14号', date '2023-12-26');  -- not_yet_effective (TV-DOC-06)
SELECT jdz.doc_status('景府发〔2023〕15号', date '2023-12-28');  -- in_force (TV-DOC-11)
SELECT jdz.doc_status('景府办字〔2014〕32号', date '2023-11-27');  -- repealed (DOC02-01b)
SELECT jdz.doc_status('景府办发〔2023〕9号', date '2024-01-01');  -- in_force (DOC02-03b)
SELECT jdz.doc_status('景府发〔2023〕14号', date '2024-01-02');  -- in_force (LPI01-02)
SELECT jdz.doc_status('景府发〔2023〕12号', date '2023-12-21');  -- in_force (UAI01-03)
SELECT jdz.doc_status('景建发〔2020〕122号', date '2020-06-01');  -- in_force (GEN-04-T2)
SELECT jdz.doc_status('景工强市小组办字〔2020〕13号', date '2020-08-06');  -- in_force (X-DOC-13)
SELECT (SELECT count(*) FROM jdz.document WHERE builtin);  -- 48 (X-DOC-25)
-- cited but not registered: unknown (40 §e)
SELECT jdz.doc_status('景府办字〔2020〕24号', date '2024-01-01'), jdz.doc_status('赣府发〔2020〕19号', date '2024-01-01');
-- every registered document on the day before, of and after its effective
-- and repeal dates (DOC-01, DOC-02, HL-30, CA-25, PRH-DOC, LPI-01, GEN-04, ESC-22)
SELECT d.docno,
       jdz.doc_status(d.docno, d.effective_from - 1) AS eff_before,
       jdz.doc_status(d.docno, d.effective_from) AS eff_on,
       jdz.doc_status(d.docno, d.effective_from + 1) AS eff_after,
       jdz.doc_status(d.docno, d.repealed_on - 1) AS rep_before,
       jdz.doc_status(d.docno, d.repealed_on) AS rep_on,
       jdz.doc_status(d.docno, d.repealed_on + 1) AS rep_after
  FROM jdz.document d ORDER BY d.docno;
-- repealed documents and what repealed them (both registered)
SELECT d.docno, d.repealed_by, d.repealed_on, r.effective_from = d.repealed_on AS on_successor_start
  FROM jdz.document d JOIN jdz.document r ON r.docno OPERATOR(jdz.=) d.repealed_by ORDER BY d.docno;
-- expired and repealed: repealed wins; NULL effective_from before repeal: unknown
BEGIN;
INSERT INTO jdz.document (docno, title, effective_from, expires_on, repealed_by, repealed_on)
VALUES ('测试〔2020〕1号', 'test: expires 2020-12-31, repealed 2021-06-01', '2020-01-01', '2020-12-31', '景府发〔2023〕11号', '2021-06-01'),
       ('测试〔2020〕2号', 'test: no effective date, expires 2021-12-31', NULL, '2021-12-31', NULL, NULL);
SELECT n, d, jdz.doc_status(n::jdz.docno, d)
  FROM (VALUES ('测试〔2020〕1号', date '2019-12-31'), ('测试〔2020〕1号', '2020-12-31'), ('测试〔2020〕1号', '2021-01-01'),
               ('测试〔2020〕1号', '2021-05-31'), ('测试〔2020〕1号', '2021-06-01'),
               ('测试〔2020〕2号', '2021-12-31'), ('测试〔2020〕2号', '2022-01-01')) v(n, d);
ROLLBACK;
-- the issuer search: an expression index, no LIKE
SELECT docno FROM jdz.document WHERE jdz.docno_issuer(docno) = '景民字' ORDER BY docno;
-- parameters: validity boundaries, errors
BEGIN;
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note) VALUES
  ('test.rate', '2020-01-01', '2020-12-31', 1.50, 'yuan', '景府发〔2023〕11号', '第七条', 'first'),
  ('test.rate', '2021-01-01', NULL, 2.25, 'yuan', '景府发〔2023〕11号', '第七条', 'second');
SELECT d, jdz.param('test.rate', d)
  FROM unnest(ARRAY[date '2020-01-01', '2020-12-31', '2021-01-01', '2099-12-31']) d;
SELECT jdz.param('test.rate', '2019-12-31');
ROLLBACK;
SELECT jdz.param('no.such_key', '2024-01-01');
BEGIN;
INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.gap', '2020-01-01', '2020-06-30', 1), ('test.gap', '2020-08-01', NULL, 2);
SELECT jdz.param('test.gap', '2020-07-15');
ROLLBACK;
BEGIN;
INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2020-01-01', NULL, 1);
INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2023-01-01', NULL, 2);
ROLLBACK;
BEGIN;
-- the hinted way: close the old row first, in the same transaction
INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2020-01-01', NULL, 1);
UPDATE jdz.parameter SET valid_to = '2022-12-31' WHERE key = 'test.rate' AND valid_from = '2020-01-01';
INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2023-01-01', NULL, 2);
SELECT key, seq, valid_from, valid_to, value, previous_value FROM jdz.parameter_timeline WHERE key = 'test.rate';
SELECT jdz.param('test.rate', '2022-12-31'), jdz.param('test.rate', '2023-01-01');
ROLLBACK;
INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('Bad Key', '2020-01-01', 1);
INSERT INTO jdz.parameter (key, valid_from, valid_to, value) VALUES ('test.rate', '2020-01-01', '2019-12-31', 1);
-- rules: one row per rule ID of the family files
SELECT family, count(*) FROM jdz.rule WHERE builtin GROUP BY family ORDER BY family;
SELECT rule_id, family, docno, document_title IS NOT NULL AS document_registered, article
  FROM jdz.rule_catalog WHERE rule_id IN ('MF-07', 'PRH-31a', 'CL-07', 'HL-12b', 'CRED-16', 'GA-44', 'S003-TL-08', 'UI-EXT-01')
 ORDER BY rule_id;
RESET DateStyle;
