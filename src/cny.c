/*
 * cny.c — the jdz.cny type: an exact amount of yuan stored as int64 fen
 * (core §3), its arithmetic, casts, aggregates and jdz.round_fen.
 *
 * Parsing and formatting live in cny_parse.c (plain C, fuzzed alone); this
 * file holds the thin SQL entry points.  Comparison, hashing and in_range
 * use the int8 functions of the server directly (see 01-cny.sql), which is
 * sound because a cny is an int8 of fen.
 */
#include "jdzpolicy.h"

#include "cny_parse.h"

#include "common/int.h"
#include "common/int128.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#define CNY_RANGE_DETAIL \
	errdetail("A jdz.cny holds amounts from -92233720368547758.07 to 92233720368547758.07 yuan (core §3).")

/* ---------------------------------------------------------------------
 * Helpers published in jdzpolicy.h
 * --------------------------------------------------------------------- */

/* raise 22003 for an amount out of range; what names the computation */
void
jdz_cny_overflow(const char *what)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("%s is out of range for type jdz.cny", what),
			 CNY_RANGE_DETAIL));
}

Cny
jdz_cny_add(Cny a, Cny b)
{
	int64		r;

	if (pg_add_s64_overflow(a, b, &r) || r == PG_INT64_MIN)
		jdz_cny_overflow("the sum");
	return r;
}

Cny
jdz_cny_sub(Cny a, Cny b)
{
	int64		r;

	if (pg_sub_s64_overflow(a, b, &r) || r == PG_INT64_MIN)
		jdz_cny_overflow("the difference");
	return r;
}

/* Is this rounding mode name known?  Its code in *mode. */
bool
jdz_round_mode_from_name(const char *name, int *mode)
{
	static const struct
	{
		const char *name;
		int			mode;
	}			modes[] =
	{
		{"half_up", JDZ_ROUND_HALF_UP},
		{"half_even", JDZ_ROUND_HALF_EVEN},
		{"down", JDZ_ROUND_DOWN},
		{"up", JDZ_ROUND_UP},
		{"floor", JDZ_ROUND_FLOOR},
		{"ceiling", JDZ_ROUND_CEILING},
	};
	int			i;

	for (i = 0; i < lengthof(modes); i++)
		if (strcmp(name, modes[i].name) == 0)
		{
			*mode = modes[i].mode;
			return true;
		}
	return false;
}

static Numeric
num_const(int64 v)
{
	return int64_to_numeric(v);
}

static int
num_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

static Numeric
num_add(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

static Numeric
num_sub(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_sub, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

static Numeric
num_mul(Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(a),
											   NumericGetDatum(b)));
}

static Numeric
num_trunc(Numeric a)
{
	return DatumGetNumeric(DirectFunctionCall2(numeric_trunc, NumericGetDatum(a),
											   Int32GetDatum(0)));
}

static int
num_sign(Numeric a)
{
	return num_cmp(a, num_const(0));
}

/*
 * Round x (an exact amount in fen, any scale) to an integer count of fen in
 * the given mode, and return it as a Cny; 22003 if it does not fit.
 */
Cny
jdz_numeric_fen_to_cny(Numeric x, int mode, const char *what)
{
	Numeric		t;
	Numeric		r;
	int			sign;
	int			frac_cmp;

	if (numeric_is_nan(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s is NaN, which is not an amount of yuan", what),
				 errhint("A jdz.cny is a finite amount.")));
	if (numeric_is_inf(x))
		jdz_cny_overflow(what);

	t = num_trunc(x);
	sign = num_sign(x);
	if (num_cmp(t, x) == 0)
		r = t;
	else
	{
		/* |x - t| against one half: is the dropped fraction <, = or > .5? */
		Numeric		twice = num_mul(num_sub(x, t), num_const(2 * (sign < 0 ? -1 : 1)));
		Numeric		away = num_add(t, num_const(sign < 0 ? -1 : 1));
		bool		round_away;

		frac_cmp = num_cmp(twice, num_const(1));
		switch (mode)
		{
			case JDZ_ROUND_HALF_UP:
				round_away = frac_cmp >= 0;
				break;
			case JDZ_ROUND_HALF_EVEN:
				if (frac_cmp != 0)
					round_away = frac_cmp > 0;
				else
				{
					/* exactly half: to the even neighbour */
					Numeric		two = num_const(2);
					Numeric		half_t = DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc,
																			 NumericGetDatum(t),
																			 NumericGetDatum(two)));

					round_away = num_cmp(num_mul(half_t, two), t) != 0;
				}
				break;
			case JDZ_ROUND_DOWN:
				round_away = false;
				break;
			case JDZ_ROUND_UP:
				round_away = true;
				break;
			case JDZ_ROUND_FLOOR:
				round_away = sign < 0;
				break;
			case JDZ_ROUND_CEILING:
				round_away = sign > 0;
				break;
			default:
				elog(ERROR, "unknown rounding mode %d", mode);
				round_away = false; /* keep compiler quiet */
		}
		r = round_away ? away : t;
	}

	if (num_cmp(r, num_const(CNY_FEN_MAX)) > 0 ||
		num_cmp(r, num_const(CNY_FEN_MIN)) < 0)
		jdz_cny_overflow(what);
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(r)));
}

/* an amount of yuan (numeric) rounded to the fen in the given mode */
Cny
jdz_numeric_to_cny(Numeric yuan, int mode)
{
	if (numeric_is_nan(yuan) || numeric_is_inf(yuan))
		return jdz_numeric_fen_to_cny(yuan, mode, "the amount");
	return jdz_numeric_fen_to_cny(num_mul(yuan, num_const(100)), mode, "the amount");
}

/* the exact amount of yuan, as a numeric with scale 2 */
Numeric
jdz_cny_to_numeric(Cny c)
{
	/*
	 * int64_div_fast_to_numeric() is exact only while c * 100 fits an int64:
	 * beyond that it falls back to a numeric division that rounds to 16
	 * significant digits.  Multiply by 0.01 instead, which is exact.
	 */
	if (c > -(PG_INT64_MAX / 100) && c < PG_INT64_MAX / 100)
		return int64_div_fast_to_numeric(c, 2);
	return num_mul(num_const(c),
				   DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum("0.01"),
													   ObjectIdGetDatum(InvalidOid),
													   Int32GetDatum(-1))));
}

/* ---------------------------------------------------------------------
 * Input and output
 * --------------------------------------------------------------------- */

/* cny_in: text to jdz.cny (soft errors where the server has them) */
PG_FUNCTION_INFO_V1(cny_in);
Datum
cny_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *utf8 = str;
	int64_t		fen = 0;
	CnyParseStatus st;

	/* the full-width forms are recognised in UTF-8 */
	if (GetDatabaseEncoding() != PG_UTF8)
		utf8 = pg_server_to_any(str, strlen(str), PG_UTF8);

	st = cny_parse(utf8, strlen(utf8), &fen);
	switch (st)
	{
		case CNY_PARSE_OK:
			break;
		case CNY_PARSE_SYNTAX:
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type jdz.cny: \"%s\"", str),
					 errdetail("An amount of yuan is digits with an optional sign, \"¥\" or \"￥\", grouping commas in threes, up to 2 decimals, \"万\" and \"元\" (core §3)."),
					 errhint("Write for example 1234.56, -0.01, 1,234.56, ¥1234.56, 1234.56元 or 3万元.")));
		case CNY_PARSE_PRECISION:
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("too many decimals for type jdz.cny: \"%s\"", str),
					 errdetail("An amount of yuan is exact to the fen (0.01); amounts are never rounded on input (core §3, §8)."),
					 errhint("Round explicitly, e.g. jdz.round_fen(numeric, 'half_up').")));
		case CNY_PARSE_RANGE:
			ereturn(fcinfo->context, (Datum) 0,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("value \"%s\" is out of range for type jdz.cny", str),
					 CNY_RANGE_DETAIL));
	}
	PG_RETURN_CNY(fen);
}

/* cny_out: jdz.cny to its canonical text, "-1234.56" */
PG_FUNCTION_INFO_V1(cny_out);
Datum
cny_out(PG_FUNCTION_ARGS)
{
	Cny			c = PG_GETARG_CNY(0);
	char	   *buf = palloc(CNY_FORMAT_BUFSIZE);

	cny_format(c, buf);
	PG_RETURN_CSTRING(buf);
}

/* cny_recv: binary input, an int8 of fen, validated like cny_in */
PG_FUNCTION_INFO_V1(cny_recv);
Datum
cny_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int64		fen = pq_getmsgint64(buf);

	if (fen < CNY_FEN_MIN)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("binary value is out of range for type jdz.cny"),
				 CNY_RANGE_DETAIL));
	PG_RETURN_CNY(fen);
}

/* cny_send: binary output, an int8 of fen */
PG_FUNCTION_INFO_V1(cny_send);
Datum
cny_send(PG_FUNCTION_ARGS)
{
	Cny			c = PG_GETARG_CNY(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, c);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---------------------------------------------------------------------
 * Arithmetic
 * --------------------------------------------------------------------- */

/* cny_add: cny + cny */
PG_FUNCTION_INFO_V1(cny_add);
Datum
cny_add(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(jdz_cny_add(PG_GETARG_CNY(0), PG_GETARG_CNY(1)));
}

/* cny_sub: cny - cny */
PG_FUNCTION_INFO_V1(cny_sub);
Datum
cny_sub(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(jdz_cny_sub(PG_GETARG_CNY(0), PG_GETARG_CNY(1)));
}

/* cny_neg: - cny (never overflows: the range is symmetric) */
PG_FUNCTION_INFO_V1(cny_neg);
Datum
cny_neg(PG_FUNCTION_ARGS)
{
	Cny			c = PG_GETARG_CNY(0);

	if (c == PG_INT64_MIN)
		jdz_cny_overflow("the negation");
	PG_RETURN_CNY(-c);
}

/* cny_mul_numeric: cny * numeric, half-up to the fen */
PG_FUNCTION_INFO_V1(cny_mul_numeric);
Datum
cny_mul_numeric(PG_FUNCTION_ARGS)
{
	Cny			c = PG_GETARG_CNY(0);
	Numeric		n = PG_GETARG_NUMERIC(1);

	PG_RETURN_CNY(jdz_numeric_fen_to_cny(num_mul(num_const(c), n),
										 JDZ_ROUND_HALF_UP, "the product"));
}

/* numeric_mul_cny: numeric * cny, half-up to the fen */
PG_FUNCTION_INFO_V1(numeric_mul_cny);
Datum
numeric_mul_cny(PG_FUNCTION_ARGS)
{
	Numeric		n = PG_GETARG_NUMERIC(0);
	Cny			c = PG_GETARG_CNY(1);

	PG_RETURN_CNY(jdz_numeric_fen_to_cny(num_mul(num_const(c), n),
										 JDZ_ROUND_HALF_UP, "the product"));
}

/*
 * fen / n rounded half-up (away from zero) to an integer count of fen, exact:
 * the truncated quotient and the remainder decide, not a rounded division.
 */
static Cny
cny_div_round(Numeric fen, Numeric n)
{
	Numeric		q;
	Numeric		rem;

	if (numeric_is_nan(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot divide jdz.cny by NaN")));
	if (numeric_is_inf(n))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot divide jdz.cny by infinity")));
	if (num_sign(n) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));

	q = DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc,
											NumericGetDatum(fen),
											NumericGetDatum(n)));
	rem = num_sub(fen, num_mul(q, n));	/* exact; sign of fen, |rem| < |n| */
	if (num_sign(rem) != 0)
	{
		Numeric		abs2 = DatumGetNumeric(DirectFunctionCall1(numeric_abs,
															   NumericGetDatum(num_mul(rem, num_const(2)))));
		Numeric		absn = DatumGetNumeric(DirectFunctionCall1(numeric_abs,
															   NumericGetDatum(n)));

		if (num_cmp(abs2, absn) >= 0)
			q = num_add(q, num_const((num_sign(rem) > 0) == (num_sign(n) > 0) ? 1 : -1));
	}
	return jdz_numeric_fen_to_cny(q, JDZ_ROUND_HALF_UP, "the quotient");
}

/* cny_div_numeric: cny / numeric, half-up to the fen */
PG_FUNCTION_INFO_V1(cny_div_numeric);
Datum
cny_div_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(cny_div_round(num_const(PG_GETARG_CNY(0)), PG_GETARG_NUMERIC(1)));
}

/* cny_div_cny: cny / cny, the exact ratio as numeric */
PG_FUNCTION_INFO_V1(cny_div_cny);
Datum
cny_div_cny(PG_FUNCTION_ARGS)
{
	Cny			a = PG_GETARG_CNY(0);
	Cny			b = PG_GETARG_CNY(1);

	if (b == 0)
		ereport(ERROR,
				(errcode(ERRCODE_DIVISION_BY_ZERO),
				 errmsg("division by zero")));
	return DirectFunctionCall2(numeric_div, NumericGetDatum(num_const(a)),
							   NumericGetDatum(num_const(b)));
}

/* ---------------------------------------------------------------------
 * Casts and rounding
 * --------------------------------------------------------------------- */

/* numeric_to_cny: numeric (yuan) to cny, half-up */
PG_FUNCTION_INFO_V1(numeric_to_cny);
Datum
numeric_to_cny(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY(jdz_numeric_to_cny(PG_GETARG_NUMERIC(0), JDZ_ROUND_HALF_UP));
}

/* cny_to_numeric: cny to numeric (yuan, scale 2), exact */
PG_FUNCTION_INFO_V1(cny_to_numeric);
Datum
cny_to_numeric(PG_FUNCTION_ARGS)
{
	PG_RETURN_NUMERIC(jdz_cny_to_numeric(PG_GETARG_CNY(0)));
}

/* int8_to_cny: a whole number of yuan */
PG_FUNCTION_INFO_V1(int8_to_cny);
Datum
int8_to_cny(PG_FUNCTION_ARGS)
{
	int64		yuan = PG_GETARG_INT64(0);
	int64		fen;

	if (pg_mul_s64_overflow(yuan, 100, &fen) || fen == PG_INT64_MIN)
		jdz_cny_overflow("the amount");
	PG_RETURN_CNY(fen);
}

/* int4_to_cny: a whole number of yuan (never overflows) */
PG_FUNCTION_INFO_V1(int4_to_cny);
Datum
int4_to_cny(PG_FUNCTION_ARGS)
{
	PG_RETURN_CNY((int64) PG_GETARG_INT32(0) * 100);
}

/* cny_round_fen: jdz.round_fen(numeric, mode text) */
PG_FUNCTION_INFO_V1(cny_round_fen);
Datum
cny_round_fen(PG_FUNCTION_ARGS)
{
	Numeric		x = PG_GETARG_NUMERIC(0);
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	int			mode;

	if (!jdz_round_mode_from_name(name, &mode))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown rounding mode \"%s\"", name),
				 errhint("Use half_up, half_even, down, up, floor or ceiling.")));
	PG_RETURN_CNY(jdz_numeric_to_cny(x, mode));
}

/* ---------------------------------------------------------------------
 * Aggregates: sum and avg with a 128-bit accumulator
 * --------------------------------------------------------------------- */

typedef struct CnyAggState
{
	int64		count;
	INT128		sum;
} CnyAggState;

static CnyAggState *
cny_agg_state(FunctionCallInfo fcinfo, const char *fname)
{
	MemoryContext aggctx;

	/* as in int8_avg_accum: the context is checked when the state is made */
	if (likely(!PG_ARGISNULL(0)))
		return (CnyAggState *) PG_GETARG_POINTER(0);
	if (!AggCheckCallContext(fcinfo, &aggctx))
		elog(ERROR, "%s called in non-aggregate context", fname);
	return (CnyAggState *) MemoryContextAllocZero(aggctx, sizeof(CnyAggState));
}

/* cny_sum_accum: transition of sum(cny) and avg(cny) */
PG_FUNCTION_INFO_V1(cny_sum_accum);
Datum
cny_sum_accum(PG_FUNCTION_ARGS)
{
	CnyAggState *st = cny_agg_state(fcinfo, "cny_sum_accum");

	if (!PG_ARGISNULL(1))
	{
		int128_add_int64(&st->sum, PG_GETARG_CNY(1));
		st->count++;
	}
	PG_RETURN_POINTER(st);
}

/* cny_sum_inv: inverse transition (moving windows) */
PG_FUNCTION_INFO_V1(cny_sum_inv);
Datum
cny_sum_inv(PG_FUNCTION_ARGS)
{
	CnyAggState *st = cny_agg_state(fcinfo, "cny_sum_inv");

	if (!PG_ARGISNULL(1))
	{
		Cny			c = PG_GETARG_CNY(1);

		/* c is never INT64_MIN, so -c is safe */
		int128_add_int64(&st->sum, -c);
		st->count--;
	}
	PG_RETURN_POINTER(st);
}

/* cny_sum_combine: combine two partial states (parallel aggregation) */
PG_FUNCTION_INFO_V1(cny_sum_combine);
Datum
cny_sum_combine(PG_FUNCTION_ARGS)
{
	MemoryContext aggctx;
	CnyAggState *a;
	CnyAggState *b;

	if (!AggCheckCallContext(fcinfo, &aggctx))
		elog(ERROR, "cny_sum_combine called in non-aggregate context");
	a = PG_ARGISNULL(0) ? NULL : (CnyAggState *) PG_GETARG_POINTER(0);
	b = PG_ARGISNULL(1) ? NULL : (CnyAggState *) PG_GETARG_POINTER(1);
	if (b == NULL)
		PG_RETURN_POINTER(a);
	if (a == NULL)
	{
		a = (CnyAggState *) MemoryContextAlloc(aggctx, sizeof(CnyAggState));
		*a = *b;
		PG_RETURN_POINTER(a);
	}
	a->count += b->count;
#if USE_NATIVE_INT128
	a->sum += b->sum;
#else
	{
		uint64		lo = a->sum.lo + b->sum.lo;

		a->sum.hi = a->sum.hi + b->sum.hi + (lo < a->sum.lo ? 1 : 0);
		a->sum.lo = lo;
	}
#endif
	PG_RETURN_POINTER(a);
}

/* split a 128-bit sum into its high and low 64 bits */
static void
int128_split(INT128 v, int64 *hi, uint64 *lo)
{
#if USE_NATIVE_INT128
	*hi = (int64) (v >> 64);
	*lo = (uint64) v;
#else
	*hi = v.hi;
	*lo = v.lo;
#endif
}

static INT128
int128_join(int64 hi, uint64 lo)
{
#if USE_NATIVE_INT128
	return ((int128) hi << 64) | (int128) lo;
#else
	INT128		v;

	v.hi = hi;
	v.lo = lo;
	return v;
#endif
}

/* cny_sum_serialize: the state as bytea (count, sum high, sum low) */
PG_FUNCTION_INFO_V1(cny_sum_serialize);
Datum
cny_sum_serialize(PG_FUNCTION_ARGS)
{
	CnyAggState *st;
	StringInfoData buf;
	int64		hi;
	uint64		lo;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "cny_sum_serialize called in non-aggregate context");
	st = (CnyAggState *) PG_GETARG_POINTER(0);
	int128_split(st->sum, &hi, &lo);
	pq_begintypsend(&buf);
	pq_sendint64(&buf, st->count);
	pq_sendint64(&buf, hi);
	pq_sendint64(&buf, (int64) lo);
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* cny_sum_deserialize: the inverse of cny_sum_serialize */
PG_FUNCTION_INFO_V1(cny_sum_deserialize);
Datum
cny_sum_deserialize(PG_FUNCTION_ARGS)
{
	bytea	   *b = PG_GETARG_BYTEA_PP(0);
	StringInfoData buf;
	CnyAggState *st;
	int64		hi;
	uint64		lo;

	if (!AggCheckCallContext(fcinfo, NULL))
		elog(ERROR, "cny_sum_deserialize called in non-aggregate context");
	initStringInfo(&buf);
	appendBinaryStringInfo(&buf, VARDATA_ANY(b), VARSIZE_ANY_EXHDR(b));
	st = (CnyAggState *) palloc(sizeof(CnyAggState));
	st->count = pq_getmsgint64(&buf);
	hi = pq_getmsgint64(&buf);
	lo = (uint64) pq_getmsgint64(&buf);
	pq_getmsgend(&buf);
	st->sum = int128_join(hi, lo);
	pfree(buf.data);
	PG_RETURN_POINTER(st);
}

/* the state's sum as a Cny, or 22003 */
static Cny
cny_state_sum(const CnyAggState *st)
{
	if (int128_compare(st->sum, int64_to_int128(CNY_FEN_MAX)) > 0 ||
		int128_compare(st->sum, int64_to_int128(CNY_FEN_MIN)) < 0)
		jdz_cny_overflow("the sum");
	return int128_to_int64(st->sum);
}

/* cny_sum_final: sum(cny); NULL over no rows */
PG_FUNCTION_INFO_V1(cny_sum_final);
Datum
cny_sum_final(PG_FUNCTION_ARGS)
{
	CnyAggState *st = PG_ARGISNULL(0) ? NULL : (CnyAggState *) PG_GETARG_POINTER(0);

	if (st == NULL || st->count == 0)
		PG_RETURN_NULL();
	PG_RETURN_CNY(cny_state_sum(st));
}

/* cny_avg_final: avg(cny), half-up to the fen; NULL over no rows */
PG_FUNCTION_INFO_V1(cny_avg_final);
Datum
cny_avg_final(PG_FUNCTION_ARGS)
{
	CnyAggState *st = PG_ARGISNULL(0) ? NULL : (CnyAggState *) PG_GETARG_POINTER(0);

	if (st == NULL || st->count == 0)
		PG_RETURN_NULL();

#if USE_NATIVE_INT128
	{
		int128		q = st->sum / st->count;
		int128		r = st->sum % st->count;

		if (r < 0)
			r = -r;
		if (2 * r >= st->count)
			q += st->sum < 0 ? -1 : 1;
		/* the mean of amounts in range is in range */
		PG_RETURN_CNY((Cny) q);
	}
#else
	int64		hi;
	uint64		lo;
	Numeric		sum;

	/* the exact sum as numeric: hi * 2^64 + lo */
	int128_split(st->sum, &hi, &lo);
	sum = num_add(num_mul(num_const(hi),
						  num_mul(num_const((int64) 1 << 32), num_const((int64) 1 << 32))),
				  num_add(num_mul(num_const((int64) (lo >> 32)), num_const((int64) 1 << 32)),
						  num_const((int64) (lo & 0xFFFFFFFF))));
	PG_RETURN_CNY(cny_div_round(sum, num_const(st->count)));
#endif
}
