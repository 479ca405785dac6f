-- Spec 10 §10 public examples of the maintenance fund (MF, MFI) and their
-- boundaries; pgTAP test/10-mf.sql holds the table-driven cases.
SET client_min_messages = warning;
SET TimeZone = 'Asia/Shanghai';
SET DateStyle = 'ISO, YMD';
SET search_path = jdz, public;
\set VERBOSITY default

-- MF-02 scope
SELECT jdz.mf_scope('zhushan', 'commodity');  -- → applies   [TV-MF02-01]
SELECT jdz.mf_scope('zhushan', 'pure_commercial', false);  -- → not_covered   [TV-MF02-04]
SELECT d, h, jdz.mf_scope(d, h) AS no_contract, jdz.mf_scope(d, h, true) AS contract
  FROM unnest(enum_range(NULL::jdz.district)) d, unnest(enum_range(NULL::jdz.mf_housing)) h
 ORDER BY d, h;

-- MF-06 who deposits
SELECT jdz.mf_deposit_payers('residential', false, true, NULL, false);  -- → {owner}   [TV-MF06-01]
SELECT jdz.mf_deposit_payers('residential', true, NULL, NULL, false);  -- → {}   [TV-MF06-02]
SELECT jdz.mf_deposit_payers('residential', false, NULL, NULL, true);  -- → {owner,selling_unit}
SELECT jdz.mf_deposit_payers('non_residential', NULL, true, NULL);  -- → {owner}
SELECT jdz.mf_deposit_payers('non_residential', NULL, false, true);  -- → {owner}
SELECT jdz.mf_deposit_payers('non_residential', NULL, false, false);  -- → {}
SELECT jdz.mf_deposit_payers('non_residential', NULL, NULL, true, true);  -- → {owner,selling_unit}
SELECT jdz.mf_deposit_payers('residential', NULL, true, true);  -- ERROR 22004
SELECT jdz.mf_deposit_payers('non_residential', false, false, NULL);  -- ERROR 22004
SELECT jdz.mf_deposit_payers('non_residential', false, NULL, false);  -- ERROR 22004
SELECT jdz.mf_deposit_payers(NULL, false, false, false);  -- ERROR 22004
SELECT jdz.mf_deposit_payers('residential', false, NULL, NULL, NULL);  -- ERROR 22004

-- MF-07 building class
SELECT jdz.mf_classify_building(7);  -- → multi   [TV-MF07-X3]
SELECT f, jdz.mf_classify_building(f) FROM unnest(ARRAY[1, 6, 7, 8, 9, 33, 2147483647]) f;
SELECT jdz.mf_classify_building(0);  -- ERROR 22023
SELECT jdz.mf_classify_building(NULL) IS NULL AS strict_null;

-- MF-24/25 owners' vote
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 6667, 80, 3334, 41);  -- → approved   [TV-MF24-01]
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 6666, 80, 3334, 41);  -- → quorum_not_met   [TV-MF24-02]
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 8000, 100, 4000, 60);  -- → rejected   [TV-MF24-04]
SELECT jdz.mf_vote_outcome('rebuild', 10000, 120, 8000, 100, 6000, 75);  -- → approved   [TV-MF24-07]
-- quorum by owners exactly at two thirds (80 of 120) and one below
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 6667, 79, 3334, 41);  -- → quorum_not_met
-- area shown to one hundredth of a m²: 2/3 of 100.00 lies between 66.66 and 66.67
SELECT jdz.mf_vote_outcome('repair', 100.00, 3, 66.66, 2, 66.66, 2), jdz.mf_vote_outcome('repair', 100.00, 3, 66.67, 2, 66.67, 2);
-- exactly half is not 过半数
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 8000, 100, 4000.01, 51), jdz.mf_vote_outcome('repair', 10000, 120, 8000, 100, 4000.01, 50);
-- three quarters exactly, and one m² / one owner below, for rebuild and raise_fund
SELECT m, jdz.mf_vote_outcome(m, 10000, 120, 8000, 100, 6000, 75) AS at_3_4,
       jdz.mf_vote_outcome(m, 10000, 120, 8000, 100, 5999, 75) AS area_below,
       jdz.mf_vote_outcome(m, 10000, 120, 8000, 100, 6000, 74) AS owners_below
  FROM unnest(ARRAY['rebuild', 'raise_fund']::jdz.mf_vote_matter[]) m;
SELECT jdz.mf_vote_outcome('repair', 0, 120, 0, 0, 0, 0);  -- ERROR 22023
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 10001, 80, 0, 0);  -- ERROR 22023
SELECT jdz.mf_vote_outcome('repair', 10000, 120, 8000, 80, 4000, 81);  -- ERROR 22023
SELECT jdz.mf_vote_outcome('repair', 'NaN', 120, 8000, 80, 4000, 41);  -- ERROR 22023

-- MF-24/25(四) acceptance panel
SELECT jdz.mf_acceptance_panel_ok(7, 4);  -- → true   [TV-MF24p-01]
SELECT jdz.mf_acceptance_panel_ok(8, 4);  -- → true   [TV-MF24p-03]
SELECT jdz.mf_acceptance_panel_ok(6, 6), jdz.mf_acceptance_panel_ok(7, 3), jdz.mf_acceptance_panel_ok(9, 4);  -- → f f f
SELECT jdz.mf_acceptance_panel_ok(7, 8);  -- ERROR 22023

-- MF-27 emergency repair without the vote
SELECT jdz.mf_emergency_repair('lift_danger', '{lift_rectification_notice}', true);  -- → true   [TV-MF27-01]
SELECT jdz.mf_emergency_repair('fire_hazard', '{government_directive}', true);  -- → true   [TV-MF27-04]
-- MFI-03 interpretation cross-check of MF-27
SELECT jdz.mf_emergency_repair('lift_danger', '{lift_rectification_notice}', false);  -- → false   [TV-MFI03-02]
SELECT s, e, jdz.mf_emergency_repair(s, ARRAY[e], true)
  FROM unnest(enum_range(NULL::jdz.mf_emergency)) s, unnest(enum_range(NULL::jdz.mf_evidence)) e
 WHERE jdz.mf_emergency_repair(s, ARRAY[e], true)
 ORDER BY s, e;
SELECT jdz.mf_emergency_repair('water_failure', '{}', true);  -- → false
SELECT jdz.mf_emergency_repair('water_failure', '{NULL}', true);  -- ERROR 22004
SELECT jdz.mf_emergency_repair('earthquake', '{}', true);  -- ERROR 22P02
