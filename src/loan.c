/*
 * loan.c — housing-provident-fund combination loans (CL, 景金字〔2020〕18号):
 * the loan limits, the repayment schedule and the developer's clawback.
 */
#include "subsidy.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/tuplestore.h"

#define CL07_DETAIL "CL-07, 景金字〔2020〕18号 第七条"
#define CL10_DETAIL "CL-10, 景金字〔2020〕18号 第十条（二）"
#define CL09_DETAIL "CL-16/17, 景金字〔2020〕18号 第九条、第十六条、第十七条"
#define CL15_DETAIL "CL-15, 景金字〔2020〕18号 第十五条"

#define LOAN_MAX_MONTHS 1200

static int
num_sign(Numeric n)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(n),
											 NumericGetDatum(int64_to_numeric(0))));
}

static Numeric
num_op(PGFunction f, Numeric a, Numeric b)
{
	return DatumGetNumeric(DirectFunctionCall2(f, NumericGetDatum(a), NumericGetDatum(b)));
}

/* ------------------------------------------------------------------------
 * jdz.cl_max_loan
 * ------------------------------------------------------------------------
 */

/*
 * The parameters of the last on_date, parsed, and the result row type; valid
 * while on_date and the parameter generation are unchanged.  The two caps
 * are read lazily, each the first time it is needed.
 */
typedef struct ClLimitsCache
{
	TupleDesc	tupdesc;		/* blessed, in fn_mcxt */
	DateADT		on_date;
	uint64		generation;		/* 0 = nothing cached */
	bool		cap_valid[2];	/* [0] single, [1] couple */
	int64		cap_fen[2];
	Numeric		ratio;			/* copies in fn_mcxt */
	Numeric		down;
	SubRatio	ratio_r;
	SubRatio	down_r;
} ClLimitsCache;

/* jdz.cl_max_loan(house_price, both_spouses_eligible, on_date): CL-06, CL-07, CL-10 */
PG_FUNCTION_INFO_V1(cl_max_loan);
Datum
cl_max_loan(PG_FUNCTION_ARGS)
{
	Cny			price = PG_GETARG_CNY(0);
	bool		couple = PG_GETARG_BOOL(1);
	DateADT		on_date = PG_GETARG_DATEADT(2);
	ClLimitsCache *c = (ClLimitsCache *) fcinfo->flinfo->fn_extra;
	MemoryContext cxt = fcinfo->flinfo->fn_mcxt;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	int64		total_max;
	int64		hpf_max;
	int64		min_down;
	uint64		gen;

	if (price <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("house_price must be positive"),
				 errdetail("%s", CL07_DETAIL)));
	if (c == NULL)
	{
		TupleDesc	tupdesc;
		MemoryContext old;

		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			elog(ERROR, "return type must be a row type");
		c = MemoryContextAllocZero(cxt, sizeof(ClLimitsCache));
		old = MemoryContextSwitchTo(cxt);
		c->tupdesc = BlessTupleDesc(CreateTupleDescCopy(tupdesc));
		MemoryContextSwitchTo(old);
		fcinfo->flinfo->fn_extra = c;
	}
	gen = sub_param_generation();
	if (c->generation != gen || c->on_date != on_date)
	{
		Numeric		ratio;
		Numeric		down;

		c->generation = 0;
		c->cap_valid[0] = c->cap_valid[1] = false;
		ratio = sub_param("cl.max_loan_ratio", on_date, true, CL07_DETAIL);
		down = sub_param("cl.min_down_payment_ratio", on_date, true, CL10_DETAIL);
		sub_keep_numeric(cxt, &c->ratio, ratio);
		c->ratio_r = sub_ratio(c->ratio, 1);
		sub_keep_numeric(cxt, &c->down, down);
		c->down_r = sub_ratio(c->down, 1);
		c->on_date = on_date;
		c->generation = gen;
	}
	if (!c->cap_valid[couple ? 1 : 0])
	{
		Numeric		cap = sub_param(couple ? "cl.hpf_cap.couple" : "cl.hpf_cap.single",
									on_date, true, CL07_DETAIL);

		c->cap_fen[couple ? 1 : 0] = sub_numeric_to_fen(cap, SUB_ROUND_FLOOR, CL07_DETAIL);
		c->cap_valid[couple ? 1 : 0] = true;
	}

	total_max = sub_fen_times(price, c->ratio, &c->ratio_r, SUB_ROUND_FLOOR, CL07_DETAIL);
	hpf_max = Min(c->cap_fen[couple ? 1 : 0], total_max);
	min_down = sub_fen_times(price, c->down, &c->down_r, SUB_ROUND_CEILING, CL10_DETAIL);

	values[0] = CnyGetDatum(hpf_max);
	values[1] = CnyGetDatum(total_max);
	values[2] = CnyGetDatum(min_down);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(c->tupdesc, values, nulls)));
}

/* ------------------------------------------------------------------------
 * jdz.loan_schedule
 * ------------------------------------------------------------------------
 */

/*
 * The rounded equal instalment in fen: M = P·r·qⁿ / (qⁿ − 1), q = 1 + r,
 * r = annual_rate / 12, computed in numeric with 40 decimals (far more than
 * the 30 significant digits the spec asks for), rounded half-up once.
 */
static int64
loan_instalment_fen(int64 principal, Numeric rate, int months)
{
	int32		typmod = ((1000 << 16) | 40) + VARHDRSZ;
	Numeric		rate40;
	Numeric		r;
	Numeric		q;
	Numeric		qn;
	Numeric		m;
	Numeric		mr;
	int64		res;

	if (num_sign(rate) == 0)
	{
		bool		overflow;

		res = sub_round_div128((int128) principal, (int128) months, SUB_ROUND_HALF_UP, &overflow);
		return res;
	}
	rate40 = DatumGetNumeric(DirectFunctionCall2(numeric, NumericGetDatum(rate), Int32GetDatum(typmod)));
	r = num_op(numeric_div, rate40, int64_to_numeric(12));
	q = num_op(numeric_add, int64_to_numeric(1), r);
	qn = num_op(numeric_power, q, int64_to_numeric(months));
	m = num_op(numeric_div,
			   num_op(numeric_mul, num_op(numeric_mul, int64_to_numeric(principal), r), qn),
			   num_op(numeric_sub, qn, int64_to_numeric(1)));
	mr = DatumGetNumeric(DirectFunctionCall2(numeric_round, NumericGetDatum(m), Int32GetDatum(0)));
	return sub_integral_to_fen(mr, CL09_DETAIL);
}

/* jdz.loan_schedule(principal, annual_rate, months, method): CL-09, CL-16/17 */
PG_FUNCTION_INFO_V1(loan_schedule);
Datum
loan_schedule(PG_FUNCTION_ARGS)
{
	Cny			principal = PG_GETARG_CNY(0);
	Numeric		rate = PG_GETARG_NUMERIC(1);
	int32		months = PG_GETARG_INT32(2);
	Oid			method_oid = PG_GETARG_OID(3);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	char	   *method;
	bool		equal_principal;
	SubRatio	rr;
	int64		balance;
	int64		fixed;
	int			k;

	if (principal <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("principal must be positive"),
				 errdetail("%s", CL09_DETAIL)));
	if (numeric_is_nan(rate) || num_sign(rate) < 0 ||
		DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(rate),
										  NumericGetDatum(int64_to_numeric(1)))) >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("annual_rate must be at least 0 and below 1"),
				 errdetail("%s", CL09_DETAIL),
				 errhint("Rates are fractions: pass 3.25 %% as 0.0325.")));
	if (months < 1 || months > LOAN_MAX_MONTHS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("months must be between 1 and %d, not %d", LOAN_MAX_MONTHS, months),
				 errdetail("%s", CL09_DETAIL)));

	method = DatumGetCString(DirectFunctionCall1(enum_out, ObjectIdGetDatum(method_oid)));
	if (strcmp(method, "equal_principal") == 0)
		equal_principal = true;
	else if (strcmp(method, "equal_installment") == 0)
		equal_principal = false;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown repayment method \"%s\"", method),
				 errdetail("%s", CL09_DETAIL)));

	InitMaterializedSRF(fcinfo, 0);

	/* interest = round(B × annual_rate / 12): annual_rate as num / (den · 12) */
	rr = sub_ratio(rate, 12);
	if (equal_principal)
	{
		bool		overflow;

		fixed = sub_round_div128((int128) principal, (int128) months, SUB_ROUND_HALF_UP, &overflow);
	}
	else
		fixed = loan_instalment_fen(principal, rate, months);

	balance = principal;
	for (k = 1; k <= months; k++)
	{
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};
		int64		interest;
		int64		prin;
		int64		payment;

		interest = sub_fen_times(balance, rate, &rr, SUB_ROUND_HALF_UP, CL09_DETAIL);
		if (k == months)
			prin = balance;
		else
		{
			prin = equal_principal ? fixed : fixed - interest;
			if (prin > balance)
				prin = balance;
			if (prin < 0)
				prin = 0;
		}
		if (pg_add_s64_overflow(prin, interest, &payment))
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("payment out of range for jdz.cny"),
					 errdetail("%s", CL09_DETAIL)));
		balance -= prin;

		values[0] = Int32GetDatum(k);
		values[1] = CnyGetDatum(payment);
		values[2] = CnyGetDatum(prin);
		values[3] = CnyGetDatum(interest);
		values[4] = CnyGetDatum(balance);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	return (Datum) 0;
}

/* ------------------------------------------------------------------------
 * jdz.cl_clawback_triggered
 * ------------------------------------------------------------------------
 */

/* jdz.cl_clawback_triggered(paid_on_time, on_date): CL-15, 3 in a row or 6 in all missed */
PG_FUNCTION_INFO_V1(cl_clawback_triggered);
Datum
cl_clawback_triggered(PG_FUNCTION_ARGS)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	Datum	   *elems;
	bool	   *enulls;
	int			n;
	int			i;
	int			run = 0;
	int			longest = 0;
	int			missed = 0;
	int			consecutive;
	int			total;

	consecutive = sub_param_int("cl.clawback.consecutive_missed", on_date, CL15_DETAIL, 1, 100000);
	total = sub_param_int("cl.clawback.total_missed", on_date, CL15_DETAIL, 1, 100000);
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("paid_on_time must be a one-dimensional array"),
				 errdetail("%s", CL15_DETAIL)));
	deconstruct_array(arr, BOOLOID, 1, true, TYPALIGN_CHAR, &elems, &enulls, &n);
	for (i = 0; i < n; i++)
	{
		if (enulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("paid_on_time must not contain NULL (instalment %d)", i + 1),
					 errdetail("%s", CL15_DETAIL),
					 errhint("An instalment not paid by its due date is false, even if it was paid later.")));
		if (!DatumGetBool(elems[i]))
		{
			missed++;
			run++;
			if (run > longest)
				longest = run;
		}
		else
			run = 0;
	}
	PG_RETURN_BOOL(longest >= consecutive || missed >= total);
}
