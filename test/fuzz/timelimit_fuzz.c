/*
 * test/fuzz/timelimit_fuzz.c — libFuzzer target for the pure time-limit
 * parser (src/timelimit_parse.c): never crashes or reads out of bounds;
 * whatever it accepts has a count in 0..100000 and a known unit, and both
 * its English and its Chinese forms parse back to the same value and format
 * identically; a refusal always gives a reason.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "timelimit_parse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
round_trip(const JdzTimeLimitParts *p, int zh)
{
	char		buf[JDZ_TL_MAX_TEXT];
	char		buf2[JDZ_TL_MAX_TEXT];
	JdzTimeLimitParts q;
	const char *why = NULL;
	int			n = zh ? jdz_timelimit_format_zh(p, buf) : jdz_timelimit_format(p, buf);
	int			n2;

	if (n <= 0 || n >= JDZ_TL_MAX_TEXT || (size_t) n != strlen(buf))
		abort();
	if (jdz_timelimit_parse(buf, n, &q, &why) != JDZ_TL_PARSE_OK)
		abort();
	if (q.count != p->count || q.unit != p->unit)
		abort();
	n2 = zh ? jdz_timelimit_format_zh(&q, buf2) : jdz_timelimit_format(&q, buf2);
	if (n2 != n || memcmp(buf, buf2, n) != 0)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	JdzTimeLimitParts p;
	const char *why = NULL;
	JdzTlParseStatus st = jdz_timelimit_parse((const char *) data, size, &p, &why);

	if (st != JDZ_TL_PARSE_OK)
	{
		if (why == NULL || (st != JDZ_TL_PARSE_SYNTAX && st != JDZ_TL_PARSE_RANGE))
			abort();
		return 0;
	}
	if (p.count < 0 || p.count > JDZ_TL_MAX_COUNT || p.unit < 0 || p.unit >= JDZ_TL_NUNITS)
		abort();
	round_trip(&p, 0);
	round_trip(&p, 1);
	return 0;
}
