\echo Use "CREATE EXTENSION jdzpolicy" to load this file. \quit

-- jdzpolicy: Jingdezhen (景德镇) municipal regulations in SQL.
--
-- This is the one source of the install script: the Makefile builds
-- jdzpolicy--<version>.sql from it (tools/build-sql), replacing each
-- "--@include extension/parts/NN-part.sql" line by that file (one per part,
-- in dependency order) and each "--@load table file.csv" line by the
-- INSERTs of that file's rows (builtin = true).
--
-- Sections, in dependency order:
--   0. Module
--   1. Money: jdz.cny, jdz.round_fen
--   2. Apportionment: jdz.apportion
--   3. Document numbers, documents, parameters, rules
--   4. The holiday calendar
--   5. Time limits and deadlines
--  10. Types shared by spec 10; maintenance fund (MF)
--  11. Public rental housing (PRH)
--  30. Subsidies, loans and escrow
--  40. Deadlines of the hotline and other families, dated-rule tables
--  41. Reference tables
--  90. Privileges

------------------------------------------------------------------------------
-- 0. Module
------------------------------------------------------------------------------

CREATE FUNCTION jdz.version() RETURNS text
	AS 'MODULE_PATHNAME', 'jdz_version'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.version() IS 'the version of the loaded jdzpolicy module';

------------------------------------------------------------------------------
-- 1. Money: jdz.cny, jdz.round_fen
------------------------------------------------------------------------------

-- extension/parts/01-cny.sql — 1. Money: jdz.cny, jdz.round_fen
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- jdz.cny is an int8 of fen (core §3).  Comparison, hashing and in_range
-- are the server's int8 functions (LANGUAGE internal), which is exact
-- because the stored value is the int8; everything that can overflow or
-- round is in src/cny.c.

-- ---------------------------------------------------------------------------
-- 1.1 The type and its I/O
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.cny;

CREATE FUNCTION jdz.cny_in(cstring) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_in(cstring) IS
  'input of jdz.cny: 1234.56, -0.01, 1,234.56, ¥1234.56, ￥1234.56, 1234.56元, 3万元, 1.5万, full-width digits; more than 2 nonzero decimals raise 22P02, out of range 22003 (core §3)';
CREATE FUNCTION jdz.cny_out(jdz.cny) RETURNS cstring
	AS 'MODULE_PATHNAME', 'cny_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_out(jdz.cny) IS 'output of jdz.cny: plain 1234.56, never locale-dependent';
CREATE FUNCTION jdz.cny_recv(internal) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_recv(internal) IS 'binary input of jdz.cny: an int8 of fen, validated like the text input';
CREATE FUNCTION jdz.cny_send(jdz.cny) RETURNS bytea
	AS 'MODULE_PATHNAME', 'cny_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_send(jdz.cny) IS 'binary output of jdz.cny: an int8 of fen';

CREATE TYPE jdz.cny (
	INPUT = jdz.cny_in,
	OUTPUT = jdz.cny_out,
	RECEIVE = jdz.cny_recv,
	SEND = jdz.cny_send,
	LIKE = pg_catalog.int8,
	CATEGORY = 'N'
);
COMMENT ON TYPE jdz.cny IS
  'an exact amount of Chinese yuan, stored as int64 fen; range ±92233720368547758.07 (core §3)';

-- ---------------------------------------------------------------------------
-- 1.2 Arithmetic
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.cny_add(jdz.cny, jdz.cny) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_add' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_add(jdz.cny, jdz.cny) IS 'cny + cny; 22003 on overflow';
CREATE FUNCTION jdz.cny_sub(jdz.cny, jdz.cny) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_sub' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sub(jdz.cny, jdz.cny) IS 'cny - cny; 22003 on overflow';
CREATE FUNCTION jdz.cny_neg(jdz.cny) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_neg' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_neg(jdz.cny) IS '- cny (the range is symmetric, so it never overflows)';
CREATE FUNCTION jdz.cny_mul_numeric(jdz.cny, numeric) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_mul_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_mul_numeric(jdz.cny, numeric) IS 'cny * numeric, exact product rounded half-up to the fen; 22003 on overflow';
CREATE FUNCTION jdz.numeric_mul_cny(numeric, jdz.cny) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'numeric_mul_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.numeric_mul_cny(numeric, jdz.cny) IS 'numeric * cny, exact product rounded half-up to the fen; 22003 on overflow';
CREATE FUNCTION jdz.cny_div_numeric(jdz.cny, numeric) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_div_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_div_numeric(jdz.cny, numeric) IS 'cny / numeric, the exact quotient rounded half-up to the fen; 22012 dividing by zero';
CREATE FUNCTION jdz.cny_div_cny(jdz.cny, jdz.cny) RETURNS numeric
	AS 'MODULE_PATHNAME', 'cny_div_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_div_cny(jdz.cny, jdz.cny) IS 'cny / cny, their ratio as numeric; 22012 dividing by zero';

CREATE OPERATOR jdz.+ (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_add, COMMUTATOR = OPERATOR(jdz.+));
COMMENT ON OPERATOR jdz.+ (jdz.cny, jdz.cny) IS 'sum of two amounts';
CREATE OPERATOR jdz.- (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_sub);
COMMENT ON OPERATOR jdz.- (jdz.cny, jdz.cny) IS 'difference of two amounts';
CREATE OPERATOR jdz.- (RIGHTARG = jdz.cny, FUNCTION = jdz.cny_neg);
COMMENT ON OPERATOR jdz.- (NONE, jdz.cny) IS 'negated amount';
CREATE OPERATOR jdz.* (LEFTARG = jdz.cny, RIGHTARG = numeric, FUNCTION = jdz.cny_mul_numeric, COMMUTATOR = OPERATOR(jdz.*));
COMMENT ON OPERATOR jdz.* (jdz.cny, numeric) IS 'amount times a factor, half-up to the fen';
CREATE OPERATOR jdz.* (LEFTARG = numeric, RIGHTARG = jdz.cny, FUNCTION = jdz.numeric_mul_cny, COMMUTATOR = OPERATOR(jdz.*));
COMMENT ON OPERATOR jdz.* (numeric, jdz.cny) IS 'factor times an amount, half-up to the fen';
CREATE OPERATOR jdz./ (LEFTARG = jdz.cny, RIGHTARG = numeric, FUNCTION = jdz.cny_div_numeric);
COMMENT ON OPERATOR jdz./ (jdz.cny, numeric) IS 'amount divided by a factor, half-up to the fen';
CREATE OPERATOR jdz./ (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_div_cny);
COMMENT ON OPERATOR jdz./ (jdz.cny, jdz.cny) IS 'ratio of two amounts, as numeric';

-- ---------------------------------------------------------------------------
-- 1.3 Comparison, hashing, in_range (the int8 functions: a cny is an int8)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.cny_eq(jdz.cny, jdz.cny) RETURNS boolean AS 'int8eq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_eq(jdz.cny, jdz.cny) IS 'cny = cny';
CREATE FUNCTION jdz.cny_ne(jdz.cny, jdz.cny) RETURNS boolean AS 'int8ne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_ne(jdz.cny, jdz.cny) IS 'cny <> cny';
CREATE FUNCTION jdz.cny_lt(jdz.cny, jdz.cny) RETURNS boolean AS 'int8lt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_lt(jdz.cny, jdz.cny) IS 'cny < cny';
CREATE FUNCTION jdz.cny_le(jdz.cny, jdz.cny) RETURNS boolean AS 'int8le' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_le(jdz.cny, jdz.cny) IS 'cny <= cny';
CREATE FUNCTION jdz.cny_gt(jdz.cny, jdz.cny) RETURNS boolean AS 'int8gt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_gt(jdz.cny, jdz.cny) IS 'cny > cny';
CREATE FUNCTION jdz.cny_ge(jdz.cny, jdz.cny) RETURNS boolean AS 'int8ge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_ge(jdz.cny, jdz.cny) IS 'cny >= cny';
CREATE FUNCTION jdz.cny_cmp(jdz.cny, jdz.cny) RETURNS integer AS 'btint8cmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_cmp(jdz.cny, jdz.cny) IS 'btree comparison of two amounts: -1, 0 or 1';
CREATE FUNCTION jdz.cny_sortsupport(internal) RETURNS void AS 'btint8sortsupport' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sortsupport(internal) IS 'btree sort support for jdz.cny';
CREATE FUNCTION jdz.cny_hash(jdz.cny) RETURNS integer AS 'hashint8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_hash(jdz.cny) IS 'hash of an amount';
CREATE FUNCTION jdz.cny_hash_extended(jdz.cny, bigint) RETURNS bigint AS 'hashint8extended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.cny_hash_extended(jdz.cny, bigint) IS 'seeded 64-bit hash of an amount';
CREATE FUNCTION jdz.cny_in_range(jdz.cny, jdz.cny, jdz.cny, boolean, boolean) RETURNS boolean
	AS 'in_range_int8_int8' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_in_range(jdz.cny, jdz.cny, jdz.cny, boolean, boolean) IS
  'in_range support, so RANGE BETWEEN ''100'' PRECEDING works over jdz.cny';
CREATE FUNCTION jdz.cny_smaller(jdz.cny, jdz.cny) RETURNS jdz.cny AS 'int8smaller' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_smaller(jdz.cny, jdz.cny) IS 'the smaller of two amounts';
CREATE FUNCTION jdz.cny_larger(jdz.cny, jdz.cny) RETURNS jdz.cny AS 'int8larger' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_larger(jdz.cny, jdz.cny) IS 'the larger of two amounts';

CREATE OPERATOR jdz.= (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_eq,
	COMMUTATOR = OPERATOR(jdz.=), NEGATOR = OPERATOR(jdz.<>), RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES);
COMMENT ON OPERATOR jdz.= (jdz.cny, jdz.cny) IS 'equal';
CREATE OPERATOR jdz.<> (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_ne,
	COMMUTATOR = OPERATOR(jdz.<>), NEGATOR = OPERATOR(jdz.=), RESTRICT = neqsel, JOIN = neqjoinsel);
COMMENT ON OPERATOR jdz.<> (jdz.cny, jdz.cny) IS 'not equal';
CREATE OPERATOR jdz.< (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_lt,
	COMMUTATOR = OPERATOR(jdz.>), NEGATOR = OPERATOR(jdz.>=), RESTRICT = scalarltsel, JOIN = scalarltjoinsel);
COMMENT ON OPERATOR jdz.< (jdz.cny, jdz.cny) IS 'less than';
CREATE OPERATOR jdz.<= (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_le,
	COMMUTATOR = OPERATOR(jdz.>=), NEGATOR = OPERATOR(jdz.>), RESTRICT = scalarlesel, JOIN = scalarlejoinsel);
COMMENT ON OPERATOR jdz.<= (jdz.cny, jdz.cny) IS 'less than or equal';
CREATE OPERATOR jdz.> (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_gt,
	COMMUTATOR = OPERATOR(jdz.<), NEGATOR = OPERATOR(jdz.<=), RESTRICT = scalargtsel, JOIN = scalargtjoinsel);
COMMENT ON OPERATOR jdz.> (jdz.cny, jdz.cny) IS 'greater than';
CREATE OPERATOR jdz.>= (LEFTARG = jdz.cny, RIGHTARG = jdz.cny, FUNCTION = jdz.cny_ge,
	COMMUTATOR = OPERATOR(jdz.<=), NEGATOR = OPERATOR(jdz.<), RESTRICT = scalargesel, JOIN = scalargejoinsel);
COMMENT ON OPERATOR jdz.>= (jdz.cny, jdz.cny) IS 'greater than or equal';

CREATE OPERATOR CLASS jdz.cny_ops DEFAULT FOR TYPE jdz.cny USING btree AS
	OPERATOR 1 jdz.< ,
	OPERATOR 2 jdz.<= ,
	OPERATOR 3 jdz.= ,
	OPERATOR 4 jdz.>= ,
	OPERATOR 5 jdz.> ,
	FUNCTION 1 jdz.cny_cmp(jdz.cny, jdz.cny),
	FUNCTION 2 jdz.cny_sortsupport(internal),
	FUNCTION 3 jdz.cny_in_range(jdz.cny, jdz.cny, jdz.cny, boolean, boolean);
COMMENT ON OPERATOR CLASS jdz.cny_ops USING btree IS 'btree ordering of amounts, with in_range for RANGE window frames';

CREATE OPERATOR CLASS jdz.cny_ops DEFAULT FOR TYPE jdz.cny USING hash AS
	OPERATOR 1 jdz.= ,
	FUNCTION 1 jdz.cny_hash(jdz.cny),
	FUNCTION 2 jdz.cny_hash_extended(jdz.cny, bigint);
COMMENT ON OPERATOR CLASS jdz.cny_ops USING hash IS 'hashing of amounts, with the extended hash';

-- ---------------------------------------------------------------------------
-- 1.4 Casts and rounding
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.cny(numeric) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'numeric_to_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny(numeric) IS 'an amount of yuan rounded half-up to the fen (cast numeric → jdz.cny); 22003 if out of range, 22023 for NaN';
CREATE FUNCTION jdz.cny(bigint) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'int8_to_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny(bigint) IS 'a whole number of yuan (cast bigint → jdz.cny); 22003 if out of range';
CREATE FUNCTION jdz.cny(integer) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'int4_to_cny' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny(integer) IS 'a whole number of yuan (cast integer → jdz.cny)';
CREATE FUNCTION jdz.cny_numeric(jdz.cny) RETURNS numeric
	AS 'MODULE_PATHNAME', 'cny_to_numeric' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_numeric(jdz.cny) IS 'the exact amount in yuan as numeric with 2 decimals (cast jdz.cny → numeric)';

CREATE CAST (numeric AS jdz.cny) WITH FUNCTION jdz.cny(numeric) AS ASSIGNMENT;
COMMENT ON CAST (numeric AS jdz.cny) IS 'yuan rounded half-up to the fen';
CREATE CAST (jdz.cny AS numeric) WITH FUNCTION jdz.cny_numeric(jdz.cny) AS IMPLICIT;
COMMENT ON CAST (jdz.cny AS numeric) IS 'exact, 2 decimals';
CREATE CAST (bigint AS jdz.cny) WITH FUNCTION jdz.cny(bigint) AS ASSIGNMENT;
COMMENT ON CAST (bigint AS jdz.cny) IS 'a whole number of yuan';
CREATE CAST (integer AS jdz.cny) WITH FUNCTION jdz.cny(integer) AS ASSIGNMENT;
COMMENT ON CAST (integer AS jdz.cny) IS 'a whole number of yuan';

CREATE FUNCTION jdz.round_fen(x numeric, mode text DEFAULT 'half_up') RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_round_fen' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.round_fen(numeric, text) IS
  'an amount of yuan rounded to the fen: half_up (四舍五入, half away from zero, the default), half_even, down (toward zero), up (away from zero), floor, ceiling; an unknown mode raises 22023 (core §2, §3)';

-- ---------------------------------------------------------------------------
-- 1.5 Aggregates: sum and avg with a 128-bit accumulator, min, max
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.cny_sum_accum(internal, jdz.cny) RETURNS internal
	AS 'MODULE_PATHNAME', 'cny_sum_accum' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sum_accum(internal, jdz.cny) IS 'transition function of sum(jdz.cny) and avg(jdz.cny)';
CREATE FUNCTION jdz.cny_sum_inv(internal, jdz.cny) RETURNS internal
	AS 'MODULE_PATHNAME', 'cny_sum_inv' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sum_inv(internal, jdz.cny) IS 'inverse transition of sum(jdz.cny) and avg(jdz.cny) for moving window frames';
CREATE FUNCTION jdz.cny_sum_combine(internal, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'cny_sum_combine' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sum_combine(internal, internal) IS 'combine function of sum(jdz.cny) and avg(jdz.cny)';
CREATE FUNCTION jdz.cny_sum_serialize(internal) RETURNS bytea
	AS 'MODULE_PATHNAME', 'cny_sum_serialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sum_serialize(internal) IS 'serialises the state of sum(jdz.cny) and avg(jdz.cny)';
CREATE FUNCTION jdz.cny_sum_deserialize(bytea, internal) RETURNS internal
	AS 'MODULE_PATHNAME', 'cny_sum_deserialize' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sum_deserialize(bytea, internal) IS 'deserialises the state of sum(jdz.cny) and avg(jdz.cny)';
CREATE FUNCTION jdz.cny_sum_final(internal) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_sum_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_sum_final(internal) IS 'final function of sum(jdz.cny): 22003 if the sum is out of range';
CREATE FUNCTION jdz.cny_avg_final(internal) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'cny_avg_final' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cny_avg_final(internal) IS 'final function of avg(jdz.cny): the mean rounded half-up to the fen';

CREATE AGGREGATE jdz.sum(jdz.cny) (
	SFUNC = jdz.cny_sum_accum, STYPE = internal, SSPACE = 24,
	FINALFUNC = jdz.cny_sum_final,
	COMBINEFUNC = jdz.cny_sum_combine,
	SERIALFUNC = jdz.cny_sum_serialize, DESERIALFUNC = jdz.cny_sum_deserialize,
	MSFUNC = jdz.cny_sum_accum, MINVFUNC = jdz.cny_sum_inv, MSTYPE = internal, MSSPACE = 24,
	MFINALFUNC = jdz.cny_sum_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE jdz.sum(jdz.cny) IS 'exact sum of amounts (128-bit accumulator: only the result can overflow, 22003)';

CREATE AGGREGATE jdz.avg(jdz.cny) (
	SFUNC = jdz.cny_sum_accum, STYPE = internal, SSPACE = 24,
	FINALFUNC = jdz.cny_avg_final,
	COMBINEFUNC = jdz.cny_sum_combine,
	SERIALFUNC = jdz.cny_sum_serialize, DESERIALFUNC = jdz.cny_sum_deserialize,
	MSFUNC = jdz.cny_sum_accum, MINVFUNC = jdz.cny_sum_inv, MSTYPE = internal, MSSPACE = 24,
	MFINALFUNC = jdz.cny_avg_final,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE jdz.avg(jdz.cny) IS 'mean of amounts, rounded half-up to the fen';

CREATE AGGREGATE jdz.min(jdz.cny) (
	SFUNC = jdz.cny_smaller, STYPE = jdz.cny, COMBINEFUNC = jdz.cny_smaller,
	SORTOP = OPERATOR(jdz.<), PARALLEL = SAFE
);
COMMENT ON AGGREGATE jdz.min(jdz.cny) IS 'smallest amount';

CREATE AGGREGATE jdz.max(jdz.cny) (
	SFUNC = jdz.cny_larger, STYPE = jdz.cny, COMBINEFUNC = jdz.cny_larger,
	SORTOP = OPERATOR(jdz.>), PARALLEL = SAFE
);
COMMENT ON AGGREGATE jdz.max(jdz.cny) IS 'largest amount';

------------------------------------------------------------------------------
-- 2. Apportionment: jdz.apportion
------------------------------------------------------------------------------

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

------------------------------------------------------------------------------
-- 3. Document numbers, documents, parameters, rules
------------------------------------------------------------------------------

-- extension/parts/03-registry.sql — 3. Document numbers, documents, parameters, rules
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
-- Core §3 (jdz.docno), §6 (jdz.parameter, jdz.param), §7 (jdz.document,
-- jdz.doc_status), §8 (jdz.rule, jdz.rule_catalog).  C: src/docno.c,
-- src/docno_parse.c (the pure parser), src/registry.c (the parameter cache).

-- 3.1 The type jdz.docno --------------------------------------------------

CREATE TYPE jdz.docno;

CREATE FUNCTION jdz.docno_in(cstring) RETURNS jdz.docno
	AS 'MODULE_PATHNAME', 'docno_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION jdz.docno_out(jdz.docno) RETURNS cstring
	AS 'MODULE_PATHNAME', 'docno_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION jdz.docno_recv(internal) RETURNS jdz.docno
	AS 'MODULE_PATHNAME', 'docno_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION jdz.docno_send(jdz.docno) RETURNS bytea
	AS 'MODULE_PATHNAME', 'docno_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE jdz.docno (
	INPUT = jdz.docno_in,
	OUTPUT = jdz.docno_out,
	RECEIVE = jdz.docno_recv,
	SEND = jdz.docno_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = plain
);
COMMENT ON TYPE jdz.docno IS 'a document number (文号) such as 景府发〔2023〕11号: issuer code, year, serial; any bracket form, full-width digits, spaces and a missing 号 are accepted on input, output is canonical';

-- 3.2 Accessors -------------------------------------------------------------

CREATE FUNCTION jdz.docno_issuer(jdz.docno) RETURNS text
	AS 'MODULE_PATHNAME', 'docno_issuer' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_issuer(jdz.docno) IS 'the issuer code of a document number: 景府发 for 景府发〔2023〕11号 (IMMUTABLE: index it to find all documents of one issuer)';
CREATE FUNCTION jdz.docno_year(jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_year(jdz.docno) IS 'the year of a document number: 2023 for 景府发〔2023〕11号';
CREATE FUNCTION jdz.docno_serial(jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_serial(jdz.docno) IS 'the serial number of a document number: 11 for 景府发〔2023〕11号';

-- 3.3 Comparison, hashing, operators, operator classes ----------------------

CREATE FUNCTION jdz.docno_cmp(jdz.docno, jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_cmp(jdz.docno, jdz.docno) IS 'btree support: -1, 0 or 1 ordering by issuer code (UTF-8 code points), year, serial';
CREATE FUNCTION jdz.docno_eq(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_eq(jdz.docno, jdz.docno) IS 'the same document number (issuer, year and serial equal)';
CREATE FUNCTION jdz.docno_ne(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_ne(jdz.docno, jdz.docno) IS 'different document numbers';
CREATE FUNCTION jdz.docno_lt(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_lt(jdz.docno, jdz.docno) IS 'ordered before (issuer, year, serial)';
CREATE FUNCTION jdz.docno_le(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_le(jdz.docno, jdz.docno) IS 'ordered before or equal (issuer, year, serial)';
CREATE FUNCTION jdz.docno_gt(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_gt(jdz.docno, jdz.docno) IS 'ordered after (issuer, year, serial)';
CREATE FUNCTION jdz.docno_ge(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_ge(jdz.docno, jdz.docno) IS 'ordered after or equal (issuer, year, serial)';
CREATE FUNCTION jdz.docno_hash(jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_hash(jdz.docno) IS 'hash support on the parsed form: differently written equal numbers hash equally';
CREATE FUNCTION jdz.docno_hash_extended(jdz.docno, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'docno_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_hash_extended(jdz.docno, bigint) IS 'extended (64-bit, seeded) hash support on the parsed form';

CREATE OPERATOR jdz.= (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_eq,
	COMMUTATOR = OPERATOR(jdz.=), NEGATOR = OPERATOR(jdz.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR jdz.= (jdz.docno, jdz.docno) IS 'the same document number';
CREATE OPERATOR jdz.<> (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_ne,
	COMMUTATOR = OPERATOR(jdz.<>), NEGATOR = OPERATOR(jdz.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR jdz.<> (jdz.docno, jdz.docno) IS 'different document numbers';
CREATE OPERATOR jdz.< (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_lt,
	COMMUTATOR = OPERATOR(jdz.>), NEGATOR = OPERATOR(jdz.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR jdz.< (jdz.docno, jdz.docno) IS 'ordered before (issuer, year, serial)';
CREATE OPERATOR jdz.<= (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_le,
	COMMUTATOR = OPERATOR(jdz.>=), NEGATOR = OPERATOR(jdz.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR jdz.<= (jdz.docno, jdz.docno) IS 'ordered before or equal (issuer, year, serial)';
CREATE OPERATOR jdz.> (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_gt,
	COMMUTATOR = OPERATOR(jdz.<), NEGATOR = OPERATOR(jdz.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR jdz.> (jdz.docno, jdz.docno) IS 'ordered after (issuer, year, serial)';
CREATE OPERATOR jdz.>= (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_ge,
	COMMUTATOR = OPERATOR(jdz.<=), NEGATOR = OPERATOR(jdz.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR jdz.>= (jdz.docno, jdz.docno) IS 'ordered after or equal (issuer, year, serial)';

CREATE OPERATOR CLASS jdz.docno_ops DEFAULT FOR TYPE jdz.docno USING btree AS
	OPERATOR 1 jdz.< ,
	OPERATOR 2 jdz.<= ,
	OPERATOR 3 jdz.= ,
	OPERATOR 4 jdz.>= ,
	OPERATOR 5 jdz.> ,
	FUNCTION 1 jdz.docno_cmp(jdz.docno, jdz.docno);
COMMENT ON OPERATOR CLASS jdz.docno_ops USING btree IS 'document numbers ordered by issuer code, year, serial';

CREATE OPERATOR CLASS jdz.docno_hash_ops DEFAULT FOR TYPE jdz.docno USING hash AS
	OPERATOR 1 jdz.= ,
	FUNCTION 1 jdz.docno_hash(jdz.docno),
	FUNCTION 2 jdz.docno_hash_extended(jdz.docno, bigint);
COMMENT ON OPERATOR CLASS jdz.docno_hash_ops USING hash IS 'document numbers hashed on their parsed form';

-- 3.4 Casts -----------------------------------------------------------------

CREATE CAST (text AS jdz.docno) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS jdz.docno) IS 'parse a document number (22P02 if it is not one)';
CREATE CAST (jdz.docno AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (jdz.docno AS text) IS 'the canonical text of a document number';

-- 3.5 Documents (core §7) -----------------------------------------------------

CREATE TABLE jdz.document (
	docno jdz.docno PRIMARY KEY,
	title text NOT NULL CHECK (title <> ''),
	issuer text,
	issued_on date,
	effective_from date,
	expires_on date,
	repealed_by jdz.docno,
	repealed_on date,
	note text,
	builtin boolean NOT NULL DEFAULT false,
	CONSTRAINT document_expiry_after_start CHECK (expires_on >= effective_from),
	CONSTRAINT document_repeal_dated CHECK (repealed_by IS NULL OR repealed_on IS NOT NULL),
	CONSTRAINT document_not_self_repealed CHECK (repealed_by <> docno)
);
COMMENT ON TABLE jdz.document IS 'the registry of documents (core §7): every document of the seeds and every older document they repeal (builtin), plus the rows a DBA adds';
COMMENT ON COLUMN jdz.document.docno IS 'the document number (文号), canonical';
COMMENT ON COLUMN jdz.document.title IS 'the title as printed';
COMMENT ON COLUMN jdz.document.issuer IS 'the issuing authority, in full';
COMMENT ON COLUMN jdz.document.issued_on IS 'the date printed under the 文号 (Beijing date)';
COMMENT ON COLUMN jdz.document.effective_from IS 'the first day in force; NULL when unknown';
COMMENT ON COLUMN jdz.document.expires_on IS 'the last day in force when a validity period is stated; NULL otherwise';
COMMENT ON COLUMN jdz.document.repealed_by IS 'the document that repealed or replaced it';
COMMENT ON COLUMN jdz.document.repealed_on IS 'the first day it is no longer in force because of the repeal';
COMMENT ON COLUMN jdz.document.note IS 'where the dates come from, and what was assumed';
COMMENT ON COLUMN jdz.document.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
CREATE FUNCTION jdz.registry_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'registry_changed' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION jdz.registry_changed() IS 'statement trigger of jdz.document and jdz.parameter: sends a relcache invalidation so that every session drops its jdz.doc_status or jdz.param cache when the change commits';
CREATE TRIGGER document_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.document
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();
CREATE INDEX document_issuer_idx ON jdz.document (jdz.docno_issuer(docno));
COMMENT ON INDEX jdz.document_issuer_idx IS 'find all documents of one issuer: WHERE jdz.docno_issuer(docno) = ''景府发''';
SELECT pg_catalog.pg_extension_config_dump('jdz.document', 'WHERE NOT builtin');
-- the 48 documents of 40-deadlines-hotline-documents.md §(e), the single
-- source (10 §6 and 30 §5 repeat some of them with the same dates: not loaded
-- again); generated by data/gen/registry.py
-- rows of data/document.csv
INSERT INTO jdz.document (docno, title, issuer, issued_on, effective_from, expires_on, repealed_by, repealed_on, note, builtin) VALUES
  ('景府发〔2014〕7号', '景德镇市住宅专项维修资金管理办法（试行）', '景德镇市人民政府', '2014-05-04', '2014-05-04', NULL, '景府发〔2023〕11号', '2023-12-21', 'seed 000 L839–844: "原2014年5月4日发布的…（试行）（景府发〔2014〕7号）自行废止"; effective_from assumed = 发布日 (no clause in the seeds)', true),
  ('景府发〔2023〕11号', '景德镇市住宅专项维修资金管理办法', '景德镇市人民政府', '2023-12-21', '2023-12-21', NULL, NULL, NULL, '第四十四条 自印发之日起施行; 2023-10-30 市政府第32次常务会研究同意; 国家、省有新规定的按新规定执行', true),
  ('景府字〔2003〕76号', '景德镇市城市建设档案管理规定', '景德镇市人民政府', '2003-12-01', '2003-12-01', NULL, '景府发〔2023〕12号', '2023-12-21', 'seed 000 L1333–1337: "2003年12月1日印发的…自动失效"; effective_from assumed = 印发日', true),
  ('景府发〔2023〕12号', '景德镇市城市建设档案管理规定', '景德镇市人民政府', '2023-12-21', '2023-12-21', NULL, NULL, NULL, '第三十三条 自印发之日开始施行; 2023-10-30 第32次常务会', true),
  ('景府发〔2023〕13号', '景德镇市数字政府建设总体方案', '景德镇市人民政府', '2023-12-25', '2023-12-25', NULL, NULL, NULL, 'no commencement clause: effective on the masthead date; horizon "到2025年" (not an expiry); 2023-12-20 第34次常务会', true),
  ('景府发〔2014〕17号', '景德镇市人民政府关于印发景德镇市被征地农民基本养老保险实施办法的通知', '景德镇市人民政府', '2014-11-25', '2014-11-25', NULL, '景府发〔2023〕14号', '2024-01-01', 'seed 000 L2624–2630: "2014年11月25日印发的…同时废止"; effective_from assumed = 印发日', true),
  ('景府发〔2023〕14号', '景德镇市被征地农民参加基本养老保险实施办法', '景德镇市人民政府', '2023-12-26', '2024-01-01', NULL, NULL, NULL, '第二十二条 自2024年1月1日起开始实施; 2023-12-20 第34次常务会', true),
  ('景府发〔2023〕15号', '景德镇市金融支持“景漂”人才发展实施细则', '景德镇市人民政府', '2023-12-28', '2023-12-28', NULL, NULL, NULL, '四(四) 自下文之日起实施; products inherit the validity of their source policies (四(一))', true),
  ('景府办字〔2014〕32号', '景德镇市中心城区公共租赁住房管理暂行办法', '景德镇市人民政府办公室', '2014-04-02', '2014-04-02', NULL, '景府办发〔2023〕7号', '2023-11-27', 'issue date from the interpretation I5 (seed 000 L6355); effective_from assumed = issue date', true),
  ('景府办发〔2023〕7号', '景德镇市中心城区公共租赁住房管理办法', '景德镇市人民政府办公室', '2023-11-27', '2023-11-27', NULL, NULL, NULL, '第四十八条 自印发之日起施行; 2023-10-30 第32次常务会', true),
  ('景府办发〔2023〕9号', '景德镇通用航空飞行协调运行暂行办法', '景德镇市人民政府办公室', '2023-12-23', '2024-01-01', NULL, NULL, NULL, '第五十一条后段 "本办法自2024年1月1日起实施"; 暂行, no expiry; 2023-12-20 第34次常务会', true),
  ('景府办发〔2023〕10号', '景德镇市政务数据共享管理暂行办法', '景德镇市人民政府办公室', '2023-12-24', '2023-12-24', NULL, NULL, NULL, '第二十三条 自印发之日起施行 (masthead 2023-12-24 is a Sunday, as printed); 暂行, no expiry', true),
  ('景府办字〔2023〕51号', '“千馆之城”首批创建场馆名录（通知标题行缺失，取附件标题）', '景德镇市人民政府办公室', '2023-12-23', '2023-12-23', NULL, NULL, NULL, 'list publication, no commencement clause; 330 venues; title line lost in the source (L4726)', true),
  ('景府办字〔2023〕52号', '景德镇市知识产权纠纷快速处理试点方案', '景德镇市人民政府办公室', '2023-12-29', '2023-12-29', NULL, NULL, NULL, 'no commencement clause; pilot phases 2023-08 → 2025-07 are programme stages, not an expiry', true),
  ('景府字〔2020〕30号', '景德镇市人民政府关于授予王亮同志“景德镇市见义勇为先进个人”荣誉称号的决定', '景德镇市人民政府', '2020-07-21', '2020-07-21', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 001 GEN-04)', true),
  ('景府字〔2020〕34号', '景德镇市人民政府关于调整景德镇仲裁委员会的批复', '景德镇市人民政府', '2020-08-09', '2020-08-09', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 001 GEN-04)', true),
  ('景府办发〔2020〕4号', '景德镇市人民政府办公室关于推进全市消防救援事业高质量发展的实施意见', '景德镇市人民政府办公室', '2020-08-18', '2020-08-18', NULL, NULL, NULL, 'no commencement clause; programme "力争在三年时间内" 2020–2022 (not an expiry)', true),
  ('景府办字〔2020〕45号', '景德镇市人民政府办公室关于印发景德镇市促进热敏灸产业发展实施方案的通知', '景德镇市人民政府办公室', '2020-08-11', '2020-08-11', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 001 GEN-04)', true),
  ('景发改投资字〔2020〕176号', '景德镇市发展和改革委员会等8部门关于转发江西省发展改革委等8部门关于印发《关于应对新冠肺炎疫情进一步帮扶企业和个体工商户缓解房屋租金压力实施方案》的通知', '景德镇市发展和改革委员会等8部门', '2020-07-21', '2020-07-21', NULL, NULL, NULL, 'rent-relief application window closes 2020-09-30 (not an expiry)', true),
  ('景发改体改字〔2020〕181号', '景德镇市发展和改革委员会关于印发《景德镇市加快推进社会信用体系建设 构建以信用为基础的新型监管机制的实施方案》的通知', '景德镇市发展和改革委员会', '2020-07-22', '2020-07-22', NULL, NULL, NULL, 'basis printed "国办〔2019〕35号" (= 国办发〔2019〕35号, A-CRED-1)', true),
  ('景建发〔2020〕122号', '景德镇市住房和城乡建设局关于印发景德镇市存量房交易资金监管实施细则的通知', '景德镇市住房和城乡建设局', '2020-06-01', '2020-06-01', NULL, NULL, NULL, '第二十二条 自颁布之日起施行 (= document date); parent 景府办字〔2020〕24号 is cited, not in the seeds', true),
  ('景建发〔2020〕137号', '景德镇市住房和城乡建设局关于印发《景德镇市2020年污染防治攻坚战城镇生活污水处理专项行动实施方案》的通知', '景德镇市住房和城乡建设局', '2020-06-19', '2020-06-19', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 001 GEN-04)', true),
  ('景建发〔2020〕138号', '景德镇市住房和城乡建设局关于印发《景德镇市污染防治攻坚战黑臭水体整治专项行动实施方案》的通知', '景德镇市住房和城乡建设局', '2020-06-19', '2020-06-19', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 001 GEN-04)', true),
  ('景建发〔2020〕156号', '景德镇市住房和城乡建设局关于印发景德镇市建筑施工安全专项整治三年行动实施方案的通知', '景德镇市住房和城乡建设局', '2020-06-16', '2020-06-16', NULL, NULL, NULL, 'programme 2020-05 → 2022-12 (4 stages; see jdz.programme_stage); printed date 2020-06-16 kept (A-CONS-1)', true),
  ('景城管发〔2020〕39号', '景德镇市城市管理局关于印发景德镇市城市管理局安全生产专项整治三年行动实施方案的通知', '景德镇市城市管理局', '2020-06-15', '2020-06-15', NULL, NULL, NULL, 'programme 2020-04 → 2022-12 (4 stages; see jdz.programme_stage)', true),
  ('景调字〔2020〕12号', '国家统计局景德镇调查队等5部门关于进一步加强和改进住户调查工作的通知', '国家统计局景德镇调查队等5部门', '2020-06-15', '2020-06-15', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 001 GEN-04)', true),
  ('景府字〔2020〕36号', '景德镇市人民政府关于调整市政府领导分工的通知', '景德镇市人民政府', '2020-08-31', '2020-08-31', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 002 A-01)', true),
  ('景府办字〔2020〕46号', '景德镇市人民政府办公室关于进一步落实个人住房组合贷款政策的通知', '景德镇市人民政府办公室', '2020-09-07', '2020-09-07', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 002 A-01)', true),
  ('景工强市小组办字〔2020〕13号', '景德镇市工业强市建设工作领导小组办公室关于印发航空 房地产建筑 精细化工及生物医药 信息安全产业链链长制工作方案的通知', '景德镇市工业强市建设工作领导小组办公室', '2020-08-06', '2020-08-06', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 002 A-01)', true),
  ('景工强市小组办字〔2020〕19号', '景德镇市工业强市建设工作领导小组办公室关于印发虚拟现实(VR) 商贸物流产业链链长制工作方案的通知', '景德镇市工业强市建设工作领导小组办公室', '2020-09-04', '2020-09-04', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 002 A-01)', true),
  ('景人社字〔2020〕103号', '景德镇市人力资源和社会保障局 景德镇市财政局关于扩大失业保险保障范围的实施意见', '景德镇市人力资源和社会保障局、景德镇市财政局', '2020-07-09', '2020-07-09', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 002 A-01)', true),
  ('景自然资字〔2020〕29号', '景德镇市自然资源和规划局关于印发《景德镇市矿产资源规划（2021-2025年）编制工作方案》的通知', '景德镇市自然资源和规划局', '2020-05-19', '2020-05-19', NULL, NULL, NULL, 'no commencement clause: effective on the document date (seed 002 A-01)', true),
  ('景自然资办发〔2020〕28号', '景德镇市自然资源和规划局办公室关于印发景德镇市自然资源和规划局安全生产专项整治三年行动实施方案的通知', '景德镇市自然资源和规划局办公室', '2020-06-15', '2020-06-15', NULL, NULL, NULL, 'programme 2020-04 → 2022 年底 (retroactive start, A-11)', true),
  ('景金字〔2020〕17号', '景德镇市住房公积金管理中心关于进一步维护缴存职工住房公积金组合贷款权益的操作办法', '景德镇市住房公积金管理中心', '2020-09-07', '2020-09-07', NULL, NULL, NULL, '第七条 replaces the old disbursement calendar from this date (OP-07)', true),
  ('景金字〔2020〕18号', '景德镇市住房公积金管理中心关于印发《景德镇市住房公积金个人住房组合贷款实施细则》的通知', '景德镇市住房公积金管理中心', '2020-09-07', '2020-09-07', NULL, NULL, NULL, '细则 第二十六条 自发布之日起施行 → 2020-09-07 (seed 002 A-02)', true),
  ('景府发〔2022〕9号', '景德镇市人民政府关于调整和新增赋予国家级开发区部分事项管理权限的通知', '景德镇市人民政府', '2022-12-16', '2022-12-16', NULL, NULL, NULL, 'no commencement clause; 2022-12-07 第18次常务会; 高新区 items claimed under 赣府发〔2020〕19号 同时废止 (jdz.delegation_basis)', true),
  ('景府发〔2022〕10号', '景德镇市人民政府关于印发景德镇市矿产资源总体规划（2021—2025年）的通知', '景德镇市人民政府', '2022-12-18', '2022-12-18', NULL, NULL, NULL, '省政府同意; plan period 2021–2025, outlook 2035 (jdz.programme_stage); binding from issue (A-26)', true),
  ('景府字〔2022〕154号', '景德镇市人民政府关于新增赋予昌南新区部分事项管理权限的通知', '景德镇市人民政府', '2022-12-11', '2022-12-11', NULL, NULL, NULL, 'no commencement clause; 第18次常务会; earlier grants to 昌南新区 continue (二)', true),
  ('景府字〔2022〕160号', '景德镇市人民政府关于景德镇市第十次社会科学优秀成果获奖项目的通报', '景德镇市人民政府', '2022-12-16', '2022-12-16', NULL, NULL, NULL, 'commendation notice, 31 awards', true),
  ('景府办字〔2022〕48号', '景德镇市人民政府办公室关于印发景德镇市落实政务服务标准化规范化智能化便利化专业化的实施方案的通知', '景德镇市人民政府办公室', '2022-11-18', '2022-11-18', NULL, NULL, NULL, 'milestones 2022 年底前 / 2025 年底前 (jdz.plan_target)', true),
  ('景府办发〔2022〕7号', '景德镇市人民政府办公室关于印发景德镇市12345政务服务便民热线运行管理办法（试行）的通知', '景德镇市人民政府办公室', '2022-10-28', '2022-10-28', NULL, NULL, NULL, '第三十条 自印发之日起施行; 试行 without sunset; 2022-10-25 第17次常务会', true),
  ('景府办字〔2022〕45号', '景德镇市人民政府办公室关于印发景德镇市数字政府建设三年行动计划（2022—2024年）的通知', '景德镇市人民政府办公室', '2022-10-28', '2022-10-28', NULL, NULL, NULL, 'plan horizon 2022–2024 is not an expiry (A-37); annex rows 22–25 missing (A-1)', true),
  ('景府办字〔2022〕47号', '景德镇市人民政府办公室关于印发景德镇市12345热线满意度提升行动方案的通知', '景德镇市人民政府办公室', '2022-11-11', '2022-11-11', NULL, NULL, NULL, 'cover interleaved in 景府办字〔2022〕45号 annex (A-2)', true),
  ('景民字〔2022〕95号', '景德镇市民政局关于印发《景德镇市民政民生资金管理办法》的通知', '景德镇市民政局', '2022-08-08', '2022-08-08', NULL, NULL, NULL, '第二十五条 自下发之日起施行; repeals 景民字〔2016〕159号 and 景民字〔2018〕163号 the same day', true),
  ('景民字〔2016〕159号', '关于印发《景德镇市民政专项资金管理暂行办法的通知》', '景德镇市民政局', NULL, NULL, NULL, '景民字〔2022〕95号', '2022-08-08', 'title as cited in 景民字〔2022〕95号 第二十五条; issue and effective dates not in the seeds', true),
  ('景民字〔2018〕163号', '关于印发《景德镇市民政专项资金管理办法的通知》', '景德镇市民政局', NULL, NULL, NULL, '景民字〔2022〕95号', '2022-08-08', 'title as cited in 景民字〔2022〕95号 第二十五条; issue and effective dates not in the seeds', true),
  ('景农字〔2022〕148号', '景德镇市农业农村局 景德镇市司法局关于印发《景德镇市农业领域首违轻微不罚工作机制》的通知', '景德镇市农业农村局、景德镇市司法局', '2022-08-10', '2022-08-10', NULL, NULL, NULL, 'no commencement clause: effective on issue; annex list of 23 items', true),
  ('景府字〔2022〕136号', '景德镇市人民政府关于聘任王耀等同志为市政府参事的通知', '景德镇市人民政府', '2022-10-21', '2022-10-21', NULL, NULL, NULL, 'terms end 2025-09 / 2025-12 / 2026-01 (jdz.counsellor); 聘期届满时自行解聘', true);

-- jdz.doc_status(docno, on_date): unknown / not_yet_effective / in_force /
-- expired / repealed; repealed wins over expired; a registered document with
-- no effective_from is unknown until it is repealed or expires.  C, from a
-- per-session cache of jdz.document dropped on every committed change (the
-- statement trigger document_changed below).
CREATE FUNCTION jdz.doc_status(docno jdz.docno, on_date date DEFAULT current_date) RETURNS text
	AS 'MODULE_PATHNAME', 'registry_doc_status' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.doc_status(jdz.docno, date) IS 'the status of a document on a date (core §7): unknown, not_yet_effective, in_force, expired (from the day after expires_on) or repealed (from repealed_on; wins over expired)';

CREATE VIEW jdz.documents_in_force AS
SELECT d.docno, d.title, d.issuer, d.issued_on, d.effective_from, d.expires_on, d.note, d.builtin
  FROM jdz.document d
 WHERE jdz.doc_status(d.docno, current_date) = 'in_force';
COMMENT ON VIEW jdz.documents_in_force IS 'the registered documents in force today (current_date)';

-- 3.6 Parameters that change over time (core §6) ------------------------------

CREATE TABLE jdz.parameter (
	key text NOT NULL
		CONSTRAINT parameter_key_format CHECK (key ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$' AND octet_length(key) <= 100),
	valid_from date NOT NULL CONSTRAINT parameter_valid_from_finite CHECK (isfinite(valid_from)),
	valid_to date CONSTRAINT parameter_valid_to_finite CHECK (isfinite(valid_to)),
	value numeric NOT NULL CONSTRAINT parameter_value_not_nan CHECK (value <> 'NaN'),
	unit text,
	docno jdz.docno,
	article text,
	note text,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (key, valid_from),
	CONSTRAINT parameter_valid_to_after_from CHECK (valid_to >= valid_from)
);
COMMENT ON TABLE jdz.parameter IS 'standards an authority can change (core §6): one row per key and validity period, no overlapping periods for one key; read with jdz.param(key, on_date)';
COMMENT ON COLUMN jdz.parameter.key IS 'dotted key naming the rule, e.g. mf.deposit_rate.multi';
COMMENT ON COLUMN jdz.parameter.valid_from IS 'the first day of validity';
COMMENT ON COLUMN jdz.parameter.valid_to IS 'the last day of validity; NULL means open-ended';
COMMENT ON COLUMN jdz.parameter.value IS 'the value (exact numeric)';
COMMENT ON COLUMN jdz.parameter.unit IS 'the unit of the value (yuan per m², percent, ratio, days …)';
COMMENT ON COLUMN jdz.parameter.docno IS 'the document that sets it';
COMMENT ON COLUMN jdz.parameter.article IS 'the article of that document';
COMMENT ON COLUMN jdz.parameter.note IS 'rule ID and remarks';
COMMENT ON COLUMN jdz.parameter.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.parameter', 'WHERE NOT builtin');

-- No overlapping validity per key.  Core §1 has the extension require
-- nothing, so instead of an exclusion constraint (which would need
-- btree_gist) a constraint trigger checks each inserted or changed row at the
-- end of its statement, serialised per key by an advisory lock, and raises
-- the exclusion-violation SQLSTATE 23P01.
CREATE FUNCTION jdz.parameter_check_overlap() RETURNS trigger
	LANGUAGE plpgsql PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	o record;
BEGIN
	PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('jdz.parameter'), pg_catalog.hashtext(NEW.key));
	SELECT p.valid_from, p.valid_to INTO o
	  FROM jdz.parameter p
	 WHERE p.key = NEW.key
	   AND p.valid_from <> NEW.valid_from
	   AND p.valid_from <= coalesce(NEW.valid_to, 'infinity'::date)
	   AND NEW.valid_from <= coalesce(p.valid_to, 'infinity'::date)
	 ORDER BY p.valid_from
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'conflicting validity for parameter "%"', NEW.key
			USING ERRCODE = 'exclusion_violation',
				  CONSTRAINT = 'parameter_no_overlap', SCHEMA = 'jdz', TABLE = 'parameter',
				  DETAIL = format('Key %s: the row valid from %s to %s overlaps the row valid from %s to %s.',
								  NEW.key, to_char(NEW.valid_from, 'YYYY-MM-DD'),
								  coalesce(to_char(NEW.valid_to, 'YYYY-MM-DD'), 'open end'),
								  to_char(o.valid_from, 'YYYY-MM-DD'),
								  coalesce(to_char(o.valid_to, 'YYYY-MM-DD'), 'open end')),
				  HINT = 'End the earlier row''s validity first, in the same transaction: UPDATE jdz.parameter SET valid_to = <the day before the new valid_from> WHERE key = ... AND valid_from = ...';
	END IF;
	RETURN NULL;
END
$f$;
COMMENT ON FUNCTION jdz.parameter_check_overlap() IS 'constraint trigger of jdz.parameter: no two rows of one key have overlapping validity (23P01)';
CREATE CONSTRAINT TRIGGER parameter_no_overlap
	AFTER INSERT OR UPDATE OF key, valid_from, valid_to ON jdz.parameter
	FOR EACH ROW EXECUTE FUNCTION jdz.parameter_check_overlap();

CREATE TRIGGER parameter_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.parameter
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();

CREATE FUNCTION jdz.param(key text, on_date date DEFAULT current_date) RETURNS numeric
	AS 'MODULE_PATHNAME', 'registry_param' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.param(text, date) IS 'the value of a parameter in force on a date (core §6), from a per-session cache dropped on every committed change of jdz.parameter; 22023 naming key and date when there is none';

CREATE FUNCTION jdz.param_reset() RETURNS void
	AS 'MODULE_PATHNAME', 'registry_param_reset' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.param_reset() IS 'drop this session''s jdz.param and jdz.doc_status caches by hand (never needed: committed changes drop them)';

-- 3.7 Rules (core §8) --------------------------------------------------------

CREATE TABLE jdz.rule (
	rule_id text PRIMARY KEY CHECK (rule_id <> ''),
	family text NOT NULL,
	docno jdz.docno,
	article text,
	summary text,
	implemented_by text[] NOT NULL DEFAULT '{}',
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.rule IS 'one row per rule ID of the family files (core §8): its document, article, summary and the functions, jdz.time_limit_rule rows (rule_id/variant) or parameter keys that implement it';
COMMENT ON COLUMN jdz.rule.rule_id IS 'the rule ID of the spec (MF-07, HL-12b …)';
COMMENT ON COLUMN jdz.rule.family IS 'the rule family (the spec file and prefix)';
COMMENT ON COLUMN jdz.rule.docno IS 'the document the rule comes from';
COMMENT ON COLUMN jdz.rule.article IS 'the article of that document';
COMMENT ON COLUMN jdz.rule.summary IS 'what the rule says, in short';
COMMENT ON COLUMN jdz.rule.implemented_by IS 'functions (jdz.name), jdz.time_limit_rule rows (rule_id/variant) or parameter keys carrying the rule; empty when not implemented';
COMMENT ON COLUMN jdz.rule.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.rule', 'WHERE NOT builtin');
-- one row per rule ID of 10 §7, 30 §6 and 40 §(g) (data/gen/registry.py);
-- implemented_by is '{}' here: each family's part fills it with UPDATEs for
-- what it actually implements
-- rows of data/rule.csv
INSERT INTO jdz.rule (rule_id, family, docno, article, summary, builtin) VALUES
  ('MF-02', 'maintenance_fund', '景府发〔2023〕11号', '第二条、第五条第三款、第四十一条、第四十二条', 'scope: central city, counties by reference, resettlement and commercial projects', true),
  ('MF-06', 'maintenance_fund', '景府发〔2023〕11号', '第六条', 'who deposits; sold public housing: the selling unit too', true),
  ('MF-07', 'maintenance_fund', '景府发〔2023〕11号', '第七条', 'first deposit 60 / 85 yuan per m², ≤ 7 / ≥ 8 storeys', true),
  ('MF-08a', 'maintenance_fund', '景府发〔2023〕11号', '第八条(一)', 'sold public housing: owner 2 % of the 房改成本价 per m²', true),
  ('MF-08b', 'maintenance_fund', '景府发〔2023〕11号', '第八条(二)', 'selling unit 20 % / 30 % of the sale proceeds', true),
  ('MF-09', 'maintenance_fund', '景府发〔2023〕11号', '第九条', 'who owns which deposit', true),
  ('MF-10', 'maintenance_fund', '景府发〔2023〕11号', '第十条', 'interest: current-year deposits at the demand rate, the rest ≥ the one-year rate, yearly settlement', true),
  ('MF-11', 'maintenance_fund', '景府发〔2023〕11号', '第十一条', 'deposit before occupancy', true),
  ('MF-12', 'maintenance_fund', '景府发〔2023〕11号', '第十二条', 'no handover without the deposit', true),
  ('MF-14', 'maintenance_fund', '景府发〔2023〕11号', '第十四条', 'transfer to the assembly''s account within 10 days', true),
  ('MF-18', 'maintenance_fund', '景府发〔2023〕11号', '第十八条', 'replenish below 30 % of the first deposit', true),
  ('MF-19', 'maintenance_fund', '景府发〔2023〕11号', '第十九条', 'backfill housing without an account at today''s standard', true),
  ('MF-22', 'maintenance_fund', '景府发〔2023〕11号', '第二十二条', 'costs shared by building area', true),
  ('MF-23', 'maintenance_fund', '景府发〔2023〕11号', '第二十三条', 'unsold units'' shares paid by the developer / public-housing unit', true),
  ('MF-24', 'maintenance_fund', '景府发〔2023〕11号', '第二十四条(二)', 'vote: ⅔ + ⅔ take part; > ½ + > ½ agree (¾ + ¾ to rebuild)', true),
  ('MF-24p', 'maintenance_fund', '景府发〔2023〕11号', '第二十四条(四)、第二十五条(四)', 'acceptance panel ≥ 7, owners ≥ 50 %', true),
  ('MF-24a', 'maintenance_fund', '景府发〔2023〕11号', '第二十四条(五)、第二十五条(五)', 'price audit from 20000 yuan', true),
  ('MF-25', 'maintenance_fund', '景府发〔2023〕11号', '第二十五条', 'the same procedure after transfer to the assembly', true),
  ('MF-27', 'maintenance_fund', '景府发〔2023〕11号', '第二十七条', 'emergency repair without the vote', true),
  ('MF-28', 'maintenance_fund', '景府发〔2023〕11号', '第二十八条', 'costs the fund may not pay', true),
  ('MF-29', 'maintenance_fund', '景府发〔2023〕11号', '第二十九条', 'receipts that roll into the fund', true),
  ('MF-30', 'maintenance_fund', '景府发〔2023〕11号', '第三十条', 'the balance moves with the title', true),
  ('MF-31', 'maintenance_fund', '景府发〔2023〕11号', '第三十一条', 'refunds when the building is destroyed', true),
  ('MF-36', 'maintenance_fund', '景府发〔2023〕11号', '第三十六条', 'selling unit: order to correct only', true),
  ('MF-37', 'maintenance_fund', '景府发〔2023〕11号', '第三十七条', 'developer: ≤ 30000 / ≤ 10000 yuan if uncorrected', true),
  ('MF-38', 'maintenance_fund', '景府发〔2023〕11号', '第三十八条', 'misappropriation: ≤ 2 × the amount', true),
  ('MFI-01', 'maintenance_fund', '景府发〔2023〕11号', 'I1 三(二) (D1 第七条)', 'interpretation repeats the 60 / 85 standards', true),
  ('MFI-02', 'maintenance_fund', '景府发〔2023〕11号', 'I1 三(二) (D1 第八条)', 'interpretation repeats 2 % / 20 % / 30 %', true),
  ('MFI-03', 'maintenance_fund', '景府发〔2023〕11号', 'I1 三(四) (D1 第二十七条)', 'interpretation repeats the six emergencies', true),
  ('MFI-04', 'maintenance_fund', '景府发〔2023〕11号', 'I1 三(三) (D1 第二十四、二十五条)', 'two custody phases, same principles', true),
  ('PRH-04', 'public_rental_housing', '景府办发〔2023〕7号', '第四条; 第十六条 head', 'one PRH mode, no stacking, one unit per family', true),
  ('PRH-07', 'public_rental_housing', '景府办发〔2023〕7号', '第七条', 'central city = 昌江、珠山、高新、昌南', true),
  ('PRH-46', 'public_rental_housing', '景府办发〔2023〕7号', '第四十六条', '浮梁、乐平 may apply it', true),
  ('PRH-11a', 'public_rental_housing', '景府办发〔2023〕7号', '第十一条', 'unit size classes ≤ 50 / ≤ 80', true),
  ('PRH-11b', 'public_rental_housing', '景府办发〔2023〕7号', '第十一条', 'medium units ≤ 15 % of the total', true),
  ('PRH-11c', 'public_rental_housing', '景府办发〔2023〕7号', '第十一条', 'facilities ≤ 15 %, commercial ≤ 10 %', true),
  ('PRH-13', 'public_rental_housing', '景府办发〔2023〕7号', '第十三条', 'rent income ring-fenced', true),
  ('PRH-16-H', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条 head', 'household application, one main applicant', true),
  ('PRH-16-RES', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(一)1、(二)1', 'central urban hukou and 5 years'' residence', true),
  ('PRH-16-AGE', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(一)2、(二)2', 'marriage age; guardian exceptions; 18 for newcomers', true),
  ('PRH-16-CO', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(一)3、(二)3', 'co-applicants', true),
  ('PRH-16-CAT', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(一)4', 'lianzu statuses', true),
  ('PRH-16-AREA', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(一)5、(二)4', '≤ 15 m² per person', true),
  ('PRH-16-INC', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(二)5、(三)3', 'income ≤ 2.5 × L', true),
  ('PRH-16-MIG', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条(三)1–2', 'newcomers: no local urban hukou, work + 6 months'' insurance or a permit, no housing', true),
  ('PRH-16-ELIG', 'public_rental_housing', '景府办发〔2023〕7号', '第十六条', 'the composite test', true),
  ('PRH-17a', 'public_rental_housing', '景府办发〔2023〕7号', '第十七条(一)', '3-year look-back', true),
  ('PRH-17b', 'public_rental_housing', '景府办发〔2023〕7号', '第十七条(二)', 'single applicants: relatives ≥ 35 m² per person', true),
  ('PRH-17c', 'public_rental_housing', '景府办发〔2023〕7号', '第十七条(三)', 'expropriated persons not meeting the conditions', true),
  ('PRH-24', 'public_rental_housing', '景府办发〔2023〕7号', '第二十四条', 'waiting order, five priority groups', true),
  ('PRH-26', 'public_rental_housing', '景府办发〔2023〕7号', '第二十六条', 'sign within 30 days', true),
  ('PRH-27', 'public_rental_housing', '景府办发〔2023〕7号', '第二十七条', 'two abandonments, 3-year waiting cap', true),
  ('PRH-30a', 'public_rental_housing', '景府办发〔2023〕7号', '第三十条', 'lease ≤ 5 years', true),
  ('PRH-30b', 'public_rental_housing', '景府办发〔2023〕7号', '第三十条', 'renew ≥ 3 months before the end', true),
  ('PRH-30c', 'public_rental_housing', '景府办发〔2023〕7号', '第三十条', 'rent collected by month, quarter or year, ≤ 1 year', true),
  ('PRH-30d', 'public_rental_housing', '景府办发〔2023〕7号', '第三十条', 'yearly review', true),
  ('PRH-31a', 'public_rental_housing', '景府办发〔2023〕7号', '第三十一条', 'rents: 10 % lianzu, 60–80 % gongzu', true),
  ('PRH-31b', 'public_rental_housing', '景府办发〔2023〕7号', '第三十一条', 'property fee ≤ the local average', true),
  ('PRH-31c', 'public_rental_housing', '景府办发〔2023〕7号', '第三十一条', 'adjust every two years', true),
  ('PRH-34', 'public_rental_housing', '景府办发〔2023〕7号', '第三十四条', 'subsidy = area standard × band standard', true),
  ('PRH-35', 'public_rental_housing', '景府办发〔2023〕7号', '第三十五条; 第三十三条', 'paid monthly; lease filed online', true),
  ('PRH-38', 'public_rental_housing', '景府办发〔2023〕7号', '第三十八条', 'exit triggers; transition ≤ 1 year at market rent', true),
  ('PRH-39', 'public_rental_housing', '景府办发〔2023〕7号', '第三十九条', 'eight grounds; 5-year ban', true),
  ('PRH-40', 'public_rental_housing', '景府办发〔2023〕7号', '第四十条', 'rent tier after a review', true),
  ('PRH-43', 'public_rental_housing', '景府办发〔2023〕7号', '第四十三条', 'sanctions on operators', true),
  ('PRH-44', 'public_rental_housing', '景府办发〔2023〕7号', '第四十四条', 'fraud: vacate, market back-rent, 5-year ban from vacating', true),
  ('PRH-45', 'public_rental_housing', '景府办发〔2023〕7号', '第四十五条', 'agents: ≤ 10000 / ≤ 30000 yuan', true),
  ('PRH-DOC', 'public_rental_housing', '景府办发〔2023〕7号', '第四十八条', 'effective on issuance; repeals 景府办字〔2014〕32号', true),
  ('LP-05', 'lefp', '景府发〔2023〕14号', '第五条', 'jdz.lefp_eligibility; params lefp.min_age, lefp.max_land_per_capita', true),
  ('LP-06', 'lefp', '景府发〔2023〕14号', '第六条', 'jdz.lefp_eligibility (circumstances, reallocated_mu)', true),
  ('LP-07', 'lefp', '景府发〔2023〕14号', '第七条', 'time_limit_rule LP-07/village, LP-07/township, LP-07/county', true),
  ('LP-08', 'lefp', '景府发〔2023〕14号', '第八条', 'not computable: a checklist of four documents filed by the village committee; completeness is their presence', true),
  ('LP-09', 'lefp', '景府发〔2023〕14号', '第九条', 'jdz.lefp_schemes; param lefp.subsidy_years_max', true),
  ('LP-10', 'lefp', '景府发〔2023〕14号', '第十条', 'jdz.lefp_annual_subsidy, jdz.lefp_annual_subsidy_explain; params lefp.avg_monthly_wage (DBA), lefp.subsidy_base_ratio, lefp.subsidy_rate', true),
  ('LP-12', 'lefp', '景府发〔2023〕14号', '第十一、十二条', 'jdz.lefp_enterprise_subsidy', true),
  ('LP-13', 'lefp', '景府发〔2023〕14号', '第十三条', 'jdz.lefp_resident_lump_sum', true),
  ('LP-14', 'lefp', '景府发〔2023〕14号', '第十四条', 'jdz.lefp_eligibility (status ''retained'')', true),
  ('LP-16', 'lefp', '景府发〔2023〕14号', '第十六条', 'jdz.lefp_min_provision; param lefp.land_revenue_provision_min', true),
  ('LP-17a', 'lefp', '景府发〔2023〕14号', '第十七条（一）', 'jdz.lefp_predeposit; param lefp.predeposit_per_mu', true),
  ('LP-17b', 'lefp', '景府发〔2023〕14号', '第十七条（二）', 'time_limit_rule LP-17b/state_council', true),
  ('LP-17c', 'lefp', '景府发〔2023〕14号', '第十七条（二）', 'not computable: conjunction of three administrative facts (system established, pre-deposit in place, pre-approval procedures done)', true),
  ('LP-22', 'lefp', '景府发〔2023〕14号', '第二十二、二十三条', 'jdz.document rows 景府发〔2023〕14号, 景府发〔2014〕17号; county rules: not computable (none in the seeds)', true),
  ('LP-23', 'lefp', '景府发〔2023〕14号', '第二十二、二十三条', 'jdz.document rows 景府发〔2023〕14号, 景府发〔2014〕17号; county rules: not computable (none in the seeds)', true),
  ('JP-01', 'jp', '景府发〔2023〕15号', '二（一）1', 'param jp.guarantee_loan.interest_subsidy_ratio (DBA): interest * jdz.param(...)', true),
  ('JP-02', 'jp', '景府发〔2023〕15号', '二（二）2', 'not computable: eligibility is a conjunction of facts (景漂 core team, loan due, bank committed to renew, 还旧借新 use)', true),
  ('JP-03', 'jp', '景府发〔2023〕15号', '二（三）3', 'param jp.industry_loan.interest_subsidy_ratio (DBA): interest * jdz.param(...)', true),
  ('JP-04', 'jp', '景府发〔2023〕15号', '二（三）4', 'param jp.cainong.leverage: risk_fund * jdz.param(''jp.cainong.leverage'', d)', true),
  ('JP-05', 'jp', '景府发〔2023〕15号', '二（三）5', 'params jp.kedaitong.share.province, jp.kedaitong.share.local + core jdz.apportion', true),
  ('JP-06', 'jp', '景府发〔2023〕15号', '二（三）6', 'jdz.jp_caiyuan_eligibility; params jp.caiyuan.max_amount, jp.caiyuan.max_term_months', true),
  ('JP-07', 'jp', '景府发〔2023〕15号', '二（四）7', 'not computable: membership of the 3+1+X talent pool is a fact; no standard', true),
  ('JP-08', 'jp', '景府发〔2023〕15号', '二（五）8', 'not computable: the online channel and enterprise size are facts; no standard', true),
  ('CN-01', 'cl', '景府办字〔2020〕46号', '（一）', 'time_limit_rule CN-01/review, CN-01/disbursement', true),
  ('CN-02', 'cl', '景府办字〔2020〕46号', '（一）', 'not computable: a fixed date (2020-10-31), not a period', true),
  ('CN-03', 'cl', '景府办字〔2020〕46号', '（二）', 'not computable: a comparison of the discounts a developer offers (HPF or combination buyers must not get less than commercial-loan buyers); no standard amount', true),
  ('CN-04', 'cl', '景府办字〔2020〕46号', '（五）', 'not computable: discretionary sanction ladder (情节严重, 拒不整改)', true),
  ('OP-01', 'cl', '景金字〔2020〕17号', '一', 'not computable: definition', true),
  ('OP-02', 'cl', '景金字〔2020〕17号', '二', 'not computable: annual assessment with discretionary suspension', true),
  ('OP-03', 'cl', '景金字〔2020〕17号', '三', 'not computable: project admission checklist (six documents)', true),
  ('OP-04', 'cl', '景金字〔2020〕17号', '四', 'time_limit_rule OP-04', true),
  ('OP-05', 'cl', '景金字〔2020〕17号', '五', 'not computable: gate on a notification fact', true),
  ('OP-06', 'cl', '景金字〔2020〕17号', '六', 'time_limit_rule OP-06; jdz.hpf_disbursement_due', true),
  ('OP-07', 'cl', '景金字〔2020〕17号', '七', 'jdz.hpf_disbursement_allowed, jdz.hpf_disbursement_due; params op.disburse.blackout_workdays, op.disburse.cutoff_day', true),
  ('OP-08', 'cl', '景金字〔2020〕17号', '八', 'core jdz.is_workday (extended hours on working days, appointment otherwise)', true),
  ('OP-09', 'cl', '景金字〔2020〕17号', '九、十', 'not computable: complaint channels and campaigns', true),
  ('OP-10', 'cl', '景金字〔2020〕17号', '九、十', 'not computable: complaint channels and campaigns', true),
  ('CL-02', 'cl', '景金字〔2020〕18号', '第二条', 'not computable: each tranche is approved by its own lender; the combination needs both approvals', true),
  ('CL-03', 'cl', '景金字〔2020〕18号', '第三条', 'jdz.cl_eligibility', true),
  ('CL-04', 'cl', '景金字〔2020〕18号', '第四条', 'jdz.cl_eligibility; param cl.min_contribution_months; time_limit_rule CL-04/contract, CL-04/payment', true),
  ('CL-05', 'cl', '景金字〔2020〕18号', '第五条', 'jdz.cl_eligibility; params cl.max_existing_home_area, cl.max_existing_homes', true),
  ('CL-06', 'cl', '景金字〔2020〕18号', '第六条', 'jdz.cl_max_loan (both_spouses_eligible); jdz.cl_eligibility (contributions_stopped)', true),
  ('CL-07', 'cl', '景金字〔2020〕18号', '第七条', 'jdz.cl_max_loan, jdz.cl_max_loan_explain; params cl.hpf_cap.single, cl.hpf_cap.couple, cl.max_loan_ratio', true),
  ('CL-08', 'cl', '景金字〔2020〕18号', '第八条', 'jdz.cl_max_term, jdz.cl_eligibility; params cl.term_min_months, cl.term_max_months, cl.term_after_retirement_months', true),
  ('CL-09', 'cl', '景金字〔2020〕18号', '第九条', 'jdz.loan_schedule (re-pricing = new schedule on the outstanding balance); rates are inputs', true),
  ('CL-10', 'cl', '景金字〔2020〕18号', '第十条', 'jdz.cl_max_loan (min_down_payment); param cl.min_down_payment_ratio; the document list is not computable', true),
  ('CL-11', 'cl', '景金字〔2020〕18号', '第十一条', 'time_limit_rule CL-11', true),
  ('CL-12', 'cl', '景金字〔2020〕18号', '第十二条', 'not computable: disbursement procedure (both tranches to the developer''s account)', true),
  ('CL-13', 'cl', '景金字〔2020〕18号', '第十三条', 'not computable: release documents; deadline is CL-19', true),
  ('CL-14', 'cl', '景金字〔2020〕18号', '第十四条', 'not computable: form of the guarantee (full term, full amount, joint liability)', true),
  ('CL-15', 'cl', '景金字〔2020〕18号', '第十五条', 'jdz.cl_clawback_triggered; params cl.clawback.consecutive_missed, cl.clawback.total_missed; time_limit_rule CL-15/top_up; clawback amount from jdz.loan_schedule', true),
  ('CL-16', 'cl', '景金字〔2020〕18号', '第十六、十七条', 'jdz.loan_schedule', true),
  ('CL-17', 'cl', '景金字〔2020〕18号', '第十六、十七条', 'jdz.loan_schedule', true),
  ('CL-18', 'cl', '景金字〔2020〕18号', '第十八条', 'not computable: consent of both lenders; the payoff principal is the schedule balance', true),
  ('CL-19', 'cl', '景金字〔2020〕18号', '第十九条', 'time_limit_rule CL-19', true),
  ('CL-20', 'cl', '景金字〔2020〕18号', '第二十条', 'jdz.cl_eligibility (fully_paid, second_hand)', true),
  ('CL-21', 'cl', '景金字〔2020〕18号', '第二十一条', 'not computable: seven factual grounds', true),
  ('CL-22', 'cl', '景金字〔2020〕18号', '第二十二条', 'not computable: the penalty rate is contractual and not in the seeds', true),
  ('CL-23', 'cl', '景金字〔2020〕18号', '第二十三条', 'core jdz.apportion(least(proceeds, hpf_claim + bank_claim), ARRAY[hpf_claim, bank_claim]) (a party with no claim is left out of the array)', true),
  ('CL-26', 'cl', '景金字〔2020〕18号', '第二十六条', 'jdz.document row 景金字〔2020〕18号', true),
  ('UI-01', 'ui', '景人社字〔2020〕103号', '二（一）', 'jdz.ui_benefit_eligibility; param ui.benefit.min_contribution_months', true),
  ('UI-02', 'ui', '景人社字〔2020〕103号', '二（一）1、三', 'jdz.ui_benefit_eligibility (no age, training, archive, proof or 60-day input, by design)', true),
  ('UI-03', 'ui', '景人社字〔2020〕103号', '二（一）2', 'jdz.ui_unemployment_subsidy / jdz.ui_migrant_allowance stop events (only employment with employer-paid social insurance stops payment)', true),
  ('UI-04', 'ui', '景人社字〔2020〕103号', '二（一）3', 'jdz.ui_benefit_eligibility (separation ''undetermined_committed''); refund of all benefit received: not computable (sum of payments)', true),
  ('UI-05', 'ui', '景人社字〔2020〕103号', '二（一）', 'jdz.ui_older_worker_extension; param ui.older_extension.max_months_to_retirement', true),
  ('UI-06', 'ui', '景人社字〔2020〕103号', '二（一）', 'jdz.ui_benefit_eligibility (drawing_pension)', true),
  ('UI-07', 'ui', '景人社字〔2020〕103号', '二（二）', 'jdz.ui_unemployment_subsidy; params ui.subsidy.monthly, ui.subsidy.max_months', true),
  ('UI-08', 'ui', '景人社字〔2020〕103号', '二（二）3', 'jdz.ui_unemployment_subsidy (stopped_on)', true),
  ('UI-09', 'ui', '景人社字〔2020〕103号', '二（三）、二（三）1', 'jdz.ui_migrant_lump_sum; params ui.migrant_lump.*, ui.benefit_base (DBA)', true),
  ('UI-10', 'ui', '景人社字〔2020〕103号', '二（三）、二（三）2', 'jdz.ui_migrant_allowance; params ui.migrant_temp.*, ui.dibao.urban (DBA)', true),
  ('UI-11', 'ui', '景人社字〔2020〕103号', '二（四）', 'jdz.ui_price_subsidy; params ui.price_subsidy.multiplier, ui.dibao.urban, ui.dibao.rural, ui.scpi_yoy (DBA)', true),
  ('UI-12', 'ui', '景人社字〔2020〕103号', '四（二）、四（四）', 'not computable: a fixed date (2020-07-10) and a weekly cadence', true),
  ('UI-EXT-01', 'ui', NULL, '失业保险条例 第十七条', 'not computable: national law, not in the seeds (benefit durations are not computed)', true),
  ('GEN-01', 'cl', NULL, 'seed 002', 'core §2 boundary words', true),
  ('GEN-02', 'cl', NULL, 'seed 002', 'core §4 jdz.add_workdays, jdz.workdays_between', true),
  ('GEN-03', 'cl', NULL, 'seed 002', 'core §5 jdz.due, jdz.period_end', true),
  ('GEN-04', 'cl', NULL, 'seed 002', 'core §2 month arithmetic, jdz.period_end', true),
  ('GEN-05', 'cl', NULL, 'seed 002', 'not computable here: parsing the due-date phrases of chain task lists, which are reference data', true),
  ('LD-01', 'other', '景府字〔2020〕36号', NULL, 'not computable: leader portfolio roster (reference data)', true),
  ('LD-02', 'other', '景府字〔2020〕36号', NULL, 'not computable: AB-role substitution over the roster (reference data)', true),
  ('CH-AV-01', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: targets (reference data)', true),
  ('CH-RE-01', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: targets', true),
  ('CH-RE-02', 'other', '景工强市小组办字〔2020〕13号', NULL, 'time_limit_rule CH-RE-02', true),
  ('CH-RE-03', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: a quota over caller data (preselected contractors take half or more of state-owned specialist subcontracts up to 400万), no amount to compute', true),
  ('CH-RE-04', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: reporting cadence', true),
  ('CH-FC-01', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: targets', true),
  ('CH-IS-01', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: targets', true),
  ('CH-IS-02', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: reporting cadence', true),
  ('CH-VR-01', 'other', '景工强市小组办字〔2020〕19号', NULL, 'not computable: task ledger', true),
  ('CH-LG-01', 'other', '景工强市小组办字〔2020〕19号', NULL, 'not computable: reporting cadence; leader by reference', true),
  ('CH-LEAD-01', 'other', '景工强市小组办字〔2020〕13号', NULL, 'not computable: rosters', true),
  ('MR-01', 'other', '景自然资字〔2020〕29号', NULL, 'not computable: phase calendar (reference data)', true),
  ('SF-01', 'other', '景自然资办发〔2020〕28号', NULL, 'not computable: phase calendar', true),
  ('SM-01', 'other', NULL, 'news 2020-09-11', 'not computable: news item', true),
  ('RENT-01', 'rent', '景发改投资字〔2020〕176号', '附件 二（一）', 'jdz.rent_relief; params rent.free_months, rent.half_months, rent.extra_free_months', true),
  ('RENT-02', 'rent', '景发改投资字〔2020〕176号', '附件 二（一）', 'jdz.rent_relief (amount)', true),
  ('RENT-03', 'rent', '景发改投资字〔2020〕176号', '附件 二（一）（二）、（十）', 'core jdz.apportion over sub-rents; the written agreement is not computable', true),
  ('RENT-04', 'rent', '景发改投资字〔2020〕176号', '附件 二（二）', 'jdz.rent_relief (rows valid to 2020-09-30)', true),
  ('RENT-05', 'rent', '景发改投资字〔2020〕176号', '附件 三（五）', 'not computable: landlord tax relief follows the tax rules; eligibility is a conjunction of facts', true),
  ('RENT-06', 'rent', '景发改投资字〔2020〕176号', '附件 四（九）', 'jdz.rent_loan_deferral; param rent.inclusive_loan.max_credit', true),
  ('RENT-07', 'rent', '景发改投资字〔2020〕176号', '通知 1', 'not computable: a fixed date (2020-07-24)', true),
  ('RENT-08', 'rent', '景发改投资字〔2020〕176号', '附件 二（一）', 'not computable: external classification (国统字〔2017〕213号); the caller passes the tenant class', true),
  ('MOX-01', 'mox', '景府办字〔2020〕45号', '三（一）', 'param mox.area_target_mu (valid to 2023-12-31)', true),
  ('MOX-02', 'mox', '景府办字〔2020〕45号', '三（一）', 'jdz.mox_base_subsidy; params mox.subsidy_per_mu, mox.min_area_mu, mox.min_area_mu_organic', true),
  ('MOX-03', 'mox', '景府办字〔2020〕45号', '三（十）', 'param mox.annual_budget', true),
  ('MOX-04', 'mox', '景府办字〔2020〕45号', '三（三）、三（四）', 'not computable: counts of pilot institutions and counties', true),
  ('SURV-01', 'surv', '景调字〔2020〕12号', '四（二）', 'jdz.surv_subsidy; params surv.increase.*, surv.base.* (DBA)', true),
  ('SURV-02', 'surv', '景调字〔2020〕12号', '三（二）、四（三）', 'not computable: staffing count (1–2) and full visit coverage', true),
  ('SURV-03', 'surv', '景调字〔2020〕12号', '二（三）', 'not computable: organisation', true),
  ('ESC-02', 'esc', '景建发〔2020〕122号', '第二条', 'not computable: 中心城区 is undefined; the deal''s scope is the caller''s', true),
  ('ESC-04', 'esc', '景建发〔2020〕122号', '第四、十四条', 'jdz.esc_required', true),
  ('ESC-14', 'esc', '景建发〔2020〕122号', '第四、十四条', 'jdz.esc_required', true),
  ('ESC-05', 'esc', '景建发〔2020〕122号', '第五条', 'jdz.esc_plan (commission line)', true),
  ('ESC-07', 'esc', '景建发〔2020〕122号', '第七条', 'not computable: ledger invariants of the sub-account (frozen, notice-driven, immediate transfer)', true),
  ('ESC-08', 'esc', '景建发〔2020〕122号', '第八条', 'not computable: checklist of the agreement''s contents; interest, period and arrival time are agreement terms', true),
  ('ESC-09', 'esc', '景建发〔2020〕122号', '第九条', 'not computable: document checklist', true),
  ('ESC-10', 'esc', '景建发〔2020〕122号', '第十条', 'jdz.esc_plan', true),
  ('ESC-11', 'esc', '景建发〔2020〕122号', '第十一条', 'not computable: documents plus the release event of jdz.esc_plan', true),
  ('ESC-12', 'esc', '景建发〔2020〕122号', '第十二条', 'not computable: documents and approvals for release', true),
  ('ESC-13', 'esc', '景建发〔2020〕122号', '第十三条', 'not computable: amendment conditions on caller facts (amount unchanged, account change before transfer registration)', true),
  ('ESC-15', 'esc', '景建发〔2020〕122号', '第十五条', 'not computable: notarised power of attorney required for agents', true),
  ('ESC-16', 'esc', '景建发〔2020〕122号', '第十六条', 'jdz.esc_plan (top_up line)', true),
  ('ESC-18', 'esc', '景建发〔2020〕122号', '第十八条', 'not computable: sanctions', true),
  ('ESC-19', 'esc', '景建发〔2020〕122号', '第十九条', 'not computable: sanction ladder with an unquantified period', true),
  ('ESC-22', 'esc', '景建发〔2020〕122号', '第二十二条', 'jdz.document row 景建发〔2020〕122号', true),
  ('HL-9', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item (hl.accept_kind, hl.exclusion ordered 9.1…9.8). The first exclusion in ord order decides. Emergency help and report calls go to HL-13 first (A-28). n.c. as a function: every input is a human classification', true),
  ('HL-10', 'hotline', '景府办发〔2022〕7号', NULL, 'n.c.: 即时答复 / 派单 / 专报 depends only on human judgements (knowledge-base answerable, major matter); no time limit ("即时")', true),
  ('HL-11.3', 'hotline', '景府办发〔2022〕7号', NULL, 'time_limit_rule HL-11.3 (1 working day from signing). Whether the return has a basis or a reassignment opinion is a caller fact', true),
  ('HL-11.4', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item hl.escalation_level (1–3). n.c.: no time limit per level; the next level is level + 1, capped at 3', true),
  ('HL-11.6', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item hl.supervision_item. Supervision is the OR of caller facts; overdue comes from jdz.hl_is_overdue. n.c. for 限期整改 (case-by-case period)', true),
  ('HL-25', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item hl.supervision_item. Supervision is the OR of caller facts; overdue comes from jdz.hl_is_overdue. n.c. for 限期整改 (case-by-case period)', true),
  ('HL-11.8', 'hotline', '景府办发〔2022〕7号', NULL, 'n.c.: no callback or re-handling limit in the text (A-38). A re-handle is a new order: use jdz.hl_due from the re-dispatch', true),
  ('HL-11.9', 'hotline', '景府办发〔2022〕7号', NULL, 'time_limit_rule HL-11.9 (3 years, no move). Deletion is allowed once on_date > jdz.due(''HL-11.9'', '''', recorded_on). A statutory override uses jdz.period_end(recorded_on, n years)', true),
  ('HL-12a', 'hotline', '景府办发〔2022〕7号', NULL, 'time_limit_rule HL-12a (1 working day from dispatch); jdz.is_late', true),
  ('HL-12b', 'hotline', '景府办发〔2022〕7号', NULL, 'jdz.hl_limit, jdz.hl_due, jdz.hl_is_overdue; time_limit_rule HL-12b/{consultation, help, suggestion, opinion, complaint, report, complex_repeat}', true),
  ('HL-13', 'hotline', '景府办发〔2022〕7号', NULL, 'time_limit_rule HL-13 (2 hours, exact); jdz.is_late(accepted_at, lim, transferred_at)', true),
  ('HL-15', 'hotline', '景府办发〔2022〕7号', NULL, 'jdz.hl_extension; jdz.hl_due(…, extension => …)', true),
  ('HL-16', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.hl_number with its no-restore trigger; jdz.hl_number_mode', true),
  ('HL-17', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.hl_number with its no-restore trigger; jdz.hl_number_mode', true),
  ('HL-21', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item hl.monthly_metric. n.c.: the text names the six metrics but defines none (A-38). The PROPOSED formulas are not shipped', true),
  ('HL-24', 'hotline', '景府办发〔2022〕7号', NULL, 'n.c.: two exclusions from assessment, both human findings (suggestion not adopted; no policy basis and explained). No function; the condition is documented in the note', true),
  ('HL-26', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item hl.accountability_case. n.c. beyond the list: the triggers are counts of caller events (≥ 2 consecutive send-backs, ≥ 3 reports, both inclusive) with no period', true),
  ('HL-27', 'hotline', '景府办发〔2022〕7号', NULL, 'table jdz.catalog_item hl.accountability_form (any non-empty set, 单处或并处)', true),
  ('HL-30', 'documents', '景府办发〔2022〕7号', NULL, 'jdz.document row 景府办发〔2022〕7号; jdz.doc_status', true),
  ('SAT-1', 'hotline', '景府办字〔2022〕47号', NULL, 'param hl.satisfaction_target_pct (≥)', true),
  ('SAT-2', 'hotline', '景府办字〔2022〕47号', NULL, 'n.c.: no rating scale and no formula in the text (A-38); the Art. 24 exclusions are HL-24', true),
  ('DG-T', 'digital_plan', '景府办字〔2022〕45号', NULL, 'table jdz.plan_target (DG-Tnn-yyyy, DG-Tnn-yyyy-qk), jdz.target_status; table jdz.dg_task', true),
  ('DG-G', 'digital_plan', '景府办字〔2022〕45号', NULL, 'table jdz.plan_target DG-G1…G8 (due 2024-12-31), jdz.target_status', true),
  ('DG-B', 'digital_plan', '景府办字〔2022〕45号', NULL, 'table jdz.plan_target DG-B1…B22 (B4 as two rows, 41 and 企业开办; B17 is DG-P), jdz.target_status', true),
  ('DG-P', 'digital_plan', '景府办字〔2022〕45号', NULL, 'params dg.policy_commissioners_min, dg.policy_commissioners_max (1 ≤ n ≤ 2)', true),
  ('CA-2', 'civil_affairs', '景民字〔2022〕95号', NULL, 'table jdz.catalog_item ca.fund_type (open list)', true),
  ('CA-6.1', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-6.1 … CA-6.6. A central or provincial deadline for CA-6.5 replaces the computed one (COALESCE(deadline, jdz.due(''CA-6.5'', '''', received))). Publicity under CA-6.6 is skipped if confidential (caller)', true),
  ('CA-6.2', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-6.1 … CA-6.6. A central or provincial deadline for CA-6.5 replaces the computed one (COALESCE(deadline, jdz.due(''CA-6.5'', '''', received))). Publicity under CA-6.6 is skipped if confidential (caller)', true),
  ('CA-6.3', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-6.1 … CA-6.6. A central or provincial deadline for CA-6.5 replaces the computed one (COALESCE(deadline, jdz.due(''CA-6.5'', '''', received))). Publicity under CA-6.6 is skipped if confidential (caller)', true),
  ('CA-6.4', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-6.1 … CA-6.6. A central or provincial deadline for CA-6.5 replaces the computed one (COALESCE(deadline, jdz.due(''CA-6.5'', '''', received))). Publicity under CA-6.6 is skipped if confidential (caller)', true),
  ('CA-6.5', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-6.1 … CA-6.6. A central or provincial deadline for CA-6.5 replaces the computed one (COALESCE(deadline, jdz.due(''CA-6.5'', '''', received))). Publicity under CA-6.6 is skipped if confidential (caller)', true),
  ('CA-6.6', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-6.1 … CA-6.6. A central or provincial deadline for CA-6.5 replaces the computed one (COALESCE(deadline, jdz.due(''CA-6.5'', '''', received))). Publicity under CA-6.6 is skipped if confidential (caller)', true),
  ('CA-7a', 'civil_affairs', '景民字〔2022〕95号', NULL, 'n.c.: the factors are named but no weights or formula are given (A-49). A DBA with weights can use core jdz.apportion', true),
  ('CA-7b', 'civil_affairs', '景民字〔2022〕95号', NULL, 'table jdz.catalog_item ca.project_stage (attrs: kind, rank); ties are not broken by the text (A-22)', true),
  ('CA-7c', 'civil_affairs', '景民字〔2022〕95号', NULL, 'n.c.: a conjunction of four documentary facts (in the library, collective decision, preparatory documents, performance table); no number or period', true),
  ('CA-9', 'civil_affairs', '景民字〔2022〕95号', NULL, 'jdz.annual_date CA-9/{current_year, carryover} (fixed dates, no move)', true),
  ('CA-11a', 'civil_affairs', '景民字〔2022〕95号', NULL, 'table jdz.catalog_item ca.cash_purpose. n.c. beyond it: the formalities are documentary facts', true),
  ('CA-11b', 'civil_affairs', '景民字〔2022〕95号', NULL, 'table jdz.catalog_item ca.cash_purpose. n.c. beyond it: the formalities are documentary facts', true),
  ('CA-11c', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-11c/settlement (1 month, moves) and CA-11c/extension_cap (14 days, a cap). A leader''s approval is a caller fact', true),
  ('CA-12', 'civil_affairs', '景民字〔2022〕95号', NULL, 'table jdz.catalog_item ca.incompatible_posts (extendable, "等相关岗位")', true),
  ('CA-13', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-13/no_start (PROPOSED 12 months, no move). Cash payment of works is forbidden (caller)', true),
  ('CA-18', 'civil_affairs', '景民字〔2022〕95号', NULL, 'jdz.annual_date CA-18/{evaluation, publication}', true),
  ('CA-23', 'civil_affairs', '景民字〔2022〕95号', NULL, 'time_limit_rule CA-23 (PROPOSED rolling 3 years, no move)', true),
  ('CA-25', 'documents', '景民字〔2022〕95号', NULL, 'jdz.document rows 景民字〔2022〕95号, 景民字〔2016〕159号, 景民字〔2018〕163号; jdz.doc_status', true),
  ('AG-S', 'agriculture', '景农字〔2022〕148号', NULL, 'jdz.ag_outcome(…, out_of_scope => true)', true),
  ('AG-1a', 'agriculture', '景农字〔2022〕148号', NULL, 'jdz.ag_is_minor; params ag.minor_illegal_gain_lt, ag.minor_goods_value_lt, ag.minor_duration_days_lt', true),
  ('AG-1b', 'agriculture', '景农字〔2022〕148号', NULL, 'time_limit_rule AG-1b (10 working days); jdz.ag_correction', true),
  ('AG-1c', 'agriculture', '景农字〔2022〕148号', NULL, 'input no_harm of jdz.ag_outcome / jdz.ag_item_outcome (no property loss, injury or ecological damage: caller facts)', true),
  ('AG-1', 'agriculture', '景农字〔2022〕148号', NULL, 'jdz.ag_outcome step 3', true),
  ('AG-2a', 'agriculture', '景农字〔2022〕148号', NULL, 'time_limit_rule AG-2a (2 years, no move); jdz.ag_is_first', true),
  ('AG-2b', 'agriculture', '景农字〔2022〕148号', NULL, 'input minor_harm (settlement with a victim, or measures where there is none: caller facts)', true),
  ('AG-2', 'agriculture', '景农字〔2022〕148号', NULL, 'jdz.ag_outcome step 4', true),
  ('AG-3', 'agriculture', '景农字〔2022〕148号', NULL, 'jdz.ag_outcome / jdz.ag_item_outcome exclusion step (aggravating, reoffended_after_no_penalty, proven_no_fault, other_legal_bar)', true),
  ('AG-L', 'agriculture', '景农字〔2022〕148号', NULL, 'table jdz.ag_list_item; jdz.ag_item_outcome', true),
  ('AG-F', 'agriculture', '景农字〔2022〕148号', NULL, 'table jdz.ag_fine_band (reference; not a rule of the mechanism)', true),
  ('CN-1', 'counsellors', '景府字〔2022〕136号', NULL, 'table jdz.counsellor; jdz.counsellor_status', true),
  ('GA-02', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline (22023 for calibration and official flights); jdz.ga_flight_kind. Territorial scope is a caller fact', true),
  ('GA-07', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.registration_material (attrs.subject = unit / individual)', true),
  ('GA-08', 'aviation', '景府办发〔2023〕9号', NULL, 'n.c.: "原则上仅由一个在册账户" for large events is advisory; a count the caller checks', true),
  ('GA-16', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline (airspace argument); table jdz.catalog_item ga.airspace_class', true),
  ('GA-17', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.annual_date GA-17/{collection_opens, collection_closes}, GA-18 ('''' = 10-31, strict "11月1日前")', true),
  ('GA-18', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.annual_date GA-17/{collection_opens, collection_closes}, GA-18 ('''' = 10-31, strict "11月1日前")', true),
  ('GA-19', 'aviation', '景府办发〔2023〕9号', NULL, 'time_limit_rule GA-19 (12 months, no move): a use window [first_day, end) is within iff end <= jdz.due(''GA-19'', '''', first_day). Longer needs the approving authority (通常)', true),
  ('GA-20', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_auto_plan; param ga.standing_plan_cutoff_hour', true),
  ('GA-23', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline; param ga.plan_lead_hours', true),
  ('GA-25', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline; param ga.plan_lead_hours', true),
  ('GA-26', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline; param ga.plan_lead_hours', true),
  ('GA-24', 'aviation', '景府办发〔2023〕9号', NULL, 'n.c.: cancellation needs a non-blank reason ("及时", no period); length(btrim(reason)) > 0 is the caller''s check', true),
  ('GA-33', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline (NULL for emergency kinds); jdz.ga_proof_due; time_limit_rule GA-34 (24 hours)', true),
  ('GA-34', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_plan_deadline (NULL for emergency kinds); jdz.ga_proof_due; time_limit_rule GA-34 (24 hours)', true),
  ('GA-35', 'aviation', '景府办发〔2023〕9号', NULL, 'jdz.ga_flight_kind (training and drill are general in jdz.ga_plan_deadline; not emergency in jdz.ga_proof_due)', true),
  ('GA-42', 'aviation', '景府办发〔2023〕9号', NULL, 'n.c.: a daily, quarterly and yearly cadence with no due day inside the period; checking it means asking whether a report row exists for each period (caller SQL)', true),
  ('GA-43', 'aviation', '景府办发〔2023〕9号', NULL, 'n.c.: a daily, quarterly and yearly cadence with no due day inside the period; checking it means asking whether a report row exists for each period (caller SQL)', true),
  ('GA-50', 'aviation', '景府办发〔2023〕9号', NULL, 'n.c.: a daily, quarterly and yearly cadence with no due day inside the period; checking it means asking whether a report row exists for each period (caller SQL)', true),
  ('GA-44', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.responsibility', true),
  ('GA-45', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.responsibility', true),
  ('GA-46', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.responsibility', true),
  ('GA-47', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.responsibility', true),
  ('GA-48', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.responsibility', true),
  ('GA-49', 'aviation', '景府办发〔2023〕9号', NULL, 'table jdz.catalog_item ga.responsibility', true),
  ('DS-09', 'data_sharing', '景府办发〔2023〕10号', NULL, 'jdz.ds_access_path; table jdz.catalog_item ds.share_type', true),
  ('DS-10a', 'data_sharing', '景府办发〔2023〕10号', NULL, 'jdz.ds_access_path; table jdz.catalog_item ds.share_type', true),
  ('DS-10b', 'data_sharing', '景府办发〔2023〕10号', NULL, 'time_limit_rule DS-10/{reply (原则上: lateness is a soft finding), provide}', true),
  ('DS-13', 'data_sharing', '景府办发〔2023〕10号', NULL, 'table jdz.catalog_item ds.violation (types 四, 五). n.c. beyond it: purpose, authorisation and commercial use are caller facts', true),
  ('DS-16', 'data_sharing', '景府办发〔2023〕10号', NULL, 'time_limit_rule DS-16/log_retention (6 months, no move); params ds.security_assessments_per_year_min, ds.emergency_drills_per_year_min', true),
  ('DS-21', 'data_sharing', '景府办发〔2023〕10号', NULL, 'table jdz.catalog_item ds.violation. n.c. for the deadline: set by each rectification notice', true),
  ('QG-01', 'venues', '景府办字〔2023〕51号', NULL, 'tables jdz.qg_venue (330) and jdz.qg_area_count (Σ 330)', true),
  ('IP-01', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'time_limit_rule IP-01 (45 days, moves)', true),
  ('IP-02', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'time_limit_rule IP-02 (24 hours)', true),
  ('IP-03', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'time_limit_rule IP-03 (72 hours)', true),
  ('IP-04', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'param ip.cycle_compression_target (0.50; 左右 tolerance not stated)', true),
  ('IP-05', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'table jdz.programme_stage (景府办字〔2023〕52号); jdz.programme_stages', true),
  ('IP-06', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'n.c.: subsidy eligibility from caller facts; the amount is in a document outside the seeds', true),
  ('IP-07', 'ip_pilot', '景府办字〔2023〕52号', NULL, 'n.c.: descriptive resource counts (33 staff, 47 experts, …), not rules', true),
  ('UA-09', 'archives', '景府发〔2023〕12号', NULL, 'time_limit_rule UA-09/late_filed (3 months, moves). The "竣工备案前" gate is strict; n.c. as a period: it is an ordering of two caller events (handover_on < filing_on, A-UA1)', true),
  ('UA-10', 'archives', '景府发〔2023〕12号', NULL, 'n.c.: redo the as-built archive after rebuilding; no number or period', true),
  ('UA-11', 'archives', '景府发〔2023〕12号', NULL, 'time_limit_rule UA-11 (3 months, moves)', true),
  ('UA-12', 'archives', '景府发〔2023〕12号', NULL, 'time_limit_rule UA-12/{earliest, latest} (1 and 5 years, no move). Handing over before earliest is early (a warning, A-UA3); after latest it is overdue', true),
  ('UA-13', 'archives', '景府发〔2023〕12号', NULL, 'n.c.: paper originals are not needed when a legally valid e-archive exists (a caller fact)', true),
  ('UA-23', 'archives', '景府发〔2023〕12号', NULL, 'n.c.: access rights are caller facts (ID, approval, opened status)', true),
  ('UA-24', 'archives', '景府发〔2023〕12号', NULL, 'n.c.: access rights are caller facts (ID, approval, opened status)', true),
  ('UAI-01', 'archives', '景府发〔2023〕12号', NULL, 'jdz.document rows; jdz.doc_status', true),
  ('DOC-01', 'documents', NULL, NULL, 'jdz.document rows; jdz.doc_status', true),
  ('DOC-02', 'documents', NULL, NULL, 'jdz.document rows; jdz.doc_status', true),
  ('LPI-01', 'documents', '景府发〔2023〕14号', NULL, 'jdz.document rows; jdz.doc_status', true),
  ('CRED-30', 'credit', '景发改体改字〔2020〕181号', NULL, 'time_limit_rule CRED-30 (7 working days from the decision, A-CRED-3)', true),
  ('CRED-22', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c.: "在一定期限内…直至永远逐出市场" sets no period; the ban end is data per case (NULL = permanent)', true),
  ('CRED-02', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-04', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-13', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-14', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-16', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-17', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-18', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-26', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CRED-32', 'credit', '景发改体改字〔2020〕181号', NULL, 'n.c. in this file: no deadline or period (the "规定期限" of (二), (十八) and (二十六) is unquantified). These are qualitative decision tables over caller facts; no percentage is given for CRED-14 (A-CRED-4)', true),
  ('CONS-01', 'construction_safety', '景建发〔2020〕156号', NULL, 'table jdz.programme_stage (景建发〔2020〕156号); jdz.programme_stages', true),
  ('CONS-02', 'construction_safety', '景建发〔2020〕156号', NULL, 'table jdz.dated_deadline CONS-02 (11 dates); jdz.next_deadline', true),
  ('CONS-03', 'construction_safety', '景建发〔2020〕156号', NULL, 'params cons.enterprise_self_inspections_per_month_min, cons.project_self_inspections_per_week_min (calendar month; ISO week)', true),
  ('CONS-04', 'construction_safety', '景建发〔2020〕156号', NULL, 'n.c.: 限期整改 is set per notice; resumption after a stop order needs a re-inspection (caller facts)', true),
  ('CITY-01', 'city_management', '景城管发〔2020〕39号', NULL, 'table jdz.programme_stage (景城管发〔2020〕39号); jdz.programme_stages', true),
  ('CITY-02', 'city_management', '景城管发〔2020〕39号', NULL, 'jdz.annual_date CITY-02 (12-15, years 2020–2022)', true),
  ('CITY-03', 'city_management', '景城管发〔2020〕39号', NULL, 'table jdz.plan_target CITY-03 (2020-12-31); jdz.target_status', true),
  ('FIRE-01', 'fire', '景府办发〔2020〕4号', NULL, 'table jdz.fire_station_milestone', true),
  ('FIRE-02', 'fire', '景府办发〔2020〕4号', NULL, 'table jdz.fire_township_team', true),
  ('FIRE-06', 'fire', '景府办发〔2020〕4号', NULL, 'table jdz.plan_target FIRE-06-{2020,2021,2022}-{new,repair} (cumulative); jdz.target_status', true),
  ('FIRE-09', 'fire', '景府办发〔2020〕4号', NULL, 'table jdz.plan_target FIRE-09-2021-radio (≥ 90 %), FIRE-09-2021-model (30 %), FIRE-09-2022-model (40 %); jdz.target_status. The 2020 "约100km²" is approximate and is not a row (A-FIRE-2)', true),
  ('FIRE-10', 'fire', '景府办发〔2020〕4号', NULL, 'table jdz.fire_equipment_plan (annexes 2 and 3)', true),
  ('S003-DOC-01', 'documents', NULL, NULL, 'jdz.document.effective_from (document dates; docno input accepts 〔〕 [] （） etc.)', true),
  ('S003-DOC-02', 'documents', NULL, NULL, 'jdz.power_in_force', true),
  ('S003-DOC-03', 'documents', NULL, NULL, 'table jdz.delegation_basis (赣府发〔2020〕19号 / 景德镇高新区, repealed 2022-12-16)', true),
  ('S003-DOC-04', 'documents', NULL, NULL, 'table jdz.delegation_basis (景府字〔2018〕62号 / 昌南新区, not repealed); jdz.power_in_force for D3-A', true),
  ('S003-DEL-01', 'delegated_powers', '景府发〔2022〕9号', NULL, 'table jdz.delegated_power (counts by holder and level)', true),
  ('S003-DEL-02', 'delegated_powers', '景府发〔2022〕9号', NULL, 'jdz.delegated_power.power_type / raw_type (normalized at load)', true),
  ('S003-DEL-03', 'delegated_powers', '景府发〔2022〕9号', NULL, 'jdz.delegated_power.mode', true),
  ('S003-DEL-04', 'delegated_powers', '景府发〔2022〕9号', NULL, 'table jdz.power_scope; jdz.power_in_scope. Picking *which* item applies is the caller''s (no routing rule in the text)', true),
  ('S003-DEL-05', 'delegated_powers', '景府发〔2022〕9号', NULL, 'table jdz.power_scope; jdz.power_in_scope. Picking *which* item applies is the caller''s (no routing rule in the text)', true),
  ('S003-DEL-06', 'delegated_powers', '景府发〔2022〕9号', NULL, 'table jdz.power_scope; jdz.power_in_scope. Picking *which* item applies is the caller''s (no routing rule in the text)', true),
  ('S003-DEL-07', 'delegated_powers', '景府发〔2022〕9号', NULL, 'table jdz.power_scope; jdz.power_in_scope. Picking *which* item applies is the caller''s (no routing rule in the text)', true),
  ('S003-DEL-08', 'delegated_powers', '景府发〔2022〕9号', NULL, 'table jdz.power_scope; jdz.power_in_scope. Picking *which* item applies is the caller''s (no routing rule in the text)', true),
  ('S003-DEL-09', 'delegated_powers', '景府发〔2022〕9号', NULL, 'jdz.delegated_power.precondition (verbatim). n.c.: an ordering or consent of caller events', true),
  ('S003-TL-01', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-01 (5 working days)', true),
  ('S003-TL-02', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-02 (5 working days). Deemed acceptance as of receipt iff no one-time notice by the due date (caller: notice_on IS NULL OR notice_on > jdz.due(…))', true),
  ('S003-TL-03', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-03 (2 working days)', true),
  ('S003-TL-04', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-04 (30 days, no move): stop allowed iff jdz.due(''S003-TL-04'', '''', notified_on) <= stop_on', true),
  ('S003-TL-05', 'delegated_powers', '景府发〔2022〕9号', NULL, 'jdz.annual_date S003-TL-05/{to_supervisor, to_registrar}', true),
  ('S003-TL-06', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-06/{min, max}; expiry = jdz.period_end(approved_on, term); demolish after it', true),
  ('S003-TL-07', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-07 (1 year, no move); earliest re-application = due + 1', true),
  ('S003-TL-08', 'delegated_powers', '景府发〔2022〕9号', NULL, 'params s003.tl08.patrols_per_quarter_min, s003.tl08.sample_pct_min', true),
  ('S003-TL-09', 'delegated_powers', '景府发〔2022〕9号', NULL, 'param s003.tl09.sample_pct_min (minimum sample = ceil(N × pct / 100))', true),
  ('S003-TL-10', 'delegated_powers', '景府发〔2022〕9号', NULL, 'param s003.tl10.onsite_checks_min', true),
  ('S003-TL-11', 'delegated_powers', '景府发〔2022〕9号', NULL, 'param s003.tl11.officers_min', true),
  ('S003-TL-12', 'delegated_powers', '景府发〔2022〕9号', NULL, 'time_limit_rule S003-TL-12 (0 days, no move: the same day, even a Saturday service day)', true),
  ('S003-MIN-01', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.programme_stage (景府发〔2022〕10号: 基期年, 规划期, 展望期, 约束执行期); jdz.programme_stages', true),
  ('S003-MIN-02', 'mineral_plan', '景府发〔2022〕10号', NULL, 'tables jdz.mineral_indicator, jdz.mine_structure (completion and ratios are plain arithmetic over them; no capping)', true),
  ('S003-MIN-03', 'mineral_plan', '景府发〔2022〕10号', NULL, 'tables jdz.mineral_indicator, jdz.mine_structure (completion and ratios are plain arithmetic over them; no capping)', true),
  ('S003-MIN-04', 'mineral_plan', '景府发〔2022〕10号', NULL, 'tables jdz.mineral_indicator, jdz.mine_structure (completion and ratios are plain arithmetic over them; no capping)', true),
  ('S003-MIN-05', 'mineral_plan', '景府发〔2022〕10号', NULL, 'tables jdz.mineral_indicator, jdz.mine_structure (completion and ratios are plain arithmetic over them; no capping)', true),
  ('S003-MIN-06', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.mineral_min_scale (a mineral not listed has no minimum)', true),
  ('S003-MIN-07', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.mineral_min_life', true),
  ('S003-MIN-08', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.mine_threshold', true),
  ('S003-MIN-09', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.mine_threshold', true),
  ('S003-MIN-10', 'mineral_plan', '景府发〔2022〕10号', NULL, 'n.c.: "原则上新建矿山规模应达到中型以上" is advisory; the tonnage of 中型 is not defined in the plan (A-52)', true),
  ('S003-MIN-11', 'mineral_plan', '景府发〔2022〕10号', NULL, 'n.c.: one holder per block is advisory (原则上); deemed conformity is a caller fact (within the exploration area)', true),
  ('S003-MIN-12', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.catalog_item min.category_regime', true),
  ('S003-MIN-13', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.catalog_item min.development_direction', true),
  ('S003-MIN-14', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.catalog_item min.new_right_requirement (the checklist; every item is a caller fact or a MIN-06/07 lookup)', true),
  ('S003-MIN-15', 'mineral_plan', '景府发〔2022〕10号', NULL, 'table jdz.planning_zone', true),
  ('S003-AWD-01', 'awards', '景府字〔2022〕160号', NULL, 'table jdz.award_project; jdz.award_tier enum order is the rank', true),
  ('S003-AWD-02', 'awards', '景府字〔2022〕160号', NULL, 'table jdz.award_project; jdz.award_tier enum order is the rank', true),
  ('S003-SVC-01', 'gov_services', '景府办字〔2022〕48号', NULL, 'table jdz.plan_target SVC-M1…M7; jdz.target_status', true),
  ('S003-SVC-02', 'gov_services', '景府办字〔2022〕48号', NULL, 'table jdz.catalog_item svc.venue_name', true),
  ('S003-SVC-03', 'gov_services', '景府办字〔2022〕48号', NULL, 'table jdz.catalog_item svc.service_matter_power_type (on-application matters only)', true),
  ('S003-SVC-04', 'gov_services', '景府办字〔2022〕48号', NULL, 'table jdz.catalog_item svc.required_window (due 2022-12-31; the "6+1" categories are undefined, A-37)', true),
  ('S003-SVC-05', 'gov_services', '景府办字〔2022〕48号', NULL, 'table jdz.catalog_item svc.benefit_mode', true),
  ('S003-SVC-06', 'gov_services', '景府办字〔2022〕48号', NULL, 'n.c.: "三级四同" compares the caller''s implementation-list rows field by field; no data in the seeds', true),
  ('S003-SVC-07', 'gov_services', '景府办字〔2022〕48号', NULL, 'n.c.: whether paper may be demanded depends on caller facts (shareable, government-issued, e-certificate, already submitted)', true),
  ('S003-SVC-08', 'gov_services', '景府办字〔2022〕48号', NULL, 'param s003.svc08.self_service_hours', true),
  ('S003-MTG-01', 'delegated_powers', NULL, NULL, 'table jdz.meeting (held_on ≤ document date)', true);

-- 3.8 Views for reporting tools ---------------------------------------------

CREATE VIEW jdz.parameter_timeline AS
SELECT p.key,
	   pg_catalog.row_number() OVER (PARTITION BY p.key ORDER BY p.valid_from) AS seq,
	   p.valid_from, p.valid_to, p.value, p.unit,
	   pg_catalog.lag(p.value) OVER (PARTITION BY p.key ORDER BY p.valid_from) AS previous_value,
	   p.docno, d.title AS document_title, p.article,
	   jdz.doc_status(p.docno, current_date) AS document_status,
	   (p.valid_from <= current_date AND (p.valid_to IS NULL OR p.valid_to >= current_date)) AS in_force_today,
	   p.note, p.builtin
  FROM jdz.parameter p
  LEFT JOIN jdz.document d ON d.docno = p.docno;
COMMENT ON VIEW jdz.parameter_timeline IS 'each parameter key''s history in validity order, with the value it replaced, its document, article and whether it is in force today';

CREATE VIEW jdz.rule_catalog AS
SELECT r.rule_id, r.family, r.docno, d.title AS document_title, r.article, r.summary,
	   jdz.doc_status(r.docno, current_date) AS document_status,
	   r.implemented_by,
	   (pg_catalog.cardinality(r.implemented_by) > 0) AS implemented,
	   r.builtin
  FROM jdz.rule r
  LEFT JOIN jdz.document d ON d.docno = r.docno;
COMMENT ON VIEW jdz.rule_catalog IS 'every rule with its family, document, article, summary, the document''s status today and what implements it';

-- 3.9 Owner and privileges ----------------------------------------------------

-- A trusted extension's script runs as the bootstrap superuser: hand the
-- tables and views to the role that ran CREATE EXTENSION (test/sh/90).
ALTER TABLE jdz.document OWNER TO @extowner@;
ALTER TABLE jdz.parameter OWNER TO @extowner@;
ALTER TABLE jdz.rule OWNER TO @extowner@;
ALTER VIEW jdz.documents_in_force OWNER TO @extowner@;
ALTER VIEW jdz.parameter_timeline OWNER TO @extowner@;
ALTER VIEW jdz.rule_catalog OWNER TO @extowner@;
-- everyone may look into schema jdz (the first part with tables needs it)
GRANT USAGE ON SCHEMA jdz TO PUBLIC;

GRANT SELECT ON jdz.document, jdz.parameter, jdz.rule TO PUBLIC;
GRANT SELECT ON jdz.documents_in_force, jdz.parameter_timeline, jdz.rule_catalog TO PUBLIC;

------------------------------------------------------------------------------
-- 4. The holiday calendar
------------------------------------------------------------------------------

-- extension/parts/04-calendar.sql — 4. The holiday calendar
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Core §4.  Only the exceptions to "Monday–Friday work, Saturday–Sunday rest"
-- are stored; a year is covered only when it has a jdz.calendar_year row.
-- src/calendar.c caches both tables per backend; the statement triggers send
-- a relcache invalidation so every session's next call sees a committed change.

CREATE TABLE jdz.calendar_year (
	year integer PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
	notice text,
	announced_on date,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.calendar_year IS 'the years whose official holiday notice (国务院办公厅 部分节假日安排) is loaded into jdz.calendar_day; a working-day question about any other year raises 22023 unless jdz.uncovered_years = weekends_only';
COMMENT ON COLUMN jdz.calendar_year.notice IS 'the title of the notice (and of any later notice changing it)';
COMMENT ON COLUMN jdz.calendar_year.announced_on IS 'the date the notice was published';
COMMENT ON COLUMN jdz.calendar_year.builtin IS 'true for the rows shipped with the extension; pg_dump saves the others';

CREATE TABLE jdz.calendar_day (
	day date PRIMARY KEY CHECK (day BETWEEN '0001-01-01' AND '9999-12-31'),
	kind text NOT NULL CHECK (kind IN ('holiday', 'makeup_workday')),
	festival text,
	category text,
	notice_year integer,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.calendar_day IS 'the exceptions of the official calendar: rest days (holiday, whatever the weekday) and make-up working days (makeup_workday, 调休上班); a row counts only for a year of jdz.calendar_year';
COMMENT ON COLUMN jdz.calendar_day.kind IS 'holiday (a rest day) or makeup_workday (a Saturday or Sunday that is a working day)';
COMMENT ON COLUMN jdz.calendar_day.festival IS 'the festival the day belongs to (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节)';
COMMENT ON COLUMN jdz.calendar_day.category IS 'statutory, observed, swapped_rest, weekend_in_block, extension or makeup_workday (see data/README)';
COMMENT ON COLUMN jdz.calendar_day.notice_year IS 'the year of the notice that set it (2022-12-31 belongs to the 2023 notice)';
COMMENT ON COLUMN jdz.calendar_day.builtin IS 'true for the rows shipped with the extension; pg_dump saves the others';

-- rows of data/cn-calendar-years.csv
INSERT INTO jdz.calendar_year (year, notice, announced_on, builtin) VALUES
  ('2020', '国务院办公厅关于2020年部分节假日安排的通知；国务院办公厅关于延长2020年春节假期的通知（国办发明电〔2020〕1号）', '2019-11-21', true),
  ('2021', '国务院办公厅关于2021年部分节假日安排的通知', '2020-11-25', true),
  ('2022', '国务院办公厅关于2022年部分节假日安排的通知', '2021-10-25', true),
  ('2023', '国务院办公厅关于2023年部分节假日安排的通知', '2022-12-08', true),
  ('2024', '国务院办公厅关于2024年部分节假日安排的通知', '2023-10-25', true),
  ('2025', '国务院办公厅关于2025年部分节假日安排的通知', '2024-11-12', true),
  ('2026', '国务院办公厅关于2026年部分节假日安排的通知', '2025-11-04', true);
-- rows of data/cn-calendar-2020-2026.csv
INSERT INTO jdz.calendar_day (day, kind, festival, notice_year, category, builtin) VALUES
  ('2020-01-01', 'holiday', '元旦', '2020', 'statutory', true),
  ('2020-01-19', 'makeup_workday', '春节', '2020', 'makeup_workday', true),
  ('2020-01-24', 'holiday', '春节', '2020', 'swapped_rest', true),
  ('2020-01-25', 'holiday', '春节', '2020', 'statutory', true),
  ('2020-01-26', 'holiday', '春节', '2020', 'statutory', true),
  ('2020-01-27', 'holiday', '春节', '2020', 'statutory', true),
  ('2020-01-28', 'holiday', '春节', '2020', 'observed', true),
  ('2020-01-29', 'holiday', '春节', '2020', 'observed', true),
  ('2020-01-30', 'holiday', '春节', '2020', 'observed', true),
  ('2020-01-31', 'holiday', '春节', '2020', 'extension', true),
  ('2020-02-01', 'holiday', '春节', '2020', 'extension', true),
  ('2020-02-02', 'holiday', '春节', '2020', 'extension', true),
  ('2020-04-04', 'holiday', '清明节', '2020', 'statutory', true),
  ('2020-04-05', 'holiday', '清明节', '2020', 'weekend_in_block', true),
  ('2020-04-06', 'holiday', '清明节', '2020', 'observed', true),
  ('2020-04-26', 'makeup_workday', '劳动节', '2020', 'makeup_workday', true),
  ('2020-05-01', 'holiday', '劳动节', '2020', 'statutory', true),
  ('2020-05-02', 'holiday', '劳动节', '2020', 'weekend_in_block', true),
  ('2020-05-03', 'holiday', '劳动节', '2020', 'weekend_in_block', true),
  ('2020-05-04', 'holiday', '劳动节', '2020', 'swapped_rest', true),
  ('2020-05-05', 'holiday', '劳动节', '2020', 'swapped_rest', true),
  ('2020-05-09', 'makeup_workday', '劳动节', '2020', 'makeup_workday', true),
  ('2020-06-25', 'holiday', '端午节', '2020', 'statutory', true),
  ('2020-06-26', 'holiday', '端午节', '2020', 'swapped_rest', true),
  ('2020-06-27', 'holiday', '端午节', '2020', 'weekend_in_block', true),
  ('2020-06-28', 'makeup_workday', '端午节', '2020', 'makeup_workday', true),
  ('2020-09-27', 'makeup_workday', '国庆节、中秋节', '2020', 'makeup_workday', true),
  ('2020-10-01', 'holiday', '国庆节、中秋节', '2020', 'statutory', true),
  ('2020-10-02', 'holiday', '国庆节、中秋节', '2020', 'statutory', true),
  ('2020-10-03', 'holiday', '国庆节、中秋节', '2020', 'statutory', true),
  ('2020-10-04', 'holiday', '国庆节、中秋节', '2020', 'weekend_in_block', true),
  ('2020-10-05', 'holiday', '国庆节、中秋节', '2020', 'observed', true),
  ('2020-10-06', 'holiday', '国庆节、中秋节', '2020', 'observed', true),
  ('2020-10-07', 'holiday', '国庆节、中秋节', '2020', 'swapped_rest', true),
  ('2020-10-08', 'holiday', '国庆节、中秋节', '2020', 'swapped_rest', true),
  ('2020-10-10', 'makeup_workday', '国庆节、中秋节', '2020', 'makeup_workday', true),
  ('2021-01-01', 'holiday', '元旦', '2021', 'statutory', true),
  ('2021-01-02', 'holiday', '元旦', '2021', 'weekend_in_block', true),
  ('2021-01-03', 'holiday', '元旦', '2021', 'weekend_in_block', true),
  ('2021-02-07', 'makeup_workday', '春节', '2021', 'makeup_workday', true),
  ('2021-02-11', 'holiday', '春节', '2021', 'swapped_rest', true),
  ('2021-02-12', 'holiday', '春节', '2021', 'statutory', true),
  ('2021-02-13', 'holiday', '春节', '2021', 'statutory', true),
  ('2021-02-14', 'holiday', '春节', '2021', 'statutory', true),
  ('2021-02-15', 'holiday', '春节', '2021', 'observed', true),
  ('2021-02-16', 'holiday', '春节', '2021', 'observed', true),
  ('2021-02-17', 'holiday', '春节', '2021', 'swapped_rest', true),
  ('2021-02-20', 'makeup_workday', '春节', '2021', 'makeup_workday', true),
  ('2021-04-03', 'holiday', '清明节', '2021', 'weekend_in_block', true),
  ('2021-04-04', 'holiday', '清明节', '2021', 'statutory', true),
  ('2021-04-05', 'holiday', '清明节', '2021', 'observed', true),
  ('2021-04-25', 'makeup_workday', '劳动节', '2021', 'makeup_workday', true),
  ('2021-05-01', 'holiday', '劳动节', '2021', 'statutory', true),
  ('2021-05-02', 'holiday', '劳动节', '2021', 'weekend_in_block', true),
  ('2021-05-03', 'holiday', '劳动节', '2021', 'observed', true),
  ('2021-05-04', 'holiday', '劳动节', '2021', 'swapped_rest', true),
  ('2021-05-05', 'holiday', '劳动节', '2021', 'swapped_rest', true),
  ('2021-05-08', 'makeup_workday', '劳动节', '2021', 'makeup_workday', true),
  ('2021-06-12', 'holiday', '端午节', '2021', 'weekend_in_block', true),
  ('2021-06-13', 'holiday', '端午节', '2021', 'weekend_in_block', true),
  ('2021-06-14', 'holiday', '端午节', '2021', 'statutory', true),
  ('2021-09-18', 'makeup_workday', '中秋节', '2021', 'makeup_workday', true),
  ('2021-09-19', 'holiday', '中秋节', '2021', 'weekend_in_block', true),
  ('2021-09-20', 'holiday', '中秋节', '2021', 'swapped_rest', true),
  ('2021-09-21', 'holiday', '中秋节', '2021', 'statutory', true),
  ('2021-09-26', 'makeup_workday', '国庆节', '2021', 'makeup_workday', true),
  ('2021-10-01', 'holiday', '国庆节', '2021', 'statutory', true),
  ('2021-10-02', 'holiday', '国庆节', '2021', 'statutory', true),
  ('2021-10-03', 'holiday', '国庆节', '2021', 'statutory', true),
  ('2021-10-04', 'holiday', '国庆节', '2021', 'observed', true),
  ('2021-10-05', 'holiday', '国庆节', '2021', 'observed', true),
  ('2021-10-06', 'holiday', '国庆节', '2021', 'swapped_rest', true),
  ('2021-10-07', 'holiday', '国庆节', '2021', 'swapped_rest', true),
  ('2021-10-09', 'makeup_workday', '国庆节', '2021', 'makeup_workday', true),
  ('2022-01-01', 'holiday', '元旦', '2022', 'statutory', true),
  ('2022-01-02', 'holiday', '元旦', '2022', 'weekend_in_block', true),
  ('2022-01-03', 'holiday', '元旦', '2022', 'observed', true),
  ('2022-01-29', 'makeup_workday', '春节', '2022', 'makeup_workday', true),
  ('2022-01-30', 'makeup_workday', '春节', '2022', 'makeup_workday', true),
  ('2022-01-31', 'holiday', '春节', '2022', 'swapped_rest', true),
  ('2022-02-01', 'holiday', '春节', '2022', 'statutory', true),
  ('2022-02-02', 'holiday', '春节', '2022', 'statutory', true),
  ('2022-02-03', 'holiday', '春节', '2022', 'statutory', true),
  ('2022-02-04', 'holiday', '春节', '2022', 'swapped_rest', true),
  ('2022-02-05', 'holiday', '春节', '2022', 'weekend_in_block', true),
  ('2022-02-06', 'holiday', '春节', '2022', 'weekend_in_block', true),
  ('2022-04-02', 'makeup_workday', '清明节', '2022', 'makeup_workday', true),
  ('2022-04-03', 'holiday', '清明节', '2022', 'weekend_in_block', true),
  ('2022-04-04', 'holiday', '清明节', '2022', 'swapped_rest', true),
  ('2022-04-05', 'holiday', '清明节', '2022', 'statutory', true),
  ('2022-04-24', 'makeup_workday', '劳动节', '2022', 'makeup_workday', true),
  ('2022-04-30', 'holiday', '劳动节', '2022', 'weekend_in_block', true),
  ('2022-05-01', 'holiday', '劳动节', '2022', 'statutory', true),
  ('2022-05-02', 'holiday', '劳动节', '2022', 'observed', true),
  ('2022-05-03', 'holiday', '劳动节', '2022', 'swapped_rest', true),
  ('2022-05-04', 'holiday', '劳动节', '2022', 'swapped_rest', true),
  ('2022-05-07', 'makeup_workday', '劳动节', '2022', 'makeup_workday', true),
  ('2022-06-03', 'holiday', '端午节', '2022', 'statutory', true),
  ('2022-06-04', 'holiday', '端午节', '2022', 'weekend_in_block', true),
  ('2022-06-05', 'holiday', '端午节', '2022', 'weekend_in_block', true),
  ('2022-09-10', 'holiday', '中秋节', '2022', 'statutory', true),
  ('2022-09-11', 'holiday', '中秋节', '2022', 'weekend_in_block', true),
  ('2022-09-12', 'holiday', '中秋节', '2022', 'observed', true),
  ('2022-10-01', 'holiday', '国庆节', '2022', 'statutory', true),
  ('2022-10-02', 'holiday', '国庆节', '2022', 'statutory', true),
  ('2022-10-03', 'holiday', '国庆节', '2022', 'statutory', true),
  ('2022-10-04', 'holiday', '国庆节', '2022', 'observed', true),
  ('2022-10-05', 'holiday', '国庆节', '2022', 'observed', true),
  ('2022-10-06', 'holiday', '国庆节', '2022', 'swapped_rest', true),
  ('2022-10-07', 'holiday', '国庆节', '2022', 'swapped_rest', true),
  ('2022-10-08', 'makeup_workday', '国庆节', '2022', 'makeup_workday', true),
  ('2022-10-09', 'makeup_workday', '国庆节', '2022', 'makeup_workday', true),
  ('2022-12-31', 'holiday', '元旦', '2023', 'weekend_in_block', true),
  ('2023-01-01', 'holiday', '元旦', '2023', 'statutory', true),
  ('2023-01-02', 'holiday', '元旦', '2023', 'observed', true),
  ('2023-01-21', 'holiday', '春节', '2023', 'weekend_in_block', true),
  ('2023-01-22', 'holiday', '春节', '2023', 'statutory', true),
  ('2023-01-23', 'holiday', '春节', '2023', 'statutory', true),
  ('2023-01-24', 'holiday', '春节', '2023', 'statutory', true),
  ('2023-01-25', 'holiday', '春节', '2023', 'observed', true),
  ('2023-01-26', 'holiday', '春节', '2023', 'swapped_rest', true),
  ('2023-01-27', 'holiday', '春节', '2023', 'swapped_rest', true),
  ('2023-01-28', 'makeup_workday', '春节', '2023', 'makeup_workday', true),
  ('2023-01-29', 'makeup_workday', '春节', '2023', 'makeup_workday', true),
  ('2023-04-05', 'holiday', '清明节', '2023', 'statutory', true),
  ('2023-04-23', 'makeup_workday', '劳动节', '2023', 'makeup_workday', true),
  ('2023-04-29', 'holiday', '劳动节', '2023', 'weekend_in_block', true),
  ('2023-04-30', 'holiday', '劳动节', '2023', 'weekend_in_block', true),
  ('2023-05-01', 'holiday', '劳动节', '2023', 'statutory', true),
  ('2023-05-02', 'holiday', '劳动节', '2023', 'swapped_rest', true),
  ('2023-05-03', 'holiday', '劳动节', '2023', 'swapped_rest', true),
  ('2023-05-06', 'makeup_workday', '劳动节', '2023', 'makeup_workday', true),
  ('2023-06-22', 'holiday', '端午节', '2023', 'statutory', true),
  ('2023-06-23', 'holiday', '端午节', '2023', 'swapped_rest', true),
  ('2023-06-24', 'holiday', '端午节', '2023', 'weekend_in_block', true),
  ('2023-06-25', 'makeup_workday', '端午节', '2023', 'makeup_workday', true),
  ('2023-09-29', 'holiday', '中秋节、国庆节', '2023', 'statutory', true),
  ('2023-09-30', 'holiday', '中秋节、国庆节', '2023', 'weekend_in_block', true),
  ('2023-10-01', 'holiday', '中秋节、国庆节', '2023', 'statutory', true),
  ('2023-10-02', 'holiday', '中秋节、国庆节', '2023', 'statutory', true),
  ('2023-10-03', 'holiday', '中秋节、国庆节', '2023', 'statutory', true),
  ('2023-10-04', 'holiday', '中秋节、国庆节', '2023', 'observed', true),
  ('2023-10-05', 'holiday', '中秋节、国庆节', '2023', 'swapped_rest', true),
  ('2023-10-06', 'holiday', '中秋节、国庆节', '2023', 'swapped_rest', true),
  ('2023-10-07', 'makeup_workday', '中秋节、国庆节', '2023', 'makeup_workday', true),
  ('2023-10-08', 'makeup_workday', '中秋节、国庆节', '2023', 'makeup_workday', true),
  ('2024-01-01', 'holiday', '元旦', '2024', 'statutory', true),
  ('2024-02-04', 'makeup_workday', '春节', '2024', 'makeup_workday', true),
  ('2024-02-10', 'holiday', '春节', '2024', 'statutory', true),
  ('2024-02-11', 'holiday', '春节', '2024', 'statutory', true),
  ('2024-02-12', 'holiday', '春节', '2024', 'statutory', true),
  ('2024-02-13', 'holiday', '春节', '2024', 'observed', true),
  ('2024-02-14', 'holiday', '春节', '2024', 'observed', true),
  ('2024-02-15', 'holiday', '春节', '2024', 'swapped_rest', true),
  ('2024-02-16', 'holiday', '春节', '2024', 'swapped_rest', true),
  ('2024-02-17', 'holiday', '春节', '2024', 'weekend_in_block', true),
  ('2024-02-18', 'makeup_workday', '春节', '2024', 'makeup_workday', true),
  ('2024-04-04', 'holiday', '清明节', '2024', 'statutory', true),
  ('2024-04-05', 'holiday', '清明节', '2024', 'swapped_rest', true),
  ('2024-04-06', 'holiday', '清明节', '2024', 'weekend_in_block', true),
  ('2024-04-07', 'makeup_workday', '清明节', '2024', 'makeup_workday', true),
  ('2024-04-28', 'makeup_workday', '劳动节', '2024', 'makeup_workday', true),
  ('2024-05-01', 'holiday', '劳动节', '2024', 'statutory', true),
  ('2024-05-02', 'holiday', '劳动节', '2024', 'swapped_rest', true),
  ('2024-05-03', 'holiday', '劳动节', '2024', 'swapped_rest', true),
  ('2024-05-04', 'holiday', '劳动节', '2024', 'weekend_in_block', true),
  ('2024-05-05', 'holiday', '劳动节', '2024', 'weekend_in_block', true),
  ('2024-05-11', 'makeup_workday', '劳动节', '2024', 'makeup_workday', true),
  ('2024-06-10', 'holiday', '端午节', '2024', 'statutory', true),
  ('2024-09-14', 'makeup_workday', '中秋节', '2024', 'makeup_workday', true),
  ('2024-09-15', 'holiday', '中秋节', '2024', 'weekend_in_block', true),
  ('2024-09-16', 'holiday', '中秋节', '2024', 'swapped_rest', true),
  ('2024-09-17', 'holiday', '中秋节', '2024', 'statutory', true),
  ('2024-09-29', 'makeup_workday', '国庆节', '2024', 'makeup_workday', true),
  ('2024-10-01', 'holiday', '国庆节', '2024', 'statutory', true),
  ('2024-10-02', 'holiday', '国庆节', '2024', 'statutory', true),
  ('2024-10-03', 'holiday', '国庆节', '2024', 'statutory', true),
  ('2024-10-04', 'holiday', '国庆节', '2024', 'swapped_rest', true),
  ('2024-10-05', 'holiday', '国庆节', '2024', 'weekend_in_block', true),
  ('2024-10-06', 'holiday', '国庆节', '2024', 'weekend_in_block', true),
  ('2024-10-07', 'holiday', '国庆节', '2024', 'swapped_rest', true),
  ('2024-10-12', 'makeup_workday', '国庆节', '2024', 'makeup_workday', true),
  ('2025-01-01', 'holiday', '元旦', '2025', 'statutory', true),
  ('2025-01-26', 'makeup_workday', '春节', '2025', 'makeup_workday', true),
  ('2025-01-28', 'holiday', '春节', '2025', 'statutory', true),
  ('2025-01-29', 'holiday', '春节', '2025', 'statutory', true),
  ('2025-01-30', 'holiday', '春节', '2025', 'statutory', true),
  ('2025-01-31', 'holiday', '春节', '2025', 'statutory', true),
  ('2025-02-01', 'holiday', '春节', '2025', 'weekend_in_block', true),
  ('2025-02-02', 'holiday', '春节', '2025', 'weekend_in_block', true),
  ('2025-02-03', 'holiday', '春节', '2025', 'swapped_rest', true),
  ('2025-02-04', 'holiday', '春节', '2025', 'swapped_rest', true),
  ('2025-02-08', 'makeup_workday', '春节', '2025', 'makeup_workday', true),
  ('2025-04-04', 'holiday', '清明节', '2025', 'statutory', true),
  ('2025-04-05', 'holiday', '清明节', '2025', 'weekend_in_block', true),
  ('2025-04-06', 'holiday', '清明节', '2025', 'weekend_in_block', true),
  ('2025-04-27', 'makeup_workday', '劳动节', '2025', 'makeup_workday', true),
  ('2025-05-01', 'holiday', '劳动节', '2025', 'statutory', true),
  ('2025-05-02', 'holiday', '劳动节', '2025', 'statutory', true),
  ('2025-05-03', 'holiday', '劳动节', '2025', 'weekend_in_block', true),
  ('2025-05-04', 'holiday', '劳动节', '2025', 'weekend_in_block', true),
  ('2025-05-05', 'holiday', '劳动节', '2025', 'swapped_rest', true),
  ('2025-05-31', 'holiday', '端午节', '2025', 'statutory', true),
  ('2025-06-01', 'holiday', '端午节', '2025', 'weekend_in_block', true),
  ('2025-06-02', 'holiday', '端午节', '2025', 'observed', true),
  ('2025-09-28', 'makeup_workday', '国庆节、中秋节', '2025', 'makeup_workday', true),
  ('2025-10-01', 'holiday', '国庆节、中秋节', '2025', 'statutory', true),
  ('2025-10-02', 'holiday', '国庆节、中秋节', '2025', 'statutory', true),
  ('2025-10-03', 'holiday', '国庆节、中秋节', '2025', 'statutory', true),
  ('2025-10-04', 'holiday', '国庆节、中秋节', '2025', 'weekend_in_block', true),
  ('2025-10-05', 'holiday', '国庆节、中秋节', '2025', 'weekend_in_block', true),
  ('2025-10-06', 'holiday', '国庆节、中秋节', '2025', 'statutory', true),
  ('2025-10-07', 'holiday', '国庆节、中秋节', '2025', 'swapped_rest', true),
  ('2025-10-08', 'holiday', '国庆节、中秋节', '2025', 'swapped_rest', true),
  ('2025-10-11', 'makeup_workday', '国庆节、中秋节', '2025', 'makeup_workday', true),
  ('2026-01-01', 'holiday', '元旦', '2026', 'statutory', true),
  ('2026-01-02', 'holiday', '元旦', '2026', 'swapped_rest', true),
  ('2026-01-03', 'holiday', '元旦', '2026', 'weekend_in_block', true),
  ('2026-01-04', 'makeup_workday', '元旦', '2026', 'makeup_workday', true),
  ('2026-02-14', 'makeup_workday', '春节', '2026', 'makeup_workday', true),
  ('2026-02-15', 'holiday', '春节', '2026', 'weekend_in_block', true),
  ('2026-02-16', 'holiday', '春节', '2026', 'statutory', true),
  ('2026-02-17', 'holiday', '春节', '2026', 'statutory', true),
  ('2026-02-18', 'holiday', '春节', '2026', 'statutory', true),
  ('2026-02-19', 'holiday', '春节', '2026', 'statutory', true),
  ('2026-02-20', 'holiday', '春节', '2026', 'swapped_rest', true),
  ('2026-02-21', 'holiday', '春节', '2026', 'weekend_in_block', true),
  ('2026-02-22', 'holiday', '春节', '2026', 'weekend_in_block', true),
  ('2026-02-23', 'holiday', '春节', '2026', 'swapped_rest', true),
  ('2026-02-28', 'makeup_workday', '春节', '2026', 'makeup_workday', true),
  ('2026-04-04', 'holiday', '清明节', '2026', 'weekend_in_block', true),
  ('2026-04-05', 'holiday', '清明节', '2026', 'statutory', true),
  ('2026-04-06', 'holiday', '清明节', '2026', 'observed', true),
  ('2026-05-01', 'holiday', '劳动节', '2026', 'statutory', true),
  ('2026-05-02', 'holiday', '劳动节', '2026', 'statutory', true),
  ('2026-05-03', 'holiday', '劳动节', '2026', 'weekend_in_block', true),
  ('2026-05-04', 'holiday', '劳动节', '2026', 'observed', true),
  ('2026-05-05', 'holiday', '劳动节', '2026', 'swapped_rest', true),
  ('2026-05-09', 'makeup_workday', '劳动节', '2026', 'makeup_workday', true),
  ('2026-06-19', 'holiday', '端午节', '2026', 'statutory', true),
  ('2026-06-20', 'holiday', '端午节', '2026', 'weekend_in_block', true),
  ('2026-06-21', 'holiday', '端午节', '2026', 'weekend_in_block', true),
  ('2026-09-20', 'makeup_workday', '国庆节', '2026', 'makeup_workday', true),
  ('2026-09-25', 'holiday', '中秋节', '2026', 'statutory', true),
  ('2026-09-26', 'holiday', '中秋节', '2026', 'weekend_in_block', true),
  ('2026-09-27', 'holiday', '中秋节', '2026', 'weekend_in_block', true),
  ('2026-10-01', 'holiday', '国庆节', '2026', 'statutory', true),
  ('2026-10-02', 'holiday', '国庆节', '2026', 'statutory', true),
  ('2026-10-03', 'holiday', '国庆节', '2026', 'statutory', true),
  ('2026-10-04', 'holiday', '国庆节', '2026', 'weekend_in_block', true),
  ('2026-10-05', 'holiday', '国庆节', '2026', 'observed', true),
  ('2026-10-06', 'holiday', '国庆节', '2026', 'swapped_rest', true),
  ('2026-10-07', 'holiday', '国庆节', '2026', 'swapped_rest', true),
  ('2026-10-10', 'makeup_workday', '国庆节', '2026', 'makeup_workday', true);

SELECT pg_catalog.pg_extension_config_dump('jdz.calendar_year', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('jdz.calendar_day', 'WHERE NOT builtin');

CREATE TRIGGER calendar_year_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.calendar_year
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();
CREATE TRIGGER calendar_day_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.calendar_day
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();

ALTER TABLE jdz.calendar_year OWNER TO @extowner@;
ALTER TABLE jdz.calendar_day OWNER TO @extowner@;
GRANT SELECT ON jdz.calendar_year, jdz.calendar_day TO PUBLIC;

CREATE FUNCTION jdz.is_workday(date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'calendar_is_workday' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.is_workday(date) IS 'whether the day is a working day (工作日): a make-up workday, or Monday–Friday and not a holiday (core §2, §4)';

CREATE FUNCTION jdz.day_kind(date) RETURNS text
	AS 'MODULE_PATHNAME', 'calendar_day_kind' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.day_kind(date) IS 'workday, weekend, holiday or makeup_workday';

CREATE FUNCTION jdz.add_workdays(date, integer) RETURNS date
	AS 'MODULE_PATHNAME', 'calendar_add_workdays' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.add_workdays(date, integer) IS 'the N-th working day strictly after the date (N = 0 gives the date; N < 0 counts back symmetrically); O(1) whatever N';

CREATE FUNCTION jdz.workdays_between("from" date, "to" date) RETURNS integer
	AS 'MODULE_PATHNAME', 'calendar_workdays_between' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.workdays_between(date, date) IS 'the number of working days in (from, to]; negative when to < from';

CREATE FUNCTION jdz.next_workday(date) RETURNS date
	AS 'MODULE_PATHNAME', 'calendar_next_workday' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.next_workday(date) IS 'the date itself if it is a working day, else the next working day';

CREATE FUNCTION jdz.calendar_reset() RETURNS void
	AS 'MODULE_PATHNAME', 'calendar_reset' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.calendar_reset() IS 'drop this session''s calendar cache (it is rebuilt at the next call; committed changes drop it by themselves)';

------------------------------------------------------------------------------
-- 5. Time limits and deadlines
------------------------------------------------------------------------------

-- extension/parts/05-deadline.sql — 5. Time limits and deadlines
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Core §3 (jdz.time_limit) and §5 (deadlines).  src/timelimit.c is the type,
-- src/timelimit_parse.c its plain-C grammar, src/deadline.c the arithmetic
-- and the per-backend cache of jdz.time_limit_rule (dropped by a relcache
-- invalidation that the table's statement trigger sends).

-- ---------------------------------------------------------------------------
-- 5.1 The type jdz.time_limit
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.time_limit;

CREATE FUNCTION jdz.time_limit_in(cstring) RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'timelimit_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_in(cstring) IS
  'input of jdz.time_limit: 5 working days, 1 working day, 30 days, 3 months, 2 hours, 5 years; 5wd, 30d, 3mon, 2h, 5y; 5个工作日, 五个工作日, 30日, 30天, 3个月, 两个月, 2小时, 一年, 十五个工作日; count 0 to 100000 (core §3); soft errors';
CREATE FUNCTION jdz.time_limit_out(jdz.time_limit) RETURNS cstring
	AS 'MODULE_PATHNAME', 'timelimit_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_out(jdz.time_limit) IS 'output of jdz.time_limit: the English long form, 5 working days, 1 month';
CREATE FUNCTION jdz.time_limit_recv(internal) RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'timelimit_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_recv(internal) IS 'binary input of jdz.time_limit: int4 count (0 to 100000), int2 unit (0 hour, 1 day, 2 working_day, 3 month, 4 year)';
CREATE FUNCTION jdz.time_limit_send(jdz.time_limit) RETURNS bytea
	AS 'MODULE_PATHNAME', 'timelimit_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_send(jdz.time_limit) IS 'binary output of jdz.time_limit: int4 count, int2 unit';

CREATE TYPE jdz.time_limit (
	INPUT = jdz.time_limit_in,
	OUTPUT = jdz.time_limit_out,
	RECEIVE = jdz.time_limit_recv,
	SEND = jdz.time_limit_send,
	LIKE = pg_catalog.int8,
	CATEGORY = 'U'
);
COMMENT ON TYPE jdz.time_limit IS
  'a legal time limit: a count (0 to 100000) and a unit (hour, day, working_day, month, year); 1 month is not 30 days (core §3)';

CREATE FUNCTION jdz.time_limit_zh(jdz.time_limit) RETURNS text
	AS 'MODULE_PATHNAME', 'timelimit_zh' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_zh(jdz.time_limit) IS 'the Chinese form of a time limit: 5个工作日, 3个月, 30日, 2小时, 5年';

CREATE FUNCTION jdz.time_limit_count(jdz.time_limit) RETURNS integer
	AS 'MODULE_PATHNAME', 'timelimit_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_count(jdz.time_limit) IS 'the count of a time limit (5 for 5 working days)';

CREATE FUNCTION jdz.time_limit_unit(jdz.time_limit) RETURNS text
	AS 'MODULE_PATHNAME', 'timelimit_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_unit(jdz.time_limit) IS 'the unit of a time limit: hour, day, working_day, month or year';

CREATE FUNCTION jdz.make_time_limit("count" integer, unit text) RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'timelimit_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.make_time_limit(integer, text) IS 'a time limit from a count (0 to 100000, else 22003) and a unit name (hour, day, working_day, month, year, else 22023)';

-- 5.2 Comparisons -------------------------------------------------------------

CREATE FUNCTION jdz.time_limit_eq(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_eq(jdz.time_limit, jdz.time_limit) IS 'same count and same unit';
CREATE FUNCTION jdz.time_limit_ne(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_ne(jdz.time_limit, jdz.time_limit) IS 'a different count or a different unit';
CREATE FUNCTION jdz.time_limit_lt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_lt(jdz.time_limit, jdz.time_limit) IS 'a shorter count in the same unit; 22023 across units';
CREATE FUNCTION jdz.time_limit_le(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_le(jdz.time_limit, jdz.time_limit) IS 'a count not longer in the same unit; 22023 across units';
CREATE FUNCTION jdz.time_limit_gt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_gt(jdz.time_limit, jdz.time_limit) IS 'a longer count in the same unit; 22023 across units';
CREATE FUNCTION jdz.time_limit_ge(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_ge(jdz.time_limit, jdz.time_limit) IS 'a count not shorter in the same unit; 22023 across units';

CREATE FUNCTION jdz.time_limit_sort_lt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_lt(jdz.time_limit, jdz.time_limit) IS 'before in the sort order (unit hour < day < working_day < month < year, then count); not a legal length order';
CREATE FUNCTION jdz.time_limit_sort_le(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_le(jdz.time_limit, jdz.time_limit) IS 'before or equal in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_sort_gt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_gt(jdz.time_limit, jdz.time_limit) IS 'after in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_sort_ge(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_ge(jdz.time_limit, jdz.time_limit) IS 'after or equal in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_cmp(jdz.time_limit, jdz.time_limit) RETURNS integer
	AS 'MODULE_PATHNAME', 'timelimit_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_cmp(jdz.time_limit, jdz.time_limit) IS 'btree support: -1, 0, 1 in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_hash(jdz.time_limit) RETURNS integer
	AS 'MODULE_PATHNAME', 'timelimit_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_hash(jdz.time_limit) IS 'hash support: equal time limits hash equally';
CREATE FUNCTION jdz.time_limit_hash_extended(jdz.time_limit, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'timelimit_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_hash_extended(jdz.time_limit, bigint) IS 'extended hash support, with a seed';

CREATE OPERATOR jdz.= (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_eq,
	COMMUTATOR = OPERATOR(jdz.=), NEGATOR = OPERATOR(jdz.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR jdz.= (jdz.time_limit, jdz.time_limit) IS 'same count and unit (1 month <> 30 days)';
CREATE OPERATOR jdz.<> (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_ne,
	COMMUTATOR = OPERATOR(jdz.<>), NEGATOR = OPERATOR(jdz.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR jdz.<> (jdz.time_limit, jdz.time_limit) IS 'a different count or unit';
CREATE OPERATOR jdz.< (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_lt,
	COMMUTATOR = OPERATOR(jdz.>), NEGATOR = OPERATOR(jdz.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR jdz.< (jdz.time_limit, jdz.time_limit) IS 'shorter, in the same unit only (22023 across units)';
CREATE OPERATOR jdz.<= (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_le,
	COMMUTATOR = OPERATOR(jdz.>=), NEGATOR = OPERATOR(jdz.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR jdz.<= (jdz.time_limit, jdz.time_limit) IS 'not longer, in the same unit only (22023 across units)';
CREATE OPERATOR jdz.> (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_gt,
	COMMUTATOR = OPERATOR(jdz.<), NEGATOR = OPERATOR(jdz.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR jdz.> (jdz.time_limit, jdz.time_limit) IS 'longer, in the same unit only (22023 across units)';
CREATE OPERATOR jdz.>= (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_ge,
	COMMUTATOR = OPERATOR(jdz.<=), NEGATOR = OPERATOR(jdz.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR jdz.>= (jdz.time_limit, jdz.time_limit) IS 'not shorter, in the same unit only (22023 across units)';

CREATE OPERATOR jdz.~<~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_lt,
	COMMUTATOR = OPERATOR(jdz.~>~), NEGATOR = OPERATOR(jdz.~>=~),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR jdz.~<~ (jdz.time_limit, jdz.time_limit) IS 'before in the sort order of the btree operator class (unit, then count)';
CREATE OPERATOR jdz.~<=~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_le,
	COMMUTATOR = OPERATOR(jdz.~>=~), NEGATOR = OPERATOR(jdz.~>~),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR jdz.~<=~ (jdz.time_limit, jdz.time_limit) IS 'before or equal in the sort order (unit, then count)';
CREATE OPERATOR jdz.~>~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_gt,
	COMMUTATOR = OPERATOR(jdz.~<~), NEGATOR = OPERATOR(jdz.~<=~),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR jdz.~>~ (jdz.time_limit, jdz.time_limit) IS 'after in the sort order (unit, then count)';
CREATE OPERATOR jdz.~>=~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_ge,
	COMMUTATOR = OPERATOR(jdz.~<=~), NEGATOR = OPERATOR(jdz.~<~),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR jdz.~>=~ (jdz.time_limit, jdz.time_limit) IS 'after or equal in the sort order (unit, then count)';

CREATE OPERATOR CLASS jdz.time_limit_ops DEFAULT FOR TYPE jdz.time_limit USING btree AS
	OPERATOR 1 jdz.~<~ ,
	OPERATOR 2 jdz.~<=~ ,
	OPERATOR 3 jdz.= ,
	OPERATOR 4 jdz.~>=~ ,
	OPERATOR 5 jdz.~>~ ,
	FUNCTION 1 jdz.time_limit_cmp(jdz.time_limit, jdz.time_limit);
COMMENT ON OPERATOR CLASS jdz.time_limit_ops USING btree IS 'time limits sorted by unit (hour, day, working_day, month, year), then count: ORDER BY, DISTINCT, unique indexes and merge joins work on mixed units';

CREATE OPERATOR CLASS jdz.time_limit_hash_ops DEFAULT FOR TYPE jdz.time_limit USING hash AS
	OPERATOR 1 jdz.= ,
	FUNCTION 1 jdz.time_limit_hash(jdz.time_limit),
	FUNCTION 2 jdz.time_limit_hash_extended(jdz.time_limit, bigint);
COMMENT ON OPERATOR CLASS jdz.time_limit_hash_ops USING hash IS 'time limits hashed on count and unit';

CREATE CAST (text AS jdz.time_limit) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS jdz.time_limit) IS 'parse a time limit (22P02 if it is not one)';
CREATE CAST (jdz.time_limit AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (jdz.time_limit AS text) IS 'the English long form of a time limit';

-- ---------------------------------------------------------------------------
-- 5.3 Deadlines (core §5)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.due(start date, lim jdz.time_limit) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_due_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(date, jdz.time_limit) IS
  'GEN-03: the last day to do something: start + days, months (month-end clamped) or years, moved to the next working day when it is a rest day (民法典 第二百零三条); working days via jdz.add_workdays; hours raise 22023 (use the timestamptz form)';

CREATE FUNCTION jdz.due(start timestamptz, lim jdz.time_limit) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'deadline_due_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(timestamptz, jdz.time_limit) IS
  'GEN-03: the due instant: start + N hours exactly; any other unit counts from the Beijing date of start and ends at 23:59:59.999999 Beijing time on the (moved) last day, whatever the session TimeZone';

CREATE FUNCTION jdz.period_end(start date, lim jdz.time_limit) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_period_end' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.period_end(date, jdz.time_limit) IS
  'GEN-03/GEN-04: the last day of a period that never moves (bans, caps, qualifying durations): start + days, months or years (2024-01-31 + 1 month = 2024-02-29), or working days; no calendar lookup except for working days';

CREATE FUNCTION jdz.is_late(start timestamptz, lim jdz.time_limit, done_at timestamptz DEFAULT NULL) RETURNS boolean
	AS 'MODULE_PATHNAME', 'deadline_is_late' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.is_late(timestamptz, jdz.time_limit, timestamptz) IS
  'whether done_at is after jdz.due(start, lim); with done_at NULL, whether now() is; NULL if start or lim is NULL';

CREATE FUNCTION jdz.due_explain(start date, lim jdz.time_limit) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_due_explain_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(date, jdz.time_limit) IS
  'jdz.due(start, lim) explained (core §8): rule, document, article, inputs, parameters, steps (start, add_days/add_months/add_workdays, move), result';

CREATE FUNCTION jdz.due_explain(start timestamptz, lim jdz.time_limit) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_due_explain_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(timestamptz, jdz.time_limit) IS
  'jdz.due(start, lim) for an instant, explained: the Beijing date, the steps, the end of the day (or the exact instant for hours)';

-- ---------------------------------------------------------------------------
-- 5.4 Deadline rules as data
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.time_limit_rule (
	rule_id text NOT NULL CHECK (char_length(rule_id) BETWEEN 1 AND 64),
	variant text NOT NULL DEFAULT '' CHECK (char_length(variant) <= 64),
	docno jdz.docno,
	article text,
	subject text,
	starts_on text,
	lim jdz.time_limit NOT NULL,
	moves boolean NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (rule_id, variant)
);
COMMENT ON TABLE jdz.time_limit_rule IS 'every time limit of the seed documents, one row per rule and variant (core §5); jdz.due(rule_id, variant, start) reads it';
COMMENT ON COLUMN jdz.time_limit_rule.rule_id IS 'the rule ID of the family file (HL-12b, PRH-26)';
COMMENT ON COLUMN jdz.time_limit_rule.variant IS 'the case of the rule (complaint, ban); '''' when the rule has one limit';
COMMENT ON COLUMN jdz.time_limit_rule.docno IS 'the document that sets the limit';
COMMENT ON COLUMN jdz.time_limit_rule.article IS 'the article of the document (第十二条)';
COMMENT ON COLUMN jdz.time_limit_rule.subject IS 'what must be done, or what is barred, within the limit';
COMMENT ON COLUMN jdz.time_limit_rule.starts_on IS 'the event the limit counts from (the start day itself is not counted)';
COMMENT ON COLUMN jdz.time_limit_rule.lim IS 'the limit';
COMMENT ON COLUMN jdz.time_limit_rule.moves IS 'true for a deadline to do something (ends on a rest day move to the next working day); false for bans, caps and qualifying durations, which never move';
COMMENT ON COLUMN jdz.time_limit_rule.builtin IS 'true for the rows shipped with the extension; pg_dump saves the others';

SELECT pg_catalog.pg_extension_config_dump('jdz.time_limit_rule', 'WHERE NOT builtin');

CREATE TRIGGER time_limit_rule_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.time_limit_rule
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();

ALTER TABLE jdz.time_limit_rule OWNER TO @extowner@;
GRANT SELECT ON jdz.time_limit_rule TO PUBLIC;

CREATE FUNCTION jdz.due(rule_id text, variant text, start date) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_rule_due_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(text, text, date) IS
  'the last day of the time limit (rule_id, variant) of jdz.time_limit_rule from start: jdz.due(start, lim) when the row moves, jdz.period_end(start, lim) when it does not; an unknown rule or variant raises 22023 listing the variants';

CREATE FUNCTION jdz.due(rule_id text, variant text, start timestamptz) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'deadline_rule_due_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(text, text, timestamptz) IS
  'the due instant of the time limit (rule_id, variant) from an instant: exact for hours, else 23:59:59.999999 Beijing time on the last day (moved only when the row moves)';

CREATE FUNCTION jdz.period_end(rule_id text, variant text, start date) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_rule_period_end' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.period_end(text, text, date) IS
  'the unmoved last day of the time limit (rule_id, variant) from start, whatever the row''s moves';

CREATE FUNCTION jdz.due_explain(rule_id text, variant text, start date) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_rule_due_explain_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(text, text, date) IS
  'jdz.due(rule_id, variant, start) explained: the row''s rule, document, article, subject and starting event, the steps and the result';

CREATE FUNCTION jdz.due_explain(rule_id text, variant text, start timestamptz) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_rule_due_explain_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(text, text, timestamptz) IS
  'jdz.due(rule_id, variant, start) for an instant, explained';

------------------------------------------------------------------------------
-- 10. Types shared by spec 10; maintenance fund (MF)
------------------------------------------------------------------------------

-- extension/parts/10-mf.sql — 10. Types shared by spec 10; maintenance fund (MF)
-- Included into the install script by extension/jdzpolicy.sql ("--@include").

-- ---------------------------------------------------------------------------
-- 10.1 Types shared by spec 10 (MF and PRH): district, applicability, sex
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.district AS ENUM
  ('zhushan', 'changjiang', 'gaoxin', 'changnan', 'fuliang', 'leping', 'elsewhere');
COMMENT ON TYPE jdz.district IS
  'a district of Jingdezhen: zhushan 珠山区, changjiang 昌江区, gaoxin 高新技术开发区, changnan 昌南新区 (the central city 中心城区, 景府办发〔2023〕7号 第七条), fuliang 浮梁县, leping 乐平市, elsewhere = outside Jingdezhen';

CREATE TYPE jdz.applicability AS ENUM ('applies', 'by_reference', 'not_covered');
COMMENT ON TYPE jdz.applicability IS
  'whether a text governs a case: applies (the text governs), by_reference (applies 参照 or optionally), not_covered (does not apply)';

CREATE TYPE jdz.sex AS ENUM ('male', 'female');
COMMENT ON TYPE jdz.sex IS
  'sex of a person, for the marriage ages of 《民法典》第一千零四十七条 (male 22, female 20)';

CREATE FUNCTION jdz.district_of(name text) RETURNS jdz.district
	AS 'MODULE_PATHNAME', 'district_of'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.district_of(text) IS
  'the jdz.district a written place name denotes (white space removed, 江西省 and 景德镇市/景德镇 prefixes stripped, case-insensitive): 珠山区/珠山/zhushan, 昌江区, 高新区, 高新技术(产业)开发区, 昌南新区, 浮梁县, 乐平市, elsewhere; anything else raises 22023 (MF-02, PRH-07)';

-- ---------------------------------------------------------------------------
-- 10.2 Maintenance fund types (景府发〔2023〕11号, D1)
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.mf_housing AS ENUM
  ('commodity', 'sold_public', 'resettlement', 'pure_commercial', 'industrial_plant');
COMMENT ON TYPE jdz.mf_housing IS
  'kind of property under 景府发〔2023〕11号: commodity 商品住宅 incl. 经济适用房 and other 售后保障性住房 (第二条), sold_public 售后公有住房, resettlement 征收安置房 (第四十二条第二款), pure_commercial 纯商业项目 and industrial_plant 工业标准化厂房项目 (第四十二条第一款)';

CREATE TYPE jdz.mf_use AS ENUM ('residential', 'non_residential');
COMMENT ON TYPE jdz.mf_use IS
  'use of a property: residential 住宅 or non_residential 非住宅 (景府发〔2023〕11号 第六条)';

CREATE TYPE jdz.mf_payer AS ENUM ('owner', 'selling_unit');
COMMENT ON TYPE jdz.mf_payer IS
  'who deposits to the maintenance fund: owner 业主, selling_unit 售房单位 of sold public housing (景府发〔2023〕11号 第六条、第八条)';

CREATE TYPE jdz.mf_building_class AS ENUM ('multi', 'high');
COMMENT ON TYPE jdz.mf_building_class IS
  'building class of 景府发〔2023〕11号 第七条第二款: multi 多层 (highest above-ground storey count ≤ 7, 含七层), high 高层 (≥ 8, 含八层)';

CREATE TYPE jdz.mf_vote_matter AS ENUM ('repair', 'rebuild', 'raise_fund');
COMMENT ON TYPE jdz.mf_vote_matter IS
  'matter put to the owners (景府发〔2023〕11号 第二十四、二十五条(二); 《民法典》第二百七十八条): repair 维修和更新、改造 (过半数), rebuild 改建、重建 and raise_fund 筹集/续交 the fund (四分之三以上)';

CREATE TYPE jdz.mf_vote_result AS ENUM ('quorum_not_met', 'rejected', 'approved');
COMMENT ON TYPE jdz.mf_vote_result IS
  'outcome of an owners'' vote on the maintenance fund: quorum_not_met (fewer than two thirds took part), rejected, approved (景府发〔2023〕11号 第二十四条(二))';

CREATE TYPE jdz.mf_custody AS ENUM ('centre', 'assembly');
COMMENT ON TYPE jdz.mf_custody IS
  'who holds the fund: centre 市住房资金服务中心 (景府发〔2023〕11号 第二十四条) or assembly 业主大会 after the transfer (第二十五条)';

CREATE TYPE jdz.mf_audit AS ENUM ('mandatory', 'optional', 'not_required');
COMMENT ON TYPE jdz.mf_audit IS
  'price audit (审价) of repair works: mandatory from 20000 yuan (两万元以上（含）), optional below it after the transfer, not_required below it before (景府发〔2023〕11号 第二十四、二十五条(五))';

CREATE TYPE jdz.mf_emergency AS ENUM
  ('lift_danger', 'water_failure', 'fire_hazard', 'leak_or_flooding', 'facade_falling', 'structural_danger');
COMMENT ON TYPE jdz.mf_emergency IS
  'the six emergencies of 景府发〔2023〕11号 第二十七条(一)–(六): lift fault endangering people, secondary water supply or drainage failure, fire-system hazard or failure, roof/wall leak or basement flooding, façade falling or peeling, other severe structural danger';

CREATE TYPE jdz.mf_evidence AS ENUM
  ('lift_rectification_notice', 'professional_opinion', 'fire_rectification_notice',
   'government_directive', 'qualified_inspection_report');
COMMENT ON TYPE jdz.mf_evidence IS
  'evidence of an emergency (景府发〔2023〕11号 第二十七条): 电梯专业检测机构整改通知书, 专业机构意见书, 消防部门整改通知书, 政府和相关部门督办、函告文件, 有资质的房屋质量检测机构意见书或证明';

CREATE TYPE jdz.mf_violation AS ENUM
  ('selling_unit_breach', 'developer_delivery', 'developer_apportion', 'misappropriation');
COMMENT ON TYPE jdz.mf_violation IS
  'violations of 景府发〔2023〕11号: selling_unit_breach (第三十六条), developer_delivery (第三十七条第一款), developer_apportion (第三十七条第二款), misappropriation 挪用 (第三十八条)';

-- ---------------------------------------------------------------------------
-- 10.3 Maintenance fund functions without money or parameters
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.mf_scope(district jdz.district, housing jdz.mf_housing,
                             contract_provides_deposit boolean DEFAULT false)
	RETURNS jdz.applicability
	AS 'MODULE_PATHNAME', 'mf_scope'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_scope(jdz.district, jdz.mf_housing, boolean) IS
  'MF-02: whether 景府发〔2023〕11号 governs a property (第二条, 第五条第三款, 第四十二条): central city commodity/sold_public applies, resettlement by reference, commercial/industrial projects by reference only when the contract provides a deposit; fuliang/leping by reference; elsewhere not covered';

CREATE FUNCTION jdz.mf_deposit_payers(use jdz.mf_use, sole_owner_no_shared_parts boolean, in_estate boolean,
                                      attached_to_residential boolean, sold_public boolean DEFAULT false)
	RETURNS jdz.mf_payer[]
	AS 'MODULE_PATHNAME', 'mf_deposit_payers'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_deposit_payers(jdz.mf_use, boolean, boolean, boolean, boolean) IS
  'MF-06: who must deposit for one property (景府发〔2023〕11号 第六条): {} not obliged, {owner}, or {owner,selling_unit} for sold public housing; not strict, a NULL that leaves the obligation unknown raises 22004';

CREATE FUNCTION jdz.mf_classify_building(max_floors_above_ground integer) RETURNS jdz.mf_building_class
	AS 'MODULE_PATHNAME', 'mf_classify_building'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_classify_building(integer) IS
  'MF-07: building class from the highest above-ground storey count of the building (景府发〔2023〕11号 第七条第二款): ≤ 7 multi, ≥ 8 high; < 1 raises 22023';

CREATE FUNCTION jdz.mf_vote_outcome(matter jdz.mf_vote_matter,
                                    total_area numeric, total_owners integer,
                                    voted_area numeric, voted_owners integer,
                                    yes_area numeric, yes_owners integer) RETURNS jdz.mf_vote_result
	AS 'MODULE_PATHNAME', 'mf_vote_outcome'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_vote_outcome(jdz.mf_vote_matter, numeric, integer, numeric, integer, numeric, integer) IS
  'MF-24, MF-25: owners'' vote on using the fund (景府发〔2023〕11号 第二十四、二十五条(二)): quorum 3·voted ≥ 2·total by area and by owners; repair passes with more than half of those voting (both), rebuild and raise_fund with three quarters (both); exact comparisons';

CREATE FUNCTION jdz.mf_acceptance_panel_ok(members integer, owner_members integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'mf_acceptance_panel_ok'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_acceptance_panel_ok(integer, integer) IS
  'MF-24p: the acceptance panel has at least 7 members and owners are at least 50 % of them (景府发〔2023〕11号 第二十四、二十五条(四))';

CREATE FUNCTION jdz.mf_emergency_repair(situation jdz.mf_emergency, evidence jdz.mf_evidence[],
                                        district_verified boolean) RETURNS boolean
	AS 'MODULE_PATHNAME', 'mf_emergency_repair'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_emergency_repair(jdz.mf_emergency, jdz.mf_evidence[], boolean) IS
  'MF-27: whether an emergency repair may use the fund without the owners'' vote (景府发〔2023〕11号 第二十七条): verified by the district and backed by a document accepted for the situation; a NULL element of evidence raises 22004';

-- ---------------------------------------------------------------------------
-- 10.4 Maintenance fund money: deposits, interest, delivery, replenishment,
--      audit, fines (jdz.cny, jdz.param)
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.mf_public_deposit AS (owner jdz.cny, selling_unit jdz.cny);
COMMENT ON TYPE jdz.mf_public_deposit IS
  'the two deposits made when a public flat is sold (景府发〔2023〕11号 第八条): owner (业主, 第八条(一)) and selling_unit (售房单位, 第八条(二)); they belong to different owners (第九条) and are booked apart';

CREATE TYPE jdz.mf_replenishment_status AS (required boolean, threshold jdz.cny);
COMMENT ON TYPE jdz.mf_replenishment_status IS
  'replenishment trigger of 景府发〔2023〕11号 第十八条: required (balance below 30 % of the first deposit, 不足) and threshold (that 30 %, rounded up to the fen)';

CREATE FUNCTION jdz.mf_initial_deposit(area_m2 numeric, max_floors_above_ground integer,
                                       on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'mf_initial_deposit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_initial_deposit(numeric, integer, date) IS
  'MF-07, MF-19: first deposit of a commodity or non-residential unit (景府发〔2023〕11号 第七条): area_m2 × mf.deposit_rate.multi (≤ 7 storeys) or mf.deposit_rate.high (≥ 8) in force on on_date, half-up to the fen once; for a backfill (第十九条) on_date is the backfill date';

CREATE FUNCTION jdz.mf_initial_deposit_explain(area_m2 numeric, max_floors_above_ground integer,
                                               on_date date DEFAULT current_date) RETURNS jsonb
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.jsonb_build_object(
		'rule', 'MF-07',
		'document', '景府发〔2023〕11号',
		'article', '第七条',
		'inputs', pg_catalog.jsonb_build_object(
			'area_m2', area_m2,
			'max_floors_above_ground', max_floors_above_ground,
			'on_date', pg_catalog.to_jsonb(on_date)),
		'parameters', pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
			'key', p.key,
			'value', p.value,
			'valid_from', pg_catalog.to_jsonb(p.valid_from),
			'docno', p.docno::text)),
		'steps', pg_catalog.jsonb_build_array(
			pg_catalog.format('building class %s: the highest above-ground storey count is %s (multi ≤ 7 含七层, high ≥ 8 含八层; 第七条第二款)',
				r.cls, max_floors_above_ground),
			pg_catalog.format('rate %s yuan/m2: parameter %s in force on %s (%s %s)',
				p.value, p.key, pg_catalog.to_char(on_date, 'YYYY-MM-DD'), p.docno::text, p.article),
			pg_catalog.format('%s m2 × %s yuan/m2 = %s yuan, rounded half-up to the fen once: %s',
				area_m2, p.value, area_m2 * p.value, r.deposit::text)),
		'result', r.deposit::text)
	  FROM (SELECT jdz.mf_initial_deposit(area_m2, max_floors_above_ground, on_date) AS deposit,
	               jdz.mf_classify_building(max_floors_above_ground) AS cls) r
	  LEFT JOIN jdz.parameter p
	    ON p.key = 'mf.deposit_rate.' || r.cls::text
	   AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
END;
COMMENT ON FUNCTION jdz.mf_initial_deposit_explain(numeric, integer, date) IS
  'MF-07: jdz.mf_initial_deposit with its rule, document, inputs, the rate parameter used, the steps and the result (a JSON string), as jsonb; same errors';

CREATE FUNCTION jdz.mf_public_sale_deposit(area_m2 numeric, reform_cost_price jdz.cny, sale_proceeds jdz.cny,
                                           max_floors_above_ground integer, on_date date DEFAULT current_date)
	RETURNS jdz.mf_public_deposit
	AS 'MODULE_PATHNAME', 'mf_public_sale_deposit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_public_sale_deposit(numeric, jdz.cny, jdz.cny, integer, date) IS
  'MF-08a, MF-08b: deposits when a public flat is sold (景府发〔2023〕11号 第八条): owner = area × 房改成本价 × mf.public_owner_rate (not rounded per m2), selling_unit = sale_proceeds × mf.public_extraction_rate.multi or .high; each half-up to the fen once';

CREATE FUNCTION jdz.mf_annual_interest(year integer, opening_balance jdz.cny,
                                       deposit_dates date[], deposit_amounts jdz.cny[],
                                       demand_rate numeric, one_year_rate numeric,
                                       applied_rate numeric DEFAULT NULL) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'mf_annual_interest'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_annual_interest(integer, jdz.cny, date[], jdz.cny[], numeric, numeric, numeric) IS
  'MF-10: interest credited to a sub-account for a calendar year (景府发〔2023〕11号 第十条(三)): opening_balance × coalesce(applied_rate, one_year_rate) + Σ deposit × demand_rate × days to 1 January / 360 (ACT/360, 算头不算尾), half-up once; applied_rate below one_year_rate raises 22023';

CREATE FUNCTION jdz.mf_may_deliver(due jdz.cny, paid jdz.cny, paid_on date, handover_on date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'mf_may_deliver'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_may_deliver(jdz.cny, jdz.cny, date, date) IS
  'MF-11, MF-12: whether the unit may be handed over (景府发〔2023〕11号 第十一、十二条): due = 0, or paid ≥ due and paid_on ≤ handover_on (the handover day counts); paid_on NULL means nothing was paid';

CREATE FUNCTION jdz.mf_replenishment(balance jdz.cny, initial_deposit jdz.cny, on_date date DEFAULT current_date)
	RETURNS jdz.mf_replenishment_status
	AS 'MODULE_PATHNAME', 'mf_replenishment'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_replenishment(jdz.cny, jdz.cny, date) IS
  'MF-18: whether a sub-account must be replenished (景府发〔2023〕11号 第十八条): required iff balance < mf.replenish_ratio × initial_deposit (不足, exactly 30 % is not short); threshold is that minimum rounded up to the fen';

CREATE FUNCTION jdz.mf_price_audit(final_amount jdz.cny, custody jdz.mf_custody, on_date date DEFAULT current_date)
	RETURNS jdz.mf_audit
	AS 'MODULE_PATHNAME', 'mf_price_audit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_price_audit(jdz.cny, jdz.mf_custody, date) IS
  'MF-24a: price audit of repair works (景府发〔2023〕11号 第二十四、二十五条(五)): final_amount ≥ mf.audit_threshold (两万元以上（含）) mandatory; below it optional with custody assembly, not_required with custody centre';

CREATE FUNCTION jdz.mf_max_fine(violation jdz.mf_violation, misappropriated jdz.cny DEFAULT '0.00',
                                uncorrected boolean DEFAULT true, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'mf_max_fine'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_max_fine(jdz.mf_violation, jdz.cny, boolean, date) IS
  'MF-36, MF-37, MF-38: the largest lawful fine (景府发〔2023〕11号 第三十六至三十八条): selling_unit_breach 0.00; developer_delivery / developer_apportion the mf.fine_cap parameter when uncorrected, else 0.00; misappropriation mf.fine_cap.misappropriation_multiple × the amount, rounded down';

-- ---------------------------------------------------------------------------
-- 10.5 Parameters, time limit and rule rows of the maintenance fund
-- ---------------------------------------------------------------------------

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note, builtin) VALUES
  ('mf.deposit_rate.multi', '2023-12-21', NULL, 60, 'yuan/m2', '景府发〔2023〕11号', '第七条',
   'first deposit of a multi-storey (≤ 7 storeys) residential or non-residential unit', true),
  ('mf.deposit_rate.high', '2023-12-21', NULL, 85, 'yuan/m2', '景府发〔2023〕11号', '第七条',
   'first deposit of a high-rise (≥ 8 storeys) residential or non-residential unit', true),
  ('mf.public_owner_rate', '2023-12-21', NULL, 0.02, 'ratio of 房改成本价 per m2', '景府发〔2023〕11号', '第八条(一)',
   'owner of sold public housing: per m2, 2 % of the 房改成本价 of the purchase year', true),
  ('mf.public_extraction_rate.multi', '2023-12-21', NULL, 0.20, 'ratio of sale proceeds', '景府发〔2023〕11号', '第八条(二)',
   'selling unit: one-off extraction from the sale proceeds of multi-storey housing', true),
  ('mf.public_extraction_rate.high', '2023-12-21', NULL, 0.30, 'ratio of sale proceeds', '景府发〔2023〕11号', '第八条(二)',
   'selling unit: one-off extraction from the sale proceeds of high-rise housing', true),
  ('mf.replenish_ratio', '2023-12-21', NULL, 0.30, 'ratio of the first deposit', '景府发〔2023〕11号', '第十八条',
   'a sub-account below this share of its first deposit must be replenished (不足, strict)', true),
  ('mf.audit_threshold', '2023-12-21', NULL, 20000, 'yuan', '景府发〔2023〕11号', '第二十四条(五)、第二十五条(五)',
   'final settlement from which the price audit is compulsory (两万元以上（含）)', true),
  ('mf.fine_cap.developer_delivery', '2023-12-21', NULL, 30000, 'yuan', '景府发〔2023〕11号', '第三十七条第一款',
   'developer handing over without the first deposit, uncorrected (3万元以下)', true),
  ('mf.fine_cap.developer_apportion', '2023-12-21', NULL, 10000, 'yuan', '景府发〔2023〕11号', '第三十七条第二款',
   'developer not apportioning for unsold units, uncorrected (1万元以下)', true),
  ('mf.fine_cap.misappropriation_multiple', '2023-12-21', NULL, 2, 'times the amount misappropriated', '景府发〔2023〕11号', '第三十八条第一款',
   'misappropriation: a fine of up to twice the amount (挪用金额2倍以下)', true);

-- MF-14 is a time-limit row of jdz.time_limit_rule (part 05).
INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
  ('MF-14', '', '景府发〔2023〕11号', '第十四条',
   '住建主管部门 tells the account bank to transfer the balance to the owners'' assembly account',
   'receipt of the transfer application', '10 days', true, true);
UPDATE jdz.rule SET implemented_by = '{MF-14/}' WHERE rule_id = 'MF-14';

UPDATE jdz.rule SET implemented_by = '{jdz.mf_scope,jdz.district_of}' WHERE rule_id = 'MF-02';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_deposit_payers}' WHERE rule_id = 'MF-06';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_initial_deposit,jdz.mf_initial_deposit_explain,jdz.mf_classify_building,mf.deposit_rate.multi,mf.deposit_rate.high}' WHERE rule_id = 'MF-07';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_public_sale_deposit,mf.public_owner_rate}' WHERE rule_id = 'MF-08a';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_public_sale_deposit,mf.public_extraction_rate.multi,mf.public_extraction_rate.high}' WHERE rule_id = 'MF-08b';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_annual_interest}' WHERE rule_id = 'MF-10';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_may_deliver}' WHERE rule_id IN ('MF-11', 'MF-12');
UPDATE jdz.rule SET implemented_by = '{jdz.mf_replenishment,mf.replenish_ratio,jdz.mf_vote_outcome}' WHERE rule_id = 'MF-18';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_initial_deposit,jdz.mf_public_sale_deposit}' WHERE rule_id = 'MF-19';
UPDATE jdz.rule SET implemented_by = '{jdz.apportion}' WHERE rule_id IN ('MF-22', 'MF-23');
UPDATE jdz.rule SET implemented_by = '{jdz.mf_vote_outcome}' WHERE rule_id = 'MF-24';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_acceptance_panel_ok}' WHERE rule_id = 'MF-24p';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_price_audit,mf.audit_threshold}' WHERE rule_id = 'MF-24a';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_vote_outcome,jdz.mf_acceptance_panel_ok,jdz.mf_price_audit}' WHERE rule_id = 'MF-25';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_emergency_repair}' WHERE rule_id = 'MF-27';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_max_fine}' WHERE rule_id = 'MF-36';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_max_fine,mf.fine_cap.developer_delivery,mf.fine_cap.developer_apportion}' WHERE rule_id = 'MF-37';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_max_fine,mf.fine_cap.misappropriation_multiple}' WHERE rule_id = 'MF-38';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_initial_deposit}' WHERE rule_id = 'MFI-01';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_public_sale_deposit}' WHERE rule_id = 'MFI-02';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_emergency_repair}' WHERE rule_id = 'MFI-03';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_price_audit,jdz.mf_vote_outcome,jdz.mf_acceptance_panel_ok}' WHERE rule_id = 'MFI-04';

------------------------------------------------------------------------------
-- 11. Public rental housing (PRH)
------------------------------------------------------------------------------

-- extension/parts/11-prh.sql — 11. Public rental housing (PRH)
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- 景府办发〔2023〕7号《景德镇市中心城区公共租赁住房管理办法》 (spec 10 §2, §3.3–§7).
-- Uses jdz.district, jdz.applicability and jdz.sex of part 10, jdz.cny (part 01),
-- jdz.param / jdz.parameter / jdz.rule (part 03), jdz.due / jdz.time_limit_rule (part 05).

-- ---------------------------------------------------------------------------
-- 11.1 Types
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.prh_category AS ENUM ('lianzu', 'gongzu_local', 'gongzu_newcomer');
COMMENT ON TYPE jdz.prh_category IS
  'what a household applies for (景府办发〔2023〕7号 第十六条): lianzu 廉租房 (一); gongzu_local 公租房 for local low- and middle-income families (二); gongzu_newcomer 公租房 for 新就业无房职工 and 稳定就业外来务工人员 (三)';

CREATE TYPE jdz.prh_hukou AS ENUM ('central_urban', 'local_urban', 'other');
COMMENT ON TYPE jdz.prh_hukou IS
  'the main applicant''s household registration (第十六条): central_urban 中心城区城镇常住户籍; local_urban a Jingdezhen urban hukou outside the central city (乐平、浮梁 towns); other no Jingdezhen urban hukou (rural or non-local)';

CREATE TYPE jdz.prh_status AS ENUM
  ('urban_dibao', 'urban_tekun', 'dibao_marginal', 'expenditure_poverty', 'lost_only_child',
   'disabled_veteran', 'war_or_test_veteran', 'military_survivor');
COMMENT ON TYPE jdz.prh_status IS
  'certified statuses that qualify for 廉租房 (第十六条(一)4): 民政 城镇低保、城镇特困、低保边缘户、支出型贫困家庭; 卫健 计划生育失独家庭; 退役军人事务 革命伤残军人 (grade 1–4 qualifies), 参战参试退役军人, "三属"';

CREATE TYPE jdz.prh_ward AS ENUM ('intellectual_disability', 'orphan');
COMMENT ON TYPE jdz.prh_ward IS
  'a main applicant with a legal guardian who may apply for 廉租房 below marriage age (第十六条(一)2): 智力残疾, 孤儿';

CREATE TYPE jdz.prh_benefit AS ENUM
  ('in_kind', 'rental_subsidy', 'direct_public_housing', 'talent_rent_subsidy', 'talent_apartment');
COMMENT ON TYPE jdz.prh_benefit IS
  'housing benefits (第四条): in_kind 实物配租 and rental_subsidy 租赁补贴 (the two PRH modes); direct_public_housing 直管公房, talent_rent_subsidy 新引进高层次人才租房补贴, talent_apartment 人才公寓';

CREATE TYPE jdz.prh_reason AS ENUM
  ('hukou', 'residence', 'age', 'co_applicants', 'status', 'housing_area', 'income',
   'employment', 'insurance', 'owns_housing', 'lookback', 'relatives_area',
   'benefit_conflict', 'banned',
   'oversize_unit', 'medium_share', 'facilities_share', 'commercial_share');
COMMENT ON TYPE jdz.prh_reason IS
  'why a PRH check fails: household conditions of 第十六、十七条, 第四条, 第三十九、四十四条 bans (jdz.prh_eligibility); unit and estate limits of 第十一条 (jdz.prh_unit_mix_check, jdz.prh_facilities_check)';

CREATE TYPE jdz.prh_check AS (ok boolean, reasons jdz.prh_reason[]);
COMMENT ON TYPE jdz.prh_check IS
  'result of a PRH check: ok is true iff reasons is empty; reasons holds every failed condition once, in jdz.prh_reason order';

CREATE TYPE jdz.prh_unit_size AS ENUM ('small', 'medium', 'oversize');
COMMENT ON TYPE jdz.prh_unit_size IS
  'size class of a newly built PRH unit by building area (第十一条): small ≤ 50 m² ("50平方米以下"), medium (50, 80] m², oversize > 80 m² (not allowed)';

CREATE TYPE jdz.prh_queue_status AS ENUM ('waiting', 'must_reapply');
COMMENT ON TYPE jdz.prh_queue_status IS
  'a household on the waiting list (第二十七条): waiting, or must_reapply after more than two abandonments or 3 years of waiting';

CREATE TYPE jdz.prh_rent_tier AS ENUM ('lianzu', 'gongzu', 'market');
COMMENT ON TYPE jdz.prh_rent_tier IS
  'rent tier (第三十一、三十八、四十条、四十四条): lianzu 10 % of the market rent, gongzu the approved 60–80 %, market 100 % (transition after an exit decision, fraud back-rent)';

CREATE TYPE jdz.prh_exit_reason AS ENUM ('acquired_housing', 'over_income', 'over_assets', 'left_city');
COMMENT ON TYPE jdz.prh_exit_reason IS
  'why a tenant must leave (第三十八条): acquired other housing in Jingdezhen, income above 2.5 × the local per-capita disposable income, assets above the standard, neither works nor lives in the city';

CREATE TYPE jdz.prh_ground AS ENUM
  ('fraud', 'sublet_or_lend', 'alter_structure_or_use', 'vacancy', 'arrears',
   'illegal_activity', 'dishonest_list', 'contract_breach');
COMMENT ON TYPE jdz.prh_ground IS
  'grounds for ending a lease (第三十九条(一)–(八) in order): fraud, sublet_or_lend, alter_structure_or_use, vacancy (四) 无正当理由连续空置6个月以上, arrears (五) 拖欠租金累计6个月以上, illegal_activity, dishonest_list, contract_breach';

CREATE TYPE jdz.prh_priority_group AS ENUM
  ('low_income', 'special_care', 'vulnerable', 'talent', 'frontline_worker');
COMMENT ON TYPE jdz.prh_priority_group IS
  'the five priority groups of the waiting list (第二十四条(一)–(五)), one unranked tier (A-PRH7): ORDER BY cardinality(priority_groups) > 0 DESC, applied_at, application_id';

-- ---------------------------------------------------------------------------
-- 11.2 Parameters (spec 10 §4; builtin rows; the outside figures are loaded by a DBA)
-- ---------------------------------------------------------------------------

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note, builtin) VALUES
  ('prh.unit_area.small_max', '2023-11-27', NULL, 50, 'm2', '景府办发〔2023〕7号', '第十一条', 'small units: building area 50 m² and below (以下)', true),
  ('prh.unit_area.max', '2023-11-27', NULL, 80, 'm2', '景府办发〔2023〕7号', '第十一条', 'medium units: over 50 up to 80 m²; 最高不超过80平方米', true),
  ('prh.medium_share_max', '2023-11-27', NULL, 0.15, 'ratio of total PRH area', '景府办发〔2023〕7号', '第十一条', 'medium units at most 15 % of the project''s PRH area (A-PRH1)', true),
  ('prh.facilities_share_max', '2023-11-27', NULL, 0.15, 'ratio of estate area', '景府办发〔2023〕7号', '第十一条', 'public-service facilities at most 15 % of the estate''s building area', true),
  ('prh.commercial_share_max', '2023-11-27', NULL, 0.10, 'ratio of estate area', '景府办发〔2023〕7号', '第十一条', 'commercial facilities at most 10 % of the estate''s building area', true),
  ('prh.area_per_capita_max', '2023-11-27', NULL, 15, 'm2/person', '景府办发〔2023〕7号', '第十六条(一)5、(二)4', 'per-capita building area of the housing a household has: 15 m² and below', true),
  ('prh.income_multiple', '2023-11-27', NULL, 2.5, 'times L', '景府办发〔2023〕7号', '第十六条(二)5、(三)3', 'household annual disposable income at most 2.5 × prh.urban_disposable_income (A-PRH2)', true),
  ('prh.relatives_area_per_capita', '2023-11-27', NULL, 35, 'm2/person', '景府办发〔2023〕7号', '第十七条(二)', 'a single applicant whose parents, spouse and children have 35 m² per person or more may not apply', true),
  ('prh.rent_ratio.lianzu', '2023-11-27', NULL, 0.10, 'ratio of market rent', '景府办发〔2023〕7号', '第三十一条', '廉租房 rent: 10 % of the market rent of housing of the same location, quality and type', true),
  ('prh.rent_ratio.gongzu_min', '2023-11-27', NULL, 0.60, 'ratio of market rent', '景府办发〔2023〕7号', '第三十一条', '公租房 rent: at least 60 % of the market rent of 普通商品房', true),
  ('prh.rent_ratio.gongzu_max', '2023-11-27', NULL, 0.80, 'ratio of market rent', '景府办发〔2023〕7号', '第三十一条', '公租房 rent: at most 80 % of the market rent of 普通商品房', true),
  ('prh.fine_cap.agent_person', '2023-11-27', NULL, 10000, 'yuan', '景府办发〔2023〕7号', '第四十五条', 'fine on a 房地产经纪人员: at most 10000 yuan', true),
  ('prh.fine_cap.agent_firm', '2023-11-27', NULL, 30000, 'yuan', '景府办发〔2023〕7号', '第四十五条', 'fine on a 房地产经纪机构: at most 30000 yuan', true);

-- ---------------------------------------------------------------------------
-- 11.3 Time limits (spec 10 §5; only PRH-26 moves to a working day)
-- ---------------------------------------------------------------------------

INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
  ('PRH-16-RES', '', '景府办发〔2023〕7号', '第十六条(一)1、(二)1', 'actual residence needed for lianzu and gongzu_local (满5年以上)', 'first day of actual residence', '5 years', false, true),
  ('PRH-16-MIG', '', '景府办发〔2023〕7号', '第十六条(三)1', 'continuous social insurance needed for gongzu_newcomer (6个月以上)', 'first day of the current contribution run', '6 months', false, true),
  ('PRH-17a', '', '景府办发〔2023〕7号', '第十七条(一)', 'excess area or a property transfer bars applications made within 3 years', 'the transfer, or the last day of excess area', '3 years', false, true),
  ('PRH-26', '', '景府办发〔2023〕7号', '第二十六条', 'sign the lease', 'receipt of the allocation notice', '30 days', true, true),
  ('PRH-27', '', '景府办发〔2023〕7号', '第二十七条', 'waiting cap (轮候期不超过3年)', 'eligibility confirmed', '3 years', false, true),
  ('PRH-30a', '', '景府办发〔2023〕7号', '第三十条', 'longest lease term (last day covered)', 'lease start', '5 years', false, true),
  ('PRH-30b', '', '景府办发〔2023〕7号', '第三十条', 'renewal application (合同期满前3个月); counted backwards, read only by jdz.prh_renewal_deadline', 'lease end', '3 months', false, true),
  ('PRH-30c', '', '景府办发〔2023〕7号', '第三十条', 'longest period one rent bill may cover', 'start of the billing period', '1 year', false, true),
  ('PRH-30d', '', '景府办发〔2023〕7号', '第三十条', 'annual eligibility review', 'previous review', '1 year', false, true),
  ('PRH-31c', '', '景府办发〔2023〕7号', '第三十一条', 'rent and property-fee adjustment cycle', 'previous adjustment', '2 years', false, true),
  ('PRH-38', '', '景府办发〔2023〕7号', '第三十八条', 'longest transition after an exit decision', 'exit decision', '1 year', false, true),
  ('PRH-39', 'vacancy', '景府办发〔2023〕7号', '第三十九条(四)', 'unjustified continuous vacancy that is a ground for termination', 'first day of vacancy', '6 months', false, true),
  ('PRH-39', 'ban', '景府办发〔2023〕7号', '第三十九条', 'no application after termination (5年内不得申请)', 'termination decision', '5 years', false, true),
  ('PRH-44', '', '景府办发〔2023〕7号', '第四十四条', 'no application after vacating a fraudulently obtained unit', 'vacating date', '5 years', false, true);

-- ---------------------------------------------------------------------------
-- 11.4 Functions
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.prh_scope(district jdz.district) RETURNS jdz.applicability
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE
		WHEN district IN ('zhushan'::jdz.district, 'changjiang'::jdz.district,
						  'gaoxin'::jdz.district, 'changnan'::jdz.district) THEN 'applies'::jdz.applicability
		WHEN district IN ('fuliang'::jdz.district, 'leping'::jdz.district) THEN 'by_reference'::jdz.applicability
		ELSE 'not_covered'::jdz.applicability
	END;
COMMENT ON FUNCTION jdz.prh_scope(jdz.district) IS
  'whether 景府办发〔2023〕7号 governs public rental housing in a district: applies in the central city 珠山、昌江、高新、昌南 (第七条, PRH-07), by_reference in 浮梁、乐平 (第四十六条, PRH-46), not_covered elsewhere';

CREATE FUNCTION jdz.prh_classify_unit(area_m2 numeric, on_date date DEFAULT current_date) RETURNS jdz.prh_unit_size
	AS 'MODULE_PATHNAME', 'prh_classify_unit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_classify_unit(numeric, date) IS
  'size class of a newly built PRH unit by building area (PRH-11a, 第十一条): small ≤ prh.unit_area.small_max (50), medium ≤ prh.unit_area.max (80), else oversize; area ≤ 0 raises 22023';

CREATE FUNCTION jdz.prh_unit_mix_check(unit_areas numeric[], on_date date DEFAULT current_date) RETURNS jdz.prh_check
	AS 'MODULE_PATHNAME', 'prh_unit_mix_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_unit_mix_check(numeric[], date) IS
  'unit mix of one new PRH project (PRH-11a, PRH-11b, 第十一条): oversize_unit when a unit exceeds prh.unit_area.max; medium_share when the area of the (50, 80] m² units exceeds prh.medium_share_max (15 %) of the total area (exactly 15 % passes)';

CREATE FUNCTION jdz.prh_facilities_check(estate_area numeric, facilities_area numeric, commercial_area numeric,
										 on_date date DEFAULT current_date) RETURNS jdz.prh_check
	AS 'MODULE_PATHNAME', 'prh_facilities_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_facilities_check(numeric, numeric, numeric, date) IS
  'facility shares of a PRH estate (PRH-11c, 第十一条): facilities_share when all public-service facilities (commercial included) exceed prh.facilities_share_max (15 %) of the estate''s building area; commercial_share when commercial facilities exceed prh.commercial_share_max (10 %)';

CREATE FUNCTION jdz.prh_stacking_ok(benefits jdz.prh_benefit[]) RETURNS boolean
	AS 'MODULE_PATHNAME', 'prh_stacking_ok'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_stacking_ok(jdz.prh_benefit[]) IS
  'whether a household may hold these housing benefits at once (PRH-04, 第四条): false for in_kind with rental_subsidy (只能选择一种保障方式) or a PRH mode with 直管公房, a talent rent subsidy or a talent apartment (不得重复享受)';

CREATE FUNCTION jdz.prh_income_line(on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'prh_income_line'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_income_line(date) IS
  'the PRH income line (PRH-16-INC, 第十六条(二)5、(三)3): prh.income_multiple (2.5) × prh.urban_disposable_income (loaded by a DBA; none raises 22023), shown to the fen rounded down; the tests themselves compare with the exact product';

CREATE FUNCTION jdz.prh_eligibility(
	category jdz.prh_category,
	sex jdz.sex,
	birth_date date,
	household_size integer,
	hukou jdz.prh_hukou,
	resident_since date DEFAULT NULL,
	housing_area numeric DEFAULT NULL,
	household_income jdz.cny DEFAULT NULL,
	statuses jdz.prh_status[] DEFAULT '{}',
	veteran_grade integer DEFAULT NULL,
	ward jdz.prh_ward DEFAULT NULL,
	co_applicants_ok boolean DEFAULT NULL,
	employed_locally boolean DEFAULT NULL,
	insured_since date DEFAULT NULL,
	residence_permit boolean DEFAULT NULL,
	owns_city_housing boolean DEFAULT NULL,
	last_transfer_on date DEFAULT NULL,
	excess_area_until date DEFAULT NULL,
	relatives_count integer DEFAULT NULL,
	relatives_area numeric DEFAULT NULL,
	benefits jdz.prh_benefit[] DEFAULT '{}',
	banned_through date DEFAULT NULL,
	on_date date DEFAULT current_date) RETURNS jdz.prh_check
	AS 'MODULE_PATHNAME', 'prh_eligibility'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_eligibility(jdz.prh_category, jdz.sex, date, integer, jdz.prh_hukou, date, numeric, jdz.cny,
	jdz.prh_status[], integer, jdz.prh_ward, boolean, boolean, date, boolean, boolean, date, date, integer, numeric,
	jdz.prh_benefit[], date, date) IS
  'whether a household may apply for lianzu / gongzu_local / gongzu_newcomer on on_date (the application date), with every failed condition as a reason in jdz.prh_reason order (PRH-16-H, -RES, -AGE, -CO, -CAT, -AREA, -INC, -MIG, -ELIG, PRH-17a, -17b, -17c, PRH-04, PRH-39, PRH-44; 第十六、十七条, 第四条, 第三十九、四十四条); not strict: a NULL the category needs raises 22004';

CREATE FUNCTION jdz.prh_waiting_status(abandonments integer, waiting_since date, on_date date DEFAULT current_date)
	RETURNS jdz.prh_queue_status
	AS 'MODULE_PATHNAME', 'prh_waiting_status'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_waiting_status(integer, date, date) IS
  'a waiting household''s status (PRH-27, 第二十七条): must_reapply after more than two abandonments (超过两次) or when on_date is past jdz.due(''PRH-27'', '''', waiting_since) (轮候期不超过3年, from the confirmation of eligibility), else waiting';

CREATE FUNCTION jdz.prh_renewal_deadline(lease_ends_on date) RETURNS date
	AS 'MODULE_PATHNAME', 'prh_renewal_deadline'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_renewal_deadline(date) IS
  'the last day to apply for renewing a PRH lease (PRH-30b, 第三十条 合同期满前3个月): lease_ends_on minus the PRH-30b row''s 3 months, counted back with the month-end rule (2027-05-31 → 2027-02-28), never moved (A-PRH10)';

CREATE FUNCTION jdz.prh_monthly_rent(market_rent jdz.cny, area_m2 numeric, tier jdz.prh_rent_tier,
									 ratio numeric DEFAULT NULL, on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'prh_monthly_rent'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_monthly_rent(jdz.cny, numeric, jdz.prh_rent_tier, numeric, date) IS
  'monthly rent of a PRH unit (PRH-31a, 第三十一条; PRH-38, PRH-44 at the market tier): half_up(market_rent per m² × area_m2 × r), r = prh.rent_ratio.lianzu (10 %), the approved gongzu ratio within [prh.rent_ratio.gongzu_min, gongzu_max] (60–80 %), or 1 for market; not strict: NULLs raise 22004';

CREATE FUNCTION jdz.prh_monthly_rent_explain(market_rent jdz.cny, area_m2 numeric, tier jdz.prh_rent_tier,
											 ratio numeric DEFAULT NULL, on_date date DEFAULT current_date) RETURNS jsonb
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $fn$
DECLARE
	v_rent jdz.cny;
	v_params jsonb := '[]';
	v_steps jsonb;
	v_r numeric;
	v_key text;
	v_row record;
	v_keys text[];
BEGIN
	-- the computation itself validates every argument and raises its errors
	v_rent := jdz.prh_monthly_rent(market_rent, area_m2, tier, ratio, on_date);
	v_keys := CASE tier
		WHEN 'lianzu' THEN ARRAY['prh.rent_ratio.lianzu']
		WHEN 'gongzu' THEN ARRAY['prh.rent_ratio.gongzu_min', 'prh.rent_ratio.gongzu_max']
		ELSE '{}'::text[] END;
	FOREACH v_key IN ARRAY v_keys LOOP
		SELECT p.key, p.value, p.valid_from, p.docno::text AS docno INTO v_row
		  FROM jdz.parameter p
		 WHERE p.key = v_key AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
		v_params := v_params || jsonb_build_array(jsonb_build_object(
			'key', v_row.key, 'value', v_row.value, 'valid_from', v_row.valid_from, 'docno', v_row.docno));
	END LOOP;
	v_r := CASE tier
		WHEN 'lianzu' THEN jdz.param('prh.rent_ratio.lianzu', on_date)
		WHEN 'gongzu' THEN ratio
		ELSE 1 END;
	v_steps := jsonb_build_array(
		jsonb_build_object('step', 'ratio', 'tier', tier, 'value', v_r,
			'why', CASE tier
				WHEN 'lianzu' THEN 'prh.rent_ratio.lianzu: 廉租房 rent is 10 % of the market rent of housing of the same location, quality and type'
				WHEN 'gongzu' THEN 'the ratio approved by the 价格主管部门, within [prh.rent_ratio.gongzu_min, prh.rent_ratio.gongzu_max]'
				ELSE 'market tier: the full market rent (transition, 第三十八条; fraud back-rent, 第四十四条)' END),
		jsonb_build_object('step', 'unrounded rent', 'formula', 'market_rent × area_m2 × ratio',
			'value', (market_rent::numeric * area_m2 * v_r)),
		jsonb_build_object('step', 'round half-up to the fen', 'value', v_rent::numeric));
	RETURN jsonb_build_object(
		'rule', 'PRH-31a',
		'document', '景府办发〔2023〕7号',
		'article', CASE WHEN tier = 'market' THEN '第三十八条、第四十四条' ELSE '第三十一条' END,
		'inputs', jsonb_build_object('market_rent', market_rent::numeric, 'area_m2', area_m2, 'tier', tier,
			'ratio', ratio, 'on_date', on_date),
		'parameters', v_params,
		'steps', v_steps,
		'result', v_rent::numeric);
END
$fn$;
COMMENT ON FUNCTION jdz.prh_monthly_rent_explain(jdz.cny, numeric, jdz.prh_rent_tier, numeric, date) IS
  'jdz.prh_monthly_rent with its working (PRH-31a, 第三十一条): jsonb {rule, document, article, inputs, parameters [{key, value, valid_from, docno}], steps, result}';

CREATE FUNCTION jdz.prh_monthly_subsidy(household_size integer, band integer, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'prh_monthly_subsidy'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_monthly_subsidy(integer, integer, date) IS
  'monthly rental subsidy (PRH-34, PRH-35, 第三十四、三十五条): half_up(prh.subsidy_area.<household_size> m² × prh.subsidy_rate.<band> yuan/m²·month), both standards loaded by a DBA; a missing key raises 22023';

CREATE FUNCTION jdz.prh_exit_reasons(acquired_housing boolean, household_income jdz.cny, over_asset_limit boolean,
									 works_in_city boolean, lives_in_city boolean, on_date date DEFAULT current_date)
	RETURNS jdz.prh_exit_reason[]
	AS 'MODULE_PATHNAME', 'prh_exit_reasons'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_exit_reasons(boolean, jdz.cny, boolean, boolean, boolean, date) IS
  'why a PRH tenant must leave (PRH-38, 第三十八条): acquired_housing, over_income (household income above 2.5 × the local per-capita disposable income, strict), over_assets, left_city (neither works nor lives in the city); ''{}'' = may stay';

CREATE FUNCTION jdz.prh_termination_grounds(acts jdz.prh_ground[] DEFAULT '{}', vacant_since date DEFAULT NULL,
											arrears_months integer DEFAULT 0, on_date date DEFAULT current_date)
	RETURNS jdz.prh_ground[]
	AS 'MODULE_PATHNAME', 'prh_termination_grounds'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_termination_grounds(jdz.prh_ground[], date, integer, date) IS
  'the established grounds for ending a PRH lease (PRH-39, 第三十九条): the acts found, plus vacancy when jdz.due(''PRH-39'', ''vacancy'', vacant_since) ≤ on_date and arrears when arrears_months ≥ 6; not strict: NULL acts, arrears_months or on_date raise 22004';

CREATE FUNCTION jdz.prh_tier_after_review(meets_lianzu boolean, meets_gongzu boolean) RETURNS jdz.prh_rent_tier
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN meets_lianzu THEN 'lianzu'::jdz.prh_rent_tier
				WHEN meets_gongzu THEN 'gongzu'::jdz.prh_rent_tier
				ELSE 'market'::jdz.prh_rent_tier END;
COMMENT ON FUNCTION jdz.prh_tier_after_review(boolean, boolean) IS
  'the rent tier after a review (PRH-40, 第四十条第二款): lianzu when the household meets the 廉租房 conditions, else gongzu when it meets the 公租房 conditions, else market (it must exit, 第三十八条)';

-- ---------------------------------------------------------------------------
-- 11.5 Rule catalog (rows loaded by part 03; spec 10 §7)
-- ---------------------------------------------------------------------------

UPDATE jdz.rule SET implemented_by = '{jdz.prh_stacking_ok,jdz.prh_eligibility}' WHERE rule_id = 'PRH-04';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_scope,jdz.district_of}' WHERE rule_id = 'PRH-07';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_scope}' WHERE rule_id = 'PRH-46';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_classify_unit,jdz.prh_unit_mix_check,prh.unit_area.small_max,prh.unit_area.max}' WHERE rule_id = 'PRH-11a';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_unit_mix_check,prh.medium_share_max}' WHERE rule_id = 'PRH-11b';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_facilities_check,prh.facilities_share_max,prh.commercial_share_max}' WHERE rule_id = 'PRH-11c';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-H';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-RES';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-AGE';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-CO';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-CAT';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility,prh.area_per_capita_max}' WHERE rule_id = 'PRH-16-AREA';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility,jdz.prh_income_line,prh.income_multiple}' WHERE rule_id = 'PRH-16-INC';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-MIG';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-ELIG';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-17a';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility,prh.relatives_area_per_capita}' WHERE rule_id = 'PRH-17b';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-17c';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-26';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_waiting_status}' WHERE rule_id = 'PRH-27';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-30a';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_renewal_deadline}' WHERE rule_id = 'PRH-30b';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-30c';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-30d';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_rent,jdz.prh_monthly_rent_explain,prh.rent_ratio.lianzu,prh.rent_ratio.gongzu_min,prh.rent_ratio.gongzu_max}' WHERE rule_id = 'PRH-31a';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-31c';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_subsidy}' WHERE rule_id = 'PRH-34';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_subsidy}' WHERE rule_id = 'PRH-35';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_exit_reasons,jdz.prh_monthly_rent}' WHERE rule_id = 'PRH-38';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_termination_grounds,jdz.prh_eligibility}' WHERE rule_id = 'PRH-39';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_tier_after_review}' WHERE rule_id = 'PRH-40';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_rent,jdz.prh_eligibility}' WHERE rule_id = 'PRH-44';
UPDATE jdz.rule SET implemented_by = '{prh.fine_cap.agent_person,prh.fine_cap.agent_firm}' WHERE rule_id = 'PRH-45';
-- The time-limit rows that carry a rule (spec 10 §7, see 11.3).  The outside keys a DBA loads (prh.urban_disposable_income,
-- prh.subsidy_area.<n>, prh.subsidy_rate.<band>) have no row to name here; they
-- are documented in doc/prh.md and in the errors that ask for them.
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-16-RES/}'::text[] WHERE rule_id = 'PRH-16-RES';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-16-MIG/}'::text[] WHERE rule_id = 'PRH-16-MIG';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-17a/}'::text[] WHERE rule_id = 'PRH-17a';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-26/}'::text[] WHERE rule_id = 'PRH-26';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-27/}'::text[] WHERE rule_id = 'PRH-27';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30a/}'::text[] WHERE rule_id = 'PRH-30a';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30b/}'::text[] WHERE rule_id = 'PRH-30b';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30c/}'::text[] WHERE rule_id = 'PRH-30c';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30d/}'::text[] WHERE rule_id = 'PRH-30d';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-31c/}'::text[] WHERE rule_id = 'PRH-31c';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-38/}'::text[] WHERE rule_id = 'PRH-38';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-39/vacancy,PRH-39/ban}'::text[] WHERE rule_id = 'PRH-39';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-44/}'::text[] WHERE rule_id = 'PRH-44';

------------------------------------------------------------------------------
-- 30. Subsidies, loans and escrow
------------------------------------------------------------------------------

-- extension/parts/30-subsidy.sql — 30. Subsidies, loans and escrow
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
-- Spec: ../shared/spec/30-subsidies-loans-escrow.md.  Families LP (景府发〔2023〕14号),
-- JP (景府发〔2023〕15号), CN/OP/CL (景府办字〔2020〕46号, 景金字〔2020〕17号, 景金字〔2020〕18号),
-- UI (景人社字〔2020〕103号), RENT (景发改投资字〔2020〕176号), MOX (景府办字〔2020〕45号),
-- SURV (景调字〔2020〕12号), ESC (景建发〔2020〕122号).
--
-- The money formulas (LP, cl_max_loan, loan_schedule, the clawback test) are
-- C (src/subsidy.c, src/loan.c); the decisions are PL/pgSQL with a fixed
-- search_path or SQL-standard bodies.  Window parameters (temporary
-- measures, spec 30 §0) are read straight from jdz.parameter: no row in force
-- is the "not in force" outcome, never an error.
\echo Use "CREATE EXTENSION jdzpolicy" to load this file. \quit

-- 30.1 Types -----------------------------------------------------------------

CREATE TYPE jdz.eligibility AS (eligible boolean, reasons text[]);
COMMENT ON TYPE jdz.eligibility IS 'a yes/no decision with its reason codes ''<rule-id>:<code>'' (''{}'' when eligible); shared by every family';

CREATE TYPE jdz.lefp_status AS ENUM ('eligible', 'retained', 'ineligible');
COMMENT ON TYPE jdz.lefp_status IS 'LP-05/06/14 (景府发〔2023〕14号): a land-expropriated farmer is eligible, keeps the status without subsidy (retained, 第十四条) or is ineligible';

CREATE TYPE jdz.lefp_circumstance AS ENUM (
	'below_county_level',
	'no_contract_right',
	'not_local_farmer',
	'state_plan_worker',
	'civil_servant',
	'hukou_moved',
	'prisoner',
	'attached_hukou',
	'illegal_land_sale',
	'student',
	'active_soldier',
	'employer_insured'
);
COMMENT ON TYPE jdz.lefp_circumstance IS 'LP-05/06/14 (景府发〔2023〕14号 第五、六、十四条): facts that exclude a person or suspend the subsidy';

CREATE TYPE jdz.lefp_decision AS (status jdz.lefp_status, reasons text[]);
COMMENT ON TYPE jdz.lefp_decision IS 'LP-05/06/14: the status of a land-expropriated farmer with its reason codes';

CREATE TYPE jdz.pension_scheme AS ENUM ('enterprise_employee', 'urban_rural_resident');
COMMENT ON TYPE jdz.pension_scheme IS 'LP-09 (景府发〔2023〕14号 第九条): the enterprise-employee or the urban-rural-resident basic pension scheme';

CREATE TYPE jdz.lefp_lump_sum AS (years int, amount jdz.cny, pension_increase_from date);
COMMENT ON TYPE jdz.lefp_lump_sum IS 'LP-13 (景府发〔2023〕14号 第十三条): remaining subsidy years, the one-off credit and the first month of the higher pension';

CREATE TYPE jdz.cl_property AS ENUM (
	'new_commodity_housing',
	'villa', 'multi_storey_linked_villa',
	'commercial_residential',
	'investment_speculative',
	'second_hand'
);
COMMENT ON TYPE jdz.cl_property IS 'CL-05/20 (景金字〔2020〕18号): the kind of home bought with a combination loan; only new_commodity_housing qualifies';

CREATE TYPE jdz.cl_impediment AS ENUM (
	'contributions_stopped',
	'outside_city',
	'collective_land',
	'contract_not_filed',
	'outstanding_hpf_loan',
	'lender_conditions',
	'guarantees_unpaid_hpf_loan',
	'sued_for_bad_credit',
	'overdue_or_guarantor_paying',
	'bad_credit_record',
	'title_disputed',
	'not_mortgageable',
	'fully_paid',
	'lacks_civil_capacity',
	'no_repayment_capacity'
);
COMMENT ON TYPE jdz.cl_impediment IS 'CL-03/04/05/20 (景金字〔2020〕18号): facts that bar a combination loan';

CREATE TYPE jdz.cl_limits AS (hpf_max jdz.cny, total_max jdz.cny, min_down_payment jdz.cny);
COMMENT ON TYPE jdz.cl_limits IS 'CL-06/07/10: the largest provident-fund tranche, the largest total loan and the smallest down payment for a house price';

CREATE TYPE jdz.repayment_method AS ENUM ('equal_installment', 'equal_principal');
COMMENT ON TYPE jdz.repayment_method IS 'CL-16/17: 等额本息 (equal_installment) or 等额本金 (equal_principal)';

CREATE TYPE jdz.ui_separation AS ENUM ('involuntary', 'voluntary', 'undetermined', 'undetermined_committed');
COMMENT ON TYPE jdz.ui_separation IS 'UI-01/04 (景人社字〔2020〕103号 二（一）): how the employment ended; undetermined_committed = a written commitment was filed';

CREATE TYPE jdz.ui_entitlement AS (
	eligible boolean, reasons text[],
	monthly jdz.cny, months int, total jdz.cny,
	first_month date, last_month date
);
COMMENT ON TYPE jdz.ui_entitlement IS 'UI-05/07/09/10: an unemployment-insurance entitlement: decision, reasons, monthly amount, months, total, first days of the first and last paid months';

CREATE TYPE jdz.rent_tenant AS ENUM ('service_small_micro', 'individual_business', 'other_enterprise');
COMMENT ON TYPE jdz.rent_tenant IS 'RENT-01 (景发改投资字〔2020〕176号): the tenant class of state-owned business premises';

CREATE TYPE jdz.rent_relief_result AS (eligible boolean, reasons text[], free_months int, half_months int, amount jdz.cny);
COMMENT ON TYPE jdz.rent_relief_result IS 'RENT-01/02/04: the 2020 rent relief: decision, reasons, rent-free and half-rent months, the relieved amount';

CREATE TYPE jdz.rent_borrower AS ENUM ('small_micro_enterprise', 'small_micro_owner', 'individual_business', 'other_sme', 'large_enterprise');
COMMENT ON TYPE jdz.rent_borrower IS 'RENT-06 (景发改投资字〔2020〕176号 附件 四（九）): the borrower class for the 2020 loan deferral';

CREATE TYPE jdz.rent_deferral AS ENUM ('deferral', 'negotiate', 'not_covered');
COMMENT ON TYPE jdz.rent_deferral IS 'RENT-06: temporary deferral, negotiation with the bank, or not covered';

CREATE TYPE jdz.surv_role AS ENUM ('assistant_enumerator', 'bookkeeping_household');
COMMENT ON TYPE jdz.surv_role IS 'SURV-01 (景调字〔2020〕12号): 辅助调查员 or 记账户';

CREATE TYPE jdz.esc_transfer AS ENUM (
	'sale',
	'court_or_arbitration',
	'inheritance', 'gift', 'property_exchange',
	'co_owner_share',
	'auction',
	'capital_contribution',
	'spouse_or_lineal_relative',
	'state_asset_listing',
	'not_feasible'
);
COMMENT ON TYPE jdz.esc_transfer IS 'ESC-04/14 (景建发〔2020〕122号 第十四条): the kind of transfer of an existing home';

CREATE TYPE jdz.esc_loan AS ENUM ('none', 'commercial', 'provident_fund');
COMMENT ON TYPE jdz.esc_loan IS 'ESC-10 (景建发〔2020〕122号 第十条): how the buyer finances an escrowed purchase';

-- 30.2 Land-expropriated farmers (LP, 景府发〔2023〕14号) --------------------

CREATE FUNCTION jdz.lefp_eligibility(birth_date date, approved_on date, land_mu numeric, household_members int,
		circumstances jdz.lefp_circumstance[] DEFAULT '{}', reallocated_mu numeric DEFAULT 0,
		on_date date DEFAULT current_date)
	RETURNS jdz.lefp_decision
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	min_age int;
	p numeric;
	hard text[] := '{}';
	soft text[] := '{}';
BEGIN
	IF household_members < 1 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('household_members must be at least 1, not %s', household_members),
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条';
	END IF;
	IF land_mu < 0 OR land_mu = 'NaN' OR land_mu = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'land_mu must be a finite number not below 0',
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条';
	END IF;
	IF reallocated_mu < 0 OR reallocated_mu = 'NaN' OR reallocated_mu = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'reallocated_mu must be a finite number not below 0',
			DETAIL = 'LP-06, 景府发〔2023〕14号 第六条（二）';
	END IF;
	IF approved_on < birth_date THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('approved_on %s is before birth_date %s', approved_on, birth_date),
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条';
	END IF;
	IF array_position(circumstances, NULL) IS NOT NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'circumstances must not contain NULL',
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条、第六条、第十四条';
	END IF;
	min_age := jdz.param('lefp.min_age', on_date);
	p := jdz.param('lefp.max_land_per_capita', on_date);

	IF 'below_county_level' = ANY (circumstances) THEN hard := hard || 'LP-05:below_county_level'::text; END IF;
	IF 'no_contract_right' = ANY (circumstances) THEN hard := hard || 'LP-05:no_contract_right'::text; END IF;
	IF 'not_local_farmer' = ANY (circumstances) THEN hard := hard || 'LP-05:not_local_farmer'::text; END IF;
	-- 周岁 (core §2): reached on the anniversary; 29 February gives 28 February
	IF approved_on < (birth_date + make_interval(years => min_age))::date THEN hard := hard || 'LP-05:age'::text; END IF;
	IF land_mu > p * household_members THEN hard := hard || 'LP-05:land'::text; END IF;
	IF 'state_plan_worker' = ANY (circumstances) THEN hard := hard || 'LP-06:state_plan_worker'::text; END IF;
	IF reallocated_mu > 0 AND land_mu + reallocated_mu > p * household_members THEN
		hard := hard || 'LP-06:reallocated_land'::text;
	END IF;
	IF 'civil_servant' = ANY (circumstances) THEN hard := hard || 'LP-06:civil_servant'::text; END IF;
	IF 'hukou_moved' = ANY (circumstances) THEN hard := hard || 'LP-06:hukou_moved'::text; END IF;
	IF 'prisoner' = ANY (circumstances) THEN hard := hard || 'LP-06:prisoner'::text; END IF;
	IF 'attached_hukou' = ANY (circumstances) THEN hard := hard || 'LP-06:attached_hukou'::text; END IF;
	IF 'illegal_land_sale' = ANY (circumstances) THEN hard := hard || 'LP-06:illegal_land_sale'::text; END IF;
	IF 'student' = ANY (circumstances) THEN soft := soft || 'LP-14:student'::text; END IF;
	IF 'active_soldier' = ANY (circumstances) THEN soft := soft || 'LP-14:active_soldier'::text; END IF;
	IF 'employer_insured' = ANY (circumstances) THEN soft := soft || 'LP-14:employer_insured'::text; END IF;

	IF cardinality(hard) > 0 THEN
		RETURN ROW('ineligible', hard)::jdz.lefp_decision;
	ELSIF cardinality(soft) > 0 THEN
		RETURN ROW('retained', soft)::jdz.lefp_decision;
	END IF;
	RETURN ROW('eligible', '{}')::jdz.lefp_decision;
END
$$;
COMMENT ON FUNCTION jdz.lefp_eligibility(date, date, numeric, int, jdz.lefp_circumstance[], numeric, date) IS
	'LP-05, LP-06, LP-14 (景府发〔2023〕14号 第五、六、十四条): is this person a land-expropriated farmer: eligible, retained (no subsidy while studying, serving or employer-insured) or ineligible, with reasons';

CREATE FUNCTION jdz.lefp_schemes(enrolled_on date, retirement_on date) RETURNS jdz.pension_scheme[]
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN enrolled_on >= retirement_on THEN '{urban_rural_resident}'::jdz.pension_scheme[]
			ELSE '{enterprise_employee,urban_rural_resident}'::jdz.pension_scheme[] END;
COMMENT ON FUNCTION jdz.lefp_schemes(date, date) IS
	'LP-09 (景府发〔2023〕14号 第九条): the pension schemes a land-expropriated farmer may join; only the resident scheme from the statutory retirement day on';

CREATE FUNCTION jdz.lefp_annual_subsidy(on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_annual_subsidy'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_annual_subsidy(date) IS
	'LP-10 (景府发〔2023〕14号 第十条): the yearly contribution subsidy per person, W × 60 % × 12 % × 12 rounded half-up once (W = lefp.avg_monthly_wage, loaded by the DBA)';

CREATE FUNCTION jdz.lefp_annual_subsidy_explain(on_date date DEFAULT current_date) RETURNS jsonb
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	res jdz.cny;
	w numeric;
	a numeric;
	b numeric;
	params jsonb;
BEGIN
	res := jdz.lefp_annual_subsidy(on_date);
	w := jdz.param('lefp.avg_monthly_wage', on_date);
	a := jdz.param('lefp.subsidy_base_ratio', on_date);
	b := jdz.param('lefp.subsidy_rate', on_date);
	SELECT jsonb_agg(jsonb_build_object('key', p.key, 'value', p.value, 'valid_from', p.valid_from,
										'docno', p.docno::text) ORDER BY k.ord)
	  INTO params
	  FROM unnest(ARRAY['lefp.avg_monthly_wage', 'lefp.subsidy_base_ratio', 'lefp.subsidy_rate']) WITH ORDINALITY AS k(key, ord)
	  JOIN jdz.parameter p ON p.key = k.key AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	RETURN jsonb_build_object(
		'rule', 'LP-10',
		'document', '景府发〔2023〕14号',
		'article', '第十条',
		'inputs', jsonb_build_object('on_date', on_date),
		'parameters', params,
		'steps', jsonb_build_array(
			format('W × a × b × 12 = %s × %s × %s × 12 = %s yuan', w, a, b, w * a * b * 12),
			format('rounded half-up once to the fen: %s', res::text)),
		'result', res::text);
END
$$;
COMMENT ON FUNCTION jdz.lefp_annual_subsidy_explain(date) IS
	'LP-10: jdz.lefp_annual_subsidy with the parameters and steps used, as jsonb (core §8)';

CREATE FUNCTION jdz.lefp_enterprise_subsidy(flexible_months int, months_subsidised_before int, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_enterprise_subsidy'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_enterprise_subsidy(int, int, date) IS
	'LP-12 (景府发〔2023〕14号 第十一、十二条): the subsidy for one year in the enterprise scheme, per month paid as a flexible worker, capped at 15 years of months, rounded once';

CREATE FUNCTION jdz.lefp_resident_lump_sum(years_credited int, on_date date DEFAULT current_date)
	RETURNS jdz.lefp_lump_sum
	AS 'MODULE_PATHNAME', 'lefp_resident_lump_sum'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_resident_lump_sum(int, date) IS
	'LP-13 (景府发〔2023〕14号 第十三条): the one-off credit of the remaining subsidy years for a resident-scheme member at pension age; the pension rises from the next month';

CREATE FUNCTION jdz.lefp_min_provision(land_revenue jdz.cny, on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_min_provision'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_min_provision(jdz.cny, date) IS
	'LP-16 (景府发〔2023〕14号 第十六条): the minimum social-security provision, 8 % of the land-transfer revenue rounded up to the fen';

CREATE FUNCTION jdz.lefp_predeposit(area_mu numeric, on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_predeposit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_predeposit(numeric, date) IS
	'LP-17a (景府发〔2023〕14号 第十七条（一）): the pre-deposit for a land-use application, 10000 yuan per 亩, rounded half-up';

-- 30.3 景漂 finance (JP, 景府发〔2023〕15号) ----------------------------------

CREATE FUNCTION jdz.jp_caiyuan_eligibility(amount jdz.cny, term_months int, park_recommended boolean,
		jingpiao_core_team boolean, on_date date DEFAULT current_date)
	RETURNS jdz.eligibility
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	reasons text[] := '{}';
BEGIN
	IF amount::numeric <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'amount must be positive',
			DETAIL = 'JP-06, 景府发〔2023〕15号 二（三）6';
	END IF;
	IF term_months <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('term_months must be positive, not %s', term_months),
			DETAIL = 'JP-06, 景府发〔2023〕15号 二（三）6';
	END IF;
	IF amount::numeric > jdz.param('jp.caiyuan.max_amount', on_date) THEN reasons := reasons || 'JP-06:amount'::text; END IF;
	IF term_months > jdz.param('jp.caiyuan.max_term_months', on_date) THEN reasons := reasons || 'JP-06:term'::text; END IF;
	IF NOT park_recommended THEN reasons := reasons || 'JP-06:not_recommended'::text; END IF;
	IF NOT jingpiao_core_team THEN reasons := reasons || 'JP-06:no_core_team'::text; END IF;
	RETURN ROW(cardinality(reasons) = 0, reasons)::jdz.eligibility;
END
$$;
COMMENT ON FUNCTION jdz.jp_caiyuan_eligibility(jdz.cny, int, boolean, boolean, date) IS
	'JP-06 (景府发〔2023〕15号 二（三）6): may a 景漂 enterprise borrow from 财园信贷通 (at most 500万元, at most 1 year, park-recommended, core team)';

-- 30.4 Combination loans (CN, OP, CL) ----------------------------------------

CREATE FUNCTION jdz.cl_max_term(retirement_on date, on_date date DEFAULT current_date) RETURNS int
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	tmin int := jdz.param('cl.term_min_months', on_date);
	tmax int := jdz.param('cl.term_max_months', on_date);
	after int := jdz.param('cl.term_after_retirement_months', on_date);
	lim date;
	m bigint;
BEGIN
	IF NOT isfinite(retirement_on) OR NOT isfinite(on_date) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'retirement_on and on_date must be finite dates',
			DETAIL = 'CL-08, 景金字〔2020〕18号 第八条';
	END IF;
	lim := (retirement_on + make_interval(months => after))::date;
	IF on_date > lim THEN
		RETURN 0;
	END IF;
	m := (extract(year FROM lim)::bigint - extract(year FROM on_date)::bigint) * 12
		 + extract(month FROM lim)::bigint - extract(month FROM on_date)::bigint;
	IF m > tmax THEN
		RETURN CASE WHEN tmax < tmin THEN 0 ELSE tmax END;
	END IF;
	IF (on_date + make_interval(months => m::int))::date > lim THEN
		m := m - 1;
	END IF;
	IF m < tmin THEN
		RETURN 0;
	END IF;
	RETURN least(m, tmax)::int;
END
$$;
COMMENT ON FUNCTION jdz.cl_max_term(date, date) IS
	'CL-08 (景金字〔2020〕18号 第八条): the longest term in whole months, up to 360 and to retirement plus 5 years; 0 when under 12 months are possible';

CREATE FUNCTION jdz.cl_eligibility(contribution_months int, contract_signed date, paid_on date, existing_homes int,
		existing_home_area numeric, term_months int, retirement_on date,
		property jdz.cl_property DEFAULT 'new_commodity_housing', impediments jdz.cl_impediment[] DEFAULT '{}',
		on_date date DEFAULT current_date)
	RETURNS jdz.eligibility
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	r text[] := '{}';
	min_months numeric;
	max_area numeric;
	max_homes numeric;
	term_min numeric;
	imp text;
BEGIN
	IF contribution_months < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('contribution_months must not be negative, not %s', contribution_months),
			DETAIL = 'CL-04, 景金字〔2020〕18号 第四条（一）';
	END IF;
	IF existing_homes < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('existing_homes must not be negative, not %s', existing_homes),
			DETAIL = 'CL-05, 景金字〔2020〕18号 第五条（四）';
	END IF;
	IF existing_home_area < 0 OR existing_home_area = 'NaN' OR existing_home_area = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'existing_home_area must be a finite number not below 0',
			DETAIL = 'CL-05, 景金字〔2020〕18号 第五条（三）';
	END IF;
	IF term_months < 1 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('term_months must be at least 1, not %s', term_months),
			DETAIL = 'CL-08, 景金字〔2020〕18号 第八条';
	END IF;
	IF on_date < contract_signed OR on_date < paid_on THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = format('on_date %s is before the contract (%s) or the payment voucher (%s)', on_date, contract_signed, paid_on),
			DETAIL = 'CL-04, 景金字〔2020〕18号 第四条（三）',
			HINT = 'on_date is the day the loan is applied for (办理贷款时).';
	END IF;
	IF array_position(impediments, NULL) IS NOT NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'impediments must not contain NULL',
			DETAIL = 'CL-03, CL-04, CL-05, CL-20, 景金字〔2020〕18号';
	END IF;
	min_months := jdz.param('cl.min_contribution_months', on_date);
	max_area := jdz.param('cl.max_existing_home_area', on_date);
	max_homes := jdz.param('cl.max_existing_homes', on_date);
	term_min := jdz.param('cl.term_min_months', on_date);

	FOREACH imp IN ARRAY ARRAY['lacks_civil_capacity', 'no_repayment_capacity'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-03:' || imp); END IF;
	END LOOP;
	IF contribution_months < min_months THEN r := r || 'CL-04:contribution_months'::text; END IF;
	FOREACH imp IN ARRAY ARRAY['contributions_stopped', 'outside_city', 'collective_land', 'contract_not_filed'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-04:' || imp); END IF;
	END LOOP;
	IF on_date > jdz.due('CL-04', 'contract', contract_signed) THEN r := r || 'CL-04:contract_window'::text; END IF;
	IF on_date > jdz.due('CL-04', 'payment', paid_on) THEN r := r || 'CL-04:payment_window'::text; END IF;
	FOREACH imp IN ARRAY ARRAY['outstanding_hpf_loan', 'lender_conditions'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-04:' || imp); END IF;
	END LOOP;
	IF 'guarantees_unpaid_hpf_loan' = ANY (impediments) THEN r := r || 'CL-05:guarantees_unpaid_hpf_loan'::text; END IF;
	IF existing_homes = 1 AND existing_home_area > max_area THEN r := r || 'CL-05:large_existing_home'::text; END IF;
	IF existing_homes > max_homes THEN r := r || 'CL-05:third_home'::text; END IF;
	IF property IN ('villa', 'multi_storey_linked_villa', 'commercial_residential', 'investment_speculative') THEN
		r := r || 'CL-05:property_type'::text;
	END IF;
	FOREACH imp IN ARRAY ARRAY['sued_for_bad_credit', 'overdue_or_guarantor_paying', 'bad_credit_record',
							   'title_disputed', 'not_mortgageable'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-05:' || imp); END IF;
	END LOOP;
	IF term_months < term_min THEN r := r || 'CL-08:term_too_short'::text; END IF;
	IF term_months > jdz.cl_max_term(retirement_on, on_date) THEN r := r || 'CL-08:term_too_long'::text; END IF;
	IF 'fully_paid' = ANY (impediments) THEN r := r || 'CL-20:fully_paid'::text; END IF;
	IF property = 'second_hand' THEN r := r || 'CL-20:second_hand'::text; END IF;
	RETURN ROW(cardinality(r) = 0, r)::jdz.eligibility;
END
$$;
COMMENT ON FUNCTION jdz.cl_eligibility(int, date, date, int, numeric, int, date, jdz.cl_property, jdz.cl_impediment[], date) IS
	'CL-03, CL-04, CL-05, CL-06, CL-08, CL-20 (景金字〔2020〕18号): may this combination-loan application be granted as requested, with the reasons it may not';

CREATE FUNCTION jdz.cl_max_loan(house_price jdz.cny, both_spouses_eligible boolean, on_date date DEFAULT current_date)
	RETURNS jdz.cl_limits
	AS 'MODULE_PATHNAME', 'cl_max_loan'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cl_max_loan(jdz.cny, boolean, date) IS
	'CL-06, CL-07, CL-10 (景金字〔2020〕18号 第六、七、十条): the HPF tranche cap (35万/50万 and 80 % of the price), the total cap (80 %, rounded down) and the minimum down payment (20 %, rounded up)';

CREATE FUNCTION jdz.cl_max_loan_explain(house_price jdz.cny, both_spouses_eligible boolean, on_date date DEFAULT current_date)
	RETURNS jsonb
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	res jdz.cl_limits;
	capkey text := CASE WHEN both_spouses_eligible THEN 'cl.hpf_cap.couple' ELSE 'cl.hpf_cap.single' END;
	params jsonb;
BEGIN
	res := jdz.cl_max_loan(house_price, both_spouses_eligible, on_date);
	SELECT jsonb_agg(jsonb_build_object('key', p.key, 'value', p.value, 'valid_from', p.valid_from,
										'docno', p.docno::text) ORDER BY k.ord)
	  INTO params
	  FROM unnest(ARRAY[capkey, 'cl.max_loan_ratio', 'cl.min_down_payment_ratio']) WITH ORDINALITY AS k(key, ord)
	  JOIN jdz.parameter p ON p.key = k.key AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	RETURN jsonb_build_object(
		'rule', 'CL-07',
		'document', '景金字〔2020〕18号',
		'article', '第七条',
		'inputs', jsonb_build_object('house_price', house_price::text, 'both_spouses_eligible', both_spouses_eligible,
									 'on_date', on_date),
		'parameters', params,
		'steps', jsonb_build_array(
			format('total_max = floor_to_fen(%s × %s) = %s', house_price::text, jdz.param('cl.max_loan_ratio', on_date), res.total_max::text),
			format('hpf_max = least(%s, total_max) = %s', jdz.param(capkey, on_date), res.hpf_max::text),
			format('min_down_payment = ceiling_to_fen(%s × %s) = %s', house_price::text,
				   jdz.param('cl.min_down_payment_ratio', on_date), res.min_down_payment::text)),
		'result', jsonb_build_object('hpf_max', res.hpf_max::text, 'total_max', res.total_max::text,
									 'min_down_payment', res.min_down_payment::text));
END
$$;
COMMENT ON FUNCTION jdz.cl_max_loan_explain(jdz.cny, boolean, date) IS
	'CL-07: jdz.cl_max_loan with the parameters and steps used, as jsonb (core §8)';

CREATE FUNCTION jdz.loan_schedule(principal jdz.cny, annual_rate numeric, months int, method jdz.repayment_method)
	RETURNS TABLE (period int, payment jdz.cny, principal jdz.cny, interest jdz.cny, balance jdz.cny)
	AS 'MODULE_PATHNAME', 'loan_schedule'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 360;
COMMENT ON FUNCTION jdz.loan_schedule(jdz.cny, numeric, int, jdz.repayment_method) IS
	'CL-09, CL-16/17 (景金字〔2020〕18号 第九、十六、十七条): the monthly repayment schedule of one tranche, exact to the fen, interest on the fen balance, the residue in the last period';

CREATE FUNCTION jdz.cl_clawback_triggered(paid_on_time boolean[], on_date date DEFAULT current_date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'cl_clawback_triggered'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cl_clawback_triggered(boolean[], date) IS
	'CL-15 (景金字〔2020〕18号 第十五条): may the centre claw the loan back from the developer''s deposit: 3 consecutive or 6 missed instalments in the guarantee period';

CREATE FUNCTION jdz.hpf_disbursement_allowed(on_date date DEFAULT current_date) RETURNS boolean
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	n numeric;
	d numeric;
	eom date;
BEGIN
	IF NOT isfinite(on_date) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'on_date must be a finite date',
			DETAIL = 'OP-07, 景金字〔2020〕17号 七';
	END IF;
	SELECT p.value INTO n FROM jdz.parameter p
	 WHERE p.key = 'op.disburse.blackout_workdays' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF FOUND THEN
		IF NOT jdz.is_workday(on_date) THEN
			RETURN false;
		END IF;
		eom := (date_trunc('month', on_date) + interval '1 month' - interval '1 day')::date;
		RETURN jdz.workdays_between(on_date, eom) >= n;
	END IF;
	SELECT p.value INTO d FROM jdz.parameter p
	 WHERE p.key = 'op.disburse.cutoff_day' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF FOUND THEN
		RETURN jdz.is_workday(on_date) AND extract(isodow FROM on_date) IN (1, 3, 5)
			   AND extract(day FROM on_date) <= d;
	END IF;
	RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('no disbursement regime is in force on %s', on_date),
		DETAIL = 'OP-07, 景金字〔2020〕17号 七',
		HINT = 'Load a row of "op.disburse.blackout_workdays" or "op.disburse.cutoff_day" in force on that date into jdz.parameter.';
END
$$;
COMMENT ON FUNCTION jdz.hpf_disbursement_allowed(date) IS
	'OP-07 (景金字〔2020〕17号 七): may the provident-fund centre disburse on this day (working days except the last two of the month; before 2020-09-07 Mon/Wed/Fri up to the 25th)';

CREATE FUNCTION jdz.hpf_disbursement_due(start date) RETURNS date
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	w date;
	d date;
BEGIN
	IF NOT isfinite(start) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'start must be a finite date',
			DETAIL = 'OP-06, 景金字〔2020〕17号 六';
	END IF;
	w := jdz.due('OP-06', '', start);
	d := w;
	WHILE d > start LOOP
		IF jdz.hpf_disbursement_allowed(d) THEN
			RETURN d;
		END IF;
		d := d - 1;
	END LOOP;
	-- the black-out wins over the 2-day limit: the first permitted day after it
	FOR i IN 1 .. 366 LOOP
		IF jdz.hpf_disbursement_allowed(w + i) THEN
			RETURN w + i;
		END IF;
	END LOOP;
	RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('no disbursement day within a year after %s', w),
		DETAIL = 'OP-07, 景金字〔2020〕17号 七';
END
$$;
COMMENT ON FUNCTION jdz.hpf_disbursement_due(date) IS
	'OP-06 × OP-07 (景金字〔2020〕17号 六、七): the last day to disburse both tranches after the guarantee letter arrives: the latest permitted day of the 2-working-day window, else the first permitted day after it';

-- 30.5 Unemployment insurance (UI, 景人社字〔2020〕103号) ----------------------

CREATE FUNCTION jdz.ui_benefit_eligibility(contribution_months int, separation jdz.ui_separation, registered boolean,
		seeking_work boolean, drawing_pension boolean DEFAULT false, on_date date DEFAULT current_date)
	RETURNS jdz.eligibility
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	r text[] := '{}';
BEGIN
	IF contribution_months < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('contribution_months must not be negative, not %s', contribution_months),
			DETAIL = 'UI-01, 景人社字〔2020〕103号 二（一）';
	END IF;
	IF contribution_months < jdz.param('ui.benefit.min_contribution_months', on_date) THEN
		r := r || 'UI-01:contribution_months'::text;
	END IF;
	IF separation = 'voluntary' THEN r := r || 'UI-01:voluntary'::text; END IF;
	IF separation = 'undetermined' THEN r := r || 'UI-04:commitment_required'::text; END IF;
	IF NOT registered THEN r := r || 'UI-01:not_registered'::text; END IF;
	IF NOT seeking_work THEN r := r || 'UI-01:not_seeking_work'::text; END IF;
	IF drawing_pension THEN r := r || 'UI-06:drawing_pension'::text; END IF;
	RETURN ROW(cardinality(r) = 0, r)::jdz.eligibility;
END
$$;
COMMENT ON FUNCTION jdz.ui_benefit_eligibility(int, jdz.ui_separation, boolean, boolean, boolean, date) IS
	'UI-01, UI-02, UI-04, UI-06 (景人社字〔2020〕103号 二（一）): is this person entitled to unemployment-insurance benefit (no age, training, archive or proof tests, by design)';

CREATE FUNCTION jdz.ui_older_worker_extension(benefit_end date, retirement_on date) RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	g numeric;
	first_m date;
	last_m date;
	n int;
	reason text;
BEGIN
	IF NOT isfinite(benefit_end) OR NOT isfinite(retirement_on) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'benefit_end and retirement_on must be finite dates',
			DETAIL = 'UI-05, 景人社字〔2020〕103号 二（一）';
	END IF;
	SELECT p.value INTO g FROM jdz.parameter p
	 WHERE p.key = 'ui.older_extension.max_months_to_retirement' AND p.valid_from <= benefit_end
	   AND (p.valid_to IS NULL OR p.valid_to >= benefit_end);
	IF NOT FOUND THEN
		reason := 'UI-05:outside_window';
	ELSIF retirement_on <= benefit_end THEN
		reason := 'UI-05:retirement_reached';
	ELSIF retirement_on >= (benefit_end + make_interval(months => g::int))::date THEN
		reason := 'UI-05:not_within_year';
	ELSE
		first_m := (date_trunc('month', benefit_end) + interval '1 month')::date;
		last_m := date_trunc('month', retirement_on)::date;
		IF last_m < first_m THEN
			reason := 'UI-05:no_months';
		END IF;
	END IF;
	IF reason IS NOT NULL THEN
		RETURN ROW(false, ARRAY[reason], NULL, 0, NULL, NULL, NULL)::jdz.ui_entitlement;
	END IF;
	n := (extract(year FROM last_m)::int - extract(year FROM first_m)::int) * 12
		 + extract(month FROM last_m)::int - extract(month FROM first_m)::int + 1;
	RETURN ROW(true, '{}'::text[], NULL, n, NULL, first_m, last_m)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_older_worker_extension(date, date) IS
	'UI-05 (景人社字〔2020〕103号 二（一）): benefit extended to the retirement month for a person under a year from retirement when the entitlement ends (months only; the amount is the provincial standard)';

CREATE FUNCTION jdz.ui_unemployment_subsidy(on_date date DEFAULT current_date, stopped_on date DEFAULT NULL,
		receiving_benefit boolean DEFAULT false, received_before boolean DEFAULT false)
	RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	monthly numeric;
	max_months int;
	n int;
	first_m date;
	r text[] := '{}';
BEGIN
	IF on_date IS NULL OR receiving_benefit IS NULL OR received_before IS NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'on_date, receiving_benefit and received_before must not be NULL',
			DETAIL = 'UI-07, 景人社字〔2020〕103号 二（二）', HINT = 'Only stopped_on may be NULL (no stop event).';
	END IF;
	IF NOT isfinite(on_date) OR NOT isfinite(stopped_on) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'on_date and stopped_on must be finite dates',
			DETAIL = 'UI-07, 景人社字〔2020〕103号 二（二）';
	END IF;
	IF stopped_on < on_date THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('stopped_on %s is before on_date %s', stopped_on, on_date),
			DETAIL = 'UI-08, 景人社字〔2020〕103号 二（二）3';
	END IF;
	SELECT p.value INTO monthly FROM jdz.parameter p
	 WHERE p.key = 'ui.subsidy.monthly' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF NOT FOUND THEN r := r || 'UI-07:outside_window'::text; END IF;
	IF receiving_benefit THEN r := r || 'UI-07:receiving_benefit'::text; END IF;
	IF received_before THEN r := r || 'UI-07:already_received'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, NULL, 0, '0.00', NULL, NULL)::jdz.ui_entitlement;
	END IF;
	max_months := jdz.param('ui.subsidy.max_months', on_date);
	first_m := date_trunc('month', on_date)::date;
	n := max_months;
	IF stopped_on IS NOT NULL THEN
		n := least(max_months, (extract(year FROM stopped_on)::int - extract(year FROM on_date)::int) * 12
							   + extract(month FROM stopped_on)::int - extract(month FROM on_date)::int + 1);
	END IF;
	RETURN ROW(true, '{}'::text[], monthly::jdz.cny, n, (monthly * n)::jdz.cny, first_m,
			   (first_m + make_interval(months => n - 1))::date)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_unemployment_subsidy(date, date, boolean, boolean) IS
	'UI-07, UI-08 (景人社字〔2020〕103号 二（二）): the 2020 unemployment subsidy, 1000 yuan a month for up to 6 months from the application month, to the month of a stop event';

CREATE FUNCTION jdz.ui_migrant_lump_sum(work_months int, contribution_months int, on_date date DEFAULT current_date)
	RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	r text[] := '{}';
	b numeric;
	monthly numeric;
	n int;
BEGIN
	IF work_months < 0 OR contribution_months < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'work_months and contribution_months must not be negative',
			DETAIL = 'UI-09, 景人社字〔2020〕103号 二（三）1';
	END IF;
	IF work_months < jdz.param('ui.migrant_lump.min_work_months', on_date) THEN r := r || 'UI-09:work_months'::text; END IF;
	IF contribution_months = 0 THEN r := r || 'UI-09:no_contribution'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, NULL, 0, '0.00', NULL, NULL)::jdz.ui_entitlement;
	END IF;
	b := jdz.param('ui.benefit_base', on_date);
	IF b <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('ui.benefit_base on %s is not positive', on_date),
			DETAIL = 'UI-09, 景人社字〔2020〕103号 二（三）1', HINT = 'Correct the row of "ui.benefit_base" in jdz.parameter.';
	END IF;
	monthly := round(jdz.param('ui.migrant_lump.ratio', on_date) * b, 2);
	n := least(jdz.param('ui.migrant_lump.max_months', on_date), ceil(contribution_months / 12.0));
	RETURN ROW(true, '{}'::text[], monthly::jdz.cny, n, (monthly * n)::jdz.cny, NULL, NULL)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_migrant_lump_sum(int, int, date) IS
	'UI-09 (景人社字〔2020〕103号 二（三）1): the one-off living allowance of a migrant worker, 60 % of the benefit base (rounded) per started year of contribution, at most 24 months';

CREATE FUNCTION jdz.ui_migrant_allowance(insured_since date, unemployed_on date, on_date date DEFAULT current_date,
		stopped_on date DEFAULT NULL, received_before boolean DEFAULT false, receiving_other boolean DEFAULT false)
	RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	max_months numeric;
	m numeric;
	dibao numeric;
	n int;
	first_m date;
	r text[] := '{}';
	in_window boolean;
	in_cohort boolean;
BEGIN
	IF insured_since IS NULL OR unemployed_on IS NULL OR on_date IS NULL OR received_before IS NULL OR receiving_other IS NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004',
			MESSAGE = 'insured_since, unemployed_on, on_date, received_before and receiving_other must not be NULL',
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2', HINT = 'Only stopped_on may be NULL (no stop event).';
	END IF;
	IF NOT isfinite(insured_since) OR NOT isfinite(unemployed_on) OR NOT isfinite(on_date) OR NOT isfinite(stopped_on) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'the dates must be finite',
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2';
	END IF;
	IF unemployed_on < insured_since OR on_date < unemployed_on OR stopped_on < on_date THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = 'the dates must be in order: insured_since <= unemployed_on <= on_date <= stopped_on',
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2';
	END IF;
	SELECT p.value INTO max_months FROM jdz.parameter p
	 WHERE p.key = 'ui.migrant_temp.max_months' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	in_window := FOUND;
	SELECT p.value INTO m FROM jdz.parameter p
	 WHERE p.key = 'ui.migrant_temp.max_insured_months' AND p.valid_from <= insured_since
	   AND (p.valid_to IS NULL OR p.valid_to >= insured_since);
	in_cohort := FOUND;
	IF NOT in_window THEN r := r || 'UI-10:outside_window'::text; END IF;
	IF NOT in_cohort THEN
		r := r || 'UI-10:insured_before_cohort'::text;
	ELSIF unemployed_on >= (insured_since + make_interval(months => m::int))::date THEN
		r := r || 'UI-10:insured_one_year'::text;
	END IF;
	IF received_before THEN r := r || 'UI-10:already_received'::text; END IF;
	IF receiving_other THEN r := r || 'UI-10:receiving_other'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, NULL, 0, '0.00', NULL, NULL)::jdz.ui_entitlement;
	END IF;
	dibao := jdz.param('ui.dibao.urban', on_date);
	IF dibao <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('ui.dibao.urban on %s is not positive', on_date),
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2', HINT = 'Correct the row of "ui.dibao.urban" in jdz.parameter.';
	END IF;
	first_m := date_trunc('month', on_date)::date;
	n := max_months;
	IF stopped_on IS NOT NULL THEN
		n := least(max_months, (extract(year FROM stopped_on)::int - extract(year FROM on_date)::int) * 12
							   + extract(month FROM stopped_on)::int - extract(month FROM on_date)::int + 1);
	END IF;
	RETURN ROW(true, '{}'::text[], dibao::jdz.cny, n, (dibao * n)::jdz.cny, first_m,
			   (first_m + make_interval(months => n - 1))::date)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_migrant_allowance(date, date, date, date, boolean, boolean) IS
	'UI-10 (景人社字〔2020〕103号 二（三）2): the 2020 temporary living allowance of a migrant worker insured under a year since 2019, the urban 低保 for up to 3 months';

CREATE FUNCTION jdz.ui_price_subsidy(on_date date DEFAULT current_date, rural boolean DEFAULT false) RETURNS jdz.cny
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	m date;
	l numeric;
	s numeric;
	k numeric;
	base numeric;
BEGIN
	IF NOT isfinite(on_date) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'on_date must be a finite date',
			DETAIL = 'UI-11, 景人社字〔2020〕103号 二（四）';
	END IF;
	m := date_trunc('month', on_date)::date;
	l := jdz.param(CASE WHEN rural THEN 'ui.dibao.rural' ELSE 'ui.dibao.urban' END, m);
	IF l <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('the 低保 standard on %s is not positive', m),
			DETAIL = 'UI-11, 景人社字〔2020〕103号 二（四）', HINT = 'Correct the row in jdz.parameter.';
	END IF;
	s := jdz.param('ui.scpi_yoy', m);
	base := round(l * greatest(s, 0), 2);
	SELECT p.value INTO k FROM jdz.parameter p
	 WHERE p.key = 'ui.price_subsidy.multiplier' AND p.valid_from <= m AND (p.valid_to IS NULL OR p.valid_to >= m);
	IF NOT FOUND THEN
		k := 1;
	END IF;
	RETURN round(base * k, 2)::jdz.cny;
END
$$;
COMMENT ON FUNCTION jdz.ui_price_subsidy(date, boolean) IS
	'UI-11 (景人社字〔2020〕103号 二（四）): the monthly price subsidy, 低保 × SCPI change (rounded), doubled for 2020-03 to 2020-06';

-- 30.6 Rent relief (RENT, 景发改投资字〔2020〕176号) ----------------------------

CREATE FUNCTION jdz.rent_relief(monthly_rent jdz.cny, tenant jdz.rent_tenant, state_owned boolean DEFAULT true,
		business_use boolean DEFAULT true, on_date date DEFAULT current_date)
	RETURNS jdz.rent_relief_result
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	free numeric;
	half numeric;
	extra numeric;
	r text[] := '{}';
BEGIN
	IF monthly_rent::numeric < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'monthly_rent must not be negative',
			DETAIL = 'RENT-02, 景发改投资字〔2020〕176号 附件 二（一）';
	END IF;
	SELECT p.value INTO free FROM jdz.parameter p
	 WHERE p.key = 'rent.free_months' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF NOT state_owned THEN r := r || 'RENT-01:not_state_owned'::text; END IF;
	IF NOT business_use THEN r := r || 'RENT-01:not_business_use'::text; END IF;
	IF free IS NULL THEN r := r || 'RENT-04:outside_window'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, 0, 0, '0.00')::jdz.rent_relief_result;
	END IF;
	half := jdz.param('rent.half_months', on_date);
	extra := jdz.param('rent.extra_free_months', on_date);
	IF tenant IN ('service_small_micro', 'individual_business') THEN
		free := free + extra;
	END IF;
	RETURN ROW(true, '{}'::text[], free, half,
			   round(monthly_rent::numeric * (2 * free + half) / 2, 2)::jdz.cny)::jdz.rent_relief_result;
END
$$;
COMMENT ON FUNCTION jdz.rent_relief(jdz.cny, jdz.rent_tenant, boolean, boolean, date) IS
	'RENT-01, RENT-02, RENT-04 (景发改投资字〔2020〕176号 附件 二): the 2020 rent relief on state-owned business premises: free and half-rent months and the amount, for applications up to 2020-09-30';

CREATE FUNCTION jdz.rent_loan_deferral(borrower jdz.rent_borrower, credit_line jdz.cny, matures_on date,
		conditions_met boolean, hard_hit boolean DEFAULT false)
	RETURNS jdz.rent_deferral
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	max_credit numeric;
BEGIN
	IF credit_line::numeric < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'credit_line must not be negative',
			DETAIL = 'RENT-06, 景发改投资字〔2020〕176号 附件 四（九）';
	END IF;
	SELECT p.value INTO max_credit FROM jdz.parameter p
	 WHERE p.key = 'rent.inclusive_loan.max_credit' AND p.valid_from <= matures_on
	   AND (p.valid_to IS NULL OR p.valid_to >= matures_on);
	IF NOT FOUND THEN
		RETURN 'not_covered';
	END IF;
	IF borrower IN ('small_micro_enterprise', 'small_micro_owner', 'individual_business')
	   AND credit_line::numeric <= max_credit AND conditions_met THEN
		RETURN 'deferral';
	END IF;
	IF borrower <> 'large_enterprise' AND hard_hit THEN
		RETURN 'negotiate';
	END IF;
	RETURN 'not_covered';
END
$$;
COMMENT ON FUNCTION jdz.rent_loan_deferral(jdz.rent_borrower, jdz.cny, date, boolean, boolean) IS
	'RENT-06 (景发改投资字〔2020〕176号 附件 四（九）): temporary deferral of inclusive small and micro loans (credit line up to 1000万元) maturing in 2020, else negotiation for hard-hit firms';

-- 30.7 Moxibustion base subsidy (MOX, 景府办字〔2020〕45号) ---------------------

CREATE FUNCTION jdz.mox_base_subsidy(contiguous_mu numeric, organic boolean DEFAULT false, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	per_mu numeric;
	threshold numeric;
BEGIN
	IF contiguous_mu < 0 OR contiguous_mu = 'NaN' OR contiguous_mu = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'contiguous_mu must be a finite number not below 0',
			DETAIL = 'MOX-02, 景府办字〔2020〕45号 三（一）';
	END IF;
	per_mu := jdz.param('mox.subsidy_per_mu', on_date);
	threshold := jdz.param(CASE WHEN organic THEN 'mox.min_area_mu_organic' ELSE 'mox.min_area_mu' END, on_date);
	IF contiguous_mu >= threshold THEN
		RETURN round(contiguous_mu * per_mu, 2)::jdz.cny;
	END IF;
	RETURN '0.00'::jdz.cny;
END
$$;
COMMENT ON FUNCTION jdz.mox_base_subsidy(numeric, boolean, date) IS
	'MOX-02 (景府办字〔2020〕45号 三（一）): 1000 yuan per 亩 for a new standardised mugwort base of 100 contiguous 亩 or more (50 if certified organic)';

-- 30.8 Household-survey subsidy (SURV, 景调字〔2020〕12号) ----------------------

CREATE FUNCTION jdz.surv_subsidy(role jdz.surv_role, on_date date DEFAULT current_date) RETURNS jdz.cny
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	base numeric;
	inc numeric;
BEGIN
	base := jdz.param('surv.base.' || role::text, on_date);
	IF base < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('surv.base.%s on %s is negative', role, on_date),
			DETAIL = 'SURV-01, 景调字〔2020〕12号 四（二）', HINT = 'Correct the row in jdz.parameter.';
	END IF;
	SELECT p.value INTO inc FROM jdz.parameter p
	 WHERE p.key = 'surv.increase.' || role::text AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	RETURN round(base + coalesce(inc, 0), 2)::jdz.cny;
END
$$;
COMMENT ON FUNCTION jdz.surv_subsidy(jdz.surv_role, date) IS
	'SURV-01 (景调字〔2020〕12号 四（二）): the monthly subsidy of an assistant enumerator or bookkeeping household, the current base plus 100 / 30 yuan from 2020-04-01';

-- 30.9 Existing-housing transaction escrow (ESC, 景建发〔2020〕122号) -----------

CREATE FUNCTION jdz.esc_required(transfer jdz.esc_transfer, opt_out boolean DEFAULT false) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN transfer = 'sale'::jdz.esc_transfer AND NOT opt_out;
COMMENT ON FUNCTION jdz.esc_required(jdz.esc_transfer, boolean) IS
	'ESC-04/14 (景建发〔2020〕122号 第四、十四条): must the deal''s funds go through escrow: sales unless the parties opt out in writing; the types of 第十四条 may be excluded';

CREATE FUNCTION jdz.esc_plan(loan jdz.esc_loan, price jdz.cny, down_payment jdz.cny DEFAULT '0.00',
		loan_amount jdz.cny DEFAULT '0.00', seller_deposit jdz.cny DEFAULT '0.00', commission jdz.cny DEFAULT '0.00')
	RETURNS TABLE (item text, amount jdz.cny, paid_in_by text, via_escrow boolean, released_to text, released_on text)
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	p numeric := price::numeric;
	dp numeric := down_payment::numeric;
	la numeric := loan_amount::numeric;
	sd numeric := seller_deposit::numeric;
	cm numeric := commission::numeric;
	ev text;
BEGIN
	IF p <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'price must be positive', DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条';
	END IF;
	IF dp < 0 OR la < 0 OR sd < 0 OR cm < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'amounts must not be negative', DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条';
	END IF;
	IF loan = 'none' AND (dp <> 0 OR la <> 0 OR sd <> 0) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a deal without a loan has no down payment, loan or seller deposit line',
			DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条', HINT = 'The whole price is one escrow line.';
	END IF;
	IF dp + la > p THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'down_payment plus loan_amount exceeds the price',
			DETAIL = 'ESC-16, 景建发〔2020〕122号 第十六条';
	END IF;
	IF loan = 'provident_fund' AND sd <> 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a provident-fund deal has no seller deposit line',
			DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条';
	END IF;
	IF loan = 'none' THEN
		ev := 'transfer_registered';
		item := 'price'; amount := price; paid_in_by := 'buyer'; via_escrow := true; released_to := 'seller'; released_on := ev;
		RETURN NEXT;
	ELSE
		ev := 'mortgage_registered';
		item := 'down_payment'; amount := down_payment; paid_in_by := 'buyer'; via_escrow := true; released_to := 'seller'; released_on := ev;
		RETURN NEXT;
		IF loan = 'commercial' THEN
			item := 'loan'; amount := loan_amount; paid_in_by := 'bank'; via_escrow := true; released_to := 'seller'; released_on := ev;
		ELSE
			item := 'loan'; amount := loan_amount; paid_in_by := 'provident_fund'; via_escrow := false; released_to := 'seller';
			released_on := 'loan_approved';
		END IF;
		RETURN NEXT;
		item := 'top_up'; amount := (p - dp - la)::jdz.cny; paid_in_by := 'buyer'; via_escrow := true; released_to := 'seller'; released_on := ev;
		RETURN NEXT;
		IF loan = 'commercial' THEN
			item := 'seller_deposit'; amount := seller_deposit; paid_in_by := 'seller'; via_escrow := true; released_to := 'seller';
			released_on := ev;
			RETURN NEXT;
		END IF;
	END IF;
	IF cm > 0 THEN
		item := 'commission'; amount := commission; paid_in_by := 'parties'; via_escrow := true; released_to := 'broker'; released_on := ev;
		RETURN NEXT;
	END IF;
	RETURN;
END
$$;
COMMENT ON FUNCTION jdz.esc_plan(jdz.esc_loan, jdz.cny, jdz.cny, jdz.cny, jdz.cny, jdz.cny) IS
	'ESC-05, ESC-10, ESC-16 (景建发〔2020〕122号 第五、十、十六条): the money lines of an escrowed deal: who pays in, whether through escrow, to whom and on which event it is released';

-- 30.10 Parameters (spec 30 §3; builtin rows) --------------------------------
-- Kind R (required: none in force raises 22023) or W (window: none in force
-- = the measure is not in force).  Keys a DBA loads, with no seeded row
-- because the texts give no value: lefp.avg_monthly_wage,
-- jp.guarantee_loan.interest_subsidy_ratio, jp.industry_loan.interest_subsidy_ratio,
-- ui.benefit_base, ui.dibao.urban, ui.dibao.rural, ui.scpi_yoy,
-- surv.base.assistant_enumerator, surv.base.bookkeeping_household.

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note, builtin) VALUES
 ('lefp.min_age', '2024-01-01', NULL, 16, 'year', '景府发〔2023〕14号', '第五条', 'R: age on the approval date', true),
 ('lefp.max_land_per_capita', '2024-01-01', NULL, 0.3, 'mu/person', '景府发〔2023〕14号', '第五条、第六条（二）', 'R', true),
 ('lefp.subsidy_base_ratio', '2024-01-01', NULL, 0.6, 'ratio', '景府发〔2023〕14号', '第十条', 'R', true),
 ('lefp.subsidy_rate', '2024-01-01', NULL, 0.12, 'ratio', '景府发〔2023〕14号', '第十条', 'R', true),
 ('lefp.subsidy_years_max', '2024-01-01', NULL, 15, 'year', '景府发〔2023〕14号', '第九条、第十三条', 'R', true),
 ('lefp.land_revenue_provision_min', '2024-01-01', NULL, 0.08, 'ratio', '景府发〔2023〕14号', '第十六条', 'R', true),
 ('lefp.predeposit_per_mu', '2024-01-01', NULL, 10000, 'yuan/mu', '景府发〔2023〕14号', '第十七条（一）', 'R', true),
 ('jp.cainong.leverage', '2023-12-28', NULL, 8, 'times', '景府发〔2023〕15号', '二（三）4', 'R', true),
 ('jp.kedaitong.share.province', '2023-12-28', NULL, 1, 'weight', '景府发〔2023〕15号', '二（三）5', 'R', true),
 ('jp.kedaitong.share.local', '2023-12-28', NULL, 1, 'weight', '景府发〔2023〕15号', '二（三）5', 'R', true),
 ('jp.caiyuan.max_amount', '2023-12-28', NULL, 5000000, 'yuan', '景府发〔2023〕15号', '二（三）6', 'R', true),
 ('jp.caiyuan.max_term_months', '2023-12-28', NULL, 12, 'month', '景府发〔2023〕15号', '二（三）6', 'R', true),
 ('cl.min_contribution_months', '2020-09-07', NULL, 6, 'month', '景金字〔2020〕18号', '第四条（一）', 'R', true),
 ('cl.max_existing_home_area', '2020-09-07', NULL, 144, 'm2', '景金字〔2020〕18号', '第五条（三）', 'R', true),
 ('cl.max_existing_homes', '2020-09-07', NULL, 1, 'home', '景金字〔2020〕18号', '第五条（四）', 'R', true),
 ('cl.hpf_cap.single', '2020-09-07', NULL, 350000, 'yuan', '景金字〔2020〕18号', '第七条（一）', 'R', true),
 ('cl.hpf_cap.couple', '2020-09-07', NULL, 500000, 'yuan', '景金字〔2020〕18号', '第七条（一）', 'R', true),
 ('cl.max_loan_ratio', '2020-09-07', NULL, 0.8, 'ratio', '景金字〔2020〕18号', '第七条（二）', 'R', true),
 ('cl.term_min_months', '2020-09-07', NULL, 12, 'month', '景金字〔2020〕18号', '第八条', 'R', true),
 ('cl.term_max_months', '2020-09-07', NULL, 360, 'month', '景金字〔2020〕18号', '第八条', 'R', true),
 ('cl.term_after_retirement_months', '2020-09-07', NULL, 60, 'month', '景金字〔2020〕18号', '第八条', 'R', true),
 ('cl.min_down_payment_ratio', '2020-09-07', NULL, 0.2, 'ratio', '景金字〔2020〕18号', '第十条（二）', 'R', true),
 ('cl.clawback.consecutive_missed', '2020-09-07', NULL, 3, 'instalment', '景金字〔2020〕18号', '第十五条', 'R', true),
 ('cl.clawback.total_missed', '2020-09-07', NULL, 6, 'instalment', '景金字〔2020〕18号', '第十五条', 'R', true),
 ('op.disburse.blackout_workdays', '2020-09-07', NULL, 2, 'working day', '景金字〔2020〕17号', '七', 'W', true),
 ('op.disburse.cutoff_day', '2020-01-01', '2020-09-06', 25, 'day of month', '景金字〔2020〕17号', '七', 'W: the earlier regime it replaces', true),
 ('ui.benefit.min_contribution_months', '2020-07-09', NULL, 12, 'month', '景人社字〔2020〕103号', '二（一）', 'R', true),
 ('ui.older_extension.max_months_to_retirement', '2019-12-01', NULL, 12, 'month', '景人社字〔2020〕103号', '二（一）', 'W', true),
 ('ui.subsidy.monthly', '2020-03-01', '2020-12-31', 1000, 'yuan/month', '景人社字〔2020〕103号', '二（二）', 'W', true),
 ('ui.subsidy.max_months', '2020-03-01', '2020-12-31', 6, 'month', '景人社字〔2020〕103号', '二（二）', 'R', true),
 ('ui.migrant_lump.min_work_months', '2020-07-09', NULL, 12, 'month', '景人社字〔2020〕103号', '二（三）', 'R', true),
 ('ui.migrant_lump.ratio', '2020-07-09', NULL, 0.6, 'ratio', '景人社字〔2020〕103号', '二（三）1', 'R', true),
 ('ui.migrant_lump.max_months', '2020-07-09', NULL, 24, 'month', '景人社字〔2020〕103号', '二（三）1', 'R', true),
 ('ui.migrant_temp.max_months', '2020-05-01', '2020-12-31', 3, 'month', '景人社字〔2020〕103号', '二（三）、二（三）2', 'W', true),
 ('ui.migrant_temp.max_insured_months', '2019-01-01', NULL, 12, 'month', '景人社字〔2020〕103号', '二（三）', 'W', true),
 ('ui.price_subsidy.multiplier', '2020-03-01', '2020-06-30', 2, 'times', '景人社字〔2020〕103号', '二（四）', 'W', true),
 ('rent.free_months', '2020-01-01', '2020-09-30', 1, 'month', '景发改投资字〔2020〕176号', '附件 二（一）、二（二）', 'W', true),
 ('rent.half_months', '2020-01-01', '2020-09-30', 2, 'month', '景发改投资字〔2020〕176号', '附件 二（一）', 'R', true),
 ('rent.extra_free_months', '2020-01-01', '2020-09-30', 1, 'month', '景发改投资字〔2020〕176号', '附件 二（一）', 'R', true),
 ('rent.inclusive_loan.max_credit', '2020-01-01', '2020-12-31', 10000000, 'yuan', '景发改投资字〔2020〕176号', '附件 四（九）', 'W', true),
 ('mox.subsidy_per_mu', '2020-08-11', NULL, 1000, 'yuan/mu', '景府办字〔2020〕45号', '三（一）', 'R', true),
 ('mox.min_area_mu', '2020-08-11', NULL, 100, 'mu', '景府办字〔2020〕45号', '三（一）', 'R', true),
 ('mox.min_area_mu_organic', '2020-08-11', NULL, 50, 'mu', '景府办字〔2020〕45号', '三（一）', 'R', true),
 ('mox.area_target_mu', '2020-08-11', '2023-12-31', 1000, 'mu', '景府办字〔2020〕45号', '三（一）', 'R: MOX-01 target, reporting only', true),
 ('mox.annual_budget', '2020-08-11', NULL, 500000, 'yuan/year', '景府办字〔2020〕45号', '三（十）', 'R: MOX-03, reporting only', true),
 ('surv.increase.assistant_enumerator', '2020-04-01', NULL, 100, 'yuan/month', '景调字〔2020〕12号', '四（二）', 'W', true),
 ('surv.increase.bookkeeping_household', '2020-04-01', NULL, 30, 'yuan/month', '景调字〔2020〕12号', '四（二）', 'W', true);

-- 30.12 Rule mapping (spec 30 §6): what implements each rule ----------------
-- Entries: functions (jdz.name), time_limit_rule rows (rule_id/variant),
-- parameter keys.  Rules the spec marks not computable keep an empty list;
-- keys a DBA loads (no seeded row: lefp.avg_monthly_wage, ui.benefit_base,
-- ui.dibao.*, ui.scpi_yoy, surv.base.*, and the JP-01/JP-03 interest-subsidy
-- ratios) are documented in doc/subsidy.md, not listed.

UPDATE jdz.rule SET implemented_by = '{jdz.lefp_eligibility,lefp.min_age,lefp.max_land_per_capita}' WHERE rule_id = 'LP-05';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_eligibility,lefp.max_land_per_capita}' WHERE rule_id = 'LP-06';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_schemes,lefp.subsidy_years_max}' WHERE rule_id = 'LP-09';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_annual_subsidy,jdz.lefp_annual_subsidy_explain,lefp.subsidy_base_ratio,lefp.subsidy_rate}' WHERE rule_id = 'LP-10';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_enterprise_subsidy,lefp.subsidy_years_max}' WHERE rule_id = 'LP-12';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_resident_lump_sum,lefp.subsidy_years_max}' WHERE rule_id = 'LP-13';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_eligibility}' WHERE rule_id = 'LP-14';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_min_provision,lefp.land_revenue_provision_min}' WHERE rule_id = 'LP-16';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_predeposit,lefp.predeposit_per_mu}' WHERE rule_id = 'LP-17a';
UPDATE jdz.rule SET implemented_by = '{jdz.doc_status}' WHERE rule_id IN ('LP-22/LP-23', 'LP-22', 'LP-23');
UPDATE jdz.rule SET implemented_by = '{jp.cainong.leverage}' WHERE rule_id = 'JP-04';
UPDATE jdz.rule SET implemented_by = '{jdz.apportion,jp.kedaitong.share.province,jp.kedaitong.share.local}' WHERE rule_id = 'JP-05';
UPDATE jdz.rule SET implemented_by = '{jdz.jp_caiyuan_eligibility,jp.caiyuan.max_amount,jp.caiyuan.max_term_months}' WHERE rule_id = 'JP-06';
UPDATE jdz.rule SET implemented_by = '{jdz.hpf_disbursement_allowed,jdz.hpf_disbursement_due,op.disburse.blackout_workdays,op.disburse.cutoff_day}' WHERE rule_id = 'OP-07';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility}' WHERE rule_id = 'CL-03';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility,cl.min_contribution_months}' WHERE rule_id = 'CL-04';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility,cl.max_existing_home_area,cl.max_existing_homes}' WHERE rule_id = 'CL-05';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_loan,jdz.cl_eligibility,cl.hpf_cap.couple}' WHERE rule_id = 'CL-06';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_loan,jdz.cl_max_loan_explain,cl.hpf_cap.single,cl.hpf_cap.couple,cl.max_loan_ratio}' WHERE rule_id = 'CL-07';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_term,jdz.cl_eligibility,cl.term_min_months,cl.term_max_months,cl.term_after_retirement_months}' WHERE rule_id = 'CL-08';
UPDATE jdz.rule SET implemented_by = '{jdz.loan_schedule}' WHERE rule_id IN ('CL-09', 'CL-16/17', 'CL-16', 'CL-17');
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_loan,cl.min_down_payment_ratio}' WHERE rule_id = 'CL-10';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_clawback_triggered,jdz.loan_schedule,cl.clawback.consecutive_missed,cl.clawback.total_missed}' WHERE rule_id = 'CL-15';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility}' WHERE rule_id = 'CL-20';
UPDATE jdz.rule SET implemented_by = '{jdz.apportion}' WHERE rule_id = 'CL-23';
UPDATE jdz.rule SET implemented_by = '{jdz.doc_status}' WHERE rule_id = 'CL-26';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_benefit_eligibility,ui.benefit.min_contribution_months}' WHERE rule_id = 'UI-01';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_benefit_eligibility}' WHERE rule_id IN ('UI-02', 'UI-04', 'UI-06');
UPDATE jdz.rule SET implemented_by = '{jdz.ui_unemployment_subsidy,jdz.ui_migrant_allowance}' WHERE rule_id = 'UI-03';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_older_worker_extension,ui.older_extension.max_months_to_retirement}' WHERE rule_id = 'UI-05';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_unemployment_subsidy,ui.subsidy.monthly,ui.subsidy.max_months}' WHERE rule_id = 'UI-07';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_unemployment_subsidy}' WHERE rule_id = 'UI-08';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_migrant_lump_sum,ui.migrant_lump.min_work_months,ui.migrant_lump.ratio,ui.migrant_lump.max_months}' WHERE rule_id = 'UI-09';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_migrant_allowance,ui.migrant_temp.max_months,ui.migrant_temp.max_insured_months}' WHERE rule_id = 'UI-10';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_price_subsidy,ui.price_subsidy.multiplier}' WHERE rule_id = 'UI-11';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility,jdz.lefp_eligibility,jdz.mox_base_subsidy}' WHERE rule_id = 'GEN-01';
UPDATE jdz.rule SET implemented_by = '{jdz.rent_relief,rent.free_months,rent.half_months,rent.extra_free_months}' WHERE rule_id = 'RENT-01';
UPDATE jdz.rule SET implemented_by = '{jdz.rent_relief}' WHERE rule_id IN ('RENT-02', 'RENT-04');
UPDATE jdz.rule SET implemented_by = '{jdz.apportion}' WHERE rule_id = 'RENT-03';
UPDATE jdz.rule SET implemented_by = '{jdz.rent_loan_deferral,rent.inclusive_loan.max_credit}' WHERE rule_id = 'RENT-06';
UPDATE jdz.rule SET implemented_by = '{mox.area_target_mu}' WHERE rule_id = 'MOX-01';
UPDATE jdz.rule SET implemented_by = '{jdz.mox_base_subsidy,mox.subsidy_per_mu,mox.min_area_mu,mox.min_area_mu_organic}' WHERE rule_id = 'MOX-02';
UPDATE jdz.rule SET implemented_by = '{mox.annual_budget}' WHERE rule_id = 'MOX-03';
UPDATE jdz.rule SET implemented_by = '{jdz.surv_subsidy,surv.increase.assistant_enumerator,surv.increase.bookkeeping_household}' WHERE rule_id = 'SURV-01';
UPDATE jdz.rule SET implemented_by = '{jdz.esc_required}' WHERE rule_id IN ('ESC-04/14', 'ESC-04', 'ESC-14');
UPDATE jdz.rule SET implemented_by = '{jdz.esc_plan}' WHERE rule_id IN ('ESC-05', 'ESC-10', 'ESC-16');
UPDATE jdz.rule SET implemented_by = '{jdz.doc_status}' WHERE rule_id = 'ESC-22';

-- 30.11 Time-limit rows (spec 30 §4) -----------------------------------------
-- Rows of jdz.time_limit_rule (part 05), then the rule mapping that names
-- them and the calendar functions.

INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
 ('LP-07', 'village', '景府发〔2023〕14号', '第七条（一）', 'village publicity of the identity list before review by the township', 'day of posting', '7 days', true, true),
 ('LP-07', 'township', '景府发〔2023〕14号', '第七条（二）', 'township publicity of the investigation of disputed persons (only where there are objections)', 'day of posting', '7 days', true, true),
 ('LP-07', 'county', '景府发〔2023〕14号', '第七条（三）', 'county publicity after the joint review', 'day of posting', '7 days', true, true),
 ('LP-17b', 'state_council', '景府发〔2023〕14号', '第十七条（二）', 'submit the initial opinion to the provincial 人社厅 (expropriations approved by the State Council)', 'day the initial opinion is signed and sealed', '10 working days', true, true),
 ('CN-01', 'review', '景府办字〔2020〕46号', '（一）', 'complete the parallel eligibility review of a combination loan', 'day 网签备案 is completed', '5 working days', true, true),
 ('CN-01', 'disbursement', '景府办字〔2020〕46号', '（一）', 'disburse a loan whose review found no objection', 'day the review is completed', '2 working days', true, true),
 ('OP-04', '', '景金字〔2020〕17号', '四', 'decide to grant or refuse after parallel review', 'day 网签备案 is completed', '5 working days', true, true),
 ('OP-06', '', '景金字〔2020〕17号', '六', 'disburse both tranches at the same time', 'day the centre receives the 《担保承诺书》', '2 working days', true, true),
 ('CL-11', '', '景金字〔2020〕18号', '第十一条', 'decide to grant or refuse after parallel review', 'day the materials are complete and the agreements signed', '5 working days', true, true),
 ('CL-15', 'top_up', '景金字〔2020〕18号', '第十五条', 'developer (甲方) tops up the deposit clawed back by the centre (乙方)', 'day the written notice is received', '5 days', true, true),
 ('CL-19', '', '景金字〔2020〕18号', '第十九条', 'apply for deregistration of the mortgage', 'day the loans are fully repaid', '1 month', true, true),
 ('CL-04', 'contract', '景金字〔2020〕18号', '第四条（三）', 'last day to apply for the loan after signing the purchase contract', 'day the contract is signed', '1 year', false, true),
 ('CL-04', 'payment', '景金字〔2020〕18号', '第四条（三）', 'last day to apply for the loan after the payment voucher', 'day the voucher is issued', '1 year', false, true),
 ('CH-RE-02', '', '景工强市小组办字〔2020〕13号', '附件 房地产建筑产业链 五（二）3', 'project approval target (力争, aspirational)', 'day the application is accepted', '89 working days', false, true);
UPDATE jdz.rule SET implemented_by = '{LP-07/village,LP-07/township,LP-07/county}' WHERE rule_id = 'LP-07';
UPDATE jdz.rule SET implemented_by = '{LP-17b/state_council}' WHERE rule_id = 'LP-17b';
UPDATE jdz.rule SET implemented_by = '{CN-01/review,CN-01/disbursement}' WHERE rule_id = 'CN-01';
UPDATE jdz.rule SET implemented_by = '{OP-04/}' WHERE rule_id = 'OP-04';
UPDATE jdz.rule SET implemented_by = '{OP-06/,jdz.hpf_disbursement_due}' WHERE rule_id = 'OP-06';
UPDATE jdz.rule SET implemented_by = '{CL-11/}' WHERE rule_id = 'CL-11';
UPDATE jdz.rule SET implemented_by = '{CL-19/}' WHERE rule_id = 'CL-19';
UPDATE jdz.rule SET implemented_by = '{CH-RE-02/}' WHERE rule_id = 'CH-RE-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{CL-04/contract,CL-04/payment}'::text[] WHERE rule_id = 'CL-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{CL-15/top_up}'::text[] WHERE rule_id = 'CL-15';
UPDATE jdz.rule SET implemented_by = '{jdz.is_workday}' WHERE rule_id = 'OP-08';
UPDATE jdz.rule SET implemented_by = '{jdz.add_workdays,jdz.workdays_between}' WHERE rule_id = 'GEN-02';
UPDATE jdz.rule SET implemented_by = '{jdz.due,jdz.period_end}' WHERE rule_id = 'GEN-03';
UPDATE jdz.rule SET implemented_by = '{jdz.period_end}' WHERE rule_id = 'GEN-04';



------------------------------------------------------------------------------
-- 40. Deadlines of the hotline and other families, dated-rule tables
------------------------------------------------------------------------------

-- extension/parts/40-deadlines.sql — 40. Deadlines of the hotline and other families, dated-rule tables
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Spec 40: the jdz.time_limit_rule rows of §d.1 (every family of spec 40),
-- the parameters of §c, the hotline (§b.2, src/hotline.c), agriculture
-- (§b.3), general aviation (§b.4), data sharing (§b.5), counsellors (§b.6),
-- the reference tables jdz.hl_number, jdz.counsellor, jdz.ag_list_item and
-- jdz.ag_fine_band (§f.2–f.4) and the rule mapping of these families (§g).
-- The dated-rule tables (§d.2–d.5), delegated powers and the other
-- reference tables are in part 41.

-- ---------------------------------------------------------------------------
-- Types (§a)
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.hl_category AS ENUM
	('consultation', 'help', 'suggestion', 'opinion', 'complaint', 'report', 'emergency');
COMMENT ON TYPE jdz.hl_category IS 'HL-12b, 景府办发〔2022〕7号 第十二条: category of a 12345 work order (咨询 求助 建议 意见 投诉 举报; emergency = 突发事件工单, HL-13, which has no working-day limit)';

CREATE TYPE jdz.hl_extension_ground AS ENUM ('complex_situation', 'high_difficulty', 'policy_reason');
COMMENT ON TYPE jdz.hl_extension_ground IS 'HL-15, 景府办发〔2022〕7号 第十五条: grounds of an extension request (情况复杂 / 办理难度大 / 其他政策性原因)';

CREATE TYPE jdz.hl_extension_result AS (ok boolean, reason text, new_due date);
COMMENT ON TYPE jdz.hl_extension_result IS 'HL-15: result of jdz.hl_extension: ok, the reason of a refusal (no_ground, after_expiry, already_extended, exceeds_original_limit) and the extended due date';

CREATE TYPE jdz.hl_merge_mode AS ENUM ('hub', 'merged_whole', 'dual_number', 'emergency_line', 'not_listed');
COMMENT ON TYPE jdz.hl_merge_mode IS 'HL-16/17, 景府办发〔2022〕7号 第十六、十七条: how a hotline number stands to 12345 (hub, merged whole, dual number, emergency line, not listed)';

CREATE TYPE jdz.ag_correction_path AS ENUM ('before_filing', 'before_order', 'within_order_period');
COMMENT ON TYPE jdz.ag_correction_path IS 'AG-1b, 景农字〔2022〕148号 二（一）: how a violation was corrected in time (立案前主动改正 / 立案后责令改正前主动改正 / 在责令限期内改正)';

CREATE TYPE jdz.ag_profile AS ENUM ('P1', 'P1S', 'P1N', 'P1V', 'P2');
COMMENT ON TYPE jdz.ag_profile IS 'AG-L: condition profile of an item of the 首违轻微不罚 list (P1 first and minor; P1S not serious; P1N natural person; P1V voluntary correction only; P2 must not penalize)';

CREATE TYPE jdz.penalty_outcome AS ENUM ('must_not_penalize', 'may_not_penalize', 'not_eligible', 'out_of_scope');
COMMENT ON TYPE jdz.penalty_outcome IS 'AG-1/AG-2, 景农字〔2022〕148号: 不予行政处罚 / 可以不予行政处罚 / 不适用 / 不属于本机制范围';

CREATE TYPE jdz.ga_flight_kind AS ENUM
	('general', 'training', 'drill', 'emergency_medical', 'disaster_relief', 'emergency_rescue',
	 'calibration', 'official');
COMMENT ON TYPE jdz.ga_flight_kind IS 'GA-02/GA-35, 景府办发〔2023〕9号: kind of a low-altitude flight (一般飞行, 训练, 演练, 应急医疗救助, 抢险救灾, 应急救援, 校飞, 公务飞行)';

CREATE TYPE jdz.ga_airspace_class AS ENUM ('controlled', 'monitored', 'reporting', 'vfr_route');
COMMENT ON TYPE jdz.ga_airspace_class IS 'GA-16, 景府办发〔2023〕9号 第十六条: 管制空域, 监视空域, 报告空域, 目视飞行航线';

CREATE TYPE jdz.ds_share_type AS ENUM ('unconditional', 'conditional', 'not_shared');
COMMENT ON TYPE jdz.ds_share_type IS 'DS-09, 景府办发〔2023〕10号 第九条: 无条件共享 / 有条件共享 / 不予共享';

CREATE TYPE jdz.ds_path AS ENUM ('direct', 'on_application', 'denied');
COMMENT ON TYPE jdz.ds_path IS 'DS-10a, 景府办发〔2023〕10号 第十条: how government data is obtained (directly, on application, not at all)';

CREATE TYPE jdz.appointment_status AS ENUM ('not_yet_appointed', 'active', 'auto_dismissed');
COMMENT ON TYPE jdz.appointment_status IS 'CN-1, 景府字〔2022〕136号: status of an appointed counsellor on a date (聘期届满时自行解聘)';

-- ---------------------------------------------------------------------------
-- Time limits (§d.1): every period of the families of spec 40 (44 rows)
-- ---------------------------------------------------------------------------

-- (loaded with the hotline limit functions below, after the reference
-- tables they do not need)

-- ---------------------------------------------------------------------------
-- Parameters (§c)
-- ---------------------------------------------------------------------------

-- rows of data/parameter-40.csv
INSERT INTO jdz.parameter (key, valid_from, value, unit, docno, article, note, builtin) VALUES
  ('hl.satisfaction_target_pct', '2022-11-11', '90', 'percent', '景府办字〔2022〕47号', '二', 'SAT-1: 满意率提升至90%以上 (≥, inclusive); compare the unrounded rate', true),
  ('dg.policy_commissioners_min', '2022-10-28', '1', 'persons', '景府办字〔2022〕45号', '（六）2', 'DG-P: 每个部门 1—2 名政策解读专员 (inclusive range)', true),
  ('dg.policy_commissioners_max', '2022-10-28', '2', 'persons', '景府办字〔2022〕45号', '（六）2', 'DG-P', true),
  ('ag.minor_illegal_gain_lt', '2022-08-10', '100', 'yuan', '景农字〔2022〕148号', '二（一） 违法行为轻微', 'AG-1a: 违法所得少于100元 (strict <)', true),
  ('ag.minor_goods_value_lt', '2022-08-10', '500', 'yuan', '景农字〔2022〕148号', '二（一） 违法行为轻微', 'AG-1a: 违法货值金额少于500元 (strict <)', true),
  ('ag.minor_duration_days_lt', '2022-08-10', '30', 'days', '景农字〔2022〕148号', '二（一） 违法行为轻微', 'AG-1a: 无货值、所得的，持续时间少于30天 (strict <)', true),
  ('ga.plan_lead_hours', '2024-01-01', '1', 'hours', '景府办发〔2023〕9号', '第二十三、二十五、二十六条', 'GA-23/25/26: 飞行前1小时 (latest instant, inclusive)', true),
  ('ga.standing_plan_cutoff_hour', '2024-01-01', '19', 'hour of day (Beijing)', '景府办发〔2023〕9号', '第二十条', 'GA-20: 每日19时前 (strict)', true),
  ('ds.security_assessments_per_year_min', '2023-12-24', '1', 'per calendar year', '景府办发〔2023〕10号', '第十六条', 'DS-16: 每年至少开展一次安全测评', true),
  ('ds.emergency_drills_per_year_min', '2023-12-24', '1', 'per calendar year', '景府办发〔2023〕10号', '第十六条', 'DS-16: 每年至少开展一次应急演练', true),
  ('ip.cycle_compression_target', '2023-12-29', '0.50', 'ratio', '景府办字〔2023〕52号', '二', 'IP-04: 到2025年处理周期相比法定时限压缩50%左右; tolerance of 左右 not stated (A-IP4)', true),
  ('cons.enterprise_self_inspections_per_month_min', '2020-06-16', '1', 'per calendar month', '景建发〔2020〕156号', '四（三）', 'CONS-03: 各企业每月至少开展一次自查自纠', true),
  ('cons.project_self_inspections_per_week_min', '2020-06-16', '1', 'per ISO week (Mon–Sun)', '景建发〔2020〕156号', '四（三）', 'CONS-03: 各项目部每周至少开展一次自查自纠 (A-CONS-3)', true),
  ('s003.tl08.patrols_per_quarter_min', '2022-12-16', '1', 'per calendar quarter', '景府发〔2022〕9号', '附件1 第19项', 'S003-TL-08: 每季度（不）少于一次 (A-11)', true),
  ('s003.tl08.sample_pct_min', '2022-12-16', '50', 'percent', '景府发〔2022〕9号', '附件1 第19项', 'S003-TL-08: 抽查面不少于50% (round the count up); 100% when complaint-triggered', true),
  ('s003.tl09.sample_pct_min', '2022-12-16', '20', 'percent', '景府发〔2022〕9号', '附件1 第13项', 'S003-TL-09: 每年1次抽查比例不低于20% (round up)', true),
  ('s003.tl10.onsite_checks_min', '2022-12-16', '1', 'checks after the start', '景府发〔2022〕9号', '附件1 第8项', 'S003-TL-10: 项目开工后至少开展一次现场核查 (a check on the start day counts)', true),
  ('s003.tl11.officers_min', '2022-12-16', '2', 'persons', '景府发〔2022〕9号', '附件1 第43项', 'S003-TL-11: 2名以上行政执法人员 (inclusive)', true),
  ('s003.svc08.self_service_hours', '2022-11-18', '24', 'hours per day', '景府办字〔2022〕48号', '二（三）4；二（四）3', 'S003-SVC-08: 24小时自助服务、“24小时不打烊”', true);

-- ---------------------------------------------------------------------------
-- §f.2 jdz.hl_number: the hotline merger registry (HL-16/17)
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.hl_number (
	number text PRIMARY KEY CHECK (number ~ '^[0-9]{3,6}$'),
	mode jdz.hl_merge_mode NOT NULL CHECK (mode <> 'not_listed'),
	parent text REFERENCES jdz.hl_number,
	article text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	CHECK (parent IS NULL OR mode = 'dual_number')
);
COMMENT ON TABLE jdz.hl_number IS 'HL-16/17, 景府办发〔2022〕7号 第十六、十七条: the hotline numbers merged into 12345 (32 builtin rows); a number merged whole cannot be restored';
COMMENT ON COLUMN jdz.hl_number.number IS 'the hotline number';
COMMENT ON COLUMN jdz.hl_number.mode IS 'how the number stands to 12345';
COMMENT ON COLUMN jdz.hl_number.parent IS 'for a sub-number of a dual-number hotline, its parent number (12330 → 12315)';
COMMENT ON COLUMN jdz.hl_number.article IS 'the article of 景府办发〔2022〕7号 that names the number';
COMMENT ON COLUMN jdz.hl_number.builtin IS 'true for the rows shipped with the extension';

CREATE FUNCTION jdz.hl_number_guard() RETURNS trigger
	LANGUAGE plpgsql PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
BEGIN
	IF OLD.mode = 'merged_whole' AND (TG_OP = 'DELETE' OR NEW.mode <> 'merged_whole') THEN
		RAISE EXCEPTION 'a hotline number merged into 12345 cannot be restored'
			USING ERRCODE = '23514',
				DETAIL = 'HL-16/17, 景府办发〔2022〕7号 第十六条: 已经取消的热线不再恢复',
				HINT = 'number ' || OLD.number;
	END IF;
	RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
COMMENT ON FUNCTION jdz.hl_number_guard() IS 'HL-16/17 trigger: a hotline number merged whole into 12345 can be neither deleted nor given another mode (已经取消的热线不再恢复)';

CREATE TRIGGER hl_number_no_restore BEFORE UPDATE OR DELETE ON jdz.hl_number
	FOR EACH ROW EXECUTE FUNCTION jdz.hl_number_guard();

-- rows of data/hl_number.csv
INSERT INTO jdz.hl_number (number, mode, parent, article, builtin) VALUES
  ('12345', 'hub', NULL, '第二条', true),
  ('12396', 'merged_whole', NULL, '第十六条', true),
  ('12300', 'merged_whole', NULL, '第十六条', true),
  ('12349', 'merged_whole', NULL, '第十六条', true),
  ('12336', 'merged_whole', NULL, '第十六条', true),
  ('12312', 'merged_whole', NULL, '第十六条', true),
  ('12301', 'merged_whole', NULL, '第十六条', true),
  ('96119', 'merged_whole', NULL, '第十六条', true),
  ('12322', 'merged_whole', NULL, '第十六条', true),
  ('12318', 'merged_whole', NULL, '第十六条', true),
  ('12385', 'merged_whole', NULL, '第十六条', true),
  ('12393', 'merged_whole', NULL, '第十六条', true),
  ('12315', 'dual_number', NULL, '第十七条', true),
  ('12316', 'dual_number', NULL, '第十七条', true),
  ('12317', 'dual_number', NULL, '第十七条', true),
  ('12319', 'dual_number', NULL, '第十七条', true),
  ('12320', 'dual_number', NULL, '第十七条', true),
  ('12328', 'dual_number', NULL, '第十七条', true),
  ('12329', 'dual_number', NULL, '第十七条', true),
  ('12333', 'dual_number', NULL, '第十七条', true),
  ('12348', 'dual_number', NULL, '第十七条', true),
  ('12350', 'dual_number', NULL, '第十七条', true),
  ('12369', 'dual_number', NULL, '第十七条', true),
  ('12330', 'dual_number', '12315', '第十七条', true),
  ('12331', 'dual_number', '12315', '第十七条', true),
  ('12358', 'dual_number', '12315', '第十七条', true),
  ('12365', 'dual_number', '12315', '第十七条', true),
  ('12356', 'dual_number', '12320', '第十七条', true),
  ('110', 'emergency_line', NULL, '第九条第（一）项、第十三条、第十八条', true),
  ('119', 'emergency_line', NULL, '第九条第（一）项、第十三条、第十八条', true),
  ('120', 'emergency_line', NULL, '第九条第（一）项、第十三条、第十八条', true),
  ('122', 'emergency_line', NULL, '第九条第（一）项、第十三条、第十八条', true);

SELECT pg_catalog.pg_extension_config_dump('jdz.hl_number', 'WHERE NOT builtin');

-- ---------------------------------------------------------------------------
-- §f.3 jdz.counsellor (CN-1)
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.counsellor (
	name text PRIMARY KEY CHECK (name !~ '\s'),
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	appointed_on date NOT NULL,
	term_end date NOT NULL,
	term_end_text text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	CHECK (term_end >= appointed_on)
);
COMMENT ON TABLE jdz.counsellor IS 'CN-1, 景府字〔2022〕136号: appointed counsellors and their terms (3 builtin rows)';
COMMENT ON COLUMN jdz.counsellor.name IS 'the name, without whitespace (王耀)';
COMMENT ON COLUMN jdz.counsellor.docno IS 'the appointing document';
COMMENT ON COLUMN jdz.counsellor.appointed_on IS 'the appointment date (not stated: the notice date, A-36)';
COMMENT ON COLUMN jdz.counsellor.term_end IS 'the last day of the term, inclusive (last day of the stated month, A-36)';
COMMENT ON COLUMN jdz.counsellor.term_end_text IS 'the term as printed (聘期至2026年1月)';
COMMENT ON COLUMN jdz.counsellor.builtin IS 'true for the rows shipped with the extension';

-- rows of data/counsellor.csv
INSERT INTO jdz.counsellor (name, docno, appointed_on, term_end, term_end_text, builtin) VALUES
  ('王耀', '景府字〔2022〕136号', '2022-10-21', '2026-01-31', '聘期至2026年1月', true),
  ('方励平', '景府字〔2022〕136号', '2022-10-21', '2025-09-30', '聘期至2025年9月', true),
  ('于长征', '景府字〔2022〕136号', '2022-10-21', '2025-12-31', '聘期至2025年12月', true);

SELECT pg_catalog.pg_extension_config_dump('jdz.counsellor', 'WHERE NOT builtin');

-- ---------------------------------------------------------------------------
-- §f.4 jdz.ag_list_item and jdz.ag_fine_band (AG-L, AG-F)
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.ag_list_item (
	item_no int PRIMARY KEY CHECK (item_no BETWEEN 1 AND 23),
	violation text NOT NULL,
	profile jdz.ag_profile NOT NULL,
	legal_basis text NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.ag_list_item IS 'AG-L, 景农字〔2022〕148号 附件: the 23 items of the 首违轻微不罚 list of 景德镇市农业农村领域 with their condition profile';
COMMENT ON COLUMN jdz.ag_list_item.item_no IS '序号 (1–23; item 19 printed twice is one row, A-3)';
COMMENT ON COLUMN jdz.ag_list_item.violation IS '违法行为, verbatim';
COMMENT ON COLUMN jdz.ag_list_item.profile IS 'the 不予处罚条件 profile (P1, P1S, P1N, P1V, P2)';
COMMENT ON COLUMN jdz.ag_list_item.legal_basis IS '法律依据, verbatim as cited in 2022 (A-39)';
COMMENT ON COLUMN jdz.ag_list_item.source_line IS 'line of the item in the seed text';
COMMENT ON COLUMN jdz.ag_list_item.builtin IS 'true for the rows shipped with the extension';

-- rows of data/ag_list_item.csv
INSERT INTO jdz.ag_list_item (item_no, violation, profile, legal_basis, source_line, builtin) VALUES
  ('1', '开展农作物病虫害预防控制航空作业未按照国家有关规定进行公告的', 'P1S', '《农作物病虫害防治条例》第四十一条第三项', '4492', true),
  ('2', '农业投入品使用者为个人的未按照规定及时回收肥料等农业投入品的包装废弃物或者农用薄膜，或者未按照规定及时回收农药包装废弃物交由专门的机构或者组织进行无害化处理的', 'P1', '《土壤污染防治法》第八十八条; 《农用薄膜管理办法》第二十四条; 《农药包装废弃物回收处理管理办法》第十九条', '4532', true),
  ('3', '种子生产经营者未按规定建立、保存种子生产经营档案的，或者在异地设立分支机构、专门经营不再分装的包装种子或者受委托生产、代销种子未按规定备案的', 'P1', '《种子法》第七十九条第四项、第五项', '4608', true),
  ('4', '销售农作物授权品种未使用其注册登记的名称的', 'P1', '《植物新品种保护条例》第四十二条', '4658', true),
  ('5', '畜禽养殖场未建立养殖档案的，或者未按照规定保存养殖档案的', 'P1', '《畜牧法》第四十一条、第六十六条', '4688', true),
  ('6', '兽药安全性评价单位、临床试验单位、生产和经营企业未按照规定实施兽药研究试验、生产、经营质量管理规范的', 'P1', '《兽药管理条例》第五十九条第一款; 《兽用处方药和非处方药管理办法》第十六条', '4740', true),
  ('7', '违反《动物检疫管理办法》有关规定，跨省、自治区、直辖市引进用于饲养的非乳用、非种用动物和水产苗种到达目的地后，未向所在地动物卫生监督机构报告的', 'P1', '《动物检疫管理办法》第四十八条', '4802', true),
  ('8', '动物诊疗机构变更机构名称或者法定代表人未办理变更手续；未在诊疗场所悬挂动物诊疗许可证或者公示从业人员基本情况；不使用病历或者应当开具处方未开具处方或者使用不规范的病历、处方笺的', 'P1', '《动物诊疗机构管理办法》第三十二条', '4844', true),
  ('9', '未经批准生产、加工农业转基因生物的', 'P1N', '《农业转基因生物安全管理条例》第四十六条', '4902', true),
  ('10', '违反《中华人民共和国农产品质量安全法》和《农产品产地安全管理办法》规定擅自移动、损毁禁止农产品生产区标牌的', 'P1', '《农产品产地安全管理办法》第二十六条', '4947', true),
  ('11', '单位和个人未按统一的教学计划、教学大纲和规定教材进行培训的', 'P1', '《拖拉机驾驶培训管理办法》第二十四条第二项', '4989', true),
  ('12', '未取得拖拉机、联合收割机操作证件而操作拖拉机、联合收割机的', 'P1', '《农业机械安全监督管理条例》第五十二条', '5023', true),
  ('13', '跨区作业中介服务组织不配备相应的服务设施和技术人员，没有兑现服务承诺，只收费不服务或者多收费少服务的', 'P1', '《联合收割机跨区作业管理办法》第二十八条', '5059', true),
  ('14', '持假冒《作业证》或扰乱跨区作业秩序的', 'P1S', '《联合收割机跨区作业管理办法》第三十条', '5101', true),
  ('15', '违反《农业机械维修管理规定》，不能保持设备、设施、人员、质量管理、安全生产和环境保护等技术条件符合要求的', 'P1', '《农业机械维修管理规定》第二十条', '5132', true),
  ('16', '违反《农业机械维修管理规定》，超越范围承揽无技术能力保障的维修项目的', 'P1V', '《农业机械维修管理规定》第二十一条', '5170', true),
  ('17', '农业机械维修者未按规定填写维修记录和报送年度维修情况统计表的', 'P1', '《农业机械维修管理规定》第二十三条', '5196', true),
  ('18', '单位和个人饲养的犬只未按照规定定期进行狂犬病免疫接种的', 'P2', '《行政处罚法》第三十三条第一款; 《动物防疫法》第三十条、第九十二条第三项', '5232', true),
  ('19', '使用全民所有的水域、滩涂从事养殖生产，无正当理由荒芜满一年的或未依法取得养殖证擅自在全民所有的水域从事养殖生产的', 'P2', '《行政处罚法》第三十三条第一款; 《渔业法》第十一条、第四十条第一/二/三款', '5286', true),
  ('20', '在卫生用农药以外的农药经营场所内经营食品、食用农产品、饲料等的', 'P2', '《行政处罚法》第三十三条第一款; 《农药管理条例》第二十八条第二款、第五十八条第二项', '5390', true),
  ('21', '未将卫生用农药与其他商品分柜销售的', 'P2', '《行政处罚法》第三十三条第一款; 《农药管理条例》第二十八条第二款、第五十八条第三项', '5446', true),
  ('22', '不履行农药废弃物回收义务的', 'P2', '《行政处罚法》第三十三条第一款; 《农药管理条例》第三十七条、第五十八条第四项', '5491', true),
  ('23', '销售的农产品未按规定进行包装、标识的', 'P2', '《行政处罚法》第三十三条第一款; 《农产品质量安全法》第二十八条、第四十八条', '5544', true);

SELECT pg_catalog.pg_extension_config_dump('jdz.ag_list_item', 'WHERE NOT builtin');

CREATE TABLE jdz.ag_fine_band (
	item_no int NOT NULL REFERENCES jdz.ag_list_item,
	band text NOT NULL,
	min_yuan jdz.cny,
	max_yuan jdz.cny,
	gain_multiple_min numeric,
	gain_multiple_max numeric,
	applies_when text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (item_no, band),
	CHECK (min_yuan IS NULL OR max_yuan IS NULL OR min_yuan <= max_yuan)
);
COMMENT ON TABLE jdz.ag_fine_band IS 'AG-F: the statutory fine bands quoted in the 首违轻微不罚 list (reference; bounds inclusive; item 15 quotes no amount)';
COMMENT ON COLUMN jdz.ag_fine_band.item_no IS 'the list item';
COMMENT ON COLUMN jdz.ag_fine_band.band IS 'the band (normal, serious, overdue, individual_user, organisation, gain_ge_100k, gain_lt_100k, …)';
COMMENT ON COLUMN jdz.ag_fine_band.min_yuan IS 'lowest fine; NULL when no lower bound is stated';
COMMENT ON COLUMN jdz.ag_fine_band.max_yuan IS 'highest fine; NULL when no fixed upper bound';
COMMENT ON COLUMN jdz.ag_fine_band.gain_multiple_min IS 'lowest fine as a multiple of 违法所得 (item 9 only)';
COMMENT ON COLUMN jdz.ag_fine_band.gain_multiple_max IS 'highest fine as a multiple of 违法所得 (item 9 only)';
COMMENT ON COLUMN jdz.ag_fine_band.applies_when IS 'the statute''s words';
COMMENT ON COLUMN jdz.ag_fine_band.builtin IS 'true for the rows shipped with the extension';

-- rows of data/ag_fine_band.csv
INSERT INTO jdz.ag_fine_band (item_no, band, min_yuan, max_yuan, gain_multiple_min, gain_multiple_max, applies_when, builtin) VALUES
  ('1', 'normal', '5000.00', '50000.00', NULL, NULL, '《农作物病虫害防治条例》第四十一条', true),
  ('1', 'serious', '50000.00', '100000.00', NULL, NULL, '情节严重的', true),
  ('2', 'individual_user', '200.00', '2000.00', NULL, NULL, '农业投入品使用者为个人的，可以处', true),
  ('2', 'organisation', '10000.00', '100000.00', NULL, NULL, '生产者、销售者、使用者为单位的', true),
  ('3', 'normal', '2000.00', '20000.00', NULL, NULL, '《种子法》第七十九条', true),
  ('4', 'normal', NULL, '1000.00', NULL, NULL, '可以处1000元以下', true),
  ('5', 'normal', NULL, '10000.00', NULL, NULL, '可以处1万元以下', true),
  ('6', 'overdue', NULL, '50000.00', NULL, NULL, '逾期不改正的，责令停止并处5万元以下', true),
  ('7', 'normal', '500.00', '2000.00', NULL, NULL, '《动物检疫管理办法》第四十八条', true),
  ('8', 'overdue', NULL, '1000.00', NULL, NULL, '拒不改正或者再次出现同类违法行为的', true),
  ('9', 'gain_ge_100k', NULL, NULL, '1', '5', '违法所得10万元以上的，并处违法所得1倍以上5倍以下', true),
  ('9', 'gain_lt_100k', '100000.00', '200000.00', NULL, NULL, '没有违法所得或者违法所得不足10万元的', true),
  ('10', 'normal', NULL, '1000.00', NULL, NULL, '可以处1000元以下', true),
  ('11', 'normal', NULL, '2000.00', NULL, NULL, '处2000元以下', true),
  ('12', 'normal', '100.00', '500.00', NULL, NULL, '《农业机械安全监督管理条例》第五十二条', true),
  ('13', 'normal', '500.00', '1000.00', NULL, NULL, '可并处500元以上1000元以下', true),
  ('14', 'normal', '50.00', '100.00', NULL, NULL, '可并处50元以上100元以下', true),
  ('14', 'serious', '100.00', '200.00', NULL, NULL, '情节严重的', true),
  ('16', 'normal', '200.00', '500.00', NULL, NULL, '《农业机械维修管理规定》第二十一条', true),
  ('17', 'overdue', NULL, '100.00', NULL, NULL, '逾期拒不改正的', true),
  ('18', 'normal', NULL, '1000.00', NULL, NULL, '可以处1000元以下', true),
  ('18', 'overdue', '1000.00', '5000.00', NULL, NULL, '逾期不改正的', true),
  ('19', 'barren', NULL, '10000.00', NULL, NULL, '荒芜满一年（含，A-46），可以并处1万元以下', true),
  ('19', 'obstruction', NULL, '10000.00', NULL, NULL, '妨碍航运、行洪的，可以并处1万元以下', true),
  ('20', 'refused_or_serious', '2000.00', '20000.00', NULL, NULL, '拒不改正或者情节严重的', true),
  ('21', 'refused_or_serious', '2000.00', '20000.00', NULL, NULL, '拒不改正或者情节严重的', true),
  ('22', 'refused_or_serious', '2000.00', '20000.00', NULL, NULL, '拒不改正或者情节严重的', true),
  ('23', 'overdue', NULL, '2000.00', NULL, NULL, '逾期不改正的，可以处2000元以下', true);

SELECT pg_catalog.pg_extension_config_dump('jdz.ag_fine_band', 'WHERE NOT builtin');

-- a trusted extension: the tables belong to the extension owner (test/sh/90-trusted.sh)
ALTER TABLE jdz.hl_number OWNER TO @extowner@;
ALTER TABLE jdz.counsellor OWNER TO @extowner@;
ALTER TABLE jdz.ag_list_item OWNER TO @extowner@;
ALTER TABLE jdz.ag_fine_band OWNER TO @extowner@;
GRANT SELECT ON jdz.hl_number, jdz.counsellor, jdz.ag_list_item, jdz.ag_fine_band TO PUBLIC;

-- ---------------------------------------------------------------------------
-- §b.2 The 12345 hotline: jdz.hl_number_mode (the limit functions of
-- src/hotline.c are declared with the time-limit rows below)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.hl_number_mode(number text) RETURNS jdz.hl_merge_mode
	AS 'MODULE_PATHNAME', 'hl_number_mode'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_number_mode(text) IS 'HL-16/17, 景府办发〔2022〕7号 第十六、十七条: how a hotline number stands to 12345 (not_listed when absent from jdz.hl_number)';

-- ---------------------------------------------------------------------------
-- §b.3 Agriculture: 首违轻微不罚 (景农字〔2022〕148号)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.ag_is_minor(illegal_gain jdz.cny, goods_value jdz.cny, duration_days int,
								procedural_only boolean, on_date date DEFAULT current_date)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'ag_is_minor'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ag_is_minor(jdz.cny, jdz.cny, int, boolean, date) IS 'AG-1a, 景农字〔2022〕148号 二（一）: 违法行为轻微 — procedural only, or gain < 100 yuan and goods value < 500 yuan, or with no amount a duration under 30 days (thresholds as of on_date)';

CREATE FUNCTION jdz.ag_correction(corrected_on date, corrected_properly boolean, case_filed_on date,
								  order_served_on date, order_due date DEFAULT NULL)
	RETURNS jdz.ag_correction_path
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
DECLARE
	filed date := coalesce(case_filed_on, order_served_on);
BEGIN
	IF corrected_on IS NOT NULL AND corrected_properly IS NULL THEN
		RAISE EXCEPTION 'corrected_properly must not be null when corrected_on is given' USING ERRCODE = '22004',
			DETAIL = 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: 改正且符合要求';
	END IF;
	IF order_due IS NOT NULL AND order_served_on IS NULL THEN
		RAISE EXCEPTION 'order_due needs order_served_on' USING ERRCODE = '22023',
			DETAIL = 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: a correction period runs from the service of the order';
	END IF;
	IF order_served_on < case_filed_on THEN
		RAISE EXCEPTION 'order_served_on % is before case_filed_on %', order_served_on, case_filed_on
			USING ERRCODE = '22023',
			DETAIL = 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: an order to correct presupposes a filed case';
	END IF;
	IF corrected_on IS NULL OR NOT corrected_properly THEN
		RETURN NULL;
	END IF;
	IF filed IS NULL OR corrected_on < filed THEN
		RETURN 'before_filing';
	END IF;
	IF order_served_on IS NULL OR corrected_on < order_served_on THEN
		RETURN 'before_order';
	END IF;
	IF corrected_on <= coalesce(order_due, jdz.due('AG-1b', '', order_served_on)) THEN
		RETURN 'within_order_period';
	END IF;
	RETURN NULL;
END $$;
COMMENT ON FUNCTION jdz.ag_correction(date, boolean, date, date, date) IS 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: how a proper correction was timely (before filing, before the order, within the order period of 10 working days or order_due); NULL if not timely';

CREATE FUNCTION jdz.ag_is_first(violation_on date, prior_violations date[])
	RETURNS boolean
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
DECLARE
	p date;
	first boolean := true;
BEGIN
	IF violation_on IS NULL THEN
		RAISE EXCEPTION 'violation_on must not be null' USING ERRCODE = '22004',
			DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法';
	END IF;
	IF prior_violations IS NULL THEN
		RETURN true;
	END IF;
	IF cardinality(prior_violations) > 100000 THEN
		RAISE EXCEPTION 'too many prior violations (%)', cardinality(prior_violations) USING ERRCODE = '22023',
			DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法';
	END IF;
	FOREACH p IN ARRAY prior_violations LOOP
		IF p IS NULL THEN
			RAISE EXCEPTION 'prior_violations must not contain null' USING ERRCODE = '22004',
				DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法';
		END IF;
		IF p > violation_on THEN
			RAISE EXCEPTION 'prior violation % is after violation_on %', p, violation_on USING ERRCODE = '22023',
				DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法',
				HINT = 'Pass only violations before the current one.';
		END IF;
		IF first AND violation_on <= jdz.due('AG-2a', '', p) THEN
			first := false;
		END IF;
	END LOOP;
	RETURN first;
END $$;
COMMENT ON FUNCTION jdz.ag_is_first(date, date[]) IS 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法: false iff the violation falls within two years after an earlier one (both ends inclusive, counted forward from the earlier violation)';

CREATE FUNCTION jdz.ag_outcome(is_minor boolean, timely boolean, no_harm boolean, is_first boolean,
							   minor_harm boolean, aggravating boolean DEFAULT false,
							   reoffended_after_no_penalty boolean DEFAULT false,
							   proven_no_fault boolean DEFAULT false,
							   other_legal_bar boolean DEFAULT false,
							   out_of_scope boolean DEFAULT false)
	RETURNS jdz.penalty_outcome
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE
		WHEN out_of_scope THEN 'out_of_scope'::jdz.penalty_outcome
		WHEN aggravating OR (reoffended_after_no_penalty AND NOT proven_no_fault) OR other_legal_bar
			THEN 'not_eligible'::jdz.penalty_outcome
		WHEN is_minor AND timely AND no_harm THEN 'must_not_penalize'::jdz.penalty_outcome
		WHEN is_first AND (minor_harm OR no_harm) AND timely THEN 'may_not_penalize'::jdz.penalty_outcome
		ELSE 'not_eligible'::jdz.penalty_outcome
	END;
COMMENT ON FUNCTION jdz.ag_outcome(boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS 'AG-S/AG-1/AG-2/AG-3, 景农字〔2022〕148号 二、三: the outcome of the 首违轻微不罚 mechanism (out of scope; exclusions; minor, timely and harmless → must not penalize; first, minor harm and timely → may not penalize)';

CREATE FUNCTION jdz.ag_item_outcome(item_no int, is_first boolean, no_harm boolean, minor_harm boolean,
									correction jdz.ag_correction_path, natural_person boolean DEFAULT NULL,
									serious boolean DEFAULT false, aggravating boolean DEFAULT false,
									reoffended_after_no_penalty boolean DEFAULT false,
									proven_no_fault boolean DEFAULT false,
									other_legal_bar boolean DEFAULT false)
	RETURNS jdz.penalty_outcome
	AS 'MODULE_PATHNAME', 'ag_item_outcome'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ag_item_outcome(int, boolean, boolean, boolean, jdz.ag_correction_path, boolean, boolean, boolean, boolean, boolean, boolean) IS 'AG-L, 景农字〔2022〕148号 附件: the outcome for one item of the 首违轻微不罚 list, by its profile (P1, P1S, P1N, P1V: may not penalize; P2: must not penalize), after the exclusions of AG-3';

-- ---------------------------------------------------------------------------
-- §b.4 General aviation (景府办发〔2023〕9号, in force from 2024-01-01)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.ga_plan_deadline(takeoff timestamptz, airspace jdz.ga_airspace_class DEFAULT 'controlled',
									 kind jdz.ga_flight_kind DEFAULT 'general')
	RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'ga_plan_deadline'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ga_plan_deadline(timestamptz, jdz.ga_airspace_class, jdz.ga_flight_kind) IS 'GA-23/25/26, 景府办发〔2023〕9号: the latest instant to confirm a flight plan and to apply or file it for controlled or monitored airspace (1 hour before take-off); NULL where no lead time is set (reporting airspace, VFR routes, emergency flights)';

CREATE FUNCTION jdz.ga_auto_plan(plan_day date, interventions timestamptz[], airspace_approved boolean DEFAULT true)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'ga_auto_plan'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ga_auto_plan(date, timestamptz[], boolean) IS 'GA-20, 景府办发〔2023〕9号 第二十条: whether the standing plan for the day after plan_day is generated (airspace approved and no intervention in the 24 hours before 19:00 Beijing of plan_day)';

CREATE FUNCTION jdz.ga_proof_due(kind jdz.ga_flight_kind, task_end timestamptz, media_reported boolean DEFAULT false)
	RETURNS timestamptz
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
BEGIN
	IF kind NOT IN ('emergency_medical', 'disaster_relief', 'emergency_rescue') THEN
		RAISE EXCEPTION '% is not an emergency flight', kind USING ERRCODE = '22023',
			DETAIL = 'GA-33/34, 景府办发〔2023〕9号 第三十四条: proof is due for emergency flights only',
			HINT = 'Use jdz.ga_plan_deadline for other flights.';
	END IF;
	IF kind = 'disaster_relief' AND media_reported THEN
		RETURN NULL;
	END IF;
	RETURN jdz.due('GA-34', '', task_end);
END $$;
COMMENT ON FUNCTION jdz.ga_proof_due(jdz.ga_flight_kind, timestamptz, boolean) IS 'GA-33/34, 景府办发〔2023〕9号 第三十四条: the latest instant to submit the proof of an emergency flight (24 hours after the task ends; NULL for a disaster-relief flight the media reported)';

-- ---------------------------------------------------------------------------
-- §b.5 Data sharing (景府办发〔2023〕10号)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.ds_access_path(share_type jdz.ds_share_type, major_security_event boolean DEFAULT false,
								   desensitised boolean DEFAULT false)
	RETURNS jdz.ds_path
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE share_type
		WHEN 'unconditional'::jdz.ds_share_type THEN 'direct'::jdz.ds_path
		WHEN 'conditional'::jdz.ds_share_type THEN 'on_application'::jdz.ds_path
		ELSE CASE WHEN major_security_event AND desensitised THEN 'on_application'::jdz.ds_path
				  ELSE 'denied'::jdz.ds_path END
	END;
COMMENT ON FUNCTION jdz.ds_access_path(jdz.ds_share_type, boolean, boolean) IS 'DS-09/10a, 景府办发〔2023〕10号 第九、十条: how shared data is obtained (unconditional: directly; conditional: on application, reply due by DS-10/reply and data by DS-10/provide; not shared: denied unless a major security event and desensitised)';

-- ---------------------------------------------------------------------------
-- §b.6 Counsellors (景府字〔2022〕136号)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.counsellor_status(name text, on_date date)
	RETURNS jdz.appointment_status
	AS 'MODULE_PATHNAME', 'counsellor_status'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.counsellor_status(text, date) IS 'CN-1, 景府字〔2022〕136号: whether a counsellor is not yet appointed, active, or dismissed by the end of the term (聘期届满时自行解聘) on a date; whitespace in the name (full-width spaces included) is ignored';

-- ---------------------------------------------------------------------------
-- Time limits (§d.1) and the hotline limit functions (§b.2, src/hotline.c).
-- The 44 rows of §d.1 (builtin = true) in jdz.time_limit_rule of part 05,
-- then the four functions that read the HL-12b rows.
-- ---------------------------------------------------------------------------

INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
		  ('HL-12a', '', '景府办发〔2022〕7号', '第十二条', '成员单位签收工单', '热线中心派发工单之日', '1 working day', 'true', true),
		  ('HL-11.3', '', '景府办发〔2022〕7号', '第十一条第（三）项', '退回第九条情形或非本部门职责的工单（附依据或改派意见）', '签收工单之日', '1 working day', 'true', true),
		  ('HL-12b', 'consultation', '景府办发〔2022〕7号', '第十二条第一款', '咨询类工单办结', '签收之日', '2 working days', 'true', true),
		  ('HL-12b', 'help', '景府办发〔2022〕7号', '第十二条第一款', '求助类工单办结', '签收之日', '5 working days', 'true', true),
		  ('HL-12b', 'suggestion', '景府办发〔2022〕7号', '第十二条第一款', '建议类工单办结', '签收之日', '5 working days', 'true', true),
		  ('HL-12b', 'opinion', '景府办发〔2022〕7号', '第十二条第一款', '意见类工单办结', '签收之日', '5 working days', 'true', true),
		  ('HL-12b', 'complaint', '景府办发〔2022〕7号', '第十二条第一款', '投诉类工单办结', '签收之日', '10 working days', 'true', true),
		  ('HL-12b', 'report', '景府办发〔2022〕7号', '第十二条第一款', '举报类工单办结', '签收之日', '10 working days', 'true', true),
		  ('HL-12b', 'complex_repeat', '景府办发〔2022〕7号', '第十二条第一款', '企业群众来电3次及以上反映且诉求属疑难、复杂的工单办结（任何类别）', '签收之日', '15 working days', 'true', true),
		  ('HL-13', '', '景府办发〔2022〕7号', '第十三条', '突发事件工单直接转相关业务工作电话处理', '受理来电的时刻', '2 hours', 'false', true),
		  ('HL-11.9', '', '景府办发〔2022〕7号', '第十一条第（九）项', '电话录音保存的最短期限（至少3年；法律法规另有规定的从其规定）', '录音之日', '3 years', 'false', true),
		  ('CA-6.1', '', '景民字〔2022〕95号', '第六条第（一）项', '牵头部门将资金预算通知相关业务科室', '收到上级下达资金指标文件或预算安排通知之日', '3 working days', 'true', true),
		  ('CA-6.2', '', '景民字〔2022〕95号', '第六条第（二）项', '业务科室研究提出分配预案', '收到第（一）项资金预算通知之日（文本未写起算点，见 A-20）', '5 working days', 'true', true),
		  ('CA-6.3', '', '景民字〔2022〕95号', '第六条第（三）项', '牵头部门提请局党组会审议', '达成一致意见、形成分配草案之日（文本未写起算点）', '10 working days', 'true', true),
		  ('CA-6.4', '', '景民字〔2022〕95号', '第六条第（四）项', '与财政联合发文分配下达', '局党组会审议通过并经财政会签之日（文本未写起算点）', '10 working days', 'true', true),
		  ('CA-6.5', '', '景民字〔2022〕95号', '第六条第（五）项', '完成资金分解下达并报上一级民政部门备案（中央、省级另有期限的除外）', '收到上级下达资金指标文件之日（同 CA-6.1，见 A-20）', '30 working days', 'true', true),
		  ('CA-6.6', '', '景民字〔2022〕95号', '第六条第（六）项', '报同级财务、纪检监察派驻机构备案并按要求公示（保密的不公示）', '资金分配文件形成之日', '3 working days', 'true', true),
		  ('CA-11c', 'settlement', '景民字〔2022〕95号', '第十一条', '走访慰问专项资金与财务结清账务', '走访慰问活动结束之日', '1 month', 'true', true),
		  ('CA-11c', 'extension_cap', '景民字〔2022〕95号', '第十一条', '经主要领导同意的延期，最长不超过二周（上限，加在未顺延的结账期末日上）', '原结账期限末日', '14 days', 'false', true),
		  ('CA-13', 'no_start', '景民字〔2022〕95号', '第十三条', '项目资金到位后一个建设年度不开工即须情况说明、停止支持新立项（PROPOSED：12个月）', '项目资金到位之日', '1 year', 'false', true),
		  ('CA-23', '', '景民字〔2022〕95号', '第二十三条', '完成一轮本级自查和对下级检查（PROPOSED 滚动读法）', '上一轮完成之日；首轮自本办法施行之日 2022-08-08', '3 years', 'false', true),
		  ('AG-1b', '', '景农字〔2022〕148号', '二（一） 及时改正', '责令改正期限（一般；法律、法规、规章另有规定的除外）', '责令改正通知送达之日', '10 working days', 'true', true),
		  ('AG-2a', '', '景农字〔2022〕148号', '二（二） 初次违法', '初次违法：两年内未曾有农业违法行为（每一前次违法的回看窗口）', '前次农业违法行为之日', '2 years', 'false', true),
		  ('GA-19', '', '景府办发〔2023〕9号', '第十九条', '临时低空空域使用期限（通常不超过；延长须原审批机构同意）', '临时空域启用之日', '12 months', 'false', true),
		  ('GA-34', '', '景府办发〔2023〕9号', '第三十四条', '应急飞行事后向运行中心递交证明材料（媒体已报道的抢险救灾飞行免交）', '飞行任务结束的时刻', '24 hours', 'false', true),
		  ('DS-10', 'reply', '景府办发〔2023〕10号', '第十条第二款', '数据提供部门答复有条件共享申请（原则上）', '收到书面需求申请之日', '1 working day', 'true', true),
		  ('DS-10', 'provide', '景府办发〔2023〕10号', '第十条第二款', '答复同意后在大数据管理平台提供政务数据', '答复同意共享之日', '5 working days', 'true', true),
		  ('DS-16', 'log_retention', '景府办发〔2023〕10号', '第十六条第三款', '日志记录保留的最短期限（不少于6个月）', '日志记录之日', '6 months', 'false', true),
		  ('IP-01', '', '景府办字〔2023〕52号', '四（二）3', '知识产权行政裁决案件办结', '受理之日', '45 days', 'true', true),
		  ('IP-02', '', '景府办字〔2023〕52号', '四（二）3', '市场执法重点领域知识产权投诉举报回应', '收到投诉举报的时刻', '24 hours', 'false', true),
		  ('IP-03', '', '景府办字〔2023〕52号', '四（四）', '电商案件解决', '受理电商案件的时刻', '72 hours', 'false', true),
		  ('UA-09', 'late_filed', '景府发〔2023〕12号', '第九条', '工程备案后期归档文件资料移交完毕', '竣工验收合格之日', '3 months', 'true', true),
		  ('UA-11', '', '景府发〔2023〕12号', '第十一条', '城市地下管线普查和补测补绘档案移交', '普查、测绘结束之日', '3 months', 'true', true),
		  ('UA-12', 'earliest', '景府发〔2023〕12号', '第十二条', '永久保存价值档案在本单位保管使用的最短期限（早于此移交为提前）', '档案形成之日', '1 year', 'false', true),
		  ('UA-12', 'latest', '景府发〔2023〕12号', '第十二条', '永久保存价值档案在本单位保管使用的最长期限（届满后应移交）', '档案形成之日', '5 years', 'false', true),
		  ('CRED-30', '', '景发改体改字〔2020〕181号', '（三十）', '行政强制、确认、征收、给付、裁决、补偿、奖励、监督检查等行政行为信息上网公开', '作出行政行为之日', '7 working days', 'true', true),
		  ('S003-TL-01', '', '景府发〔2022〕9号', '附件1 第23项 事中事后监管措施', '审查水利工程初步设计审批申报材料', '收到申报材料之日', '5 working days', 'true', true),
		  ('S003-TL-02', '', '景府发〔2022〕9号', '附件1 第25项 事中事后监管措施', '出具一次性告知通知书（逾期未出具的，自收件之日起即为受理）', '收件之日', '5 working days', 'true', true),
		  ('S003-TL-03', '', '景府发〔2022〕9号', '附件1 第29项 事中事后监管措施', '在文化主管部门网站公开举报奖励结果', '作出奖励决定之日', '2 working days', 'true', true),
		  ('S003-TL-04', '', '景府发〔2022〕9号', '附件1 第40项 事中事后监管措施', '有线广播电视运营服务提供者停止某项业务须提前30日通知用户（停止日不得早于期满日）', '通知所涉及用户之日', '30 days', 'false', true),
		  ('S003-TL-06', 'min', '景府发〔2022〕9号', '附件2 第19项 事中事后监管措施', '临时建设批准有效期下限', '批准之日', '1 year', 'false', true),
		  ('S003-TL-06', 'max', '景府发〔2022〕9号', '附件2 第19项 事中事后监管措施', '临时建设批准有效期上限（过期后无条件拆除）', '批准之日', '2 years', 'false', true),
		  ('S003-TL-07', '', '景府发〔2022〕9号', '附件1 第19项 事中事后监管措施', '隐瞒情况或提供虚假材料申请（涉及公共安全等）后一年内不得再次申请', '不予受理或不予许可决定之日', '1 year', 'false', true),
		  ('S003-TL-12', '', '景府发〔2022〕9号', '附件1 第16项 事中事后监管措施', '申请材料齐全、符合法定形式的，当场作出施工许可决定', '提交申请之日', '0 days', 'false', true);
CREATE FUNCTION jdz.hl_limit(category jdz.hl_category, caller_count int DEFAULT 1,
							 is_complex boolean DEFAULT false,
							 special_limit jdz.time_limit DEFAULT NULL)
	RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'hl_limit'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_limit(jdz.hl_category, int, boolean, jdz.time_limit) IS 'HL-12b, 景府办发〔2022〕7号 第十二条: the handling limit of a work order (special_limit if given; 15 working days for 3 or more calls on a complex matter; else the HL-12b row of the category)';
CREATE FUNCTION jdz.hl_due(category jdz.hl_category, signed_at timestamptz, caller_count int DEFAULT 1,
						   is_complex boolean DEFAULT false,
						   special_limit jdz.time_limit DEFAULT NULL,
						   extension jdz.time_limit DEFAULT NULL)
	RETURNS date
	AS 'MODULE_PATHNAME', 'hl_due'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_due(jdz.hl_category, timestamptz, int, boolean, jdz.time_limit, jdz.time_limit) IS 'HL-12b/HL-15, 景府办发〔2022〕7号 第十二、十五条: the last Beijing day to complete a work order signed at signed_at (the signing day never counts; an approved extension counts from the original due date)';
CREATE FUNCTION jdz.hl_is_overdue(category jdz.hl_category, signed_at timestamptz, completed_at timestamptz,
								  caller_count int DEFAULT 1, is_complex boolean DEFAULT false,
								  special_limit jdz.time_limit DEFAULT NULL,
								  extension jdz.time_limit DEFAULT NULL)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'hl_is_overdue'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_is_overdue(jdz.hl_category, timestamptz, timestamptz, int, boolean, jdz.time_limit, jdz.time_limit) IS 'HL-12b: whether the Beijing date of completed_at (now() for an open order) is after jdz.hl_due with the same arguments';
CREATE FUNCTION jdz.hl_extension(original jdz.time_limit, due_on date, requested_at timestamptz,
								 extension jdz.time_limit, prior_extensions int DEFAULT 0,
								 ground jdz.hl_extension_ground DEFAULT NULL,
								 exception_approved boolean DEFAULT false)
	RETURNS jdz.hl_extension_result
	AS 'MODULE_PATHNAME', 'hl_extension'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_extension(jdz.time_limit, date, timestamptz, jdz.time_limit, int, jdz.hl_extension_ground, boolean) IS 'HL-15, 景府办发〔2022〕7号 第十五条: judges an extension request (a ground, before expiry, once unless excepted, not longer than the original limit) and gives the new due date';
UPDATE jdz.rule SET implemented_by = implemented_by || e
  FROM (VALUES
		('HL-11.3', '{HL-11.3/}'::text[]),
		('HL-11.6', '{jdz.hl_is_overdue}'), ('HL-25', '{jdz.hl_is_overdue}'),
		('HL-11.9', '{HL-11.9/}'), ('HL-12a', '{HL-12a/}'),
		('HL-12b', '{jdz.hl_limit,jdz.hl_due,jdz.hl_is_overdue,HL-12b/consultation,HL-12b/help,HL-12b/suggestion,HL-12b/opinion,HL-12b/complaint,HL-12b/report,HL-12b/complex_repeat}'),
		('HL-13', '{HL-13/}'), ('HL-15', '{jdz.hl_extension,jdz.hl_due}'),
		('CA-6.1', '{CA-6.1/}'), ('CA-6.2', '{CA-6.2/}'), ('CA-6.3', '{CA-6.3/}'),
		('CA-6.4', '{CA-6.4/}'), ('CA-6.5', '{CA-6.5/}'), ('CA-6.6', '{CA-6.6/}'),
		('CA-11c', '{CA-11c/settlement,CA-11c/extension_cap}'), ('CA-13', '{CA-13/no_start}'), ('CA-23', '{CA-23/}'),
		('AG-1b', '{AG-1b/}'), ('AG-2a', '{AG-2a/}'), ('GA-19', '{GA-19/}'),
		('GA-33', '{GA-34/}'), ('GA-34', '{GA-34/}'),
		('DS-10b', '{DS-10/reply,DS-10/provide}'), ('DS-16', '{DS-16/log_retention}'),
		('IP-01', '{IP-01/}'), ('IP-02', '{IP-02/}'), ('IP-03', '{IP-03/}'),
		('UA-09', '{UA-09/late_filed}'), ('UA-11', '{UA-11/}'), ('UA-12', '{UA-12/earliest,UA-12/latest}'),
		('CRED-30', '{CRED-30/}'),
		('S003-TL-01', '{S003-TL-01/}'), ('S003-TL-02', '{S003-TL-02/}'), ('S003-TL-03', '{S003-TL-03/}'),
		('S003-TL-04', '{S003-TL-04/}'), ('S003-TL-06', '{S003-TL-06/min,S003-TL-06/max}'),
		('S003-TL-07', '{S003-TL-07/}'), ('S003-TL-12', '{S003-TL-12/}')) AS m(id, e)
 WHERE rule_id = m.id;

-- ---------------------------------------------------------------------------
-- §g Rule mapping (the rows are loaded by part 03 with implemented_by = '{}';
-- part 41 appends its own entries).  Entries: functions and tables jdz.name,
-- time_limit_rule rows rule_id/variant, parameter keys.  The rules the spec
-- marks not computable keep an empty list.
-- ---------------------------------------------------------------------------

UPDATE jdz.rule SET implemented_by = '{jdz.hl_number,jdz.hl_number_mode}' WHERE rule_id = 'HL-16';
UPDATE jdz.rule SET implemented_by = '{jdz.hl_number,jdz.hl_number_mode}' WHERE rule_id = 'HL-17';
UPDATE jdz.rule SET implemented_by = '{hl.satisfaction_target_pct}' WHERE rule_id = 'SAT-1';
UPDATE jdz.rule SET implemented_by = '{dg.policy_commissioners_min,dg.policy_commissioners_max}' WHERE rule_id = 'DG-P';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome}' WHERE rule_id = 'AG-S';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_is_minor,ag.minor_illegal_gain_lt,ag.minor_goods_value_lt,ag.minor_duration_days_lt}' WHERE rule_id = 'AG-1a';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_correction}' WHERE rule_id = 'AG-1b';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome,jdz.ag_item_outcome}' WHERE rule_id = 'AG-1c';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome}' WHERE rule_id = 'AG-1';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_is_first}' WHERE rule_id = 'AG-2a';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome,jdz.ag_item_outcome}' WHERE rule_id = 'AG-2b';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome}' WHERE rule_id = 'AG-2';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome,jdz.ag_item_outcome}' WHERE rule_id = 'AG-3';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_list_item,jdz.ag_item_outcome}' WHERE rule_id = 'AG-L';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_fine_band}' WHERE rule_id = 'AG-F';
UPDATE jdz.rule SET implemented_by = '{jdz.counsellor,jdz.counsellor_status}' WHERE rule_id = 'CN-1';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline}' WHERE rule_id = 'GA-02';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline}' WHERE rule_id = 'GA-16';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_auto_plan,ga.standing_plan_cutoff_hour}' WHERE rule_id = 'GA-20';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,ga.plan_lead_hours}' WHERE rule_id = 'GA-23';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,ga.plan_lead_hours}' WHERE rule_id = 'GA-25';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,ga.plan_lead_hours}' WHERE rule_id = 'GA-26';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,jdz.ga_proof_due}' WHERE rule_id = 'GA-33';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,jdz.ga_proof_due}' WHERE rule_id = 'GA-34';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,jdz.ga_proof_due}' WHERE rule_id = 'GA-35';
UPDATE jdz.rule SET implemented_by = '{jdz.ds_access_path}' WHERE rule_id = 'DS-09';
UPDATE jdz.rule SET implemented_by = '{jdz.ds_access_path}' WHERE rule_id = 'DS-10a';
UPDATE jdz.rule SET implemented_by = '{ds.security_assessments_per_year_min,ds.emergency_drills_per_year_min}' WHERE rule_id = 'DS-16';
UPDATE jdz.rule SET implemented_by = '{ip.cycle_compression_target}' WHERE rule_id = 'IP-04';
UPDATE jdz.rule SET implemented_by = '{cons.enterprise_self_inspections_per_month_min,cons.project_self_inspections_per_week_min}' WHERE rule_id = 'CONS-03';
UPDATE jdz.rule SET implemented_by = '{s003.tl08.patrols_per_quarter_min,s003.tl08.sample_pct_min}' WHERE rule_id = 'S003-TL-08';
UPDATE jdz.rule SET implemented_by = '{s003.tl09.sample_pct_min}' WHERE rule_id = 'S003-TL-09';
UPDATE jdz.rule SET implemented_by = '{s003.tl10.onsite_checks_min}' WHERE rule_id = 'S003-TL-10';
UPDATE jdz.rule SET implemented_by = '{s003.tl11.officers_min}' WHERE rule_id = 'S003-TL-11';
UPDATE jdz.rule SET implemented_by = '{s003.svc08.self_service_hours}' WHERE rule_id = 'S003-SVC-08';

------------------------------------------------------------------------------
-- 41. Reference tables
------------------------------------------------------------------------------

-- extension/parts/41-reference.sql — 41. Reference tables
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Spec 40 §(a) (the types of the dated-rule and reference tables), §(b.1)
-- lookups over the dated-rule tables, §(b.7) delegated powers, §(d.2)–(d.5)
-- the dated-rule tables, §(f) f.1 and f.5–f.9 the reference tables.
-- Every table has a builtin column, is dumped WHERE NOT builtin, is readable
-- by PUBLIC, and is loaded from data/<table>.csv.  The functions read the
-- tables at call time (STABLE); the ones that raise errors are PL/pgSQL with
-- a pinned search_path, the others SQL-standard bodies.

-- 41.1 Types (spec 40 §(a)) ---------------------------------------------------

CREATE TYPE jdz.target_result AS ENUM ('met_on_time', 'met_late', 'not_met');
COMMENT ON TYPE jdz.target_result IS 'result of jdz.target_status: met on or before the due date, met after it, or not met';
CREATE TYPE jdz.comparator AS ENUM ('ge', 'le', 'approx', 'bool');
COMMENT ON TYPE jdz.comparator IS 'how a target is compared: ge (达到/以上/不少于, inclusive), le (≤ a cap), approx (左右, expected quantities: no pass/fail), bool (a milestone, 1 = done)';
CREATE TYPE jdz.power_type AS ENUM
  ('administrative_license', 'administrative_confirmation', 'administrative_penalty',
   'administrative_levy', 'administrative_inspection', 'administrative_reward',
   'administrative_adjudication', 'administrative_payment', 'administrative_filing',
   'other_power_filing', 'other_power_other', 'public_service');
COMMENT ON TYPE jdz.power_type IS 'normalized power type (S003-DEL-02): 行政许可 行政确认 行政处罚 行政征收 行政检查 行政奖励 行政裁决 行政给付 行政备案 其他行政权力—备案 其他行政权力—其他 公共服务';
CREATE TYPE jdz.delegation_mode AS ENUM ('direct_grant', 'entrusted', 'service_forward', 'direct_report');
COMMENT ON TYPE jdz.delegation_mode IS 'delegation mode (S003-DEL-03): 直接赋权 委托行使 服务前移 审批直报';
CREATE TYPE jdz.indicator_span AS ENUM ('annual', 'cumulative', 'state');
COMMENT ON TYPE jdz.indicator_span IS 'span of a mineral-plan indicator (S003-MIN-02): annual, cumulative over the plan period (printed in []), or a state at the end';
CREATE TYPE jdz.indicator_attribute AS ENUM ('expected', 'binding');
COMMENT ON TYPE jdz.indicator_attribute IS 'attribute of a mineral-plan indicator (S003-MIN-02): 预期性 (expected) or 约束性 (binding)';
CREATE TYPE jdz.award_category AS ENUM ('paper', 'monograph', 'popularization');
COMMENT ON TYPE jdz.award_category IS 'award category of 景府字〔2022〕160号 (S003-AWD-01): 论文类 专著类 社科普及类';
CREATE TYPE jdz.award_tier AS ENUM ('first', 'second', 'third');
COMMENT ON TYPE jdz.award_tier IS 'award tier (S003-AWD-02): 一等奖 二等奖 三等奖; the enum order is the rank (first is highest)';

-- 41.2 Dated-rule tables (spec 40 §(d.2)–(d.5)) --------------------------------

CREATE TABLE jdz.annual_date_rule (
	rule_id text NOT NULL,
	variant text NOT NULL DEFAULT '',
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	article text NOT NULL,
	subject text NOT NULL,
	month int NOT NULL CHECK (month BETWEEN 1 AND 12),
	day int NOT NULL CHECK (day BETWEEN 1 AND 31),
	year_offset int NOT NULL DEFAULT 0 CHECK (year_offset BETWEEN 0 AND 5),
	from_year int,
	to_year int,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (rule_id, variant),
	CHECK (make_date(2000, month, day) IS NOT NULL),
	CHECK (to_year IS NULL OR from_year IS NULL OR to_year >= from_year)
);
COMMENT ON TABLE jdz.annual_date_rule IS 'recurring fixed yearly dates (期日, spec 40 §d.2): never moved to a working day, inclusive; read with jdz.annual_date(rule_id, variant, year)';
COMMENT ON COLUMN jdz.annual_date_rule.rule_id IS 'the rule ID (CA-9, CA-18, GA-17, GA-18, CITY-02, S003-TL-05)';
COMMENT ON COLUMN jdz.annual_date_rule.variant IS 'the variant of the rule ('''' when there is one date)';
COMMENT ON COLUMN jdz.annual_date_rule.docno IS 'the document that sets the date';
COMMENT ON COLUMN jdz.annual_date_rule.article IS 'the article of that document';
COMMENT ON COLUMN jdz.annual_date_rule.subject IS 'what must be done by the date, in the words of the text';
COMMENT ON COLUMN jdz.annual_date_rule.month IS 'month of the date';
COMMENT ON COLUMN jdz.annual_date_rule.day IS 'day of the month (inclusive; "11月1日前" in the strict sense is stored as 10-31)';
COMMENT ON COLUMN jdz.annual_date_rule.year_offset IS 'years after the reference year (1 for "下年", "上年度" reports)';
COMMENT ON COLUMN jdz.annual_date_rule.from_year IS 'first reference year the rule applies to (NULL = no bound)';
COMMENT ON COLUMN jdz.annual_date_rule.to_year IS 'last reference year the rule applies to (NULL = open-ended)';
COMMENT ON COLUMN jdz.annual_date_rule.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.annual_date_rule', 'WHERE NOT builtin');
-- rows of data/annual_date_rule.csv
INSERT INTO jdz.annual_date_rule (rule_id, variant, docno, article, subject, month, day, year_offset, from_year, to_year, builtin) VALUES
  ('CA-9', 'current_year', '景民字〔2022〕95号', '第九条', '保障民政对象基本生活的资金当年拨付完毕（原则上）', '12', '31', '0', '2022', NULL, true),
  ('CA-9', 'carryover', '景民字〔2022〕95号', '第九条', '结转资金在下年第一季度前拨付完毕（读作3月31日含）并向上一级报告', '3', '31', '1', '2022', NULL, true),
  ('CA-18', 'evaluation', '景民字〔2022〕95号', '第十八条', '对上年度民生资金分配使用和项目执行情况开展绩效评价（3月底前）', '3', '31', '1', '2022', NULL, true),
  ('CA-18', 'publication', '景民字〔2022〕95号', '第十八条', '门户网站公告上一年度民生资金使用规模等（6月底前；保密的除外）', '6', '30', '1', '2022', NULL, true),
  ('GA-17', 'collection_opens', '景府办发〔2023〕9号', '第十七条', '向社会征集空域使用需求（每年10月份）——开始', '10', '1', '0', '2024', NULL, true),
  ('GA-17', 'collection_closes', '景府办发〔2023〕9号', '第十七条', '向社会征集空域使用需求（每年10月份）——结束', '10', '31', '0', '2024', NULL, true),
  ('GA-18', '', '景府办发〔2023〕9号', '第十八条', '汇总提交江西省通用航空协调运行中心（当年11月1日前，不含11月1日）', '10', '31', '0', '2024', NULL, true),
  ('CITY-02', '', '景城管发〔2020〕39号', '三（三）', '请单位于每年12月15日前将整治情况报送至市城市管理局公用事业科', '12', '15', '0', '2020', '2022', true),
  ('S003-TL-05', 'to_supervisor', '景府发〔2022〕9号', '附件1 第9项；景府字〔2022〕154号 附件 第23项', '社会团体向业务主管单位报送上一年度工作报告（3月31日前）', '3', '31', '1', '2022', NULL, true),
  ('S003-TL-05', 'to_registrar', '景府发〔2022〕9号', '附件1 第9项；景府字〔2022〕154号 附件 第23项', '经业务主管单位初审同意后报送登记管理机关（5月31日前）', '5', '31', '1', '2022', NULL, true);

CREATE TABLE jdz.dated_deadline (
	rule_id text NOT NULL,
	seq int NOT NULL CHECK (seq > 0),
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	article text NOT NULL,
	subject text NOT NULL,
	due_on date NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (rule_id, seq),
	UNIQUE (rule_id, due_on)
);
COMMENT ON TABLE jdz.dated_deadline IS 'one-off report dates (spec 40 §d.3): fixed dates, never moved; read with jdz.next_deadline(rule_id, on_date)';
COMMENT ON COLUMN jdz.dated_deadline.rule_id IS 'the rule ID (CONS-02)';
COMMENT ON COLUMN jdz.dated_deadline.seq IS 'running number of the date within the rule';
COMMENT ON COLUMN jdz.dated_deadline.docno IS 'the document that sets the date';
COMMENT ON COLUMN jdz.dated_deadline.article IS 'the article of that document';
COMMENT ON COLUMN jdz.dated_deadline.subject IS 'what must be reported, in the words of the text';
COMMENT ON COLUMN jdz.dated_deadline.due_on IS 'the last day (inclusive; "每季度末" is the last day of the quarter, even a Saturday)';
COMMENT ON COLUMN jdz.dated_deadline.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.dated_deadline', 'WHERE NOT builtin');
-- rows of data/dated_deadline.csv
INSERT INTO jdz.dated_deadline (rule_id, seq, docno, article, subject, due_on, builtin) VALUES
  ('CONS-02', '1', '景建发〔2020〕156号', '三（一）', '报送专项整治三年行动实施方案及动员部署阶段工作情况（6月20日前）', '2020-06-20', true),
  ('CONS-02', '2', '景建发〔2020〕156号', '三（二）', '报送阶段整治情况（2020年9月25日前）', '2020-09-25', true),
  ('CONS-02', '3', '景建发〔2020〕156号', '三（二）', '报送阶段整治情况（2020年12月25日前）', '2020-12-25', true),
  ('CONS-02', '4', '景建发〔2020〕156号', '三（三）', '每季度末报送阶段整治情况', '2021-03-31', true),
  ('CONS-02', '5', '景建发〔2020〕156号', '三（三）', '每季度末报送阶段整治情况', '2021-06-30', true),
  ('CONS-02', '6', '景建发〔2020〕156号', '三（三）', '每季度末报送阶段整治情况', '2021-09-30', true),
  ('CONS-02', '7', '景建发〔2020〕156号', '三（三）', '每季度末报送阶段整治情况', '2021-12-31', true),
  ('CONS-02', '8', '景建发〔2020〕156号', '三（四）', '每季度末报送阶段整治情况', '2022-03-31', true),
  ('CONS-02', '9', '景建发〔2020〕156号', '三（四）', '每季度末报送阶段整治情况', '2022-06-30', true),
  ('CONS-02', '10', '景建发〔2020〕156号', '三（四）', '每季度末报送阶段整治情况', '2022-09-30', true),
  ('CONS-02', '11', '景建发〔2020〕156号', '三（四）', '每季度末报送阶段整治情况', '2022-12-31', true);

CREATE TABLE jdz.programme_stage (
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	stage text NOT NULL,
	ord int NOT NULL,
	starts_on date NOT NULL,
	ends_on date NOT NULL,
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (docno, stage),
	UNIQUE (docno, ord),
	CHECK (ends_on >= starts_on)
);
COMMENT ON TABLE jdz.programme_stage IS 'programme windows (spec 40 §d.4): inclusive month ranges, which may overlap; a horizon is never an expiry; read with jdz.programme_stages(docno, on_date)';
COMMENT ON COLUMN jdz.programme_stage.docno IS 'the programme document';
COMMENT ON COLUMN jdz.programme_stage.stage IS 'the stage name as printed (动员部署, 排查整治 …)';
COMMENT ON COLUMN jdz.programme_stage.ord IS 'order of the stage in the text';
COMMENT ON COLUMN jdz.programme_stage.starts_on IS 'first day of the stage (inclusive)';
COMMENT ON COLUMN jdz.programme_stage.ends_on IS 'last day of the stage (inclusive)';
COMMENT ON COLUMN jdz.programme_stage.source IS 'the words of the text';
COMMENT ON COLUMN jdz.programme_stage.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.programme_stage', 'WHERE NOT builtin');
-- rows of data/programme_stage.csv
INSERT INTO jdz.programme_stage (docno, stage, ord, starts_on, ends_on, source, builtin) VALUES
  ('景建发〔2020〕156号', '动员部署', '1', '2020-05-01', '2020-06-30', '三（一）动员部署（2020年5月至6月）', true),
  ('景建发〔2020〕156号', '排查整治', '2', '2020-06-01', '2020-12-31', '三（二）排查整治（2020年6月至12月）', true),
  ('景建发〔2020〕156号', '集中攻坚', '3', '2021-01-01', '2021-12-31', '三（三）集中攻坚（2021年）', true),
  ('景建发〔2020〕156号', '巩固提升', '4', '2022-01-01', '2022-12-31', '三（四）巩固提升（2022年）', true),
  ('景城管发〔2020〕39号', '动员部署', '1', '2020-04-01', '2020-05-31', '三（一）动员部署（2020年4月至5月）', true),
  ('景城管发〔2020〕39号', '排查整治', '2', '2020-06-01', '2020-12-31', '三（二）排查整治（2020年6月至12月）', true),
  ('景城管发〔2020〕39号', '集中攻坚', '3', '2021-01-01', '2021-12-31', '三（三）集中攻坚（2021年）', true),
  ('景城管发〔2020〕39号', '巩固提升', '4', '2022-01-01', '2022-12-31', '三（四）巩固提升（2022年）', true),
  ('景府办字〔2023〕52号', '动员部署', '1', '2023-08-01', '2023-12-31', '五（一）动员部署阶段（2023年8月—12月）', true),
  ('景府办字〔2023〕52号', '组织实施', '2', '2023-12-01', '2025-05-31', '五（二）组织实施阶段（2023年12月—2025年5月）', true),
  ('景府办字〔2023〕52号', '总结验收', '3', '2025-06-01', '2025-07-31', '五（三）总结验收阶段（2025年6月—2025年7月）', true),
  ('景府发〔2022〕10号', '基期年', '1', '2020-01-01', '2020-12-31', '《规划》基期年为2020年', true),
  ('景府发〔2022〕10号', '规划期', '2', '2021-01-01', '2025-12-31', '规划期2021-2025年', true),
  ('景府发〔2022〕10号', '展望期', '3', '2026-01-01', '2035-12-31', '展望到2035年', true),
  ('景府发〔2022〕10号', '约束执行期', '4', '2022-12-18', '2025-12-31', '《规划》一经批准，即具有约束力 (binding from issue 2022-12-18 to the end of the plan period, A-26)', true);

CREATE TABLE jdz.plan_target (
	target_id text PRIMARY KEY,
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	rule_id text NOT NULL,
	task_no int,
	due_on date NOT NULL,
	indicator text NOT NULL,
	comparator jdz.comparator NOT NULL,
	target numeric NOT NULL,
	unit text,
	source text,
	builtin boolean NOT NULL DEFAULT false,
	CHECK (comparator <> 'bool' OR target = 1)
);
COMMENT ON TABLE jdz.plan_target IS 'dated targets with an indicator (spec 40 §d.5): digital government (DG-T, DG-G, DG-B), services plan (S003-SVC-01), fire plan (FIRE-06, FIRE-09), CITY-03; read with jdz.target_status(target_id, achieved, achieved_on)';
COMMENT ON COLUMN jdz.plan_target.target_id IS '<rule>-<id>: DG-Tnn-yyyy (milestone of task nn due at the end of yyyy), DG-Tnn-yyyy-qk (its k-th quantified indicator), DG-Gn, DG-Bn, SVC-Mn, FIRE-…, CITY-03';
COMMENT ON COLUMN jdz.plan_target.docno IS 'the plan document';
COMMENT ON COLUMN jdz.plan_target.rule_id IS 'the rule ID (DG-T, DG-G, DG-B, S003-SVC-01, FIRE-06, FIRE-09, CITY-03)';
COMMENT ON COLUMN jdz.plan_target.task_no IS 'task number of the annex of 景府办字〔2022〕45号, else NULL';
COMMENT ON COLUMN jdz.plan_target.due_on IS 'the last day (inclusive; 年底 / 年底前 / 到…年 = 12-31)';
COMMENT ON COLUMN jdz.plan_target.indicator IS 'the indicator or milestone, in the words of the text';
COMMENT ON COLUMN jdz.plan_target.comparator IS 'how the achieved value is compared with the target';
COMMENT ON COLUMN jdz.plan_target.target IS 'the target value (1 for bool milestones)';
COMMENT ON COLUMN jdz.plan_target.unit IS 'the unit of the target (%, 项, 个 …)';
COMMENT ON COLUMN jdz.plan_target.source IS 'verbatim phrase or line of the source, where recorded';
COMMENT ON COLUMN jdz.plan_target.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.plan_target', 'WHERE NOT builtin');
-- rows of data/plan_target.csv
INSERT INTO jdz.plan_target (target_id, docno, rule_id, task_no, due_on, indicator, comparator, target, unit, source, builtin) VALUES
  ('DG-T05-2023-q1', '景府办字〔2022〕45号', 'DG-T', '5', '2023-12-31', '非现场监管资源对接率', 'ge', '50', '%', NULL, true),
  ('DG-T05-2023-q2', '景府办字〔2022〕45号', 'DG-T', '5', '2023-12-31', '监管数据共享率', 'ge', '70', '%', NULL, true),
  ('DG-T07-2023-q1', '景府办字〔2022〕45号', 'DG-T', '7', '2023-12-31', '达到智慧药店建设标准的零售药店占比', 'ge', '80', '%', NULL, true),
  ('DG-T18-2024-q1', '景府办字〔2022〕45号', 'DG-T', '18', '2024-12-31', '智慧水利应用体系（项）', 'ge', '9', '项', NULL, true),
  ('DG-T26-2022-q1', '景府办字〔2022〕45号', 'DG-T', '26', '2022-12-31', '市本级免申即享类事项', 'ge', '25', '项', NULL, true),
  ('DG-T26-2022-q2', '景府办字〔2022〕45号', 'DG-T', '26', '2022-12-31', '市本级即申即享类事项', 'ge', '10', '项', NULL, true),
  ('DG-T26-2022-q3', '景府办字〔2022〕45号', 'DG-T', '26', '2022-12-31', '市本级承诺兑现类事项', 'ge', '30', '项', NULL, true),
  ('DG-T26-2022-q4', '景府办字〔2022〕45号', 'DG-T', '26', '2022-12-31', '各县（市、区）惠企政策兑现服务事项（每县）', 'ge', '20', '项', NULL, true),
  ('DG-T28-2024-q1', '景府办字〔2022〕45号', 'DG-T', '28', '2024-12-31', '民政基本公共服务事项网上办理率', 'ge', '80', '%', NULL, true),
  ('DG-T30-2022-q1', '景府办字〔2022〕45号', 'DG-T', '30', '2022-12-31', '不停车检测点公示启用', 'ge', '16', '个', NULL, true),
  ('DG-T30-2022-q2', '景府办字〔2022〕45号', 'DG-T', '30', '2022-12-31', '一级客运场站可视化', 'ge', '2', '个', NULL, true),
  ('DG-T30-2023-q1', '景府办字〔2022〕45号', 'DG-T', '30', '2023-12-31', '高速路口等主要路口道路交通可视化', 'ge', '9', '个', NULL, true),
  ('DG-T32-2022-q1', '景府办字〔2022〕45号', 'DG-T', '32', '2022-12-31', '智慧医院覆盖率', 'ge', '50', '%', NULL, true),
  ('DG-T32-2023-q1', '景府办字〔2022〕45号', 'DG-T', '32', '2023-12-31', '智慧医院覆盖率', 'ge', '70', '%', NULL, true),
  ('DG-T32-2024-q1', '景府办字〔2022〕45号', 'DG-T', '32', '2024-12-31', '智慧医院覆盖率', 'ge', '80', '%', NULL, true),
  ('DG-T35-2023-q1', '景府办字〔2022〕45号', 'DG-T', '35', '2023-12-31', '4A级以上旅游景区数字应用服务全覆盖的比例', 'ge', '60', '%', NULL, true),
  ('DG-T35-2024-q1', '景府办字〔2022〕45号', 'DG-T', '35', '2024-12-31', '4A级以上旅游景区、市级博物馆数字应用服务全覆盖的比例', 'ge', '90', '%', NULL, true),
  ('DG-T38-2022-q1', '景府办字〔2022〕45号', 'DG-T', '38', '2022-12-31', '赣政通上线内跑事项', 'ge', '40', '项', NULL, true),
  ('DG-T38-2023-q1', '景府办字〔2022〕45号', 'DG-T', '38', '2023-12-31', '机关内部办事“最多跑一次”比例', 'ge', '50', '%', NULL, true),
  ('DG-T54-2022-q1', '景府办字〔2022〕45号', 'DG-T', '54', '2022-12-31', '市本级累计电子证照制照签发种类', 'ge', '260', '种', NULL, true),
  ('DG-T55-2022-q1', '景府办字〔2022〕45号', 'DG-T', '55', '2022-12-31', '电子印（签）章应用场景', 'ge', '3', '个', NULL, true),
  ('DG-T60-2022-q1', '景府办字〔2022〕45号', 'DG-T', '60', '2022-12-31', '供需对接清单完成率', 'ge', '80', '%', NULL, true),
  ('DG-T56-2022', '景府办字〔2022〕45号', 'DG-T', '56', '2022-12-31', '整合热线资源；制定12345政务服务便民热线运行管理办法（试行）；完成与省热线汇聚', 'bool', '1', NULL, NULL, true),
  ('DG-G1', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '执法监管平台承载的监管事项比例', 'ge', '80', '%', NULL, true),
  ('DG-G2', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '公共监管重点领域全流程可追溯比例', 'ge', '90', '%', NULL, true),
  ('DG-G3', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '政务公开标准化规范化建设重点领域', 'ge', '26', '个', NULL, true),
  ('DG-G4', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '公众安全感满意度', 'ge', '95', '%', NULL, true),
  ('DG-G5', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '非涉密政务系统上云率', 'ge', '80', '%', NULL, true),
  ('DG-G6', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '政务外网接入率', 'ge', '80', '%', NULL, true),
  ('DG-G7', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '电子证照用证率', 'ge', '70', '%', NULL, true),
  ('DG-G8', '景府办字〔2022〕45号', 'DG-G', NULL, '2024-12-31', '政府部门电子印章覆盖率', 'ge', '90', '%', NULL, true),
  ('DG-B1', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '智能辅助审批服务事项上线', 'ge', '40', '项', NULL, true),
  ('DG-B2', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '“帮代办”服务事项上线', 'ge', '20', '项', NULL, true),
  ('DG-B3', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '市县两级政务服务大厅全面实现“免证办理”', 'bool', '1', NULL, NULL, true),
  ('DG-B4-q1', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '优质“一件事”上线（40+1）', 'ge', '41', '项', NULL, true),
  ('DG-B4-q2', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '上线的“一件事”包含企业开办', 'bool', '1', NULL, NULL, true),
  ('DG-B5', '景府办字〔2022〕45号', 'DG-B', NULL, '2023-12-31', '政务服务事项“一网通办”率', 'ge', '95', '%', NULL, true),
  ('DG-B6', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '各县（市、区）完成服务事项知识库梳理', 'bool', '1', NULL, NULL, true),
  ('DG-B7', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '构建全方位“好差评”体系', 'bool', '1', NULL, NULL, true),
  ('DG-B8', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '线上线下快速精准兑现的惠企事项', 'ge', '200', '项', NULL, true),
  ('DG-B9', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '民政基本公共服务事项网上办理率', 'ge', '80', '%', NULL, true),
  ('DG-B10', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '全市智慧医院覆盖率', 'ge', '80', '%', NULL, true),
  ('DG-B11', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '4A级以上景区、市级博物馆和重要景区数字应用服务全覆盖', 'bool', '1', NULL, NULL, true),
  ('DG-B12', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '赣政通公职人员使用率', 'ge', '90', '%', NULL, true),
  ('DG-B13', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '基本实现机关内部办事“最多跑一次”', 'bool', '1', NULL, NULL, true),
  ('DG-B14', '景府办字〔2022〕45号', 'DG-B', NULL, '2023-12-31', '完成市县乡三级政务外网升级改造', 'bool', '1', NULL, NULL, true),
  ('DG-B15', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '完善市级大数据中心建设', 'bool', '1', NULL, NULL, true),
  ('DG-B16', '景府办字〔2022〕45号', 'DG-B', NULL, '2023-12-31', '建设一批数字机关', 'bool', '1', NULL, NULL, true),
  ('DG-B18', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '电子印（签）章应用场景', 'ge', '3', '个', NULL, true),
  ('DG-B19', '景府办字〔2022〕45号', 'DG-B', NULL, '2022-12-31', '完成政务服务效能监管平台建设', 'bool', '1', NULL, NULL, true),
  ('DG-B20', '景府办字〔2022〕45号', 'DG-B', NULL, '2023-12-31', '完成工业互联网安全态势感知平台建设', 'bool', '1', NULL, NULL, true),
  ('DG-B21-q1', '景府办字〔2022〕45号', 'DG-B', NULL, '2023-12-31', '非现场监管资源对接率', 'ge', '50', '%', NULL, true),
  ('DG-B21-q2', '景府办字〔2022〕45号', 'DG-B', NULL, '2023-12-31', '监管数据共享率', 'ge', '70', '%', NULL, true),
  ('DG-B22', '景府办字〔2022〕45号', 'DG-B', NULL, '2024-12-31', '城市智慧大脑通用平台基本建设完成', 'bool', '1', NULL, NULL, true),
  ('SVC-M1', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2022-12-31', '市、县、乡、村四级政务服务体系更加完善', 'bool', '1', NULL, NULL, true),
  ('SVC-M2', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2022-12-31', '基本目录统一编制、联合审核、动态管理机制全面建立', 'bool', '1', NULL, NULL, true),
  ('SVC-M3', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2022-12-31', '政务服务中心、便民服务中心通用综合窗口全覆盖', 'bool', '1', NULL, NULL, true),
  ('SVC-M4', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2022-12-31', '高频事项“跨省通办”“一网通办”“智能秒办”，电子证照广泛应用', 'bool', '1', NULL, NULL, true),
  ('SVC-M5', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2025-12-31', '高频事项无差别受理、同标准办理，“免证办”全面推行', 'bool', '1', NULL, NULL, true),
  ('SVC-M6', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2022-12-31', '市、县中心设置7类特色服务窗口并按6+1类设置综合办事窗口', 'bool', '1', NULL, NULL, true),
  ('SVC-M7', '景府办字〔2022〕48号', 'S003-SVC-01', NULL, '2022-12-31', '“一事通办”事项在赣服通和政务服务网上线', 'bool', '1', NULL, NULL, true),
  ('FIRE-06-2020-new', '景府办发〔2020〕4号', 'FIRE-06', NULL, '2020-12-31', '累计新增市政消火栓', 'ge', '450', '个', NULL, true),
  ('FIRE-06-2021-new', '景府办发〔2020〕4号', 'FIRE-06', NULL, '2021-12-31', '累计新增市政消火栓', 'ge', '900', '个', NULL, true),
  ('FIRE-06-2022-new', '景府办发〔2020〕4号', 'FIRE-06', NULL, '2022-12-31', '累计新增市政消火栓', 'ge', '1322', '个', NULL, true),
  ('FIRE-06-2020-repair', '景府办发〔2020〕4号', 'FIRE-06', NULL, '2020-12-31', '累计维修市政消火栓', 'ge', '150', '个', NULL, true),
  ('FIRE-06-2021-repair', '景府办发〔2020〕4号', 'FIRE-06', NULL, '2021-12-31', '累计维修市政消火栓', 'ge', '300', '个', NULL, true),
  ('FIRE-06-2022-repair', '景府办发〔2020〕4号', 'FIRE-06', NULL, '2022-12-31', '累计维修市政消火栓', 'ge', '360', '个', NULL, true),
  ('FIRE-09-2021-radio', '景府办发〔2020〕4号', 'FIRE-09', NULL, '2021-12-31', '350M数字同播系统覆盖全市市区比例', 'ge', '90', '%', NULL, true),
  ('FIRE-09-2021-model', '景府办发〔2020〕4号', 'FIRE-09', NULL, '2021-12-31', '无人机倾斜摄影三维建模（城区面积比例，正文）', 'ge', '30', '%', NULL, true),
  ('FIRE-09-2022-model', '景府办发〔2020〕4号', 'FIRE-09', NULL, '2022-12-31', '无人机倾斜摄影三维建模（城区面积比例，正文）', 'ge', '40', '%', NULL, true),
  ('CITY-03', '景城管发〔2020〕39号', 'CITY-03', NULL, '2020-12-31', '桥梁护栏整治完成（2020年12月）', 'bool', '1', NULL, NULL, true),
  ('DG-T01-2024', '景府办字〔2022〕45号', 'DG-T', '1', '2024-12-31', '通过数字决策系统进行模块化分析和政策模拟来实施趋势预判、精准调控，开展政府数据治理、社会治理和公共服务应用等领域的决策咨询研究，为政府决策提供专业支撑，形成以大数据为支撑的科学化、精准化决策体系。', 'bool', '1', NULL, 'seed 004 L2569', true),
  ('DG-T02-2022', '景府办字〔2022〕45号', 'DG-T', '2', '2022-12-31', '完成景德镇市政务服务效能监管平台建设，能够对全市各部门、各县（市、区）政务服务效能情况进行全面监测。', 'bool', '1', NULL, 'seed 004 L2592', true),
  ('DG-T03-2023', '景府办字〔2022〕45号', 'DG-T', '3', '2023-12-31', '完成景德镇市工业互联网安全态势感知平台建设。', 'bool', '1', NULL, 'seed 004 L2611', true),
  ('DG-T04-2022', '景府办字〔2022〕45号', 'DG-T', '4', '2022-12-31', '建成预算管理一体化系统。', 'bool', '1', NULL, 'seed 004 L2618', true),
  ('DG-T04-2023', '景府办字〔2022〕45号', 'DG-T', '4', '2023-12-31', '基本建成财政数据分析平台和社会保障资金信息管理系统。', 'bool', '1', NULL, 'seed 004 L2618', true),
  ('DG-T04-2024', '景府办字〔2022〕45号', 'DG-T', '4', '2024-12-31', '实现财政数据综合分析利用。', 'bool', '1', NULL, 'seed 004 L2618', true),
  ('DG-T05-2022', '景府办字〔2022〕45号', 'DG-T', '5', '2022-12-31', '形成与全市权力清单相协同的监管事项目录清单并实施动态管理。', 'bool', '1', NULL, 'seed 004 L2634', true),
  ('DG-T05-2023', '景府办字〔2022〕45号', 'DG-T', '5', '2023-12-31', '非现场监管资源对接率达 50％，监管数据共享率达 70％。', 'bool', '1', NULL, 'seed 004 L2634', true),
  ('DG-T06-2024', '景府办字〔2022〕45号', 'DG-T', '6', '2024-12-31', '根据市场主体信用等级分类的等级开展双随机、一公开监管工作，对违法失信者提高双随机抽查频次比例，对守法诚信者减少和降低双随机抽查频次比例。', 'bool', '1', NULL, 'seed 004 L2654', true),
  ('DG-T07-2022', '景府办字〔2022〕45号', 'DG-T', '7', '2022-12-31', '依托赣溯源平台，提升重点食品溯源监管能力。', 'bool', '1', NULL, 'seed 004 L2677', true),
  ('DG-T07-2023', '景府办字〔2022〕45号', 'DG-T', '7', '2023-12-31', '全市 80％以上零售药店达到智慧药店建设标准，入驻线上线下一体化智慧药店服务平台。', 'bool', '1', NULL, 'seed 004 L2677', true),
  ('DG-T08-2024', '景府办字〔2022〕45号', 'DG-T', '8', '2024-12-31', '推进与省级相关系统和数据资源的对接和运用，加快建设工程质量安全监管系统，实现对危大工程、工程消防检测、工地人员、工地扬尘、施工噪声、泥头车等工程施工现场的各项监测数据进行数据采集、共享数据和深度分析。', 'bool', '1', NULL, 'seed 004 L2691', true),
  ('DG-T09-2022', '景府办字〔2022〕45号', 'DG-T', '9', '2022-12-31', '做好信用数据归集共享工作，推进信用主体公共信用综合评价运用。', 'bool', '1', NULL, 'seed 004 L2711', true),
  ('DG-T09-2024', '景府办字〔2022〕45号', 'DG-T', '9', '2024-12-31', '配合省级层面建设科研诚信责任主体评价体系，升级市级信用平台功能模块，加快“信易贷”推广应用，推动全市社会信用体系建设加快发展。', 'bool', '1', NULL, 'seed 004 L2711', true),
  ('DG-T10-2023', '景府办字〔2022〕45号', 'DG-T', '10', '2023-12-31', '建立和完善城市大数据资源中心、云计算中心。', 'bool', '1', NULL, 'seed 004 L2737', true),
  ('DG-T10-2024', '景府办字〔2022〕45号', 'DG-T', '10', '2024-12-31', '城市“智慧大脑”通用平台基本建设完成。', 'bool', '1', NULL, 'seed 004 L2737', true),
  ('DG-T11-2023', '景府办字〔2022〕45号', 'DG-T', '11', '2023-12-31', '搭建智慧社区信息管理平台，构建社区智慧服务体系，完成社区基础设施数字化、智能化改造，建成数字化社区便民服务中心。', 'bool', '1', NULL, 'seed 004 L2754', true),
  ('DG-T12-2024', '景府办字〔2022〕45号', 'DG-T', '12', '2024-12-31', '完成全面依法治市信息化、行政立法信息化、行政执法信息化、刑事执行信息化、公共法律服务信息化、政务管理信息化六大应用建设，建成综合集成、业务协同、信息共享、智能高效的景德镇智慧司法新格局。', 'bool', '1', NULL, 'seed 004 L2768', true),
  ('DG-T13-2022', '景府办字〔2022〕45号', 'DG-T', '13', '2022-12-31', '完成公安基础信息化项目建设。完善公安基础信息化建设，补齐大数据平台基础建设短板，提高我市公安各警种业务数据采集治理的综合效率，为我市公安大数据平台建设奠定丰富高效的数据源泉。', 'bool', '1', NULL, 'seed 004 L2785', true),
  ('DG-T13-2024', '景府办字〔2022〕45号', 'DG-T', '13', '2024-12-31', '推进“雪亮工程”建设，实现公共安全视频监控联网应用。公安信息化基础支撑能力和公安应用支撑体系进一步夯实，智慧公安建设、移动警务应用取得新进展，警务工作数字化转型和警务数据的安全、合法、合规、有条件共享稳步推进。', 'bool', '1', NULL, 'seed 004 L2785', true),
  ('DG-T14-2024', '景府办字〔2022〕45号', 'DG-T', '14', '2024-12-31', '根据省级部署，配合建成农村“法律明白人网校”智慧平台，实现“掌上培养”“指尖服务”。', 'bool', '1', NULL, 'seed 004 L2816', true),
  ('DG-T15-2023', '景府办字〔2022〕45号', 'DG-T', '15', '2023-12-31', '推动“互联网+政务服务”向乡村延伸覆盖，实现涉农服务事项在线办理。', 'bool', '1', NULL, 'seed 004 L2827', true),
  ('DG-T15-2024', '景府办字〔2022〕45号', 'DG-T', '15', '2024-12-31', '推动更多政务服务事项乡村办理“小事不出门、大事不出村”。', 'bool', '1', NULL, 'seed 004 L2827', true),
  ('DG-T16-2022', '景府办字〔2022〕45号', 'DG-T', '16', '2022-12-31', '建成景德镇市国土空间规划“一张图”实施监督信息系统、自然资源卫星遥感应用市级节点，完成自然资源执法监察智能管理平台、景德镇市国土空间基础信息平台等项目建设。', 'bool', '1', NULL, 'seed 004 L2843', true),
  ('DG-T16-2024', '景府办字〔2022〕45号', 'DG-T', '16', '2024-12-31', '基本建成景德镇市国土空间大数据共享与服务平台，基本建成自然资源三维立体时空数据库，实现自然资源调查监测数据成果立体化统一管理。', 'bool', '1', NULL, 'seed 004 L2843', true),
  ('DG-T17-2024', '景府办字〔2022〕45号', 'DG-T', '17', '2024-12-31', '建成市级林长制智慧管理平台，建设景德镇市林长制大数据系统，与省级平台对接，实现数据互通。完成森林防火视频监控系统升级改造，提升设备的覆盖率和在线率、提高防火监控、预警能力。', 'bool', '1', NULL, 'seed 004 L2861', true),
  ('DG-T18-2024', '景府办字〔2022〕45号', 'DG-T', '18', '2024-12-31', '完善监测体系、建设水利云数据中心、完善九项智慧水利应用体系，重点建设完成景德镇市城市防洪管理信息平台建设。', 'bool', '1', NULL, 'seed 004 L2873', true),
  ('DG-T19-2024', '景府办字〔2022〕45号', 'DG-T', '19', '2024-12-31', '按照省生态环境厅工作部署和时序进度要求，配合基本完成生态环境大数据资源中心二期工程，全面推进生态环境智能监管应用建设工程，深化水、气、土、应对气候、固废、辐射、环评、监测、执法等核心业务系统建设。', 'bool', '1', NULL, 'seed 004 L2882', true),
  ('DG-T20-2024', '景府办字〔2022〕45号', 'DG-T', '20', '2024-12-31', '依托江西省“生态云”大数据应用平台，持续完善生态文明建设各类数据。', 'bool', '1', NULL, 'seed 004 L2892', true),
  ('DG-T21-2022', '景府办字〔2022〕45号', 'DG-T', '21', '2022-12-31', '建立健全安全生产综合监控机制。依托全省自然灾害普查成果，初步建成全市灾害数据库。', 'bool', '1', NULL, 'seed 004 L2904', true),
  ('DG-T21-2023', '景府办字〔2022〕45号', 'DG-T', '21', '2023-12-31', '配合省应急厅做好矿山安全风险监测系统建设和危险化学品、烟花爆竹安全风险监测预警系统智能化升级的有关工作，接入全省灾害风险监测综合分析平台。推广应用场景化灾害损失评估模型；逐步完善信息采集设备、通信链路装备、通信警报、通信终端、现场指挥装备、辅助保障装备等。', 'bool', '1', NULL, 'seed 004 L2904', true),
  ('DG-T21-2024', '景府办字〔2022〕45号', 'DG-T', '21', '2024-12-31', '建成符合全省统一要求的“智赣 119”消防物联网大数据平台和市县两级全覆盖的运维中心。', 'bool', '1', NULL, 'seed 004 L2904', true),
  ('DG-T26-2022', '景府办字〔2022〕45号', 'DG-T', '26', '2022-12-31', '梳理汇聚国家省市县四级惠企政策，用好全省统一惠企政策兑现平台“惠企通”，实现政策信息发布同步，兑现服务同步，数据统计同步。完成市本级免申即享类事项 25 项、即申即享类事项 10 项、承诺兑现类事项 30 项，各县（市、区）惠企政策兑现服务事项 20 项。', 'bool', '1', NULL, 'seed 004 L2933', true),
  ('DG-T26-2023', '景府办字〔2022〕45号', 'DG-T', '26', '2023-12-31', '省市县三级符合要求的惠企政策全部实现免申即享、即申即享和承诺兑现。', 'bool', '1', NULL, 'seed 004 L2933', true),
  ('DG-T26-2024', '景府办字〔2022〕45号', 'DG-T', '26', '2024-12-31', '进一步拓展提升“惠企通”平台功能，实现所有惠企政策兑现通过平台完成。', 'bool', '1', NULL, 'seed 004 L2933', true),
  ('DG-T27-2024', '景府办字〔2022〕45号', 'DG-T', '27', '2024-12-31', '建成以社会保障卡为载体的居民服务“一卡通”服务管理模式。', 'bool', '1', NULL, 'seed 004 L2966', true),
  ('DG-T28-2024', '景府办字〔2022〕45号', 'DG-T', '28', '2024-12-31', '实现民政主要业务信息化基本全覆盖，民政基本公共服务事项网上办理率达到 80％以上。', 'bool', '1', NULL, 'seed 004 L2972', true),
  ('DG-T29-2024', '景府办字〔2022〕45号', 'DG-T', '29', '2024-12-31', '“互联网+教育”大平台建设初见成效，智慧阅读、智慧安防等全面推进，实现全市智慧校园全覆盖。', 'bool', '1', NULL, 'seed 004 L2983', true),
  ('DG-T30-2022', '景府办字〔2022〕45号', 'DG-T', '30', '2022-12-31', '全市 16 个不停车检测点全部公示启用。建成第三方安全监测（“两客一危”车辆为主）平台；升级 12328 交通运输服务监督电话平台；实现市西客站、乐平汽车站 2 个一级客运场站可视化。', 'bool', '1', NULL, 'seed 004 L2993', true),
  ('DG-T30-2023', '景府办字〔2022〕45号', 'DG-T', '30', '2023-12-31', '实现浮梁县“四好”农村路可视化；实现市域内 9 个高速路口和普通公路等主要路口道路交通可视化。', 'bool', '1', NULL, 'seed 004 L2993', true),
  ('DG-T30-2024', '景府办字〔2022〕45号', 'DG-T', '30', '2024-12-31', '聚焦综合交通运输重点行业领域，逐步完善智慧交通相关项目。', 'bool', '1', NULL, 'seed 004 L2993', true),
  ('DG-T31-2024', '景府办字〔2022〕45号', 'DG-T', '31', '2024-12-31', '建成覆盖全民、城乡统筹、权责清晰、保障适度、可持续的多层次医疗保障体系。', 'bool', '1', NULL, 'seed 004 L3021', true),
  ('DG-T32-2022', '景府办字〔2022〕45号', 'DG-T', '32', '2022-12-31', '全市智慧医院覆盖率达到 50％。', 'bool', '1', NULL, 'seed 004 L3028', true),
  ('DG-T32-2023', '景府办字〔2022〕45号', 'DG-T', '32', '2023-12-31', '全市智慧医院覆盖率达到 70％。', 'bool', '1', NULL, 'seed 004 L3028', true),
  ('DG-T32-2024', '景府办字〔2022〕45号', 'DG-T', '32', '2024-12-31', '全市智慧医院覆盖率达到 80％，基本建成市县乡三级远程医疗服务体系。', 'bool', '1', NULL, 'seed 004 L3028', true),
  ('DG-T33-2024', '景府办字〔2022〕45号', 'DG-T', '33', '2024-12-31', '推进与省住建大数据平台的对接和运用，汇集房产交易网签数据，实现从房地产开发、房屋交易、物业服务到房屋征收的全生命周期闭环管理。完成住房公积金监管和服务平台改造。', 'bool', '1', NULL, 'seed 004 L3040', true),
  ('DG-T34-2024', '景府办字〔2022〕45号', 'DG-T', '34', '2024-12-31', '建成集招商推介、投资咨询、项目建设、政务服务、投诉维权于一体的投资促进体系。', 'bool', '1', NULL, 'seed 004 L3056', true),
  ('DG-T35-2022', '景府办字〔2022〕45号', 'DG-T', '35', '2022-12-31', '实现全市 5A 级景区数字应用服务全覆盖，市级博物馆数字应用初步覆盖。', 'bool', '1', NULL, 'seed 004 L3068', true),
  ('DG-T35-2023', '景府办字〔2022〕45号', 'DG-T', '35', '2023-12-31', '实现全市 60％的 4A 级以上旅游景区数字应用服务全覆盖，市级博物馆数字应用服务基本覆盖。', 'bool', '1', NULL, 'seed 004 L3068', true),
  ('DG-T35-2024', '景府办字〔2022〕45号', 'DG-T', '35', '2024-12-31', '实现全市 90％的 4A 级以上旅游景区、市级博物馆数字应用服务全覆盖。', 'bool', '1', NULL, 'seed 004 L3068', true),
  ('DG-T36-2022', '景府办字〔2022〕45号', 'DG-T', '36', '2022-12-31', '建成中国陶瓷产业智联网平台。', 'bool', '1', NULL, 'seed 004 L3088', true),
  ('DG-T37-2022', '景府办字〔2022〕45号', 'DG-T', '37', '2022-12-31', '打通“赣政通”“赣服通”服务通道，实现市县乡三级政府系统、所属事业单位全覆盖。', 'bool', '1', NULL, 'seed 004 L3106', true),
  ('DG-T37-2024', '景府办字〔2022〕45号', 'DG-T', '37', '2024-12-31', '分厅门户建设完成，市县乡村四级全覆盖。', 'bool', '1', NULL, 'seed 004 L3106', true),
  ('DG-T38-2022', '景府办字〔2022〕45号', 'DG-T', '38', '2022-12-31', '完成跨部门、跨层级协同事项梳理，赣政通上线内跑事项 40 项。', 'bool', '1', NULL, 'seed 004 L3125', true),
  ('DG-T38-2023', '景府办字〔2022〕45号', 'DG-T', '38', '2023-12-31', '编制“一次不跑”“只跑一次”清单，协同事项网上办理，实现机关内部办事“最多跑一次”达 50％以上。', 'bool', '1', NULL, 'seed 004 L3125', true),
  ('DG-T38-2024', '景府办字〔2022〕45号', 'DG-T', '38', '2024-12-31', '基本实现机关内部办事“最多跑一次”。', 'bool', '1', NULL, 'seed 004 L3125', true),
  ('DG-T39-2024', '景府办字〔2022〕45号', 'DG-T', '39', '2024-12-31', '依托省级统一的决策信息资源系统、政策法规咨询库和决策案例库，构建多源数据智能分析模型和大数据综合分析系统。', 'bool', '1', NULL, 'seed 004 L3152', true),
  ('DG-T40-2022', '景府办字〔2022〕45号', 'DG-T', '40', '2022-12-31', '完善公文立体交换系统功能，实现市级层面电子公文、信息简报的征求意见、文件会签、联合发文等无障碍办理。', 'bool', '1', NULL, 'seed 004 L3169', true),
  ('DG-T40-2024', '景府办字〔2022〕45号', 'DG-T', '40', '2024-12-31', '畅通市县两级层面电子公文、信息简报的征求意见、文件会签、联合发文等无障碍办理。', 'bool', '1', NULL, 'seed 004 L3169', true),
  ('DG-T41-2024', '景府办字〔2022〕45号', 'DG-T', '41', '2024-12-31', '建立完善全市政府会议信息化应用场景，开发机关事务小程序，实行会议在线预定，实现会议组织精细化、会议签到智慧化、会场安排智能化、工作衔接精细化、会议能耗低碳化等全流程智慧会议管理。', 'bool', '1', NULL, 'seed 004 L3192', true),
  ('DG-T42-2024', '景府办字〔2022〕45号', 'DG-T', '42', '2024-12-31', '景德镇市档案馆建成国家级数字档案馆，力争建成全国示范数字档案馆。', 'bool', '1', NULL, 'seed 004 L3213', true),
  ('DG-T43-2022', '景府办字〔2022〕45号', 'DG-T', '43', '2022-12-31', '完成覆盖市县两级的政务外网高清视频会议系统建设。', 'bool', '1', NULL, 'seed 004 L3230', true),
  ('DG-T43-2024', '景府办字〔2022〕45号', 'DG-T', '43', '2024-12-31', '推进政务部门自建视频会议系统对接融合工作，满足跨部门视频会议召开需求。', 'bool', '1', NULL, 'seed 004 L3230', true),
  ('DG-T44-2024', '景府办字〔2022〕45号', 'DG-T', '44', '2024-12-31', '建成基于大数据的考核评价体系，强化督查督办考核结果的分析运用。', 'bool', '1', NULL, 'seed 004 L3247', true),
  ('DG-T45-2024', '景府办字〔2022〕45号', 'DG-T', '45', '2024-12-31', '以数字化改革整合优化政府审批、服务、监管、执法等职责，理顺各部门在数据共享、业务协同等方面的职责关系，构建与数字政府相适应的政府职责体系。', 'bool', '1', NULL, 'seed 004 L3267', true),
  ('DG-T46-2024', '景府办字〔2022〕45号', 'DG-T', '46', '2024-12-31', '推动政府组织运行架构持续优化，实现知识信息共享、组织在线协同和业务高效运转，打造扁平高效、整体联动、弹性敏捷的政府组织运行架构。', 'bool', '1', NULL, 'seed 004 L3283', true),
  ('DG-T47-2022', '景府办字〔2022〕45号', 'DG-T', '47', '2022-12-31', '完成市级信息资源库建设，县级以上政府网站全部支持 IPv6。', 'bool', '1', NULL, 'seed 004 L3303', true),
  ('DG-T48-2022', '景府办字〔2022〕45号', 'DG-T', '48', '2022-12-31', '建成市县两级政务新媒体矩阵，严格政务新媒体信息采集、审核、发布程序，建立网民意见建议审查处置机制。', 'bool', '1', NULL, 'seed 004 L3318', true),
  ('DG-T48-2023', '景府办字〔2022〕45号', 'DG-T', '48', '2023-12-31', '建成市县乡三级政务新媒体矩阵。', 'bool', '1', NULL, 'seed 004 L3318', true),
  ('DG-T49-2022', '景府办字〔2022〕45号', 'DG-T', '49', '2022-12-31', '完成市级政务公开专区建设。政务公开专区实现市级覆盖。', 'bool', '1', NULL, 'seed 004 L3337', true),
  ('DG-T49-2023', '景府办字〔2022〕45号', 'DG-T', '49', '2023-12-31', '政务公开专区实现市县两级覆盖。', 'bool', '1', NULL, 'seed 004 L3337', true),
  ('DG-T50-2022', '景府办字〔2022〕45号', 'DG-T', '50', '2022-12-31', '建立政策专员制度。', 'bool', '1', NULL, 'seed 004 L3356', true),
  ('DG-T50-2024', '景府办字〔2022〕45号', 'DG-T', '50', '2024-12-31', '统筹政府信息公开咨询电话、领导信箱和实体服务大厅等线上线下互动渠道，完成回应资源整合。', 'bool', '1', NULL, 'seed 004 L3356', true),
  ('DG-T51-2023', '景府办字〔2022〕45号', 'DG-T', '51', '2023-12-31', '扩容政务云平台计算、存储、网络和安全资源，统筹全市政务云灾备服务体系建设，建立安全可控的政务云灾备能力，定时同步主数据中心和灾备中心数据。', 'bool', '1', NULL, 'seed 004 L3380', true),
  ('DG-T51-2024', '景府办字〔2022〕45号', 'DG-T', '51', '2024-12-31', '完善全市政务云及政务大数据中心建设。', 'bool', '1', NULL, 'seed 004 L3380', true),
  ('DG-T52-2022', '景府办字〔2022〕45号', 'DG-T', '52', '2022-12-31', '完成市级城域网核心节点改造、主用网络带宽扩容工作。', 'bool', '1', NULL, 'seed 004 L3403', true),
  ('DG-T52-2023', '景府办字〔2022〕45号', 'DG-T', '52', '2023-12-31', '县级城域网核心节点改造、备用网络带宽扩容；建成市政务外网网络安全态势感知平台；完成部门业务专网迁移。', 'bool', '1', NULL, 'seed 004 L3403', true),
  ('DG-T52-2024', '景府办字〔2022〕45号', 'DG-T', '52', '2024-12-31', '实现政务外网村（社区）“最后一公里”网络接入。', 'bool', '1', NULL, 'seed 004 L3403', true),
  ('DG-T53-2023', '景府办字〔2022〕45号', 'DG-T', '53', '2023-12-31', '政务外网骨干设备支持 IPv6，实施IPv4／IPv6 双栈部署；建成政务外网 IPv6 发展监测平台。', 'bool', '1', NULL, 'seed 004 L3428', true),
  ('DG-T53-2024', '景府办字〔2022〕45号', 'DG-T', '53', '2024-12-31', '政务外网全面支持 IPv6，实施 IPv4／IPv6 双栈部署。', 'bool', '1', NULL, 'seed 004 L3428', true),
  ('DG-T54-2022', '景府办字〔2022〕45号', 'DG-T', '54', '2022-12-31', '完善电子证照种类，完成市本级累计 260 种以上电子证照的制照签发。', 'bool', '1', NULL, 'seed 004 L3452', true),
  ('DG-T54-2024', '景府办字〔2022〕45号', 'DG-T', '54', '2024-12-31', '企业群众办事所需证照数据全面电子化，电子证照在交通出行、文化旅游、医疗卫生、社会保障、普惠金融等企业和群众关注度高的场景深度应用。', 'bool', '1', NULL, 'seed 004 L3452', true),
  ('DG-T55-2022', '景府办字〔2022〕45号', 'DG-T', '55', '2022-12-31', '建设统一电子印章系统，面向各部门、商事主体和自然人提供电子印章相关服务能力，围绕住建、自然资源和规划、住房公积金等领域打造 3 个电子印（签）章应用场景。', 'bool', '1', NULL, 'seed 004 L3472', true),
  ('DG-T55-2023', '景府办字〔2022〕45号', 'DG-T', '55', '2023-12-31', '实现电子印章在政务服务领域企业提交可信材料、政府全程在线审批等业务场景中的便捷应用，高频涉企事项接入电子印章服务。', 'bool', '1', NULL, 'seed 004 L3472', true),
  ('DG-T55-2024', '景府办字〔2022〕45号', 'DG-T', '55', '2024-12-31', '探索电子印章在商业银行、融资担保机构、征信机构等社会机构或者商业机构的应用。', 'bool', '1', NULL, 'seed 004 L3472', true),
  ('DG-T56-2023', '景府办字〔2022〕45号', 'DG-T', '56', '2023-12-31', '全面实现 12345 热线与 110 平台互联互通、相关数据资源共享，不断提升对接联动工作规范化、专业化、智能化水平。', 'bool', '1', NULL, 'seed 004 L3503', true),
  ('DG-T56-2024', '景府办字〔2022〕45号', 'DG-T', '56', '2024-12-31', '建立工单派发体系 app，为部门充分协商、领导高位推动提供平台。促进诉求工单的顺利交办，促进企业群众诉求的有效解决。', 'bool', '1', NULL, 'seed 004 L3503', true),
  ('DG-T57-2022', '景府办字〔2022〕45号', 'DG-T', '57', '2022-12-31', '依据省里出台的政务地理空间共享交换标准规范体系，建立景德镇市政务地理信息数据共享规范及数据目录，形成全市统一的地理空间信息高频库，搭建政务地理空间基础数据平台。', 'bool', '1', NULL, 'seed 004 L3523', true),
  ('DG-T57-2023', '景府办字〔2022〕45号', 'DG-T', '57', '2023-12-31', '形成政务地理信息数据资源体系管理与应用服务支撑信息化机制，按需为全市各市（委）局提供数据服务。', 'bool', '1', NULL, 'seed 004 L3523', true),
  ('DG-T57-2024', '景府办字〔2022〕45号', 'DG-T', '57', '2024-12-31', '完善各类地理空间数据质量，提高平台数据共享和公共支撑能力。', 'bool', '1', NULL, 'seed 004 L3523', true),
  ('DG-T58-2023', '景府办字〔2022〕45号', 'DG-T', '58', '2023-12-31', '协调各地各部门运维力量，建立分级运维管理制度，明确运维对象，细化职责。', 'bool', '1', NULL, 'seed 004 L3547', true),
  ('DG-T58-2024', '景府办字〔2022〕45号', 'DG-T', '58', '2024-12-31', '构建顺畅高效的运维保障机制，制定运维服务标准规范。构建政企合作的长效运营机制，开展数字政府建设运营。', 'bool', '1', NULL, 'seed 004 L3547', true),
  ('DG-T59-2023', '景府办字〔2022〕45号', 'DG-T', '59', '2023-12-31', '完成高频共享库、特色主题和专题资源库、社会数据数据库建设。拓展省级回流数据应用。', 'bool', '1', NULL, 'seed 004 L3563', true),
  ('DG-T60-2022', '景府办字〔2022〕45号', 'DG-T', '60', '2022-12-31', '编制完善年度共享责任清单和供需对接清单，实现供需对接清单完成率80％以上。', 'bool', '1', NULL, 'seed 004 L3574', true),
  ('DG-T60-2024', '景府办字〔2022〕45号', 'DG-T', '60', '2024-12-31', '建立动态调整、年度更新的清单化管理机制。', 'bool', '1', NULL, 'seed 004 L3574', true),
  ('DG-T61-2023', '景府办字〔2022〕45号', 'DG-T', '61', '2023-12-31', '完成市政务数据共享交换平台向乡镇（街道）延伸，建立乡镇（街道）与部门政务信息系统数据资源共享交换机制。', 'bool', '1', NULL, 'seed 004 L3592', true),
  ('DG-T61-2024', '景府办字〔2022〕45号', 'DG-T', '61', '2024-12-31', '建立覆盖市县乡（街道）数据资源共享交换机制。', 'bool', '1', NULL, 'seed 004 L3592', true),
  ('DG-T62-2023', '景府办字〔2022〕45号', 'DG-T', '62', '2023-12-31', '建立政企数据融合的标准规范和对接机制，将水、电、气等主要公共服务数据纳入开放范围。', 'bool', '1', NULL, 'seed 004 L3628', true),
  ('DG-T63-2023', '景府办字〔2022〕45号', 'DG-T', '63', '2023-12-31', '探索建立新型大数据综合交易体制。', 'bool', '1', NULL, 'seed 004 L3639', true),
  ('DG-T63-2024', '景府办字〔2022〕45号', 'DG-T', '63', '2024-12-31', '探索建立市大数据交易中心。', 'bool', '1', NULL, 'seed 004 L3639', true),
  ('DG-T64-2024', '景府办字〔2022〕45号', 'DG-T', '64', '2024-12-31', '构建全方位、多层级、一体化安全防护体系，形成跨地区、跨部门的协同联动机制；建成数字政府安全评估、责任落实和重大事件处置机制。', 'bool', '1', NULL, 'seed 004 L3652', true),
  ('DG-T65-2024', '景府办字〔2022〕45号', 'DG-T', '65', '2024-12-31', '建立健全数据分类分级保护、风险评估、检测认证等制度，建立健全网络安全监测预警机制。', 'bool', '1', NULL, 'seed 004 L3664', true),
  ('DG-T66-2024', '景府办字〔2022〕45号', 'DG-T', '66', '2024-12-31', '建成动态监控、主动防御、协同响应的数字政府安全技术保障体系，推动安全可靠技术和产品在重要领域的应用。', 'bool', '1', NULL, 'seed 004 L3674', true);

-- 41.3 Lookups over the dated-rule tables (spec 40 §b.1) -----------------------

-- F1: the fixed yearly date of a rule for a reference year (never moved).
CREATE FUNCTION jdz.annual_date(rule_id text, variant text, year int) RETURNS date
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	r jdz.annual_date_rule;
	known text;
BEGIN
	SELECT a.* INTO r FROM jdz.annual_date_rule a
	 WHERE a.rule_id = annual_date.rule_id AND a.variant = annual_date.variant;
	IF NOT FOUND THEN
		SELECT string_agg(quote_literal(a.variant), ', ' ORDER BY a.variant COLLATE "C") INTO known
		  FROM jdz.annual_date_rule a WHERE a.rule_id = annual_date.rule_id;
		IF known IS NULL THEN
			RAISE EXCEPTION 'unknown annual date rule "%"', left(annual_date.rule_id, 100)
				USING ERRCODE = '22023',
					  DETAIL = 'jdz.annual_date_rule has no row for this rule (spec 40 §d.2).',
					  HINT = 'The rules with yearly dates are: ' ||
						(SELECT string_agg(DISTINCT a.rule_id, ', ') FROM jdz.annual_date_rule a) || '.';
		END IF;
		RAISE EXCEPTION 'unknown variant "%" of annual date rule %', left(annual_date.variant, 100), annual_date.rule_id
			USING ERRCODE = '22023',
				  DETAIL = format('The variants of %s are: %s.', annual_date.rule_id, known);
	END IF;
	IF (r.from_year IS NOT NULL AND annual_date.year < r.from_year)
	   OR (r.to_year IS NOT NULL AND annual_date.year > r.to_year)
	   OR annual_date.year < 1 OR annual_date.year > 5874890 THEN
		RAISE EXCEPTION 'year % is outside the years of rule %', annual_date.year, r.rule_id
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s %s: %s', r.rule_id, r.docno, r.article, r.subject),
				  HINT = format('%s covers the %s years %s–%s.', r.rule_id,
							CASE WHEN r.rule_id LIKE 'CITY-%' OR r.rule_id LIKE 'GA-%' THEN 'programme' ELSE 'reference' END,
							coalesce(r.from_year::text, '1'), coalesce(r.to_year::text, ''));
	END IF;
	IF r.month = 2 AND r.day = 29 AND NOT (
		   (annual_date.year + r.year_offset) % 4 = 0
		   AND ((annual_date.year + r.year_offset) % 100 <> 0 OR (annual_date.year + r.year_offset) % 400 = 0)) THEN
		RAISE EXCEPTION 'year % has no 29 February for rule %', annual_date.year + r.year_offset, r.rule_id
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s %s', r.rule_id, r.docno, r.article),
				  HINT = 'A fixed date is never moved or clamped; correct the row of jdz.annual_date_rule.';
	END IF;
	RETURN make_date(annual_date.year + r.year_offset, r.month, r.day);
END
$f$;
COMMENT ON FUNCTION jdz.annual_date(text, text, int) IS 'the fixed yearly date of a jdz.annual_date_rule row for a reference year (spec 40 F1; CA-9, CA-18, GA-17, GA-18, CITY-02, S003-TL-05): make_date(year + year_offset, month, day), never moved, inclusive; 22023 for an unknown rule or variant (detail lists the variants) or a year outside [from_year, to_year]';

-- F2: the next one-off report date of a rule on or after a day.
CREATE FUNCTION jdz.next_deadline(rule_id text, on_date date) RETURNS date
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	d date;
BEGIN
	SELECT min(x.due_on) INTO d FROM jdz.dated_deadline x
	 WHERE x.rule_id = next_deadline.rule_id AND x.due_on >= next_deadline.on_date;
	IF d IS NULL AND NOT EXISTS (SELECT 1 FROM jdz.dated_deadline x WHERE x.rule_id = next_deadline.rule_id) THEN
		RAISE EXCEPTION 'unknown dated deadline rule "%"', left(next_deadline.rule_id, 100)
			USING ERRCODE = '22023',
				  DETAIL = 'jdz.dated_deadline has no row for this rule (spec 40 §d.3).',
				  HINT = 'The rules with one-off report dates are: ' ||
					coalesce((SELECT string_agg(DISTINCT x.rule_id, ', ') FROM jdz.dated_deadline x), 'none') || '.';
	END IF;
	RETURN d;
END
$f$;
COMMENT ON FUNCTION jdz.next_deadline(text, date) IS 'the smallest due_on >= on_date among the jdz.dated_deadline rows of a rule (spec 40 F2; CONS-02): on a deadline day that deadline is still the next one; NULL after the last; 22023 if the rule has no rows';

-- F3: the stages of a programme running on a day.
CREATE FUNCTION jdz.programme_stages(docno jdz.docno, on_date date) RETURNS text[]
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	s text[];
BEGIN
	SELECT array_agg(p.stage ORDER BY p.ord) INTO s FROM jdz.programme_stage p
	 WHERE p.docno = programme_stages.docno
	   AND p.starts_on <= programme_stages.on_date AND programme_stages.on_date <= p.ends_on;
	IF s IS NULL THEN
		IF NOT EXISTS (SELECT 1 FROM jdz.programme_stage p WHERE p.docno = programme_stages.docno) THEN
			RAISE EXCEPTION 'document % has no programme stages', programme_stages.docno
				USING ERRCODE = '22023',
					  DETAIL = 'jdz.programme_stage has no row for this document (spec 40 §d.4).',
					  HINT = 'The documents with programme stages are: ' ||
						coalesce((SELECT string_agg(DISTINCT p.docno::text, ', ') FROM jdz.programme_stage p), 'none') || '.';
		END IF;
		RETURN '{}'::text[];
	END IF;
	RETURN s;
END
$f$;
COMMENT ON FUNCTION jdz.programme_stages(jdz.docno, date) IS 'the names of the jdz.programme_stage rows of a document with starts_on <= on_date <= ends_on, ordered by ord (spec 40 F3; CONS-01, CITY-01, IP-05, S003-MIN-01): stages may overlap; ''{}'' outside every stage; 22023 if the document has no stages';

-- F4: whether a dated target was met, and on time.
CREATE FUNCTION jdz.target_status(target_id text, achieved numeric, achieved_on date) RETURNS jdz.target_result
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	t jdz.plan_target;
	met boolean;
BEGIN
	SELECT p.* INTO t FROM jdz.plan_target p WHERE p.target_id = target_status.target_id;
	IF NOT FOUND THEN
		IF target_status.target_id ~ '^DG-T2[2-5](-|$)' THEN
			RAISE EXCEPTION 'unknown target "%"', target_status.target_id
				USING ERRCODE = '22023',
					  DETAIL = 'DG-T, 景府办字〔2022〕45号 附件: tasks 22–25 are missing from the source (a page is lost), so they have no targets (A-1).',
					  HINT = 'No rows are invented for tasks 22–25; a DBA who has the full text may add them to jdz.plan_target.';
		END IF;
		RAISE EXCEPTION 'unknown target "%"', left(target_status.target_id, 100)
			USING ERRCODE = '22023',
				  DETAIL = 'jdz.plan_target has no row with this target_id (spec 40 §d.5).',
				  HINT = 'Target ids look like DG-T32-2022-q1, DG-G1, DG-B4-q1, SVC-M1, FIRE-06-2022-new, CITY-03.';
	END IF;
	IF target_status.achieved = 'NaN'::numeric OR target_status.achieved IN ('Infinity'::numeric, '-Infinity'::numeric) THEN
		RAISE EXCEPTION 'achieved must be a finite number, not %', target_status.achieved
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s: %s', t.rule_id, t.docno, t.indicator);
	END IF;
	IF t.comparator = 'approx' THEN
		RAISE EXCEPTION 'target % is approximate and has no pass or fail', t.target_id
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s: %s (左右 / expected quantity, A-40, A-41)', t.rule_id, t.docno, t.indicator),
				  HINT = 'Compare the achieved value with jdz.plan_target.target yourself; the text defines no tolerance.';
	ELSIF t.comparator = 'bool' THEN
		IF target_status.achieved NOT IN (0, 1) THEN
			RAISE EXCEPTION 'achieved must be 0 or 1 for milestone %, not %', t.target_id, target_status.achieved
				USING ERRCODE = '22023',
					  DETAIL = format('%s, %s: %s', t.rule_id, t.docno, t.indicator),
					  HINT = 'Pass 1 when the milestone is done, 0 when it is not.';
		END IF;
		met := target_status.achieved = 1;
	ELSIF t.comparator = 'ge' THEN
		met := target_status.achieved >= t.target;
	ELSE
		met := target_status.achieved <= t.target;
	END IF;
	IF NOT met THEN
		RETURN 'not_met';
	ELSIF target_status.achieved_on <= t.due_on THEN
		RETURN 'met_on_time';
	END IF;
	RETURN 'met_late';
END
$f$;
COMMENT ON FUNCTION jdz.target_status(text, numeric, date) IS 'met_on_time, met_late or not_met for a jdz.plan_target row (spec 40 F4; DG-T, DG-G, DG-B, S003-SVC-01, FIRE-06, FIRE-09, CITY-03): ge achieved >= target, le achieved <= target, bool achieved = 1, compared exactly; 22023 for an unknown target (hint for tasks 22–25, A-1), a bool target with achieved other than 0 or 1, an approx target, a non-finite achieved';

-- 41.4 Delegated powers (spec 40 §f.6) ------------------------------------------

CREATE TABLE jdz.delegated_power (
	list_id text NOT NULL CHECK (list_id IN ('D1-A1', 'D1-A2', 'D3-A')),
	item_no int NOT NULL CHECK (item_no > 0),
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	name text NOT NULL,
	power_type jdz.power_type NOT NULL,
	raw_type text NOT NULL,
	implementer text NOT NULL,
	implementer_level text NOT NULL CHECK (implementer_level IN ('provincial', 'city', 'county')),
	holder text NOT NULL CHECK (holder IN ('景德镇高新区', '昌南新区')),
	mode jdz.delegation_mode,
	remark text NOT NULL DEFAULT '',
	industrial_only boolean NOT NULL DEFAULT false,
	precondition text,
	source_line text NOT NULL,
	repealed_on date,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (list_id, item_no)
);
COMMENT ON TABLE jdz.delegated_power IS 'the 91 delegated powers (spec 40 §f.6; S003-DEL-01..03, -09): D1-A1 (46 provincial powers) and D1-A2 (21 city powers) to 景德镇高新区 under 景府发〔2022〕9号, D3-A (24 powers) to 昌南新区 under 景府字〔2022〕154号';
COMMENT ON COLUMN jdz.delegated_power.list_id IS 'the list: D1-A1, D1-A2 (景府发〔2022〕9号 附件1, 附件2) or D3-A (景府字〔2022〕154号 附件)';
COMMENT ON COLUMN jdz.delegated_power.item_no IS 'the 序号 of the item in its list';
COMMENT ON COLUMN jdz.delegated_power.docno IS 'the document of the list';
COMMENT ON COLUMN jdz.delegated_power.name IS '赋权事项名称, inner spaces removed; not unique across lists (A-36)';
COMMENT ON COLUMN jdz.delegated_power.power_type IS 'the normalized power type (S003-DEL-02)';
COMMENT ON COLUMN jdz.delegated_power.raw_type IS 'the power type as printed (e.g. 其他行政权一备案)';
COMMENT ON COLUMN jdz.delegated_power.implementer IS 'the 实施机关 / 实施部门 column, verbatim';
COMMENT ON COLUMN jdz.delegated_power.implementer_level IS 'provincial (D1-A1), city, or county (D3-A items of 浮梁县政府)';
COMMENT ON COLUMN jdz.delegated_power.holder IS 'the zone that receives the power: 景德镇高新区 or 昌南新区';
COMMENT ON COLUMN jdz.delegated_power.mode IS 'the delegation mode (S003-DEL-03); NULL for D1-A1, which has no such column (A-45)';
COMMENT ON COLUMN jdz.delegated_power.remark IS 'the 备注, verbatim ('''' when empty)';
COMMENT ON COLUMN jdz.delegated_power.industrial_only IS 'true when the 备注 is 仅限工业项目 (S003-DEL-08)';
COMMENT ON COLUMN jdz.delegated_power.precondition IS 'a procedural precondition of the 备注, verbatim (S003-DEL-09); not evaluated';
COMMENT ON COLUMN jdz.delegated_power.source_line IS 'the line(s) of raw seed 003 the row comes from';
COMMENT ON COLUMN jdz.delegated_power.repealed_on IS 'the first day the item is no longer delegated; NULL for all shipped rows';
COMMENT ON COLUMN jdz.delegated_power.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.delegated_power', 'WHERE NOT builtin');
-- rows of data/delegated_power.csv
INSERT INTO jdz.delegated_power (list_id, item_no, docno, name, power_type, raw_type, implementer, implementer_level, holder, mode, remark, industrial_only, precondition, source_line, builtin) VALUES
  ('D1-A1', '1', '景府发〔2022〕9号', '印刷企业设立、变更、兼并、合并、分立审批', 'administrative_license', '行政许可', '省新闻出版局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '97,100', true),
  ('D1-A1', '2', '景府发〔2022〕9号', '音像制品、电子出版物复制单位设立、变更、兼并、合并、分立审批', 'administrative_license', '行政许可', '省新闻出版局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '101', true),
  ('D1-A1', '3', '景府发〔2022〕9号', '固定资产投资核准(含国发〔2016〕72号文件规定的外商投资项目)', 'administrative_license', '行政许可', '省政府(由省发展改革委、省工业和信息化厅承办)', 'provincial', '景德镇高新区', NULL, '赋予国家级开发区以下权限：城市供气设施项目核准、隧道项目核准、水电站项目核准、农林生物质发电非供热项目核准、风电项目核准、国家规划矿区内的其余煤炭开发项目和一般煤炭开发项目核准、旅游项目核准。', 'false', NULL, '102', true),
  ('D1-A1', '4', '景府发〔2022〕9号', '固定资产投资项目节能审查', 'administrative_license', '行政许可', '省工业和信息化厅', 'provincial', '景德镇高新区', NULL, '赋予国家级开发区以下权限：工业企业固定资产投资（技改）项目节能审查。', 'false', NULL, '105', true),
  ('D1-A1', '5', '景府发〔2022〕9号', '国家重点建设和国家核准水电站项目竣工验收', 'administrative_license', '行政许可', '省能源局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '106', true),
  ('D1-A1', '6', '景府发〔2022〕9号', '对学校组织学生参加社会团体、社会文化部门和其他社会组织举办的艺术比赛或活动的报告或者备案', 'other_power_filing', '其他行政权力一备案', '省教育厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '107', true),
  ('D1-A1', '7', '景府发〔2022〕9号', '技术合同认定登记', 'administrative_confirmation', '行政确认', '省科技厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '108', true),
  ('D1-A1', '8', '景府发〔2022〕9号', '国家鼓励发展的内外资(技改)项目确认', 'administrative_confirmation', '行政 确认', '省工业和信息化厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '111', true),
  ('D1-A1', '9', '景府发〔2022〕9号', '社会团体成立、变更、注销登记及修改章程核准', 'administrative_license', '行政 许可', '省民政厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '112', true),
  ('D1-A1', '10', '景府发〔2022〕9号', '民办非企业单位成立、变更、注销登记及修改章程核准', 'administrative_license', '行政 许可', '省民政厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '113', true),
  ('D1-A1', '11', '景府发〔2022〕9号', '中介机构从事代理记账业务审批', 'administrative_license', '行政许可', '省财政厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '116', true),
  ('D1-A1', '12', '景府发〔2022〕9号', '永久基本农田划区定界验收确认', 'administrative_confirmation', '行政确认', '省自然资源厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '117', true),
  ('D1-A1', '13', '景府发〔2022〕9号', '房地产开发企业资质核定', 'administrative_license', '行政许可', '省住房城乡建设厅', 'provincial', '景德镇高新区', NULL, '赋予国家级开发区以下权限: 房地产开发企业资质核定(二级)。', 'false', NULL, '118', true),
  ('D1-A1', '14', '景府发〔2022〕9号', '房屋建筑和市政基础设施工程施工招标投标有关事项备案', 'other_power_filing', '其他行政权力一备案', '省住房城乡建设厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '119', true),
  ('D1-A1', '15', '景府发〔2022〕9号', '公路建设项目设计文件审批', 'administrative_license', '行政许可', '省交通运输厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '120', true),
  ('D1-A1', '16', '景府发〔2022〕9号', '公路建设项目施工许可', 'administrative_license', '行政许可', '省交通运输厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '123', true),
  ('D1-A1', '17', '景府发〔2022〕9号', '公路建设项目竣工验收', 'administrative_license', '行政许可', '省交通运输厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '124', true),
  ('D1-A1', '18', '景府发〔2022〕9号', '公路工程交工验收报告备案', 'other_power_filing', '其他行政权力—备案', '省交通运输厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '125', true),
  ('D1-A1', '19', '景府发〔2022〕9号', '更新采伐护路林审批', 'administrative_license', '行政许可', '省交通运输厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '126', true),
  ('D1-A1', '20', '景府发〔2022〕9号', '道路运输企业及相关业务经营者质量信誉考核', 'other_power_other', '其他行政权力—其他', '省交通运输厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '127', true),
  ('D1-A1', '21', '景府发〔2022〕9号', '取水许可', 'administrative_license', '行政许可', '省水利厅', 'provincial', '景德镇高新区', NULL, '国家级开发区具有用水总量控制指标的，可以认领。', 'false', NULL, '130', true),
  ('D1-A1', '22', '景府发〔2022〕9号', '生产建设项目水土保持方案审批', 'administrative_license', '行政许可', '省水利厅', 'provincial', '景德镇高新区', NULL, '与省发展改革委等部门的生产建设项目立项权同步赋予国家级开发区。', 'false', '与省发展改革委等部门的生产建设项目立项权同步赋予国家级开发区。', '131', true),
  ('D1-A1', '23', '景府发〔2022〕9号', '水利基建项目初步设计文件审批', 'administrative_license', '行政许可', '省水利厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '132', true),
  ('D1-A1', '24', '景府发〔2022〕9号', '占用农业灌溉水源、灌排工程设施审批', 'administrative_license', '行政许可', '省水利厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '135', true),
  ('D1-A1', '25', '景府发〔2022〕9号', '外国人在我国对国家重点保护水生野生动物进行野外考察或者在野外拍摄电影、录像等活动审批', 'administrative_license', '行政许可', '省农业农村厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '136', true),
  ('D1-A1', '26', '景府发〔2022〕9号', '报废机动车回收企业资质认定', 'administrative_license', '行政许可', '省政府(由省商务厅承办)', 'provincial', '景德镇高新区', NULL, '国家级开发区具有商务职能的, 可以认领。', 'false', NULL, '139', true),
  ('D1-A1', '27', '景府发〔2022〕9号', '对外劳务合作项目审查', 'other_power_other', '其他行政权力—其他', '省商务厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '140', true),
  ('D1-A1', '28', '景府发〔2022〕9号', '外派劳务招收备案', 'other_power_filing', '其他行政权力—备案', '省商务厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '141', true),
  ('D1-A1', '29', '景府发〔2022〕9号', '对违反营业性演出有关管理规定行为举报人的奖励', 'administrative_reward', '行政奖励', '省文化和旅游厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '142', true),
  ('D1-A1', '30', '景府发〔2022〕9号', '非重点动漫企业年审', 'other_power_other', '其他行政权力—其他', '省文化和旅游厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '143', true),
  ('D1-A1', '31', '景府发〔2022〕9号', '金属冶炼建设项目安全设施设计审查', 'administrative_license', '行政许可', '省应急厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '146', true),
  ('D1-A1', '32', '景府发〔2022〕9号', '生产、储存危险化学品建设项目安全条件审查', 'administrative_license', '行政许可', '省应急厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '147', true),
  ('D1-A1', '33', '景府发〔2022〕9号', '生产、储存危险化学品建设项目安全设施设计审查', 'administrative_license', '行政许可', '省应急厅', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '148', true),
  ('D1-A1', '34', '景府发〔2022〕9号', '企业登记注册', 'administrative_license', '行政许可', '省市场监管局', 'provincial', '景德镇高新区', NULL, '不含外商投资企业登记注册。', 'false', NULL, '149', true),
  ('D1-A1', '35', '景府发〔2022〕9号', '食品生产许可', 'administrative_license', '行政许可', '省市场监管局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '150', true),
  ('D1-A1', '36', '景府发〔2022〕9号', '股权(基金份额、证券除外)出质登记', 'administrative_confirmation', '行政确认', '省市场监管局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '153', true),
  ('D1-A1', '37', '景府发〔2022〕9号', '合同格式条款备案', 'other_power_filing', '其他行政权力一备案', '省市场监管局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '154', true),
  ('D1-A1', '38', '景府发〔2022〕9号', '移动式压力容器、气瓶充装许可', 'administrative_license', '行政许可', '省市场监管局', 'provincial', '景德镇高新区', NULL, '赋予国家级开发区以下权限: 移动式压力容器充装单位资格许可。', 'false', NULL, '155', true),
  ('D1-A1', '39', '景府发〔2022〕9号', '省级标准化试点示范创建', 'administrative_confirmation', '行政确认', '省市场监管局', 'provincial', '景德镇高新区', NULL, '出具行政确认结果前, 应先征求省级标准化行政主管部门意见。', 'false', '出具行政确认结果前, 应先征求省级标准化行政主管部门意见。', '156', true),
  ('D1-A1', '40', '景府发〔2022〕9号', '有线广播电视运营服务提供者向社会公布其业务种类、服务范围、服务时限、资费标准备案', 'other_power_filing', '其他行政权一备案', '省广电局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '159', true),
  ('D1-A1', '41', '景府发〔2022〕9号', '举办健身气功活动及设立站点审批', 'administrative_license', '行政许可', '省体育局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '160', true),
  ('D1-A1', '42', '景府发〔2022〕9号', '从事射击竞技体育运动单位审批', 'administrative_license', '行政许可', '省体育局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '161', true),
  ('D1-A1', '43', '景府发〔2022〕9号', '临时占用公共体育设施审批', 'administrative_license', '行政许可', '省体育局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '164', true),
  ('D1-A1', '44', '景府发〔2022〕9号', '宗教教职人员备案', 'other_power_filing', '其他行政权一备案', '省民宗局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '165', true),
  ('D1-A1', '45', '景府发〔2022〕9号', '人民防空工程质量监督手续办理（可以与施工许可证合并办理）', 'other_power_other', '其他行政权一其他', '省人防办', 'provincial', '景德镇高新区', NULL, '赋予国家级开发区以下权限：建筑面积2万平方米以上且防护等级核5级以上人防工程质量监督手续办理。', 'false', NULL, '166', true),
  ('D1-A1', '46', '景府发〔2022〕9号', '新建、扩建、改建建设工程避免危害气象探测环境审批', 'administrative_license', '行政许可', '省气象局', 'provincial', '景德镇高新区', NULL, '', 'false', NULL, '169', true),
  ('D1-A2', '1', '景府发〔2022〕9号', '生产、储存危险化学品建设项目安全条件审查〔应急管理部和省应急管理部负责实施以外的危险化学品建设项目、受上级机关委托实施的危险化学品建设项目、纳入危险化学品经营许可证发证范围、跨设区市或省直管试点县（市）以外的油气输送管道的建设项目安全条件审查〕', 'administrative_license', '行政许可', '市应急局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '177', true),
  ('D1-A2', '2', '景府发〔2022〕9号', '生产、储存危险化学品建设项目安全设施设计审查〔应急管理部和省应急管理厅负责实施以外的危险化学品建设项目、受上级机关委托实施的危险化学品建设项目、纳入危险化学品经营许可证发证范围、跨设区市或省直管试点县（市）以外的油气输送管道的建设项目安全设施设计审查〕', 'administrative_license', '行政许可', '市应急局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '181', true),
  ('D1-A2', '3', '景府发〔2022〕9号', '危险化学品经营许可证〔经营剧毒化学品、易制爆危险化学品、汽油加油站、专门从事危险化学品仓储经营、从事危险化学品经营活动的中央企业所属省级、设区的市级公司（分公司）、带有储存设施经营除剧毒化学品和易制爆危险化学品以外的其他危险化学品企业的危险化学品经营许可证〕', 'administrative_license', '行政许可', '市应急局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '182', true),
  ('D1-A2', '4', '景府发〔2022〕9号', '生产、经营第二类、第三类易制毒化学品有关情况的备案（生产第二类、第三类的易制毒化学品品种、数量等情况和经营第二类易制毒化学品的品种、数量、主要流向等情况备案）', 'administrative_license', '行政许可', '市应急局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '183', true),
  ('D1-A2', '5', '景府发〔2022〕9号', '应建防空地下室的民用建筑项目报建审批', 'administrative_license', '行政许可', '市人防办', 'city', '景德镇高新区', 'direct_grant', '仅限工业项目', 'true', NULL, '187', true),
  ('D1-A2', '6', '景府发〔2022〕9号', '城市地下交通干线及其他地下工程兼顾人民防空需要审查', 'administrative_license', '行政许可', '市人防办', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '188', true),
  ('D1-A2', '7', '景府发〔2022〕9号', '单独修建的人民防空工程报建审批', 'administrative_license', '行政许可', '市人防办', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '189', true),
  ('D1-A2', '8', '景府发〔2022〕9号', '人民防空工程改造、拆除、封填审批', 'administrative_license', '行政许可', '市人防办', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '193', true),
  ('D1-A2', '9', '景府发〔2022〕9号', '人民防空工程平时开发利用登记', 'other_power_filing', '其他行政权力—备案', '市人防办', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '194', true),
  ('D1-A2', '10', '景府发〔2022〕9号', '人民防空工程、兼顾人民防空需要的地下工程竣工验收备案(联合验收、统一备案)', 'other_power_filing', '其他行政权力—备案', '市人防办', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '195', true),
  ('D1-A2', '11', '景府发〔2022〕9号', '人民防空工程质量监督手续办理(可以与施工许可证合并办理)', 'other_power_other', '其他行政权力—其他', '市人防办', 'city', '景德镇高新区', 'direct_grant', '仅限工业项目', 'true', NULL, '196', true),
  ('D1-A2', '12', '景府发〔2022〕9号', '对违反人民防空有关管理规定的处罚', 'administrative_penalty', '行政处罚', '市人防办', 'city', '景德镇高新区', 'direct_grant', '仅限工业项目', 'true', NULL, '200', true),
  ('D1-A2', '13', '景府发〔2022〕9号', '防空地下室易地建设费征收', 'administrative_levy', '行政征收', '市人防办', 'city', '景德镇高新区', 'direct_grant', '仅限工业项目', 'true', NULL, '201', true),
  ('D1-A2', '14', '景府发〔2022〕9号', '对落实人防工程管理有关规定的监督检查', 'administrative_inspection', '行政检查', '市人防办', 'city', '景德镇高新区', 'direct_grant', '仅限工业项目', 'true', NULL, '202', true),
  ('D1-A2', '15', '景府发〔2022〕9号', '市政设施建设类审批（依附于城市道路建设各种管线、杆线等设施审批）', 'administrative_license', '行政许可', '市城管局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '203', true),
  ('D1-A2', '16', '景府发〔2022〕9号', '市政设施建设类审批（占用、挖掘城市道路审批）', 'administrative_license', '行政许可', '市城管局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '207', true),
  ('D1-A2', '17', '景府发〔2022〕9号', '建设项目环境影响评价审批（非辐射类建设项目的环境影响文件审批）', 'administrative_license', '行政许可', '市生态环境局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '208', true),
  ('D1-A2', '18', '景府发〔2022〕9号', '排污许可证核发', 'administrative_license', '行政许可', '市生态环境局', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '209', true),
  ('D1-A2', '19', '景府发〔2022〕9号', '临时建设的审批（城市规划区内临时建设的审批）', 'administrative_license', '行政许可', '市自然资源规划局', 'city', '景德镇高新区', 'direct_grant', '仅限工业项目', 'true', NULL, '213', true),
  ('D1-A2', '20', '景府发〔2022〕9号', '固定资产投资项目节能审查（综合能源消费量3000-5000吨标煤的市级审查权限）', 'administrative_license', '行政许可', '市发改委', 'city', '景德镇高新区', 'direct_grant', '市发改委书面同意新增赋权', 'false', '市发改委书面同意新增赋权', '214', true),
  ('D1-A2', '21', '景府发〔2022〕9号', '企业投资项目核准（城市供气设施项目核准）', 'administrative_license', '行政许可', '市发改委', 'city', '景德镇高新区', 'direct_grant', '', 'false', NULL, '215', true),
  ('D3-A', '1', '景府字〔2022〕154号', '中介机构从事会计代理记账业务审批', 'administrative_license', '行政许可', '市财政局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '817', true),
  ('D3-A', '2', '景府字〔2022〕154号', '电力设施保护区内进行可能危及电力设施安全作业的审批', 'administrative_license', '行政许可', '市发改委', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '818', true),
  ('D3-A', '3', '景府字〔2022〕154号', '公路建设项目设计文件审批', 'administrative_license', '行政许可', '市交通局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '822', true),
  ('D3-A', '4', '景府字〔2022〕154号', '公路建设项目施工许可', 'administrative_license', '行政许可', '市交通局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '823', true),
  ('D3-A', '5', '景府字〔2022〕154号', '公路建设项目竣工验收', 'administrative_license', '行政许可', '市交通局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '824', true),
  ('D3-A', '6', '景府字〔2022〕154号', '企业社会保险登记', 'public_service', '公共服务', '浮梁县政府', 'county', '昌南新区', 'entrusted', '', 'false', NULL, '825', true),
  ('D3-A', '7', '景府字〔2022〕154号', '社保登记注销', 'public_service', '公共服务', '浮梁县政府', 'county', '昌南新区', 'entrusted', '', 'false', NULL, '826', true),
  ('D3-A', '8', '景府字〔2022〕154号', '企业新增医保登记', 'public_service', '公共服务', '浮梁县政府', 'county', '昌南新区', 'entrusted', '', 'false', NULL, '827', true),
  ('D3-A', '9', '景府字〔2022〕154号', '乡村建设规划许可', 'administrative_license', '行政许可', '市自然资源局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '831', true),
  ('D3-A', '10', '景府字〔2022〕154号', '工程建设涉及城市绿化用地、树木、古树名木审批', 'administrative_license', '行政许可', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '832', true),
  ('D3-A', '11', '景府字〔2022〕154号', '改变绿化规划、绿化用地的使用性质审批', 'administrative_license', '行政许可', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '833', true),
  ('D3-A', '12', '景府字〔2022〕154号', '特殊车辆在城市道路上行驶（包括经过城市桥梁）审批', 'administrative_license', '行政许可', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '834', true),
  ('D3-A', '13', '景府字〔2022〕154号', '市政设施建设类审批', 'administrative_license', '行政许可', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '835', true),
  ('D3-A', '14', '景府字〔2022〕154号', '从事生活垃圾经营性清扫、收集、运输、处理服务审批', 'administrative_license', '行政许可', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '836', true),
  ('D3-A', '15', '景府字〔2022〕154号', '关闭、闲置、拆除城市环卫设施许可', 'administrative_license', '行政许可', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '840', true),
  ('D3-A', '16', '景府字〔2022〕154号', '在城市桥梁施工控制范围内从事河道疏浚、挖掘、打桩、地下管道顶进、爆破等作业的审查', 'other_power_other', '其他行政权力—其他', '市城管局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '841', true),
  ('D3-A', '17', '景府字〔2022〕154号', '临时占用林地审批（森林经营单位修筑直接为林业生产服务的工程设施占用林地审批）', 'administrative_license', '行政许可', '市林业局', 'city', '昌南新区', 'entrusted', '', 'false', NULL, '842', true),
  ('D3-A', '18', '景府字〔2022〕154号', '生产建设项目水土保持方案审批', 'administrative_license', '行政许可', '市水利局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '843', true),
  ('D3-A', '19', '景府字〔2022〕154号', '取水许可', 'administrative_license', '行政许可', '市水利局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '847', true),
  ('D3-A', '20', '景府字〔2022〕154号', '河道管理范围内特定活动审批', 'administrative_license', '行政许可', '市水利局', 'city', '昌南新区', 'entrusted', '', 'false', NULL, '848', true),
  ('D3-A', '21', '景府字〔2022〕154号', '权限内水利工程建设项目初步设计文件审批', 'administrative_license', '行政许可', '市水利局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '849', true),
  ('D3-A', '22', '景府字〔2022〕154号', '企业投资项目核准（城市供气设施项目核准）', 'administrative_license', '行政许可', '市发改委', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '850', true),
  ('D3-A', '23', '景府字〔2022〕154号', '社会团体成立、变更、注销登记及修改章程核准', 'administrative_license', '行政许可', '市民政局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '851', true),
  ('D3-A', '24', '景府字〔2022〕154号', '民办非企业单位成立、变更、注销登记及修改章程核准', 'administrative_license', '行政许可', '市民政局', 'city', '昌南新区', 'direct_grant', '', 'false', NULL, '855', true);

CREATE TABLE jdz.power_scope (
	list_id text NOT NULL,
	item_no int NOT NULL,
	fact text NOT NULL,
	op text NOT NULL CHECK (op IN ('is_true', 'is_false', 'in', 'ge', 'gt', 'le', 'lt')),
	num numeric,
	vals text[],
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (list_id, item_no, fact, op),
	FOREIGN KEY (list_id, item_no) REFERENCES jdz.delegated_power,
	CHECK ((op IN ('ge', 'gt', 'le', 'lt')) = (num IS NOT NULL)),
	CHECK ((op = 'in') = (vals IS NOT NULL))
);
COMMENT ON TABLE jdz.power_scope IS 'scope conditions of delegated powers written in 备注 or in the item names (spec 40 §f.6; S003-DEL-04..08); all rows of an item must hold; evaluated by jdz.power_in_scope';
COMMENT ON COLUMN jdz.power_scope.list_id IS 'the list of the item';
COMMENT ON COLUMN jdz.power_scope.item_no IS 'the item number';
COMMENT ON COLUMN jdz.power_scope.fact IS 'the key in the facts jsonb of jdz.power_in_scope';
COMMENT ON COLUMN jdz.power_scope.op IS 'is_true / is_false (JSON boolean), in (JSON string, one of vals), ge / gt / le / lt (JSON number compared with num)';
COMMENT ON COLUMN jdz.power_scope.num IS 'the bound of ge, gt, le, lt';
COMMENT ON COLUMN jdz.power_scope.vals IS 'the allowed values of in';
COMMENT ON COLUMN jdz.power_scope.source IS 'the words of the 备注 or of the item name';
COMMENT ON COLUMN jdz.power_scope.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.power_scope', 'WHERE NOT builtin');
-- rows of data/power_scope.csv
INSERT INTO jdz.power_scope (list_id, item_no, fact, op, num, vals, source, builtin) VALUES
  ('D1-A1', '3', 'project_type', 'in', NULL, '{城市供气设施,隧道,水电站,农林生物质发电非供热,风电,国家规划矿区内的其余煤炭开发项目,一般煤炭开发项目,旅游}', '赋予国家级开发区以下权限：城市供气设施项目核准、隧道项目核准、水电站项目核准、农林生物质发电非供热项目核准、风电项目核准、国家规划矿区内的其余煤炭开发项目和一般煤炭开发项目核准、旅游项目核准。', true),
  ('D1-A1', '4', 'industrial_techreno', 'is_true', NULL, NULL, '工业企业固定资产投资（技改）项目节能审查', true),
  ('D1-A1', '13', 'qualification_grade', 'in', NULL, '{二级}', '房地产开发企业资质核定(二级)', true),
  ('D1-A1', '21', 'has_water_quota', 'is_true', NULL, NULL, '国家级开发区具有用水总量控制指标的，可以认领。', true),
  ('D1-A1', '26', 'has_commerce_function', 'is_true', NULL, NULL, '国家级开发区具有商务职能的, 可以认领。', true),
  ('D1-A1', '34', 'foreign_invested', 'is_false', NULL, NULL, '不含外商投资企业登记注册。', true),
  ('D1-A1', '38', 'filling_subtype', 'in', NULL, '{移动式压力容器充装}', '移动式压力容器充装单位资格许可', true),
  ('D1-A1', '45', 'floor_area_m2', 'ge', '20000', NULL, '建筑面积2万平方米以上且防护等级核5级以上', true),
  ('D1-A1', '45', 'rf_protection_level', 'le', '5', NULL, '建筑面积2万平方米以上且防护等级核5级以上', true),
  ('D1-A2', '20', 'annual_tce', 'ge', '3000', NULL, '综合能源消费量3000-5000吨标煤的市级审查权限 (bounds [3000, 5000), A-16)', true),
  ('D1-A2', '20', 'annual_tce', 'lt', '5000', NULL, '综合能源消费量3000-5000吨标煤的市级审查权限 (bounds [3000, 5000), A-16)', true),
  ('D1-A2', '5', 'is_industrial', 'is_true', NULL, NULL, '仅限工业项目', true),
  ('D1-A2', '11', 'is_industrial', 'is_true', NULL, NULL, '仅限工业项目', true),
  ('D1-A2', '12', 'is_industrial', 'is_true', NULL, NULL, '仅限工业项目', true),
  ('D1-A2', '13', 'is_industrial', 'is_true', NULL, NULL, '仅限工业项目', true),
  ('D1-A2', '14', 'is_industrial', 'is_true', NULL, NULL, '仅限工业项目', true),
  ('D1-A2', '19', 'is_industrial', 'is_true', NULL, NULL, '仅限工业项目', true);

CREATE TABLE jdz.rf_protection_level (
	label text PRIMARY KEY,
	ordinal numeric NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.rf_protection_level IS 'civil-air-defence (人防) protection levels and their ordinals (S003-DEL-04, A-17): a lower ordinal is stronger protection, "核5级以上" = ordinal <= 5';
COMMENT ON COLUMN jdz.rf_protection_level.label IS 'the level as written: 核1 … 核6B';
COMMENT ON COLUMN jdz.rf_protection_level.ordinal IS 'the ordinal (核4B = 4.5, 核6B = 6.5)';
COMMENT ON COLUMN jdz.rf_protection_level.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.rf_protection_level', 'WHERE NOT builtin');
-- rows of data/rf_protection_level.csv
INSERT INTO jdz.rf_protection_level (label, ordinal, builtin) VALUES
  ('核1', '1', true),
  ('核2', '2', true),
  ('核3', '3', true),
  ('核4', '4', true),
  ('核4B', '4.5', true),
  ('核5', '5', true),
  ('核6', '6', true),
  ('核6B', '6.5', true);

CREATE TABLE jdz.delegation_basis (
	basis jdz.docno NOT NULL,
	holder text NOT NULL,
	repealed_by jdz.docno REFERENCES jdz.document,
	repealed_on date,
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (basis, holder)
);
COMMENT ON TABLE jdz.delegation_basis IS 'documents under which earlier powers were granted or claimed, and whether they were repealed (spec 40 §f.6; S003-DOC-03, S003-DOC-04)';
COMMENT ON COLUMN jdz.delegation_basis.basis IS 'the earlier document';
COMMENT ON COLUMN jdz.delegation_basis.holder IS 'the zone that held the powers';
COMMENT ON COLUMN jdz.delegation_basis.repealed_by IS 'the document that repealed the powers; NULL when they continue';
COMMENT ON COLUMN jdz.delegation_basis.repealed_on IS 'the first day they are repealed; NULL: continues ("仍按原规定执行")';
COMMENT ON COLUMN jdz.delegation_basis.source IS 'the words of the text';
COMMENT ON COLUMN jdz.delegation_basis.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.delegation_basis', 'WHERE NOT builtin');
-- rows of data/delegation_basis.csv
INSERT INTO jdz.delegation_basis (basis, holder, repealed_by, repealed_on, source, builtin) VALUES
  ('赣府发〔2020〕19号', '景德镇高新区', '景府发〔2022〕9号', '2022-12-16', '已认领承接的省级赋权事项同时废止', true),
  ('景府字〔2018〕62号', '昌南新区', NULL, NULL, '前期已由市政府赋予昌南新区行使的权力事项仍按原规定执行', true);

CREATE TABLE jdz.meeting (
	series text NOT NULL,
	meeting_no int NOT NULL,
	held_on date NOT NULL,
	chair text,
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (series, meeting_no)
);
COMMENT ON TABLE jdz.meeting IS 'meetings that adopted the documents of the seeds (spec 40 §f.6; S003-MTG-01: held_on <= the document date); numbers restart with each government term';
COMMENT ON COLUMN jdz.meeting.series IS 'the meeting series (市政府常务会议); a DBA adding another term adds it to the series name';
COMMENT ON COLUMN jdz.meeting.meeting_no IS 'the number of the meeting in its series';
COMMENT ON COLUMN jdz.meeting.held_on IS 'the date of the meeting';
COMMENT ON COLUMN jdz.meeting.chair IS 'who chaired it; NULL where the seeds do not say';
COMMENT ON COLUMN jdz.meeting.source IS 'where the seeds report it';
COMMENT ON COLUMN jdz.meeting.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.meeting', 'WHERE NOT builtin');
-- rows of data/meeting.csv
INSERT INTO jdz.meeting (series, meeting_no, held_on, chair, source, builtin) VALUES
  ('市政府常务会议', '17', '2022-10-25', NULL, 'seed 004 L11–L13, L620: 景府办发〔2022〕7号 and 景府办字〔2022〕45号 adopted', true),
  ('市政府常务会议', '18', '2022-12-07', '胡雪梅', 'seed 003 L1103: approved the drafts of D1 and D3 lists', true),
  ('市政府常务会议', '19', '2022-12-18', '胡雪梅', 'seed 003 L1125 (市政府党组第21次会议暨市政府第19次常务会议)', true),
  ('市政府常务会议', '32', '2023-10-30', NULL, 'seed 000 L1–L7: 景府发〔2023〕11号, 12号, 景府办发〔2023〕7号', true),
  ('市政府常务会议', '34', '2023-12-20', NULL, 'seed 000: 景府发〔2023〕13号–15号, 景府办发〔2023〕9号, 10号, 景府办字〔2023〕51号', true),
  ('市政府常务会议', '35', '2024-01-08', '胡雪梅', 'seed 000 L6850–L6932 (news item N1)', true),
  ('市政府常务会议', '66', '2020-07-17', NULL, 'seed 001: 景府办字〔2020〕45号 adopted', true),
  ('市政府常务会议', '67', '2020-08-07', '刘锋', 'seed 001 N1: D3 draft approved in principle', true),
  ('市政府常务会议', '68', '2020-09-11', '刘锋', 'seed 002 D10', true);

-- 41.5 Lookups over the delegated powers (spec 40 §b.7) -------------------------

-- F20: whether an item of a delegation list is in force on a day.
CREATE FUNCTION jdz.power_in_force(list_id text, item_no int, on_date date) RETURNS boolean
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	p record;
	n int;
BEGIN
	SELECT d.effective_from, x.repealed_on INTO p
	  FROM jdz.delegated_power x LEFT JOIN jdz.document d ON d.docno = x.docno
	 WHERE x.list_id = power_in_force.list_id AND x.item_no = power_in_force.item_no;
	IF NOT FOUND THEN
		SELECT count(*) INTO n FROM jdz.delegated_power x WHERE x.list_id = power_in_force.list_id;
		IF n = 0 THEN
			RAISE EXCEPTION 'unknown delegation list "%"', left(power_in_force.list_id, 100)
				USING ERRCODE = '22023',
					  DETAIL = 'S003-DOC-02: the lists are D1-A1 and D1-A2 (景府发〔2022〕9号) and D3-A (景府字〔2022〕154号).';
		END IF;
		RAISE EXCEPTION 'item % is not in delegation list %', power_in_force.item_no, power_in_force.list_id
			USING ERRCODE = '22023',
				  DETAIL = format('S003-DEL-01: list %s has %s items (%s).', power_in_force.list_id, n,
						(SELECT string_agg(DISTINCT x.docno::text, ', ') FROM jdz.delegated_power x WHERE x.list_id = power_in_force.list_id));
	END IF;
	RETURN power_in_force.on_date >= p.effective_from
		   AND (p.repealed_on IS NULL OR power_in_force.on_date < p.repealed_on);
END
$f$;
COMMENT ON FUNCTION jdz.power_in_force(text, int, date) IS 'whether a jdz.delegated_power item is in force on a day (spec 40 F20; S003-DOC-02): on_date >= effective_from of the list''s document (D1-A1, D1-A2 from 2022-12-16; D3-A from 2022-12-11) and before the item''s repealed_on; 22023 for an unknown list or an item not in the list';

-- F21: the zones that hold an in-force power of this exact name.
CREATE FUNCTION jdz.power_holders(power text, on_date date) RETURNS text[]
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT coalesce(pg_catalog.array_agg(h.holder ORDER BY h.list_id COLLATE "C", h.item_no), '{}'::text[])
	  FROM (SELECT DISTINCT ON (x.holder) x.holder, x.list_id, x.item_no
			  FROM jdz.delegated_power x
			  JOIN jdz.document d ON d.docno OPERATOR(jdz.=) x.docno
			 WHERE x.name OPERATOR(pg_catalog.=) pg_catalog.btrim(power_holders.power)
			   AND d.effective_from OPERATOR(pg_catalog.<=) power_holders.on_date
			   AND (x.repealed_on IS NULL OR power_holders.on_date OPERATOR(pg_catalog.<) x.repealed_on)
			 ORDER BY x.holder, x.list_id COLLATE "C", x.item_no) h;
END;
COMMENT ON FUNCTION jdz.power_holders(text, date) IS 'the distinct holders (景德镇高新区, 昌南新区) of the in-force delegated items whose name equals btrim(power) exactly, ordered by list_id (C collation) then item_no (spec 40 F21; S003-DEL-01, A-36); ''{}'' when none matches';

-- F22: whether the scope conditions of an item hold for the facts of a case.
CREATE FUNCTION jdz.power_in_scope(list_id text, item_no int, facts jsonb DEFAULT '{}') RETURNS boolean
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	s record;
	v jsonb;
	x numeric;
	ok boolean;
	unknown boolean := false;
	k text;
	n int;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM jdz.delegated_power p
					WHERE p.list_id = power_in_scope.list_id AND p.item_no = power_in_scope.item_no) THEN
		SELECT count(*) INTO n FROM jdz.delegated_power p WHERE p.list_id = power_in_scope.list_id;
		IF n = 0 THEN
			RAISE EXCEPTION 'unknown delegation list "%"', left(power_in_scope.list_id, 100)
				USING ERRCODE = '22023',
					  DETAIL = 'S003-DEL-04..08: the lists are D1-A1, D1-A2 and D3-A.';
		END IF;
		RAISE EXCEPTION 'item % is not in delegation list %', power_in_scope.item_no, power_in_scope.list_id
			USING ERRCODE = '22023',
				  DETAIL = format('S003-DEL-01: list %s has %s items.', power_in_scope.list_id, n);
	END IF;
	IF jsonb_typeof(facts) <> 'object' THEN
		RAISE EXCEPTION 'facts must be a JSON object, not %', jsonb_typeof(facts)
			USING ERRCODE = '22023',
				  DETAIL = 'S003-DEL-04..08: the facts of the case, keyed by fact name.',
				  HINT = 'Pass for example ''{"floor_area_m2": 25000, "rf_protection_level": "核5"}''.';
	END IF;
	-- the documented facts must have their JSON type, whatever item is asked
	FOREACH k IN ARRAY ARRAY['project_type', 'qualification_grade', 'filling_subtype', 'rf_protection_level'] LOOP
		v := facts -> k;
		IF v IS NOT NULL AND jsonb_typeof(v) NOT IN ('string', 'null') THEN
			RAISE EXCEPTION 'fact % must be a JSON string, not %', k, jsonb_typeof(v)
				USING ERRCODE = '22023', DETAIL = 'S003-DEL-04..08, spec 40 §f.6 (fact keys and JSON types).';
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['industrial_techreno', 'has_water_quota', 'has_commerce_function', 'foreign_invested', 'is_industrial'] LOOP
		v := facts -> k;
		IF v IS NOT NULL AND jsonb_typeof(v) NOT IN ('boolean', 'null') THEN
			RAISE EXCEPTION 'fact % must be a JSON boolean, not %', k, jsonb_typeof(v)
				USING ERRCODE = '22023', DETAIL = 'S003-DEL-04..08, spec 40 §f.6 (fact keys and JSON types).';
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['floor_area_m2', 'annual_tce'] LOOP
		v := facts -> k;
		IF v IS NOT NULL AND jsonb_typeof(v) NOT IN ('number', 'null') THEN
			RAISE EXCEPTION 'fact % must be a JSON number, not %', k, jsonb_typeof(v)
				USING ERRCODE = '22023', DETAIL = 'S003-DEL-04..08, spec 40 §f.6 (fact keys and JSON types).';
		END IF;
		IF jsonb_typeof(v) = 'number' AND (v #>> '{}')::numeric < 0 THEN
			RAISE EXCEPTION 'fact % must not be negative, not %', k, v #>> '{}'
				USING ERRCODE = '22023',
					  DETAIL = CASE k WHEN 'floor_area_m2' THEN 'S003-DEL-04, 景府发〔2022〕9号 附件1 第45项: building area in m².'
									  ELSE 'S003-DEL-05, 景府发〔2022〕9号 附件2 第20项: annual energy use in tonnes of standard coal.' END;
		END IF;
	END LOOP;
	v := facts -> 'rf_protection_level';
	IF jsonb_typeof(v) = 'string' AND NOT EXISTS (SELECT 1 FROM jdz.rf_protection_level r WHERE r.label = v #>> '{}') THEN
		RAISE EXCEPTION 'unknown civil-air-defence protection level "%"', left(v #>> '{}', 100)
			USING ERRCODE = '22023',
				  DETAIL = 'S003-DEL-04, A-17: the levels are ' ||
					(SELECT string_agg(r.label, ', ' ORDER BY r.ordinal) FROM jdz.rf_protection_level r) || '.';
	END IF;

	FOR s IN SELECT * FROM jdz.power_scope ps
			  WHERE ps.list_id = power_in_scope.list_id AND ps.item_no = power_in_scope.item_no
			  ORDER BY ps.fact, ps.op LOOP
		v := facts -> s.fact;
		IF v IS NULL OR jsonb_typeof(v) = 'null' THEN
			unknown := true;
			CONTINUE;
		END IF;
		IF s.op IN ('is_true', 'is_false') THEN
			IF jsonb_typeof(v) <> 'boolean' THEN
				RAISE EXCEPTION 'fact % must be a JSON boolean, not %', s.fact, jsonb_typeof(v)
					USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
			END IF;
			ok := (v #>> '{}')::boolean = (s.op = 'is_true');
		ELSIF s.op = 'in' THEN
			IF jsonb_typeof(v) <> 'string' THEN
				RAISE EXCEPTION 'fact % must be a JSON string, not %', s.fact, jsonb_typeof(v)
					USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
			END IF;
			ok := (v #>> '{}') = ANY (s.vals);
		ELSE
			IF s.fact = 'rf_protection_level' THEN
				IF jsonb_typeof(v) <> 'string' THEN
					RAISE EXCEPTION 'fact % must be a JSON string, not %', s.fact, jsonb_typeof(v)
						USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
				END IF;
				SELECT r.ordinal INTO x FROM jdz.rf_protection_level r WHERE r.label = v #>> '{}';
			ELSE
				IF jsonb_typeof(v) <> 'number' THEN
					RAISE EXCEPTION 'fact % must be a JSON number, not %', s.fact, jsonb_typeof(v)
						USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
				END IF;
				x := (v #>> '{}')::numeric;
			END IF;
			ok := CASE s.op WHEN 'ge' THEN x >= s.num WHEN 'gt' THEN x > s.num
							WHEN 'le' THEN x <= s.num ELSE x < s.num END;
		END IF;
		IF NOT ok THEN
			RETURN false;
		END IF;
	END LOOP;
	IF unknown THEN
		RETURN NULL;
	END IF;
	RETURN true;
END
$f$;
COMMENT ON FUNCTION jdz.power_in_scope(text, int, jsonb) IS 'whether the jdz.power_scope conditions of a delegated item hold for the facts of a case (spec 40 F22; S003-DEL-04..08): false if any fails, else NULL if a fact is missing, else true (true for an item without conditions); it does not pick among items; 22023 for an unknown item, facts not an object, a fact of the wrong JSON type, a negative floor_area_m2 or annual_tce, an unknown protection level';

-- 41.6 Pure enumerations (spec 40 §f.1) ------------------------------------------

CREATE TABLE jdz.catalog_item (
	catalog text NOT NULL,
	code text NOT NULL,
	ord int NOT NULL,
	label_zh text NOT NULL,
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	article text NOT NULL,
	attrs jsonb,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (catalog, code),
	UNIQUE (catalog, ord)
);
COMMENT ON TABLE jdz.catalog_item IS 'pure enumerations of the texts (spec 40 §f.1): hotline kinds, exclusions, supervision items, accountability cases and forms, escalation levels, metrics (HL-9 … HL-27), civil-affairs fund types, project stages, cash purposes, incompatible posts (CA-2, CA-7b, CA-11, CA-12), aviation and data-sharing lists (GA-07, GA-16, GA-44..49, DS-09, DS-21), services plan (S003-SVC-02..05), mineral plan (S003-MIN-12..14)';
COMMENT ON COLUMN jdz.catalog_item.catalog IS 'the catalog (hl.exclusion, ca.fund_type, …)';
COMMENT ON COLUMN jdz.catalog_item.code IS 'stable key within the catalog';
COMMENT ON COLUMN jdz.catalog_item.ord IS 'order in the text (the first exclusion in ord order decides, HL-9)';
COMMENT ON COLUMN jdz.catalog_item.label_zh IS 'the text''s wording (condensed where the clause is long)';
COMMENT ON COLUMN jdz.catalog_item.docno IS 'the document of the list';
COMMENT ON COLUMN jdz.catalog_item.article IS 'the article of that document';
COMMENT ON COLUMN jdz.catalog_item.attrs IS 'catalog-specific attributes (ca.fund_type: purpose, allocation_method; ca.project_stage: kind, rank; …)';
COMMENT ON COLUMN jdz.catalog_item.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.catalog_item', 'WHERE NOT builtin');
-- rows of data/catalog_item.csv
INSERT INTO jdz.catalog_item (catalog, code, ord, label_zh, docno, article, attrs, builtin) VALUES
  ('hl.accept_kind', 'consultation', '1', '对社会管理、政策法规、办事流程、执法程序、审批及服务事项等方面的咨询', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.accept_kind', 'help', '2', '非警务、非紧急类求助', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.accept_kind', 'public_affairs_complaint', '3', '对公共管理、公共服务、生态环境、城市建设和经济社会发展等方面的投诉、意见和建议', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.accept_kind', 'staff_conduct', '4', '对政府部门工作人员作风、态度、效率、效能等方面的投诉', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.accept_kind', 'consumer_rights', '5', '消费者权益保护投诉', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.accept_kind', 'economic_violation_report', '6', '经济违法行为举报（假冒伪劣、欺行霸市、垄断等）', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.accept_kind', 'other_public_service', '7', '其他政府或公共服务事项', '景府办发〔2022〕7号', '第八条', NULL, true),
  ('hl.exclusion', '9.1', '1', '110、119、120、122等紧急服务专线处理的事项', '景府办发〔2022〕7号', '第九条（一）', NULL, true),
  ('hl.exclusion', '9.2', '2', '党委（行政职能除外）、人大、政协、监委、法院、检察院、军队（武警）职能范围内的事项', '景府办发〔2022〕7号', '第九条（二）', NULL, true),
  ('hl.exclusion', '9.3', '3', '依法应当或者已经通过诉讼、仲裁、行政复议等途径解决的事项', '景府办发〔2022〕7号', '第九条（三）', NULL, true),
  ('hl.exclusion', '9.4', '4', '已进入信访渠道或已依法办结、以同一事实和理由重复反映的事项', '景府办发〔2022〕7号', '第九条（四）', NULL, true),
  ('hl.exclusion', '9.5', '5', '涉及国家秘密、商业秘密、个人隐私的事项', '景府办发〔2022〕7号', '第九条（五）', NULL, true),
  ('hl.exclusion', '9.6', '6', '恶意、无实质内容或内容不清无法调查答复的事项', '景府办发〔2022〕7号', '第九条（六）', NULL, true),
  ('hl.exclusion', '9.7', '7', '已由消费者协会、人民调解调处或正在处理，或经行政调解办结的消费纠纷', '景府办发〔2022〕7号', '第九条（七）', NULL, true),
  ('hl.exclusion', '9.8', '8', '其他不宜受理的事项', '景府办发〔2022〕7号', '第九条（八）', NULL, true),
  ('hl.supervision_item', 'hot_issue', '1', '群众高度关切的热点、难点和堵点事项', '景府办发〔2022〕7号', '第二十五条', NULL, true),
  ('hl.supervision_item', 'overdue', '2', '逾期未办结的事项', '景府办发〔2022〕7号', '第二十五条', NULL, true),
  ('hl.supervision_item', 'not_replied', '3', '未回复反映人的事项', '景府办发〔2022〕7号', '第二十五条', NULL, true),
  ('hl.supervision_item', 'buck_passing', '4', '工单交派中存在相互推诿塞责情况', '景府办发〔2022〕7号', '第二十五条', NULL, true),
  ('hl.supervision_item', 'leader_instruction', '5', '市领导批示或交办的事项', '景府办发〔2022〕7号', '第二十五条', NULL, true),
  ('hl.accountability_case', '1', '1', '主办单位拒不办理或协办单位不配合导致逾期', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_case', '2', '2', '弄虚作假答复', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_case', '3', '3', '主观敷衍塞责、推诿扯皮或答复不符合流程被连续两次发回重办', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_case', '4', '4', '应当解决的问题反映3次以上未解决或未制定出台解决措施', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_case', '5', '5', '造成重大社会影响或负面舆情', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_case', '6', '6', '打击报复或泄露反映人信息', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_case', '7', '7', '其他应当追责的情形', '景府办发〔2022〕7号', '第二十六条', NULL, true),
  ('hl.accountability_form', 'rectify', '1', '责令整改', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'unit_circular', '2', '通报批评', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'deduct_points', '3', '扣除年度高质量发展考核或绩效考核相应分值', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'staff_criticism', '4', '批评', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'staff_written_review', '5', '责令书面检查', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'staff_public_apology', '6', '责令公开道歉', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'staff_circular', '7', '通报批评（工作人员）', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'staff_no_award', '8', '取消评优评先资格', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'leader_tv', '9', '单位主要领导上电视“问政”直面群众', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.accountability_form', 'red_black_list', '10', '“红黑榜”通报', '景府办发〔2022〕7号', '第二十七条', NULL, true),
  ('hl.escalation_level', '1', '1', '热线中心主管领导', '景府办发〔2022〕7号', '第十一条第（四）项', NULL, true),
  ('hl.escalation_level', '2', '2', '市委办、市政府办分管领导', '景府办发〔2022〕7号', '第十一条第（四）项', NULL, true),
  ('hl.escalation_level', '3', '3', '市政府分管领导（同时手机APP高位推动）', '景府办发〔2022〕7号', '第十一条第（四）项', NULL, true),
  ('hl.monthly_metric', 'timely_sign_rate', '1', '及时签收率', '景府办发〔2022〕7号', '第二十一条', NULL, true),
  ('hl.monthly_metric', 'return_rate', '2', '退单率', '景府办发〔2022〕7号', '第二十一条', NULL, true),
  ('hl.monthly_metric', 'completion_rate', '3', '办结率', '景府办发〔2022〕7号', '第二十一条', NULL, true),
  ('hl.monthly_metric', 'satisfaction_rate', '4', '满意率', '景府办发〔2022〕7号', '第二十一条', NULL, true),
  ('hl.monthly_metric', 'avg_handling_time', '5', '平均处理时间', '景府办发〔2022〕7号', '第二十一条', NULL, true),
  ('hl.monthly_metric', 'kb_accuracy', '6', '知识库准确率和更新情况', '景府办发〔2022〕7号', '第二十一条', NULL, true),
  ('ca.fund_type', '最低生活保障', '1', '最低生活保障', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '特困人员救助供养', '2', '特困人员救助供养', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '临时救助', '3', '临时救助', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '流浪乞讨人员救助', '4', '流浪乞讨人员救助', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '孤儿基本生活保障', '5', '孤儿基本生活保障', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '精简退职老弱残职工救济补助', '6', '精简退职老弱残职工救济补助', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '残疾人两项补贴', '7', '残疾人两项补贴', '景民字〔2022〕95号', '第二条', '{"purpose": "basic_living", "allocation_method": "factor"}', true),
  ('ca.fund_type', '社会福利专项', '8', '社会福利专项', '景民字〔2022〕95号', '第二条', '{"purpose": "welfare_program", "allocation_method": "project"}', true),
  ('ca.fund_type', '福利彩票公益金', '9', '福利彩票公益金', '景民字〔2022〕95号', '第二条', '{"purpose": "welfare_program", "allocation_method": "project"}', true),
  ('ca.fund_type', '民政公共服务设施预算内投资补助', '10', '民政公共服务设施预算内投资补助', '景民字〔2022〕95号', '第二条', '{"purpose": "facility_construction", "allocation_method": "project"}', true),
  ('ca.fund_type', '其他专项用途资金', '11', '其他专项用途资金', '景民字〔2022〕95号', '第二条', '{"purpose": "other", "allocation_method": null}', true),
  ('ca.project_stage', '在建', '1', '在建', '景民字〔2022〕95号', '第七条', '{"kind": "construction", "rank": 1}', true),
  ('ca.project_stage', '完成招标', '2', '完成招标', '景民字〔2022〕95号', '第七条', '{"kind": "construction", "rank": 2}', true),
  ('ca.project_stage', '完成财审', '3', '完成财审', '景民字〔2022〕95号', '第七条', '{"kind": "construction", "rank": 3}', true),
  ('ca.project_stage', '完成施工图设计', '4', '完成施工图设计', '景民字〔2022〕95号', '第七条', '{"kind": "construction", "rank": 4}', true),
  ('ca.project_stage', '完成初步设计', '5', '完成初步设计', '景民字〔2022〕95号', '第七条', '{"kind": "construction", "rank": 5}', true),
  ('ca.project_stage', '完成可研', '6', '完成可研', '景民字〔2022〕95号', '第七条', '{"kind": "construction", "rank": 6}', true),
  ('ca.project_stage', '正在实施（采购）', '7', '正在实施（采购）', '景民字〔2022〕95号', '第七条', '{"kind": "procurement_service", "rank": 1}', true),
  ('ca.project_stage', '已签订合同（协议）', '8', '已签订合同（协议）', '景民字〔2022〕95号', '第七条', '{"kind": "procurement_service", "rank": 2}', true),
  ('ca.project_stage', '完成采购程序', '9', '完成采购程序', '景民字〔2022〕95号', '第七条', '{"kind": "procurement_service", "rank": 3}', true),
  ('ca.project_stage', '落实资金预算', '10', '落实资金预算', '景民字〔2022〕95号', '第七条', '{"kind": "procurement_service", "rank": 4}', true),
  ('ca.incompatible_posts', '名单造册|递送资料', '1', '负责资金发放名单造册岗位和递送资料等相关岗位不得兼容', '景民字〔2022〕95号', '第十二条', '{"posts": ["名单造册", "递送资料"]}', true),
  ('ca.cash_purpose', '流浪乞讨人员救助', '1', '流浪乞讨人员救助', '景民字〔2022〕95号', '第十一条', NULL, true),
  ('ca.cash_purpose', '紧急情况下的临时救助', '2', '紧急情况下的临时救助', '景民字〔2022〕95号', '第十一条', NULL, true),
  ('ca.cash_purpose', '走访慰问', '3', '走访慰问', '景民字〔2022〕95号', '第十一条', NULL, true),
  ('ga.airspace_class', 'controlled', '1', '管制空域', '景府办发〔2023〕9号', '第十六条、第二十五至二十七条', '{"centre_action": "apply", "lead_time": true}', true),
  ('ga.airspace_class', 'monitored', '2', '监视空域', '景府办发〔2023〕9号', '第十六条、第二十五至二十七条', '{"centre_action": "file", "lead_time": true}', true),
  ('ga.airspace_class', 'reporting', '3', '报告空域', '景府办发〔2023〕9号', '第十六条、第二十五至二十七条', '{"centre_action": "report_progress", "lead_time": false}', true),
  ('ga.airspace_class', 'vfr_route', '4', '目视飞行航线', '景府办发〔2023〕9号', '第十六条、第二十五至二十七条', '{"centre_action": null, "lead_time": false}', true),
  ('ga.registration_material', 'company_profile', '1', '公司简介', '景府办发〔2023〕9号', '第七条', '{"subject": "unit"}', true),
  ('ga.registration_material', 'company_certificates', '2', '公司“三证”（营业执照、通航企业经营许可证、航空运营人运行合格证）', '景府办发〔2023〕9号', '第七条', '{"subject": "unit"}', true),
  ('ga.registration_material', 'aircraft_certificates', '3', '飞机“三证”（民用航空器国籍登记证、标准适航证、电台执照）', '景府办发〔2023〕9号', '第七条', '{"subject": "unit"}', true),
  ('ga.registration_material', 'three_views', '4', '航空器三视图', '景府办发〔2023〕9号', '第七条', '{"subject": "unit"}', true),
  ('ga.registration_material', 'operations_spec', '5', '公司运行规范', '景府办发〔2023〕9号', '第七条', '{"subject": "unit"}', true),
  ('ga.registration_material', 'flight_plan_application', '6', '飞行计划申请书', '景府办发〔2023〕9号', '第七条', '{"subject": "individual"}', true),
  ('ga.registration_material', 'qualification_pledge', '7', '相关资质符合性承诺书', '景府办发〔2023〕9号', '第七条', '{"subject": "individual"}', true),
  ('ga.responsibility', 'air_defence', '1', '低空空域空防安全', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "军队"}', true),
  ('ga.responsibility', 'operational_safety', '2', '运行安全', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "通航用户和飞行人员"}', true),
  ('ga.responsibility', 'public_safety', '3', '公共安全', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "地方政府"}', true),
  ('ga.responsibility', 'licensing', '4', '通航航空器、企业、个人的许可与登记', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "民航华东地区管理局"}', true),
  ('ga.responsibility', 'illegal_flight_investigation', '5', '违法违规飞行查处（地面管控为主、空中处置为辅）', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "民航监管部门牵头，军队、公安、海关、市场监管、体育、气象、应急配合"}', true),
  ('ga.responsibility', 'air_defence_threat', '6', '危及空防安全的飞行', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "军方；管制区内由民航相关管制部门"}', true),
  ('ga.responsibility', 'jiangxi_supervision', '7', '江西辖区运行安全监管', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "民航江西监管局"}', true),
  ('ga.responsibility', 'unmanned_illegal', '8', '违法违规无人驾驶航空器；降落后地面秩序', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "公安部门"}', true),
  ('ga.responsibility', 'information_supply', '9', '违法违规飞行信息通报', '景府办发〔2023〕9号', '第四十四至四十九条', '{"party": "运行中心"}', true),
  ('ds.share_type', 'unconditional', '1', '无条件共享', '景府办发〔2023〕10号', '第九条', NULL, true),
  ('ds.share_type', 'conditional', '2', '有条件共享', '景府办发〔2023〕10号', '第九条', NULL, true),
  ('ds.share_type', 'not_shared', '3', '不予共享', '景府办发〔2023〕10号', '第九条', NULL, true),
  ('ds.violation', '1', '1', '未按照规定编制或更新政务数据目录', '景府办发〔2023〕10号', '第二十一条', NULL, true),
  ('ds.violation', '2', '2', '未按照规定及时向数据共享交换平台提供政务数据，或提供的数据不符合有关规范、无法使用', '景府办发〔2023〕10号', '第二十一条', NULL, true),
  ('ds.violation', '3', '3', '未按照规定受理、答复或者反馈政务数据共享申请', '景府办发〔2023〕10号', '第二十一条', NULL, true),
  ('ds.violation', '4', '4', '将获取的共享数据用于履行本单位职责需要以外的目的', '景府办发〔2023〕10号', '第二十一条', NULL, true),
  ('ds.violation', '5', '5', '对获取的共享数据资源管理失控，致使出现滥用、非授权使用、未经许可的扩散以及泄漏的', '景府办发〔2023〕10号', '第二十一条', NULL, true),
  ('ds.violation', '6', '6', '违反本办法规定的其他行为', '景府办发〔2023〕10号', '第二十一条', NULL, true),
  ('svc.venue_name', 'province', '1', '政务服务中心', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'city', '2', '政务服务中心', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'county', '3', '政务服务中心', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'developed_town', '4', '政务服务中心', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'township', '5', '便民服务中心', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'street', '6', '便民服务中心', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'village', '7', '便民服务站', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.venue_name', 'community', '8', '便民服务站', '景府办字〔2022〕48号', '二（二）', NULL, true),
  ('svc.required_window', '综合咨询', '1', '综合咨询', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.required_window', '帮办代办', '2', '帮办代办', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.required_window', '异地通办', '3', '异地通办', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.required_window', '一事通办', '4', '一事通办', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.required_window', '办不成事反映', '5', '办不成事反映', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.required_window', '惠企政策兑现', '6', '惠企政策兑现', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.required_window', '邮递服务', '7', '邮递服务', '景府办字〔2022〕48号', '二（二）', '{"required_by": "2022-12-31", "center_levels": ["city", "county"]}', true),
  ('svc.benefit_mode', 'no_application', '1', '免申即享', '景府办字〔2022〕48号', '二（三）', NULL, true),
  ('svc.benefit_mode', 'instant_on_application', '2', '即申即享', '景府办字〔2022〕48号', '二（三）', NULL, true),
  ('svc.benefit_mode', 'commitment_based', '3', '承诺兑现', '景府办字〔2022〕48号', '二（三）', NULL, true),
  ('svc.service_matter_power_type', 'administrative_license', '1', 'administrative_license', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'administrative_confirmation', '2', 'administrative_confirmation', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'administrative_adjudication', '3', 'administrative_adjudication', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'administrative_payment', '4', 'administrative_payment', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'administrative_reward', '5', 'administrative_reward', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'administrative_filing', '6', 'administrative_filing', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'other_power_filing', '7', 'other_power_filing', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'other_power_other', '8', 'other_power_other', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('svc.service_matter_power_type', 'public_service', '9', 'public_service', '景府办字〔2022〕48号', '二（一）', '{"on_application_only": true}', true),
  ('min.development_direction', '砖瓦用粘土（可耕地）', '1', '砖瓦用粘土（可耕地）', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prohibited"}', true),
  ('min.development_direction', '国家、省人民政府禁止开采的矿种', '2', '国家、省人民政府禁止开采的矿种', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prohibited"}', true),
  ('min.development_direction', '煤炭（高硫、高灰、高砷、高氟）', '3', '煤炭（高硫、高灰、高砷、高氟）', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "restricted"}', true),
  ('min.development_direction', '砂金等重砂矿物', '4', '砂金等重砂矿物', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "restricted"}', true),
  ('min.development_direction', '铜', '5', '铜', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '金（不含砂金）', '6', '金（不含砂金）', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '钨', '7', '钨', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '高岭土', '8', '高岭土', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '陶瓷土', '9', '陶瓷土', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '水泥用灰岩', '10', '水泥用灰岩', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '制灰用灰岩', '11', '制灰用灰岩', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '膨润土', '12', '膨润土', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '玻璃用石英砂砾岩', '13', '玻璃用石英砂砾岩', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '饰面用石材', '14', '饰面用石材', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "prioritised"}', true),
  ('min.development_direction', '建筑用石料', '15', '建筑用石料', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "controlled_intensity"}', true),
  ('min.development_direction', '砖瓦用页岩', '16', '砖瓦用页岩', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "controlled_intensity"}', true),
  ('min.development_direction', '煤炭', '17', '煤炭', '景府发〔2022〕10号', '规划 第五章（L636–L648）', '{"direction": "stabilise_supply"}', true),
  ('min.category_regime', 'first', '1', '第一类矿产', '景府发〔2022〕10号', '规划 L564, L599, L630', '{"exploration_block": "not designated in principle; public transfer deemed conforming", "exploration_right": true}', true),
  ('min.category_regime', 'second', '2', '第二类矿产', '景府发〔2022〕10号', '规划 L564, L599, L630', '{"exploration_block": "designated by province or city", "exploration_right": true}', true),
  ('min.category_regime', 'third', '3', '第三类矿产', '景府发〔2022〕10号', '规划 L564, L599, L630', '{"exploration_block": "county 集中开采区 or direct 开采规划区块", "exploration_right": null}', true),
  ('min.category_regime', 'sand_gravel_clay', '4', '砂石粘土类', '景府发〔2022〕10号', '规划 L564, L599, L630', '{"exploration_block": null, "exploration_right": false}', true),
  ('min.new_right_requirement', 'NOT_IN_BLOCK', '1', '空白区新设采矿权须符合开采规划区块（或探转采视同符合）', '景府发〔2022〕10号', '规划 L638, L687, L714', '{"issuing_levels": "all"}', true),
  ('min.new_right_requirement', 'NO_STABILITY_ASSESSMENT', '2', '新设市、县级采矿权须开展社会稳定风险评估并报县级政法委备案', '景府发〔2022〕10号', '规划 L638, L687, L714', '{"issuing_levels": "city,county"}', true),
  ('min.new_right_requirement', 'RIDGE_BOUNDARY', '3', '县级发证采矿权矿区范围不得以自然山脊为界', '景府发〔2022〕10号', '规划 L638, L687, L714', '{"issuing_levels": "county"}', true),
  ('min.new_right_requirement', 'NO_BENCHING', '4', '县级发证采矿权应满足自上而下水平分层开采条件', '景府发〔2022〕10号', '规划 L638, L687, L714', '{"issuing_levels": "county"}', true),
  ('min.new_right_requirement', 'BELOW_MIN_SCALE', '5', '不低于专栏5-2最低开采规模', '景府发〔2022〕10号', '规划 L638, L687, L714', '{"issuing_levels": "all"}', true),
  ('min.new_right_requirement', 'BELOW_MIN_LIFE', '6', '不低于最低服务年限', '景府发〔2022〕10号', '规划 L638, L687, L714', '{"issuing_levels": "all"}', true);

-- 41.7 Digital-government tasks and the 千馆之城 venues (spec 40 §f.5) --------------

CREATE TABLE jdz.dg_task (
	task_no int PRIMARY KEY CHECK (task_no BETWEEN 1 AND 66 AND task_no NOT BETWEEN 22 AND 25),
	section text NOT NULL,
	name text NOT NULL,
	lead_dept text NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.dg_task IS 'the key tasks of 景府办字〔2022〕45号 附件 (spec 40 §f.5; DG-T): 62 rows, tasks 1–21 and 26–66 (22–25 are missing from the source, A-1)';
COMMENT ON COLUMN jdz.dg_task.task_no IS 'the 序号 of the task';
COMMENT ON COLUMN jdz.dg_task.section IS 'the table heading (一 数字决策 … 八 安全保障, A-9)';
COMMENT ON COLUMN jdz.dg_task.name IS '工作任务, verbatim';
COMMENT ON COLUMN jdz.dg_task.lead_dept IS '责任部门, verbatim';
COMMENT ON COLUMN jdz.dg_task.source_line IS 'the line of raw seed 004 where the row starts';
COMMENT ON COLUMN jdz.dg_task.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.dg_task', 'WHERE NOT builtin');
-- rows of data/dg_task.csv
INSERT INTO jdz.dg_task (task_no, section, name, lead_dept, source_line, builtin) VALUES
  ('1', '一 数字决策', '构建一体化的数字决策体系', '市政府办公室牵头，市政府有关部门、县（市、区）政府配合', '2569', true),
  ('2', '一 数字决策', '提升政务服务效能监管能力', '市政数局牵头, 市政府有关部门、各县（市、区）政府配合', '2592', true),
  ('3', '一 数字决策', '推进工业运行监测', '市工信局牵头', '2611', true),
  ('4', '一 数字决策', '推进数字财政建设', '市财政局牵头', '2618', true),
  ('5', '二 综合监管', '扩大“互联网+监管”平台应用广度和深度', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '2634', true),
  ('6', '二 综合监管', '提升“双随机、一公开”执法监督平台应用覆盖度', '市市场监管局牵头，市政府有关部门配合', '2654', true),
  ('7', '二 综合监管', '市场监管', '市市场监管局牵头', '2677', true),
  ('8', '二 综合监管', '工程监管', '市住建局、市城管局、市政数局牵头', '2691', true),
  ('9', '二 综合监管', '完善信用体系', '市发改委牵头，市科技局、市市场监管局、市税务局、市商务局、市文旅局、市银保监分局、市民政局、市人社局等有关部门配合', '2711', true),
  ('10', '三 协同治理', '推进新型智慧城市建设', '市政数局牵头，市政府有关部门配合', '2737', true),
  ('11', '三 协同治理', '推进智慧社区建设', '各县（市、区）政府牵头', '2754', true),
  ('12', '三 协同治理', '推进“智慧司法”建设', '市司法局牵头', '2768', true),
  ('13', '三 协同治理', '推进社会治安智能化建设', '市政数局、市公安局牵头', '2785', true),
  ('14', '三 协同治理', '提升社会矛盾化解能力', '市司法局牵头', '2816', true),
  ('15', '三 协同治理', '推进基层智慧治理', '各县（市、区）政府牵头', '2827', true),
  ('16', '三 协同治理', '推进自然资源保护数字化应用', '市政数局、市自然资源规划局牵头', '2843', true),
  ('17', '三 协同治理', '推进智慧林业建设', '市政数局、市林业局牵头', '2861', true),
  ('18', '三 协同治理', '统筹智慧水利建设', '市政数局、市水利局牵头', '2873', true),
  ('19', '三 协同治理', '强化生态环境监测', '市生态环境局牵头', '2882', true),
  ('20', '三 协同治理', '推进生态文明数字化转型', '市发改委牵头', '2892', true),
  ('21', '三 协同治理', '应急管理', '市应急局、市消防救援支队、市政数局牵头，相关成员单位配合', '2904', true),
  ('26', '四 公共服务', '推动惠企服务精准高效', '市政数局牵头，市直有关单位，各县（市、区）政府落实', '2933', true),
  ('27', '四 公共服务', '社会保障', '市人社局牵头', '2966', true),
  ('28', '四 公共服务', '民政服务', '市民政局、市政数局牵头', '2972', true),
  ('29', '四 公共服务', '教育教学', '市教体局牵头', '2983', true),
  ('30', '四 公共服务', '交通运输', '市交通局牵头，各县（市、区）交通局配合', '2993', true),
  ('31', '四 公共服务', '医疗保障', '市医保局牵头', '3021', true),
  ('32', '四 公共服务', '卫生健康', '市卫健委牵头', '3028', true),
  ('33', '四 公共服务', '安居服务', '市住建局、市公积金管理中心牵头', '3040', true),
  ('34', '四 公共服务', '智慧商务', '市政数局、市商务局牵头', '3056', true),
  ('35', '四 公共服务', '文化旅游', '市政数局、市文旅局牵头', '3068', true),
  ('36', '四 公共服务', '陶瓷产业', '市工信局牵头，国家试验区管委会办公室、市统计局、市市场监督管理局等市政府有关部门、各县（市、区）政府配合', '3088', true),
  ('37', '五 政务运转', '升级拓展“赣政通”', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3106', true),
  ('38', '五 政务运转', '推进内部业务流程优化', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3125', true),
  ('39', '五 政务运转', '建立大数据辅助科学决策机制', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3152', true),
  ('40', '五 政务运转', '推动公文办理高效便捷', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3169', true),
  ('41', '五 政务运转', '推进政府会议智慧管理', '市政数局、市管中心牵头，市政府有关部门配合', '3192', true),
  ('42', '五 政务运转', '完善数字档案馆建设', '市政数局、市档案局牵头，市档案馆落实，市政府有关部门配合', '3213', true),
  ('43', '五 政务运转', '升级改造全市视频会议应用', '市政数局牵头，各县（市、区）政府配合', '3230', true),
  ('44', '五 政务运转', '建设全市督查督办系统', '市政府办公室牵头，市政府有关部门、各县（市、区）政府配合', '3247', true),
  ('45', '五 政务运转', '优化政府职责体系', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3267', true),
  ('46', '五 政务运转', '优化组织运行架构', '市政府办公室牵头，市政府有关部门、各县（市、区）政府配合', '3283', true),
  ('47', '六 政务公开', '全面推行政府网站集约化', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3303', true),
  ('48', '六 政务公开', '建设政务新媒体矩阵', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3318', true),
  ('49', '六 政务公开', '提升政务公开专区建设水平', '市政府办公室牵头，市政府有关部门、各县（市、区）政府配合', '3337', true),
  ('50', '六 政务公开', '创新多平台多样化政策解读', '市政府办公室牵头，市政府有关部门、各县（市、区）政府配合', '3356', true),
  ('51', '七 数字基座', '完善政务云和政务大数据中心建设', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3380', true),
  ('52', '七 数字基座', '升级改造电子政务外网', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3403', true),
  ('53', '七 数字基座', '推进 IPv6 规模化应用', '市委网信办、市政数局、市工信局牵头，市政府有关部门、各县（市、区）政府配合', '3428', true),
  ('54', '七 数字基座', '统一电子证照', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3452', true),
  ('55', '七 数字基座', '统一电子印章', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3472', true),
  ('56', '七 数字基座', '统一智能客服系统', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3503', true),
  ('57', '七 数字基座', '统一政务地理空间信息高频库', '市自然资源规划局、市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3523', true),
  ('58', '七 数字基座', '运行维护支撑', '市政府有关部门、各县（市、区）政府牵头', '3547', true),
  ('59', '七 数字基座', '完善数据中心建设', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3563', true),
  ('60', '七 数字基座', '编制完善政务数据目录和供需对接清单', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3574', true),
  ('61', '七 数字基座', '强化数据共享交换平台枢纽功能', '市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3592', true),
  ('62', '七 数字基座', '推进公共数据开放', '市委网信办、市政数局牵头，市政府有关部门、各县（市、区）政府配合', '3628', true),
  ('63', '七 数字基座', '推进数据要素市场化配置', '市发改委牵头，市政府有关单位配合', '3639', true),
  ('64', '八 安全保障', '强化安全管理责任', '市委网信办、市公安局牵头，市政府有关部门、各县（市、区）政府配合。', '3652', true),
  ('65', '八 安全保障', '落实安全制度要求', '市委网信办、市公安局牵头，市政府有关部门、各县（市、区）政府配合。', '3664', true),
  ('66', '八 安全保障', '提升安全保障能力', '市委网信办、市公安局牵头，市政府有关部门、各县（市、区）政府配合。', '3674', true);

CREATE TABLE jdz.qg_venue (
	venue_id int PRIMARY KEY CHECK (venue_id BETWEEN 1 AND 100000),
	batch int NOT NULL DEFAULT 1,
	top_class text NOT NULL,
	sub_class text NOT NULL,
	leaf_class text,
	name text NOT NULL,
	district text,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.qg_venue IS 'the 330 venues of the first batch of 千馆之城 (景府办字〔2023〕51号; spec 40 §f.5; QG-01)';
COMMENT ON COLUMN jdz.qg_venue.venue_id IS 'running number in table order (1…330)';
COMMENT ON COLUMN jdz.qg_venue.batch IS 'the batch (1)';
COMMENT ON COLUMN jdz.qg_venue.top_class IS '陶瓷文化类 or 其他文化人文类';
COMMENT ON COLUMN jdz.qg_venue.sub_class IS 'the second-level class of the list';
COMMENT ON COLUMN jdz.qg_venue.leaf_class IS 'the third-level class; NULL where the list has none';
COMMENT ON COLUMN jdz.qg_venue.name IS 'the venue name, verbatim (A-QG4)';
COMMENT ON COLUMN jdz.qg_venue.district IS 'the district; not given per venue (A-QG1), NULL';
COMMENT ON COLUMN jdz.qg_venue.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.qg_venue', 'WHERE NOT builtin');
-- rows of data/qg_venue.csv
INSERT INTO jdz.qg_venue (venue_id, top_class, sub_class, leaf_class, name, builtin) VALUES
  ('1', '陶瓷文化类', '陶瓷文化历史类', NULL, '景德镇中国陶瓷博物馆', true),
  ('2', '陶瓷文化类', '陶瓷文化历史类', NULL, '景德镇陶瓷大学博物馆', true),
  ('3', '陶瓷文化类', '陶瓷文化历史类', NULL, '景德镇皇窑陶瓷艺术博物馆', true),
  ('4', '陶瓷文化类', '陶瓷文化历史类', NULL, '景德镇市千年陶瓷文化展览馆', true),
  ('5', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇御窑博物院', true),
  ('6', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇陶瓷工业遗产博物馆', true),
  ('7', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇陶瓷民俗博物馆', true),
  ('8', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇民窑博物馆', true),
  ('9', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇陶溪川青白瓷博物馆', true),
  ('10', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇陶博城', true),
  ('11', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '赣鄱古人类和古陶瓷博物馆', true),
  ('12', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇十大瓷厂陶瓷博物馆', true),
  ('13', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇精益斋陶瓷博物馆', true),
  ('14', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '瑶里博物馆', true),
  ('15', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '寿安镇中心学校乡村少年宫陶艺中心青白瓷博物馆', true),
  ('16', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇外销瓷博物馆', true),
  ('17', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '高岭博物馆', true),
  ('18', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '茶博馆', true),
  ('19', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇千年瓷宫', true),
  ('20', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇三宝国际陶艺村博物馆', true),
  ('21', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇厚森青花瓷博物馆', true),
  ('22', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇御窑文化艺术博物馆', true),
  ('23', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇大件瓷博物馆', true),
  ('24', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇景东艺术陶瓷珍品博物馆', true),
  ('25', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇市焰柴垚文化博物馆', true),
  ('26', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇匣钵博物馆', true),
  ('27', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '红色陶瓷文创馆', true),
  ('28', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '唐英学社', true),
  ('29', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇雷锋文化陈列馆', true),
  ('30', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '体育陶瓷收藏馆', true),
  ('31', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '景德镇高岭土历史文化馆', true),
  ('32', '陶瓷文化类', '陶瓷文化专题类', '物质文化遗产类', '昌江文旅陶瓷文创馆', true),
  ('33', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇非物质文化遗产馆', true),
  ('34', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇昌江区非遗展示馆', true),
  ('35', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇高岭国家矿山公园博物馆', true),
  ('36', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '高岭·中国村根雕艺术馆', true),
  ('37', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '吉美青云陶瓷釉料展厅', true),
  ('38', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇市传统粉彩瓷研究院', true),
  ('39', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '老雕博物馆', true),
  ('40', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇市镇尚陶瓷有限公司', true),
  ('41', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '汪长胜陶瓷雕刻工作室', true),
  ('42', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '宝蕴阁珐琅彩瓷创作研究中心', true),
  ('43', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '吴云霞陶瓷艺术馆', true),
  ('44', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '丹书心画艺术馆', true),
  ('45', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇丙丁柴窑', true),
  ('46', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇陶瓷包装历史博物馆', true),
  ('47', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇鼎窑瓷园文化传媒有限公司', true),
  ('48', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '北厂陶瓷文化馆', true),
  ('49', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇拾英御制青花非遗文化馆', true),
  ('50', '陶瓷文化类', '陶瓷文化专题类', '非物质文化遗产类', '景德镇丝绸瓷路陶瓷创意园', true),
  ('51', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '曾山东故居纪念馆（瓷雕曾陶瓷艺术馆）', true),
  ('52', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '“彭友善、彭友贤”旧居', true),
  ('53', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇何炳钦陶瓷艺术馆', true),
  ('54', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '赖德全现代美术馆', true),
  ('55', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇宁钢艺术博物馆', true),
  ('56', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '邓希平颜色釉陶瓷艺术博物馆', true),
  ('57', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '熊钢如陶瓷艺术馆', true),
  ('58', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '曾亚林陶瓷艺术馆', true),
  ('59', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '孙燕明陶瓷艺术馆', true),
  ('60', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇市陈军傅长敏陶瓷艺术馆', true),
  ('61', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇蔡玲玲陶瓷艺术博物馆', true),
  ('62', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '汪派山水瓷艺馆', true),
  ('63', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '韩志辉陶瓷艺术馆', true),
  ('64', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '于氏非遗馆', true),
  ('65', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇曹爱勤艺术馆', true),
  ('66', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇饶晓晴陶瓷艺术馆', true),
  ('67', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '尚泥工坊·汪洋汪洲陶艺馆', true),
  ('68', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '大有瓷艺绘画馆', true),
  ('69', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '陈叶梦陶瓷艺术馆', true),
  ('70', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '黄景藏青花陶瓷艺术馆', true),
  ('71', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '溯源艺术馆', true),
  ('72', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '李林洪陶瓷艺术馆', true),
  ('73', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '梅庐曾维开艺术馆', true),
  ('74', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '吴天麟汪淑珍陶瓷艺术馆', true),
  ('75', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '黄小华瓷画艺术馆', true),
  ('76', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '吴龙陶瓷艺术馆', true),
  ('77', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '俞暄陶瓷艺术馆', true),
  ('78', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '曾德富陶瓷艺术馆', true),
  ('79', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '吴红星陶瓷艺术馆', true),
  ('80', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '王鲁湘工作室（李可染画院）', true),
  ('81', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '揭金平古彩艺术工作室', true),
  ('82', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '洪勤浪技能大师工作室', true),
  ('83', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '曾平手作天目馆', true),
  ('84', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '汪春麟陶瓷艺术馆', true),
  ('85', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '袁世文陶瓷艺术馆', true),
  ('86', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '雪缘斋陶瓷艺术馆', true),
  ('87', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '占绍林技能大师工作室', true),
  ('88', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '彭想生艺术陶瓷馆', true),
  ('89', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '吕品昌雕塑艺术馆', true),
  ('90', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '孙立新艺术工作室', true),
  ('91', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '景德镇市余新华陶瓷彩绘技能大师工作室', true),
  ('92', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '王品刚陶瓷艺术馆', true),
  ('93', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '曹志发陶瓷艺术馆', true),
  ('94', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '“琼楼玉宇”展厅', true),
  ('95', '陶瓷文化类', '陶瓷文化专题类', '陶瓷人文艺术类', '“溢珍堂”展厅', true),
  ('96', '其他文化人文类', '地方文化综合类', NULL, '景德镇老城博物馆', true),
  ('97', '其他文化人文类', '地方文化综合类', NULL, '乐平市博物馆', true),
  ('98', '其他文化人文类', '地方文化综合类', NULL, '浮梁县博物馆', true),
  ('99', '其他文化人文类', '地方文化综合类', NULL, '大顺布店', true),
  ('100', '其他文化人文类', '地方文化综合类', NULL, '乐平市收藏协会藏品陈列馆', true),
  ('101', '其他文化人文类', '红色文化类', NULL, '红十军建军旧址纪念馆', true),
  ('102', '其他文化人文类', '红色文化类', NULL, '新四军瑶里改编纪念馆', true),
  ('103', '其他文化人文类', '红色文化类', NULL, '荷塘乡红色文化展馆', true),
  ('104', '其他文化人文类', '红色文化类', NULL, '中共浮乐婺中心县委旧址陈列馆', true),
  ('105', '其他文化人文类', '红色文化类', NULL, '琅溪红军大礼堂', true),
  ('106', '其他文化人文类', '红色文化类', NULL, '浮梁县博物馆皖赣边苏区程家山历史展（第四展厅）', true),
  ('107', '其他文化人文类', '红色文化类', NULL, '锦泰红色博物馆', true),
  ('108', '其他文化人文类', '红色文化类', NULL, '篁坞村方志敏旧居', true),
  ('109', '其他文化人文类', '红色文化类', NULL, '镇桥镇枫山烈士陵园', true),
  ('110', '其他文化人文类', '红色文化类', NULL, '景德镇皖赣分区苏维埃政府被服厂旧址', true),
  ('111', '其他文化人文类', '红色文化类', NULL, '荷塘红色书院', true),
  ('112', '其他文化人文类', '红色文化类', NULL, '江式训革命烈士展陈馆', true),
  ('113', '其他文化人文类', '红色文化类', NULL, '峙滩镇八县会议旧址纪念广场', true),
  ('114', '其他文化人文类', '红色文化类', NULL, '红色文化主题馆', true),
  ('115', '其他文化人文类', '红色文化类', NULL, '乐平市非遗暨红色文化展示中心', true),
  ('116', '其他文化人文类', '红色文化类', NULL, '乐平市共产义水库纪念馆', true),
  ('117', '其他文化人文类', '红色文化类', NULL, '赣东北特委旧址', true),
  ('118', '其他文化人文类', '红色文化类', NULL, '礼林镇红色教育馆', true),
  ('119', '其他文化人文类', '公共文化类', '科技馆', '景德镇江西直升机科技馆', true),
  ('120', '其他文化人文类', '公共文化类', '科技馆', '陶瓷元宇宙馆', true),
  ('121', '其他文化人文类', '公共文化类', '科技馆', '景德镇市珠山区陶阳科技馆', true),
  ('122', '其他文化人文类', '公共文化类', '科技馆', '江西创泽智能机器人有限公司', true),
  ('123', '其他文化人文类', '公共文化类', '文化馆', '景德镇市文化馆', true),
  ('124', '其他文化人文类', '公共文化类', '文化馆', '景德镇乐平市文化馆', true),
  ('125', '其他文化人文类', '公共文化类', '文化馆', '景德镇浮梁县文化馆', true),
  ('126', '其他文化人文类', '公共文化类', '文化馆', '景德镇昌江区文化馆', true),
  ('127', '其他文化人文类', '公共文化类', '文化馆', '景德镇珠山区文化馆', true),
  ('128', '其他文化人文类', '公共文化类', '文化馆', '后港镇文化馆', true),
  ('129', '其他文化人文类', '公共文化类', '文化馆', '三闾庙历史文化馆', true),
  ('130', '其他文化人文类', '公共文化类', '文化馆', '景德镇市版权馆', true),
  ('131', '其他文化人文类', '公共文化类', '图书馆', '景德镇市图书馆', true),
  ('132', '其他文化人文类', '公共文化类', '图书馆', '乐平市图书馆', true),
  ('133', '其他文化人文类', '公共文化类', '图书馆', '乐平市图书馆东湖分馆', true),
  ('134', '其他文化人文类', '公共文化类', '图书馆', '乐平市图书馆天湖分馆', true),
  ('135', '其他文化人文类', '公共文化类', '图书馆', '浮梁县图书馆', true),
  ('136', '其他文化人文类', '公共文化类', '图书馆', '珠山区图书馆', true),
  ('137', '其他文化人文类', '公共文化类', '图书馆', '昌江区图书馆', true),
  ('138', '其他文化人文类', '公共文化类', '图书馆', '景德镇学院图书馆', true),
  ('139', '其他文化人文类', '公共文化类', '图书馆', '江西陶瓷工艺美术职业技术学院图书馆', true),
  ('140', '其他文化人文类', '公共文化类', '图书馆', '景德镇陶瓷技师学院图书馆', true),
  ('141', '其他文化人文类', '公共文化类', '图书馆', '浮梁县图书馆程家山村分馆', true),
  ('142', '其他文化人文类', '公共文化类', '图书馆', '鲇鱼山镇文化站', true),
  ('143', '其他文化人文类', '公共文化类', '图书馆', '西郊街道文化站', true),
  ('144', '其他文化人文类', '公共文化类', '图书馆', '吕蒙街道文化站', true),
  ('145', '其他文化人文类', '公共文化类', '图书馆', '丽阳镇综合文化站', true),
  ('146', '其他文化人文类', '公共文化类', '图书馆', '鸬鹚乡综合文化站', true),
  ('147', '其他文化人文类', '公共文化类', '图书馆', '双田镇综合文化站', true),
  ('148', '其他文化人文类', '公共文化类', '图书馆', '塔前镇综合文化站', true),
  ('149', '其他文化人文类', '公共文化类', '图书馆', '镇桥镇综合文化站', true),
  ('150', '其他文化人文类', '公共文化类', '美术馆', '景德镇市美术馆', true),
  ('151', '其他文化人文类', '公共文化类', '美术馆', '景德镇陶溪川美术馆', true),
  ('152', '其他文化人文类', '公共文化类', '美术馆', '景德镇陶溪川球磨美术馆', true),
  ('153', '其他文化人文类', '公共文化类', '美术馆', '景德镇陶溪川翻砂美术馆', true),
  ('154', '其他文化人文类', '公共文化类', '美术馆', '中央美术学院陶溪川美术馆', true),
  ('155', '其他文化人文类', '公共文化类', '美术馆', '乐平美术馆', true),
  ('156', '其他文化人文类', '公共文化类', '美术馆', '浮梁县美术馆', true),
  ('157', '其他文化人文类', '公共文化类', '美术馆', '珠山区美术馆', true),
  ('158', '其他文化人文类', '公共文化类', '美术馆', '景德镇学院美术馆', true),
  ('159', '其他文化人文类', '公共文化类', '美术馆', '江西陶瓷工艺美术职业技术学院美术馆', true),
  ('160', '其他文化人文类', '公共文化类', '美术馆', '景德镇陶瓷艺术研究院美术馆', true),
  ('161', '其他文化人文类', '公共文化类', '美术馆', '御窑景巷艺术馆', true),
  ('162', '其他文化人文类', '公共文化类', '美术馆', '广州美院景德镇创研中心', true),
  ('163', '其他文化人文类', '公共文化类', '美术馆', '景德镇寻梦瓷缘美术馆', true),
  ('164', '其他文化人文类', '公共文化类', '美术馆', '三宝美术馆', true),
  ('165', '其他文化人文类', '公共文化类', '美术馆', '三宝蓬美术馆', true),
  ('166', '其他文化人文类', '公共文化类', '美术馆', '景德镇五行美术馆', true),
  ('167', '其他文化人文类', '公共文化类', '美术馆', '历代官窑精品展厅', true),
  ('168', '其他文化人文类', '公共文化类', '美术馆', '景德镇历代古瓷研究所', true),
  ('169', '其他文化人文类', '公共文化类', '美术馆', '湖北美术学院景德镇创作中心', true),
  ('170', '其他文化人文类', '公共文化类', '美术馆', '景德镇天工高窑特艺陶瓷研究院', true),
  ('171', '其他文化人文类', '公共文化类', '美术馆', '河州窑西域文化美术馆', true),
  ('172', '其他文化人文类', '公共文化类', '美术馆', '颜山美术馆', true),
  ('173', '其他文化人文类', '公共文化类', '美术馆', '丹鹿美术馆', true),
  ('174', '其他文化人文类', '公共文化类', '美术馆', '景德鎮青美术馆', true),
  ('175', '其他文化人文类', '公共文化类', '美术馆', '守澹美术馆', true),
  ('176', '其他文化人文类', '公共文化类', '美术馆', '雲尚美术馆', true),
  ('177', '其他文化人文类', '公共文化类', '美术馆', '新平陶瓷艺术馆', true),
  ('178', '其他文化人文类', '公共文化类', '美术馆', '景德镇官窑瓷画院', true),
  ('179', '其他文化人文类', '公共文化类', '美术馆', '景德镇市凡溪艺术馆', true),
  ('180', '其他文化人文类', '公共文化类', '美术馆', '景德镇国际工作室', true),
  ('181', '其他文化人文类', '公共文化类', '美术馆', '景德镇市女书法家协会', true),
  ('182', '其他文化人文类', '公共文化类', '美术馆', '竞得府藏风瓷艺馆', true),
  ('183', '其他文化人文类', '公共文化类', '美术馆', '艺林堂展厅', true),
  ('184', '其他文化人文类', '公共文化类', '美术馆', '金石流韵陶瓷艺术馆', true),
  ('185', '其他文化人文类', '公共文化类', '美术馆', '景德镇开明陶瓷书画院', true),
  ('186', '其他文化人文类', '公共文化类', '美术馆', '景德镇逐日陶艺研学写生创作基地', true),
  ('187', '其他文化人文类', '公共文化类', '美术馆', '忆器陶瓷艺术馆', true),
  ('188', '其他文化人文类', '公共文化类', '美术馆', '景德镇福美术馆', true),
  ('189', '其他文化人文类', '公共文化类', '美术馆', '鲁美景德镇研创中心', true),
  ('190', '其他文化人文类', '公共文化类', '美术馆', '善窑厂汝窑美术馆', true),
  ('191', '其他文化人文类', '公共文化类', '美术馆', '上川陶瓷工作室', true),
  ('192', '其他文化人文类', '公共文化类', '美术馆', '四川美术学院景德镇实习实践基地', true),
  ('193', '其他文化人文类', '公共文化类', '美术馆', '天津美术学院景德镇创作研究中心', true),
  ('194', '其他文化人文类', '公共文化类', '美术馆', '西美景德镇教学创研中心', true),
  ('195', '其他文化人文类', '公共文化类', '美术馆', '中国美术学院景德镇创新中心', true),
  ('196', '其他文化人文类', '公共文化类', '美术馆', '雕塑瓷厂美研所艺术馆', true),
  ('197', '其他文化人文类', '公共文化类', '美术馆', '景德镇市昌南美术馆', true),
  ('198', '其他文化人文类', '公共文化类', '美术馆', '陶溪川玻璃工作室', true),
  ('199', '其他文化人文类', '公共文化类', '美术馆', '遇见景德（听涛堂）美学空间', true),
  ('200', '其他文化人文类', '公共文化类', '美术馆', 'YudayuSpace 大于空间', true),
  ('201', '其他文化人文类', '公共文化类', '美术馆', '容美术馆（景德镇）', true),
  ('202', '其他文化人文类', '公共文化类', '美术馆', '道甫青花美术馆', true),
  ('203', '其他文化人文类', '公共文化类', '美术馆', '柴房', true),
  ('204', '其他文化人文类', '公共文化类', '美术馆', '景德镇小麦陶瓷艺术馆', true),
  ('205', '其他文化人文类', '公共文化类', '美术馆', '雕塑瓷厂精品馆', true),
  ('206', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇国瓷馆', true),
  ('207', '其他文化人文类', '公共文化类', '企业展览馆', '央视网瓷数字文化产业基地', true),
  ('208', '其他文化人文类', '公共文化类', '企业展览馆', '印象·泥之歌艺术馆', true),
  ('209', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇博大陶瓷艺术馆', true),
  ('210', '其他文化人文类', '公共文化类', '企业展览馆', '鹿鲲陶瓷', true),
  ('211', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇端隆陶瓷文化博物馆', true),
  ('212', '其他文化人文类', '公共文化类', '企业展览馆', '景浮宫陶瓷艺术展厅', true),
  ('213', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市数字陶瓷展览馆', true),
  ('214', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市杨梅亭文化交流服务中心', true),
  ('215', '其他文化人文类', '公共文化类', '企业展览馆', '伊人如瓷陶瓷文化艺术馆', true),
  ('216', '其他文化人文类', '公共文化类', '企业展览馆', '抚和堂陶瓷文化传播有限公司', true),
  ('217', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇观宋陶瓷', true),
  ('218', '其他文化人文类', '公共文化类', '企业展览馆', '何平窑雕彩陶瓷', true),
  ('219', '其他文化人文类', '公共文化类', '企业展览馆', '华远文化艺术馆', true),
  ('220', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市观道堂陶瓷文化艺术有限公司', true),
  ('221', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市福熙堂陶瓷有限公司', true),
  ('222', '其他文化人文类', '公共文化类', '企业展览馆', '正诚堂陶瓷艺术馆', true),
  ('223', '其他文化人文类', '公共文化类', '企业展览馆', '宝泥房', true),
  ('224', '其他文化人文类', '公共文化类', '企业展览馆', '藏溪山房艺术陶瓷', true),
  ('225', '其他文化人文类', '公共文化类', '企业展览馆', '崔迪陶瓷文化有限公司', true),
  ('226', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇福沃陶瓷有限公司', true),
  ('227', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇聚宸瓷业有限公司（朱素林工作室）', true),
  ('228', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市青艺陶瓷有限公司', true),
  ('229', '其他文化人文类', '公共文化类', '企业展览馆', '辰天精品陶瓷展厅', true),
  ('230', '其他文化人文类', '公共文化类', '企业展览馆', '翀艺精品陶瓷展厅', true),
  ('231', '其他文化人文类', '公共文化类', '企业展览馆', '何窑', true),
  ('232', '其他文化人文类', '公共文化类', '企业展览馆', '华玉轩陶瓷展厅', true),
  ('233', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇瓷韵昌南陶瓷有限公司', true),
  ('234', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇金品陶陶瓷有限公司', true),
  ('235', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇筷乐生活科技有限公司', true),
  ('236', '其他文化人文类', '公共文化类', '企业展览馆', '名坊园民俗客栈有限公司', true),
  ('237', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇洵堂陶瓷文化有限公司', true),
  ('238', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市鼎器陶瓷有限公司', true),
  ('239', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市冯氏陶瓷文化发展有限公司', true),
  ('240', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市聚力陶瓷有限公司', true),
  ('241', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市凌冠陶瓷有限公司', true),
  ('242', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市彭氏陶瓷有限公司', true),
  ('243', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市优胜美陶瓷有限公司', true),
  ('244', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市玉柏瓷业有限公司', true),
  ('245', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市元薪号文化创意有限公司', true),
  ('246', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市中润陶瓷有限公司', true),
  ('247', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇邢州瓷业有限公司', true),
  ('248', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇研学教育科技有限公司', true),
  ('249', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇垚美瓷文化有限公司', true),
  ('250', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇雨秋陶瓷有限公司', true),
  ('251', '其他文化人文类', '公共文化类', '企业展览馆', '御宝斋陶瓷展厅', true),
  ('252', '其他文化人文类', '公共文化类', '企业展览馆', '风过耳美术馆酒店', true),
  ('253', '其他文化人文类', '公共文化类', '企业展览馆', '小陶然陶艺馆', true),
  ('254', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市真如堂陶瓷有限公司', true),
  ('255', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇文祥窑陶瓷艺术有限公司', true),
  ('256', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市玉翰堂陶瓷有限公司', true),
  ('257', '其他文化人文类', '公共文化类', '企业展览馆', '地方造物空间', true),
  ('258', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇南寻陶瓷有限公司', true),
  ('259', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇昌伟陶瓷文化有限公司', true),
  ('260', '其他文化人文类', '公共文化类', '企业展览馆', '缘源文化创意园', true),
  ('261', '其他文化人文类', '公共文化类', '企业展览馆', '清和陶瓷（景德镇）有限公司', true),
  ('262', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇器世代文化有限公司', true),
  ('263', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇饶玉陶瓷文化传播有限公司', true),
  ('264', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市润玉陶瓷有限公司', true),
  ('265', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市望龙陶瓷有限公司', true),
  ('266', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇澐知味陶瓷文化有限公司', true),
  ('267', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇本色陶瓷文化创意有限公司（文心社）', true),
  ('268', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇唐白器陶瓷文化传播有限公司', true),
  ('269', '其他文化人文类', '公共文化类', '企业展览馆', '宝瓷林陶瓷艺术馆', true),
  ('270', '其他文化人文类', '公共文化类', '企业展览馆', '富玉陶瓷', true),
  ('271', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇瓷之宴文化发展有限公司', true),
  ('272', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇法蓝瓷实业有限公司', true),
  ('273', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市昌南陶瓷酒瓶艺术馆', true),
  ('274', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市金氏龙尧陶瓷文化馆', true),
  ('275', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇逸品天合陶瓷有限公司', true),
  ('276', '其他文化人文类', '公共文化类', '企业展览馆', '诚德轩名坊园展馆', true),
  ('277', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市伊人如瓷陶瓷职业技能培训学校', true),
  ('278', '其他文化人文类', '公共文化类', '企业展览馆', '景德镇市金氏龙尧陶瓷文化传承发展有限公司', true),
  ('279', '其他文化人文类', '公共文化类', '个人工作室', '丹青坊', true),
  ('280', '其他文化人文类', '公共文化类', '个人工作室', '景德镇市昌南红画院', true),
  ('281', '其他文化人文类', '公共文化类', '个人工作室', '景德镇正浩工作室', true),
  ('282', '其他文化人文类', '公共文化类', '个人工作室', '字非字陶瓷书法工作室', true),
  ('283', '其他文化人文类', '公共文化类', '个人工作室', '青雕希琢艺术馆', true),
  ('284', '其他文化人文类', '公共文化类', '个人工作室', '龚良志陶瓷艺术工作室', true),
  ('285', '其他文化人文类', '公共文化类', '个人工作室', '景德镇芦窑付光华艺术工作室', true),
  ('286', '其他文化人文类', '公共文化类', '个人工作室', '景德镇市古雅彩陶瓷艺术研究所', true),
  ('287', '其他文化人文类', '公共文化类', '个人工作室', '海仁陶瓷工作室', true),
  ('288', '其他文化人文类', '公共文化类', '个人工作室', '文峰艺轩陶瓷工作室', true),
  ('289', '其他文化人文类', '公共文化类', '个人工作室', '惜抱堂', true),
  ('290', '其他文化人文类', '公共文化类', '个人工作室', '蕴秀堂陶瓷工作室', true),
  ('291', '其他文化人文类', '公共文化类', '个人工作室', '高岭陶艺学会现代陶艺馆（熊星工作室）', true),
  ('292', '其他文化人文类', '公共文化类', '个人工作室', '展晖堂', true),
  ('293', '其他文化人文类', '公共文化类', '档案馆', '景德镇市昌江区档案馆', true),
  ('294', '其他文化人文类', '公共文化类', '村史馆', '浮梁县寒溪村村史馆', true),
  ('295', '其他文化人文类', '公共文化类', '村史馆', '浮梁县南溪村村史馆', true),
  ('296', '其他文化人文类', '公共文化类', '村史馆', '景德镇兴田乡汪氏祠堂', true),
  ('297', '其他文化人文类', '公共文化类', '村史馆', '景德镇瑶里改编旧址陈毅故居', true),
  ('298', '其他文化人文类', '公共文化类', '村史馆', '英溪村村史馆', true),
  ('299', '其他文化人文类', '公共文化类', '村史馆', '徐坊村史馆', true),
  ('300', '其他文化人文类', '公共文化类', '村史馆', '乐港大路边村史馆', true),
  ('301', '其他文化人文类', '公共文化类', '村史馆', '孙家村村史馆', true),
  ('302', '其他文化人文类', '公共文化类', '村史馆', '塔山街道天济社区村史馆', true),
  ('303', '其他文化人文类', '公共文化类', '村史馆', '小坑村村史馆', true),
  ('304', '其他文化人文类', '公共文化类', '村史馆', '名口高阳祠', true),
  ('305', '其他文化人文类', '茶文化类', NULL, '浮梁县古县衙茶文化博物馆', true),
  ('306', '其他文化人文类', '茶文化类', NULL, '浮梁县天祥号浮梁茶博物馆', true),
  ('307', '其他文化人文类', '茶文化类', NULL, '景德镇浮茶集团', true),
  ('308', '其他文化人文类', '茶文化类', NULL, '九龙山垦殖场制茶厂', true),
  ('309', '其他文化人文类', '茶文化类', NULL, '浮梁贡茶体验馆', true),
  ('310', '其他文化人文类', '茶文化类', NULL, '浮梁县昌南茶叶有限公司昌南研学基地', true),
  ('311', '其他文化人文类', '古戏台类', NULL, '乐平市非物质文化遗产馆', true),
  ('312', '其他文化人文类', '古戏台类', NULL, '古戏台博览园', true),
  ('313', '其他文化人文类', '古戏台类', NULL, '洪皓森林公园仿古戏台', true),
  ('314', '其他文化人文类', '古戏台类', NULL, '车溪敦本堂', true),
  ('315', '其他文化人文类', '古戏台类', NULL, '戴村上房祠堂戏台', true),
  ('316', '其他文化人文类', '古戏台类', NULL, '乐港镇余家村古戏台', true),
  ('317', '其他文化人文类', '古戏台类', NULL, '双田镇横路万年台', true),
  ('318', '其他文化人文类', '古戏台类', NULL, '双田镇龙珠戏台', true),
  ('319', '其他文化人文类', '古戏台类', NULL, '杨子安村戏台', true),
  ('320', '其他文化人文类', '古戏台类', NULL, '涌山昭穆堂', true),
  ('321', '其他文化人文类', '古戏台类', NULL, '乐平市伯益古建筑开发有限公司', true),
  ('322', '其他文化人文类', '古戏台类', NULL, '乐平市中乐徽派古建筑修复有限公司', true),
  ('323', '其他文化人文类', '传统医药类', NULL, '江西景德中药股份有限公司', true),
  ('324', '其他文化人文类', '传统医药类', NULL, '景德镇素问御药国医馆', true),
  ('325', '其他文化人文类', '传统医药类', NULL, '三宝杏林春满中医馆', true),
  ('326', '其他文化人文类', '传统副食品类', NULL, '景德镇市（乐平）古法酿造历史文化馆', true),
  ('327', '其他文化人文类', '传统副食品类', NULL, '乐平市高家庄食品有限公司', true),
  ('328', '其他文化人文类', '传统副食品类', NULL, '景德镇当歌雅酒文化有限公司', true),
  ('329', '其他文化人文类', '传统副食品类', NULL, '乐平市洎阳古韵酒业有限公司', true),
  ('330', '其他文化人文类', '传统副食品类', NULL, '景德镇瓷酒文化博物馆', true);

CREATE TABLE jdz.qg_area_count (
	area text PRIMARY KEY,
	batch int NOT NULL DEFAULT 1,
	venues int NOT NULL CHECK (venues >= 0),
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.qg_area_count IS 'venues of the first batch of 千馆之城 per area (spec 40 §f.5; QG-01): the sum is 330; 高新区 has no count';
COMMENT ON COLUMN jdz.qg_area_count.area IS 'the county, district or zone';
COMMENT ON COLUMN jdz.qg_area_count.batch IS 'the batch (1)';
COMMENT ON COLUMN jdz.qg_area_count.venues IS 'the number of venues';
COMMENT ON COLUMN jdz.qg_area_count.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.qg_area_count', 'WHERE NOT builtin');
-- rows of data/qg_area_count.csv
INSERT INTO jdz.qg_area_count (area, venues, builtin) VALUES
  ('乐平市', '42', true),
  ('浮梁县', '49', true),
  ('昌江区', '41', true),
  ('珠山区', '104', true),
  ('昌南新区', '94', true);

-- 41.8 Mineral plan, 景府发〔2022〕10号 (spec 40 §f.7) -----------------------------

CREATE TABLE jdz.mineral_indicator (
	table_id text NOT NULL CHECK (table_id IN ('1-4', '3-1')),
	seq int NOT NULL,
	category text NOT NULL,
	indicator text NOT NULL,
	mineral text NOT NULL DEFAULT '',
	unit text NOT NULL,
	target numeric NOT NULL,
	target_text text NOT NULL,
	actual numeric,
	span jdz.indicator_span NOT NULL,
	attribute jdz.indicator_attribute NOT NULL,
	comparator jdz.comparator NOT NULL CHECK (comparator <> 'bool'),
	target_year int NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (table_id, seq),
	UNIQUE (table_id, indicator, mineral, unit)
);
COMMENT ON TABLE jdz.mineral_indicator IS 'the indicators of the mineral plan (S003-MIN-02..05): 专栏1-4 (2020 targets and actuals) and 专栏3-1 (2025 targets); completion = round(actual / target * 100) half-up, uncapped (printed percentages are not stored)';
COMMENT ON COLUMN jdz.mineral_indicator.table_id IS '1-4 (专栏1-4, 2016–2020) or 3-1 (专栏3-1, 2021–2025)';
COMMENT ON COLUMN jdz.mineral_indicator.seq IS 'row number within the table';
COMMENT ON COLUMN jdz.mineral_indicator.category IS 'the category of the table';
COMMENT ON COLUMN jdz.mineral_indicator.indicator IS 'the indicator';
COMMENT ON COLUMN jdz.mineral_indicator.mineral IS 'the mineral; '''' for non-mineral indicators';
COMMENT ON COLUMN jdz.mineral_indicator.unit IS 'the unit (a cell with two units gives two rows)';
COMMENT ON COLUMN jdz.mineral_indicator.target IS 'the target value';
COMMENT ON COLUMN jdz.mineral_indicator.target_text IS 'the target as printed: [35], ≤0.1';
COMMENT ON COLUMN jdz.mineral_indicator.actual IS 'the 2020 actual (专栏1-4 only)';
COMMENT ON COLUMN jdz.mineral_indicator.span IS 'annual, cumulative (printed in []) or state';
COMMENT ON COLUMN jdz.mineral_indicator.attribute IS 'expected (预期性) or binding (约束性)';
COMMENT ON COLUMN jdz.mineral_indicator.comparator IS 'ge, le (≤ and the 2020 mine count) or approx (开采总量, expected 主要矿种开采总量, the 2025 mine count)';
COMMENT ON COLUMN jdz.mineral_indicator.target_year IS 'the year of the target (2020 or 2025)';
COMMENT ON COLUMN jdz.mineral_indicator.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.mineral_indicator.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mineral_indicator', 'WHERE NOT builtin');
-- rows of data/mineral_indicator.csv
INSERT INTO jdz.mineral_indicator (table_id, seq, category, indicator, mineral, unit, target, target_text, actual, span, attribute, comparator, target_year, source_line, builtin) VALUES
  ('1-4', '1', '矿业经济', '矿业及其延伸产业总产值', '', '亿元', '558.33', '558.33', '621.13', 'annual', 'expected', 'ge', '2020', '366', true),
  ('1-4', '2', '矿业经济', '矿业产值', '', '亿元', '22.31', '22.31', '8.13', 'annual', 'expected', 'ge', '2020', '367', true),
  ('1-4', '3', '矿产资源勘查', '新发现大中型矿产地', '', '处', '3', '[3]', '1', 'cumulative', 'expected', 'ge', '2020', '368', true),
  ('1-4', '4', '矿产资源勘查', '新增资源量', '钨矿', 'WO₃万吨', '35', '[35]', '127.34', 'cumulative', 'expected', 'ge', '2020', '369', true),
  ('1-4', '5', '矿产资源勘查', '新增资源量', '锡矿', '金属吨', '2500', '[2500]', '0', 'cumulative', 'expected', 'ge', '2020', '370', true),
  ('1-4', '6', '矿产资源勘查', '新增资源量', '铅锌矿', '金属万吨', '10', '[10]', '0', 'cumulative', 'expected', 'ge', '2020', '371', true),
  ('1-4', '7', '矿产资源勘查', '新增资源量', '铜矿', '金属万吨', '16', '[16]', '0', 'cumulative', 'expected', 'ge', '2020', '372', true),
  ('1-4', '8', '矿产资源勘查', '新增资源量', '金矿', '金属吨', '7', '[7]', '2.5', 'cumulative', 'expected', 'ge', '2020', '373', true),
  ('1-4', '9', '矿产资源勘查', '新增资源量', '银矿', '金属吨', '400', '[400]', '23', 'cumulative', 'expected', 'ge', '2020', '374', true),
  ('1-4', '10', '矿产资源勘查', '新增资源量', '陶瓷土', '矿石万吨', '1200', '[1200]', '384.3', 'cumulative', 'expected', 'ge', '2020', '375', true),
  ('1-4', '11', '矿产资源勘查', '新增资源量', '高岭土', '矿石万吨', '300', '[300]', '202.5', 'cumulative', 'expected', 'ge', '2020', '376', true),
  ('1-4', '12', '矿产资源勘查', '新增资源量', '玻璃用石英砂岩', '矿石万吨', '3000', '[3000]', '1451', 'cumulative', 'expected', 'ge', '2020', '380', true),
  ('1-4', '13', '矿产资源勘查', '新增资源量', '水泥用灰岩', '矿石万吨', '2400', '[2400]', '18762', 'cumulative', 'expected', 'ge', '2020', '381', true),
  ('1-4', '14', '矿产资源勘查', '新增资源量', '地热', '兆瓦', '20.48', '[20.48]', '0', 'cumulative', 'expected', 'ge', '2020', '382', true),
  ('1-4', '15', '矿产资源勘查', '新增资源量', '矿泉水', '立方米/日', '1100', '[1100]', '0', 'cumulative', 'expected', 'ge', '2020', '383', true),
  ('1-4', '16', '矿产资源开发与保护', '开采总量', '', '矿石万吨', '1633', '1633', '1772', 'annual', 'expected', 'approx', '2020', '384', true),
  ('1-4', '17', '矿产资源开发与保护', '主要矿种开采总量', '钨', 'WO₃(65%)吨', '180', '≤180', '0', 'annual', 'binding', 'le', '2020', '385', true),
  ('1-4', '18', '矿产资源开发与保护', '主要矿种开采总量', '煤', '原煤万吨', '100', '100', '89', 'annual', 'expected', 'approx', '2020', '386', true),
  ('1-4', '19', '矿产资源开发与保护', '主要矿种开采总量', '锡', '金属吨', '350', '350', '0', 'annual', 'expected', 'approx', '2020', '387', true),
  ('1-4', '20', '矿产资源开发与保护', '主要矿种开采总量', '锡', '矿石万吨', '5.50', '5.50', '0', 'annual', 'expected', 'approx', '2020', '387', true),
  ('1-4', '21', '矿产资源开发与保护', '主要矿种开采总量', '铜', '金属吨', '1415', '1415', '401.4', 'annual', 'expected', 'approx', '2020', '388', true),
  ('1-4', '22', '矿产资源开发与保护', '主要矿种开采总量', '铜', '矿石万吨', '6.00', '6.00', '4.096', 'annual', 'expected', 'approx', '2020', '388', true),
  ('1-4', '23', '矿产资源开发与保护', '主要矿种开采总量', '金', '金属吨', '5', '5', '0.2', 'annual', 'expected', 'approx', '2020', '389', true),
  ('1-4', '24', '矿产资源开发与保护', '主要矿种开采总量', '金', '矿石万吨', '167.50', '167.50', '4.66', 'annual', 'expected', 'approx', '2020', '389', true),
  ('1-4', '25', '矿产资源开发与保护', '主要矿种开采总量', '陶瓷土', '矿石万吨', '120', '120', '1.25', 'annual', 'expected', 'approx', '2020', '390', true),
  ('1-4', '26', '矿产资源开发与保护', '主要矿种开采总量', '高岭土', '矿石万吨', '20', '20', '13.36', 'annual', 'expected', 'approx', '2020', '391', true),
  ('1-4', '27', '矿产资源开发与保护', '主要矿种开采总量', '膨润土', '矿石万吨', '30', '30', '4.82', 'annual', 'expected', 'approx', '2020', '392', true),
  ('1-4', '28', '矿产资源开发与保护', '主要矿种开采总量', '玻璃用石英砂砾岩', '矿石万吨', '100', '100', '0', 'annual', 'expected', 'approx', '2020', '393', true),
  ('1-4', '29', '矿产资源开发与保护', '主要矿种开采总量', '水泥用灰岩', '矿石万吨', '290', '290', '201.7', 'annual', 'expected', 'approx', '2020', '394', true),
  ('1-4', '30', '矿产资源开发与保护', '主要矿种开采总量', '饰面用大理岩', '矿石万吨', '15', '15', '16.76', 'annual', 'expected', 'approx', '2020', '395', true),
  ('1-4', '31', '矿产资源开发与保护', '主要矿种开采总量', '饰面用花岗岩', '矿石万吨', '15', '15', '0.54', 'annual', 'expected', 'approx', '2020', '396', true),
  ('1-4', '32', '矿产资源开发与保护', '主要矿种开采总量', '建筑用石料', '矿石万吨', '550', '550', '1385.78', 'annual', 'expected', 'approx', '2020', '397', true),
  ('1-4', '33', '矿产资源开发与保护', '主要矿种开采总量', '砖瓦用粘土', '矿石万吨', '55', '55', '0', 'annual', 'expected', 'approx', '2020', '398', true),
  ('1-4', '34', '矿产资源开发与保护', '主要矿种开采总量', '砖瓦用页岩', '矿石万吨', '195', '195', '50.08', 'annual', 'expected', 'approx', '2020', '399', true),
  ('1-4', '35', '矿产资源开发与保护', '矿产地储备数量', '', '处', '1', '[1]', '1', 'cumulative', 'expected', 'ge', '2020', '400', true),
  ('1-4', '36', '矿业转型升级', '矿山数量', '', '个', '195', '195', '107', 'state', 'expected', 'le', '2020', '404', true),
  ('1-4', '37', '矿业转型升级', '大中型矿山比例', '', '%', '12', '12', '38.32', 'state', 'expected', 'ge', '2020', '405', true),
  ('1-4', '38', '矿山地质环境保护与治理恢复', '矿山地质环境治理恢复面积', '', '公顷', '1294', '[1294]', '915.21', 'cumulative', 'expected', 'ge', '2020', '406', true),
  ('1-4', '39', '矿山地质环境保护与治理恢复', '历史遗留矿山地质环境治理恢复面积', '', '公顷', '242', '[242]', '127.5', 'cumulative', 'binding', 'ge', '2020', '407', true),
  ('1-4', '40', '矿山地质环境保护与治理恢复', '矿区土地复垦面积', '', '公顷', '178', '[178]', '47.39', 'cumulative', 'binding', 'ge', '2020', '408', true),
  ('3-1', '1', '矿业经济', '矿业及其延伸产业总产值', '', '亿元', '822', '822', NULL, 'annual', 'expected', 'ge', '2025', '470', true),
  ('3-1', '2', '矿业经济', '矿业产值', '', '亿元', '10.84', '10.84', NULL, 'annual', 'expected', 'ge', '2025', '471', true),
  ('3-1', '3', '矿产资源勘查', '新发现大中型矿产地', '', '处', '4', '[4]', NULL, 'cumulative', 'expected', 'ge', '2025', '472', true),
  ('3-1', '4', '矿产资源勘查', '新增资源量', '钨', 'WO₃万吨', '5', '[5]', NULL, 'cumulative', 'expected', 'ge', '2025', '473', true),
  ('3-1', '5', '矿产资源勘查', '新增资源量', '铅锌', '金属万吨', '15', '[15]', NULL, 'cumulative', 'expected', 'ge', '2025', '474', true),
  ('3-1', '6', '矿产资源勘查', '新增资源量', '铜', '金属万吨', '5', '[5]', NULL, 'cumulative', 'expected', 'ge', '2025', '475', true),
  ('3-1', '7', '矿产资源勘查', '新增资源量', '金', '金属吨', '4', '[4]', NULL, 'cumulative', 'expected', 'ge', '2025', '476', true),
  ('3-1', '8', '矿产资源勘查', '新增资源量', '银', '金属吨', '233', '[233]', NULL, 'cumulative', 'expected', 'ge', '2025', '477', true),
  ('3-1', '9', '矿产资源勘查', '新增资源量', '锰', '矿石万吨', '400', '[400]', NULL, 'cumulative', 'expected', 'ge', '2025', '478', true),
  ('3-1', '10', '矿产资源勘查', '新增资源量', '陶瓷土（含优质）', '矿石万吨', '350', '[350]', NULL, 'cumulative', 'expected', 'ge', '2025', '479', true),
  ('3-1', '11', '矿产资源勘查', '新增资源量', '高岭土（含优质）', '矿石万吨', '35', '[35]', NULL, 'cumulative', 'expected', 'ge', '2025', '480', true),
  ('3-1', '12', '矿产资源勘查', '新增资源量', '膨润土', '矿石万吨', '160', '[160]', NULL, 'cumulative', 'expected', 'ge', '2025', '481', true),
  ('3-1', '13', '矿产资源勘查', '新增资源量', '制灰用灰岩', '矿石万吨', '15000', '[15000]', NULL, 'cumulative', 'expected', 'ge', '2025', '482', true),
  ('3-1', '14', '矿产资源勘查', '新增资源量', '玻璃用石英砂砾岩', '矿石万吨', '500', '[500]', NULL, 'cumulative', 'expected', 'ge', '2025', '483', true),
  ('3-1', '15', '矿产资源勘查', '新增资源量', '饰面用花岗岩', '矿石万立方米', '300', '[300]', NULL, 'cumulative', 'expected', 'ge', '2025', '484', true),
  ('3-1', '16', '矿产资源勘查', '新增资源量', '饰面用大理岩', '矿石万立方米', '200', '[200]', NULL, 'cumulative', 'expected', 'ge', '2025', '485', true),
  ('3-1', '17', '矿产资源勘查', '新增资源量', '地热', '兆瓦', '20.48', '[20.48]', NULL, 'cumulative', 'expected', 'ge', '2025', '486', true),
  ('3-1', '18', '矿产资源勘查', '新增资源量', '地热', '立方米/日', '2500', '[2500]', NULL, 'cumulative', 'expected', 'ge', '2025', '486', true),
  ('3-1', '19', '矿产资源开发利用与保护', '开采总量', '', '矿石万吨', '4233', '4233', NULL, 'annual', 'expected', 'approx', '2025', '487', true),
  ('3-1', '20', '矿产资源开发利用与保护', '主要矿种开采总量', '钨矿', 'WO₃(65%)万吨', '0.1', '≤0.1', NULL, 'annual', 'binding', 'le', '2025', '488', true),
  ('3-1', '21', '矿产资源开发利用与保护', '主要矿种开采总量', '煤炭', '原煤万吨', '100', '100', NULL, 'annual', 'expected', 'approx', '2025', '489', true),
  ('3-1', '22', '矿产资源开发利用与保护', '主要矿种开采总量', '铜', '金属万吨', '0.15', '0.15', NULL, 'annual', 'expected', 'approx', '2025', '490', true),
  ('3-1', '23', '矿产资源开发利用与保护', '主要矿种开采总量', '铅锌（伴生）', '金属万吨', '0.37', '0.37', NULL, 'annual', 'expected', 'approx', '2025', '491', true),
  ('3-1', '24', '矿产资源开发利用与保护', '主要矿种开采总量', '金', '金属吨', '0.15', '0.15', NULL, 'annual', 'expected', 'approx', '2025', '492', true),
  ('3-1', '25', '矿产资源开发利用与保护', '主要矿种开采总量', '陶瓷土', '矿石万吨', '3.5', '3.5', NULL, 'annual', 'expected', 'approx', '2025', '496', true),
  ('3-1', '26', '矿产资源开发利用与保护', '主要矿种开采总量', '高岭土', '矿石万吨', '17', '17', NULL, 'annual', 'expected', 'approx', '2025', '497', true),
  ('3-1', '27', '矿产资源开发利用与保护', '主要矿种开采总量', '膨润土', '矿石万吨', '7.5', '7.5', NULL, 'annual', 'expected', 'approx', '2025', '498', true),
  ('3-1', '28', '矿产资源开发利用与保护', '主要矿种开采总量', '玻璃用石英砂砾岩', '矿石万吨', '120', '120', NULL, 'annual', 'expected', 'approx', '2025', '499', true),
  ('3-1', '29', '矿产资源开发利用与保护', '主要矿种开采总量', '水泥用灰岩', '矿石万吨', '300', '300', NULL, 'annual', 'expected', 'approx', '2025', '500', true),
  ('3-1', '30', '矿产资源开发利用与保护', '主要矿种开采总量', '制灰用灰岩', '矿石万吨', '150', '150', NULL, 'annual', 'expected', 'approx', '2025', '501', true),
  ('3-1', '31', '矿产资源开发利用与保护', '主要矿种开采总量', '饰面用大理岩', '矿石万吨', '20', '20', NULL, 'annual', 'expected', 'approx', '2025', '502', true),
  ('3-1', '32', '矿产资源开发利用与保护', '主要矿种开采总量', '饰面用花岗岩', '矿石万吨', '15', '15', NULL, 'annual', 'expected', 'approx', '2025', '503', true),
  ('3-1', '33', '矿产资源开发利用与保护', '主要矿种开采总量', '建筑用石料', '矿石万吨', '3200', '3200', NULL, 'annual', 'expected', 'approx', '2025', '504', true),
  ('3-1', '34', '矿产资源开发利用与保护', '主要矿种开采总量', '砖瓦用页岩', '矿石万吨', '300', '300', NULL, 'annual', 'expected', 'approx', '2025', '505', true),
  ('3-1', '35', '矿产资源开发利用与保护', '矿产地储备数量', '', '处', '1', '[1]', NULL, 'cumulative', 'expected', 'ge', '2025', '506', true),
  ('3-1', '36', '矿业结构优化', '矿山数量', '', '个', '100', '100', NULL, 'state', 'expected', 'approx', '2025', '507', true),
  ('3-1', '37', '矿业结构优化', '大中型矿山比例', '', '%', '45', '45', NULL, 'state', 'expected', 'ge', '2025', '508', true);

CREATE TABLE jdz.mineral_min_scale (
	mineral text NOT NULL,
	method text NOT NULL DEFAULT '',
	min_scale numeric NOT NULL CHECK (min_scale > 0),
	unit text NOT NULL,
	per text NOT NULL CHECK (per IN ('year', 'day')),
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (mineral, method)
);
COMMENT ON TABLE jdz.mineral_min_scale IS 'minimum production scale of NEW mines, 专栏5-2 (S003-MIN-06): inclusive ("最低"); a mineral not listed has no minimum';
COMMENT ON COLUMN jdz.mineral_min_scale.mineral IS 'the mineral';
COMMENT ON COLUMN jdz.mineral_min_scale.method IS 'the mining method or use (地下开采, 露天开采, 岩金（地下开采）, 水泥用, 其他); '''' when not split';
COMMENT ON COLUMN jdz.mineral_min_scale.min_scale IS 'the minimum scale (a value equal to it complies)';
COMMENT ON COLUMN jdz.mineral_min_scale.unit IS 'the unit of the scale';
COMMENT ON COLUMN jdz.mineral_min_scale.per IS 'year, or day for 地热 (A-28)';
COMMENT ON COLUMN jdz.mineral_min_scale.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.mineral_min_scale.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mineral_min_scale', 'WHERE NOT builtin');
-- rows of data/mineral_min_scale.csv
INSERT INTO jdz.mineral_min_scale (mineral, method, min_scale, unit, per, source_line, builtin) VALUES
  ('煤', '地下开采', '30', '原煤万吨', 'year', '691', true),
  ('煤', '露天开采', '30', '原煤万吨', 'year', '691', true),
  ('地热', '', '40', '立方米/日', 'day', '692', true),
  ('锰', '', '3', '矿石万吨', 'year', '693', true),
  ('铜', '', '3', '矿石万吨', 'year', '694', true),
  ('铅', '', '10', '矿石万吨', 'year', '695', true),
  ('锌', '', '10', '矿石万吨', 'year', '696', true),
  ('锡', '', '6', '矿石万吨', 'year', '697', true),
  ('金', '岩金（地下开采）', '3', '矿石万吨', 'year', '698', true),
  ('萤石', '', '3', '矿石万吨', 'year', '699', true),
  ('石灰岩', '水泥用', '50', '矿石万吨', 'year', '700', true),
  ('石灰岩', '其他', '50', '矿石万吨', 'year', '700', true),
  ('玻璃、陶瓷等用石英岩、石英砂', '', '10', '矿石万吨', 'year', '701', true),
  ('高岭土', '', '5', '矿石万吨', 'year', '704', true),
  ('陶瓷土', '', '5', '矿石万吨', 'year', '705', true),
  ('膨润土', '', '3', '矿石万吨', 'year', '706', true),
  ('镁质粘土', '', '1', '矿石万吨', 'year', '707', true),
  ('海泡石粘土', '', '5', '矿石万吨', 'year', '708', true),
  ('砖瓦用页岩', '', '6', '矿石万吨', 'year', '709', true),
  ('建筑用石料', '', '50', '万吨', 'year', '710', true),
  ('饰面用石材', '', '0.3', '万立方米（荒料）', 'year', '711', true);

CREATE TABLE jdz.mineral_min_life (
	mineral text PRIMARY KEY,
	min_years int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.mineral_min_life IS 'minimum service life of NEW mines (S003-MIN-07, A-18b): 10 years for building stone, shale and limestone kinds, 5 for every other mineral (*)';
COMMENT ON COLUMN jdz.mineral_min_life.mineral IS 'the mineral; * = every mineral not listed';
COMMENT ON COLUMN jdz.mineral_min_life.min_years IS 'the minimum service life in years (inclusive, "不小于")';
COMMENT ON COLUMN jdz.mineral_min_life.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mineral_min_life', 'WHERE NOT builtin');
-- rows of data/mineral_min_life.csv
INSERT INTO jdz.mineral_min_life (mineral, min_years, builtin) VALUES
  ('*', '5', true),
  ('建筑用石料', '10', true),
  ('建筑石料用灰岩', '10', true),
  ('建筑用砂', '10', true),
  ('建筑用花岗岩', '10', true),
  ('建筑用板岩', '10', true),
  ('建筑用石英岩', '10', true),
  ('砖瓦用页岩', '10', true),
  ('石灰岩', '10', true),
  ('水泥用灰岩', '10', true),
  ('制灰用灰岩', '10', true);

CREATE TABLE jdz.mine_threshold (
	mine_type text NOT NULL CHECK (mine_type IN ('砖瓦用页岩', '采石场')),
	existing boolean NOT NULL,
	min_scale numeric NOT NULL,
	min_life_years numeric,
	consequence text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (mine_type, existing)
);
COMMENT ON TABLE jdz.mine_threshold IS 'scale thresholds for shale and quarries, new and existing (S003-MIN-08, -09; A-18..A-20): a value equal to min_scale complies; a new quarry needs both thresholds';
COMMENT ON COLUMN jdz.mine_threshold.mine_type IS '砖瓦用页岩 or 采石场';
COMMENT ON COLUMN jdz.mine_threshold.existing IS 'true for existing mines, false for new ones';
COMMENT ON COLUMN jdz.mine_threshold.min_scale IS 'the minimum scale in 万吨 a year; below it a new mine is not allowed, an existing one is consolidated or rectified';
COMMENT ON COLUMN jdz.mine_threshold.min_life_years IS 'the minimum service life of a new mine, in years';
COMMENT ON COLUMN jdz.mine_threshold.consequence IS 'what the text says happens below the threshold';
COMMENT ON COLUMN jdz.mine_threshold.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mine_threshold', 'WHERE NOT builtin');
-- rows of data/mine_threshold.csv
INSERT INTO jdz.mine_threshold (mine_type, existing, min_scale, min_life_years, consequence, builtin) VALUES
  ('砖瓦用页岩', 'false', '6', '10', '不再新建年开采规模小于6万吨的矿山', true),
  ('砖瓦用页岩', 'true', '6', NULL, '依法整合，逐步达到最低开采规模要求', true),
  ('采石场', 'false', '50', '10', '不再新建开采规模小于年产50万吨（不含）、服务年限小于10年的采石场', true),
  ('采石场', 'true', '30', NULL, '低于年产30万吨（不含）的限期整改；整改未达到的依法退出', true);

CREATE TABLE jdz.planning_zone (
	kind text NOT NULL CHECK (kind IN ('national_planning_area', 'key_exploration_area',
									   'exploration_block', 'key_mining_area', 'mining_block')),
	name text NOT NULL,
	minerals text NOT NULL,
	issuer_level text CHECK (issuer_level IN ('national', 'provincial', 'city')),
	zone_count int NOT NULL CHECK (zone_count > 0),
	area_km2 numeric(12,4) NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (kind, name)
);
COMMENT ON TABLE jdz.planning_zone IS 'planning zones of the mineral plan, 专栏4-1 … 4-5 (S003-MIN-15): blocks are printed aggregated per mineral';
COMMENT ON COLUMN jdz.planning_zone.kind IS 'national_planning_area, key_exploration_area, exploration_block, key_mining_area or mining_block';
COMMENT ON COLUMN jdz.planning_zone.name IS 'the zone name (大背坞 stored corrected, A-9)';
COMMENT ON COLUMN jdz.planning_zone.minerals IS 'the minerals, as printed';
COMMENT ON COLUMN jdz.planning_zone.issuer_level IS 'who designates it; NULL where not printed (A-43)';
COMMENT ON COLUMN jdz.planning_zone.zone_count IS 'the number of zones the row aggregates';
COMMENT ON COLUMN jdz.planning_zone.area_km2 IS 'the area in km²';
COMMENT ON COLUMN jdz.planning_zone.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.planning_zone.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.planning_zone', 'WHERE NOT builtin');
-- rows of data/planning_zone.csv
INSERT INTO jdz.planning_zone (kind, name, minerals, issuer_level, zone_count, area_km2, source_line, builtin) VALUES
  ('national_planning_area', '江西省浮梁朱溪', '钨', NULL, '1', '142.6848', '539', true),
  ('key_exploration_area', '塔前-赋春重点勘查区', '钨、铜、金', NULL, '1', '192.9770', '552', true),
  ('key_exploration_area', '乐平众埠街重点勘查区', '锰', NULL, '1', '95.1050', '553', true),
  ('key_exploration_area', '浮梁金家坞重点勘查区', '金', NULL, '1', '295.9339', '554', true),
  ('key_exploration_area', '经公桥—东港重点勘查区', '金、铜、锡、瓷石、高岭土', NULL, '1', '246.6616', '555', true),
  ('key_exploration_area', '大背坞—方家坞重点勘查区', '金', NULL, '1', '311.3489', '556', true),
  ('key_exploration_area', '刘家滩—众埠重点勘查区', '金、膨润土、玻璃用石英砂砾岩', NULL, '1', '283.1032', '557', true),
  ('exploration_block', '省级 地热水', '地热水', 'provincial', '1', '7.7443', '566', true),
  ('exploration_block', '省级 玻璃用石英砂砾岩', '玻璃用石英砂砾岩', 'provincial', '1', '2.1199', '566', true),
  ('exploration_block', '市级 陶瓷土', '陶瓷土', 'city', '10', '11.6326', '566', true),
  ('exploration_block', '市级 制灰用石灰岩', '制灰用石灰岩', 'city', '6', '4.4267', '566', true),
  ('exploration_block', '市级 饰面用花岗岩', '饰面用花岗岩', 'city', '2', '2.5116', '566', true),
  ('exploration_block', '市级 陶瓷用砂岩', '陶瓷用砂岩', 'city', '2', '1.7005', '566', true),
  ('exploration_block', '市级 饰面用大理岩', '饰面用大理岩', 'city', '1', '0.0491', '566', true),
  ('exploration_block', '市级 玻璃用白云岩', '玻璃用白云岩', 'city', '1', '0.7247', '566', true),
  ('exploration_block', '市级 高岭土', '高岭土', 'city', '1', '0.4679', '566', true),
  ('exploration_block', '市级 陶粒页岩', '陶粒页岩', 'city', '1', '6.9091', '566', true),
  ('exploration_block', '市级 菊花石', '菊花石', 'city', '1', '0.0892', '566', true),
  ('key_mining_area', '浮梁朱溪重点开采区', '钨、铜', NULL, '1', '142.6848', '587', true),
  ('key_mining_area', '乐平坞家山重点开采区', '水泥用灰岩', NULL, '1', '0.3108', '587', true),
  ('key_mining_area', '浮梁鹅湖重点开采区', '高岭土', NULL, '1', '53.1551', '587', true),
  ('key_mining_area', '乐平东源-周家重点开采区', '膨润土', NULL, '1', '35.0416', '587', true),
  ('key_mining_area', '乐平鸡公山-塘尾重点开采区', '玻璃用石英砂砾岩', NULL, '1', '14.6225', '587', true),
  ('mining_block', '市级 海泡石粘土', '海泡石粘土', 'city', '1', '2.4253', '601', true),
  ('mining_block', '市级 陶瓷土（紫砂陶土）', '陶瓷土（紫砂陶土）', 'city', '1', '1.7254', '601', true);

CREATE TABLE jdz.mine_structure (
	mineral text PRIMARY KEY,
	mines_2020 int NOT NULL,
	large_medium_2020 int NOT NULL,
	mines_2025 int NOT NULL,
	large_medium_2025 int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.mine_structure IS 'mine counts by mineral, 专栏5-1 (S003-MIN-05): sums 107 / 41 in 2020 and 100 / 50 in 2025';
COMMENT ON COLUMN jdz.mine_structure.mineral IS 'the mineral';
COMMENT ON COLUMN jdz.mine_structure.mines_2020 IS 'mines in 2020';
COMMENT ON COLUMN jdz.mine_structure.large_medium_2020 IS 'large and medium mines in 2020';
COMMENT ON COLUMN jdz.mine_structure.mines_2025 IS 'planned mines in 2025';
COMMENT ON COLUMN jdz.mine_structure.large_medium_2025 IS 'planned large and medium mines in 2025';
COMMENT ON COLUMN jdz.mine_structure.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mine_structure', 'WHERE NOT builtin');
-- rows of data/mine_structure.csv
INSERT INTO jdz.mine_structure (mineral, mines_2020, large_medium_2020, mines_2025, large_medium_2025, builtin) VALUES
  ('金', '6', '0', '6', '0', true),
  ('铜', '3', '0', '3', '0', true),
  ('锡', '1', '0', '0', '0', true),
  ('煤炭', '2', '1', '2', '1', true),
  ('萤石', '1', '0', '1', '0', true),
  ('方解石', '1', '0', '1', '0', true),
  ('陶瓷土', '21', '4', '21', '4', true),
  ('高岭土', '8', '3', '9', '4', true),
  ('膨润土', '5', '5', '6', '6', true),
  ('玻璃用石英砂砾岩', '5', '2', '4', '3', true),
  ('海泡石粘土', '0', '0', '1', '1', true),
  ('水泥用灰岩', '9', '5', '9', '6', true),
  ('制灰用灰岩', '0', '0', '4', '2', true),
  ('饰面用大理岩', '1', '0', '1', '0', true),
  ('饰面用花岗岩', '1', '0', '3', '2', true),
  ('建筑用石料', '24', '15', '20', '14', true),
  ('砖瓦用页岩', '14', '6', '8', '6', true),
  ('砖瓦用粘土', '5', '0', '0', '0', true),
  ('地热', '0', '0', '1', '1', true);

-- 41.9 Social-science awards, 景府字〔2022〕160号 (spec 40 §f.8) -------------------

CREATE TABLE jdz.award_project (
	edition int NOT NULL,
	category jdz.award_category NOT NULL,
	tier jdz.award_tier NOT NULL,
	seq int NOT NULL CHECK (seq > 0),
	title text NOT NULL,
	publication text,
	winners text NOT NULL,
	winner_units text NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (edition, category, tier, seq)
);
COMMENT ON TABLE jdz.award_project IS 'the awarded works of the 10th social-science excellent-results awards (景府字〔2022〕160号; S003-AWD-01, -02): 31 rows, the tier enum order is the rank';
COMMENT ON COLUMN jdz.award_project.edition IS 'the edition (10 = 第十次社会科学优秀成果)';
COMMENT ON COLUMN jdz.award_project.category IS 'paper, monograph or popularization';
COMMENT ON COLUMN jdz.award_project.tier IS 'first, second or third';
COMMENT ON COLUMN jdz.award_project.seq IS 'the order within the category and tier';
COMMENT ON COLUMN jdz.award_project.title IS 'the title, verbatim from the attachment table (A-29)';
COMMENT ON COLUMN jdz.award_project.publication IS 'where it was published, as printed; NULL for 社科普及类';
COMMENT ON COLUMN jdz.award_project.winners IS 'the winners, as printed';
COMMENT ON COLUMN jdz.award_project.winner_units IS 'the winners'' units, as printed';
COMMENT ON COLUMN jdz.award_project.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.award_project.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.award_project', 'WHERE NOT builtin');
-- rows of data/award_project.csv
INSERT INTO jdz.award_project (edition, category, tier, seq, title, publication, winners, winner_units, source_line, builtin) VALUES
  ('10', 'paper', 'first', '1', '《以建设国家陶瓷文化传承创新试验区为契机 加快推进景德镇新型美丽人文城市建设》', '《智库成果专报》 2020年第16期', '熊花', '景德镇陶瓷大学', '883', true),
  ('10', 'paper', 'second', '1', '《红色纪念馆提升当代大学生思想政治教育的价值与路径》', '《思想政治教育研究》2020年第4期', '朱景林', '景德镇陶瓷大学', '888', true),
  ('10', 'paper', 'second', '2', '《近代景德镇瓷业改良路径与实践困境》', '《江西社会科学》2021年第2期', '李松杰', '景德镇陶瓷大学', '889', true),
  ('10', 'paper', 'second', '3', '《国家陶瓷文化传承创新试验区法治服务对策研究》', '《法治江西专项课题成果专报》2021年第6期', '黎平', '景德镇陶瓷大学', '890', true),
  ('10', 'paper', 'second', '4', '《复兴景德镇国瓷力量的建议》', '《景德镇日报》2021年5月26日第三版', '冯林 汪丽萍', '民进景德镇市委', '891', true),
  ('10', 'paper', 'second', '5', '《景德镇市“优化营商环境”调研报告》', '《呈阅件》2021年6月', '王春梅', '中共景德镇市委党校', '892', true),
  ('10', 'paper', 'third', '1', '《新时期中国陶瓷文化对外传播初探》', '《中国文化报》2021年12月9日理论专题', '张媛', '景德镇陶瓷大学', '897', true),
  ('10', 'paper', 'third', '2', '《景德镇陶瓷文化产业发展思考》', '《名汇》2020年第23期', '余莺姿', '景德镇陶瓷大学', '898', true),
  ('10', 'paper', 'third', '3', '《〈环境陶艺设计〉“课程思政”改革的价值、目标和措施》', '《文存阅览》2020年48期', '刘丹华', '景德镇陶瓷大学', '899', true),
  ('10', 'paper', 'third', '4', '《论陶瓷文化与现代文化传承的契合》', '《名汇》2020年10期', '向超 冯艳兰', '景德镇陶瓷大学', '900', true),
  ('10', 'paper', 'third', '5', '《悦读古诗 传承经典》', '《理论研究》2020年第5期', '范玉红', '景德镇市梨树园小学', '901', true),
  ('10', 'paper', 'third', '6', '《陶瓷文化如何融入中小学课堂研究》', '《教研周刊》2020年第28期', '叶凌', '景德镇市第十二小学', '902', true),
  ('10', 'paper', 'third', '7', '《景德镇国家陶瓷文化传承创新试验区“研学旅”的发展历程及其发展路径探索》', '《今古文创》2020年第40期', '陈婧', '江西陶瓷工艺美术职业学院', '903', true),
  ('10', 'monograph', 'first', '1', '《景德镇陶瓷史料》', '江西人民出版社 2019年12月', '景德镇国家陶瓷文化传承创新试验区管理委员会办公室', '景德镇国家陶瓷文化传承创新试验区管理委员会办公室', '910', true),
  ('10', 'monograph', 'second', '1', '《乐平古戏台营造技艺》', '安徽科学技术出版社 2021年6月', '张静静', '景德镇陶瓷大学', '915', true),
  ('10', 'monograph', 'second', '2', '《珠山八友的艺术市场》', '江西美术出版社 2021年第2期', '丁传国', '景德镇陶瓷大学', '916', true),
  ('10', 'monograph', 'second', '3', '《皖浙赣边游击区革命斗争史（1933.11-1938.2）》', '江西人民出版社 2021年第6期', '江旺龙', '景德镇学院', '917', true),
  ('10', 'monograph', 'third', '1', '《行政复议制度改革比较研究》', '中国民主法制出版社 2021年10月', '杨柳', '景德镇陶瓷大学', '922', true),
  ('10', 'monograph', 'third', '2', '《多元文化背景下陶瓷艺术的创意设计》', '中国国际广播出版社 2021年8月', '张丽伟', '景德镇陶瓷大学', '923', true),
  ('10', 'monograph', 'third', '3', '《图像景德镇》', '江西高校出版社 2021年7月', '张德山', '景德镇学院', '924', true),
  ('10', 'monograph', 'third', '4', '《瓷乐》', '江西高校出版社 2020年3月', '于芳', '景德镇学院', '925', true),
  ('10', 'monograph', 'third', '5', '《陶瓷材料介入中国当代绘画艺术》', '江西高校出版社 2020年3月', '章朝辉', '景德镇学院', '926', true),
  ('10', 'popularization', 'first', '1', '《寻访1926》', NULL, '施启权 洪东亮', '昌江区委党史地志办公室', '933', true),
  ('10', 'popularization', 'second', '1', '《复兴强国有我——红色清溪》', NULL, '浮梁县峙滩镇人民政府', '峙滩镇人民政府', '938', true),
  ('10', 'popularization', 'second', '2', '《无用之美 废材变美》', NULL, '浮梁县十八方文旅发展有限公司', '浮梁县十八方文旅发展有限公司', '939', true),
  ('10', 'popularization', 'second', '3', '《红领巾讲解员在行动》', NULL, '胡嘉祺', '乐平市第九小学', '940', true),
  ('10', 'popularization', 'third', '1', '《红色琅溪》', NULL, '浮梁县蛟潭镇人民政府', '蛟潭镇人民政府', '945', true),
  ('10', 'popularization', 'third', '2', '《浮梁红色历史故事》', NULL, '吴素云、胡丽萍、汤敏丽', '浮梁县博物馆', '946', true),
  ('10', 'popularization', 'third', '3', '《七点钟行动志愿服务项目》', NULL, '余菁华', '珠山区新厂街道东三郡社区', '947', true),
  ('10', 'popularization', 'third', '4', '《金融知识进校园》', NULL, '王志民、荣琪、彭诗璐、郑杨威', '景德镇市金融学会', '948', true),
  ('10', 'popularization', 'third', '5', '《陶艺教学劳动成果》', NULL, '卢云、罗会咏、施茜、杨俊、张鲁军', '景德镇市田家炳外国语学校', '949', true);

-- 41.10 Fire plan, 景府办发〔2020〕4号 (spec 40 §f.9) -------------------------------

CREATE TABLE jdz.fire_station_milestone (
	plan_year int NOT NULL CHECK (plan_year BETWEEN 2020 AND 2022),
	project text NOT NULL,
	area_standard text NOT NULL,
	milestone text NOT NULL CHECK (milestone IN ('立项', '开工建设', '主体竣工', '投入使用')),
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (plan_year, project)
);
COMMENT ON TABLE jdz.fire_station_milestone IS 'fire-station milestones by year, annex 1 table 1 of 景府办发〔2020〕4号 (FIRE-01): 16 rows';
COMMENT ON COLUMN jdz.fire_station_milestone.plan_year IS 'the plan year (2020–2022)';
COMMENT ON COLUMN jdz.fire_station_milestone.project IS 'the station project';
COMMENT ON COLUMN jdz.fire_station_milestone.area_standard IS 'the building-area standard in m², as printed';
COMMENT ON COLUMN jdz.fire_station_milestone.milestone IS '立项, 开工建设, 主体竣工 or 投入使用 in that year';
COMMENT ON COLUMN jdz.fire_station_milestone.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.fire_station_milestone', 'WHERE NOT builtin');
-- rows of data/fire_station_milestone.csv
INSERT INTO jdz.fire_station_milestone (plan_year, project, area_standard, milestone, builtin) VALUES
  ('2020', '景德镇市消防救援指挥中心及空勤救援训练基地', '25600', '立项', true),
  ('2020', '乐平市城西消防站', '1800-2700', '主体竣工', true),
  ('2020', '昌南新区消防站', '2700-4000', '开工建设', true),
  ('2020', '浮梁县三大路消防站', '2700-4000', '投入使用', true),
  ('2020', '珠山区陶溪川小型消防站', '650-1000', '投入使用', true),
  ('2020', '高新区航空小镇小型消防站', '650-1000', '投入使用', true),
  ('2021', '景德镇市消防救援指挥中心及空勤救援训练基地', '25600', '开工建设', true),
  ('2021', '乐平市城西消防站', '1800-2700', '投入使用', true),
  ('2021', '昌南新区消防站', '2700-4000', '投入使用', true),
  ('2021', '珠山区景北大道消防站', '1800-2700', '开工建设', true),
  ('2021', '昌江区新平路消防站', '1800-2700', '开工建设', true),
  ('2021', '浮梁县新昌路小型消防站', '650-1000', '投入使用', true),
  ('2022', '景德镇市消防救援指挥中心及空勤救援训练基地', '25600', '投入使用', true),
  ('2022', '珠山区景北大道消防站', '1800-2700', '投入使用', true),
  ('2022', '昌江区新平路消防站', '1800-2700', '投入使用', true),
  ('2022', '乐平市城北小型消防站', '650-1000', '投入使用', true);

CREATE TABLE jdz.fire_township_team (
	county text NOT NULL,
	township text NOT NULL,
	plan_year int NOT NULL CHECK (plan_year BETWEEN 2020 AND 2022),
	action text NOT NULL CHECK (action IN ('new', 'consolidate')),
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (township, plan_year)
);
COMMENT ON TABLE jdz.fire_township_team IS 'township fire teams to build or consolidate, annex 1 table 2 of 景府办发〔2020〕4号 (FIRE-02): 20 rows, new teams 7 / 6 / 6';
COMMENT ON COLUMN jdz.fire_township_team.county IS 'the county or district';
COMMENT ON COLUMN jdz.fire_township_team.township IS 'the township';
COMMENT ON COLUMN jdz.fire_township_team.plan_year IS 'the plan year (2020–2022)';
COMMENT ON COLUMN jdz.fire_township_team.action IS 'new (新建任务) or consolidate (巩固提升)';
COMMENT ON COLUMN jdz.fire_township_team.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.fire_township_team', 'WHERE NOT builtin');
-- rows of data/fire_township_team.csv
INSERT INTO jdz.fire_township_team (county, township, plan_year, action, builtin) VALUES
  ('昌江区', '鲇鱼山镇', '2020', 'new', true),
  ('乐平市', '众埠镇', '2020', 'new', true),
  ('乐平市', '涌山镇', '2020', 'new', true),
  ('乐平市', '镇桥镇', '2020', 'new', true),
  ('乐平市', '名口镇', '2020', 'new', true),
  ('浮梁县', '瑶里镇', '2020', 'new', true),
  ('浮梁县', '三龙镇', '2020', 'new', true),
  ('昌江区', '荷塘乡', '2021', 'new', true),
  ('乐平市', '洪岩镇', '2021', 'new', true),
  ('乐平市', '礼林镇', '2021', 'new', true),
  ('乐平市', '后港镇', '2021', 'new', true),
  ('乐平市', '塔前镇', '2021', 'new', true),
  ('浮梁县', '峙滩镇', '2021', 'new', true),
  ('昌江区', '荷塘乡', '2022', 'consolidate', true),
  ('乐平市', '临港镇', '2022', 'new', true),
  ('乐平市', '浯口镇', '2022', 'new', true),
  ('乐平市', '鸬鹚乡', '2022', 'new', true),
  ('乐平市', '十里岗乡', '2022', 'new', true),
  ('乐平市', '乐港镇', '2022', 'new', true),
  ('浮梁县', '寿安镇', '2022', 'new', true);

CREATE TABLE jdz.fire_equipment_plan (
	annex int NOT NULL CHECK (annex IN (2, 3)),
	plan_year int NOT NULL CHECK (plan_year BETWEEN 2020 AND 2022),
	category text NOT NULL,
	item text NOT NULL,
	quantity int,
	unit text,
	note text,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (annex, plan_year, category, item)
);
COMMENT ON TABLE jdz.fire_equipment_plan IS 'equipment and command-platform plan, annexes 2 and 3 of 景府办发〔2020〕4号 (FIRE-10)';
COMMENT ON COLUMN jdz.fire_equipment_plan.annex IS '2 (equipment) or 3 (command platform)';
COMMENT ON COLUMN jdz.fire_equipment_plan.plan_year IS 'the plan year (2020–2022)';
COMMENT ON COLUMN jdz.fire_equipment_plan.category IS 'annex 2: 基本装备 / 专项装备 / 车辆; annex 3: the 项目';
COMMENT ON COLUMN jdz.fire_equipment_plan.item IS 'annex 2: 名称; annex 3: 设备';
COMMENT ON COLUMN jdz.fire_equipment_plan.quantity IS 'the quantity; NULL where none is printed';
COMMENT ON COLUMN jdz.fire_equipment_plan.unit IS 'the unit of the quantity';
COMMENT ON COLUMN jdz.fire_equipment_plan.note IS 'the 备注, verbatim';
COMMENT ON COLUMN jdz.fire_equipment_plan.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.fire_equipment_plan', 'WHERE NOT builtin');
-- rows of data/fire_equipment_plan.csv
INSERT INTO jdz.fire_equipment_plan (annex, plan_year, category, item, quantity, unit, note, builtin) VALUES
  ('2', '2020', '基本装备', '年度装备建设基本', NULL, NULL, '主要包括个人防护类、灭火类、排烟类、救生类和侦检类等器材装备。', true),
  ('2', '2021', '基本装备', '年度装备建设基本', NULL, NULL, '主要包括个人防护类、灭火类、排烟类、救生类和侦检类等器材装备。', true),
  ('2', '2022', '基本装备', '年度装备建设基本', NULL, NULL, '主要包括个人防护类、灭火类、排烟类、救生类和侦检类等器材装备。', true),
  ('2', '2020', '专项装备', '组建地震救援队所需器材', NULL, NULL, '根据江西省消防救援总队关于成立组建支队级地震救援队的要求。主要包括雷达生命探测仪、音视频生命探测仪和热成像仪等探测设备。', true),
  ('2', '2020', '车辆', '化学洗消车', '1', '辆', '根据江西省消防救援总队车辆“五个一”配备标准，现有化学洗消车于2009年采购，基本功能报废，已超出12年的服役年限。', true),
  ('2', '2021', '车辆', '排烟车', '1', '辆', '根据江西省消防救援总队车辆“五个一”配备标准，现有排烟车于2011年采购，基本功能丧失，车辆状况较差，已超出12年的服役年限。', true),
  ('2', '2022', '车辆', '登高平台消防车', '1', '辆', '根据江西省消防救援总队车辆“五个一”配备标准，现有登高平台消防车于2009年采购，已超出12年的服役年限。', true),
  ('2', '2021', '车辆', '水罐消防车', '1', '辆', '根据省消防救援总队车辆“五个一”配备标准，支队本级重型水罐车缺配一辆。', true),
  ('2', '2021', '车辆', '举高喷射消防车', '1', '辆', '根据省消防救援总队车辆“五个一”配备标准，现有登高平台消防车于2010年采购，2022年将超出12年的服役年限。', true),
  ('3', '2020', '图综核心设备升级', 'MCU32路', '1', NULL, '《国务院应急体系建设十三五规划》提出要加强应急卫星通信系统建设。2020-2022年，需完成城市重大灾害事故救援应急通信系统和地质性灾害事故救援应急通信系统。针对公网瘫痪、交通损毁等情况，实现灾害现场区域通信覆盖、现场与后方指挥中心之间的信息可靠传输。', true),
  ('3', '2020', '图综核心设备升级', 'MTS', '1', NULL, NULL, true),
  ('3', '2020', '图综核心设备升级', '电视墙终端', '1', NULL, NULL, true),
  ('3', '2020', '图综核心设备升级', '录播服务器', '1', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', '多链路聚合终端（手提式9卡）', '1', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', 'LTE自组网终端', '1', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', 'LTE大功率CPE', '1', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', 'LTE布控球(双模支持公网和专网)', '2', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', 'LTE单兵(双模支持公网和专网)', '2', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', '一机三屏嵌入式现场调度台', '1', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', 'MESH自组网便携', '2', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', 'MESH自组网车载', '1', NULL, NULL, true),
  ('3', '2020', '前突小组及指挥车升级', '前线指挥平台带MCU', '1', NULL, NULL, true),
  ('3', '2020', '高清指挥终端', '一体化高清指挥视频终端', '15', NULL, NULL, true),
  ('3', '2020', '实战指挥平台', '云计算服务器一体机', '10', NULL, NULL, true),
  ('3', '2020', '无人机倾斜摄影', '完成市区30%的建模工作', '1', NULL, NULL, true),
  ('3', '2021', '350M数字同播系统', '覆盖全市市区90%以上', '4', NULL, '《国务院应急体系建设十三五规划》提出要加强应急卫星通信系统建设。', true),
  ('3', '2021', '重型卫星便携站', '重型卫星便携站', '1', NULL, NULL, true),
  ('3', '2021', '三级等保', '安全防护设备', '1', NULL, NULL, true),
  ('3', '2021', '无人机倾斜摄影', '完成市区30%的建模工作', '1', NULL, NULL, true),
  ('3', '2022', '指挥中心搬迁', '网络设备购置、大楼综合布线', '1', NULL, '按照《组建国家综合性消防队伍框架方案》和《消防救援队伍信息化发展计划》等文件要求，大力推动消防救援队伍指挥中心实战化建设。', true),
  ('3', '2022', '重型卫星便携站', '重型卫星便携站', '1', NULL, NULL, true),
  ('3', '2022', '无人机倾斜摄影', '完成市区30%的建模工作', '1', NULL, NULL, true);

-- 41.11 Privileges --------------------------------------------------------------

GRANT SELECT ON jdz.annual_date_rule, jdz.dated_deadline, jdz.programme_stage, jdz.plan_target,
	jdz.delegated_power, jdz.power_scope, jdz.rf_protection_level, jdz.delegation_basis, jdz.meeting,
	jdz.catalog_item, jdz.dg_task, jdz.qg_venue, jdz.qg_area_count,
	jdz.mineral_indicator, jdz.mineral_min_scale, jdz.mineral_min_life, jdz.mine_threshold,
	jdz.planning_zone, jdz.mine_structure, jdz.award_project,
	jdz.fire_station_milestone, jdz.fire_township_team, jdz.fire_equipment_plan
	TO PUBLIC;

-- a trusted extension: the tables belong to the extension owner (test/sh/90-trusted.sh)
ALTER TABLE jdz.annual_date_rule OWNER TO @extowner@;
ALTER TABLE jdz.dated_deadline OWNER TO @extowner@;
ALTER TABLE jdz.programme_stage OWNER TO @extowner@;
ALTER TABLE jdz.plan_target OWNER TO @extowner@;
ALTER TABLE jdz.delegated_power OWNER TO @extowner@;
ALTER TABLE jdz.power_scope OWNER TO @extowner@;
ALTER TABLE jdz.rf_protection_level OWNER TO @extowner@;
ALTER TABLE jdz.delegation_basis OWNER TO @extowner@;
ALTER TABLE jdz.meeting OWNER TO @extowner@;
ALTER TABLE jdz.catalog_item OWNER TO @extowner@;
ALTER TABLE jdz.dg_task OWNER TO @extowner@;
ALTER TABLE jdz.qg_venue OWNER TO @extowner@;
ALTER TABLE jdz.qg_area_count OWNER TO @extowner@;
ALTER TABLE jdz.mineral_indicator OWNER TO @extowner@;
ALTER TABLE jdz.mineral_min_scale OWNER TO @extowner@;
ALTER TABLE jdz.mineral_min_life OWNER TO @extowner@;
ALTER TABLE jdz.mine_threshold OWNER TO @extowner@;
ALTER TABLE jdz.planning_zone OWNER TO @extowner@;
ALTER TABLE jdz.mine_structure OWNER TO @extowner@;
ALTER TABLE jdz.award_project OWNER TO @extowner@;
ALTER TABLE jdz.fire_station_milestone OWNER TO @extowner@;
ALTER TABLE jdz.fire_township_team OWNER TO @extowner@;
ALTER TABLE jdz.fire_equipment_plan OWNER TO @extowner@;

-- 41.12 Rule mapping (spec 40 §g): what this part implements.  Appended, so the
-- entries of other parts for the same rule are kept.

UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-9';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-11.4';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-11.6';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-25';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-21';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-26';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-27';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target,jdz.dg_task}'::text[] WHERE rule_id = 'DG-T';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'DG-G';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'DG-B';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-2';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-7b';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'CA-9';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-11a';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-11b';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-12';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'CA-18';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-07';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-16';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'GA-17';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'GA-18';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-44';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-45';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-46';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-47';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-48';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-49';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'DS-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'DS-13';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'DS-21';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.qg_venue,jdz.qg_area_count}'::text[] WHERE rule_id = 'QG-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'IP-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'CONS-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.next_deadline,jdz.dated_deadline}'::text[] WHERE rule_id = 'CONS-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'CITY-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'CITY-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'CITY-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.fire_station_milestone}'::text[] WHERE rule_id = 'FIRE-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.fire_township_team}'::text[] WHERE rule_id = 'FIRE-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'FIRE-06';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'FIRE-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.fire_equipment_plan}'::text[] WHERE rule_id = 'FIRE-10';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_force}'::text[] WHERE rule_id = 'S003-DOC-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegation_basis}'::text[] WHERE rule_id = 'S003-DOC-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegation_basis,jdz.power_in_force}'::text[] WHERE rule_id = 'S003-DOC-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power,jdz.power_holders}'::text[] WHERE rule_id = 'S003-DEL-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power}'::text[] WHERE rule_id = 'S003-DEL-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power}'::text[] WHERE rule_id = 'S003-DEL-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power}'::text[] WHERE rule_id = 'S003-DEL-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'S003-TL-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'S003-MIN-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_min_scale}'::text[] WHERE rule_id = 'S003-MIN-06';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_min_life}'::text[] WHERE rule_id = 'S003-MIN-07';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mine_threshold}'::text[] WHERE rule_id = 'S003-MIN-08';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mine_threshold}'::text[] WHERE rule_id = 'S003-MIN-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-MIN-12';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-MIN-13';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-MIN-14';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.planning_zone}'::text[] WHERE rule_id = 'S003-MIN-15';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.award_project}'::text[] WHERE rule_id = 'S003-AWD-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.award_project}'::text[] WHERE rule_id = 'S003-AWD-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'S003-SVC-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.meeting}'::text[] WHERE rule_id = 'S003-MTG-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-06';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-07';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-08';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-05';

------------------------------------------------------------------------------
-- 90. Privileges
------------------------------------------------------------------------------

-- Extension tables are readable by everyone and writable by their owner
-- only; functions are executable by PUBLIC (the default).
