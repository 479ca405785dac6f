/*
 * calendar.c — the holiday calendar (core §4): working days with make-up
 * workdays (调休), cached per backend.
 */
#include "jdzpolicy.h"

/* Load-time set-up: the GUC jdz.uncovered_years and the cache invalidation. */
void
jdz_calendar_init(void)
{
}
