-- Tour 03: document numbers, the document registry, dated parameters, the rule catalog.
\echo '--- any way of writing a 文号 is the same document number'
SELECT x AS written, x::jdz.docno AS canonical FROM unnest(ARRAY['景府发[2023]11号', '景府发（２０２３）１１', ' 景府办发 〔2022〕 7 号 ']) x;
\echo '--- a document''s status on a date (repealed, not yet effective, in force, unknown)'
SELECT jdz.doc_status('景府发〔2014〕7号', date '2023-12-21') AS old_fund_rules,
       jdz.doc_status('景府发〔2023〕14号', date '2023-12-26') AS pension_rules_before_start,
       jdz.doc_status('景府办发(2022)7号', date '2022-10-28') AS hotline_rules,
       jdz.doc_status('景府办字〔2020〕24号', date '2024-01-01') AS cited_not_registered;
\echo '--- what the extension covers, per family'
SELECT family, count(*) AS rules, count(*) FILTER (WHERE implemented) AS implemented
  FROM jdz.rule_catalog GROUP BY family ORDER BY family;
