/*
 * mf.c — the housing maintenance fund (住宅专项维修资金, 景府发〔2023〕11号):
 * scope, payers, deposits, interest, delivery gate, replenishment, votes,
 * acceptance panel, price audit, emergency repairs and fine caps (spec 10
 * §3.2).
 *
 * Enum arguments and results are matched by the OIDs of their labels, looked
 * up once per call site (fn_extra) in schema jdz by name, so a hostile
 * search_path cannot change them.  Parameters are read with jdz.param(key,
 * on_date), looked up by its qualified name and cached per call site and
 * date (the functions that read them are STABLE, so one statement sees one
 * parameter table).
 */
#include "jdzpolicy.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "common/int.h"
#include "funcapi.h"
#include "nodes/makefuncs.h"
#include "parser/parse_func.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/fmgrprotos.h"
#include "utils/lsyscache.h"
#include "utils/numeric.h"
#include "utils/syscache.h"

#define MF_DOC			"景府发〔2023〕11号"
#define MF_DETAIL(rule, art)	errdetail("%s, " MF_DOC " %s", rule, art)

/* ------------------------------------------------------------------------
 * Enum labels, in declaration order (spec 10 §2)
 * ------------------------------------------------------------------------ */

#define MF_ENUM_MAX 8

typedef struct MfEnum
{
	Oid			typid;
	int			n;
	Oid			oids[MF_ENUM_MAX];
} MfEnum;

static const char *const district_labels[] =
{"zhushan", "changjiang", "gaoxin", "changnan", "fuliang", "leping", "elsewhere", NULL};
enum
{
	D_ZHUSHAN, D_CHANGJIANG, D_GAOXIN, D_CHANGNAN, D_FULIANG, D_LEPING, D_ELSEWHERE
};

static const char *const applicability_labels[] =
{"applies", "by_reference", "not_covered", NULL};
enum
{
	A_APPLIES, A_BY_REFERENCE, A_NOT_COVERED
};

static const char *const housing_labels[] =
{"commodity", "sold_public", "resettlement", "pure_commercial", "industrial_plant", NULL};
enum
{
	H_COMMODITY, H_SOLD_PUBLIC, H_RESETTLEMENT, H_PURE_COMMERCIAL, H_INDUSTRIAL_PLANT
};

static const char *const use_labels[] = {"residential", "non_residential", NULL};
enum
{
	U_RESIDENTIAL, U_NON_RESIDENTIAL
};

static const char *const payer_labels[] = {"owner", "selling_unit", NULL};
enum
{
	P_OWNER, P_SELLING_UNIT
};

static const char *const class_labels[] = {"multi", "high", NULL};
enum
{
	C_MULTI, C_HIGH
};

static const char *const matter_labels[] = {"repair", "rebuild", "raise_fund", NULL};
enum
{
	M_REPAIR, M_REBUILD, M_RAISE_FUND
};

static const char *const vote_result_labels[] =
{"quorum_not_met", "rejected", "approved", NULL};
enum
{
	V_QUORUM_NOT_MET, V_REJECTED, V_APPROVED
};

static const char *const custody_labels[] = {"centre", "assembly", NULL};
enum
{
	K_CENTRE, K_ASSEMBLY
};

static const char *const audit_labels[] = {"mandatory", "optional", "not_required", NULL};
enum
{
	AU_MANDATORY, AU_OPTIONAL, AU_NOT_REQUIRED
};

static const char *const emergency_labels[] =
{"lift_danger", "water_failure", "fire_hazard", "leak_or_flooding", "facade_falling",
"structural_danger", NULL};
enum
{
	E_LIFT_DANGER, E_WATER_FAILURE, E_FIRE_HAZARD, E_LEAK_OR_FLOODING, E_FACADE_FALLING,
	E_STRUCTURAL_DANGER
};

static const char *const evidence_labels[] =
{"lift_rectification_notice", "professional_opinion", "fire_rectification_notice",
"government_directive", "qualified_inspection_report", NULL};
enum
{
	EV_LIFT_NOTICE, EV_PROFESSIONAL_OPINION, EV_FIRE_NOTICE, EV_GOVERNMENT_DIRECTIVE,
	EV_INSPECTION_REPORT
};

static const char *const violation_labels[] =
{"selling_unit_breach", "developer_delivery", "developer_apportion", "misappropriation", NULL};
enum
{
	VI_SELLING_UNIT_BREACH, VI_DEVELOPER_DELIVERY, VI_DEVELOPER_APPORTION, VI_MISAPPROPRIATION
};

/* The OID of schema jdz's type typname. */
static Oid
mf_type_oid(const char *typname)
{
	Oid			nsp = get_namespace_oid("jdz", false);
	Oid			typid;

	typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
							CStringGetDatum(typname), ObjectIdGetDatum(nsp));
	if (!OidIsValid(typid))
		elog(ERROR, "type jdz.%s does not exist", typname);
	return typid;
}

/* Fill m with the OIDs of the labels of jdz.typname. */
static void
mf_enum_init(MfEnum *m, const char *typname, const char *const *labels)
{
	m->typid = mf_type_oid(typname);
	m->n = 0;
	for (int i = 0; labels[i] != NULL; i++)
	{
		HeapTuple	tup;

		Assert(i < MF_ENUM_MAX);
		tup = SearchSysCache2(ENUMTYPOIDNAME, ObjectIdGetDatum(m->typid),
							  CStringGetDatum(labels[i]));
		if (!HeapTupleIsValid(tup))
			elog(ERROR, "label \"%s\" of type jdz.%s does not exist", labels[i], typname);
		m->oids[i] = ((Form_pg_enum) GETSTRUCT(tup))->oid;
		ReleaseSysCache(tup);
		m->n++;
	}
}

/* The declaration-order index of an enum value. */
static int
mf_enum_pos(const MfEnum *m, Datum d)
{
	Oid			o = DatumGetObjectId(d);

	for (int i = 0; i < m->n; i++)
		if (m->oids[i] == o)
			return i;
	elog(ERROR, "unexpected label OID %u for enum type %u", o, m->typid);
	return -1;					/* not reached */
}

static inline Datum
mf_enum_datum(const MfEnum *m, int i)
{
	return ObjectIdGetDatum(m->oids[i]);
}

/* ------------------------------------------------------------------------
 * Parameters: jdz.param(key, on_date), cached per call site and date
 * ------------------------------------------------------------------------ */

#define MF_PARAM_SLOTS 4
#define MF_PARAM_WAYS 512		/* dates cached per slot (direct-mapped) */

typedef struct MfParamEntry
{
	bool		have;
	DateADT		date;
	const char *key;
	Numeric		value;
	Numeric		derived;		/* a caller's value computed from it, or NULL */
} MfParamEntry;

typedef struct MfParams
{
	bool		ready;
	FmgrInfo	fn;
	MfParamEntry *slot[MF_PARAM_SLOTS];
} MfParams;

/* Set up the call of jdz.param(text, date). */
static void
mf_params_init(MfParams *p, MemoryContext mcxt)
{
	Oid			argtypes[2] = {TEXTOID, DATEOID};
	List	   *name = list_make2(makeString("jdz"), makeString("param"));
	Oid			fnoid;

	fnoid = LookupFuncName(name, 2, argtypes, false);
	fmgr_info_cxt(fnoid, &p->fn, mcxt);
	memset(p->slot, 0, sizeof(p->slot));
	p->ready = true;
}

/*
 * The cache entry of parameter key as of on_date in slot (each slot caches
 * the values of up to MF_PARAM_WAYS dates, so a column of dates costs one
 * jdz.param call per distinct date).
 */
static MfParamEntry *
mf_param_entry(MfParams *p, int slot, const char *key, DateADT on_date, MemoryContext mcxt)
{
	LOCAL_FCINFO(fcinfo, 2);
	MfParamEntry *e;
	Datum		result;
	MemoryContext old;

	if (p->slot[slot] == NULL)
		p->slot[slot] = MemoryContextAllocZero(mcxt, sizeof(MfParamEntry) * MF_PARAM_WAYS);
	e = &p->slot[slot][(uint32) on_date % MF_PARAM_WAYS];
	if (e->have && e->date == on_date && e->key == key)
		return e;

	InitFunctionCallInfoData(*fcinfo, &p->fn, 2, InvalidOid, NULL, NULL);
	fcinfo->args[0].value = CStringGetTextDatum(key);
	fcinfo->args[0].isnull = false;
	fcinfo->args[1].value = DateADTGetDatum(on_date);
	fcinfo->args[1].isnull = false;
	result = FunctionCallInvoke(fcinfo);
	if (fcinfo->isnull)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("parameter \"%s\" has no value on %s", key,
						DatumGetCString(DirectFunctionCall1(date_out, DateADTGetDatum(on_date)))),
				 errhint("Insert a row of jdz.parameter for the key valid on that date.")));
	old = MemoryContextSwitchTo(mcxt);
	if (e->have)
	{
		pfree(e->value);
		if (e->derived)
			pfree(e->derived);
	}
	e->value = DatumGetNumericCopy(result);
	MemoryContextSwitchTo(old);
	e->derived = NULL;
	e->key = key;
	e->date = on_date;
	e->have = true;
	return e;
}

/* The value of parameter key as of on_date (cached in slot). */
static Numeric
mf_param(MfParams *p, int slot, const char *key, DateADT on_date, MemoryContext mcxt)
{
	return mf_param_entry(p, slot, key, on_date, mcxt)->value;
}

/* ------------------------------------------------------------------------
 * Numeric helpers
 * ------------------------------------------------------------------------ */

/* Numeric constants, made once per backend. */
typedef struct MfConst
{
	Numeric		zero;
	Numeric		one;
	Numeric		two;
	Numeric		three;
	Numeric		four;
	Numeric		hundred;
	Numeric		n360;
	Numeric		fen_limit;		/* INT64_MAX + 0.5: products below it round into range */
	Numeric		int64_min;
	Numeric		int64_max;
} MfConst;

static const MfConst *
mf_const(void)
{
	static MfConst k;
	static bool ready = false;

	if (!ready)
	{
		MemoryContext old = MemoryContextSwitchTo(TopMemoryContext);

		k.zero = int64_to_numeric(0);
		k.one = int64_to_numeric(1);
		k.two = int64_to_numeric(2);
		k.three = int64_to_numeric(3);
		k.four = int64_to_numeric(4);
		k.hundred = int64_to_numeric(100);
		k.n360 = int64_to_numeric(360);
		k.fen_limit = DatumGetNumeric(DirectFunctionCall3(numeric_in,
														  CStringGetDatum("9223372036854775807.5"),
														  ObjectIdGetDatum(InvalidOid),
														  Int32GetDatum(-1)));
		k.int64_min = int64_to_numeric(PG_INT64_MIN);
		k.int64_max = int64_to_numeric(PG_INT64_MAX);
		MemoryContextSwitchTo(old);
		ready = true;
	}
	return &k;
}

static inline int
mf_cmp(Numeric a, Numeric b)
{
	return DatumGetInt32(DirectFunctionCall2(numeric_cmp, NumericGetDatum(a),
											 NumericGetDatum(b)));
}

static inline Numeric
mf_mul(Numeric a, Numeric b)
{
	return numeric_mul_opt_error(a, b, NULL);
}

static inline Numeric
mf_add(Numeric a, Numeric b)
{
	return numeric_add_opt_error(a, b, NULL);
}

static inline Numeric
mf_int(int64 v)
{
	return int64_to_numeric(v);
}

static inline int
mf_sign(Numeric a)
{
	return mf_cmp(a, mf_const()->zero);
}

/* Raise 22023 if x is NaN or infinite. */
static void
mf_check_finite(Numeric x, const char *arg, const char *rule, const char *article)
{
	if (numeric_is_nan(x) || numeric_is_inf(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite number", arg),
				 MF_DETAIL(rule, article)));
}

/* Rounding modes for mf_to_fen. */
typedef enum MfRound
{
	MF_HALF_UP,					/* half away from zero (四舍五入) */
	MF_CEIL,					/* a minimum shown to the fen */
	MF_FLOOR					/* a maximum shown to the fen */
} MfRound;

/* An amount in fen (numeric, any scale) rounded once to an int64 fen. */
static Cny
mf_to_fen(Numeric fen, MfRound mode, const char *what, const char *rule, const char *article)
{
	const MfConst *k = mf_const();
	Numeric		r;

	switch (mode)
	{
		case MF_CEIL:
			r = DatumGetNumeric(DirectFunctionCall1(numeric_ceil, NumericGetDatum(fen)));
			break;
		case MF_FLOOR:
			r = DatumGetNumeric(DirectFunctionCall1(numeric_floor, NumericGetDatum(fen)));
			break;
		default:
			r = DatumGetNumeric(DirectFunctionCall2(numeric_round, NumericGetDatum(fen),
													Int32GetDatum(0)));
			break;
	}
	if (mf_cmp(r, k->int64_min) < 0 || mf_cmp(r, k->int64_max) > 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s is out of range for type jdz.cny", what),
				 MF_DETAIL(rule, article)));
	return DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(r)));
}

static void
mf_check_date(DateADT d, const char *arg, const char *rule, const char *article)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be a finite date", arg),
				 MF_DETAIL(rule, article)));
}

/* Building class of a storey count (第七条第二款), after validation. */
static int
mf_class_of(int32 floors)
{
	if (floors < 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("max_floors_above_ground must be at least 1, not %d", floors),
				 MF_DETAIL("MF-07", "第七条第二款"),
				 errhint("Give the highest above-ground storey count of the building; underground storeys do not count.")));
	return floors <= 7 ? C_MULTI : C_HIGH;
}

/* Raise 22004 for a NULL argument of a not-strict function. */
static void
mf_null(const char *arg, const char *rule, const char *article)
{
	ereport(ERROR,
			(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
			 errmsg("%s must not be NULL", arg),
			 MF_DETAIL(rule, article)));
}

/* Per-call-site cache of the functions below. */
typedef struct MfCache
{
	MfEnum		e[4];
	bool		ready;
	MfParams	params;
} MfCache;

static MfCache *
mf_cache(FunctionCallInfo fcinfo)
{
	MfCache    *c = (MfCache *) fcinfo->flinfo->fn_extra;

	if (c == NULL)
	{
		c = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(MfCache));
		fcinfo->flinfo->fn_extra = c;
	}
	return c;
}

static MfParams *
mf_params(FunctionCallInfo fcinfo)
{
	MfCache    *c = mf_cache(fcinfo);

	if (!c->params.ready)
		mf_params_init(&c->params, fcinfo->flinfo->fn_mcxt);
	return &c->params;
}

/* ------------------------------------------------------------------------
 * MF-02 scope
 * ------------------------------------------------------------------------ */

/* jdz.mf_scope(district, housing, contract_provides_deposit): whether D1 governs */
PG_FUNCTION_INFO_V1(mf_scope);
Datum
mf_scope(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	int			district;
	int			housing;
	bool		contract = PG_GETARG_BOOL(2);
	int			answer;

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "district", district_labels);
		mf_enum_init(&c->e[1], "mf_housing", housing_labels);
		mf_enum_init(&c->e[2], "applicability", applicability_labels);
		c->ready = true;
	}
	district = mf_enum_pos(&c->e[0], PG_GETARG_DATUM(0));
	housing = mf_enum_pos(&c->e[1], PG_GETARG_DATUM(1));

	if (district == D_ELSEWHERE)
		PG_RETURN_DATUM(mf_enum_datum(&c->e[2], A_NOT_COVERED));

	/* the central-city answer */
	switch (housing)
	{
		case H_COMMODITY:
		case H_SOLD_PUBLIC:
			answer = A_APPLIES;	/* 第二条 */
			break;
		case H_RESETTLEMENT:
			answer = A_BY_REFERENCE;	/* 第四十二条第二款 */
			break;
		default:
			/* 第四十二条第一款 */
			answer = contract ? A_BY_REFERENCE : A_NOT_COVERED;
			break;
	}
	/* 第五条第三款: the counties "可参照本办法执行" */
	if ((district == D_FULIANG || district == D_LEPING) && answer != A_NOT_COVERED)
		answer = A_BY_REFERENCE;
	PG_RETURN_DATUM(mf_enum_datum(&c->e[2], answer));
}

/* ------------------------------------------------------------------------
 * MF-06 who deposits
 * ------------------------------------------------------------------------ */

/* jdz.mf_deposit_payers(use, sole_owner_no_shared_parts, in_estate, attached_to_residential, sold_public) */
PG_FUNCTION_INFO_V1(mf_deposit_payers);
Datum
mf_deposit_payers(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	int			use;
	bool		obliged;
	bool		sold_public;
	Datum		elems[2];
	int			n = 0;

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "mf_use", use_labels);
		mf_enum_init(&c->e[1], "mf_payer", payer_labels);
		c->ready = true;
	}
	if (PG_ARGISNULL(0))
		mf_null("use", "MF-06", "第六条");
	use = mf_enum_pos(&c->e[0], PG_GETARG_DATUM(0));

	if (use == U_RESIDENTIAL)
	{
		if (PG_ARGISNULL(1))
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("sole_owner_no_shared_parts must not be NULL for a residential unit"),
					 MF_DETAIL("MF-06", "第六条"),
					 errhint("A residential unit is obliged unless it has one owner and shares no common parts or facilities.")));
		obliged = !PG_GETARG_BOOL(1);
	}
	else
	{
		/* in_estate OR attached_to_residential, known only if not NULL */
		bool		in_null = PG_ARGISNULL(2);
		bool		at_null = PG_ARGISNULL(3);
		bool		in_estate = !in_null && PG_GETARG_BOOL(2);
		bool		attached = !at_null && PG_GETARG_BOOL(3);

		if (in_estate || attached)
			obliged = true;
		else if (in_null || at_null)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("%s must not be NULL for a non-residential unit %s",
							in_null ? "in_estate" : "attached_to_residential",
							in_null ? "unless attached_to_residential is true" : "outside a residential estate"),
					 MF_DETAIL("MF-06", "第六条"),
					 errhint("A non-residential unit is obliged inside a residential estate, or outside one when structurally connected to a residential building.")));
		else
			obliged = false;
	}
	if (PG_ARGISNULL(4))
		mf_null("sold_public", "MF-06", "第六条第二款");
	sold_public = PG_GETARG_BOOL(4);

	if (obliged)
	{
		elems[n++] = mf_enum_datum(&c->e[1], P_OWNER);
		if (sold_public)
			elems[n++] = mf_enum_datum(&c->e[1], P_SELLING_UNIT);
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, c->e[1].typid, sizeof(Oid), true,
										  TYPALIGN_INT));
}

/* ------------------------------------------------------------------------
 * MF-07 building class and first deposit
 * ------------------------------------------------------------------------ */

/* jdz.mf_classify_building(max_floors_above_ground): multi (≤ 7) or high (≥ 8) */
PG_FUNCTION_INFO_V1(mf_classify_building);
Datum
mf_classify_building(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	int			cls = mf_class_of(PG_GETARG_INT32(0));

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "mf_building_class", class_labels);
		c->ready = true;
	}
	PG_RETURN_DATUM(mf_enum_datum(&c->e[0], cls));
}

static void
mf_check_area(Numeric area, const char *rule, const char *article)
{
	mf_check_finite(area, "area_m2", rule, article);
	if (mf_sign(area) <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("area_m2 must be positive"),
				 MF_DETAIL(rule, article),
				 errhint("Give the building area (建筑面积) in square metres.")));
}

static const char *const deposit_rate_keys[2] =
{"mf.deposit_rate.multi", "mf.deposit_rate.high"};

/* jdz.mf_initial_deposit(area_m2, max_floors_above_ground, on_date): area × rate */
PG_FUNCTION_INFO_V1(mf_initial_deposit);
Datum
mf_initial_deposit(PG_FUNCTION_ARGS)
{
	Numeric		area = PG_GETARG_NUMERIC(0);
	int32		floors = PG_GETARG_INT32(1);
	DateADT		on_date = PG_GETARG_DATEADT(2);
	MfParamEntry *e;
	int			cls;
	Numeric		fen;

	mf_check_area(area, "MF-07", "第七条");
	cls = mf_class_of(floors);
	mf_check_date(on_date, "on_date", "MF-07", "第七条");

	e = mf_param_entry(mf_params(fcinfo), cls, deposit_rate_keys[cls], on_date, fcinfo->flinfo->fn_mcxt);
	if (e->derived == NULL)
	{
		MemoryContext old;

		if (numeric_is_nan(e->value) || numeric_is_inf(e->value) || mf_sign(e->value) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("parameter \"%s\" is not a valid rate", deposit_rate_keys[cls]),
					 MF_DETAIL("MF-07", "第七条")));
		old = MemoryContextSwitchTo(fcinfo->flinfo->fn_mcxt);
		e->derived = mf_mul(e->value, mf_const()->hundred);
		MemoryContextSwitchTo(old);
	}
	fen = mf_mul(area, e->derived);
	if (mf_cmp(fen, mf_const()->fen_limit) >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("the deposit for %s m2 is out of range for type jdz.cny",
						numeric_normalize(area)),
				 MF_DETAIL("MF-07", "第七条")));
	/* numeric_int8 rounds half away from zero: half-up for these positives */
	PG_RETURN_CNY(DatumGetInt64(DirectFunctionCall1(numeric_int8, NumericGetDatum(fen))));
}

/* ------------------------------------------------------------------------
 * MF-08a/b sold public housing
 * ------------------------------------------------------------------------ */

static const char *const extraction_keys[2] =
{"mf.public_extraction_rate.multi", "mf.public_extraction_rate.high"};

/* jdz.mf_public_sale_deposit(area_m2, reform_cost_price, sale_proceeds, max_floors_above_ground, on_date) */
PG_FUNCTION_INFO_V1(mf_public_sale_deposit);
Datum
mf_public_sale_deposit(PG_FUNCTION_ARGS)
{
	Numeric		area = PG_GETARG_NUMERIC(0);
	Cny			price = PG_GETARG_CNY(1);
	Cny			proceeds = PG_GETARG_CNY(2);
	int32		floors = PG_GETARG_INT32(3);
	DateADT		on_date = PG_GETARG_DATEADT(4);
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;
	MfParams   *p;
	Numeric		owner_rate;
	Numeric		extraction;
	int			cls;
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	mf_check_area(area, "MF-08a", "第八条(一)");
	if (price <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("reform_cost_price must be positive"),
				 MF_DETAIL("MF-08a", "第八条(一)"),
				 errhint("Give the 房改成本价 per m2 of the purchase year.")));
	if (proceeds < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("sale_proceeds must not be negative"),
				 MF_DETAIL("MF-08b", "第八条(二)")));
	cls = mf_class_of(floors);
	mf_check_date(on_date, "on_date", "MF-08a", "第八条");

	p = mf_params(fcinfo);
	owner_rate = mf_param(p, 0, "mf.public_owner_rate", on_date, mcxt);
	extraction = mf_param(p, 1 + cls, extraction_keys[cls], on_date, mcxt);

	/* area × price × 2 %, not rounded per m2 (A-MF4); price is in fen */
	values[0] = CnyGetDatum(mf_to_fen(mf_mul(mf_mul(area, mf_int(price)), owner_rate),
									  MF_HALF_UP, "the owner's deposit", "MF-08a", "第八条(一)"));
	values[1] = CnyGetDatum(mf_to_fen(mf_mul(mf_int(proceeds), extraction),
									  MF_HALF_UP, "the selling unit's deposit", "MF-08b", "第八条(二)"));

	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "mf_public_sale_deposit must return a composite type");
	tupdesc = BlessTupleDesc(tupdesc);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ------------------------------------------------------------------------
 * MF-10 annual interest
 * ------------------------------------------------------------------------ */

static void
mf_check_rate(Numeric r, const char *arg)
{
	if (numeric_is_nan(r) || numeric_is_inf(r) || mf_sign(r) < 0 || mf_cmp(r, mf_const()->one) >= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must lie in [0, 1)", arg),
				 MF_DETAIL("MF-10", "第十条(三)"),
				 errhint("Rates are annual fractions: 0.0035 is 0.35 %%.")));
}

/* jdz.mf_annual_interest(year, opening_balance, deposit_dates, deposit_amounts, demand_rate, one_year_rate, applied_rate) */
PG_FUNCTION_INFO_V1(mf_annual_interest);
Datum
mf_annual_interest(PG_FUNCTION_ARGS)
{
	int32		year;
	Cny			opening;
	ArrayType  *dates_a;
	ArrayType  *amounts_a;
	Datum	   *dates;
	Datum	   *amounts;
	bool	   *dnulls;
	bool	   *anulls;
	int			nd;
	int			na;
	int16		typlen;
	bool		typbyval;
	char		typalign;
	Numeric		demand;
	Numeric		one_year;
	Numeric		applied;
	DateADT		jan1;
	DateADT		next_jan1;
	Numeric		sum;
	Numeric		total;
	Numeric		q;
	Numeric		r;

	if (PG_ARGISNULL(0))
		mf_null("year", "MF-10", "第十条(三)");
	year = PG_GETARG_INT32(0);
	if (year < 1 || year > 5874896)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("year %d is out of range", year),
				 MF_DETAIL("MF-10", "第十条(三)")));
	jan1 = date2j(year, 1, 1) - POSTGRES_EPOCH_JDATE;
	next_jan1 = date2j(year + 1, 1, 1) - POSTGRES_EPOCH_JDATE;

	if (PG_ARGISNULL(1))
		mf_null("opening_balance", "MF-10", "第十条(三)");
	opening = PG_GETARG_CNY(1);
	if (opening < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("opening_balance must not be negative"),
				 MF_DETAIL("MF-10", "第十条(三)")));

	if (PG_ARGISNULL(2))
		mf_null("deposit_dates", "MF-10", "第十条(三)");
	dates_a = PG_GETARG_ARRAYTYPE_P(2);
	get_typlenbyvalalign(ARR_ELEMTYPE(dates_a), &typlen, &typbyval, &typalign);
	deconstruct_array(dates_a, ARR_ELEMTYPE(dates_a), typlen, typbyval, typalign,
					  &dates, &dnulls, &nd);
	for (int i = 0; i < nd; i++)
	{
		DateADT		d;

		if (dnulls[i])
			mf_null("an element of deposit_dates", "MF-10", "第十条(三)");
		d = DatumGetDateADT(dates[i]);
		if (DATE_NOT_FINITE(d) || d < jan1 || d >= next_jan1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("deposit date %s is outside year %d",
							DatumGetCString(DirectFunctionCall1(date_out, dates[i])), year),
					 MF_DETAIL("MF-10", "第十条(三)"),
					 errhint("Deposits of earlier years belong to opening_balance.")));
	}

	if (PG_ARGISNULL(3))
		mf_null("deposit_amounts", "MF-10", "第十条(三)");
	amounts_a = PG_GETARG_ARRAYTYPE_P(3);
	get_typlenbyvalalign(ARR_ELEMTYPE(amounts_a), &typlen, &typbyval, &typalign);
	deconstruct_array(amounts_a, ARR_ELEMTYPE(amounts_a), typlen, typbyval, typalign,
					  &amounts, &anulls, &na);
	for (int i = 0; i < na; i++)
	{
		if (anulls[i])
			mf_null("an element of deposit_amounts", "MF-10", "第十条(三)");
		if (DatumGetCny(amounts[i]) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("deposit amounts must not be negative"),
					 MF_DETAIL("MF-10", "第十条(三)"),
					 errhint("Withdrawals during the year are not handled.")));
	}
	if (na != nd)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("deposit_dates has %d elements but deposit_amounts has %d", nd, na),
				 MF_DETAIL("MF-10", "第十条(三)")));

	if (PG_ARGISNULL(4))
		mf_null("demand_rate", "MF-10", "第十条(三)");
	demand = PG_GETARG_NUMERIC(4);
	mf_check_rate(demand, "demand_rate");
	if (PG_ARGISNULL(5))
		mf_null("one_year_rate", "MF-10", "第十条(三)");
	one_year = PG_GETARG_NUMERIC(5);
	mf_check_rate(one_year, "one_year_rate");
	if (PG_ARGISNULL(6))
		applied = one_year;
	else
	{
		applied = PG_GETARG_NUMERIC(6);
		mf_check_rate(applied, "applied_rate");
		if (mf_cmp(applied, one_year) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("applied_rate must not be lower than one_year_rate"),
					 MF_DETAIL("MF-10", "第十条(三)"),
					 errhint("The balance brought forward earns at least the one-year time-deposit rate (不低于一年期同期银行定期利率).")));
	}

	/* 360 × interest in fen = opening × applied × 360 + demand × Σ amount × days */
	sum = mf_const()->zero;
	for (int i = 0; i < nd; i++)
	{
		int64		days = next_jan1 - DatumGetDateADT(dates[i]);

		sum = mf_add(sum, mf_mul(mf_int(DatumGetCny(amounts[i])), mf_int(days)));
	}
	total = mf_add(mf_mul(mf_mul(mf_int(opening), applied), mf_const()->n360),
				   mf_mul(demand, sum));
	/* half-up division by 360, exactly: q = trunc(total / 360), r = total − 360 q */
	q = DatumGetNumeric(DirectFunctionCall2(numeric_div_trunc, NumericGetDatum(total),
											NumericGetDatum(mf_const()->n360)));
	r = numeric_sub_opt_error(total, mf_mul(q, mf_const()->n360), NULL);
	if (mf_cmp(mf_mul(r, mf_const()->two), mf_const()->n360) >= 0)
		q = mf_add(q, mf_const()->one);
	PG_RETURN_CNY(mf_to_fen(q, MF_HALF_UP, "the interest", "MF-10", "第十条(三)"));
}

/* ------------------------------------------------------------------------
 * MF-11/12 delivery gate
 * ------------------------------------------------------------------------ */

/* jdz.mf_may_deliver(due, paid, paid_on, handover_on): deposit in the account by handover */
PG_FUNCTION_INFO_V1(mf_may_deliver);
Datum
mf_may_deliver(PG_FUNCTION_ARGS)
{
	Cny			due;
	Cny			paid;
	DateADT		handover_on;

	if (PG_ARGISNULL(0))
		mf_null("due", "MF-11", "第十一条");
	due = PG_GETARG_CNY(0);
	if (due < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("due must not be negative"),
				 MF_DETAIL("MF-11", "第十一条")));
	if (PG_ARGISNULL(1))
		mf_null("paid", "MF-11", "第十一条");
	paid = PG_GETARG_CNY(1);
	if (paid < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("paid must not be negative"),
				 MF_DETAIL("MF-11", "第十一条")));
	if (PG_ARGISNULL(2) && paid > 0)
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("paid_on must not be NULL when paid is positive"),
				 MF_DETAIL("MF-11", "第十一条"),
				 errhint("Give the day the (last part of the) deposit reached the special account.")));
	if (PG_ARGISNULL(3))
		mf_null("handover_on", "MF-12", "第十二条");
	handover_on = PG_GETARG_DATEADT(3);

	if (due == 0)
		PG_RETURN_BOOL(true);
	if (paid < due || PG_ARGISNULL(2))
		PG_RETURN_BOOL(false);
	/* a deposit on the handover day is in time (A-MF6) */
	PG_RETURN_BOOL(PG_GETARG_DATEADT(2) <= handover_on);
}

/* ------------------------------------------------------------------------
 * MF-18 replenishment
 * ------------------------------------------------------------------------ */

/* jdz.mf_replenishment(balance, initial_deposit, on_date): below 30 % of the first deposit */
PG_FUNCTION_INFO_V1(mf_replenishment);
Datum
mf_replenishment(PG_FUNCTION_ARGS)
{
	Cny			balance = PG_GETARG_CNY(0);
	Cny			initial = PG_GETARG_CNY(1);
	DateADT		on_date = PG_GETARG_DATEADT(2);
	Numeric		ratio;
	Cny			threshold;
	TupleDesc	tupdesc;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	if (balance < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("balance must not be negative"),
				 MF_DETAIL("MF-18", "第十八条")));
	if (initial <= 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("initial_deposit must be positive"),
				 MF_DETAIL("MF-18", "第十八条"),
				 errhint("Give the sub-account's first (or backfilled) deposit.")));
	mf_check_date(on_date, "on_date", "MF-18", "第十八条");
	ratio = mf_param(mf_params(fcinfo), 0, "mf.replenish_ratio", on_date, fcinfo->flinfo->fn_mcxt);

	/* the minimum balance, rounded up to the fen; balance < ratio × initial ⇔ balance < ceil */
	threshold = mf_to_fen(mf_mul(ratio, mf_int(initial)), MF_CEIL, "the threshold", "MF-18", "第十八条");
	values[0] = BoolGetDatum(balance < threshold);
	values[1] = CnyGetDatum(threshold);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "mf_replenishment must return a composite type");
	tupdesc = BlessTupleDesc(tupdesc);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(tupdesc, values, nulls)));
}

/* ------------------------------------------------------------------------
 * MF-24/25 vote, panel, audit
 * ------------------------------------------------------------------------ */

static void
mf_vote_bad(const char *msg)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("%s", msg),
			 MF_DETAIL("MF-24", "第二十四条(二)、第二十五条(二)")));
}

#ifdef HAVE_INT128
/*
 * A finite numeric as an int128 scaled by 10^16, when it has at most 16
 * decimals and is below 10^20 in magnitude; false otherwise (the caller then
 * uses numeric arithmetic).  Reads the numeric's stored format (header word,
 * weight, base-10000 digits), which pg_upgrade keeps stable across major
 * versions; the layout is that of src/backend/utils/adt/numeric.c.
 */
static bool
mf_numeric_fast(Numeric n, int128 *out)
{
	const char *p = (const char *) n;
	uint16		h;
	int			weight;
	bool		neg;
	const int16 *dig;
	int			nd;
	int			exp;
	int128		v = 0;

	memcpy(&h, p + VARHDRSZ, sizeof(uint16));
	if ((h & 0xC000) == 0xC000)
		return false;			/* NaN or an infinity */
	if (h & 0x8000)
	{
		/* short format: sign 0x2000, weight in 7 bits with its sign */
		neg = (h & 0x2000) != 0;
		weight = (h & 0x0040) ? (int) (int16) (~0x003F | (h & 0x003F)) : (int) (h & 0x003F);
		dig = (const int16 *) (p + VARHDRSZ + sizeof(uint16));
		nd = (VARSIZE(n) - VARHDRSZ - sizeof(uint16)) / sizeof(int16);
	}
	else
	{
		int16		w;

		neg = (h & 0xC000) == 0x4000;
		memcpy(&w, p + VARHDRSZ + sizeof(uint16), sizeof(int16));
		weight = w;
		dig = (const int16 *) (p + VARHDRSZ + 2 * sizeof(uint16));
		nd = (VARSIZE(n) - VARHDRSZ - 2 * sizeof(uint16)) / sizeof(int16);
	}
	if (nd == 0)
	{
		*out = 0;
		return true;
	}
	/* value = Σ dig[i] · 10000^(weight − i); scaled: exponents + 4 */
	exp = weight - (nd - 1) + 4;
	if (weight > 4 || exp < 0)
		return false;
	for (int i = 0; i < nd; i++)
		v = v * 10000 + dig[i];
	while (exp-- > 0)
		v *= 10000;
	*out = neg ? -v : v;
	return true;
}
#endif

/* a·x ≥ b·y (cmp ≥ 0) on exact numerics */
static inline int
mf_cmp_scaled(int a, Numeric x, int b, Numeric y)
{
	return mf_cmp(mf_mul(mf_int(a), x), mf_mul(mf_int(b), y));
}

/* jdz.mf_vote_outcome(matter, total_area, total_owners, voted_area, voted_owners, yes_area, yes_owners) */
PG_FUNCTION_INFO_V1(mf_vote_outcome);
Datum
mf_vote_outcome(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	int			matter;
	Numeric		total_area = PG_GETARG_NUMERIC(1);
	int64		total_owners = PG_GETARG_INT32(2);
	Numeric		voted_area = PG_GETARG_NUMERIC(3);
	int64		voted_owners = PG_GETARG_INT32(4);
	Numeric		yes_area = PG_GETARG_NUMERIC(5);
	int64		yes_owners = PG_GETARG_INT32(6);
	int			result;

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "mf_vote_matter", matter_labels);
		mf_enum_init(&c->e[1], "mf_vote_result", vote_result_labels);
		c->ready = true;
	}
	matter = mf_enum_pos(&c->e[0], PG_GETARG_DATUM(0));

#ifdef HAVE_INT128
	{
		int128		t;
		int128		v;
		int128		y;

		if (mf_numeric_fast(total_area, &t) && mf_numeric_fast(voted_area, &v) &&
			mf_numeric_fast(yes_area, &y))
		{
			/* the same checks and thresholds as below, in exact integers */
			if (t <= 0)
				mf_vote_bad("total_area must be a positive number");
			if (total_owners <= 0)
				mf_vote_bad("total_owners must be positive");
			if (v < 0)
				mf_vote_bad("voted_area must be a non-negative number");
			if (v > t)
				mf_vote_bad("voted_area must not exceed total_area");
			if (voted_owners < 0)
				mf_vote_bad("voted_owners must not be negative");
			if (voted_owners > total_owners)
				mf_vote_bad("voted_owners must not exceed total_owners");
			if (y < 0)
				mf_vote_bad("yes_area must be a non-negative number");
			if (y > v)
				mf_vote_bad("yes_area must not exceed voted_area");
			if (yes_owners < 0)
				mf_vote_bad("yes_owners must not be negative");
			if (yes_owners > voted_owners)
				mf_vote_bad("yes_owners must not exceed voted_owners");
			if (3 * voted_owners < 2 * total_owners || 3 * v < 2 * t)
				result = V_QUORUM_NOT_MET;
			else if (matter == M_REPAIR)
				result = (2 * yes_owners > voted_owners && 2 * y > v) ? V_APPROVED : V_REJECTED;
			else
				result = (4 * yes_owners >= 3 * voted_owners && 4 * y >= 3 * v) ? V_APPROVED : V_REJECTED;
			PG_RETURN_DATUM(mf_enum_datum(&c->e[1], result));
		}
	}
#endif

	if (numeric_is_nan(total_area) || numeric_is_inf(total_area) || mf_sign(total_area) <= 0)
		mf_vote_bad("total_area must be a positive number");
	if (total_owners <= 0)
		mf_vote_bad("total_owners must be positive");
	if (numeric_is_nan(voted_area) || numeric_is_inf(voted_area) || mf_sign(voted_area) < 0)
		mf_vote_bad("voted_area must be a non-negative number");
	if (mf_cmp(voted_area, total_area) > 0)
		mf_vote_bad("voted_area must not exceed total_area");
	if (voted_owners < 0)
		mf_vote_bad("voted_owners must not be negative");
	if (voted_owners > total_owners)
		mf_vote_bad("voted_owners must not exceed total_owners");
	if (numeric_is_nan(yes_area) || numeric_is_inf(yes_area) || mf_sign(yes_area) < 0)
		mf_vote_bad("yes_area must be a non-negative number");
	if (mf_cmp(yes_area, voted_area) > 0)
		mf_vote_bad("yes_area must not exceed voted_area");
	if (yes_owners < 0)
		mf_vote_bad("yes_owners must not be negative");
	if (yes_owners > voted_owners)
		mf_vote_bad("yes_owners must not exceed voted_owners");

	/* quorum: two thirds of the area and of the owners take part (三分之二以上) */
	if (3 * voted_owners < 2 * total_owners ||
		mf_cmp_scaled(3, voted_area, 2, total_area) < 0)
		result = V_QUORUM_NOT_MET;
	else if (matter == M_REPAIR)
		/* more than half of those who took part (过半数, strict) */
		result = (2 * yes_owners > voted_owners &&
				  mf_cmp_scaled(2, yes_area, 1, voted_area) > 0) ? V_APPROVED : V_REJECTED;
	else
		/* three quarters of those who took part (四分之三以上) */
		result = (4 * yes_owners >= 3 * voted_owners &&
				  mf_cmp_scaled(4, yes_area, 3, voted_area) >= 0) ? V_APPROVED : V_REJECTED;
	PG_RETURN_DATUM(mf_enum_datum(&c->e[1], result));
}

/* jdz.mf_acceptance_panel_ok(members, owner_members): ≥ 7 members, owners ≥ 50 % */
PG_FUNCTION_INFO_V1(mf_acceptance_panel_ok);
Datum
mf_acceptance_panel_ok(PG_FUNCTION_ARGS)
{
	int64		members = PG_GETARG_INT32(0);
	int64		owners = PG_GETARG_INT32(1);

	if (members < 0 || owners < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be negative", members < 0 ? "members" : "owner_members"),
				 MF_DETAIL("MF-24p", "第二十四条(四)、第二十五条(四)")));
	if (owners > members)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("owner_members must not exceed members"),
				 MF_DETAIL("MF-24p", "第二十四条(四)、第二十五条(四)")));
	PG_RETURN_BOOL(members >= 7 && 2 * owners >= members);
}

/* jdz.mf_price_audit(final_amount, custody, on_date): audit from 20000 yuan */
PG_FUNCTION_INFO_V1(mf_price_audit);
Datum
mf_price_audit(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	Cny			amount = PG_GETARG_CNY(0);
	int			custody;
	DateADT		on_date = PG_GETARG_DATEADT(2);
	Numeric		threshold;
	int			result;

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "mf_custody", custody_labels);
		mf_enum_init(&c->e[1], "mf_audit", audit_labels);
		c->ready = true;
	}
	if (amount < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("final_amount must not be negative"),
				 MF_DETAIL("MF-24a", "第二十四条(五)、第二十五条(五)")));
	custody = mf_enum_pos(&c->e[0], PG_GETARG_DATUM(1));
	mf_check_date(on_date, "on_date", "MF-24a", "第二十四条(五)、第二十五条(五)");
	threshold = mf_param(mf_params(fcinfo), 0, "mf.audit_threshold", on_date, fcinfo->flinfo->fn_mcxt);

	/* 两万元以上（含）: amount in fen ≥ threshold in yuan × 100, exactly */
	if (mf_cmp(mf_int(amount), mf_mul(threshold, mf_const()->hundred)) >= 0)
		result = AU_MANDATORY;
	else
		result = custody == K_ASSEMBLY ? AU_OPTIONAL : AU_NOT_REQUIRED;
	PG_RETURN_DATUM(mf_enum_datum(&c->e[1], result));
}

/* ------------------------------------------------------------------------
 * MF-27 emergency repair
 * ------------------------------------------------------------------------ */

/* jdz.mf_emergency_repair(situation, evidence, district_verified): the vote may be skipped */
PG_FUNCTION_INFO_V1(mf_emergency_repair);
Datum
mf_emergency_repair(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	int			situation;
	ArrayType  *ev = PG_GETARG_ARRAYTYPE_P(1);
	bool		verified = PG_GETARG_BOOL(2);
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	bool		found = false;

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "mf_emergency", emergency_labels);
		mf_enum_init(&c->e[1], "mf_evidence", evidence_labels);
		c->ready = true;
	}
	situation = mf_enum_pos(&c->e[0], PG_GETARG_DATUM(0));
	deconstruct_array(ev, ARR_ELEMTYPE(ev), sizeof(Oid), true, TYPALIGN_INT, &elems, &nulls, &n);
	for (int i = 0; i < n; i++)
	{
		int			e;
		bool		accepted;

		if (nulls[i])
			mf_null("an element of evidence", "MF-27", "第二十七条");
		e = mf_enum_pos(&c->e[1], elems[i]);
		switch (situation)
		{
			case E_LIFT_DANGER:
				accepted = e == EV_LIFT_NOTICE;
				break;
			case E_WATER_FAILURE:
				accepted = e == EV_PROFESSIONAL_OPINION;
				break;
			case E_FIRE_HAZARD:
				accepted = e == EV_FIRE_NOTICE || e == EV_GOVERNMENT_DIRECTIVE;
				break;
			default:
				accepted = e == EV_INSPECTION_REPORT;
				break;
		}
		found = found || accepted;
	}
	PG_RETURN_BOOL(verified && found);
}

/* ------------------------------------------------------------------------
 * MF-36/37/38 fine caps
 * ------------------------------------------------------------------------ */

/* jdz.mf_max_fine(violation, misappropriated, uncorrected, on_date): the largest lawful fine */
PG_FUNCTION_INFO_V1(mf_max_fine);
Datum
mf_max_fine(PG_FUNCTION_ARGS)
{
	MfCache    *c = mf_cache(fcinfo);
	int			violation;
	Cny			amount = PG_GETARG_CNY(1);
	bool		uncorrected = PG_GETARG_BOOL(2);
	DateADT		on_date = PG_GETARG_DATEADT(3);
	MemoryContext mcxt = fcinfo->flinfo->fn_mcxt;
	Numeric		v;

	if (!c->ready)
	{
		mf_enum_init(&c->e[0], "mf_violation", violation_labels);
		c->ready = true;
	}
	violation = mf_enum_pos(&c->e[0], PG_GETARG_DATUM(0));
	if (amount < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("misappropriated must not be negative"),
				 MF_DETAIL("MF-38", "第三十八条")));
	if (amount != 0 && violation != VI_MISAPPROPRIATION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("misappropriated must be 0.00 unless the violation is misappropriation"),
				 MF_DETAIL("MF-38", "第三十八条"),
				 errhint("Only the fine for misappropriation (第三十八条) depends on an amount.")));
	mf_check_date(on_date, "on_date", "MF-36", "第三十六条");

	switch (violation)
	{
		case VI_SELLING_UNIT_BREACH:
			/* 第三十六条: an order to correct only */
			PG_RETURN_CNY(0);
		case VI_DEVELOPER_DELIVERY:
		case VI_DEVELOPER_APPORTION:
			v = mf_param(mf_params(fcinfo), 0,
						 violation == VI_DEVELOPER_DELIVERY ? "mf.fine_cap.developer_delivery" :
						 "mf.fine_cap.developer_apportion", on_date, mcxt);
			if (!uncorrected)
				PG_RETURN_CNY(0);
			/* a maximum shown to the fen rounds down */
			PG_RETURN_CNY(mf_to_fen(mf_mul(v, mf_const()->hundred), MF_FLOOR, "the fine cap",
									"MF-37", "第三十七条"));
		default:
			v = mf_param(mf_params(fcinfo), 0, "mf.fine_cap.misappropriation_multiple", on_date, mcxt);
			PG_RETURN_CNY(mf_to_fen(mf_mul(v, mf_int(amount)), MF_FLOOR, "the fine cap",
									"MF-38", "第三十八条"));
	}
}
