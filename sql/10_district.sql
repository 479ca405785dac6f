-- Spec 10 §2 shared types and §3.1 jdz.district_of (MF-02, PRH-07).
SET client_min_messages = warning;
\set VERBOSITY default
SELECT enum_range(NULL::jdz.district);
SELECT enum_range(NULL::jdz.applicability);
SELECT enum_range(NULL::jdz.sex);
-- MF-02 / PRH-07: every accepted name, with prefixes, white space and case
SELECT n, jdz.district_of(n) FROM unnest(ARRAY[
  '珠山区', '珠山', 'zhushan', 'ZhuShan', '昌江区', '昌江', 'changjiang',
  '高新技术开发区', '高新区', '高新技术产业开发区', '景德镇高新技术产业开发区', 'gaoxin',
  '昌南新区', '昌南', 'changnan', '浮梁县', '浮梁', 'fuliang', '乐平市', '乐平', 'LEPING',
  'elsewhere', '江西省景德镇市珠山区', '景德镇市昌江区', '景德镇 浮梁县', E' 昌南\u3000新区\t',
  E'江西省\n景德镇乐平市']) AS n;
SELECT jdz.district_of(NULL) IS NULL AS strict_null;
-- never guessed: 22023
SELECT jdz.district_of('');
SELECT jdz.district_of('   ');
SELECT jdz.district_of('南昌市');
SELECT jdz.district_of('景德镇市');
SELECT jdz.district_of('江西省');
SELECT jdz.district_of('珠山区珠山区');
SELECT jdz.district_of('珠山县');
SELECT jdz.district_of('景德镇江西省珠山区');
SELECT length(jdz.district_of(repeat('长', 10000))::text);
