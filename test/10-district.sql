-- pgTAP: spec 10 §2 shared types and §3.1 jdz.district_of (MF-02, PRH-07).
BEGIN;
SELECT plan(12);

SELECT is(enum_range(NULL::jdz.district)::text,
  '{zhushan,changjiang,gaoxin,changnan,fuliang,leping,elsewhere}', 'jdz.district labels in spec order');
SELECT is(enum_range(NULL::jdz.applicability)::text, '{applies,by_reference,not_covered}', 'jdz.applicability labels');
SELECT is(enum_range(NULL::jdz.sex)::text, '{male,female}', 'jdz.sex labels');

SELECT is(
  (SELECT count(*)::int FROM (VALUES
     ('珠山区', 'zhushan'), ('珠山', 'zhushan'), ('zhushan', 'zhushan'), ('ZHUSHAN', 'zhushan'),
     ('昌江区', 'changjiang'), ('昌江', 'changjiang'), ('changjiang', 'changjiang'),
     ('高新技术开发区', 'gaoxin'), ('高新区', 'gaoxin'), ('高新技术产业开发区', 'gaoxin'),
     ('景德镇高新技术产业开发区', 'gaoxin'), ('Gaoxin', 'gaoxin'),
     ('昌南新区', 'changnan'), ('昌南', 'changnan'), ('changnan', 'changnan'),
     ('浮梁县', 'fuliang'), ('浮梁', 'fuliang'), ('fuliang', 'fuliang'),
     ('乐平市', 'leping'), ('乐平', 'leping'), ('leping', 'leping'),
     ('elsewhere', 'elsewhere'), ('ELSEWHERE', 'elsewhere'),
     ('江西省景德镇市珠山区', 'zhushan'), ('江西省景德镇昌江', 'changjiang'), ('景德镇市高新区', 'gaoxin'),
     (E'\u3000景德镇市\u3000昌南新区\u3000', 'changnan'), (E'浮\t梁\n县', 'fuliang'), (E'乐平\u00a0市', 'leping'))
     AS v(n, want)
   WHERE jdz.district_of(n) IS DISTINCT FROM want::jdz.district),
  0, 'MF-02 / PRH-07: every accepted name resolves (prefixes, white space incl. U+3000, case)');

SELECT is(jdz.district_of(NULL), NULL, 'MF-02: district_of is STRICT');

SELECT throws_ok($$SELECT jdz.district_of('')$$, '22023', 'unknown district name ""',
  'MF-02: the empty string is not a district');
SELECT throws_ok($$SELECT jdz.district_of('景德镇市')$$, '22023', NULL,
  'MF-02: the city alone is not a district');
SELECT throws_ok($$SELECT jdz.district_of('南昌市')$$, '22023', 'unknown district name "南昌市"',
  'MF-02: a place outside the city is never guessed');
SELECT throws_ok($$SELECT jdz.district_of('珠山县')$$, '22023', NULL,
  'PRH-07: a near miss is refused');
SELECT throws_ok($$SELECT jdz.district_of('景德镇江西省珠山区')$$, '22023', NULL,
  'PRH-07: prefixes are stripped in order only');
SELECT throws_ok($$SELECT jdz.district_of(repeat('长', 10000))$$, '22023', NULL,
  'MF-02: a 10000-character name raises 22023');

SELECT is((SELECT provolatile::text || '/' || proisstrict::text || '/' || proparallel::text FROM pg_proc
            WHERE oid = 'jdz.district_of(text)'::regprocedure), 'i/true/s'::text, 'district_of is IMMUTABLE STRICT PARALLEL SAFE');
SELECT * FROM finish();
ROLLBACK;
