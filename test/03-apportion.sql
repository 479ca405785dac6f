-- pgTAP: jdz.apportion (core §9; MF-22 costs shared by building area, MF-23 unsold units among the weights).
BEGIN;
SELECT plan(13);
SET LOCAL search_path = jdz, public;

SELECT is(jdz.apportion('30000.00', '{100,80,120}'::numeric[])::text, '{10000.00,8000.00,12000.00}', 'MF-22: TV-MF22-01');
SELECT is(jdz.apportion('12345.67', '{89.50,120.30,143.75}'::numeric[])::text, '{3125.26,4200.78,5019.63}', 'MF-22: TV-MF22-03');
SELECT is(jdz.apportion('0.02', '{1,1,1}'::numeric[])::text, '{0.01,0.01,0.00}', 'core §9: leftover fen tie goes to the lower index');
SELECT is(jdz.apportion('-0.02', '{1,1,1}'::numeric[])::text, '{-0.01,-0.01,0.00}', 'core §9: a negative total is split as |total| then negated');
SELECT throws_ok($$SELECT jdz.apportion('1', '{1,0}'::numeric[])$$, '22023', NULL, 'MF-22: a zero weight raises 22023');
SELECT throws_ok($$SELECT jdz.apportion('1', '{}'::numeric[])$$, '22023', NULL, 'MF-22: an empty array raises 22023');
SELECT throws_ok($$SELECT jdz.apportion('1', '{1,NULL}'::numeric[])$$, '22004', NULL, 'MF-22: a NULL weight raises 22004');
SELECT throws_ok($$SELECT jdz.apportion(u::jdz.cny, 1) OVER () FROM generate_series(1, 2) u$$, '22023', NULL,
  'core §9: a total differing within a partition raises 22023');

-- random partitions: window == array, shares sum to the total (MF-22, MF-23)
CREATE TEMP TABLE ap AS
SELECT b, u, ((b * 7919 + u * 104729) % 200000 + 1)::numeric / 100 AS area,
       (((b::bigint * 15485863) % 20000001) - 5000000) AS total_fen
  FROM generate_series(1, 3000) AS b, generate_series(1, 1 + (b % 17)) AS u;
CREATE TEMP TABLE ap_win AS
SELECT b, u, jdz.apportion(jdz.cny(total_fen::numeric / 100), area) OVER (PARTITION BY b ORDER BY u) AS share FROM ap;
CREATE TEMP TABLE ap_arr AS
SELECT b, s.u, s.share
  FROM (SELECT b, jdz.apportion(jdz.cny(min(total_fen)::numeric / 100), array_agg(area ORDER BY u)) AS shares FROM ap GROUP BY b) AS x,
       unnest(x.shares) WITH ORDINALITY AS s(share, u);
SELECT is((SELECT count(*)::int FROM ap_win w FULL JOIN ap_arr a USING (b, u) WHERE w.share IS DISTINCT FROM a.share), 0,
  'core §9: the window form equals the array form on 3000 random partitions');
SELECT is((SELECT count(*)::int FROM (SELECT b, sum(share) AS s FROM ap_win GROUP BY b) AS g
            JOIN (SELECT DISTINCT b, total_fen FROM ap) AS t USING (b) WHERE g.s::numeric * 100 <> t.total_fen), 0,
  'core §9: the shares of every partition sum to its total');
SELECT is((SELECT count(*)::int FROM ap_win w JOIN ap USING (b, u)
            JOIN (SELECT b, sum(area) AS sa FROM ap GROUP BY b) AS g USING (b)
           WHERE abs(w.share::numeric * 100 - abs(total_fen) * area / sa * sign(total_fen)) >= 1), 0,
  'core §9: every share is within one fen of the exact proportion');
SELECT ok(jdz.apportion_explain('0.02', '{1,1,1}'::numeric[]) ?& ARRAY['rule', 'document', 'article', 'inputs', 'parameters', 'steps', 'result'],
  'core §8: apportion_explain has the explain keys');


-- odd weights (fast decoding, integer and numeric paths) against a plain SQL Hamilton reference (core §9, MF-22)
CREATE FUNCTION pg_temp.ref(t bigint, w numeric[]) RETURNS bigint[] LANGUAGE sql AS $f$
	WITH s AS (SELECT sum(x) AS sw FROM unnest(w) AS x),
	e AS (SELECT i, div(abs(t) * x, sw) AS fl, mod(abs(t) * x, sw) AS rem FROM s, unnest(w) WITH ORDINALITY AS u(x, i)),
	r AS (SELECT i, fl + CASE WHEN row_number() OVER (ORDER BY rem DESC, i) <= abs(t) - sum(fl) OVER () THEN 1 ELSE 0 END AS sh FROM e)
	SELECT array_agg(sign(t)::bigint * sh ORDER BY i) FROM r
$f$;
CREATE TEMP TABLE odd (t bigint, w numeric[]);
INSERT INTO odd SELECT t, w::numeric[] FROM unnest(ARRAY[9223372036854775807, -1234567, 1, 0, 100, 999999999999]) AS t,
  unnest(ARRAY['{1e-18,1e18,1}', '{0.0001,10000,123456789012.345678}', '{1e17,1e17,3}', '{99999999.99999999,0.00000001}',
               '{1e30,1}', '{3.14159265358979323846,2.71828182845904523536}', '{1.50,1.5,1.500000}', '{100000000000000000000,7}',
               '{0.000000000000000001,0.000000000000000002}', '{9223372036854775807,9223372036854775807}', '{12345678.9,0.1,7e10}',
               '{1,1,1,1,1,1,1}', '{1e-20,2e-20}', '{5000000000000000000.5,1}']) AS w;
SELECT is_empty($$
	SELECT t, w FROM odd
	 WHERE (SELECT array_agg((x::numeric * 100)::bigint ORDER BY i)
	          FROM unnest(jdz.apportion(jdz.cny(t * 0.01), w)) WITH ORDINALITY AS u(x, i))
	       IS DISTINCT FROM pg_temp.ref(t, w)$$,
  'core §9: jdz.apportion equals a plain SQL Hamilton split for huge, tiny and many-decimal weights');

SELECT * FROM finish();
ROLLBACK;
