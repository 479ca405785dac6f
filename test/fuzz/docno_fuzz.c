/*
 * test/fuzz/docno_fuzz.c — libFuzzer target for the pure document-number
 * parser (src/docno_parse.c): never crashes or reads out of bounds; whatever
 * it accepts formats to a canonical text that parses back to the same parts
 * and formats identically; the issuer it produces passes
 * jdz_docno_issuer_valid().
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "docno_parse.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	JdzDocnoParts p,
				q;
	const char *why = NULL;
	char		buf[JDZ_DOCNO_MAX_TEXT];
	char		buf2[JDZ_DOCNO_MAX_TEXT];
	int			n,
				n2;

	if (!jdz_docno_parse((const char *) data, size, &p, &why))
	{
		if (why == NULL)
			abort();
		return 0;
	}
	if (p.issuer_len <= 0 || p.issuer_len > JDZ_DOCNO_MAX_ISSUER ||
		p.year < JDZ_DOCNO_MIN_YEAR || p.year > JDZ_DOCNO_MAX_YEAR ||
		p.serial < 1 || p.serial > JDZ_DOCNO_MAX_SERIAL)
		abort();
	if (!jdz_docno_issuer_valid(p.issuer, p.issuer_len, &why))
		abort();
	n = jdz_docno_format(&p, buf);
	if (n <= 0 || n >= JDZ_DOCNO_MAX_TEXT || (size_t) n != strlen(buf))
		abort();
	if (!jdz_docno_parse(buf, n, &q, &why))
		abort();
	if (q.issuer_len != p.issuer_len || memcmp(q.issuer, p.issuer, p.issuer_len) != 0 ||
		q.year != p.year || q.serial != p.serial)
		abort();
	n2 = jdz_docno_format(&q, buf2);
	if (n2 != n || memcmp(buf, buf2, n) != 0)
		abort();
	return 0;
}
