-- pgTAP: maintenance fund decisions without money (spec 10 §3.2):
-- MF-02 scope, MF-06 payers, MF-07 class, MF-24/MF-25 vote, MF-24p panel,
-- MF-27 / MFI-03 emergency repair.  Money and parameters: test/10-mf-money.sql.
BEGIN;
SELECT plan(46);

-- MF-02: every district × housing × contract (第二条, 第五条第三款, 第四十二条)
SELECT is(
  (SELECT count(*)::int FROM (
     SELECT d, h, c,
            CASE WHEN d = 'elsewhere' THEN 'not_covered'
                 WHEN h IN ('pure_commercial', 'industrial_plant') AND NOT c THEN 'not_covered'
                 WHEN d IN ('fuliang', 'leping') THEN 'by_reference'
                 WHEN h IN ('commodity', 'sold_public') THEN 'applies'
                 ELSE 'by_reference' END::jdz.applicability AS want
       FROM unnest(enum_range(NULL::jdz.district)) d, unnest(enum_range(NULL::jdz.mf_housing)) h,
            unnest(ARRAY[false, true]) c) t
    WHERE jdz.mf_scope(d, h, c) IS DISTINCT FROM want), 0,
  'MF-02: mf_scope over all 70 combinations');
SELECT is(jdz.mf_scope('zhushan', 'commodity'), 'applies', 'MF-02 TV-MF02-01: central-city commodity housing applies');
SELECT is(jdz.mf_scope('zhushan', 'pure_commercial', false), 'not_covered', 'MF-02 TV-MF02-04: commercial project without a contract clause');
SELECT is(jdz.mf_scope('gaoxin', 'industrial_plant', true), 'by_reference', 'MF-02: industrial plant whose contract provides a deposit');
SELECT is(jdz.mf_scope('changnan', 'resettlement'), 'by_reference', 'MF-02: resettlement housing by reference (第四十二条第二款)');
SELECT is(jdz.mf_scope('leping', 'commodity'), 'by_reference', 'MF-02: 乐平市 by reference (第五条第三款)');
SELECT is(jdz.mf_scope('fuliang', 'pure_commercial'), 'not_covered', 'MF-02: county commercial project without contract stays not_covered');
SELECT is(jdz.mf_scope(jdz.district_of('景德镇市昌江区'), 'sold_public'), 'applies', 'MF-02: with jdz.district_of');
SELECT is(jdz.mf_scope(NULL, 'commodity'), NULL, 'MF-02: STRICT');

-- MF-06 (第六条)
SELECT is(jdz.mf_deposit_payers('residential', false, true, NULL, false), '{owner}', 'MF-06 TV-MF06-01: residential with shared parts');
SELECT is(jdz.mf_deposit_payers('residential', true, NULL, NULL, false), '{}', 'MF-06 TV-MF06-02: sole owner, nothing shared');
SELECT is(jdz.mf_deposit_payers('residential', false, NULL, NULL, true), '{owner,selling_unit}', 'MF-06: sold public housing, the selling unit too');
SELECT is(jdz.mf_deposit_payers('residential', true, NULL, NULL, true), '{}', 'MF-06: exempt sold public unit has no payer');
SELECT is(jdz.mf_deposit_payers('non_residential', NULL, true, NULL), '{owner}', 'MF-06: non-residential in an estate');
SELECT is(jdz.mf_deposit_payers('non_residential', NULL, NULL, true), '{owner}', 'MF-06: attached non-residential, in_estate unknown');
SELECT is(jdz.mf_deposit_payers('non_residential', NULL, false, false), '{}', 'MF-06: detached non-residential outside an estate');
SELECT throws_ok($$SELECT jdz.mf_deposit_payers(NULL, false, false, false)$$, '22004', NULL, 'MF-06: use NULL');
SELECT throws_ok($$SELECT jdz.mf_deposit_payers('residential', false, true, true, NULL)$$, '22004', NULL, 'MF-06: sold_public NULL');
SELECT throws_ok($$SELECT jdz.mf_deposit_payers('residential', NULL, true, true)$$, '22004', NULL, 'MF-06: residential, sole owner unknown');
SELECT throws_ok($$SELECT jdz.mf_deposit_payers('non_residential', NULL, false, NULL)$$, '22004', NULL, 'MF-06: outside an estate, attachment unknown');
SELECT throws_ok($$SELECT jdz.mf_deposit_payers('non_residential', NULL, NULL, false)$$, '22004', NULL, 'MF-06: in_estate unknown, not attached');

-- MF-07 building class (第七条第二款): 7 and 8 storeys
SELECT is(jdz.mf_classify_building(7), 'multi', 'MF-07 TV-MF07-X3: exactly 7 storeys is multi (含七层)');
SELECT is(jdz.mf_classify_building(8), 'high', 'MF-07: exactly 8 storeys is high (含八层)');
SELECT is(jdz.mf_classify_building(1), 'multi', 'MF-07: one storey');
SELECT throws_ok($$SELECT jdz.mf_classify_building(0)$$, '22023', NULL, 'MF-07: 0 storeys');
SELECT throws_ok($$SELECT jdz.mf_classify_building(-1)$$, '22023', NULL, 'MF-07: negative storeys');

-- MF-24 / MF-25 vote (第二十四、二十五条(二)): table of boundaries
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     -- matter, total_area, total_owners, voted_area, voted_owners, yes_area, yes_owners, want
     ('repair', 10000, 120, 6667, 80, 3334, 41, 'approved'),        -- TV-MF24-01
     ('repair', 10000, 120, 6666, 80, 3334, 41, 'quorum_not_met'),  -- TV-MF24-02: 3·6666 < 2·10000
     ('repair', 10000, 120, 6667, 79, 3334, 41, 'quorum_not_met'),  -- owners one below ⅔
     ('repair', 9000, 120, 6000, 80, 3001, 41, 'approved'),         -- exactly ⅔ of area and owners
     ('repair', 9000, 120, 5999, 80, 3001, 41, 'quorum_not_met'),   -- one m² below ⅔
     ('repair', 10000, 120, 8000, 100, 4000, 60, 'rejected'),       -- TV-MF24-04: exactly half the area
     ('repair', 10000, 120, 8000, 100, 4001, 50, 'rejected'),       -- exactly half the owners
     ('repair', 10000, 120, 8000, 100, 4001, 51, 'approved'),       -- one above half both ways
     ('rebuild', 10000, 120, 8000, 100, 6000, 75, 'approved'),      -- TV-MF24-07: exactly ¾
     ('rebuild', 10000, 120, 8000, 100, 5999, 75, 'rejected'),      -- one m² below ¾
     ('rebuild', 10000, 120, 8000, 100, 6000, 74, 'rejected'),      -- one owner below ¾
     ('rebuild', 10000, 120, 8000, 100, 6001, 76, 'approved'),
     ('raise_fund', 10000, 120, 8000, 100, 6000, 75, 'approved'),   -- MF-18 scheme, ¾
     ('raise_fund', 10000, 120, 8000, 100, 5999, 100, 'rejected'),
     ('raise_fund', 10000, 120, 6666, 80, 6666, 80, 'quorum_not_met'),
     ('repair', 10000, 120, 10000, 120, 10000, 120, 'approved'),
     ('repair', 10000, 120, 10000, 120, 0, 0, 'rejected'),
     ('repair', 100.00, 3, 66.66, 2, 66.66, 2, 'quorum_not_met'),   -- ⅔ of 100.00 is 66.666…
     ('repair', 100.00, 3, 66.67, 2, 66.67, 2, 'approved'))
     AS v(m, ta, tn, va, vn, ya, yn, want)
   WHERE jdz.mf_vote_outcome(m::jdz.mf_vote_matter, ta, tn, va, vn, ya, yn) IS DISTINCT FROM want::jdz.mf_vote_result),
  0, 'MF-24 / MF-25: ⅔ quorum, 过半数 and ¾ thresholds exactly and one m² / one owner either side');
-- MF-24: the integer fast path and the numeric path agree with plain numeric arithmetic,
-- over scales 0…20 and magnitudes up to 1e24 (both sides of the fast path's limits)
SELECT setseed(0.24);
CREATE TEMP TABLE mf_votes AS
SELECT m, ta, tn, va, vn, ya, yn FROM (
  SELECT (ARRAY['repair', 'rebuild', 'raise_fund'])[1 + (random() * 2.99)::int]::jdz.mf_vote_matter AS m,
         ta, tn, round(ta * r1, sc) AS va, vn, round(round(ta * r1, sc) * r2, sc) AS ya,
         (vn * r2)::int AS yn
    FROM (SELECT round((random() * 10 ^ (1 + (random() * 23)::int))::numeric, sc) + 1 AS ta,
                 1 + (random() * 500)::int AS tn, sc,
                 (0.6 + random() * 0.4)::numeric AS r1, (0.4 + random() * 0.6)::numeric AS r2
            FROM (SELECT (random() * 20)::int AS sc FROM generate_series(1, 20000)) g) a,
         LATERAL (SELECT (tn * (0.6 + random() * 0.4))::int AS vn) b) c
 WHERE va <= ta AND ya <= va AND yn <= vn;
SELECT is((SELECT count(*)::int FROM mf_votes
            WHERE jdz.mf_vote_outcome(m, ta, tn, va, vn, ya, yn)::text <>
                  CASE WHEN 3 * va < 2 * ta OR 3 * vn < 2 * tn THEN 'quorum_not_met'
                       WHEN m = 'repair' AND 2 * ya > va AND 2 * yn > vn THEN 'approved'
                       WHEN m <> 'repair' AND 4 * ya >= 3 * va AND 4 * yn >= 3 * vn THEN 'approved'
                       ELSE 'rejected' END), 0,
  'MF-24 / MF-25: 20000 random votes agree with exact numeric arithmetic');
SELECT cmp_ok((SELECT count(DISTINCT jdz.mf_vote_outcome(m, ta, tn, va, vn, ya, yn))::int FROM mf_votes), '=', 3,
  'MF-24: the random votes reach all three outcomes');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 0, 120, 0, 0, 0, 0)$$, '22023', NULL, 'MF-24: total_area 0');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 10000, 0, 0, 0, 0, 0)$$, '22023', NULL, 'MF-24: total_owners 0');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 10000, 120, -1, 0, 0, 0)$$, '22023', NULL, 'MF-24: negative voted_area');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 10000, 120, 10000.01, 80, 0, 0)$$, '22023', NULL, 'MF-24: voted_area > total_area');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 10000, 120, 8000, 121, 0, 0)$$, '22023', NULL, 'MF-25: voted_owners > total_owners');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 10000, 120, 8000, 100, 8000.01, 0)$$, '22023', NULL, 'MF-25: yes_area > voted_area');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 10000, 120, 8000, 100, 0, -1)$$, '22023', NULL, 'MF-25: negative yes_owners');
SELECT throws_ok($$SELECT jdz.mf_vote_outcome('repair', 'Infinity', 120, 8000, 100, 0, 0)$$, '22023', NULL, 'MF-24: infinite total_area');
SELECT is(jdz.mf_vote_outcome('repair', NULL, 120, 8000, 100, 0, 0), NULL, 'MF-24: STRICT');

-- MF-24p acceptance panel (第二十四、二十五条(四)): 7 members, 50 % owners
SELECT is(
  (SELECT count(*)::int FROM (VALUES (7, 4, true), (8, 4, true), (7, 3, false), (6, 6, false),
                                     (7, 7, true), (9, 4, false), (9, 5, true), (0, 0, false))
       AS v(m, o, want)
    WHERE jdz.mf_acceptance_panel_ok(m, o) IS DISTINCT FROM want), 0,
  'MF-24p TV-MF24p-01/03: at least 7 members and owners at least half, at and either side');
SELECT throws_ok($$SELECT jdz.mf_acceptance_panel_ok(7, 8)$$, '22023', NULL, 'MF-24p: owner_members > members');
SELECT throws_ok($$SELECT jdz.mf_acceptance_panel_ok(-1, 0)$$, '22023', NULL, 'MF-24p: negative count');

-- MF-27 / MFI-03 emergency (第二十七条)
SELECT is(
  (SELECT count(*)::int FROM unnest(enum_range(NULL::jdz.mf_emergency)) s, unnest(enum_range(NULL::jdz.mf_evidence)) e
    WHERE jdz.mf_emergency_repair(s, ARRAY[e], true) IS DISTINCT FROM
          ((s, e) IN (('lift_danger', 'lift_rectification_notice'), ('water_failure', 'professional_opinion'),
                      ('fire_hazard', 'fire_rectification_notice'), ('fire_hazard', 'government_directive'),
                      ('leak_or_flooding', 'qualified_inspection_report'), ('facade_falling', 'qualified_inspection_report'),
                      ('structural_danger', 'qualified_inspection_report')))), 0,
  'MF-27 TV-MF27-01/04: the accepted evidence of each situation');
SELECT is(jdz.mf_emergency_repair('lift_danger', '{lift_rectification_notice}', false), false,
  'MFI-03 TV-MFI03-02: not verified by the district');
SELECT is(jdz.mf_emergency_repair('structural_danger', '{professional_opinion,qualified_inspection_report}', true), true,
  'MF-27: one accepted document among others suffices');
SELECT throws_ok($$SELECT jdz.mf_emergency_repair('water_failure', '{professional_opinion,NULL}', true)$$, '22004', NULL,
  'MF-27: a NULL element of evidence');
SELECT throws_ok($$SELECT jdz.mf_emergency_repair('earthquake', '{}', true)$$, '22P02', NULL,
  'MF-27 TV-MF27-03: a situation outside the six is not a label');

SELECT * FROM finish();
ROLLBACK;
