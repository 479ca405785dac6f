/*
 * compat.h — every difference between the PostgreSQL versions jdzpolicy
 * builds against lives here, and nowhere else.
 *
 * Supported and tested: PostgreSQL 15.  The shims below let the same
 * sources build on 13–17.
 */
#ifndef JDZ_COMPAT_H
#define JDZ_COMPAT_H

#include "postgres.h"

#if PG_VERSION_NUM < 130000
#error "jdzpolicy requires PostgreSQL 13 or later"
#endif

/*
 * Soft errors in input functions (PostgreSQL 16+): ereturn() reports into
 * fcinfo->context when the caller asked for soft errors (pg_input_is_valid),
 * and throws otherwise.  Before 16 there is no such context: throw.
 */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#define JDZ_HAVE_SOFT_ERRORS 1
#else
#define JDZ_HAVE_SOFT_ERRORS 0
#define ereturn(context, dummy_value, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
		pg_unreachable(); \
	} while (0)
#define errsave(context, ...) \
	do { \
		(void) (context); \
		ereport(ERROR, __VA_ARGS__); \
	} while (0)
#define SOFT_ERROR_OCCURRED(escontext) false
#endif

/* reserving the "jdz." GUC prefix (PostgreSQL 15 renamed the function) */
#if PG_VERSION_NUM >= 150000
#define JDZ_MARK_GUC_PREFIX_RESERVED(p) MarkGUCPrefixReserved(p)
#else
#define JDZ_MARK_GUC_PREFIX_RESERVED(p) EmitWarningsOnPlaceholders(p)
#endif

/* varatt.h was split out of postgres.h in 16 */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

#endif							/* JDZ_COMPAT_H */
