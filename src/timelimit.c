/*
 * timelimit.c — the jdz.time_limit type (core §3): a count and a unit (hour,
 * day, working_day, month, year), its text and binary I/O, its Chinese form,
 * its comparisons and its btree and hash support.
 *
 * Parsing and formatting are plain C in timelimit_parse.c.  Equality
 * compares count and unit (1 month ≠ 30 days).  The ordering operators
 * < <= > >= compare counts within one unit and raise 22023 across units: no
 * legal length order exists between "1 month" and "30 days".  The btree
 * operator class sorts by unit, then count (operators ~<~ ~<=~ ~>=~ ~>~),
 * so ORDER BY, DISTINCT, GROUP BY, merge joins and unique indexes work on a
 * column that mixes units.
 */
#include "jdzpolicy.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

/* text shown in an error: at most this many bytes of the input */
#define TL_SHOWN_MAX	64

static const char TL_HINT[] =
"A time limit is a count and a unit, as in 5 working days, 30 days, 3 months, 1 year, 2 hours, 5wd, 五个工作日 or 3个月.";

/* Parse text in the server encoding; false after a soft error into escontext. */
static bool
timelimit_from_cstring(const char *str, JdzTimeLimit *result, Node *escontext)
{
	size_t		len = strlen(str);
	const char *utf8 = str;
	JdzTimeLimitParts p;
	const char *why = NULL;
	JdzTlParseStatus st;
	int			shown;

	if (len <= JDZ_TL_MAX_INPUT && GetDatabaseEncoding() != PG_UTF8)
		utf8 = (const char *) pg_server_to_any(str, (int) len, PG_UTF8);
	st = jdz_timelimit_parse(utf8, strlen(utf8), &p, &why);
	if (st == JDZ_TL_PARSE_OK)
	{
		*result = JDZ_TL_MAKE(p.count, p.unit);
		return true;
	}
	shown = len > TL_SHOWN_MAX ? pg_mbcliplen(str, (int) len, TL_SHOWN_MAX) : (int) len;
	if (st == JDZ_TL_PARSE_RANGE)
		ereturn(escontext, false,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("time limit out of range"),
				 errdetail("\"%.*s\"%s: %s.", shown, str, (size_t) shown < len ? "…" : "", why),
				 errhint("The count of a time limit is 0 to %d.", JDZ_TL_MAX_COUNT)));
	ereturn(escontext, false,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid time limit"),
			 errdetail("\"%.*s\"%s: %s.", shown, str, (size_t) shown < len ? "…" : "", why),
			 errhint("%s", TL_HINT)));
}

/* "5 working days" in the server encoding (palloc'd; the text is ASCII) */
char *
jdz_timelimit_to_cstring(JdzTimeLimit t)
{
	JdzTimeLimitParts p = {JDZ_TL_COUNT(t), JDZ_TL_UNIT(t)};
	char		buf[JDZ_TL_MAX_TEXT];

	jdz_timelimit_format(&p, buf);
	return pstrdup(buf);
}

/* timelimit_in: text to jdz.time_limit (soft errors) */
PG_FUNCTION_INFO_V1(timelimit_in);
Datum
timelimit_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	JdzTimeLimit t;

	if (!timelimit_from_cstring(str, &t, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_TIMELIMIT(t);
}

/* timelimit_out: the English long form, "5 working days", "1 month" */
PG_FUNCTION_INFO_V1(timelimit_out);
Datum
timelimit_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(jdz_timelimit_to_cstring(PG_GETARG_TIMELIMIT(0)));
}

/* timelimit_recv: binary input, int4 count then int2 unit (0 hour .. 4 year), validated like text */
PG_FUNCTION_INFO_V1(timelimit_recv);
Datum
timelimit_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int32		count = (int32) pq_getmsgint(buf, 4);
	int			unit = (int16) pq_getmsgint(buf, 2);

	if (count < 0 || count > JDZ_TL_MAX_COUNT)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid time limit in binary input"),
				 errdetail("The count %d is outside 0 to %d.", count, JDZ_TL_MAX_COUNT)));
	if (unit < 0 || unit >= JDZ_TL_NUNITS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid time limit in binary input"),
				 errdetail("The unit code %d is not one of 0 (hour) to 4 (year).", unit)));
	PG_RETURN_TIMELIMIT(JDZ_TL_MAKE(count, unit));
}

/* timelimit_send: binary output, int4 count then int2 unit */
PG_FUNCTION_INFO_V1(timelimit_send);
Datum
timelimit_send(PG_FUNCTION_ARGS)
{
	JdzTimeLimit t = PG_GETARG_TIMELIMIT(0);
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint32(&buf, JDZ_TL_COUNT(t));
	pq_sendint16(&buf, (int16) JDZ_TL_UNIT(t));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* timelimit_zh: the Chinese form, 5个工作日, 3个月, 30日, 2小时, 5年 */
PG_FUNCTION_INFO_V1(timelimit_zh);
Datum
timelimit_zh(PG_FUNCTION_ARGS)
{
	JdzTimeLimit t = PG_GETARG_TIMELIMIT(0);
	JdzTimeLimitParts p = {JDZ_TL_COUNT(t), JDZ_TL_UNIT(t)};
	char		buf[JDZ_TL_MAX_TEXT];
	int			n = jdz_timelimit_format_zh(&p, buf);

	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(buf, n, PG_UTF8)));
}

/* timelimit_count: the count */
PG_FUNCTION_INFO_V1(timelimit_count);
Datum
timelimit_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(JDZ_TL_COUNT(PG_GETARG_TIMELIMIT(0)));
}

/* timelimit_unit: the unit, hour, day, working_day, month or year */
PG_FUNCTION_INFO_V1(timelimit_unit);
Datum
timelimit_unit(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(jdz_timelimit_unit_name(JDZ_TL_UNIT(PG_GETARG_TIMELIMIT(0)))));
}

/* timelimit_make: a time limit from a count and a unit name */
PG_FUNCTION_INFO_V1(timelimit_make);
Datum
timelimit_make(PG_FUNCTION_ARGS)
{
	int32		count = PG_GETARG_INT32(0);
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(1));
	JdzTlUnit	unit;

	if (!jdz_timelimit_unit_from_name(name, &unit))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown time-limit unit \"%s\"", name),
				 errhint("The units are hour, day, working_day, month and year.")));
	if (count < 0 || count > JDZ_TL_MAX_COUNT)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("time limit out of range"),
				 errdetail("The count %d is outside 0 to %d.", count, JDZ_TL_MAX_COUNT)));
	PG_RETURN_TIMELIMIT(JDZ_TL_MAKE(count, unit));
}

/* ---- comparisons ---- */

/* the total btree order: unit, then count */
static inline int
timelimit_cmp_internal(JdzTimeLimit a, JdzTimeLimit b)
{
	return a < b ? -1 : (a > b ? 1 : 0);
}

/* the legal order, within one unit only: 22023 across units */
static int
timelimit_cmp_same_unit(JdzTimeLimit a, JdzTimeLimit b)
{
	if (JDZ_TL_UNIT(a) != JDZ_TL_UNIT(b))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot order time limits in different units: %s and %s",
						jdz_timelimit_to_cstring(a), jdz_timelimit_to_cstring(b)),
				 errdetail("Core §3: time limits are ordered within one unit; 1 month is neither shorter nor longer than 30 days."),
				 errhint("Compare the dates they give: jdz.period_end(start, a) < jdz.period_end(start, b).")));
	return timelimit_cmp_internal(a, b);
}

PG_FUNCTION_INFO_V1(timelimit_cmp);
Datum
timelimit_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(timelimit_cmp_internal(PG_GETARG_TIMELIMIT(0), PG_GETARG_TIMELIMIT(1)));
}

#define TL_COMPARE(name, expr) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	JdzTimeLimit a = PG_GETARG_TIMELIMIT(0); \
	JdzTimeLimit b = PG_GETARG_TIMELIMIT(1); \
	PG_RETURN_BOOL(expr); \
}

TL_COMPARE(timelimit_eq, a == b)
TL_COMPARE(timelimit_ne, a != b)
TL_COMPARE(timelimit_lt, timelimit_cmp_same_unit(a, b) < 0)
TL_COMPARE(timelimit_le, timelimit_cmp_same_unit(a, b) <= 0)
TL_COMPARE(timelimit_gt, timelimit_cmp_same_unit(a, b) > 0)
TL_COMPARE(timelimit_ge, timelimit_cmp_same_unit(a, b) >= 0)
TL_COMPARE(timelimit_sort_lt, a < b)
TL_COMPARE(timelimit_sort_le, a <= b)
TL_COMPARE(timelimit_sort_gt, a > b)
TL_COMPARE(timelimit_sort_ge, a >= b)

/* timelimit_hash: hash of the int64 form (equal values, equal hashes) */
PG_FUNCTION_INFO_V1(timelimit_hash);
Datum
timelimit_hash(PG_FUNCTION_ARGS)
{
	return hash_uint32((uint32) JDZ_TL_COUNT(PG_GETARG_TIMELIMIT(0)) ^
					   ((uint32) JDZ_TL_UNIT(PG_GETARG_TIMELIMIT(0)) << 24));
}

PG_FUNCTION_INFO_V1(timelimit_hash_extended);
Datum
timelimit_hash_extended(PG_FUNCTION_ARGS)
{
	JdzTimeLimit t = PG_GETARG_TIMELIMIT(0);

	return hash_uint32_extended((uint32) JDZ_TL_COUNT(t) ^ ((uint32) JDZ_TL_UNIT(t) << 24),
								PG_GETARG_INT64(1));
}
