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

/* ---- apportion.c: apportionment (core §9) ---- */

/* ---- docno.c, registry.c: document numbers, documents, parameters, rules (core §3, §6–§8) ---- */
extern void jdz_registry_init(void);

/* ---- calendar.c: the holiday calendar (core §4) ---- */
extern void jdz_calendar_init(void);

/* ---- timelimit.c, deadline.c: time limits and deadlines (core §3, §5) ---- */

/* ---- families ---- */

#endif							/* JDZPOLICY_H */
