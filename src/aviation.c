/*
 * aviation.c — general aviation (spec 40 §b.4, 景府办发〔2023〕9号):
 * jdz.ga_plan_deadline, jdz.ga_auto_plan; and counsellors (§b.6, 景府字〔2022〕136号):
 * jdz.counsellor_status.
 *
 * The lead time is read through jdz_param_numeric() (the registry's C cache)
 * as of the Beijing date of the take-off.  The counsellors are read with one
 * SPI query per statement (fn_extra, reloaded when the transaction or the
 * command counter moves).
 */
#include "jdzpolicy.h"

#include "access/xact.h"
#include "utils/array.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "pgtime.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datum.h"
#include "utils/datetime.h"
#include "utils/numeric.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

/* The label of an enum value (palloc'd). */
static char *
ga_enum_label(Oid value)
{
	HeapTuple	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(value));
	char	   *label;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for enum %u", value);
	label = pstrdup(NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel));
	ReleaseSysCache(tup);
	return label;
}

/*
 * Per call site: the enum labels seen so far, and the lead time of the last
 * Beijing date looked up, kept for one command (as the registry's snapshot
 * is) so a column of take-offs costs a compare per row, not a parameter
 * lookup and two numeric operations.
 */
typedef struct GaCache
{
	Oid			airspace;
	bool		airspace_no_lead;	/* reporting, vfr_route */
	Oid			kind;
	int			kind_class;		/* 0 general, 1 emergency, 2 outside */
	bool		lead_valid;
	LocalTransactionId lxid;
	CommandId	cid;
	DateADT		lead_date;
	Numeric		lead_usecs;		/* in fn_mcxt; NULL when lead × 1 h overflows */
	bool		lead_us_known;	/* lead_us converted from lead_usecs */
	int64		lead_us;
} GaCache;

/* jdz.ga_plan_deadline(takeoff, airspace, kind): take-off minus the lead time, NULL where none is set. */
PG_FUNCTION_INFO_V1(ga_plan_deadline);
Datum
ga_plan_deadline(PG_FUNCTION_ARGS)
{
	TimestampTz takeoff = PG_GETARG_TIMESTAMPTZ(0);
	Oid			airspace = PG_GETARG_OID(1);
	Oid			kind = PG_GETARG_OID(2);
	GaCache    *c = (GaCache *) fcinfo->flinfo->fn_extra;
	DateADT		on_date;
	TimestampTz result;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(GaCache));
		fcinfo->flinfo->fn_extra = c;
	}
	if (c->kind != kind || !OidIsValid(c->kind))
	{
		char	   *l = ga_enum_label(kind);

		if (strcmp(l, "calibration") == 0 || strcmp(l, "official") == 0)
			c->kind_class = 2;
		else if (strcmp(l, "emergency_medical") == 0 || strcmp(l, "disaster_relief") == 0 ||
				 strcmp(l, "emergency_rescue") == 0)
			c->kind_class = 1;
		else
			c->kind_class = 0;
		c->kind = kind;
		pfree(l);
	}
	if (c->airspace != airspace || !OidIsValid(c->airspace))
	{
		char	   *l = ga_enum_label(airspace);

		c->airspace_no_lead = (strcmp(l, "reporting") == 0 || strcmp(l, "vfr_route") == 0);
		c->airspace = airspace;
		pfree(l);
	}
	if (c->kind_class == 2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s flights are outside the measures", ga_enum_label(kind)),
				 errdetail("GA-02, 景府办发〔2023〕9号 第二条: 校飞和公务飞行不适用本办法")));
	if (TIMESTAMP_NOT_FINITE(takeoff))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("takeoff must be a finite timestamp"),
				 errdetail("GA-23/25/26, 景府办发〔2023〕9号 第二十三、二十五、二十六条")));

	/* the rule's standard as of the take-off's Beijing date; raises before 2024-01-01 */
	on_date = jdz_beijing_date(takeoff);
	if (!c->lead_valid || c->lead_date != on_date || c->lxid != MyProc->lxid ||
		c->cid != GetCurrentCommandId(false))
	{
		Numeric		lead = jdz_param_numeric("ga.plan_lead_hours", on_date);
		Numeric		usecs;
		bool		have_error = false;

		c->lead_valid = false;
		if (c->lead_usecs != NULL)
			pfree(c->lead_usecs);
		c->lead_usecs = NULL;
		usecs = numeric_mul_opt_error(lead, int64_to_numeric(USECS_PER_HOUR), &have_error);
		if (!have_error)
		{
			MemoryContext old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);

			c->lead_usecs = DatumGetNumeric(datumCopy(NumericGetDatum(usecs), false, -1));
			MemoryContextSwitchTo(old);
		}
		c->lead_us_known = false;
		c->lead_date = on_date;
		c->lxid = MyProc->lxid;
		c->cid = GetCurrentCommandId(false);
		c->lead_valid = true;
	}
	if (c->airspace_no_lead || c->kind_class == 1)
		PG_RETURN_NULL();

	if (c->lead_usecs != NULL && !c->lead_us_known)
	{
		c->lead_us = DatumGetInt64(DirectFunctionCall1(numeric_int8,
													   NumericGetDatum(c->lead_usecs)));	/* 22003 on overflow */
		c->lead_us_known = true;
	}
	if (c->lead_usecs == NULL || pg_sub_s64_overflow(takeoff, c->lead_us, &result) || !IS_VALID_TIMESTAMP(result))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range"),
				 errdetail("GA-23/25/26, 景府办发〔2023〕9号: take-off minus the lead time of ga.plan_lead_hours.")));
	PG_RETURN_TIMESTAMPTZ(result);
}

/* ---- counsellors ---- */

typedef struct CnRow
{
	char	   *name;
	DateADT		appointed_on;
	DateADT		term_end;
} CnRow;

typedef struct CnCache
{
	LocalTransactionId lxid;
	CommandId	cid;
	bool		loaded;
	MemoryContext mcxt;
	int			n;
	CnRow	   *rows;
} CnCache;

#define CN_MAX_ROWS 100000

static CnCache *
cn_cache(FunctionCallInfo fcinfo)
{
	CnCache    *c = (CnCache *) fcinfo->flinfo->fn_extra;
	LocalTransactionId lxid = MyProc->lxid;
	CommandId	cid = GetCurrentCommandId(false);
	MemoryContext old;

	if (c != NULL && c->loaded && c->lxid == lxid && c->cid == cid)
		return c;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(CnCache));
		c->mcxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "jdz counsellors",
										ALLOCSET_SMALL_SIZES);
		fcinfo->flinfo->fn_extra = c;
	}
	else
		MemoryContextReset(c->mcxt);
	c->loaded = false;
	c->n = 0;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT k.name, k.appointed_on, k.term_end FROM jdz.counsellor k", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading jdz.counsellor failed");
	if (SPI_processed > CN_MAX_ROWS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows in jdz.counsellor")));
	old = MemoryContextSwitchTo(c->mcxt);
	c->rows = palloc0(sizeof(CnRow) * Max(SPI_processed, 1));
	MemoryContextSwitchTo(old);
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		n1,
					n2,
					n3;
		Datum		name = SPI_getbinval(tup, td, 1, &n1);
		Datum		a = SPI_getbinval(tup, td, 2, &n2);
		Datum		e = SPI_getbinval(tup, td, 3, &n3);

		if (n1 || n2 || n3)
			continue;
		old = MemoryContextSwitchTo(c->mcxt);
		c->rows[c->n].name = TextDatumGetCString(name);
		MemoryContextSwitchTo(old);
		c->rows[c->n].appointed_on = DatumGetDateADT(a);
		c->rows[c->n].term_end = DatumGetDateADT(e);
		c->n++;
	}
	SPI_finish();
	c->lxid = lxid;
	c->cid = cid;
	c->loaded = true;
	return c;
}

/* Copies s without ASCII whitespace, U+00A0, U+3000 and U+FEFF. */
static char *
cn_strip_spaces(const char *s, int len)
{
	char	   *out = palloc(len + 1);
	int			o = 0;
	const unsigned char *p = (const unsigned char *) s;
	int			i = 0;

	while (i < len)
	{
		if (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\r' || p[i] == '\f' || p[i] == '\v')
			i++;
		else if (i + 1 < len && p[i] == 0xC2 && p[i + 1] == 0xA0)
			i += 2;
		else if (i + 2 < len && p[i] == 0xE3 && p[i + 1] == 0x80 && p[i + 2] == 0x80)
			i += 3;
		else if (i + 2 < len && p[i] == 0xEF && p[i + 1] == 0xBB && p[i + 2] == 0xBF)
			i += 3;
		else
			out[o++] = s[i++];
	}
	out[o] = '\0';
	return out;
}

/* jdz.counsellor_status(name, on_date): not yet appointed, active through the term, or dismissed after it. */
PG_FUNCTION_INFO_V1(counsellor_status);
Datum
counsellor_status(PG_FUNCTION_ARGS)
{
	text	   *name = PG_GETARG_TEXT_PP(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	CnCache    *c = cn_cache(fcinfo);
	char	   *key = cn_strip_spaces(VARDATA_ANY(name), VARSIZE_ANY_EXHDR(name));
	const char *label;
	Oid			typoid;
	Oid			result;

	for (int i = 0; i < c->n; i++)
	{
		if (strcmp(c->rows[i].name, key) != 0)
			continue;
		if (on_date < c->rows[i].appointed_on)
			label = "not_yet_appointed";
		else if (on_date <= c->rows[i].term_end)
			label = "active";
		else
			label = "auto_dismissed";
		typoid = get_func_rettype(fcinfo->flinfo->fn_oid);
		result = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
								 ObjectIdGetDatum(typoid), CStringGetDatum(label));
		if (!OidIsValid(result))
			elog(ERROR, "enum label \"%s\" of jdz.appointment_status is missing", label);
		PG_RETURN_OID(result);
	}
	key[pg_mbcliplen(key, strlen(key), 100)] = '\0';
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown counsellor \"%s\"", key),
			 errdetail("CN-1, 景府字〔2022〕136号"),
			 errhint("The counsellors are the rows of jdz.counsellor.")));
	PG_RETURN_NULL();
}

/* jdz.ga_auto_plan(plan_day, interventions, airspace_approved): no intervention in the 24 hours before 19:00 Beijing of plan_day. */
PG_FUNCTION_INFO_V1(ga_auto_plan);
Datum
ga_auto_plan(PG_FUNCTION_ARGS)
{
	static pg_tz *tz = NULL;
	DateADT		plan_day;
	bool		approved;
	Numeric		cutoff_h;
	int64		cutoff_us;
	struct pg_tm tm;
	int			tzoff;
	Timestamp	local;
	TimestampTz cutoff;
	TimestampTz from;
	bool		touched = false;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(2))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("plan_day and airspace_approved must not be null"),
				 errdetail("GA-20, 景府办发〔2023〕9号 第二十条")));
	plan_day = PG_GETARG_DATEADT(0);
	approved = PG_GETARG_BOOL(2);
	if (DATE_NOT_FINITE(plan_day))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("plan_day must be a finite date"),
				 errdetail("GA-20, 景府办发〔2023〕9号 第二十条")));

	/* C := plan_day at the cutoff hour, Beijing time; raises before 2024-01-01 */
	cutoff_h = jdz_param_numeric("ga.standing_plan_cutoff_hour", plan_day);
	cutoff_us = DatumGetInt64(DirectFunctionCall1(numeric_int8,
												  NumericGetDatum(numeric_mul_opt_error(cutoff_h, int64_to_numeric(USECS_PER_HOUR), NULL))));
	if (tz == NULL)
	{
		tz = pg_tzset(JDZ_LEGAL_TIMEZONE);
		if (tz == NULL)
			elog(ERROR, "time zone \"%s\" is not available", JDZ_LEGAL_TIMEZONE);
	}
	j2date(plan_day + POSTGRES_EPOCH_JDATE, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	tm.tm_hour = 0;
	tm.tm_min = 0;
	tm.tm_sec = 0;
	tm.tm_isdst = -1;
	tzoff = DetermineTimeZoneOffset(&tm, tz);
	if (tm2timestamp(&tm, 0, NULL, &local) != 0 ||
		pg_add_s64_overflow(local, cutoff_us, &cutoff) ||
		pg_add_s64_overflow(cutoff, (int64) tzoff * USECS_PER_SEC, &cutoff) ||
		pg_sub_s64_overflow(cutoff, INT64CONST(24) * USECS_PER_HOUR, &from) ||
		!IS_VALID_TIMESTAMP(from) || !IS_VALID_TIMESTAMP(cutoff))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range"),
				 errdetail("GA-20, 景府办发〔2023〕9号 第二十条")));

	if (!PG_ARGISNULL(1))
	{
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
		Datum	   *elems;
		bool	   *nulls;
		int			n;

		deconstruct_array(arr, TIMESTAMPTZOID, sizeof(TimestampTz), true, TYPALIGN_DOUBLE,
						  &elems, &nulls, &n);
		for (int i = 0; i < n; i++)
		{
			TimestampTz t;

			if (nulls[i])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("interventions must not contain null"),
						 errdetail("GA-20, 景府办发〔2023〕9号 第二十条")));
			t = DatumGetTimestampTz(elems[i]);
			if (t >= from && t < cutoff)
				touched = true;
		}
	}
	PG_RETURN_BOOL(approved && !touched);
}
