-- examples/tour-11-estate.sql — the housing estate: deposits, repairs, replenishment, votes (景府发〔2023〕11号)
\pset footer off
\echo
\echo '===== 昌南花园: 4 buildings (7 and 18 storeys), 322 units — schema estate, views estate.*'
SELECT b.name, b.floors_above_ground AS floors, count(*) AS units, sum(u.area) AS total_area_m2
  FROM estate.building AS b JOIN estate.unit AS u USING (building_id) GROUP BY b.building_id ORDER BY b.building_id;

SELECT to_regclass('estate.unit_deposit') IS NOT NULL AS ok \gset
\echo
\echo '== 景府发〔2023〕11号 第七条 (MF-07): first deposit 60 / 85 yuan per m², ≤ 7 / ≥ 8 storeys — view estate.unit_deposit'
\if :ok
SELECT building, floors, class, count(*) AS units, jdz.sum(due) AS due, jdz.sum(paid) AS paid,
       count(*) FILTER (WHERE outstanding > '0'::jdz.cny) AS units_short
  FROM estate.unit_deposit GROUP BY building, floors, class ORDER BY building;
\echo '   the units paid in short:'
SELECT unit_id, area, due, paid, outstanding FROM estate.unit_deposit WHERE outstanding <> '0'::jdz.cny ORDER BY unit_id;
\else
\echo '   (skipped: jdz.mf_initial_deposit is not installed yet)'
\endif

SELECT to_regclass('estate.repair_share') IS NOT NULL AS ok \gset
\echo
\echo '== 景府发〔2023〕11号 第二十二条 (MF-22): the lift bill of building 3 shared by building area — view estate.repair_share'
\if :ok
SELECT s.unit_id, s.area, s.share FROM estate.repair_share AS s JOIN estate.unit AS u USING (unit_id)
 WHERE s.bill_id = 1 ORDER BY u.seq LIMIT 5;
\echo '   … and per bill, the shares add up to the bill to the fen:'
SELECT bill_id, min(bill) AS bill, count(*) AS units, jdz.sum(share) AS sum_of_shares, min(share) AS smallest, max(share) AS largest
  FROM estate.repair_share GROUP BY bill_id ORDER BY bill_id;
\else
\echo '   (skipped: jdz.apportion is not installed yet)'
\endif

SELECT to_regclass('estate.replenishment_due') IS NOT NULL AS ok \gset
\echo
\echo '== 景府发〔2023〕11号 第十八条 (MF-18): a sub-account below 30 % of the first deposit must be replenished — view estate.replenishment_due'
\if :ok
SELECT count(*) AS accounts_to_replenish, jdz.sum(to_pay_in) AS total_to_pay_in FROM estate.replenishment_due;
SELECT unit_id, owner, first_deposit, balance, threshold, to_pay_in FROM estate.replenishment_due ORDER BY unit_id LIMIT 5;
\else
\echo '   (skipped: jdz.mf_replenishment is not installed yet)'
\endif

SELECT to_regclass('estate.vote_result') IS NOT NULL AS ok \gset
\echo
\echo '== 景府发〔2023〕11号 第二十四、二十五条 (MF-24, MF-25): quorum two thirds by area and owners; repair > 1/2, raising the fund ≥ 3/4 of those voting — view estate.vote_result'
\if :ok
SELECT vote_id, matter, total_area, total_owners AS owners, voted_area, voted_owners AS voted,
       yes_area, yes_owners AS yes, outcome
  FROM estate.vote_result ORDER BY vote_id;
\else
\echo '   (skipped: jdz.mf_vote_outcome is not installed yet)'
\endif
