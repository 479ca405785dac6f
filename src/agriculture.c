/*
 * agriculture.c — 首违轻微不罚 (spec 40 §b.3, 景农字〔2022〕148号):
 * jdz.ag_is_minor, with its thresholds read through the registry's
 * parameter cache as of on_date, and jdz.ag_item_outcome, with the profiles
 * of jdz.ag_list_item read once per statement.
 */
#include "jdzpolicy.h"

#include "access/xact.h"
#include "catalog/pg_enum.h"
#include "executor/spi.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
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

/* ---- AG-L: the items of the annexed list ---- */

typedef struct AgItemCache
{
	LocalTransactionId lxid;
	CommandId	cid;
	bool		loaded;
	char		profile[24][4];	/* by item_no 1..23: "P1", "P1S", …; "" if absent */
	Oid			outcome[4];		/* must_not_penalize, may_not_penalize, not_eligible, out_of_scope */
} AgItemCache;

static const char *const ag_outcome_labels[4] =
{"must_not_penalize", "may_not_penalize", "not_eligible", "out_of_scope"};

/* Loads (once per statement) the profiles of jdz.ag_list_item. */
static AgItemCache *
ag_item_cache(FunctionCallInfo fcinfo)
{
	AgItemCache *c = (AgItemCache *) fcinfo->flinfo->fn_extra;
	LocalTransactionId lxid = MyProc->lxid;
	CommandId	cid = GetCurrentCommandId(false);

	if (c != NULL && c->loaded && c->lxid == lxid && c->cid == cid)
		return c;
	if (c == NULL)
	{
		Oid			typoid = get_func_rettype(fcinfo->flinfo->fn_oid);

		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(AgItemCache));
		for (int i = 0; i < 4; i++)
		{
			c->outcome[i] = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
											ObjectIdGetDatum(typoid),
											CStringGetDatum(ag_outcome_labels[i]));
			if (!OidIsValid(c->outcome[i]))
				elog(ERROR, "enum label \"%s\" of jdz.penalty_outcome is missing", ag_outcome_labels[i]);
		}
		fcinfo->flinfo->fn_extra = c;
	}
	c->loaded = false;
	memset(c->profile, 0, sizeof(c->profile));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT i.item_no, i.profile::pg_catalog.text FROM jdz.ag_list_item i", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading jdz.ag_list_item failed");
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		n1,
					n2;
		int32		no = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &n1));
		Datum		p = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &n2);

		if (n1 || n2 || no < 1 || no > 23)
			continue;			/* CHECK (item_no BETWEEN 1 AND 23) */
		strlcpy(c->profile[no], TextDatumGetCString(p), sizeof(c->profile[no]));
	}
	SPI_finish();
	c->lxid = lxid;
	c->cid = cid;
	c->loaded = true;
	return c;
}

/* jdz.ag_item_outcome(item_no, is_first, no_harm, minor_harm, correction, natural_person, serious, …): one item of the list. */
PG_FUNCTION_INFO_V1(ag_item_outcome);
Datum
ag_item_outcome(PG_FUNCTION_ARGS)
{
	AgItemCache *c;
	int32		item;
	const char *prof;
	bool		is_first,
				no_harm,
				minor_harm,
				serious,
				aggravating,
				reoffended,
				proven_no_fault,
				other_bar;
	bool		corrected = !PG_ARGISNULL(4);
	bool		p1;
	int			result = 2;		/* not_eligible */

	for (int a = 0; a <= 10; a++)
		if (a != 4 && a != 5 && PG_ARGISNULL(a))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("only correction and natural_person may be null"),
					 errdetail("AG-L, 景农字〔2022〕148号 附件")));
	item = PG_GETARG_INT32(0);
	c = ag_item_cache(fcinfo);
	if (item < 1 || item > 23 || c->profile[item][0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("item %d is not in the list", item),
				 errdetail("AG-L, 景农字〔2022〕148号 附件: 景德镇市农业农村领域首违轻微违法不罚清单"),
				 errhint("The list has the items 1–23 (jdz.ag_list_item).")));
	prof = c->profile[item];
	if (strcmp(prof, "P1N") == 0 && PG_ARGISNULL(5))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("natural_person must not be null for item %d", item),
				 errdetail("AG-L, 景农字〔2022〕148号 附件: 违法主体是自然人")));
	is_first = PG_GETARG_BOOL(1);
	no_harm = PG_GETARG_BOOL(2);
	minor_harm = PG_GETARG_BOOL(3);
	serious = PG_GETARG_BOOL(6);
	aggravating = PG_GETARG_BOOL(7);
	reoffended = PG_GETARG_BOOL(8);
	proven_no_fault = PG_GETARG_BOOL(9);
	other_bar = PG_GETARG_BOOL(10);

	/* AG-3 exclusions first */
	if (aggravating || (reoffended && !proven_no_fault) || other_bar)
		PG_RETURN_OID(c->outcome[2]);
	if (strcmp(prof, "P2") == 0)
	{
		if (is_first && corrected && no_harm)
			result = 0;
		PG_RETURN_OID(c->outcome[result]);
	}
	p1 = is_first && (minor_harm || no_harm) && corrected;
	if (p1)
	{
		if (strcmp(prof, "P1") == 0)
			result = 1;
		else if (strcmp(prof, "P1S") == 0 && !serious)
			result = 1;
		else if (strcmp(prof, "P1N") == 0 && PG_GETARG_BOOL(5))
			result = 1;
		else if (strcmp(prof, "P1V") == 0)
		{
			char	   *path = DatumGetCString(DirectFunctionCall1(enum_out, PG_GETARG_DATUM(4)));

			if (strcmp(path, "before_filing") == 0 || strcmp(path, "before_order") == 0)
				result = 1;
		}
	}
	PG_RETURN_OID(c->outcome[result]);
}
