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

/* ---- docno.c, registry.c: document numbers, documents, parameters, rules (core §3, §6–§8) ---- */
extern void jdz_registry_init(void);

/* ---- calendar.c: the holiday calendar (core §4) ---- */
extern void jdz_calendar_init(void);

/* ---- timelimit.c, deadline.c: time limits and deadlines (core §3, §5) ---- */

/* ---- families ---- */

#endif							/* JDZPOLICY_H */
