/*
 * jdzpolicy.h — declarations shared by the C files of jdzpolicy.
 */
#ifndef JDZPOLICY_H
#define JDZPOLICY_H

#include "compat.h"

#include "fmgr.h"

/* ---- jdz.cny: an exact amount of yuan, stored as int64 fen ---- */
typedef int64 Cny;

#define DatumGetCny(X)		DatumGetInt64(X)
#define CnyGetDatum(X)		Int64GetDatum(X)
#define PG_GETARG_CNY(n)	DatumGetCny(PG_GETARG_DATUM(n))
#define PG_RETURN_CNY(x)	return CnyGetDatum(x)

/* ---- the Beijing time zone of every legal date (core §2) ---- */
#define JDZ_LEGAL_TIMEZONE	"Asia/Shanghai"

/* module.c */
extern void _PG_init(void);

/*
 * Each part below has its own section, filled by the file that implements
 * it.  A part that needs set-up at load time declares one init function here
 * and calls it from _PG_init() in module.c.
 */

/* ---- cny.c: money (core §3) ---- */
#include "utils/numeric.h"

/* Rounding modes of jdz.round_fen and of the Numeric-to-Cny helpers. */
typedef enum JdzRoundMode
{
	JDZ_ROUND_HALF_UP = 0,		/* half away from zero (四舍五入), the default */
	JDZ_ROUND_HALF_EVEN,		/* half to the even fen (banker's) */
	JDZ_ROUND_DOWN,				/* toward zero */
	JDZ_ROUND_UP,				/* away from zero */
	JDZ_ROUND_FLOOR,			/* toward -infinity: a maximum shown to the fen */
	JDZ_ROUND_CEILING			/* toward +infinity: a minimum shown to the fen */
} JdzRoundMode;

/* Valid amounts are symmetric: PG_INT64_MIN is never a jdz.cny. */
#define JDZ_CNY_MAX			PG_INT64_MAX
#define JDZ_CNY_MIN			(-PG_INT64_MAX)

/* An amount of yuan (any scale) rounded to the fen in mode; 22003 if out of range. */
extern Cny	jdz_numeric_to_cny(Numeric yuan, int mode);

/* An exact amount in fen (any scale) rounded to whole fen in mode; what names it in errors. */
extern Cny	jdz_numeric_fen_to_cny(Numeric fen, int mode, const char *what);

/* The exact amount in yuan, as a numeric of scale 2. */
extern Numeric jdz_cny_to_numeric(Cny c);

/* Overflow-checked a + b and a - b (22003). */
extern Cny	jdz_cny_add(Cny a, Cny b);
extern Cny	jdz_cny_sub(Cny a, Cny b);

/* Raise 22003 "<what> is out of range for type jdz.cny". */
extern void jdz_cny_overflow(const char *what) pg_attribute_noreturn();

/* A mode name ("half_up", ..., "ceiling") to its JdzRoundMode; false if unknown. */
extern bool jdz_round_mode_from_name(const char *name, int *mode);

/* ---- apportion.c: apportionment (core §9) ---- */

/*
 * The largest-remainder split of total by the n weights w (non-NULL; each
 * must be a positive finite numeric, else 22023) into out[0..n), exact to
 * the fen: Σ out = total, ties to the lower index.
 */
extern void jdz_apportion(Cny total, Numeric *w, int64 n, Cny *out);

/* ---- docno.c, registry.c: document numbers, documents, parameters, rules (core §3, §6–§8) ---- */
#include "docno_parse.h"
#include "nodes/nodes.h"
#include "utils/date.h"
#include "utils/numeric.h"

/* jdz.docno on disk: int32 year, int32 serial, the issuer code in UTF-8 */
typedef struct JdzDocno
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int32		year;
	int32		serial;
	char		issuer[FLEXIBLE_ARRAY_MEMBER];	/* not NUL-terminated */
} JdzDocno;

#define JDZ_DOCNO_ISSUER_LEN(d)	((int) (VARSIZE(d) - offsetof(JdzDocno, issuer)))
#define DatumGetDocnoP(X)		((JdzDocno *) PG_DETOAST_DATUM(X))
#define PG_GETARG_DOCNO(n)		DatumGetDocnoP(PG_GETARG_DATUM(n))

/* a jdz.docno from its parts (palloc'd) */
extern JdzDocno *jdz_docno_make(const JdzDocnoParts *p);
/* the parts of a jdz.docno */
extern void jdz_docno_parts(const JdzDocno *d, JdzDocnoParts *p);
/* parse text in the server encoding; NULL after a soft error into escontext (22P02) */
extern JdzDocno *jdz_docno_from_cstring(const char *str, Node *escontext);
/* canonical text 景府发〔2023〕11号 in the server encoding (palloc'd) */
extern char *jdz_docno_to_cstring(const JdzDocno *d);
/* btree order: issuer (bytewise UTF-8), year, serial; -1, 0, 1 */
extern int	jdz_docno_compare(const JdzDocno *a, const JdzDocno *b);

/*
 * jdz.param(key, on_date) for C callers: the value of the parameter in force
 * on that date, from the per-backend cache (a copy in the current memory
 * context).  Raises 22023 naming key and date when there is none.
 */
extern Numeric jdz_param_numeric(const char *key, DateADT on_date);
/* the same, but returns false instead of raising when there is no value */
extern bool jdz_param_lookup(const char *key, DateADT on_date, Numeric *value);
/*
 * jdz.doc_status(docno, on_date) for C callers (a static string: unknown,
 * not_yet_effective, in_force, expired, repealed), from the per-backend cache.
 */
extern const char *jdz_doc_status(const JdzDocno *docno, DateADT on_date);
extern void jdz_registry_init(void);
extern Oid	jdz_table_relid(const char *name);	/* OID of jdz.<name>, 42P01 if absent */

/* ---- calendar.c: the holiday calendar (core §4) ---- */
extern void jdz_calendar_init(void);
#include "utils/date.h"
/* working days (core §2, §4); each raises 22023 for an uncovered year */
extern bool jdz_is_workday(DateADT d);
extern DateADT jdz_add_workdays(DateADT d, int32 n);	/* n < 0 counts back */
extern DateADT jdz_next_workday(DateADT d);	/* d itself if a working day */
extern int32 jdz_workdays_between(DateADT from, DateADT to);	/* in (from, to] */

extern const char *jdz_day_kind(DateADT d);	/* workday, weekend, holiday, makeup_workday */

/* ---- timelimit.c, deadline.c: time limits and deadlines (core §3, §5) ---- */
#include "timelimit_parse.h"
#include "utils/timestamp.h"

/*
 * jdz.time_limit is pass-by-value: the unit in the high 32 bits, the count
 * (0..100000) in the low ones, so the int64 order is the btree order (unit,
 * then count).
 */
typedef int64 JdzTimeLimit;

#define JDZ_TL_MAKE(count, unit)	((((int64) (unit)) << 32) | (int64) (uint32) (count))
#define JDZ_TL_COUNT(t)			((int32) ((t) & INT64CONST(0xFFFFFFFF)))
#define JDZ_TL_UNIT(t)			((JdzTlUnit) ((t) >> 32))
#define DatumGetTimeLimit(X)	DatumGetInt64(X)
#define TimeLimitGetDatum(X)	Int64GetDatum(X)
#define PG_GETARG_TIMELIMIT(n)	DatumGetTimeLimit(PG_GETARG_DATUM(n))
#define PG_RETURN_TIMELIMIT(x)	return TimeLimitGetDatum(x)

/* "5 working days" (palloc'd) */
extern char *jdz_timelimit_to_cstring(JdzTimeLimit t);

/* the Beijing date of an instant, whatever the session TimeZone (22023 if not finite) */
extern DateADT jdz_beijing_date(TimestampTz t);
/* the last instant of a Beijing day, 23:59:59.999999 +08 */
extern TimestampTz jdz_beijing_day_end(DateADT d);

/* core §5: the end of a period (no move) and the due day (moved off rest days); 22023 for hours */
extern DateADT jdz_period_end(DateADT start, JdzTimeLimit lim);
extern DateADT jdz_due_date(DateADT start, JdzTimeLimit lim);
extern void jdz_deadline_init(void);

/* ---- families ---- */

#endif							/* JDZPOLICY_H */
