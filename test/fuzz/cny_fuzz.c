/*
 * cny_fuzz.c — libFuzzer target for the plain-C parser and formatter of
 * jdz.cny (src/cny_parse.c).
 *
 * fuzz-sources: src/cny_parse.c
 *
 * Checks, for every input:
 *   - the parser never reads outside the input (ASan) nor hits undefined
 *     behaviour (UBSan), and an accepted amount is in the symmetric range;
 *   - round trip: parse → format → parse gives the same number of fen, and
 *     the canonical text formats to itself (nothing accepted prints
 *     differently from what it means);
 *   - the formatter, on the first 8 bytes taken as any int64, writes a
 *     NUL-terminated string of the returned length that parses back (for
 *     valid amounts) to the same value.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cny_parse.h"

static void
fail(const char *what, int64_t v)
{
	fprintf(stderr, "cny_fuzz: %s (fen %lld)\n", what, (long long) v);
	abort();
}

static void
check_round_trip(int64_t v)
{
	char		buf[CNY_FORMAT_BUFSIZE];
	char		buf2[CNY_FORMAT_BUFSIZE];
	size_t		n = cny_format(v, buf);
	int64_t		v2 = 0;

	if (n != strlen(buf) || n >= CNY_FORMAT_BUFSIZE)
		fail("formatted length is wrong", v);
	if (v < CNY_FEN_MIN)
		return;					/* not an amount: formatting must only be safe */
	if (cny_parse(buf, n, &v2) != CNY_PARSE_OK)
		fail("canonical text does not parse", v);
	if (v2 != v)
		fail("canonical text parses to another amount", v);
	cny_format(v2, buf2);
	if (strcmp(buf, buf2) != 0)
		fail("canonical text is not a fixed point", v);
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int64_t		v = 0;
	CnyParseStatus st;

	/* copy so that ASan sees exactly size bytes, no terminator */
	char	   *s = malloc(size ? size : 1);

	memcpy(s, data, size);
	st = cny_parse(s, size, &v);
	if (st == CNY_PARSE_OK)
	{
		if (v < CNY_FEN_MIN || v > CNY_FEN_MAX)
			fail("accepted an amount out of range", v);
		check_round_trip(v);
	}
	else if (st != CNY_PARSE_SYNTAX && st != CNY_PARSE_PRECISION && st != CNY_PARSE_RANGE)
		fail("unknown status", (int64_t) st);
	free(s);

	if (size >= 8)
	{
		memcpy(&v, data, 8);
		check_round_trip(v);
	}
	return 0;
}
