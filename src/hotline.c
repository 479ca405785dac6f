/*
 * hotline.c — the 12345 hotline handling limits (spec 40 §b.2,
 * 景府办发〔2022〕7号 第十二条、第十五条): jdz.hl_limit, jdz.hl_due,
 * jdz.hl_is_overdue and jdz.hl_extension.
 *
 * The limits are data: the HL-12b rows of jdz.time_limit_rule.  They are
 * read with one SPI query per statement (the cache lives in fn_extra, in the
 * query's memory, and is reloaded when the transaction or the command
 * counter moves), so a DBA's change is seen by the next statement and the
 * functions are honestly STABLE.
 *
 * The due day is jdz_due_date() of src/deadline.c (core §5): a working-day
 * limit costs one add_workdays.  A jdz.time_limit value is also read
 * through its output function ("10 working days"), which is the core §3
 * contract, to check the unit of a special limit or an extension.
 */
#include "jdzpolicy.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "storage/proc.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/timestamp.h"

#define HL_DETAIL_12B	"HL-12b, 景府办发〔2022〕7号 第十二条"
#define HL_DETAIL_15	"HL-15, 景府办发〔2022〕7号 第十五条"

/* the units of core §3, as read from the output of jdz.time_limit */
typedef enum HlUnit
{
	HL_UNIT_HOUR,
	HL_UNIT_DAY,
	HL_UNIT_WORKING_DAY,
	HL_UNIT_MONTH,
	HL_UNIT_YEAR
} HlUnit;

typedef struct HlLimit
{
	int64		count;
	HlUnit		unit;
} HlLimit;

/* one HL-12b row */
typedef struct HlRow
{
	char		variant[NAMEDATALEN];
	Datum		lim;			/* a jdz.time_limit, in fn_mcxt */
	HlLimit		parsed;
} HlRow;

#define HL_MAX_ROWS 32
#define HL_MAX_ENUMS 16

/* per call site (fn_extra), rebuilt per statement */
typedef struct HlCache
{
	LocalTransactionId lxid;
	CommandId	cid;
	bool		loaded;
	MemoryContext mcxt;
	Oid			tl_type;		/* jdz.time_limit */
	int16		tl_len;
	bool		tl_byval;
	FmgrInfo	tl_out;
	int			nrows;
	HlRow		rows[HL_MAX_ROWS];
	int			complex_row;	/* index of complex_repeat, or -1 */
	int			nenums;
	Oid			enum_oid[HL_MAX_ENUMS];
	int			enum_row[HL_MAX_ENUMS]; /* -1 missing row, -2 emergency */
} HlCache;

/* ---- helpers ---- */

/* The Beijing date of an instant (jdz_beijing_date), naming the argument when it is not finite. */
static DateADT
hl_beijing_date(TimestampTz t, const char *argname)
{
	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite timestamp", argname),
				 errdetail(HL_DETAIL_12B ": legal dates are Beijing dates (core §2).")));
	return jdz_beijing_date(t);
}

/* Parses the output of jdz.time_limit ("10 working days", "1 month"). */
static HlLimit
hl_parse_limit(HlCache *c, Datum lim)
{
	char	   *s = OutputFunctionCall(&c->tl_out, lim);
	char	   *p = s;
	HlLimit		r;
	int64		n = 0;

	while (*p == ' ')
		p++;
	if (*p < '0' || *p > '9')
		elog(ERROR, "unexpected jdz.time_limit output \"%s\"", s);
	while (*p >= '0' && *p <= '9')
	{
		if (pg_mul_s64_overflow(n, 10, &n) || pg_add_s64_overflow(n, *p - '0', &n))
			elog(ERROR, "unexpected jdz.time_limit output \"%s\"", s);
		p++;
	}
	while (*p == ' ')
		p++;
	r.count = n;
	if (strncmp(p, "working day", 11) == 0)
		r.unit = HL_UNIT_WORKING_DAY;
	else if (strncmp(p, "day", 3) == 0)
		r.unit = HL_UNIT_DAY;
	else if (strncmp(p, "month", 5) == 0)
		r.unit = HL_UNIT_MONTH;
	else if (strncmp(p, "year", 4) == 0)
		r.unit = HL_UNIT_YEAR;
	else if (strncmp(p, "hour", 4) == 0)
		r.unit = HL_UNIT_HOUR;
	else
		elog(ERROR, "unexpected jdz.time_limit output \"%s\"", s);
	pfree(s);
	return r;
}

/* Loads (once per statement) the function handles and the HL-12b rows. */
static HlCache *
hl_cache(FunctionCallInfo fcinfo)
{
	HlCache    *c = (HlCache *) fcinfo->flinfo->fn_extra;
	LocalTransactionId lxid = MyProc->lxid;
	CommandId	cid = GetCurrentCommandId(false);
	MemoryContext old;
	Oid			nsp;
	Oid			outfn;
	bool		isvarlena;
	int			ret;

	if (c != NULL && c->loaded && c->lxid == lxid && c->cid == cid)
		return c;
	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(HlCache));
		c->mcxt = fcinfo->flinfo->fn_mcxt;
		fcinfo->flinfo->fn_extra = c;

		nsp = get_namespace_oid("jdz", false);
		c->tl_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									 CStringGetDatum("time_limit"),
									 ObjectIdGetDatum(nsp));
		if (!OidIsValid(c->tl_type))
			elog(ERROR, "type jdz.time_limit does not exist");
		get_typlenbyval(c->tl_type, &c->tl_len, &c->tl_byval);
		getTypeOutputInfo(c->tl_type, &outfn, &isvarlena);
		fmgr_info_cxt(outfn, &c->tl_out, c->mcxt);
	}
	else
	{
		for (int i = 0; i < c->nrows; i++)
			if (!c->tl_byval)
				pfree(DatumGetPointer(c->rows[i].lim));
	}
	c->loaded = false;
	c->nrows = 0;
	c->nenums = 0;
	c->complex_row = -1;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = SPI_execute("SELECT r.variant, r.lim FROM jdz.time_limit_rule r "
					  "WHERE r.rule_id OPERATOR(pg_catalog.=) 'HL-12b'::pg_catalog.text",
					  true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading jdz.time_limit_rule failed");
	if (SPI_processed > HL_MAX_ROWS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("too many HL-12b rows in jdz.time_limit_rule"),
				 errdetail(HL_DETAIL_12B),
				 errhint("HL-12b has one row per category and complex_repeat.")));
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		v = SPI_getbinval(tup, td, 1, &isnull);
		Datum		lim;
		HlRow	   *row = &c->rows[c->nrows];

		if (isnull)
			continue;
		strlcpy(row->variant, TextDatumGetCString(v), NAMEDATALEN);
		lim = SPI_getbinval(tup, td, 2, &isnull);
		if (isnull)
			continue;
		old = MemoryContextSwitchTo(c->mcxt);
		row->lim = datumCopy(lim, c->tl_byval, c->tl_len);
		MemoryContextSwitchTo(old);
		row->parsed = hl_parse_limit(c, row->lim);
		if (strcmp(row->variant, "complex_repeat") == 0)
			c->complex_row = c->nrows;
		c->nrows++;
	}
	SPI_finish();
	c->lxid = lxid;
	c->cid = cid;
	c->loaded = true;
	return c;
}

/* The HL-12b row of a jdz.hl_category value; raises for emergency or a missing row. */
static int
hl_category_row(HlCache *c, Oid category)
{
	int			row = -1;
	int			k;

	for (k = 0; k < c->nenums; k++)
		if (c->enum_oid[k] == category)
		{
			row = c->enum_row[k];
			break;
		}
	if (k == c->nenums)
	{
		HeapTuple	tup = SearchSysCache1(ENUMOID, ObjectIdGetDatum(category));
		const char *label;

		if (!HeapTupleIsValid(tup))
			elog(ERROR, "cache lookup failed for enum %u", category);
		label = NameStr(((Form_pg_enum) GETSTRUCT(tup))->enumlabel);
		if (strcmp(label, "emergency") == 0)
			row = -2;
		else
			for (int i = 0; i < c->nrows; i++)
				if (strcmp(c->rows[i].variant, label) == 0)
				{
					row = i;
					break;
				}
		if (row == -1)
		{
			char	   *l = pstrdup(label);

			ReleaseSysCache(tup);
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("no handling limit for category \"%s\"", l),
					 errdetail(HL_DETAIL_12B ": jdz.time_limit_rule has no row (HL-12b, %s).", l),
					 errhint("Restore the builtin HL-12b rows of jdz.time_limit_rule.")));
		}
		ReleaseSysCache(tup);
		if (c->nenums < HL_MAX_ENUMS)
		{
			c->enum_oid[c->nenums] = category;
			c->enum_row[c->nenums] = row;
			c->nenums++;
		}
	}
	if (row == -2)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an emergency order has no working-day handling limit"),
				 errdetail("HL-13, 景府办发〔2022〕7号 第十三条: 突发事件工单直接转相关业务工作电话处理."),
				 errhint("Use jdz.due('HL-13', '', accepted_at): 2 hours from acceptance.")));
	return row;
}

static void
hl_null_arg(FunctionCallInfo fcinfo, int argno, const char *name, const char *detail)
{
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", name),
				 errdetail("%s", detail)));
}

/*
 * The limit of 第十二条: the chosen jdz.time_limit datum (not copied) and its
 * parsed form.  Arguments 0..3 of fcinfo are category, caller_count,
 * is_complex, special_limit.
 */
static Datum
hl_choose_limit(FunctionCallInfo fcinfo, HlCache *c, HlLimit *parsed)
{
	Oid			category;
	int32		caller_count;
	bool		is_complex;
	int			row;

	hl_null_arg(fcinfo, 0, "category", HL_DETAIL_12B);
	hl_null_arg(fcinfo, 1, "caller_count", HL_DETAIL_12B);
	hl_null_arg(fcinfo, 2, "is_complex", HL_DETAIL_12B);
	category = PG_GETARG_OID(0);
	caller_count = PG_GETARG_INT32(1);
	is_complex = PG_GETARG_BOOL(2);

	/* emergency and a missing row raise before anything else */
	row = hl_category_row(c, category);
	if (caller_count < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("caller_count must be at least 1, not %d", caller_count),
				 errdetail(HL_DETAIL_12B ": the count of calls reflecting the same demand includes the current call."),
				 errhint("Pass 1 for a first call.")));
	if (!PG_ARGISNULL(3))
	{
		Datum		special = PG_GETARG_DATUM(3);

		*parsed = hl_parse_limit(c, special);
		if (parsed->count == 0 || parsed->unit == HL_UNIT_HOUR)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("special_limit must be a positive period of days, working days, months or years"),
					 errdetail(HL_DETAIL_12B ": 法律、法规、规章、规范性文件有特别规定的，从其规定."),
					 errhint("Pass NULL when no special rule applies.")));
		return special;
	}
	if (caller_count >= 3 && is_complex)
	{
		if (c->complex_row < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("no handling limit for complex repeated orders"),
					 errdetail(HL_DETAIL_12B ": jdz.time_limit_rule has no row (HL-12b, complex_repeat)."),
					 errhint("Restore the builtin HL-12b rows of jdz.time_limit_rule.")));
		row = c->complex_row;
	}
	*parsed = c->rows[row].parsed;
	return c->rows[row].lim;
}

/* jdz.due(start, lim) for a date start (core §5, src/deadline.c). */
static DateADT
hl_apply(HlCache *c, DateADT start, Datum lim, const HlLimit *parsed)
{
	return jdz_due_date(start, DatumGetTimeLimit(lim));
}

/*
 * The due date of jdz.hl_due; arguments 0 category, 1 signed_at,
 * 2 caller_count, 3 is_complex, 4 special_limit, 5 extension.
 */
static DateADT
hl_due_internal(FunctionCallInfo fcinfo, int a_cat, int a_signed, int a_count,
				int a_complex, int a_special, int a_ext)
{
	HlCache    *c = hl_cache(fcinfo);
	HlLimit		parsed;
	Datum		lim;
	DateADT		d;
	DateADT		due;
	LOCAL_FCINFO(sub, 4);

	/* hl_choose_limit reads its arguments from a 4-argument view */
	InitFunctionCallInfoData(*sub, fcinfo->flinfo, 4, InvalidOid, NULL, NULL);
	sub->args[0] = fcinfo->args[a_cat];
	sub->args[1] = fcinfo->args[a_count];
	sub->args[2] = fcinfo->args[a_complex];
	sub->args[3] = fcinfo->args[a_special];

	lim = hl_choose_limit(sub, c, &parsed);
	hl_null_arg(fcinfo, a_signed, "signed_at", HL_DETAIL_12B);
	if (!PG_ARGISNULL(a_ext))
	{
		HlLimit		e = hl_parse_limit(c, PG_GETARG_DATUM(a_ext));

		if (e.unit == HL_UNIT_HOUR)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("an extension cannot be given in hours"),
					 errdetail(HL_DETAIL_15 ": an extension counts from the original due date."),
					 errhint("Give it in working days, as the original limit.")));
	}
	d = hl_beijing_date(PG_GETARG_TIMESTAMPTZ(a_signed), "signed_at");
	due = hl_apply(c, d, lim, &parsed);
	if (!PG_ARGISNULL(a_ext))
	{
		Datum		ext = PG_GETARG_DATUM(a_ext);
		HlLimit		e = hl_parse_limit(c, ext);

		due = hl_apply(c, due, ext, &e);
	}
	return due;
}

/* ---- SQL entry points ---- */

/* jdz.hl_limit(category, caller_count, is_complex, special_limit): the 第十二条 limit. */
PG_FUNCTION_INFO_V1(hl_limit);
Datum
hl_limit(PG_FUNCTION_ARGS)
{
	HlCache    *c = hl_cache(fcinfo);
	HlLimit		parsed;
	Datum		lim = hl_choose_limit(fcinfo, c, &parsed);

	PG_RETURN_DATUM(datumCopy(lim, c->tl_byval, c->tl_len));
}

/* jdz.hl_due(category, signed_at, caller_count, is_complex, special_limit, extension): the last Beijing day. */
PG_FUNCTION_INFO_V1(hl_due);
Datum
hl_due(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(hl_due_internal(fcinfo, 0, 1, 2, 3, 4, 5));
}

/* jdz.hl_is_overdue(category, signed_at, completed_at, …): completion after the due day (now() if open). */
PG_FUNCTION_INFO_V1(hl_is_overdue);
Datum
hl_is_overdue(PG_FUNCTION_ARGS)
{
	DateADT		due = hl_due_internal(fcinfo, 0, 1, 3, 4, 5, 6);
	TimestampTz done;

	if (PG_ARGISNULL(2))
		done = GetCurrentTransactionStartTimestamp();
	else
		done = PG_GETARG_TIMESTAMPTZ(2);
	PG_RETURN_BOOL(hl_beijing_date(done, "completed_at") > due);
}

/* jdz.hl_extension(original, due_on, requested_at, extension, prior_extensions, ground, exception_approved): judges a 第十五条 request. */
PG_FUNCTION_INFO_V1(hl_extension);
Datum
hl_extension(PG_FUNCTION_ARGS)
{
	HlCache    *c = hl_cache(fcinfo);
	TupleDesc	td;
	Datum		values[3];
	bool		nulls[3] = {false, false, false};
	const char *reason = NULL;
	HlLimit		orig;
	HlLimit		ext;
	DateADT		due_on;
	int32		prior;

	hl_null_arg(fcinfo, 0, "original", HL_DETAIL_15);
	hl_null_arg(fcinfo, 1, "due_on", HL_DETAIL_15);
	hl_null_arg(fcinfo, 2, "requested_at", HL_DETAIL_15);
	hl_null_arg(fcinfo, 3, "extension", HL_DETAIL_15);
	hl_null_arg(fcinfo, 4, "prior_extensions", HL_DETAIL_15);
	hl_null_arg(fcinfo, 6, "exception_approved", HL_DETAIL_15);

	orig = hl_parse_limit(c, PG_GETARG_DATUM(0));
	ext = hl_parse_limit(c, PG_GETARG_DATUM(3));
	due_on = PG_GETARG_DATEADT(1);
	prior = PG_GETARG_INT32(4);

	if (orig.unit == HL_UNIT_HOUR || ext.unit == HL_UNIT_HOUR)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("an hour limit cannot be extended"),
				 errdetail(HL_DETAIL_15 ": extensions apply to the working-day handling limits of 第十二条."),
				 errhint("Emergency orders (HL-13) have no extension.")));
	if (ext.count < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("extension must be at least 1, not " INT64_FORMAT, ext.count),
				 errdetail(HL_DETAIL_15 ": 申请延期 needs a positive extension.")));
	if (ext.unit != orig.unit)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("extension and original limit must have the same unit"),
				 errdetail(HL_DETAIL_15 ": 延长时限不得超过原工单办理时限 compares like with like."),
				 errhint("Give the extension in the unit of the original limit.")));
	if (prior < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("prior_extensions must not be negative, not %d", prior),
				 errdetail(HL_DETAIL_15)));
	if (DATE_NOT_FINITE(due_on))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("due_on must be a finite date"),
				 errdetail(HL_DETAIL_15)));

	if (PG_ARGISNULL(5))
		reason = "no_ground";
	else if (hl_beijing_date(PG_GETARG_TIMESTAMPTZ(2), "requested_at") > due_on)
		reason = "after_expiry";
	else if (prior >= 1 && !PG_GETARG_BOOL(6))
		reason = "already_extended";
	else if (ext.count > orig.count)
		reason = "exceeds_original_limit";

	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "jdz.hl_extension must return a composite type");
	td = BlessTupleDesc(td);
	if (reason != NULL)
	{
		values[0] = BoolGetDatum(false);
		values[1] = CStringGetTextDatum(reason);
		nulls[2] = true;
	}
	else
	{
		values[0] = BoolGetDatum(true);
		nulls[1] = true;
		values[2] = DateADTGetDatum(hl_apply(c, due_on, PG_GETARG_DATUM(3), &ext));
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, values, nulls)));
}

/* ---- HL-16/17: the merger registry ---- */

typedef struct HlNumRow
{
	char		number[8];		/* ^[0-9]{3,6}$ */
	Oid			mode;			/* a jdz.hl_merge_mode value */
} HlNumRow;

typedef struct HlNumCache
{
	LocalTransactionId lxid;
	CommandId	cid;
	bool		loaded;
	int			n;
	int			cap;
	HlNumRow   *rows;
	Oid			not_listed;
} HlNumCache;

/* Loads (once per statement) the numbers of jdz.hl_number. */
static HlNumCache *
hl_number_cache(FunctionCallInfo fcinfo)
{
	HlNumCache *c = (HlNumCache *) fcinfo->flinfo->fn_extra;
	LocalTransactionId lxid = MyProc->lxid;
	CommandId	cid = GetCurrentCommandId(false);

	if (c != NULL && c->loaded && c->lxid == lxid && c->cid == cid)
		return c;
	if (c == NULL)
	{
		Oid			typoid = get_func_rettype(fcinfo->flinfo->fn_oid);

		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(HlNumCache));
		c->not_listed = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
										ObjectIdGetDatum(typoid), CStringGetDatum("not_listed"));
		if (!OidIsValid(c->not_listed))
			elog(ERROR, "enum label \"not_listed\" of jdz.hl_merge_mode is missing");
		fcinfo->flinfo->fn_extra = c;
	}
	c->loaded = false;
	c->n = 0;
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT h.number, h.mode FROM jdz.hl_number h", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading jdz.hl_number failed");
	if (SPI_processed > 1000000)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("too many rows in jdz.hl_number")));
	if ((int) SPI_processed > c->cap)
	{
		if (c->rows)
			pfree(c->rows);
		c->cap = Max((int) SPI_processed, 8);
		c->rows = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(HlNumRow) * c->cap);
	}
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		bool		n1,
					n2;
		Datum		num = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &n1);
		Datum		mode = SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2, &n2);
		text	   *t;

		if (n1 || n2)
			continue;
		t = DatumGetTextPP(num);
		if (VARSIZE_ANY_EXHDR(t) >= (int) sizeof(c->rows[0].number))
			continue;			/* cannot happen: CHECK (number ~ '^[0-9]{3,6}$') */
		memcpy(c->rows[c->n].number, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
		c->rows[c->n].number[VARSIZE_ANY_EXHDR(t)] = '\0';
		c->rows[c->n].mode = DatumGetObjectId(mode);
		c->n++;
	}
	SPI_finish();
	c->lxid = lxid;
	c->cid = cid;
	c->loaded = true;
	return c;
}

/* jdz.hl_number_mode(number): the mode of btrim(number) in jdz.hl_number, not_listed when absent. */
PG_FUNCTION_INFO_V1(hl_number_mode);
Datum
hl_number_mode(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(arg);
	int			len = VARSIZE_ANY_EXHDR(arg);
	HlNumCache *c = hl_number_cache(fcinfo);

	/* btrim: spaces only, as pg_catalog.btrim(text) */
	while (len > 0 && *s == ' ')
	{
		s++;
		len--;
	}
	while (len > 0 && s[len - 1] == ' ')
		len--;
	if (len < (int) sizeof(c->rows[0].number))
		for (int i = 0; i < c->n; i++)
			if ((int) strlen(c->rows[i].number) == len && memcmp(c->rows[i].number, s, len) == 0)
				PG_RETURN_OID(c->rows[i].mode);
	PG_RETURN_OID(c->not_listed);
}
