-- jdz.docno (core §3): every bracket form, full-width digits, spaces, a
-- missing 号; canonical output; accessors; ordering; hashing on the parsed form.
SET search_path = jdz, public;
SELECT x AS input, x::jdz.docno AS canonical,
       jdz.docno_issuer(x::jdz.docno) AS issuer, jdz.docno_year(x::jdz.docno) AS year,
       jdz.docno_serial(x::jdz.docno) AS serial
  FROM unnest(ARRAY['景府发〔2023〕11号', '景府发[2023]11号', '景府发［２０２３］１１号',
                    ' 景府发 ( 2023 ) 11 ', '景府发（2023）011号', '景府发【2023】11号',
                    '景府发〖2023〗11号', '景府发﹝2023﹞11号', '　景府办发 〔2022〕 7　号　',
                    '景工强市小组办字〔2020〕13号', '国办发〔2019〕35']) AS x;
-- invalid: 22P02 with the text in the detail
SELECT '景府发〔2023]11号'::jdz.docno;
SELECT '景府发〔23〕11号'::jdz.docno;
SELECT '景府发〔20231〕11号'::jdz.docno;
SELECT '景府发〔0999〕11号'::jdz.docno;
SELECT '景府发〔2023〕0号'::jdz.docno;
SELECT '景府发〔2023〕号'::jdz.docno;
SELECT '景府发〔2023〕'::jdz.docno;
SELECT '景府发〔2023〕1234567890号'::jdz.docno;
SELECT '景府发〔2023〕11号号'::jdz.docno;
SELECT '景府发〔2023〕11号 x'::jdz.docno;
SELECT '〔2023〕11号'::jdz.docno;
SELECT '景府发2023〕11号'::jdz.docno;
SELECT '景府发〔2023'::jdz.docno;
SELECT '景府发'::jdz.docno;
SELECT ''::jdz.docno;
SELECT '   '::jdz.docno;
SELECT '景府发〔2O23〕11号'::jdz.docno;
-- ordering: issuer (code points), year, serial; serial 9 before 10
SELECT d FROM unnest(ARRAY['景府发〔2023〕11号', '景府发〔2023〕9号', '景府发〔2022〕100号',
                           '景府办发〔2023〕1号', '景府发〔2023〕10号']::jdz.docno[]) AS d ORDER BY d;
-- equality and hashing on the parsed form
SELECT '景府发〔2023〕11号'::jdz.docno = '景府发(２０２３)０１１'::jdz.docno AS equal,
       jdz.docno_hash('景府发〔2023〕11号') = jdz.docno_hash('景府发(２０２３)０１１') AS same_hash,
       jdz.docno_hash_extended('景府发〔2023〕11号', 7) = jdz.docno_hash_extended('景府发 [2023] 11', 7) AS same_hash64,
       '景府发〔2023〕11号'::jdz.docno <> '景府发〔2023〕12号'::jdz.docno AS different;
SELECT count(DISTINCT d) FROM unnest(ARRAY['景府发〔2023〕11号', '景府发[2023]11', '景府发（２０２３）１１号']::jdz.docno[]) AS d;
-- the cast from text
SELECT CAST('景民字(2016)159号'::text AS jdz.docno), CAST('景民字〔2016〕159号'::jdz.docno AS text);
RESET search_path;
