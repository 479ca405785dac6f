-- bench/money.sql — jdz.cny aggregates and the jdz.apportion window (issue 2).
--   sum(jdz.cny) vs sum(numeric) vs sum(int8) over the same 5M amounts;
--   jdz.apportion(...) OVER (PARTITION BY b ORDER BY u) over 1M units in
--   10,000 buildings vs the exact SQL largest-remainder query a user would
--   write vs row_number() over the same window.
SET client_min_messages = warning;
SET work_mem = '256MB';

DROP TABLE IF EXISTS bench.money_rows;
CREATE TABLE bench.money_rows AS
SELECT (i::bigint * 7919 % 10000000)::bigint AS fen_i,
       jdz.cny((i::bigint * 7919 % 10000000)::numeric / 100) AS c,
       (i::bigint * 7919 % 10000000)::numeric / 100 AS n
  FROM generate_series(1, 5000000) AS i;
VACUUM ANALYZE bench.money_rows;

SELECT bench.measure('money', 'sum(jdz.cny) 5M', 'SELECT jdz.sum(c) FROM bench.money_rows');
SELECT bench.measure('money', 'sum(numeric) 5M', 'SELECT sum(n) FROM bench.money_rows');
SELECT bench.measure('money', 'sum(int8) 5M', 'SELECT sum(fen_i) FROM bench.money_rows');
SELECT bench.compare('money', 'sum(jdz.cny) 5M', 'sum(int8) 5M', 1.15, 'int64 fen with a 128-bit accumulator');
SELECT bench.compare('money', 'sum(jdz.cny) 5M', 'sum(numeric) 5M', 0.77, 'at least 1.3x faster than numeric');

DROP TABLE IF EXISTS bench.money_rows;

DROP TABLE IF EXISTS bench.units;
CREATE TABLE bench.units AS
SELECT b, u, ((b * 7919 + u * 104729) % 15000 + 3000)::numeric / 100 AS area,
       jdz.cny(((b::bigint * 15485863) % 10000000 + 100000)::numeric / 100) AS bill
  FROM generate_series(1, 10000) AS b, generate_series(1, 100) AS u;
VACUUM ANALYZE bench.units;

SELECT bench.measure('money', 'apportion window 1M',
  $q$SELECT count(s) FROM (SELECT jdz.apportion(bill, area) OVER (PARTITION BY b ORDER BY u) AS s FROM bench.units) AS x$q$);
SELECT bench.measure('money', 'row_number window 1M',
  $q$SELECT count(s) FROM (SELECT row_number() OVER (PARTITION BY b ORDER BY u) AS s FROM bench.units) AS x$q$);
SELECT bench.measure('money', 'SQL largest remainder 1M', $q$
  WITH e AS (
    SELECT b, u, bill::numeric * 100 AS t, area, sum(area) OVER (PARTITION BY b) AS sa FROM bench.units),
  f AS (
    SELECT b, u, t, div(t * area, sa) AS fl, mod(t * area, sa) AS rem FROM e),
  g AS (
    SELECT b, u, fl, t - sum(fl) OVER (PARTITION BY b) AS lft,
           row_number() OVER (PARTITION BY b ORDER BY rem DESC, u) AS rn FROM f)
  SELECT count(fl + CASE WHEN rn <= lft THEN 1 ELSE 0 END) FROM g$q$);
SELECT bench.compare('money', 'apportion window 1M', 'row_number window 1M', 1.3, 'same window, same sort');
SELECT bench.compare('money', 'apportion window 1M', 'SQL largest remainder 1M', 0.2, 'exact numeric floor/remainder/row_number query');

DROP TABLE IF EXISTS bench.units;
