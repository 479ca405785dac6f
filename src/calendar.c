/*
 * calendar.c — the holiday calendar (core §4): working days with make-up
 * workdays (调休), cached per backend.
 *
 * The cache covers the span of years from the first to the last row of
 * jdz.calendar_year.  For each day of the span it keeps the running count of
 * working days since the span's first day (cum[]), and for each working-day
 * ordinal the day it falls on (nth[]), so every question is answered with
 * two array look-ups whatever N is.  Outside the span, and in the years of
 * the span that have no calendar_year row, days are plain Monday–Friday — but
 * such years are only used when jdz.uncovered_years = weekends_only;
 * otherwise they raise 22023.  Plain Monday–Friday counting is a closed form
 * (weekday_count), so it is O(1) too.
 *
 * The cache is built completely in its own memory context before it
 * replaces the old one.  Statement triggers on jdz.calendar_day and
 * jdz.calendar_year (jdz.registry_changed) send a relcache invalidation of
 * the table at commit; the callback registered in jdz_calendar_init() marks
 * the cache stale, so every session's next call uses the committed state.
 */
#include "jdzpolicy.h"

#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/memutils.h"

/* jdz.uncovered_years */
typedef enum
{
	UNCOVERED_ERROR,
	UNCOVERED_WEEKENDS_ONLY
} UncoveredMode;

static const struct config_enum_entry uncovered_options[] = {
	{"error", UNCOVERED_ERROR, false},
	{"weekends_only", UNCOVERED_WEEKENDS_ONLY, false},
	{NULL, 0, false}
};

static int	uncovered_years = UNCOVERED_ERROR;

/* day kinds as stored per day of the span */
#define DK_WORKDAY		0
#define DK_WEEKEND		1
#define DK_HOLIDAY		2
#define DK_MAKEUP		3

typedef struct CalendarCache
{
	MemoryContext cxt;
	int			ymin;			/* first year of the span; 0 if no year */
	int			ymax;
	DateADT		first;			/* 1 January of ymin */
	DateADT		last;			/* 31 December of ymax */
	int32	   *cum;			/* cum[i]: working days in [first, first + i] */
	DateADT    *nth;			/* nth[k]: the (k+1)-th working day of the span */
	int32		total;			/* working days in the span */
	uint8	   *kind;			/* DK_* of each day of the span */
	int32	   *uncovered;		/* uncovered[i]: years of ymin..ymin+i-1 without a row */
} CalendarCache;

static CalendarCache *cal = NULL;
static bool cal_valid = false;
static Oid	cal_day_relid = InvalidOid;
static Oid	cal_year_relid = InvalidOid;

static void
calendar_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == cal_day_relid || relid == cal_year_relid)
		cal_valid = false;
}

/* Load-time set-up: the GUC jdz.uncovered_years and the cache invalidation. */
void
jdz_calendar_init(void)
{
	DefineCustomEnumVariable("jdz.uncovered_years",
							 "What a working-day question about a year with no row in jdz.calendar_year does.",
							 "error (the default) raises SQLSTATE 22023; weekends_only assumes plain Monday to Friday.",
							 &uncovered_years,
							 UNCOVERED_ERROR,
							 uncovered_options,
							 PGC_USERSET,
							 0,
							 NULL, NULL, NULL);
	JDZ_MARK_GUC_PREFIX_RESERVED("jdz");
	CacheRegisterRelcacheCallback(calendar_relcache_callback, (Datum) 0);
}

/* ---- plain Monday–Friday arithmetic, closed form ---- */

/* 2000-01-03, a Monday, as a DateADT */
#define MONDAY0		2

static inline int64
floor_div(int64 a, int64 b)
{
	int64		q = a / b;

	if ((a % b != 0) && ((a < 0) != (b < 0)))
		q--;
	return q;
}

/* F(d): a cumulative count of Monday–Friday days, F(d) - F(d-1) = 1 iff d is one */
static inline int64
weekday_count(int64 d)
{
	int64		x = d - MONDAY0 + 1;
	int64		w = floor_div(x, 7);
	int64		r = x - 7 * w;

	return 5 * w + Min(r, 5);
}

/* the day d with weekday_count(d) = t that is a weekday (the inverse of F) */
static inline int64
weekday_nth(int64 t)
{
	int64		q = floor_div(t - 1, 5);
	int64		r = (t - 1) - 5 * q;

	return MONDAY0 + 7 * q + r;
}

static inline bool
is_weekend(int64 d)
{
	int64		x = (d - MONDAY0) - 7 * floor_div(d - MONDAY0, 7);

	return x >= 5;
}

static int
date_year(DateADT d)
{
	int			y,
				m,
				dd;

	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	return y;
}

/* ---- the cache ---- */

/* Read both tables into a new cache allocated in cxt. */
static CalendarCache *
calendar_load(MemoryContext cxt)
{
	CalendarCache *c;
	bool	   *covered = NULL;
	int			nyears = 0;
	int			ndays;
	int			i;
	uint64		r;
	int32		count;
	int			ymin = 0,
				ymax = 0;

	{
		c = MemoryContextAllocZero(cxt, sizeof(CalendarCache));
		c->cxt = cxt;

		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");

		/* the covered years */
		if (SPI_execute("SELECT year FROM jdz.calendar_year", true, 0) != SPI_OK_SELECT)
			elog(ERROR, "SPI_execute on jdz.calendar_year failed");
		for (r = 0; r < SPI_processed; r++)
		{
			bool		isnull;
			int			y = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull));

			if (isnull)
				continue;
			if (y < 1 || y > 9999)
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("jdz.calendar_year holds the year %d, outside 1–9999", y)));
			if (ymin == 0 || y < ymin)
				ymin = y;
			if (y > ymax)
				ymax = y;
		}
		if (ymin > 0)
		{
			nyears = ymax - ymin + 1;
			covered = palloc0(nyears * sizeof(bool));
			for (r = 0; r < SPI_processed; r++)
			{
				bool		isnull;
				int			y = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &isnull));

				if (!isnull)
					covered[y - ymin] = true;
			}
		}

		c->ymin = ymin;
		c->ymax = ymax;
		if (nyears > 0)
		{
			c->first = date2j(ymin, 1, 1) - POSTGRES_EPOCH_JDATE;
			c->last = date2j(ymax, 12, 31) - POSTGRES_EPOCH_JDATE;
			ndays = c->last - c->first + 1;
			c->kind = MemoryContextAlloc(cxt, ndays);
			c->cum = MemoryContextAlloc(cxt, ndays * sizeof(int32));
			c->uncovered = MemoryContextAllocZero(cxt, (nyears + 1) * sizeof(int32));
			for (i = 0; i < nyears; i++)
				c->uncovered[i + 1] = c->uncovered[i] + (covered[i] ? 0 : 1);
			for (i = 0; i < ndays; i++)
				c->kind[i] = is_weekend((int64) c->first + i) ? DK_WEEKEND : DK_WORKDAY;

			/* the exceptions of the covered years */
			if (SPI_execute("SELECT day, kind FROM jdz.calendar_day", true, 0) != SPI_OK_SELECT)
				elog(ERROR, "SPI_execute on jdz.calendar_day failed");
			for (r = 0; r < SPI_processed; r++)
			{
				bool		dnull,
							knull;
				DateADT		d = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 1, &dnull));
				Datum		kd = SPI_getbinval(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, 2, &knull);
				char	   *k;

				if (dnull || knull || DATE_NOT_FINITE(d) || d < c->first || d > c->last)
					continue;
				if (!covered[date_year(d) - ymin])
					continue;	/* a year without its notice: plain weekdays */
				k = TextDatumGetCString(kd);
				if (strcmp(k, "holiday") == 0)
					c->kind[d - c->first] = DK_HOLIDAY;
				else if (strcmp(k, "makeup_workday") == 0)
					c->kind[d - c->first] = DK_MAKEUP;
				pfree(k);
			}

			count = 0;
			for (i = 0; i < ndays; i++)
			{
				if (c->kind[i] == DK_WORKDAY || c->kind[i] == DK_MAKEUP)
					count++;
				c->cum[i] = count;
			}
			c->total = count;
			c->nth = MemoryContextAlloc(cxt, Max(count, 1) * sizeof(DateADT));
			for (i = 0; i < ndays; i++)
				if (c->kind[i] == DK_WORKDAY || c->kind[i] == DK_MAKEUP)
					c->nth[c->cum[i] - 1] = c->first + i;
		}
		SPI_finish();			/* frees covered[] with the SPI context */
	}
	return c;
}

/* Build the cache and swap it in (the old one stays if the build fails). */
static void
calendar_build(void)
{
	MemoryContext cxt;
	CalendarCache *c = NULL;

	cal_day_relid = jdz_table_relid("calendar_day");
	cal_year_relid = jdz_table_relid("calendar_year");
	cxt = AllocSetContextCreate(TopMemoryContext, "jdzpolicy calendar", ALLOCSET_DEFAULT_SIZES);
	PG_TRY();
	{
		c = calendar_load(cxt);
	}
	PG_CATCH();
	{
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();

	if (cal)
		MemoryContextDelete(cal->cxt);
	cal = c;
	cal_valid = true;
}

static inline CalendarCache *
calendar_get(void)
{
	if (!cal_valid || cal == NULL)
		calendar_build();
	return cal;
}

/* ---- coverage ---- */

static void
uncovered_error(int year)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("the holiday calendar does not cover the year %d", year),
			 errdetail("Working days of a year are known only once its official holiday notice is loaded (core §4)."),
			 errhint("Load the %d notice into jdz.calendar_day and add its row to jdz.calendar_year, or SET jdz.uncovered_years = 'weekends_only' to assume plain Monday to Friday.", year)));
}

/* every year from d1 to d2 (d1 <= d2) is covered, or the GUC allows it */
static void
check_covered(CalendarCache *c, int64 d1, int64 d2)
{
	int			y1,
				y2;

	/* the common case: inside a span without gaps */
	if (c->ymin != 0 && d1 >= c->first && d2 <= c->last && c->uncovered[c->ymax - c->ymin + 1] == 0)
		return;
	if (uncovered_years == UNCOVERED_WEEKENDS_ONLY)
		return;
	if (c->ymin == 0 || d1 < c->first)
		uncovered_error(date_year((DateADT) d1));
	if (d2 > c->last)
		uncovered_error(d1 > c->last ? date_year((DateADT) d1) : c->ymax + 1);
	y1 = date_year((DateADT) d1);
	y2 = date_year((DateADT) d2);
	if (c->uncovered[y2 - c->ymin + 1] - c->uncovered[y1 - c->ymin] != 0)
	{
		int			y;

		for (y = y1; y <= y2; y++)
			if (c->uncovered[y - c->ymin + 1] != c->uncovered[y - c->ymin])
				uncovered_error(y);
	}
}

static void
check_date(DateADT d)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("working days are not defined for an infinite date")));
}

/* the working-day ordinal of d: non-decreasing, +1 on each working day */
static inline int64
ordinal(CalendarCache *c, int64 d)
{
	if (c->ymin == 0)
		return weekday_count(d);
	if (d < c->first)
		return weekday_count(d) - weekday_count((int64) c->first - 1);
	if (d > c->last)
		return (int64) c->total + weekday_count(d) - weekday_count(c->last);
	return c->cum[d - c->first];
}

/* the working day whose ordinal is t */
static inline int64
ordinal_day(CalendarCache *c, int64 t)
{
	if (c->ymin == 0)
		return weekday_nth(t);
	if (t <= 0)
		return weekday_nth(t + weekday_count((int64) c->first - 1));
	if (t > c->total)
		return weekday_nth(t - c->total + weekday_count(c->last));
	return c->nth[t - 1];
}

static DateADT
checked_date(int64 d)
{
	if (d < (int64) (DATETIME_MIN_JULIAN - POSTGRES_EPOCH_JDATE) ||
		d >= (int64) (DATE_END_JULIAN - POSTGRES_EPOCH_JDATE))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("date out of range")));
	return (DateADT) d;
}

/* ---- the C API of jdzpolicy.h ---- */

/* the DK_* kind of a day (22023 for an uncovered year) */
static int
day_kind_of(DateADT d)
{
	CalendarCache *c = calendar_get();

	check_date(d);
	check_covered(c, d, d);
	if (c->ymin != 0 && d >= c->first && d <= c->last)
		return c->kind[d - c->first];
	return is_weekend(d) ? DK_WEEKEND : DK_WORKDAY;
}

bool
jdz_is_workday(DateADT d)
{
	int			k = day_kind_of(d);

	return k == DK_WORKDAY || k == DK_MAKEUP;
}

/* the name of a day's kind (a static string) */
const char *
jdz_day_kind(DateADT d)
{
	static const char *const names[] = {"workday", "weekend", "holiday", "makeup_workday"};

	return names[day_kind_of(d)];
}

DateADT
jdz_add_workdays(DateADT d, int32 n)
{
	CalendarCache *c = calendar_get();
	int64		x;

	check_date(d);
	if (n == 0)
		return d;
	if (n > 0)
		x = ordinal_day(c, ordinal(c, d) + n);
	else
		x = ordinal_day(c, ordinal(c, (int64) d - 1) + n + 1);
	x = checked_date(x);
	check_covered(c, Min(x, (int64) d), Max(x, (int64) d));
	return (DateADT) x;
}

DateADT
jdz_next_workday(DateADT d)
{
	CalendarCache *c = calendar_get();
	int64		x;

	check_date(d);
	x = checked_date(ordinal_day(c, ordinal(c, (int64) d - 1) + 1));
	check_covered(c, d, x);
	return (DateADT) x;
}

int32
jdz_workdays_between(DateADT from, DateADT to)
{
	CalendarCache *c = calendar_get();

	check_date(from);
	check_date(to);
	check_covered(c, Min(from, to), Max(from, to));
	return (int32) (ordinal(c, to) - ordinal(c, from));
}

/* ---- SQL entry points ---- */

/* is_workday: a working day (Monday–Friday not a holiday, or a make-up day) */
PG_FUNCTION_INFO_V1(calendar_is_workday);
Datum
calendar_is_workday(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_is_workday(PG_GETARG_DATEADT(0)));
}

/* day_kind: workday, weekend, holiday or makeup_workday */
PG_FUNCTION_INFO_V1(calendar_day_kind);
Datum
calendar_day_kind(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(jdz_day_kind(PG_GETARG_DATEADT(0))));
}

/* add_workdays: the N-th working day after d (before d for N < 0) */
PG_FUNCTION_INFO_V1(calendar_add_workdays);
Datum
calendar_add_workdays(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(jdz_add_workdays(PG_GETARG_DATEADT(0), PG_GETARG_INT32(1)));
}

/* workdays_between: working days in (from, to], negative if to < from */
PG_FUNCTION_INFO_V1(calendar_workdays_between);
Datum
calendar_workdays_between(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(jdz_workdays_between(PG_GETARG_DATEADT(0), PG_GETARG_DATEADT(1)));
}

/* next_workday: d itself if a working day, else the next one */
PG_FUNCTION_INFO_V1(calendar_next_workday);
Datum
calendar_next_workday(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATEADT(jdz_next_workday(PG_GETARG_DATEADT(0)));
}

/* calendar_reset: drop this session's calendar cache */
PG_FUNCTION_INFO_V1(calendar_reset);
Datum
calendar_reset(PG_FUNCTION_ARGS)
{
	cal_valid = false;
	PG_RETURN_VOID();
}
