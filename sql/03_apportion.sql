-- jdz.apportion (core §9; MF-22, MF-23): array, window and explain forms.
SET client_min_messages = warning;
SET search_path = jdz, public;
\set VERBOSITY default
-- TV-MF22-01, TV-MF22-03 (spec 10)
SELECT jdz.apportion('30000.00', '{100,80,120}'::numeric[]);
SELECT jdz.apportion('12345.67', '{89.50,120.30,143.75}'::numeric[]);
-- leftover fen to the largest remainders, ties to the lower index; negative total
SELECT jdz.apportion('0.02', '{1,1,1}'::numeric[]) AS ties, jdz.apportion('-0.02', '{1,1,1}'::numeric[]) AS negative,
       jdz.apportion('100.00', '{1,2,3}'::numeric[]) AS sixths, jdz.apportion('0', '{1,2}'::numeric[]) AS zero;
-- huge and tiny weights (numeric path), the largest amount
SELECT jdz.apportion('1', '{1e30,1,0.0000000000000000000001}'::numeric[]);
SELECT jdz.apportion('92233720368547758.07', '{1,1}'::numeric[]);
SELECT jdz.apportion('-92233720368547758.07', '{2,1}'::numeric[]);
-- errors: 22023, 22004
SELECT jdz.apportion('1', '{0}'::numeric[]);
SELECT jdz.apportion('1', '{1,-1}'::numeric[]);
SELECT jdz.apportion('1', '{}'::numeric[]);
SELECT jdz.apportion('1', '{1,NULL}'::numeric[]);
SELECT jdz.apportion('1', '{1,NaN}'::numeric[]);
SELECT jdz.apportion(NULL, '{1}'::numeric[]) IS NULL AS strict_null;
-- the window form: same result per row, ties to the earlier row
SELECT u, jdz.apportion('0.02', 1) OVER (ORDER BY u) FROM generate_series(1, 3) AS u;
SELECT u, jdz.apportion('0.02', 1) OVER (ORDER BY u DESC) FROM generate_series(1, 3) AS u ORDER BY u;
SELECT b, u, jdz.apportion('100.00', u) OVER (PARTITION BY b ORDER BY u) FROM generate_series(1, 2) AS b, generate_series(1, 3) AS u;
SELECT u, jdz.apportion(NULL, u) OVER (ORDER BY u) FROM generate_series(1, 2) AS u;
SELECT u, jdz.apportion(u::jdz.cny, 1) OVER (ORDER BY u) FROM generate_series(1, 3) AS u;
SELECT u, jdz.apportion('1', NULLIF(u, 2)) OVER (ORDER BY u) FROM generate_series(1, 3) AS u;
SELECT u, jdz.apportion('1', u - 2) OVER (ORDER BY u) FROM generate_series(1, 3) AS u;
-- explain (core §8 keys)
SELECT jsonb_pretty(jdz.apportion_explain('0.02', '{1,1,1}'::numeric[]));
-- explain raises what the array function raises
SELECT jdz.apportion_explain('1', '{0}'::numeric[]);
SELECT jdz.apportion_explain('1', '{1,-1}'::numeric[]);
SELECT jdz.apportion_explain('1', '{}'::numeric[]);
SELECT jdz.apportion_explain('1', '{1,NULL}'::numeric[]);
SELECT jdz.apportion_explain('-12345.67', '{89.50,120.30,143.75}'::numeric[]) -> 'result' AS result;
