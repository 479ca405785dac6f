--- jdz.docno
SELECT x, x::jdz.docno FROM unnest(ARRAY['景府发[2023]11号', '景府发（２０２３）１１', ' 景府办发 〔2022〕 7 号 ']) x;
--- jdz.docno_issuer
SELECT jdz.docno_issuer('景府发〔2023〕11号');
SELECT docno FROM jdz.document WHERE jdz.docno_issuer(docno) = '景民字' ORDER BY docno;
--- jdz.docno_year
SELECT jdz.docno_year('景府发〔2023〕11号');
--- jdz.docno_serial
SELECT jdz.docno_serial('景府发〔2023〕11号');
--- jdz.doc_status
SELECT jdz.doc_status('景府办发〔2022〕7号', date '2022-10-27') AS before, jdz.doc_status('景府办发(2022)7号', date '2022-10-28') AS on_the_day,
       jdz.doc_status('景民字〔2018〕163号', date '2022-08-08') AS repealed, jdz.doc_status('景府办字〔2020〕24号', date '2024-01-01') AS not_registered;
--- jdz.param
BEGIN;
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit) VALUES
  ('example.rate', '2020-01-01', '2023-12-20', 60, 'yuan per m²'), ('example.rate', '2023-12-21', NULL, 85, 'yuan per m²');
SELECT jdz.param('example.rate', date '2023-12-20') AS old_rate, jdz.param('example.rate', date '2023-12-21') AS new_rate;
ROLLBACK;
--- jdz.documents_in_force
SELECT count(*) FROM jdz.documents_in_force;
--- jdz.rule_catalog
SELECT rule_id, family, docno, article, document_status FROM jdz.rule_catalog WHERE rule_id IN ('MF-07', 'HL-12b', 'CL-07') ORDER BY rule_id;
