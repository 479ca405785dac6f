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
