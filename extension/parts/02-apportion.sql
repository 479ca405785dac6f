-- extension/parts/02-apportion.sql — 2. Apportionment: jdz.apportion
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- core §9; MF-22 and MF-23 (景府发〔2023〕11号 第二十二条、第二十三条) share
-- repair costs by building area with it, CL-23, JP-05 and RENT-03 too.

CREATE FUNCTION jdz.apportion(total jdz.cny, weights numeric[]) RETURNS jdz.cny[]
	AS 'MODULE_PATHNAME', 'apportion_array' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.apportion(jdz.cny, numeric[]) IS
  'largest-remainder (Hamilton) split of total in proportion to weights, exact to the fen: each share gets floor(total·w/Σw), the leftover fen go to the largest remainders, ties to the lower index; shares sum to total; a negative total is split as |total| and negated; weights ≤ 0, an empty array → 22023, NULL weights → 22004 (core §9, MF-22, MF-23)';

CREATE FUNCTION jdz.apportion(total jdz.cny, weight numeric) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'apportion_window' LANGUAGE C WINDOW IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.apportion(jdz.cny, numeric) IS
  'window form of jdz.apportion: this row''s share of total split over the partition by weight, ties to the earlier row of the window ORDER BY; total must be the same on every row (22023), NULL weights → 22004 (core §9, MF-22, MF-23)';

CREATE FUNCTION jdz.apportion_explain(total jdz.cny, weights numeric[]) RETURNS jsonb
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
	WITH r AS (SELECT jdz.apportion(total, weights) AS shares),
	     s AS (SELECT pg_catalog.sum(w) AS sw FROM pg_catalog.unnest(weights) AS u(w)),
	     e AS (
		SELECT i, w,
		       pg_catalog.div(pg_catalog.abs(total::numeric) * 100 * w, NULLIF(s.sw, 0)) AS floor_fen,
		       (pg_catalog.abs(total::numeric) * 100 * w) OPERATOR(pg_catalog.%) NULLIF(s.sw, 0) AS remainder,
		       (r.shares)[i] AS share
		  FROM r, s, pg_catalog.unnest(weights) WITH ORDINALITY AS u(w, i))
	SELECT pg_catalog.jsonb_build_object(
		'rule', 'MF-22',
		'document', '景府发〔2023〕11号',
		'article', '第二十二条',
		'inputs', pg_catalog.jsonb_build_object('total', total::text, 'weights', pg_catalog.to_jsonb(weights)),
		'parameters', '[]'::jsonb,
		'steps', pg_catalog.jsonb_build_array(
			pg_catalog.jsonb_build_object('step', 'sum of the weights', 'value', (SELECT sw FROM s)),
			pg_catalog.jsonb_build_object('step', 'total in fen', 'value', total::numeric * 100),
			pg_catalog.jsonb_build_object('step', 'floor(|total|·w/Σw) fen and remainder |total|·w mod Σw per weight',
				'value', (SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
						'index', i, 'weight', w, 'floor_fen', floor_fen, 'remainder', remainder,
						'extra_fen', pg_catalog.abs(share::numeric * 100) OPERATOR(pg_catalog.-) floor_fen)
					ORDER BY i) FROM e)),
			pg_catalog.jsonb_build_object('step', 'leftover fen, one each to the largest remainders (ties to the lower index)',
				'value', pg_catalog.abs(total::numeric) * 100 OPERATOR(pg_catalog.-) (SELECT pg_catalog.sum(floor_fen) FROM e)),
			pg_catalog.jsonb_build_object('step', CASE WHEN total OPERATOR(jdz.<) '0'::jdz.cny
				THEN 'negative total: shares of |total| negated' ELSE 'shares' END,
				'value', (SELECT pg_catalog.to_jsonb(shares::text[]) FROM r))),
		'result', (SELECT pg_catalog.to_jsonb(shares::text[]) FROM r))
);
COMMENT ON FUNCTION jdz.apportion_explain(jdz.cny, numeric[]) IS
  'jdz.apportion with its working as jsonb {rule, document, article, inputs, parameters, steps, result} (core §8, §9)';
