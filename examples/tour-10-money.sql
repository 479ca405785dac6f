-- examples/tour-10-money.sql — money: jdz.cny and jdz.apportion on the demo building.
\pset footer off
\echo
\echo '== jdz.cny: exact yuan; every written form, one canonical output'
SELECT v AS written, v::jdz.cny AS amount
  FROM unnest(ARRAY['1,234.56', '¥1234.56', '3万元', '1.5万', '１２３４．５６']) AS v;
\echo
\echo '== the repair bill of the 40-flat building, shared by building area (MF-22, jdz.apportion window form)'
SELECT f.flat_no, f.area,
       jdz.apportion(b.amount, f.area) OVER (ORDER BY f.flat_no) AS share
  FROM demo.flat AS f CROSS JOIN demo.repair_bill AS b
 WHERE b.bill_id = 1
 ORDER BY f.flat_no
 LIMIT 8;
\echo '   … (first 8 of 40 flats)'
\echo
\echo '== the shares always add up to the bill, to the fen'
SELECT b.amount AS bill, count(*) AS flats, jdz.sum(s.share) AS sum_of_shares,
       min(s.share) AS smallest, max(s.share) AS largest
  FROM demo.repair_bill AS b,
       LATERAL unnest(jdz.apportion(b.amount, (SELECT array_agg(area ORDER BY flat_no) FROM demo.flat))) AS s(share)
 WHERE b.bill_id = 1
 GROUP BY b.amount;
