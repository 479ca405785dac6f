/*
 * subsidy.c — the land-expropriated farmers' pension subsidy (LP, 景府发〔2023〕14号)
 * and the helpers the subsidy and loan families share: parameter reads
 * (required and window kinds, spec 30 §0) and exact fen arithmetic.
 */
#include "subsidy.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "catalog/namespace.h"

#define LP10_DETAIL "LP-10, 景府发〔2023〕14号 第十条"
#define LP12_DETAIL "LP-12, 景府发〔2023〕14号 第十一条、第十二条"
#define LP13_DETAIL "LP-13, 景府发〔2023〕14号 第十三条"
#define LP16_DETAIL "LP-16, 景府发〔2023〕14号 第十六条"
#define LP17A_DETAIL "LP-17a, 景府发〔2023〕14号 第十七条（一）"

/* ------------------------------------------------------------------------
 * Parameters
 * ------------------------------------------------------------------------
 */

/* the ISO text of a date, for messages */
char *
sub_date_text(DateADT d)
{
	return DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(d)));
}

/*
 * The value of parameter key in force on on_date, from the registry's
 * per-backend cache (jdz_param_lookup, invalidated on every committed change).
 * None in force: NULL when !required (a window parameter: the measure is not
 * in force), else 22023 naming the key and the date, with the rule in detail.
 */
Numeric
sub_param(const char *key, DateADT on_date, bool required, const char *detail)
{
	Numeric		result;

	if (jdz_param_lookup(key, on_date, &result))
		return result;
	if (required)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no value of parameter \"%s\" on %s", key, sub_date_text(on_date)),
				 errdetail("%s", detail),
				 errhint("Load the row of \"%s\" in force on that date into jdz.parameter.", key)));
	return NULL;
}

/*
 * A counter bumped by every relcache invalidation of jdz.parameter (the
 * registry's trigger sends one on every change, committed changes of other
 * sessions arrive at the next statement): a per-call-site cache of an answer
 * keyed by (arguments, generation) is as fresh as jdz.param itself.
 */
static uint64 sub_generation = 1;
static bool sub_callback_registered = false;
static Oid	sub_param_relid = InvalidOid;

static void
sub_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == sub_param_relid || sub_param_relid == InvalidOid)
		sub_generation++;
}

uint64
sub_param_generation(void)
{
	if (!sub_callback_registered)
	{
		CacheRegisterRelcacheCallback(sub_relcache_callback, (Datum) 0);
		sub_callback_registered = true;
		sub_generation++;
	}
	if (sub_param_relid == InvalidOid)
	{
		Oid			nsp = get_namespace_oid("jdz", true);

		if (OidIsValid(nsp))
			sub_param_relid = get_relname_relid("parameter", nsp);
		/* not found (extension being created): never trust a cached answer */
		if (sub_param_relid == InvalidOid)
			return ++sub_generation;
	}
	return sub_generation;
}

/* do two numerics have the same bytes (the same value, scale included)? */
bool
sub_same_numeric(Numeric a, Numeric b)
{
	return a != NULL && b != NULL && VARSIZE_ANY(a) == VARSIZE_ANY(b) &&
		memcmp(a, b, VARSIZE_ANY(a)) == 0;
}

/* keep a copy of n in cxt, replacing *slot */
void
sub_keep_numeric(MemoryContext cxt, Numeric *slot, Numeric n)
{
	if (*slot)
		pfree(*slot);
	*slot = (Numeric) MemoryContextAlloc(cxt, VARSIZE_ANY(n));
	memcpy(*slot, n, VARSIZE_ANY(n));
}

/* a required parameter that must be a whole number in [lo, hi] */
int
sub_param_int(const char *key, DateADT on_date, const char *detail, int lo, int hi)
{
	Numeric		v = sub_param(key, on_date, true, detail);
	SubRatio	r = sub_ratio(v, 1);

	if (!r.ok || r.den != 1 || r.num < lo || r.num > hi)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("parameter \"%s\" on %s is not a whole number between %d and %d",
						key, sub_date_text(on_date), lo, hi),
				 errdetail("%s", detail),
				 errhint("Correct the row in jdz.parameter.")));
	return (int) r.num;
}

/* ------------------------------------------------------------------------
 * Exact fen arithmetic
 * ------------------------------------------------------------------------
 */

/*
 * n as an exact fraction num / (10^scale * extra_den) when it fits in int128
 * with room to multiply by an int64 amount; ok = false otherwise (NaN,
 * infinity, too many digits).
 */
SubRatio
sub_ratio(Numeric n, int64 extra_den)
{
	SubRatio	r = {false, 0, extra_den};
	char	   *s;
	char	   *p;
	bool		neg = false;
	bool		frac = false;
	int			digits = 0;
	int			scale = 0;
	int128		num = 0;
	int128		den = 1;

	if (numeric_is_nan(n) || numeric_is_inf(n))
		return r;
	s = numeric_normalize(n);
	p = s;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	for (; *p; p++)
	{
		if (*p == '.')
		{
			frac = true;
			continue;
		}
		if (*p < '0' || *p > '9')
			return r;
		if (num != 0 || *p != '0')
			digits++;
		if (digits > 18)
			return r;
		num = num * 10 + (*p - '0');
		if (frac)
		{
			scale++;
			if (scale > 18)
				return r;
			den *= 10;
		}
	}
	r.ok = true;
	r.num = neg ? -num : num;
	r.den = den * extra_den;
	return r;
}

/* round num / den (den > 0) to an int64; *overflow when it does not fit */
int64
sub_round_div128(int128 num, int128 den, SubRound mode, bool *overflow)
{
	int128		q = num / den;
	int128		rem = num % den;

	switch (mode)
	{
		case SUB_ROUND_FLOOR:
			if (rem < 0)
				q--;
			break;
		case SUB_ROUND_CEILING:
			if (rem > 0)
				q++;
			break;
		case SUB_ROUND_HALF_UP:
			if (rem < 0)
				rem = -rem;
			if (2 * rem >= den)
				q += (num < 0) ? -1 : 1;
			break;
	}
	/* jdz.cny amounts are symmetric: PG_INT64_MIN is never one */
	*overflow = (q > PG_INT64_MAX || q <= PG_INT64_MIN);
	return (int64) q;
}

static void
sub_fen_overflow(const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("amount out of range for jdz.cny"),
			 errdetail("%s", detail)));
}

static Numeric
num_op(PGFunction f, Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(f, NumericGetDatum(a), NumericGetDatum(b)));
}

/* an integral numeric as int64 fen; 22003 when it does not fit */
int64
sub_integral_to_fen(Numeric x, const char *detail)
{
	SubRatio	r = sub_ratio(x, 1);

	if (r.ok && r.den == 1)
		return (int64) r.num;
	if (numeric_is_nan(x) || numeric_is_inf(x))
		sub_fen_overflow(detail);
	/* 19 digits or more: compare with the bounds of jdz.cny exactly */
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(x),
										  NumericGetDatum(int64_to_numeric(PG_INT64_MAX)))) > 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(x),
										  NumericGetDatum(int64_to_numeric(-PG_INT64_MAX)))) < 0)
		sub_fen_overflow(detail);
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(x)));
}

/* an exact amount of yuan (numeric) rounded to fen */
int64
sub_numeric_to_fen(Numeric yuan, SubRound mode, const char *detail)
{
	Numeric		x;
	Numeric		i;

	if (numeric_is_nan(yuan) || numeric_is_inf(yuan))
		sub_fen_overflow(detail);
	x = num_op(numeric_mul, yuan, int64_to_numeric(100));
	switch (mode)
	{
		case SUB_ROUND_FLOOR:
			i = DatumGetNumeric(DirectFunctionCall1(numeric_floor, NumericGetDatum(x)));
			break;
		case SUB_ROUND_CEILING:
			i = DatumGetNumeric(DirectFunctionCall1(numeric_ceil, NumericGetDatum(x)));
			break;
		default:
			/* round() of an exact value: half away from zero, exact */
			i = DatumGetNumeric(DirectFunctionCall2(numeric_round, NumericGetDatum(x), Int32GetDatum(0)));
			break;
	}
	return sub_integral_to_fen(i, detail);
}

/*
 * fen × n (/ the extra denominator of r), rounded to fen.  r is
 * sub_ratio(n, extra_den), computed once by the caller; when it did not fit,
 * the exact numeric path is taken.
 */
int64
sub_fen_times(int64 fen, Numeric n, const SubRatio *r, SubRound mode, const char *detail)
{
	if (r->ok)
	{
		int128		prod;
		bool		overflow;
		int64		res;

		/* |fen| < 2^63, |num| < 10^18 < 2^60: the product fits in int128 */
		prod = (int128) fen * r->num;
		res = sub_round_div128(prod, r->den, mode, &overflow);
		if (overflow)
			sub_fen_overflow(detail);
		return res;
	}
	else
	{
		/* exact: x = fen × n; q = trunc(x / d); rem = x − q·d */
		int64		d = 1;
		Numeric		x;
		Numeric		dn;
		Numeric		q;
		Numeric		rem;
		int			c;
		int			sign;

		if (numeric_is_nan(n) || numeric_is_inf(n))
			sub_fen_overflow(detail);
		/* the extra denominator survives in r->den when r is not ok */
		d = (int64) r->den;
		x = num_op(numeric_mul, int64_to_numeric(fen), n);
		dn = int64_to_numeric(d);
		q = num_op(numeric_div_trunc, x, dn);
		rem = num_op(numeric_sub, x, num_op(numeric_mul, q, dn));
		c = DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(rem),
											  NumericGetDatum(int64_to_numeric(0))));
		sign = DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(x),
												 NumericGetDatum(int64_to_numeric(0))));
		if (mode == SUB_ROUND_FLOOR && c < 0)
			q = num_op(numeric_sub, q, int64_to_numeric(1));
		else if (mode == SUB_ROUND_CEILING && c > 0)
			q = num_op(numeric_add, q, int64_to_numeric(1));
		else if (mode == SUB_ROUND_HALF_UP && c != 0)
		{
			Numeric		twice = num_op(numeric_mul, int64_to_numeric(2),
									   DatumGetNumeric(DirectFunctionCall1(numeric_abs, NumericGetDatum(rem))));

			if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(twice),
												  NumericGetDatum(dn))) >= 0)
				q = num_op(numeric_add, q, int64_to_numeric(sign < 0 ? -1 : 1));
		}
		return sub_integral_to_fen(q, detail);
	}
}

/* ------------------------------------------------------------------------
 * LP: 景府发〔2023〕14号
 * ------------------------------------------------------------------------
 */

/* W × a × b (yuan per month of subsidy), exact; W must be positive */
static Numeric
lefp_monthly_exact(DateADT on_date, const char *detail)
{
	Numeric		w = sub_param("lefp.avg_monthly_wage", on_date, true, detail);
	Numeric		a;
	Numeric		b;

	if (numeric_is_nan(w) || DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(w),
																NumericGetDatum(int64_to_numeric(0)))) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("average monthly wage on %s is not positive", sub_date_text(on_date)),
				 errdetail("%s", detail),
				 errhint("Correct the row of \"lefp.avg_monthly_wage\" in jdz.parameter.")));
	a = sub_param("lefp.subsidy_base_ratio", on_date, true, detail);
	b = sub_param("lefp.subsidy_rate", on_date, true, detail);
	return num_op(numeric_mul, num_op(numeric_mul, w, a), b);
}

/* round_half_up(W × a × b × months), rounded once */
static int64
lefp_subsidy_fen(DateADT on_date, int months, const char *detail)
{
	Numeric		m = lefp_monthly_exact(on_date, detail);

	return sub_numeric_to_fen(num_op(numeric_mul, m, int64_to_numeric(months)),
							  SUB_ROUND_HALF_UP, detail);
}

/*
 * Answers of jdz.lefp_annual_subsidy by date (direct-mapped, valid for one
 * parameter generation), then the last parameter values and their answer.
 */
#define LEFP_SLOTS 2048

typedef struct LefpSlot
{
	uint64		generation;		/* 0 = empty */
	DateADT		on_date;
	int64		fen;
} LefpSlot;

typedef struct LefpCache
{
	LefpSlot	slot[LEFP_SLOTS];
	Numeric		w;				/* copies in fn_mcxt */
	Numeric		a;
	Numeric		b;
	int64		fen;
} LefpCache;

/* jdz.lefp_annual_subsidy(on_date): LP-10, W × 60 % × 12 % × 12 rounded once */
PG_FUNCTION_INFO_V1(lefp_annual_subsidy);
Datum
lefp_annual_subsidy(PG_FUNCTION_ARGS)
{
	DateADT		on_date = PG_GETARG_DATEADT(0);
	LefpCache  *c = (LefpCache *) fcinfo->flinfo->fn_extra;
	MemoryContext cxt = fcinfo->flinfo->fn_mcxt;
	LefpSlot   *slot;
	Numeric		w;
	Numeric		a;
	Numeric		b;
	int64		fen;
	uint64		gen = sub_param_generation();

	if (c == NULL)
	{
		c = MemoryContextAllocZero(cxt, sizeof(LefpCache));
		fcinfo->flinfo->fn_extra = c;
	}
	slot = &c->slot[((uint32) on_date) % LEFP_SLOTS];
	if (slot->generation == gen && slot->on_date == on_date)
		PG_RETURN_CNY(slot->fen);

	w = sub_param("lefp.avg_monthly_wage", on_date, true, LP10_DETAIL);
	a = sub_param("lefp.subsidy_base_ratio", on_date, true, LP10_DETAIL);
	b = sub_param("lefp.subsidy_rate", on_date, true, LP10_DETAIL);
	if (sub_same_numeric(c->w, w) && sub_same_numeric(c->a, a) && sub_same_numeric(c->b, b))
		fen = c->fen;
	else
	{
		fen = lefp_subsidy_fen(on_date, 12, LP10_DETAIL);
		sub_keep_numeric(cxt, &c->w, w);
		sub_keep_numeric(cxt, &c->a, a);
		sub_keep_numeric(cxt, &c->b, b);
		c->fen = fen;
	}
	slot->generation = gen;
	slot->on_date = on_date;
	slot->fen = fen;
	PG_RETURN_CNY(fen);
}

/* jdz.lefp_enterprise_subsidy(flexible_months, months_subsidised_before, on_date): LP-12 */
PG_FUNCTION_INFO_V1(lefp_enterprise_subsidy);
Datum
lefp_enterprise_subsidy(PG_FUNCTION_ARGS)
{
	int32		flexible = PG_GETARG_INT32(0);
	int32		before = PG_GETARG_INT32(1);
	DateADT		on_date = PG_GETARG_DATEADT(2);
	Numeric		monthly;
	int			years;
	int			cap;
	int			months;

	if (flexible < 0 || flexible > 12)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("flexible_months must be between 0 and 12, not %d", flexible),
				 errdetail("%s", LP12_DETAIL)));
	monthly = lefp_monthly_exact(on_date, LP12_DETAIL);
	years = sub_param_int("lefp.subsidy_years_max", on_date, LP12_DETAIL, 0, 100);
	cap = 12 * years;
	if (before < 0 || before > cap)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("months_subsidised_before must be between 0 and %d, not %d", cap, before),
				 errdetail("%s", LP12_DETAIL),
				 errhint("The subsidy is paid for at most %d years.", years)));
	months = Min(flexible, cap - before);
	PG_RETURN_CNY(sub_numeric_to_fen(num_op(numeric_mul, monthly, int64_to_numeric(months)),
									 SUB_ROUND_HALF_UP, LP12_DETAIL));
}

/* first day of the month after d; 22008 past the last date */
static DateADT
first_of_next_month(DateADT d)
{
	int			y,
				m,
				dd;

	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range: %s", sub_date_text(d))));
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	if (++m > 12)
	{
		m = 1;
		y++;
	}
	if (!IS_VALID_DATE(date2j(y, m, 1) - POSTGRES_EPOCH_JDATE) || y > 5874897)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range: %s", sub_date_text(d))));
	return date2j(y, m, 1) - POSTGRES_EPOCH_JDATE;
}

/* jdz.lefp_resident_lump_sum(years_credited, on_date): LP-13 */
PG_FUNCTION_INFO_V1(lefp_resident_lump_sum);
Datum
lefp_resident_lump_sum(PG_FUNCTION_ARGS)
{
	int32		credited = PG_GETARG_INT32(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	TupleDesc	tupdesc;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	int			ymax;
	int			years;
	int64		annual;
	int64		amount;

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	ymax = sub_param_int("lefp.subsidy_years_max", on_date, LP13_DETAIL, 0, 100);
	if (credited < 0 || credited > ymax)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("years_credited must be between 0 and %d, not %d", ymax, credited),
				 errdetail("%s", LP13_DETAIL)));
	years = ymax - credited;
	/* W is read even when no year remains */
	annual = lefp_subsidy_fen(on_date, 12, LP13_DETAIL);
	if (pg_mul_s64_overflow(annual, years, &amount))
		sub_fen_overflow(LP13_DETAIL);
	values[0] = Int32GetDatum(years);
	values[1] = CnyGetDatum(amount);
	values[2] = DateADTGetDatum(first_of_next_month(on_date));
	tupdesc = BlessTupleDesc(tupdesc);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* jdz.lefp_min_provision(land_revenue, on_date): LP-16, ceiling to the fen */
PG_FUNCTION_INFO_V1(lefp_min_provision);
Datum
lefp_min_provision(PG_FUNCTION_ARGS)
{
	Cny			revenue = PG_GETARG_CNY(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	Numeric		ratio;
	SubRatio	r;

	if (revenue < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("land_revenue must not be negative"),
				 errdetail("%s", LP16_DETAIL)));
	ratio = sub_param("lefp.land_revenue_provision_min", on_date, true, LP16_DETAIL);
	r = sub_ratio(ratio, 1);
	PG_RETURN_CNY(sub_fen_times(revenue, ratio, &r, SUB_ROUND_CEILING, LP16_DETAIL));
}

/* jdz.lefp_predeposit(area_mu, on_date): LP-17a, area × 10000 yuan per 亩 */
PG_FUNCTION_INFO_V1(lefp_predeposit);
Datum
lefp_predeposit(PG_FUNCTION_ARGS)
{
	Numeric		area = PG_GETARG_NUMERIC(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	Numeric		per_mu;

	if (numeric_is_nan(area) || numeric_is_inf(area) ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(area),
										  NumericGetDatum(int64_to_numeric(0)))) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("area_mu must be a positive finite number"),
				 errdetail("%s", LP17A_DETAIL)));
	per_mu = sub_param("lefp.predeposit_per_mu", on_date, true, LP17A_DETAIL);
	PG_RETURN_CNY(sub_numeric_to_fen(num_op(numeric_mul, area, per_mu),
									 SUB_ROUND_HALF_UP, LP17A_DETAIL));
}
