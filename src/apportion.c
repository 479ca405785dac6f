/*
 * apportion.c — jdz.apportion (core §9): the largest-remainder (Hamilton)
 * split of an amount in proportion to weights, exact to the fen, as an array
 * function and as a window function.
 *
 * Each share gets floor(T·wᵢ/Σw) fen; the T − Σfloor leftover fen go one each
 * to the largest remainders T·wᵢ mod Σw, ties to the lower index (the earlier
 * row of the window's ORDER BY).  A negative total is split as |T| and
 * negated.  Weights are exact numerics: when every weight fits an int64 at
 * the largest scale among them, the arithmetic is done in 128-bit integers;
 * otherwise in numeric.  Both paths give the same answer.
 */
#include "jdzpolicy.h"

#include "catalog/pg_type.h"
#include "common/int.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/memutils.h"
#include "utils/lsyscache.h"
#include "windowapi.h"

#include "cny_parse.h"

#define APPORTION_DETAIL \
	errdetail("MF-22, 景府发〔2023〕11号 第二十二条: costs are shared in proportion to positive weights such as building areas (core §9).")

static const int64 pow10_tab[19] = {
	1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL,
	100000000LL, 1000000000LL, 10000000000LL, 100000000000LL,
	1000000000000LL, 10000000000000LL, 100000000000000LL,
	1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
	1000000000000000000LL
};

/* 10^k as a numeric (0 <= k <= 18), made once per backend */
static Numeric
pow10_numeric(int k)
{
	static Numeric cache[19];

	if (cache[k] == NULL)
	{
		Numeric		n = int64_to_numeric(pow10_tab[k]);
		Size		sz = VARSIZE(n);

		cache[k] = MemoryContextAlloc(TopMemoryContext, sz);
		memcpy(cache[k], n, sz);
	}
	return cache[k];
}

/* 22023 for a weight that is not a positive finite number */
static void
apportion_bad_weight(int64 index, const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("weight %lld of jdz.apportion is %s", (long long) index, why),
			 APPORTION_DETAIL,
			 errhint("Every weight must be a positive number; leave out the parties that bear nothing.")));
}

static void
apportion_null_weight(int64 index)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("weight %lld of jdz.apportion is NULL", (long long) index),
			 APPORTION_DETAIL,
			 errhint("Every weight must be a positive number; leave out the parties that bear nothing.")));
}

/* raise 22023 unless w is finite (sign is checked by the callers) */
static void
weight_check_finite(Numeric w, int64 index)
{
	if (numeric_is_nan(w))
		apportion_bad_weight(index, "NaN");
	if (numeric_is_inf(w))
		apportion_bad_weight(index, "infinite");
}

static int
num_cmp0(Numeric a)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(int64_to_numeric(0))));
}

/*
 * Fast decoding of a numeric into v · 10^-s without any allocation.
 *
 * This reads the numeric's on-disk format (src/backend/utils/adt/numeric.c:
 * a 16-bit header, short or long, then base-10000 digits), which is fixed by
 * pg_upgrade compatibility since PostgreSQL 9.1.  Anything it does not
 * recognise, or a value that does not fit, returns false and the caller
 * takes the fmgr path below; so does a special value (NaN, ±Infinity).
 */
#define JDZ_NUMERIC_SIGN_MASK	0xC000
#define JDZ_NUMERIC_NEG			0x4000
#define JDZ_NUMERIC_SHORT		0x8000
#define JDZ_NUMERIC_SPECIAL		0xC000
#define JDZ_NUMERIC_SHORT_SIGN_MASK		0x2000
#define JDZ_NUMERIC_SHORT_DSCALE_MASK	0x1F80
#define JDZ_NUMERIC_SHORT_DSCALE_SHIFT	7
#define JDZ_NUMERIC_SHORT_WEIGHT_SIGN_MASK	0x0040
#define JDZ_NUMERIC_SHORT_WEIGHT_MASK	0x003F
#define JDZ_NUMERIC_DSCALE_MASK	0x3FFF

static bool
numeric_decode_fast(Numeric num, int64 *v, int *s)
{
	const char *p = VARDATA_ANY(num);
	Size		len = VARSIZE_ANY_EXHDR(num);
	uint16		header;
	const int16 *digits;
	int			ndigits;
	int			weight;
	int			dscale;
	bool		neg;
	int			exp10;
	uint64		acc = 0;
	int			i;

	if (len < sizeof(uint16))
		return false;
	memcpy(&header, p, sizeof(uint16));
	if ((header & JDZ_NUMERIC_SIGN_MASK) == JDZ_NUMERIC_SPECIAL)
		return false;
	if ((header & JDZ_NUMERIC_SIGN_MASK) == JDZ_NUMERIC_SHORT)
	{
		neg = (header & JDZ_NUMERIC_SHORT_SIGN_MASK) != 0;
		dscale = (header & JDZ_NUMERIC_SHORT_DSCALE_MASK) >> JDZ_NUMERIC_SHORT_DSCALE_SHIFT;
		weight = (header & JDZ_NUMERIC_SHORT_WEIGHT_SIGN_MASK) ?
			(int) (~JDZ_NUMERIC_SHORT_WEIGHT_MASK | (header & JDZ_NUMERIC_SHORT_WEIGHT_MASK)) :
			(int) (header & JDZ_NUMERIC_SHORT_WEIGHT_MASK);
		digits = (const int16 *) (p + sizeof(uint16));
		ndigits = (len - sizeof(uint16)) / sizeof(int16);
	}
	else
	{
		int16		w16;

		if (len < 2 * sizeof(uint16))
			return false;
		neg = (header & JDZ_NUMERIC_SIGN_MASK) == JDZ_NUMERIC_NEG;
		dscale = header & JDZ_NUMERIC_DSCALE_MASK;
		memcpy(&w16, p + sizeof(uint16), sizeof(int16));
		weight = w16;
		digits = (const int16 *) (p + 2 * sizeof(uint16));
		ndigits = (len - 2 * sizeof(uint16)) / sizeof(int16);
	}
	if (neg || dscale > 18 || ndigits > 10)
		return false;

	/* acc = the digits as an integer; value = acc · 10^exp10 */
	for (i = 0; i < ndigits; i++)
	{
		int16		d;

		memcpy(&d, &digits[i], sizeof(int16));
		if (d < 0 || d >= 10000 || acc > (PG_UINT64_MAX - (uint64) d) / 10000)
			return false;
		acc = acc * 10000 + (uint64) d;
	}
	exp10 = 4 * (weight - (ndigits - 1));
	/* bring to scale dscale: multiply by 10^(exp10 + dscale) */
	exp10 += dscale;
	if (exp10 > 0)
	{
		if (exp10 > 18 || acc > (uint64) PG_INT64_MAX / (uint64) pow10_tab[exp10])
			return false;
		acc *= (uint64) pow10_tab[exp10];
	}
	else if (exp10 < 0)
	{
		if (-exp10 > 18 || acc % (uint64) pow10_tab[-exp10] != 0)
			return false;
		acc /= (uint64) pow10_tab[-exp10];
	}
	if (acc > (uint64) PG_INT64_MAX)
		return false;
	*v = (int64) acc;
	*s = dscale;
	return true;
}

/*
 * w (finite) as v · 10^-s with v an int64; false if it does not fit.  Raises
 * 22023 if w ≤ 0.
 */
static bool
weight_scaled(Numeric w, int64 index, const Numeric bound, int64 *v, int *s)
{
	Numeric		x = w;
	int32		scale;

	if (numeric_decode_fast(w, v, s))
	{
		if (*v <= 0)
			apportion_bad_weight(index, "not positive");
		return true;
	}
	scale = DatumGetInt32(DirectFunctionCall1(numeric_scale, NumericGetDatum(w)));
	if (scale > 18)
	{
		if (num_cmp0(w) <= 0)
			apportion_bad_weight(index, "not positive");
		return false;
	}
	if (scale > 0)
		x = DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(w),
												NumericGetDatum(pow10_numeric(scale))));
	if (DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(x),
										  NumericGetDatum(bound))) > 0)
		return false;
	*v = DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(x)));
	if (*v <= 0)
		apportion_bad_weight(index, "not positive");
	*s = scale;
	return true;
}

/* bring every v[i] · 10^-s[i] to the largest scale; false on overflow */
static bool
weights_rescale(int64 *v, const int *s, int64 n)
{
	int			maxs = 0;
	int64		i;

	for (i = 0; i < n; i++)
		if (s[i] > maxs)
			maxs = s[i];
	for (i = 0; i < n; i++)
		if (s[i] < maxs && pg_mul_s64_overflow(v[i], pow10_tab[maxs - s[i]], &v[i]))
			return false;
	return true;
}

static void *
alloc_huge(MemoryContext cxt, Size sz)
{
	if (sz > MaxAllocHugeSize)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many weights for jdz.apportion")));
	return MemoryContextAllocHuge(cxt, sz);
}

/* ---- the integer path ---- */

#ifdef HAVE_INT128
typedef struct RemI
{
	int128		rem;
	int64		idx;
} RemI;

static int
remi_cmp(const void *a, const void *b)
{
	const RemI *x = a;
	const RemI *y = b;

	if (x->rem != y->rem)
		return x->rem > y->rem ? -1 : 1;
	return x->idx < y->idx ? -1 : (x->idx > y->idx ? 1 : 0);
}
#endif

/*
 * The split of total by integer weights w[0..n) (all > 0) into out[]; false
 * if this platform has no 128-bit integers (the caller uses numeric).
 */
static bool
apportion_int(Cny total, const int64 *w, int64 n, Cny *out)
{
#ifdef HAVE_INT128
	int128		t = total < 0 ? -(int128) total : (int128) total;
	int128		sum = 0;
	int128		given = 0;
	int64		left;
	int64		i;
	RemI	   *rems = NULL;
	int64		nrem = 0;

	for (i = 0; i < n; i++)
		sum += w[i];
	for (i = 0; i < n; i++)
	{
		int128		prod = t * w[i];
		int128		q = prod / sum;
		int128		r = prod - q * sum;

		out[i] = (Cny) q;
		given += q;
		if (r != 0)
		{
			if (rems == NULL)
				rems = alloc_huge(CurrentMemoryContext, sizeof(RemI) * n);
			rems[nrem].rem = r;
			rems[nrem].idx = i;
			nrem++;
		}
	}
	left = (int64) (t - given);
	if (left > 0)
	{
		/* left < number of nonzero remainders, which are all < sum */
		Assert(left <= nrem);
		qsort(rems, nrem, sizeof(RemI), remi_cmp);
		for (i = 0; i < left; i++)
			out[rems[i].idx]++;
	}
	if (rems)
		pfree(rems);
	if (total < 0)
		for (i = 0; i < n; i++)
			out[i] = -out[i];
	return true;
#else
	return false;
#endif
}

/* ---- the numeric path ---- */

typedef struct RemN
{
	Numeric		rem;
	int64		idx;
} RemN;

static int
remn_cmp(const void *a, const void *b)
{
	const RemN *x = a;
	const RemN *y = b;
	int			c = DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(y->rem),
													  NumericGetDatum(x->rem)));

	if (c != 0)
		return c;
	return x->idx < y->idx ? -1 : (x->idx > y->idx ? 1 : 0);
}

/* The split of total by numeric weights (finite, checked here for sign). */
static void
apportion_num(Cny total, Numeric *w, int64 n, Cny *out)
{
	Numeric		t = int64_to_numeric(total < 0 ? -total : total);
	Numeric		sum = int64_to_numeric(0);
	int64		given = 0;
	int64		left;
	int64		i;
	RemN	   *rems = alloc_huge(CurrentMemoryContext, sizeof(RemN) * n);

	for (i = 0; i < n; i++)
	{
		if (num_cmp0(w[i]) <= 0)
			apportion_bad_weight(i + 1, "not positive");
		sum = DatumGetNumeric(DirectFunctionCall2(numeric_add, NumericGetDatum(sum),
												  NumericGetDatum(w[i])));
	}
	for (i = 0; i < n; i++)
	{
		Numeric		prod = DatumGetNumeric(DirectFunctionCall2(numeric_mul, NumericGetDatum(t),
															   NumericGetDatum(w[i])));
		Numeric		q = DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc, NumericGetDatum(prod),
															NumericGetDatum(sum)));

		rems[i].rem = DatumGetNumeric(DirectFunctionCall2(numeric_sub, NumericGetDatum(prod),
														  DirectFunctionCall2(numeric_mul, NumericGetDatum(q),
																			  NumericGetDatum(sum))));
		rems[i].idx = i;
		/* q <= t, so it fits */
		out[i] = DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(q)));
		given += out[i];
	}
	left = (total < 0 ? -total : total) - given;
	if (left > 0)
	{
		qsort(rems, n, sizeof(RemN), remn_cmp);
		for (i = 0; i < left; i++)
			out[rems[i].idx]++;
	}
	pfree(rems);
	if (total < 0)
		for (i = 0; i < n; i++)
			out[i] = -out[i];
}

/* INT64_MAX as a numeric, made once per backend */
static Numeric
int64_bound(void)
{
	static Numeric bound = NULL;

	if (bound == NULL)
	{
		Numeric		n = int64_to_numeric(PG_INT64_MAX);
		Size		sz = VARSIZE(n);

		bound = MemoryContextAlloc(TopMemoryContext, sz);
		memcpy(bound, n, sz);
	}
	return bound;
}

/*
 * The split of total by the numeric weights w[0..n) (non-NULL, unchecked)
 * into out[].  Shared by the array and the explain functions.
 */
void
jdz_apportion(Cny total, Numeric *w, int64 n, Cny *out)
{
	int64	   *v = alloc_huge(CurrentMemoryContext, sizeof(int64) * n);
	int		   *s = alloc_huge(CurrentMemoryContext, sizeof(int) * n);
	Numeric		bound = int64_bound();
	bool		fits = true;
	int64		i;

	for (i = 0; i < n; i++)
	{
		weight_check_finite(w[i], i + 1);
		if (fits && !weight_scaled(w[i], i + 1, bound, &v[i], &s[i]))
			fits = false;
	}
	if (!(fits && weights_rescale(v, s, n) && apportion_int(total, v, n, out)))
		apportion_num(total, w, n, out);
	pfree(v);
	pfree(s);
}

/* apportion_array: jdz.apportion(total cny, weights numeric[]) → cny[] */
PG_FUNCTION_INFO_V1(apportion_array);
Datum
apportion_array(PG_FUNCTION_ARGS)
{
	Cny			total = PG_GETARG_CNY(0);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	Numeric    *w;
	Cny		   *out;
	Datum	   *res;
	int			dims[1];
	int			lbs[1] = {1};
	Oid			cnyoid;

	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the weights of jdz.apportion must be a one-dimensional array"),
				 APPORTION_DETAIL));
	deconstruct_array(arr, NUMERICOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("jdz.apportion needs at least one weight"),
				 APPORTION_DETAIL));
	w = palloc(sizeof(Numeric) * n);
	for (i = 0; i < n; i++)
	{
		if (nulls[i])
			apportion_null_weight(i + 1);
		w[i] = DatumGetNumeric(elems[i]);
	}
	out = palloc(sizeof(Cny) * n);
	jdz_apportion(total, w, n, out);

	res = palloc(sizeof(Datum) * n);
	for (i = 0; i < n; i++)
		res[i] = CnyGetDatum(out[i]);
	dims[0] = n;
	cnyoid = get_element_type(get_fn_expr_rettype(fcinfo->flinfo));
	if (!OidIsValid(cnyoid))
		elog(ERROR, "could not determine the element type of the result of jdz.apportion");
	PG_RETURN_ARRAYTYPE_P(construct_md_array(res, NULL, 1, dims, lbs, cnyoid,
											 sizeof(Cny), FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* ---- the window function ---- */

/* an amount, or NULL, as text into buf */
static const char *
cny_text(bool isnull, Cny c, char *buf)
{
	if (isnull)
		return "NULL";
	cny_format(c, buf);
	return buf;
}

typedef struct ApportionPartition
{
	bool		computed;
	bool		null_total;
	Cny			total;
	int64		nrows;
	Cny		   *shares;
} ApportionPartition;

/* the weight of partition row i, as a numeric copied into cxt */
static Numeric
window_weight(WindowObject winobj, int64 i, MemoryContext cxt, bool copy)
{
	bool		isnull;
	bool		isout;
	Datum		d = WinGetFuncArgInPartition(winobj, 1, i, WINDOW_SEEK_HEAD, false,
											 &isnull, &isout);

	if (isout)
		elog(ERROR, "partition row " INT64_FORMAT " is out of the partition", i);
	if (isnull)
		apportion_null_weight(i + 1);
	if (copy)
	{
		Numeric		n = DatumGetNumeric(d);
		Size		sz = VARSIZE_ANY(n);
		Numeric		c = MemoryContextAlloc(cxt, sz);

		memcpy(c, n, sz);
		return c;
	}
	return DatumGetNumeric(d);
}

/*
 * apportion_window: jdz.apportion(total cny, weight numeric) OVER (...).
 * The whole partition is split on its first row and cached in the window
 * object's partition-local memory; every row then reads its share.
 */
PG_FUNCTION_INFO_V1(apportion_window);
Datum
apportion_window(PG_FUNCTION_ARGS)
{
	WindowObject winobj = PG_WINDOW_OBJECT();
	ApportionPartition *p;
	int64		pos;

	p = (ApportionPartition *) WinGetPartitionLocalMemory(winobj, sizeof(ApportionPartition));
	if (!p->computed)
	{
		MemoryContext partcxt = GetMemoryChunkContext(p);
		MemoryContext tmpcxt = AllocSetContextCreate(CurrentMemoryContext,
													 "jdz.apportion window",
													 ALLOCSET_DEFAULT_SIZES);
		MemoryContext old = MemoryContextSwitchTo(tmpcxt);
		int64		n = WinGetPartitionRowCount(winobj);
		int64	   *v = alloc_huge(tmpcxt, sizeof(int64) * n);
		int		   *s = alloc_huge(tmpcxt, sizeof(int) * n);
		Numeric		bound = int64_bound();
		Cny			total = 0;
		bool		fits = true;
		bool		done = false;
		int64		i;

		p->nrows = n;
		p->shares = alloc_huge(partcxt, sizeof(Cny) * Max(n, 1));

		/*
		 * The total is taken from the first row; every row's total is
		 * compared with it when that row asks for its share (below).
		 */
		{
			bool		isnull;
			bool		isout;
			Datum		d = WinGetFuncArgInPartition(winobj, 0, 0, WINDOW_SEEK_HEAD, false,
													 &isnull, &isout);

			p->null_total = isnull;
			total = isnull ? 0 : DatumGetCny(d);
			p->total = total;
		}
		for (i = 0; i < n && !p->null_total; i++)
		{
			Numeric		w = window_weight(winobj, i, tmpcxt, false);

			weight_check_finite(w, i + 1);
			if (!weight_scaled(w, i + 1, bound, &v[i], &s[i]))
			{
				fits = false;
				break;
			}
		}

		if (!p->null_total)
		{
			if (fits && weights_rescale(v, s, n))
				done = apportion_int(total, v, n, p->shares);
			if (!done)
			{
				Numeric    *w = alloc_huge(tmpcxt, sizeof(Numeric) * n);

				for (i = 0; i < n; i++)
				{
					w[i] = window_weight(winobj, i, tmpcxt, true);
					weight_check_finite(w[i], i + 1);
				}
				apportion_num(total, w, n, p->shares);
			}
		}
		MemoryContextSwitchTo(old);
		MemoryContextDelete(tmpcxt);
		p->computed = true;
	}

	pos = WinGetCurrentPosition(winobj);
	{
		bool		isnull;
		Datum		d = WinGetFuncArgCurrent(winobj, 0, &isnull);
		Cny			t = isnull ? 0 : DatumGetCny(d);
		char		b1[CNY_FORMAT_BUFSIZE];
		char		b2[CNY_FORMAT_BUFSIZE];

		if (isnull != p->null_total || t != p->total)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("the total of jdz.apportion differs within a window partition"),
					 errdetail("Row 1 of the partition has total %s and row " INT64_FORMAT " has %s (core §9).",
							   cny_text(p->null_total, p->total, b1),
							   pos + 1, cny_text(isnull, t, b2)),
					 errhint("Pass the same total on every row of a partition, e.g. from the partition's bill.")));
	}
	if (p->null_total)
		PG_RETURN_NULL();
	if (pos < 0 || pos >= p->nrows)
		elog(ERROR, "row " INT64_FORMAT " is out of the partition", pos);
	PG_RETURN_CNY(p->shares[pos]);
}
