/*
 * module.c — the module's magic block, its initialisation and its version.
 */
#include "jdzpolicy.h"

#include "utils/builtins.h"

PG_MODULE_MAGIC;

/*
 * Module load: each part that needs set-up (GUCs, cache invalidation
 * callbacks) registers it here.
 */
void
_PG_init(void)
{
	jdz_calendar_init();
	jdz_registry_init();
	jdz_deadline_init();
}

/* jdz.version(): the version of the loaded module */
PG_FUNCTION_INFO_V1(jdz_version);
Datum
jdz_version(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(JDZ_VERSION));
}
