/*
 * agriculture.c — 首违轻微不罚 (spec 40 §b.3, 景农字〔2022〕148号):
 * jdz.ag_is_minor, with its thresholds read through the registry's
 * parameter cache as of on_date.
 */
#include "jdzpolicy.h"

#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#define AG_DETAIL_1A "AG-1a, 景农字〔2022〕148号 二（一） 违法行为轻微"

/* numeric a < numeric b */
static bool
ag_numeric_lt(Numeric a, Numeric b)
{
	return DatumGetBool(DirectFunctionCall2(numeric_lt, NumericGetDatum(a), NumericGetDatum(b)));
}

/* jdz.ag_is_minor(illegal_gain, goods_value, duration_days, procedural_only, on_date): 违法行为轻微. */
PG_FUNCTION_INFO_V1(ag_is_minor);
Datum
ag_is_minor(PG_FUNCTION_ARGS)
{
	Cny			gain = PG_ARGISNULL(0) ? 0 : PG_GETARG_CNY(0);
	Cny			goods = PG_ARGISNULL(1) ? 0 : PG_GETARG_CNY(1);
	bool		procedural;
	DateADT		on_date;
	Numeric		g;
	Numeric		v;
	Numeric		t;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("procedural_only must not be null"),
				 errdetail(AG_DETAIL_1A)));
	if (PG_ARGISNULL(4))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("on_date must not be null"),
				 errdetail(AG_DETAIL_1A)));
	procedural = PG_GETARG_BOOL(3);
	on_date = PG_GETARG_DATEADT(4);
	if (gain < 0 || goods < 0 || (!PG_ARGISNULL(2) && PG_GETARG_INT32(2) < 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("amounts and duration must not be negative"),
				 errdetail(AG_DETAIL_1A ": 违法所得、货值金额、持续时间")));

	/* the thresholds as of on_date: raises before 2022-08-10 */
	g = jdz_param_numeric("ag.minor_illegal_gain_lt", on_date);
	v = jdz_param_numeric("ag.minor_goods_value_lt", on_date);
	t = jdz_param_numeric("ag.minor_duration_days_lt", on_date);

	if (procedural)
		PG_RETURN_BOOL(true);	/* */
	if (gain > 0 || goods > 0)
		PG_RETURN_BOOL(ag_numeric_lt(int64_div_fast_to_numeric(gain, 2), g) &&
					   ag_numeric_lt(int64_div_fast_to_numeric(goods, 2), v));
	if (PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("duration_days must not be null when there is no amount"),
				 errdetail(AG_DETAIL_1A ": 无货值、所得的，持续时间少于30天"),
				 errhint("Pass the duration in calendar days (A-24).")));
	PG_RETURN_BOOL(ag_numeric_lt(int64_to_numeric(PG_GETARG_INT32(2)), t));
}
