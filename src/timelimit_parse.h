/*
 * timelimit_parse.h — the pure parser and formatters of legal time limits
 * (jdz.time_limit, core §3).
 *
 * Plain C with no PostgreSQL server calls, so the fuzz target
 * (test/fuzz/timelimit_fuzz.c) can link it alone.  Text is UTF-8.
 */
#ifndef JDZ_TIMELIMIT_PARSE_H
#define JDZ_TIMELIMIT_PARSE_H

#include <stddef.h>
#include <stdint.h>

/* the units of core §3, in the order of the btree operator class */
typedef enum JdzTlUnit
{
	JDZ_TL_HOUR = 0,
	JDZ_TL_DAY = 1,
	JDZ_TL_WORKING_DAY = 2,
	JDZ_TL_MONTH = 3,
	JDZ_TL_YEAR = 4
} JdzTlUnit;

#define JDZ_TL_NUNITS		5
#define JDZ_TL_MAX_COUNT	100000
#define JDZ_TL_MAX_INPUT	256		/* bytes; longer input is refused */
/* "100000 working days" / "100000个工作日", NUL included, rounded up */
#define JDZ_TL_MAX_TEXT		32

typedef struct JdzTimeLimitParts
{
	int32_t		count;			/* 0 .. JDZ_TL_MAX_COUNT */
	JdzTlUnit	unit;
} JdzTimeLimitParts;

typedef enum JdzTlParseStatus
{
	JDZ_TL_PARSE_OK = 0,
	JDZ_TL_PARSE_SYNTAX,		/* not a time limit: 22P02 */
	JDZ_TL_PARSE_RANGE			/* a count above JDZ_TL_MAX_COUNT: 22003 */
} JdzTlParseStatus;

/*
 * Parse len bytes of s.  Returns JDZ_TL_PARSE_OK and fills *out on success;
 * otherwise sets *why (a static English phrase).  Never reads beyond s+len.
 *
 * Accepted: optional white space (ASCII or U+3000) around and between a
 * count and a unit.  The count is ASCII or full-width digits, or a Chinese
 * numeral (零〇一二两三四五六七八九十百千万, 十五 = 15, 一百零五 = 105,
 * 十万 = 100000).  English units (any letter case, singular or plural):
 * hour, day, working day, month, year; short forms h, d, wd, mon, y.
 * Chinese units: 小时/个小时, 日/天, 工作日/个工作日, 个月, 年.  A Chinese
 * numeral takes a Chinese unit only.  A bare 月 is refused: "3月" is March.
 */
extern JdzTlParseStatus jdz_timelimit_parse(const char *s, size_t len,
											JdzTimeLimitParts *out,
											const char **why);

/* The English long form ("5 working days", "1 month") into buf (JDZ_TL_MAX_TEXT bytes); its length. */
extern int	jdz_timelimit_format(const JdzTimeLimitParts *p, char *buf);

/* The Chinese form ("5个工作日", "3个月", "30日", "2小时", "5年") into buf; its length. */
extern int	jdz_timelimit_format_zh(const JdzTimeLimitParts *p, char *buf);

/* The unit's SQL name: hour, day, working_day, month, year. */
extern const char *jdz_timelimit_unit_name(JdzTlUnit unit);

/* A unit from its SQL name (exact, lower case); 1 if found. */
extern int	jdz_timelimit_unit_from_name(const char *name, JdzTlUnit *unit);

#endif							/* JDZ_TIMELIMIT_PARSE_H */
