/*
 * registry.c — documents, dated parameters and rules (core §6–§8); the
 * jdz.param() cache.
 */
#include "jdzpolicy.h"

/* Load-time set-up: the parameter cache's invalidation. */
void
jdz_registry_init(void)
{
}
