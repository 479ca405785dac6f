/*
 * prh.c — central-city public rental housing (公租房/廉租房), 景府办发〔2023〕7号
 * (spec 10 §3.3): unit classes and mixes, eligibility with every reason,
 * waiting status, rents, subsidies, exits and termination grounds.
 *
 * Parameters are the rows of jdz.parameter in force on the date (the
 * jdz.param rule, core §6) and time limits the rows of jdz.time_limit_rule
 * (jdz.due, core §5); each row is read once per call site with a
 * schema-qualified query (operators too), so no search_path can change a
 * result, and a million-row query pays for it once.
 */
#include "jdzpolicy.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "nodes/makefuncs.h"
#include "nodes/value.h"
#include "parser/parse_func.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/syscache.h"
#include "utils/typcache.h"

#define PRH_DOC			"景府办发〔2023〕7号"

/* Largest array a PRH function accepts (a project or a household list). */
#define PRH_MAX_ARRAY	1000000

/* ---- the enums this file reads or builds, with their labels in order ---- */

typedef enum PrhEnumType
{
	PE_CATEGORY,
	PE_HUKOU,
	PE_STATUS,
	PE_BENEFIT,
	PE_REASON,
	PE_UNIT_SIZE,
	PE_QUEUE,
	PE_TIER,
	PE_EXIT,
	PE_GROUND,
	PE_SEX,
	PE_COUNT
} PrhEnumType;

#define PRH_MAX_LABELS 18

static const char *const prh_type_names[PE_COUNT] = {
	"prh_category", "prh_hukou", "prh_status", "prh_benefit", "prh_reason",
	"prh_unit_size", "prh_queue_status", "prh_rent_tier", "prh_exit_reason",
	"prh_ground", "sex"
};

static const char *const prh_labels[PE_COUNT][PRH_MAX_LABELS + 1] = {
	{"lianzu", "gongzu_local", "gongzu_newcomer", NULL},
	{"central_urban", "local_urban", "other", NULL},
	{"urban_dibao", "urban_tekun", "dibao_marginal", "expenditure_poverty",
	 "lost_only_child", "disabled_veteran", "war_or_test_veteran",
	"military_survivor", NULL},
	{"in_kind", "rental_subsidy", "direct_public_housing",
	"talent_rent_subsidy", "talent_apartment", NULL},
	{"hukou", "residence", "age", "co_applicants", "status", "housing_area",
		"income", "employment", "insurance", "owns_housing", "lookback",
		"relatives_area", "benefit_conflict", "banned", "oversize_unit",
	"medium_share", "facilities_share", "commercial_share", NULL},
	{"small", "medium", "oversize", NULL},
	{"waiting", "must_reapply", NULL},
	{"lianzu", "gongzu", "market", NULL},
	{"acquired_housing", "over_income", "over_assets", "left_city", NULL},
	{"fraud", "sublet_or_lend", "alter_structure_or_use", "vacancy", "arrears",
	"illegal_activity", "dishonest_list", "contract_breach", NULL},
	{"male", "female", NULL}
};

/* label indexes used by name below */
enum
{
	CAT_LIANZU, CAT_GONGZU_LOCAL, CAT_GONGZU_NEWCOMER
};
enum
{
	HK_CENTRAL_URBAN, HK_LOCAL_URBAN, HK_OTHER
};
enum
{
	ST_DISABLED_VETERAN = 5
};
enum
{
	BN_IN_KIND, BN_RENTAL_SUBSIDY, BN_DIRECT_PUBLIC, BN_TALENT_SUBSIDY,
	BN_TALENT_APARTMENT
};
enum
{
	R_HUKOU, R_RESIDENCE, R_AGE, R_CO_APPLICANTS, R_STATUS, R_HOUSING_AREA,
	R_INCOME, R_EMPLOYMENT, R_INSURANCE, R_OWNS_HOUSING, R_LOOKBACK,
	R_RELATIVES_AREA, R_BENEFIT_CONFLICT, R_BANNED, R_OVERSIZE_UNIT,
	R_MEDIUM_SHARE, R_FACILITIES_SHARE, R_COMMERCIAL_SHARE, R_COUNT
};
enum
{
	TIER_LIANZU, TIER_GONGZU, TIER_MARKET
};
enum
{
	EX_ACQUIRED, EX_OVER_INCOME, EX_OVER_ASSETS, EX_LEFT_CITY, EX_COUNT
};
enum
{
	GR_VACANCY = 3, GR_ARREARS = 4, GR_COUNT = 8
};

typedef struct PrhEnum
{
	Oid			typoid;
	int			n;
	Oid			oids[PRH_MAX_LABELS];
} PrhEnum;

/* The dated rows of one parameter key, read once per call site. */
#define PRH_NKEYS		16
#define PRH_KEYLEN		64
typedef struct PrhKey
{
	char		key[PRH_KEYLEN];
	int			rows;
	DateADT    *from;
	DateADT    *to;				/* DATEVAL_NOEND for an open end */
	Numeric    *value;
} PrhKey;

/*
 * A time-limit row read once per call site: when it counts days, months or
 * years and does not move, its end is computed here (core §2, the
 * jdz.period_end arithmetic) instead of calling jdz.due for every row.
 */
#define PRH_NLIMITS		8
typedef struct PrhLimit
{
	const char *rule;
	const char *variant;
	bool		direct;
	int			months;
	int			days;
} PrhLimit;

#define PRH_NLINES		512

/* Per-call-site cache, kept in fn_extra. */
typedef struct PrhCache
{
	PrhKey		keys[PRH_NKEYS];
	int			nkeys;
	DateADT		line_day[PRH_NLINES];	/* income line in fen, by date */
	Numeric		line_fen[PRH_NLINES];
	PrhLimit	limits[PRH_NLIMITS];
	int			nlimits;
	PrhEnum		enums[PE_COUNT];
	FmgrInfo	due_fn;			/* jdz.due(text, text, date) */
	TupleDesc	check_desc;		/* jdz.prh_check, blessed */
	MemoryContext mcxt;			/* the call site's memory */
	/* the rent ratio validated on the previous row */
	bool		rent_ok;
	int			rent_tier;
	DateADT		rent_day;
	Numeric		rent_ratio_in;
	Numeric		rent_r;
} PrhCache;

/* ---- cache ---- */

static Oid
prh_jdz_namespace(void)
{
	return get_namespace_oid("jdz", false);
}

static Oid
prh_lookup_func(const char *name, int nargs, Oid *argtypes)
{
	List	   *qname = list_make2(makeString(pstrdup("jdz")), makeString(pstrdup(name)));

	return LookupFuncName(qname, nargs, argtypes, false);
}

static PrhCache *
prh_cache(FunctionCallInfo fcinfo)
{
	PrhCache   *c = (PrhCache *) fcinfo->flinfo->fn_extra;
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;
	Oid			nsp;
	Oid			checktype;
	MemoryContext old;
	int			t;

	if (c != NULL)
		return c;

	c = (PrhCache *) MemoryContextAllocZero(mcxt, sizeof(PrhCache));
	c->mcxt = mcxt;
	nsp = prh_jdz_namespace();
	for (t = 0; t < PE_COUNT; t++)
	{
		PrhEnum    *e = &c->enums[t];
		int			i;

		e->typoid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
									CStringGetDatum(prh_type_names[t]),
									ObjectIdGetDatum(nsp));
		if (!OidIsValid(e->typoid))
			elog(ERROR, "type jdz.%s does not exist", prh_type_names[t]);
		for (i = 0; prh_labels[t][i] != NULL; i++)
		{
			e->oids[i] = GetSysCacheOid2(ENUMTYPOIDNAME, Anum_pg_enum_oid,
										 ObjectIdGetDatum(e->typoid),
										 CStringGetDatum(prh_labels[t][i]));
			if (!OidIsValid(e->oids[i]))
				elog(ERROR, "label %s of jdz.%s does not exist",
					 prh_labels[t][i], prh_type_names[t]);
		}
		e->n = i;
	}

	checktype = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
								CStringGetDatum("prh_check"), ObjectIdGetDatum(nsp));
	if (!OidIsValid(checktype))
		elog(ERROR, "type jdz.prh_check does not exist");
	{
		TupleDesc	td = lookup_rowtype_tupdesc(checktype, -1);

		old = MemoryContextSwitchTo(mcxt);
		c->check_desc = BlessTupleDesc(CreateTupleDescCopy(td));
		MemoryContextSwitchTo(old);
		ReleaseTupleDesc(td);
	}

	fcinfo->flinfo->fn_extra = c;
	return c;
}

/* Index of an enum value among the labels this file knows. */
static int
prh_enum_index(PrhCache *c, PrhEnumType t, Datum value)
{
	PrhEnum    *e = &c->enums[t];
	Oid			oid = DatumGetObjectId(value);
	int			i;

	for (i = 0; i < e->n; i++)
		if (e->oids[i] == oid)
			return i;
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("unknown label of jdz.%s", prh_type_names[t])));
	return -1;					/* keep the compiler quiet */
}

/* An array of the labels whose flag is set, in declaration order. */
static ArrayType *
prh_label_array(PrhCache *c, PrhEnumType t, const bool *flags)
{
	PrhEnum    *e = &c->enums[t];
	Datum		elems[PRH_MAX_LABELS];
	int			n = 0;
	int			i;

	for (i = 0; i < e->n; i++)
		if (flags[i])
			elems[n++] = ObjectIdGetDatum(e->oids[i]);
	if (n == 0)
		return construct_empty_array(e->typoid);
	return construct_array(elems, n, e->typoid, sizeof(Oid), true, TYPALIGN_INT);
}

/* A jdz.prh_check value from the reason flags. */
static Datum
prh_check_datum(PrhCache *c, const bool *reasons)
{
	Datum		values[2];
	bool		nulls[2] = {false, false};
	bool		ok = true;
	int			i;

	for (i = 0; i < R_COUNT; i++)
		if (reasons[i])
			ok = false;
	values[0] = BoolGetDatum(ok);
	values[1] = PointerGetDatum(prh_label_array(c, PE_REASON, reasons));
	return HeapTupleGetDatum(heap_form_tuple(c->check_desc, values, nulls));
}

/* ---- errors ---- */

static void
prh_null(const char *arg, const char *detail)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s must not be null", arg),
			 errdetail("%s", detail)));
}

#define PRH_INVALID(detail, ...) \
	ereport(ERROR, \
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE), \
			 errmsg(__VA_ARGS__), \
			 errdetail("%s", (detail))))

static void
prh_format_date(DateADT d, char *buf, size_t len)
{
	int			y,
				m,
				day;

	if (DATE_NOT_FINITE(d))
	{
		snprintf(buf, len, "%s", DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity");
		return;
	}
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	if (y > 0)
		snprintf(buf, len, "%04d-%02d-%02d", y, m, day);
	else
		snprintf(buf, len, "%04d-%02d-%02d BC", 1 - y, m, day);
}

/* A date argument must be a finite date. */
static void
prh_finite_date(DateADT d, const char *arg, const char *detail)
{
	if (DATE_NOT_FINITE(d))
		PRH_INVALID(detail, "%s must be a finite date", arg);
}

/* ---- numerics ---- */

static inline Numeric
num_mul(Numeric a, Numeric b)
{
	return numeric_mul_opt_error(a, b, NULL);
}

static inline Numeric
num_add(Numeric a, Numeric b)
{
	return numeric_add_opt_error(a, b, NULL);
}

static inline int
num_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a), NumericGetDatum(b)));
}

static inline bool
num_finite(Numeric a)
{
	return !numeric_is_nan(a) && !numeric_is_inf(a);
}

static inline int
num_sign(Numeric a)
{
	static Numeric zero = NULL;

	if (zero == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		zero = int64_to_numeric(0);
		MemoryContextSwitchTo(old);
	}
	return num_cmp(a, zero);
}

/* A numeric argument must be finite and not negative (or positive). */
static void
prh_check_area(Numeric a, const char *arg, bool allow_zero, const char *detail)
{
	if (!num_finite(a))
		PRH_INVALID(detail, "%s must be a finite number", arg);
	if (allow_zero ? num_sign(a) < 0 : num_sign(a) <= 0)
		PRH_INVALID(detail, allow_zero ? "%s must not be negative" : "%s must be positive", arg);
}

/* Fen from an exact numeric amount of fen: half-up, once (core §2); 22003 beyond jdz.cny. */
static Cny
prh_round_fen(Numeric fen, const char *what)
{
	static Numeric cny_max = NULL;
	Numeric		r;

	if (!num_finite(fen) || num_sign(fen) <= 0)
		return jdz_numeric_fen_to_cny(fen, JDZ_ROUND_HALF_UP, what);
	/* positive: numeric_round is half away from zero, i.e. half-up */
	if (cny_max == NULL)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		cny_max = int64_to_numeric(JDZ_CNY_MAX);
		MemoryContextSwitchTo(old);
	}
	r = DatumGetNumeric(DirectFunctionCall2(numeric_round, NumericGetDatum(fen), Int32GetDatum(0)));
	if (num_cmp(r, cny_max) > 0)
		jdz_cny_overflow(what);
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(r)));
}

/* ---- parameters and time limits ---- */

/*
 * The dated rows of one jdz.parameter key, read once per call site (core
 * §6: the value in force on a date is the row with valid_from <= date and
 * valid_to NULL or >= date; the exclusion constraint makes it unique).  A
 * query sees one snapshot of the table (the functions are STABLE), so the
 * rows read once hold for the call site's life.
 */
static PrhKey *
prh_key(PrhCache *c, const char *key)
{
	PrhKey	   *k;
	int			i;
	Oid			argtypes[1] = {TEXTOID};
	Datum		args[1];
	int			ret;
	MemoryContext old;

	for (i = 0; i < c->nkeys; i++)
		if (strcmp(c->keys[i].key, key) == 0)
			return &c->keys[i];
	if (strlen(key) >= PRH_KEYLEN)
		elog(ERROR, "parameter key too long: %s", key);
	if (c->nkeys >= PRH_NKEYS)
	{
		/*
		 * A call site reading many subsidy keys: start the cache again.  The
		 * old rows stay allocated (a value returned earlier may still be in
		 * use); they go with the call site's memory.
		 */
		c->nkeys = 0;
	}
	k = &c->keys[c->nkeys];
	memset(k, 0, sizeof(PrhKey));
	strcpy(k->key, key);

	args[0] = PointerGetDatum(cstring_to_text(key));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = SPI_execute_with_args("SELECT p.valid_from, p.valid_to, p.value FROM jdz.parameter p"
								" WHERE p.key OPERATOR(pg_catalog.=) $1",
								1, argtypes, args, NULL, true, 0);
	if (ret != SPI_OK_SELECT)
		elog(ERROR, "reading jdz.parameter failed");
	if (SPI_processed > 0)
	{
		int			n = (int) SPI_processed;

		old = MemoryContextSwitchTo(c->mcxt);
		k->from = (DateADT *) palloc(n * sizeof(DateADT));
		k->to = (DateADT *) palloc(n * sizeof(DateADT));
		k->value = (Numeric *) palloc0(n * sizeof(Numeric));
		MemoryContextSwitchTo(old);
		for (i = 0; i < n; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		null_from,
						null_to,
						null_value;
			Datum		from = SPI_getbinval(tup, td, 1, &null_from);
			Datum		to = SPI_getbinval(tup, td, 2, &null_to);
			Datum		value = SPI_getbinval(tup, td, 3, &null_value);

			if (null_from || null_value)
				continue;
			k->from[k->rows] = DatumGetDateADT(from);
			k->to[k->rows] = null_to ? DATEVAL_NOEND : DatumGetDateADT(to);
			old = MemoryContextSwitchTo(c->mcxt);
			k->value[k->rows] = DatumGetNumericCopy(value);
			MemoryContextSwitchTo(old);
			k->rows++;
		}
	}
	SPI_finish();
	c->nkeys++;
	return k;
}

/* The value of a key on a date, or NULL when no row is in force. */
static Numeric
prh_param_lookup(PrhCache *c, const char *key, DateADT on_date)
{
	PrhKey	   *k = prh_key(c, key);
	int			i;

	for (i = 0; i < k->rows; i++)
		if (k->from[i] <= on_date && on_date <= k->to[i])
			return k->value[i];
	return NULL;
}

/* A builtin parameter (spec 10 §4): none in force raises 22023. */
static Numeric
prh_param(PrhCache *c, const char *key, DateADT on_date)
{
	Numeric		v = prh_param_lookup(c, key, on_date);

	if (v == NULL)
	{
		char		day[32];

		prh_format_date(on_date, day, sizeof(day));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("parameter \"%s\" has no value on %s", key, day),
				 errdetail("%s sets it from 2023-11-27; the rules before that date are not encoded (A-PRH15).", PRH_DOC),
				 errhint("Judge a date on or after 2023-11-27, or insert a row of jdz.parameter for the key valid on that date.")));
	}
	return v;
}

/*
 * An outside figure a DBA loads (spec 10 §4): a missing row raises 22023
 * naming the key and saying how to load it.
 */
static Numeric
prh_param_outside(PrhCache *c, const char *key, DateADT on_date, const char *detail)
{
	Numeric		v = prh_param_lookup(c, key, on_date);

	if (v == NULL)
	{
		char		day[32];

		prh_format_date(on_date, day, sizeof(day));
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no value of parameter \"%s\" on %s", key, day),
				 errdetail("%s. \"%s\" is an outside figure: jdzpolicy ships no value and never assumes one.",
						   detail, key),
				 errhint("A DBA loads it: INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) "
						 "VALUES ('%s', '<first day>', NULL, <value>, false);", key)));
	}
	return v;
}

/* jdz.due(rule_id, variant, start) through the function itself */
static DateADT
prh_due_call(PrhCache *c, const char *rule, const char *variant, DateADT start)
{
	LOCAL_FCINFO(call, 3);
	Datum		result;

	if (!OidIsValid(c->due_fn.fn_oid))
	{
		Oid			due_args[3] = {TEXTOID, TEXTOID, DATEOID};

		fmgr_info_cxt(prh_lookup_func("due", 3, due_args), &c->due_fn, c->mcxt);
	}
	InitFunctionCallInfoData(*call, &c->due_fn, 3, DEFAULT_COLLATION_OID, NULL, NULL);
	call->args[0].value = PointerGetDatum(cstring_to_text(rule));
	call->args[0].isnull = false;
	call->args[1].value = PointerGetDatum(cstring_to_text(variant));
	call->args[1].isnull = false;
	call->args[2].value = DateADTGetDatum(start);
	call->args[2].isnull = false;
	result = FunctionCallInvoke(call);
	if (call->isnull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time limit %s/%s gave no date", rule, variant)));
	return DatumGetDateADT(result);
}

/* Read a time-limit row once: can its end be computed here? */
static PrhLimit *
prh_limit(PrhCache *c, const char *rule, const char *variant)
{
	PrhLimit   *l;
	int			i;
	Oid			argtypes[2] = {TEXTOID, TEXTOID};
	Datum		args[2];
	int			ret;

	for (i = 0; i < c->nlimits; i++)
		if (strcmp(c->limits[i].rule, rule) == 0 && strcmp(c->limits[i].variant, variant) == 0)
			return &c->limits[i];
	if (c->nlimits >= PRH_NLIMITS)
		elog(ERROR, "too many time-limit rows in one PRH call site");
	l = &c->limits[c->nlimits++];
	l->rule = rule;
	l->variant = variant;
	l->direct = false;
	l->months = 0;
	l->days = 0;

	args[0] = PointerGetDatum(cstring_to_text(rule));
	args[1] = PointerGetDatum(cstring_to_text(variant));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ret = SPI_execute_with_args("SELECT r.lim::pg_catalog.text, r.moves FROM jdz.time_limit_rule r"
								" WHERE r.rule_id OPERATOR(pg_catalog.=) $1"
								" AND r.variant OPERATOR(pg_catalog.=) $2",
								2, argtypes, args, NULL, true, 1);
	if (ret == SPI_OK_SELECT && SPI_processed == 1)
	{
		bool		isnull_lim,
					isnull_moves;
		Datum		lim = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull_lim);
		Datum		moves = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull_moves);

		if (!isnull_lim && !isnull_moves && !DatumGetBool(moves))
		{
			char	   *txt = TextDatumGetCString(lim);
			int			n;
			char		unit[32];

			if (sscanf(txt, "%d %31s", &n, unit) == 2 && n >= 0 && n <= 100000)
			{
				if (strcmp(unit, "year") == 0 || strcmp(unit, "years") == 0)
				{
					l->months = 12 * n;
					l->direct = true;
				}
				else if (strcmp(unit, "month") == 0 || strcmp(unit, "months") == 0)
				{
					l->months = n;
					l->direct = true;
				}
				else if (strcmp(unit, "day") == 0 || strcmp(unit, "days") == 0)
				{
					l->days = n;
					l->direct = true;
				}
			}
		}
	}
	SPI_finish();
	return l;
}

/*
 * The last day of a time limit from start: jdz.due(rule, variant, start),
 * computed here for a row that does not move (core §2: N days end on
 * start + N; months and years on the corresponding day, or the month's last
 * day), by jdz.due itself otherwise.
 */
static DateADT
prh_due(PrhCache *c, const char *rule, const char *variant, DateADT start)
{
	PrhLimit   *l = prh_limit(c, rule, variant);
	int			y,
				m,
				d,
				mi;
	int64		j;

	if (!l->direct || DATE_NOT_FINITE(start))
		return prh_due_call(c, rule, variant, start);
	j2date(start + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	mi = (m - 1) + l->months;
	y += mi / 12;
	m = mi % 12 + 1;
	if (d > day_tab[isleap(y)][m - 1])
		d = day_tab[isleap(y)][m - 1];
	if (!IS_VALID_JULIAN(y, m, d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range"),
				 errdetail("%s %s: the time limit ends after the last date PostgreSQL can store.", rule, variant)));
	j = (int64) date2j(y, m, d) - POSTGRES_EPOCH_JDATE + l->days;
	if (!IS_VALID_DATE(j))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range"),
				 errdetail("%s %s: the time limit ends after the last date PostgreSQL can store.", rule, variant)));
	return (DateADT) j;
}

/* ---- ages (core §2: age N is reached on birth + N years, 29 Feb → 28 Feb) ---- */

static bool
prh_age_reached(DateADT birth, int years, DateADT on)
{
	int			by,
				bm,
				bd,
				oy,
				om,
				od,
				ty,
				td;

	j2date(birth + POSTGRES_EPOCH_JDATE, &by, &bm, &bd);
	j2date(on + POSTGRES_EPOCH_JDATE, &oy, &om, &od);
	ty = by + years;
	td = bd;
	if (bm == 2 && bd == 29 && !isleap(ty))
		td = 28;
	if (oy != ty)
		return oy > ty;
	if (om != bm)
		return om > bm;
	return od >= td;
}

/* ---- array helpers ---- */

/* Deconstruct a 1-D (or flattened) array, refusing NULL elements and absurd sizes. */
static int
prh_array_elems(ArrayType *a, Oid elemtype, int16 typlen, bool byval, char align,
				Datum **elems, const char *arg, const char *detail)
{
	bool	   *nulls;
	int			n;
	int			i;

	if (ArrayGetNItems(ARR_NDIM(a), ARR_DIMS(a)) > PRH_MAX_ARRAY)
		PRH_INVALID(detail, "%s has more than %d elements", arg, PRH_MAX_ARRAY);
	deconstruct_array(a, elemtype, typlen, byval, align, elems, &nulls, &n);
	for (i = 0; i < n; i++)
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not contain a null element", arg),
					 errdetail("%s", detail)));
	return n;
}

/* ======================================================================== */

#define D_PRH04		"PRH-04, " PRH_DOC " 第四条"
#define D_PRH11A	"PRH-11a, " PRH_DOC " 第十一条"
#define D_PRH11B	"PRH-11b, " PRH_DOC " 第十一条"
#define D_PRH11C	"PRH-11c, " PRH_DOC " 第十一条"
#define D_PRH16		"PRH-16-ELIG, " PRH_DOC " 第十六条"
#define D_PRH16INC	"PRH-16-INC, " PRH_DOC " 第十六条(二)5、(三)3"
#define D_PRH27		"PRH-27, " PRH_DOC " 第二十七条"
#define D_PRH30B	"PRH-30b, " PRH_DOC " 第三十条"
#define D_PRH31		"PRH-31a, " PRH_DOC " 第三十一条"
#define D_PRH34		"PRH-34, " PRH_DOC " 第三十四条"
#define D_PRH38		"PRH-38, " PRH_DOC " 第三十八条"
#define D_PRH39		"PRH-39, " PRH_DOC " 第三十九条"

/* jdz.prh_classify_unit(area_m2, on_date): small / medium / oversize (PRH-11a). */
PG_FUNCTION_INFO_V1(prh_classify_unit);
Datum
prh_classify_unit(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	Numeric		area = PG_GETARG_NUMERIC(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	int			k;

	prh_check_area(area, "area_m2", false, D_PRH11A);
	prh_finite_date(on_date, "on_date", D_PRH11A);
	if (num_cmp(area, prh_param(c, "prh.unit_area.small_max", on_date)) <= 0)
		k = 0;
	else if (num_cmp(area, prh_param(c, "prh.unit_area.max", on_date)) <= 0)
		k = 1;
	else
		k = 2;
	PG_RETURN_OID(c->enums[PE_UNIT_SIZE].oids[k]);
}

/* jdz.prh_unit_mix_check(unit_areas, on_date): oversize units, medium area share (PRH-11a/b). */
PG_FUNCTION_INFO_V1(prh_unit_mix_check);
Datum
prh_unit_mix_check(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	DateADT		on_date = PG_GETARG_DATEADT(1);
	bool		reasons[R_COUNT] = {false};
	Datum	   *elems;
	Numeric		small_max,
				max,
				share,
				total,
				medium;
	int			n,
				i;

	n = prh_array_elems(arr, NUMERICOID, -1, false, TYPALIGN_INT, &elems, "unit_areas", D_PRH11B);
	if (n == 0)
		PRH_INVALID(D_PRH11B, "unit_areas must not be empty");
	for (i = 0; i < n; i++)
		prh_check_area(DatumGetNumeric(elems[i]), "every unit area", false, D_PRH11A);
	prh_finite_date(on_date, "on_date", D_PRH11B);
	small_max = prh_param(c, "prh.unit_area.small_max", on_date);
	max = prh_param(c, "prh.unit_area.max", on_date);
	share = prh_param(c, "prh.medium_share_max", on_date);

	total = int64_to_numeric(0);
	medium = int64_to_numeric(0);
	for (i = 0; i < n; i++)
	{
		Numeric		a = DatumGetNumeric(elems[i]);

		total = num_add(total, a);
		if (num_cmp(a, max) > 0)
			reasons[R_OVERSIZE_UNIT] = true;
		else if (num_cmp(a, small_max) > 0)
			medium = num_add(medium, a);
	}
	if (num_cmp(medium, num_mul(share, total)) > 0)
		reasons[R_MEDIUM_SHARE] = true;
	PG_RETURN_DATUM(prh_check_datum(c, reasons));
}

/* jdz.prh_facilities_check(estate, facilities, commercial, on_date) (PRH-11c). */
PG_FUNCTION_INFO_V1(prh_facilities_check);
Datum
prh_facilities_check(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	Numeric		estate = PG_GETARG_NUMERIC(0);
	Numeric		facilities = PG_GETARG_NUMERIC(1);
	Numeric		commercial = PG_GETARG_NUMERIC(2);
	DateADT		on_date = PG_GETARG_DATEADT(3);
	bool		reasons[R_COUNT] = {false};

	prh_check_area(estate, "estate_area", false, D_PRH11C);
	prh_check_area(facilities, "facilities_area", true, D_PRH11C);
	prh_check_area(commercial, "commercial_area", true, D_PRH11C);
	if (num_cmp(commercial, facilities) > 0)
		PRH_INVALID(D_PRH11C, "commercial_area must not exceed facilities_area, which includes it");
	prh_finite_date(on_date, "on_date", D_PRH11C);
	if (num_cmp(facilities, num_mul(prh_param(c, "prh.facilities_share_max", on_date), estate)) > 0)
		reasons[R_FACILITIES_SHARE] = true;
	if (num_cmp(commercial, num_mul(prh_param(c, "prh.commercial_share_max", on_date), estate)) > 0)
		reasons[R_COMMERCIAL_SHARE] = true;
	PG_RETURN_DATUM(prh_check_datum(c, reasons));
}

/* jdz.prh_stacking_ok(benefits): no two PRH modes, no PRH with another benefit (PRH-04). */
PG_FUNCTION_INFO_V1(prh_stacking_ok);
Datum
prh_stacking_ok(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(0);
	bool		has[5] = {false};
	Datum	   *elems;
	int			n,
				i;
	bool		prh,
				other;

	n = prh_array_elems(arr, c->enums[PE_BENEFIT].typoid, sizeof(Oid), true, TYPALIGN_INT,
						&elems, "benefits", D_PRH04);
	for (i = 0; i < n; i++)
		has[prh_enum_index(c, PE_BENEFIT, elems[i])] = true;
	prh = has[BN_IN_KIND] || has[BN_RENTAL_SUBSIDY];
	other = has[BN_DIRECT_PUBLIC] || has[BN_TALENT_SUBSIDY] || has[BN_TALENT_APARTMENT];
	PG_RETURN_BOOL(!((has[BN_IN_KIND] && has[BN_RENTAL_SUBSIDY]) || (prh && other)));
}

/* multiple × L × 100: the income line in fen, exact (PRH-16-INC); memoised by date. */
static Numeric
prh_income_line_fen(PrhCache *c, DateADT on_date)
{
	int			slot = (int) ((uint32) on_date % PRH_NLINES);
	Numeric		multiple,
				l,
				fen;
	MemoryContext old;

	if (c->line_fen[slot] != NULL && c->line_day[slot] == on_date)
		return c->line_fen[slot];
	multiple = prh_param(c, "prh.income_multiple", on_date);
	l = prh_param_outside(c, "prh.urban_disposable_income", on_date, D_PRH16INC);
	old = MemoryContextSwitchTo(c->mcxt);
	fen = num_mul(num_mul(multiple, l), int64_to_numeric(100));
	MemoryContextSwitchTo(old);
	c->line_day[slot] = on_date;
	c->line_fen[slot] = fen;
	return fen;
}

/* jdz.prh_income_line(on_date): 2.5 × L, to the fen rounded down (PRH-16-INC). */
PG_FUNCTION_INFO_V1(prh_income_line);
Datum
prh_income_line(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	DateADT		on_date = PG_GETARG_DATEADT(0);
	Numeric		fen;

	prh_finite_date(on_date, "on_date", D_PRH16INC);
	fen = prh_income_line_fen(c, on_date);
	/* a maximum shown to the fen rounds down (core §2) */
	PG_RETURN_CNY(jdz_numeric_fen_to_cny(fen, JDZ_ROUND_FLOOR, "the income line"));
}

/* Does the income (fen) exceed the line (PRH-16-INC, PRH-38)? */
static bool
prh_over_income(PrhCache *c, Cny income, DateADT on_date)
{
	return num_cmp(int64_to_numeric(income), prh_income_line_fen(c, on_date)) > 0;
}

/* ---- jdz.prh_eligibility ---- */

enum
{
	A_CATEGORY, A_SEX, A_BIRTH, A_SIZE, A_HUKOU, A_RESIDENT_SINCE, A_HOUSING_AREA,
	A_INCOME, A_STATUSES, A_VETERAN_GRADE, A_WARD, A_CO_OK, A_EMPLOYED,
	A_INSURED_SINCE, A_PERMIT, A_OWNS, A_LAST_TRANSFER, A_EXCESS_UNTIL,
	A_REL_COUNT, A_REL_AREA, A_BENEFITS, A_BANNED_THROUGH, A_ON_DATE
};

#define D_ELIG_RES	"PRH-16-RES, " PRH_DOC " 第十六条(一)1、(二)1"
#define D_ELIG_AGE	"PRH-16-AGE, " PRH_DOC " 第十六条(一)2、(二)2"
#define D_ELIG_CO	"PRH-16-CO, " PRH_DOC " 第十六条(一)3、(二)3"
#define D_ELIG_CAT	"PRH-16-CAT, " PRH_DOC " 第十六条(一)4"
#define D_ELIG_AREA	"PRH-16-AREA, " PRH_DOC " 第十六条(一)5、(二)4"
#define D_ELIG_MIG	"PRH-16-MIG, " PRH_DOC " 第十六条(三)1–2"
#define D_ELIG_17A	"PRH-17a, " PRH_DOC " 第十七条(一)"
#define D_ELIG_17B	"PRH-17b, " PRH_DOC " 第十七条(二)"

/* jdz.prh_eligibility(...): whether a household may apply, and every reason why not (PRH-16, -17, -04, -39, -44). */
PG_FUNCTION_INFO_V1(prh_eligibility);
Datum
prh_eligibility(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	bool		reasons[R_COUNT] = {false};
	DateADT		on_date,
				birth;
	int			cat,
				hukou,
				size;
	bool		is_a,
				is_b,
				is_c,
				female;
	DateADT		resident_since = 0;
	Numeric		housing_area = NULL;
	Cny			income = 0;
	bool		status_ok = false;
	bool		has_veteran = false;
	int			grade = 0;
	int			rel_count = 0;
	Numeric		rel_area = NULL;
	int			i;

	/* on_date first: every date check compares with it */
	if (PG_ARGISNULL(A_ON_DATE))
		prh_null("on_date", D_PRH16);
	on_date = PG_GETARG_DATEADT(A_ON_DATE);
	prh_finite_date(on_date, "on_date", D_PRH16);

	if (PG_ARGISNULL(A_CATEGORY))
		prh_null("category", D_PRH16);
	cat = prh_enum_index(c, PE_CATEGORY, PG_GETARG_DATUM(A_CATEGORY));
	is_a = (cat == CAT_LIANZU);
	is_b = (cat == CAT_GONGZU_LOCAL);
	is_c = (cat == CAT_GONGZU_NEWCOMER);

	if (PG_ARGISNULL(A_SEX))
		prh_null("sex", D_ELIG_AGE);
	female = (prh_enum_index(c, PE_SEX, PG_GETARG_DATUM(A_SEX)) == 1);

	if (PG_ARGISNULL(A_BIRTH))
		prh_null("birth_date", D_ELIG_AGE);
	birth = PG_GETARG_DATEADT(A_BIRTH);
	prh_finite_date(birth, "birth_date", D_ELIG_AGE);
	if (birth > on_date)
		PRH_INVALID(D_ELIG_AGE, "birth_date must not be after on_date");

	if (PG_ARGISNULL(A_SIZE))
		prh_null("household_size", D_PRH16);
	size = PG_GETARG_INT32(A_SIZE);
	if (size < 1)
		PRH_INVALID(D_PRH16, "household_size must be at least 1");

	if (PG_ARGISNULL(A_HUKOU))
		prh_null("hukou", D_PRH16);
	hukou = prh_enum_index(c, PE_HUKOU, PG_GETARG_DATUM(A_HUKOU));

	if (is_a || is_b)
	{
		if (PG_ARGISNULL(A_RESIDENT_SINCE))
			prh_null("resident_since", D_ELIG_RES);
		resident_since = PG_GETARG_DATEADT(A_RESIDENT_SINCE);
		prh_finite_date(resident_since, "resident_since", D_ELIG_RES);
		if (resident_since > on_date)
			PRH_INVALID(D_ELIG_RES, "resident_since must not be after on_date");

		if (PG_ARGISNULL(A_HOUSING_AREA))
			prh_null("housing_area", D_ELIG_AREA);
		housing_area = PG_GETARG_NUMERIC(A_HOUSING_AREA);
		prh_check_area(housing_area, "housing_area", true, D_ELIG_AREA);
	}

	if (is_b || is_c)
	{
		if (PG_ARGISNULL(A_INCOME))
			prh_null("household_income", D_PRH16INC);
		income = PG_GETARG_CNY(A_INCOME);
		if (income < 0)
			PRH_INVALID(D_PRH16INC, "household_income must not be negative");
	}

	if (is_a)
	{
		Datum	   *elems;
		int			n;

		if (PG_ARGISNULL(A_STATUSES))
			prh_null("statuses", D_ELIG_CAT);
		n = prh_array_elems(PG_GETARG_ARRAYTYPE_P(A_STATUSES), c->enums[PE_STATUS].typoid,
							sizeof(Oid), true, TYPALIGN_INT, &elems, "statuses", D_ELIG_CAT);
		for (i = 0; i < n; i++)
		{
			if (prh_enum_index(c, PE_STATUS, elems[i]) == ST_DISABLED_VETERAN)
				has_veteran = true;
			else
				status_ok = true;
		}
		if (has_veteran && PG_ARGISNULL(A_VETERAN_GRADE))
			prh_null("veteran_grade", D_ELIG_CAT);
		if (!PG_ARGISNULL(A_VETERAN_GRADE))
		{
			grade = PG_GETARG_INT32(A_VETERAN_GRADE);
			if (grade < 1 || grade > 10)
				PRH_INVALID(D_ELIG_CAT, "veteran_grade must be between 1 and 10");
		}
		if (has_veteran && grade >= 1 && grade <= 4)
			status_ok = true;
	}

	if ((is_a || is_b) && size > 1 && PG_ARGISNULL(A_CO_OK))
		prh_null("co_applicants_ok", D_ELIG_CO);

	if (is_c)
	{
		if (PG_ARGISNULL(A_EMPLOYED))
			prh_null("employed_locally", D_ELIG_MIG);
		if (!PG_ARGISNULL(A_INSURED_SINCE))
		{
			DateADT		d = PG_GETARG_DATEADT(A_INSURED_SINCE);

			prh_finite_date(d, "insured_since", D_ELIG_MIG);
			if (d > on_date)
				PRH_INVALID(D_ELIG_MIG, "insured_since must not be after on_date");
		}
		if (PG_ARGISNULL(A_PERMIT))
			prh_null("residence_permit", D_ELIG_MIG);
		if (PG_ARGISNULL(A_OWNS))
			prh_null("owns_city_housing", D_ELIG_MIG);
	}

	if (!PG_ARGISNULL(A_LAST_TRANSFER))
	{
		DateADT		d = PG_GETARG_DATEADT(A_LAST_TRANSFER);

		prh_finite_date(d, "last_transfer_on", D_ELIG_17A);
		if (d > on_date)
			PRH_INVALID(D_ELIG_17A, "last_transfer_on must not be after on_date");
	}
	if (!PG_ARGISNULL(A_EXCESS_UNTIL))
	{
		DateADT		d = PG_GETARG_DATEADT(A_EXCESS_UNTIL);

		prh_finite_date(d, "excess_area_until", D_ELIG_17A);
		if (d > on_date)
			PRH_INVALID(D_ELIG_17A, "excess_area_until must not be after on_date");
	}

	if (size == 1)
	{
		if (PG_ARGISNULL(A_REL_COUNT))
			prh_null("relatives_count", D_ELIG_17B);
		rel_count = PG_GETARG_INT32(A_REL_COUNT);
		if (rel_count < 0)
			PRH_INVALID(D_ELIG_17B, "relatives_count must not be negative");
		if (rel_count > 0)
		{
			if (PG_ARGISNULL(A_REL_AREA))
				prh_null("relatives_area", D_ELIG_17B);
			rel_area = PG_GETARG_NUMERIC(A_REL_AREA);
			prh_check_area(rel_area, "relatives_area", true, D_ELIG_17B);
		}
	}

	if (PG_ARGISNULL(A_BENEFITS))
		prh_null("benefits", D_PRH04);
	{
		Datum	   *elems;
		int			n;

		n = prh_array_elems(PG_GETARG_ARRAYTYPE_P(A_BENEFITS), c->enums[PE_BENEFIT].typoid,
							sizeof(Oid), true, TYPALIGN_INT, &elems, "benefits", D_PRH04);
		for (i = 0; i < n; i++)
			(void) prh_enum_index(c, PE_BENEFIT, elems[i]);
		if (n > 0)
			reasons[R_BENEFIT_CONFLICT] = true;
	}

	/* ---- the checks ---- */

	/* hukou: (一)1, (二)1 central urban; (三)1 no local urban hukou */
	if ((is_a || is_b) ? hukou != HK_CENTRAL_URBAN : hukou != HK_OTHER)
		reasons[R_HUKOU] = true;

	/* age: marriage age 22 / 20 (lianzu waived for a ward); 18 for newcomers */
	{
		int			need = is_c ? 18 : (female ? 20 : 22);
		bool		waived = is_a && !PG_ARGISNULL(A_WARD);

		if (!waived && !prh_age_reached(birth, need, on_date))
			reasons[R_AGE] = true;
	}

	if (is_a || is_b)
	{
		Numeric		limit;

		if (prh_due(c, "PRH-16-RES", "", resident_since) > on_date)
			reasons[R_RESIDENCE] = true;
		if (size > 1 && !PG_GETARG_BOOL(A_CO_OK))
			reasons[R_CO_APPLICANTS] = true;
		limit = num_mul(prh_param(c, "prh.area_per_capita_max", on_date), int64_to_numeric(size));
		if (num_cmp(housing_area, limit) > 0)
			reasons[R_HOUSING_AREA] = true;
	}

	if (is_a && !status_ok)
		reasons[R_STATUS] = true;

	if (is_b || is_c)
	{
		if (prh_over_income(c, income, on_date))
			reasons[R_INCOME] = true;
	}

	if (is_c)
	{
		if (!PG_GETARG_BOOL(A_EMPLOYED))
			reasons[R_EMPLOYMENT] = true;
		if (!PG_GETARG_BOOL(A_PERMIT) &&
			(PG_ARGISNULL(A_INSURED_SINCE) ||
			 prh_due(c, "PRH-16-MIG", "", PG_GETARG_DATEADT(A_INSURED_SINCE)) > on_date))
			reasons[R_INSURANCE] = true;
		if (PG_GETARG_BOOL(A_OWNS))
			reasons[R_OWNS_HOUSING] = true;
	}

	/* 第十七条(一): a transfer or excess area within the last 3 years */
	if (!PG_ARGISNULL(A_LAST_TRANSFER) &&
		prh_due(c, "PRH-17a", "", PG_GETARG_DATEADT(A_LAST_TRANSFER)) >= on_date)
		reasons[R_LOOKBACK] = true;
	if (!PG_ARGISNULL(A_EXCESS_UNTIL) &&
		prh_due(c, "PRH-17a", "", PG_GETARG_DATEADT(A_EXCESS_UNTIL)) >= on_date)
		reasons[R_LOOKBACK] = true;

	/* 第十七条(二): a single applicant whose relatives have ≥ 35 m² each */
	if (size == 1)
	{
		Numeric		per = prh_param(c, "prh.relatives_area_per_capita", on_date);

		if (rel_count > 0 &&
			num_cmp(rel_area, num_mul(per, int64_to_numeric(rel_count))) >= 0)
			reasons[R_RELATIVES_AREA] = true;
	}

	/* bans of 第三十九条 and 第四十四条, through their last day */
	if (!PG_ARGISNULL(A_BANNED_THROUGH) && on_date <= PG_GETARG_DATEADT(A_BANNED_THROUGH))
		reasons[R_BANNED] = true;

	PG_RETURN_DATUM(prh_check_datum(c, reasons));
}

/* jdz.prh_waiting_status(abandonments, waiting_since, on_date) (PRH-27). */
PG_FUNCTION_INFO_V1(prh_waiting_status);
Datum
prh_waiting_status(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	int32		abandonments = PG_GETARG_INT32(0);
	DateADT		since = PG_GETARG_DATEADT(1);
	DateADT		on_date = PG_GETARG_DATEADT(2);
	bool		reapply;

	if (abandonments < 0)
		PRH_INVALID(D_PRH27, "abandonments must not be negative");
	prh_finite_date(since, "waiting_since", D_PRH27);
	prh_finite_date(on_date, "on_date", D_PRH27);
	if (on_date < since)
		PRH_INVALID(D_PRH27, "on_date must not be before waiting_since");
	reapply = abandonments > 2 || on_date > prh_due(c, "PRH-27", "", since);
	PG_RETURN_OID(c->enums[PE_QUEUE].oids[reapply ? 1 : 0]);
}

/*
 * The ratio of a rent tier on a date, validating the caller's ratio
 * (PRH-31a); NULL for the market tier (r = 1).
 */
static Numeric
prh_rent_ratio(PrhCache *c, int tier, Numeric ratio, DateADT on_date)
{
	if (tier == TIER_LIANZU)
	{
		Numeric		r = prh_param(c, "prh.rent_ratio.lianzu", on_date);

		if (ratio != NULL && num_cmp(ratio, r) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("a lianzu rent has the ratio of prh.rent_ratio.lianzu, %s",
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(r)))),
					 errdetail("%s", D_PRH31),
					 errhint("Pass ratio => NULL for the lianzu tier.")));
		return r;
	}
	if (tier == TIER_GONGZU)
	{
		Numeric		lo = prh_param(c, "prh.rent_ratio.gongzu_min", on_date);
		Numeric		hi = prh_param(c, "prh.rent_ratio.gongzu_max", on_date);

		if (num_cmp(ratio, lo) < 0 || num_cmp(ratio, hi) > 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("gongzu rent ratio %s is outside [%s, %s]",
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(ratio))),
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(lo))),
							DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(hi)))),
					 errdetail("%s: the approved ratio lies within 60%%–80%% of the market rent; \"原则上\" exceptions are not supported (A-PRH21).", D_PRH31),
					 errhint("Pass the ratio approved by the 价格主管部门 for the project.")));
		return ratio;
	}
	if (ratio != NULL && num_cmp(ratio, int64_to_numeric(1)) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a market rent has ratio 1"),
				 errdetail("PRH-38, PRH-44, " PRH_DOC " 第三十八条、第四十四条"),
				 errhint("Pass ratio => NULL for the market tier.")));
	return NULL;
}

/* jdz.prh_monthly_rent(market_rent, area_m2, tier, ratio, on_date) (PRH-31a). */
PG_FUNCTION_INFO_V1(prh_monthly_rent);
Datum
prh_monthly_rent(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	Cny			market;
	Numeric		area,
				ratio = NULL,
				r,
				fen;
	int			tier;
	DateADT		on_date;

	if (PG_ARGISNULL(0))
		prh_null("market_rent", D_PRH31);
	market = PG_GETARG_CNY(0);
	if (market <= 0)
		PRH_INVALID(D_PRH31, "market_rent must be positive");
	if (PG_ARGISNULL(1))
		prh_null("area_m2", D_PRH31);
	area = PG_GETARG_NUMERIC(1);
	prh_check_area(area, "area_m2", false, D_PRH31);
	if (PG_ARGISNULL(2))
		prh_null("tier", D_PRH31);
	tier = prh_enum_index(c, PE_TIER, PG_GETARG_DATUM(2));
	if (PG_ARGISNULL(3))
	{
		if (tier == TIER_GONGZU)
			prh_null("ratio", D_PRH31 ": a gongzu rent needs the ratio approved for the project");
	}
	else
	{
		ratio = PG_GETARG_NUMERIC(3);
		if (!num_finite(ratio))
			PRH_INVALID(D_PRH31, "ratio must be a finite number");
	}
	if (PG_ARGISNULL(4))
		prh_null("on_date", D_PRH31);
	on_date = PG_GETARG_DATEADT(4);
	prh_finite_date(on_date, "on_date", D_PRH31);

	/* the ratio checked on the previous row holds again for the same tier, ratio and date */
	if (c->rent_ok && c->rent_tier == tier && c->rent_day == on_date &&
		((ratio == NULL && c->rent_ratio_in == NULL) ||
		 (ratio != NULL && c->rent_ratio_in != NULL &&
		  VARSIZE_ANY(ratio) == VARSIZE_ANY(c->rent_ratio_in) &&
		  memcmp(ratio, c->rent_ratio_in, VARSIZE_ANY(ratio)) == 0)))
		r = c->rent_r;
	else
	{
		MemoryContext old;

		r = prh_rent_ratio(c, tier, ratio, on_date);
		old = MemoryContextSwitchTo(c->mcxt);
		if (c->rent_ratio_in != NULL)
			pfree(c->rent_ratio_in);
		c->rent_ratio_in = ratio ? DatumGetNumericCopy(NumericGetDatum(ratio)) : NULL;
		MemoryContextSwitchTo(old);
		c->rent_r = r;			/* a parameter value (call-site memory) or the caller's ratio */
		if (r != NULL && r == ratio)
			c->rent_r = c->rent_ratio_in;
		c->rent_tier = tier;
		c->rent_day = on_date;
		c->rent_ok = true;
	}
	fen = num_mul(int64_to_numeric(market), area);
	if (r != NULL)
		fen = num_mul(fen, r);
	PG_RETURN_CNY(prh_round_fen(fen, "the monthly rent"));
}

/* jdz.prh_monthly_subsidy(household_size, band, on_date) (PRH-34, PRH-35). */
PG_FUNCTION_INFO_V1(prh_monthly_subsidy);
Datum
prh_monthly_subsidy(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	int32		size = PG_GETARG_INT32(0);
	int32		band = PG_GETARG_INT32(1);
	DateADT		on_date = PG_GETARG_DATEADT(2);
	char		key[64];
	Numeric		area,
				rate;

	if (size < 1)
		PRH_INVALID(D_PRH34, "household_size must be at least 1");
	if (band < 1)
		PRH_INVALID(D_PRH34, "band must be at least 1");
	prh_finite_date(on_date, "on_date", D_PRH34);
	snprintf(key, sizeof(key), "prh.subsidy_area.%d", size);
	area = prh_param_outside(c, key, on_date, D_PRH34);
	snprintf(key, sizeof(key), "prh.subsidy_rate.%d", band);
	rate = prh_param_outside(c, key, on_date, D_PRH34);
	PG_RETURN_CNY(prh_round_fen(num_mul(num_mul(area, rate), int64_to_numeric(100)), "the monthly subsidy"));
}

/* jdz.prh_exit_reasons(...): why a tenant must leave (PRH-38). */
PG_FUNCTION_INFO_V1(prh_exit_reasons);
Datum
prh_exit_reasons(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	bool		acquired = PG_GETARG_BOOL(0);
	Cny			income = PG_GETARG_CNY(1);
	bool		over_assets = PG_GETARG_BOOL(2);
	bool		works = PG_GETARG_BOOL(3);
	bool		lives = PG_GETARG_BOOL(4);
	DateADT		on_date = PG_GETARG_DATEADT(5);
	bool		flags[EX_COUNT] = {false};

	if (income < 0)
		PRH_INVALID(D_PRH38, "household_income must not be negative");
	prh_finite_date(on_date, "on_date", D_PRH38);
	flags[EX_ACQUIRED] = acquired;
	flags[EX_OVER_INCOME] = prh_over_income(c, income, on_date);
	flags[EX_OVER_ASSETS] = over_assets;
	flags[EX_LEFT_CITY] = !works && !lives;
	PG_RETURN_ARRAYTYPE_P(prh_label_array(c, PE_EXIT, flags));
}

/* jdz.prh_termination_grounds(acts, vacant_since, arrears_months, on_date) (PRH-39). */
PG_FUNCTION_INFO_V1(prh_termination_grounds);
Datum
prh_termination_grounds(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	bool		flags[GR_COUNT] = {false};
	Datum	   *elems;
	int			n,
				i;
	int32		arrears;
	DateADT		on_date;

	if (PG_ARGISNULL(0))
		prh_null("acts", D_PRH39);
	if (PG_ARGISNULL(2))
		prh_null("arrears_months", D_PRH39);
	if (PG_ARGISNULL(3))
		prh_null("on_date", D_PRH39);
	on_date = PG_GETARG_DATEADT(3);

	n = prh_array_elems(PG_GETARG_ARRAYTYPE_P(0), c->enums[PE_GROUND].typoid, sizeof(Oid), true,
						TYPALIGN_INT, &elems, "acts", D_PRH39);
	for (i = 0; i < n; i++)
	{
		int			g = prh_enum_index(c, PE_GROUND, elems[i]);

		if (g == GR_VACANCY || g == GR_ARREARS)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("acts must not contain \"%s\", which is derived", prh_labels[PE_GROUND][g]),
					 errdetail("%s(四)(五)", D_PRH39),
					 errhint("Pass vacant_since and arrears_months instead.")));
		flags[g] = true;
	}
	if (!PG_ARGISNULL(1))
	{
		DateADT		since = PG_GETARG_DATEADT(1);

		prh_finite_date(since, "vacant_since", D_PRH39);
		prh_finite_date(on_date, "on_date", D_PRH39);
		if (since > on_date)
			PRH_INVALID(D_PRH39, "vacant_since must not be after on_date");
		if (prh_due(c, "PRH-39", "vacancy", since) <= on_date)
			flags[GR_VACANCY] = true;
	}
	arrears = PG_GETARG_INT32(2);
	if (arrears < 0)
		PRH_INVALID(D_PRH39, "arrears_months must not be negative");
	prh_finite_date(on_date, "on_date", D_PRH39);
	if (arrears >= 6)
		flags[GR_ARREARS] = true;
	PG_RETURN_ARRAYTYPE_P(prh_label_array(c, PE_GROUND, flags));
}

/* jdz.prh_renewal_deadline(lease_ends_on): lease end minus the PRH-30b row, month-end rule, never moved (PRH-30b). */
PG_FUNCTION_INFO_V1(prh_renewal_deadline);
Datum
prh_renewal_deadline(PG_FUNCTION_ARGS)
{
	PrhCache   *c = prh_cache(fcinfo);
	DateADT		end = PG_GETARG_DATEADT(0);
	PrhLimit   *l;
	int			y,
				m,
				d,
				mi;
	int64		j;

	prh_finite_date(end, "lease_ends_on", D_PRH30B);
	l = prh_limit(c, "PRH-30b", "");
	if (!l->direct)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time limit PRH-30b must be a non-moving count of days, months or years"),
				 errdetail("%s: the renewal cut-off is counted back from the lease end (A-PRH10).", D_PRH30B),
				 errhint("Check the row (PRH-30b, '') of jdz.time_limit_rule.")));
	j2date(end + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	/* months back, then the day clamped to the month's last day */
	mi = y * 12 + (m - 1) - l->months;
	y = mi >= 0 ? mi / 12 : -((-mi + 11) / 12);
	m = mi - y * 12 + 1;
	if (d > day_tab[isleap(y)][m - 1])
		d = day_tab[isleap(y)][m - 1];
	if (!IS_VALID_JULIAN(y, m, d))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range"),
				 errdetail("%s: the renewal cut-off falls before the first date PostgreSQL can store.", D_PRH30B)));
	j = (int64) date2j(y, m, d) - POSTGRES_EPOCH_JDATE - l->days;
	if (!IS_VALID_DATE(j))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range"),
				 errdetail("%s: the renewal cut-off falls before the first date PostgreSQL can store.", D_PRH30B)));
	PG_RETURN_DATEADT((DateADT) j);
}
