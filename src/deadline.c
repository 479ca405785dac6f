/*
 * deadline.c — deadlines (core §2, §5): jdz.due, jdz.period_end,
 * jdz.is_late, jdz.due_explain, and the same looked up by rule in
 * jdz.time_limit_rule.
 *
 * The start day never counts: N days end on start + N; months and years end
 * on the corresponding day, or on the last day of a month that has none;
 * working days are jdz.add_workdays.  jdz.due moves an end that falls on a
 * rest day to the next working day (第二百零三条); jdz.period_end never moves.
 * Hours run from the exact instant and need a timestamptz start.  Every
 * other unit reads a timestamptz start as its Beijing date and ends at
 * 23:59:59.999999 Beijing time on the last day.
 *
 * jdz.time_limit_rule is cached per backend in a hash table keyed by
 * (rule_id, variant), dropped by a relcache invalidation of the table (its
 * statement trigger sends one), like the calendar and parameter caches.
 */
#include "jdzpolicy.h"

#include "access/xact.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "lib/stringinfo.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"

#define DL_DETAIL_GEN	"GEN-03, core §2 and §5 (民法典 第二百零一条至第二百零三条)"

/* 1992-01-01 00:00 UTC: China has kept UTC+8 without DST since 1991-09 */
#define BEIJING_FIXED_FROM	(-INT64CONST(252460800000000))
#define BEIJING_OFFSET		(INT64CONST(8) * USECS_PER_HOUR)

static pg_tz *
beijing_tz(void)
{
	static pg_tz *tz = NULL;

	if (tz == NULL)
	{
		tz = pg_tzset(JDZ_LEGAL_TIMEZONE);
		if (tz == NULL)
			elog(ERROR, "time zone \"%s\" is not available", JDZ_LEGAL_TIMEZONE);
	}
	return tz;
}

/* The Beijing date of an instant, whatever the session TimeZone. */
DateADT
jdz_beijing_date(TimestampTz t)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			tzoff;

	if (TIMESTAMP_NOT_FINITE(t))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the start of a time limit must be a finite timestamp"),
				 errdetail(DL_DETAIL_GEN ": legal dates are Beijing dates.")));
	if (t >= BEIJING_FIXED_FROM)
	{
		/* t + 8 h cannot overflow: finite timestamps end far below INT64_MAX */
		int64		local = t + BEIJING_OFFSET;
		int64		days = local / USECS_PER_DAY;

		if (local < 0 && days * USECS_PER_DAY != local)
			days--;				/* floor, for the years 1992–1999 */
		return (DateADT) days;
	}
	if (timestamp2tm(t, &tzoff, &tm, &fsec, NULL, beijing_tz()) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	return date2j(tm.tm_year, tm.tm_mon, tm.tm_mday) - POSTGRES_EPOCH_JDATE;
}

/* The last instant of a Beijing day: the next Beijing midnight less 1 µs. */
TimestampTz
jdz_beijing_day_end(DateADT d)
{
	int64		next = (int64) d + 1;
	TimestampTz midnight;

	if (next >= (int64) (TIMESTAMP_END_JULIAN - POSTGRES_EPOCH_JDATE))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range"),
				 errdetail("The last day of the time limit is beyond the last timestamp PostgreSQL can store.")));
	if (next * USECS_PER_DAY - BEIJING_OFFSET >= BEIJING_FIXED_FROM)
		midnight = next * USECS_PER_DAY - BEIJING_OFFSET;
	else
	{
		struct pg_tm tm = {0};
		int			tzoff;

		j2date((int) (next + POSTGRES_EPOCH_JDATE), &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
		tzoff = DetermineTimeZoneOffset(&tm, beijing_tz());
		if (tm2timestamp(&tm, 0, &tzoff, &midnight) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("timestamp out of range")));
	}
	return midnight - 1;
}

/* ---- the arithmetic of core §2 ---- */

static void
hours_need_instant(JdzTimeLimit lim)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("a time limit in hours needs a timestamptz start, not a date: %s",
					jdz_timelimit_to_cstring(lim)),
			 errdetail(DL_DETAIL_GEN ": hours run from the exact instant."),
			 errhint("Pass the start as a timestamptz: jdz.due(start_at, lim).")));
}

static void
finite_date(DateADT d)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("the start of a time limit must be a finite date"),
				 errdetail(DL_DETAIL_GEN ".")));
}

static DateADT
date_in_range(int64 d)
{
	if (d < (int64) (DATETIME_MIN_JULIAN - POSTGRES_EPOCH_JDATE) ||
		d >= (int64) (DATE_END_JULIAN - POSTGRES_EPOCH_JDATE))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range"),
				 errdetail("The time limit ends beyond the dates PostgreSQL can store.")));
	return (DateADT) d;
}

/* start + months, on the corresponding day or the month's last day; *clamped if it had none */
static DateADT
add_months(DateADT start, int64 months, bool *clamped)
{
	int			y,
				m,
				d;
	int64		mi,
				ny;
	int			nm,
				last;

	j2date(start + POSTGRES_EPOCH_JDATE, &y, &m, &d);
	mi = (int64) (m - 1) + months;
	ny = (int64) y + mi / 12;
	nm = (int) (mi % 12) + 1;
	if (ny > 5874897 || ny < -4713)
		date_in_range(PG_INT64_MAX);
	last = day_tab[isleap(ny)][nm - 1];
	*clamped = d > last;
	if (d > last)
		d = last;
	if (!IS_VALID_JULIAN(ny, nm, d))
		date_in_range(PG_INT64_MAX);
	return date_in_range((int64) date2j((int) ny, nm, d) - POSTGRES_EPOCH_JDATE);
}

/* The unmoved end of lim from start; *clamped for a month-end clamp. */
static DateADT
period_end_internal(DateADT start, JdzTimeLimit lim, bool *clamped)
{
	int32		n = JDZ_TL_COUNT(lim);

	*clamped = false;
	finite_date(start);
	switch (JDZ_TL_UNIT(lim))
	{
		case JDZ_TL_DAY:
			return date_in_range((int64) start + n);
		case JDZ_TL_WORKING_DAY:
			return jdz_add_workdays(start, n);
		case JDZ_TL_MONTH:
			return add_months(start, n, clamped);
		case JDZ_TL_YEAR:
			return add_months(start, (int64) n * 12, clamped);
		case JDZ_TL_HOUR:
			break;
	}
	hours_need_instant(lim);
	return start;				/* not reached */
}

DateADT
jdz_period_end(DateADT start, JdzTimeLimit lim)
{
	bool		clamped;

	return period_end_internal(start, lim, &clamped);
}

/*
 * The due day: the end, moved to the next working day if it is a rest day.
 * A positive count of working days already ends on a working day.
 */
DateADT
jdz_due_date(DateADT start, JdzTimeLimit lim)
{
	DateADT		end = jdz_period_end(start, lim);

	if (JDZ_TL_UNIT(lim) == JDZ_TL_WORKING_DAY && JDZ_TL_COUNT(lim) > 0)
		return end;
	return jdz_next_workday(end);
}

/* start + N hours, exactly */
static TimestampTz
add_hours(TimestampTz start, JdzTimeLimit lim)
{
	TimestampTz r;

	if (TIMESTAMP_NOT_FINITE(start))
		jdz_beijing_date(start);	/* raises */
	r = start + (int64) JDZ_TL_COUNT(lim) * USECS_PER_HOUR;
	if (!IS_VALID_TIMESTAMP(r))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	return r;
}

/* The due instant of lim from an instant, moving (due) or not (period_end). */
static TimestampTz
due_instant(TimestampTz start, JdzTimeLimit lim, bool moves)
{
	DateADT		d;

	if (JDZ_TL_UNIT(lim) == JDZ_TL_HOUR)
		return add_hours(start, lim);
	d = jdz_beijing_date(start);
	return jdz_beijing_day_end(moves ? jdz_due_date(d, lim) : jdz_period_end(d, lim));
}

/* ---- formatting for jdz.due_explain ---- */

static void
iso_date(StringInfo s, DateADT d)
{
	int			y,
				m,
				dd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	if (y > 0)
		appendStringInfo(s, "%04d-%02d-%02d", y, m, dd);
	else
		appendStringInfo(s, "%04d-%02d-%02d BC", 1 - y, m, dd);
}

/* an instant in Beijing time, 2024-10-08 23:59:59.999999+08 */
static void
beijing_instant(StringInfo s, TimestampTz t)
{
	struct pg_tm tm;
	fsec_t		fsec;
	int			tzoff;
	int			off;

	if (timestamp2tm(t, &tzoff, &tm, &fsec, NULL, beijing_tz()) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range")));
	appendStringInfo(s, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year, tm.tm_mon, tm.tm_mday,
					 tm.tm_hour, tm.tm_min, tm.tm_sec);
	if (fsec != 0)
		appendStringInfo(s, ".%06d", (int) fsec);
	off = -tzoff;
	appendStringInfo(s, "%c%02d", off < 0 ? '-' : '+', Abs(off) / 3600);
	if (Abs(off) % 3600 != 0)
		appendStringInfo(s, ":%02d", (Abs(off) % 3600) / 60);
}

static void
json_key(StringInfo s, const char *key, bool *first)
{
	if (!*first)
		appendStringInfoString(s, ", ");
	*first = false;
	escape_json(s, key);
	appendStringInfoString(s, ": ");
}

static void
json_str(StringInfo s, const char *key, const char *value, bool *first)
{
	json_key(s, key, first);
	if (value == NULL)
		appendStringInfoString(s, "null");
	else
		escape_json(s, value);
}

static void
json_date(StringInfo s, const char *key, DateADT d, bool *first)
{
	StringInfoData v;

	initStringInfo(&v);
	iso_date(&v, d);
	json_str(s, key, v.data, first);
	pfree(v.data);
}

static void
json_instant(StringInfo s, const char *key, TimestampTz t, bool *first)
{
	StringInfoData v;

	initStringInfo(&v);
	beijing_instant(&v, t);
	json_str(s, key, v.data, first);
	pfree(v.data);
}

/* what a rule contributes to an explanation; NULLs for the bare (start, lim) form */
typedef struct ExplainRule
{
	const char *rule_id;
	const char *variant;
	const char *docno;
	const char *article;
	const char *subject;
	const char *starts_on;
} ExplainRule;

/*
 * The explanation of a deadline (core §8): rule, document, article, inputs,
 * parameters (none: a time limit has no dated parameter), steps, result.
 * is_instant says whether start is a timestamptz (start_ts) or a date.
 */
static Datum
explain(const ExplainRule *r, bool is_instant, DateADT start_d, TimestampTz start_ts,
		JdzTimeLimit lim, bool moves)
{
	StringInfoData s;
	bool		first = true;
	bool		f;
	DateADT		start = start_d;
	DateADT		end = 0;
	DateADT		due = 0;
	TimestampTz result_ts = 0;
	bool		clamped = false;
	int32		n = JDZ_TL_COUNT(lim);
	JdzTlUnit	unit = JDZ_TL_UNIT(lim);
	char	   *limtext = jdz_timelimit_to_cstring(lim);

	/* compute first, so errors are those of jdz.due */
	if (is_instant && unit == JDZ_TL_HOUR)
		result_ts = add_hours(start_ts, lim);
	else
	{
		if (is_instant)
			start = jdz_beijing_date(start_ts);
		end = period_end_internal(start, lim, &clamped);
		due = moves ? jdz_due_date(start, lim) : end;
		if (is_instant)
			result_ts = jdz_beijing_day_end(due);
	}

	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	json_str(&s, "rule", r ? r->rule_id : "GEN-03", &first);
	if (r)
		json_str(&s, "variant", r->variant, &first);
	json_str(&s, "document", r ? r->docno : "中华人民共和国民法典", &first);
	json_str(&s, "article", r ? r->article : "第二百零一条至第二百零三条 (core §2, §5)", &first);
	if (r)
	{
		json_str(&s, "subject", r->subject, &first);
		json_str(&s, "starts_on", r->starts_on, &first);
	}

	json_key(&s, "inputs", &first);
	appendStringInfoChar(&s, '{');
	f = true;
	if (r)
	{
		json_str(&s, "rule_id", r->rule_id, &f);
		json_str(&s, "variant", r->variant, &f);
	}
	if (is_instant)
		json_instant(&s, "start", start_ts, &f);
	else
		json_date(&s, "start", start_d, &f);
	json_str(&s, "time_limit", limtext, &f);
	json_key(&s, "moves", &f);
	appendStringInfoString(&s, moves ? "true" : "false");
	appendStringInfoString(&s, "}, \"parameters\": [], \"steps\": [");
	if (is_instant && unit == JDZ_TL_HOUR)
	{
		appendStringInfo(&s, "{\"step\": \"add_hours\", \"hours\": %d, ", n);
		f = true;
		json_instant(&s, "instant", result_ts, &f);
		appendStringInfoString(&s, ", \"note\": \"hours run from the exact instant and never move\"}");
	}
	else
	{
		f = true;
		appendStringInfoChar(&s, '{');
		json_str(&s, "step", "start", &f);
		json_date(&s, "date", start, &f);
		json_str(&s, "note", is_instant
				 ? "the Beijing date of the start; the start day is not counted"
				 : "the start day is not counted", &f);
		appendStringInfoString(&s, "}, {");
		f = true;
		switch (unit)
		{
			case JDZ_TL_DAY:
				json_str(&s, "step", "add_days", &f);
				appendStringInfo(&s, ", \"days\": %d", n);
				json_date(&s, "date", end, &f);
				break;
			case JDZ_TL_WORKING_DAY:
				json_str(&s, "step", "add_workdays", &f);
				appendStringInfo(&s, ", \"working_days\": %d", n);
				json_date(&s, "date", end, &f);
				appendStringInfo(&s, ", \"rest_days_skipped\": %d",
								 (int) ((int64) end - start - n));
				break;
			case JDZ_TL_MONTH:
			case JDZ_TL_YEAR:
				json_str(&s, "step", "add_months", &f);
				appendStringInfo(&s, ", \"months\": %lld",
								 (long long) (unit == JDZ_TL_YEAR ? (int64) n * 12 : n));
				json_date(&s, "date", end, &f);
				if (clamped)
					json_str(&s, "note", "that month has no corresponding day: its last day", &f);
				break;
			case JDZ_TL_HOUR:
				break;
		}
		appendStringInfoString(&s, "}, {");
		f = true;
		if (!moves)
		{
			json_str(&s, "step", "no_move", &f);
			json_str(&s, "note", "a ban, cap or qualifying duration never moves (core §2)", &f);
		}
		else if (due != end)
		{
			json_str(&s, "step", "move", &f);
			json_date(&s, "from", end, &f);
			json_str(&s, "kind", jdz_day_kind(end), &f);
			json_date(&s, "to", due, &f);
			json_str(&s, "note", "a deadline for doing something that ends on a rest day moves to the next working day (第二百零三条)", &f);
		}
		else
		{
			json_str(&s, "step", "no_move", &f);
			json_str(&s, "kind", jdz_day_kind(end), &f);
			json_str(&s, "note", "the last day is a working day", &f);
		}
		appendStringInfoChar(&s, '}');
		if (is_instant)
		{
			appendStringInfoString(&s, ", {");
			f = true;
			json_str(&s, "step", "end_of_day", &f);
			json_instant(&s, "instant", result_ts, &f);
			json_str(&s, "note", "done_at <= due is the on-time test", &f);
			appendStringInfoChar(&s, '}');
		}
	}
	appendStringInfoString(&s, "], ");
	first = true;
	if (is_instant)
		json_instant(&s, "result", result_ts, &first);
	else
		json_date(&s, "result", due, &first);
	appendStringInfoChar(&s, '}');
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(s.data));
}

/* ---- jdz.time_limit_rule, cached ---- */

#define RULE_ID_MAX		64		/* the table's CHECK bounds both texts */
#define RULE_KEY_MAX	(2 * (RULE_ID_MAX * 4 + 1))

typedef struct RuleEntry
{
	char		key[RULE_KEY_MAX];	/* rule_id NUL variant NUL, NUL-padded */
	JdzTimeLimit lim;
	bool		moves;
	char	   *rule_id;		/* into key */
	char	   *variant;		/* into key */
	char	   *docno;			/* in rule_cxt, or NULL */
	char	   *article;
	char	   *subject;
	char	   *starts_on;
} RuleEntry;

static HTAB *rule_cache = NULL;
static MemoryContext rule_cxt = NULL;
static Oid	rule_relid = InvalidOid;
static bool rule_valid = false;
static uint64 rule_generation = 0;	/* bumped by every invalidation */
static uint64 rule_epoch = 0;	/* bumped by every rebuild (entries freed) */

static void
rule_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == rule_relid)
	{
		rule_valid = false;
		rule_generation++;
	}
}

/* Load-time set-up: the rule cache's invalidation. */
void
jdz_deadline_init(void)
{
	CacheRegisterRelcacheCallback(rule_relcache_callback, (Datum) 0);
}

static bool
rule_key(const char *rule_id, int rlen, const char *variant, int vlen, char *key)
{
	memset(key, 0, RULE_KEY_MAX);
	if (rlen < 0 || vlen < 0 || rlen + vlen + 2 > RULE_KEY_MAX)
		return false;
	memcpy(key, rule_id, rlen);
	memcpy(key + rlen + 1, variant, vlen);
	return true;
}

static char *
spi_text(HeapTuple tup, TupleDesc td, int col, MemoryContext cxt)
{
	bool		isnull;
	Datum		v = SPI_getbinval(tup, td, col, &isnull);

	if (isnull)
		return NULL;
	return MemoryContextStrdup(cxt, TextDatumGetCString(v));
}

/* Build the cache from jdz.time_limit_rule and swap it in. */
static void
rule_build(void)
{
	uint64		generation = rule_generation;
	MemoryContext cxt;
	MemoryContext old;
	HASHCTL		ctl;
	HTAB	   *h;
	int			ret;

	rule_relid = jdz_table_relid("time_limit_rule");
	cxt = AllocSetContextCreate(TopMemoryContext, "jdz time_limit_rule cache",
								ALLOCSET_SMALL_SIZES);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = RULE_KEY_MAX;
	ctl.entrysize = sizeof(RuleEntry);
	ctl.hcxt = cxt;
	h = hash_create("jdz time_limit_rule", 128, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);

	PG_TRY();
	{
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		ret = SPI_execute("SELECT r.rule_id, r.variant, r.lim, r.moves, r.docno::pg_catalog.text, "
						  "r.article, r.subject, r.starts_on FROM jdz.time_limit_rule r", true, 0);
		if (ret != SPI_OK_SELECT)
			elog(ERROR, "reading jdz.time_limit_rule failed");
		for (uint64 i = 0; i < SPI_processed; i++)
		{
			HeapTuple	tup = SPI_tuptable->vals[i];
			TupleDesc	td = SPI_tuptable->tupdesc;
			bool		n1,
						n2,
						n3,
						n4;
			Datum		rid = SPI_getbinval(tup, td, 1, &n1);
			Datum		var = SPI_getbinval(tup, td, 2, &n2);
			Datum		lim = SPI_getbinval(tup, td, 3, &n3);
			Datum		mv = SPI_getbinval(tup, td, 4, &n4);
			char		key[RULE_KEY_MAX];
			RuleEntry  *e;
			bool		found;
			text	   *rt,
					   *vt;

			if (n1 || n2 || n3 || n4)
				continue;		/* the table's NOT NULLs forbid it */
			rt = DatumGetTextPP(rid);
			vt = DatumGetTextPP(var);
			if (!rule_key(VARDATA_ANY(rt), VARSIZE_ANY_EXHDR(rt), VARDATA_ANY(vt),
						  VARSIZE_ANY_EXHDR(vt), key))
				continue;		/* the table's CHECK forbids it */
			e = hash_search(h, key, HASH_ENTER, &found);
			e->lim = DatumGetTimeLimit(lim);
			e->moves = DatumGetBool(mv);
			e->rule_id = e->key;
			e->variant = e->key + strlen(e->key) + 1;
			e->docno = spi_text(tup, td, 5, cxt);
			e->article = spi_text(tup, td, 6, cxt);
			e->subject = spi_text(tup, td, 7, cxt);
			e->starts_on = spi_text(tup, td, 8, cxt);
		}
		SPI_finish();
	}
	PG_CATCH();
	{
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();

	old = rule_cxt;
	rule_cache = h;
	rule_cxt = cxt;
	rule_epoch++;
	if (old != NULL)
		MemoryContextDelete(old);
	rule_valid = (generation == rule_generation);
}

static int
cmp_cstring(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* 22023 for an unknown rule or variant, listing the variants the rule has */
static void
rule_unknown(const char *rule_id, const char *variant)
{
	HASH_SEQ_STATUS st;
	RuleEntry  *e;
	char	  **names = palloc(sizeof(char *) * (hash_get_num_entries(rule_cache) + 1));
	int			n = 0;
	StringInfoData list;

	hash_seq_init(&st, rule_cache);
	while ((e = hash_seq_search(&st)) != NULL)
		if (strcmp(e->rule_id, rule_id) == 0)
			names[n++] = e->variant;
	if (n == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown time-limit rule \"%s\"", rule_id),
				 errdetail("Core §5: jdz.time_limit_rule has no row for rule %s.", rule_id),
				 errhint("SELECT rule_id, variant, lim FROM jdz.time_limit_rule lists the rules; a DBA adds a missing one there.")));
	qsort(names, n, sizeof(char *), cmp_cstring);
	initStringInfo(&list);
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
			appendStringInfoString(&list, ", ");
		appendStringInfo(&list, "'%s'", names[i]);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("time-limit rule %s has no variant \"%s\"", rule_id, variant),
			 errdetail("Core §5: the variants of %s in jdz.time_limit_rule are %s.", rule_id, list.data),
			 errhint("Pass one of these variants.")));
}

/*
 * Per call site: the last few (rule_id, variant) pairs looked up, each with
 * a pointer to its entry of rule_cache (dynahash entries do not move; the
 * epoch says the cache has not been rebuilt since).  A column of one
 * rule, or of one rule's few variants (the hotline's categories), costs a
 * length check and a short compare per row instead of a hash lookup.
 */
#define RULE_CALL_SLOTS 8

typedef struct RuleCallSlot
{
	int			rlen;
	int			vlen;
	const RuleEntry *e;
} RuleCallSlot;

typedef struct RuleCallCache
{
	uint64		epoch;			/* rule_epoch of the slots' entries */
	int			n;				/* slots filled */
	int			next;			/* the slot to replace when all are filled */
	RuleCallSlot slot[RULE_CALL_SLOTS];
} RuleCallCache;

static inline bool
rule_slot_matches(const RuleCallSlot *s, const char *r, int rlen, const char *v, int vlen)
{
	return s->rlen == rlen && s->vlen == vlen &&
		memcmp(s->e->rule_id, r, rlen) == 0 && memcmp(s->e->variant, v, vlen) == 0;
}

/* The row (rule_id, variant) of the first two arguments (valid for the call). */
static const RuleEntry *
rule_lookup(FunctionCallInfo fcinfo)
{
	text	   *rt = PG_GETARG_TEXT_PP(0);
	text	   *vt = PG_GETARG_TEXT_PP(1);
	const char *r = VARDATA_ANY(rt);
	const char *v = VARDATA_ANY(vt);
	int			rlen = VARSIZE_ANY_EXHDR(rt);
	int			vlen = VARSIZE_ANY_EXHDR(vt);
	RuleCallCache *cc = (RuleCallCache *) fcinfo->flinfo->fn_extra;
	char		key[RULE_KEY_MAX];
	RuleEntry  *e;
	RuleCallSlot *s;

	if (!rule_valid || rule_cache == NULL)
		rule_build();
	if (cc == NULL)
	{
		cc = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(RuleCallCache));
		fcinfo->flinfo->fn_extra = cc;
	}
	if (cc->epoch != rule_epoch)
	{
		cc->n = 0;				/* the entries were freed with the old cache */
		cc->next = 0;
		cc->epoch = rule_epoch;
	}
	for (int i = 0; i < cc->n; i++)
		if (rule_slot_matches(&cc->slot[i], r, rlen, v, vlen))
			return cc->slot[i].e;
	if (!rule_key(r, rlen, v, vlen, key) ||
		(e = hash_search(rule_cache, key, HASH_FIND, NULL)) == NULL)
		rule_unknown(text_to_cstring(rt), text_to_cstring(vt));
	if (cc->n < RULE_CALL_SLOTS)
		s = &cc->slot[cc->n++];
	else
	{
		s = &cc->slot[cc->next];
		cc->next = (cc->next + 1) % RULE_CALL_SLOTS;
	}
	s->rlen = rlen;
	s->vlen = vlen;
	s->e = e;
	return e;
}

/* ---- SQL entry points ---- */

/* due(date, time_limit): the last day to act, moved off rest days */
PG_FUNCTION_INFO_V1(deadline_due_date);
Datum
deadline_due_date(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(jdz_due_date(PG_GETARG_DATEADT(0), PG_GETARG_TIMELIMIT(1)));
}

/* due(timestamptz, time_limit): the due instant (exact for hours, else the end of the Beijing day) */
PG_FUNCTION_INFO_V1(deadline_due_ts);
Datum
deadline_due_ts(PG_FUNCTION_ARGS)
{
	PG_RETURN_TIMESTAMPTZ(due_instant(PG_GETARG_TIMESTAMPTZ(0), PG_GETARG_TIMELIMIT(1), true));
}

/* period_end(date, time_limit): the end of a period, never moved */
PG_FUNCTION_INFO_V1(deadline_period_end);
Datum
deadline_period_end(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(jdz_period_end(PG_GETARG_DATEADT(0), PG_GETARG_TIMELIMIT(1)));
}

/* is_late(start, lim, done_at): done_at (now() when NULL) after the due instant */
PG_FUNCTION_INFO_V1(deadline_is_late);
Datum
deadline_is_late(PG_FUNCTION_ARGS)
{
	TimestampTz due;
	TimestampTz done;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	due = due_instant(PG_GETARG_TIMESTAMPTZ(0), PG_GETARG_TIMELIMIT(1), true);
	done = PG_ARGISNULL(2) ? GetCurrentTransactionStartTimestamp() : PG_GETARG_TIMESTAMPTZ(2);
	PG_RETURN_BOOL(done > due);
}

/* due_explain(date, time_limit) */
PG_FUNCTION_INFO_V1(deadline_due_explain_date);
Datum
deadline_due_explain_date(PG_FUNCTION_ARGS)
{
	return explain(NULL, false, PG_GETARG_DATEADT(0), 0, PG_GETARG_TIMELIMIT(1), true);
}

/* due_explain(timestamptz, time_limit) */
PG_FUNCTION_INFO_V1(deadline_due_explain_ts);
Datum
deadline_due_explain_ts(PG_FUNCTION_ARGS)
{
	return explain(NULL, true, 0, PG_GETARG_TIMESTAMPTZ(0), PG_GETARG_TIMELIMIT(1), true);
}

/* 22023 for a row in hours given a date start, naming the row */
static void
rule_needs_instant(const RuleEntry *e)
{
	if (JDZ_TL_UNIT(e->lim) == JDZ_TL_HOUR)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("time-limit rule %s%s%s is in hours and needs a timestamptz start, not a date",
						e->rule_id, e->variant[0] ? "/" : "", e->variant),
				 errdetail("%s, %s %s: %s from the exact instant (core §2).", e->rule_id,
						   e->docno ? e->docno : "", e->article ? e->article : "",
						   jdz_timelimit_to_cstring(e->lim)),
				 errhint("Pass the start as a timestamptz: jdz.due('%s', '%s', start_at).",
						 e->rule_id, e->variant)));
}

/* due(rule_id, variant, date): the row's limit, moved when the row's moves is true */
PG_FUNCTION_INFO_V1(deadline_rule_due_date);
Datum
deadline_rule_due_date(PG_FUNCTION_ARGS)
{
	const RuleEntry *e = rule_lookup(fcinfo);
	DateADT		start = PG_GETARG_DATEADT(2);

	rule_needs_instant(e);

	PG_RETURN_DATEADT(e->moves ? jdz_due_date(start, e->lim) : jdz_period_end(start, e->lim));
}

/* due(rule_id, variant, timestamptz) */
PG_FUNCTION_INFO_V1(deadline_rule_due_ts);
Datum
deadline_rule_due_ts(PG_FUNCTION_ARGS)
{
	const RuleEntry *e = rule_lookup(fcinfo);

	PG_RETURN_TIMESTAMPTZ(due_instant(PG_GETARG_TIMESTAMPTZ(2), e->lim, e->moves));
}

/* period_end(rule_id, variant, date): the row's limit, never moved */
PG_FUNCTION_INFO_V1(deadline_rule_period_end);
Datum
deadline_rule_period_end(PG_FUNCTION_ARGS)
{
	const RuleEntry *e = rule_lookup(fcinfo);

	rule_needs_instant(e);
	PG_RETURN_DATEADT(jdz_period_end(PG_GETARG_DATEADT(2), e->lim));
}

static ExplainRule
explain_rule(const RuleEntry *e)
{
	ExplainRule r = {e->rule_id, e->variant, e->docno, e->article, e->subject, e->starts_on};

	return r;
}

/* due_explain(rule_id, variant, date) */
PG_FUNCTION_INFO_V1(deadline_rule_due_explain_date);
Datum
deadline_rule_due_explain_date(PG_FUNCTION_ARGS)
{
	const RuleEntry *e = rule_lookup(fcinfo);
	ExplainRule r = explain_rule(e);

	rule_needs_instant(e);
	return explain(&r, false, PG_GETARG_DATEADT(2), 0, e->lim, e->moves);
}

/* due_explain(rule_id, variant, timestamptz) */
PG_FUNCTION_INFO_V1(deadline_rule_due_explain_ts);
Datum
deadline_rule_due_explain_ts(PG_FUNCTION_ARGS)
{
	const RuleEntry *e = rule_lookup(fcinfo);
	ExplainRule r = explain_rule(e);

	return explain(&r, true, 0, PG_GETARG_TIMESTAMPTZ(2), e->lim, e->moves);
}
