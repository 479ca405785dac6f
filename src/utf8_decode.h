/*
 * utf8_decode.h — one UTF-8 decoder for the plain-C parsers (docno_parse.c,
 * timelimit_parse.c): header-only, so each fuzz target still links its
 * parser alone.
 */
#ifndef JDZ_UTF8_DECODE_H
#define JDZ_UTF8_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* Decode one UTF-8 character at s[0..len); returns its byte length, 0 if invalid. */
static inline int
utf8_decode(const unsigned char *s, size_t len, uint32_t *cp)
{
	uint32_t	c;
	int			n,
				i;

	if (len == 0)
		return 0;
	c = s[0];
	if (c < 0x80)
	{
		*cp = c;
		return 1;
	}
	else if ((c & 0xE0) == 0xC0)
	{
		n = 2;
		c &= 0x1F;
	}
	else if ((c & 0xF0) == 0xE0)
	{
		n = 3;
		c &= 0x0F;
	}
	else if ((c & 0xF8) == 0xF0)
	{
		n = 4;
		c &= 0x07;
	}
	else
		return 0;
	if ((size_t) n > len)
		return 0;
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		(c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return n;
}

#endif							/* JDZ_UTF8_DECODE_H */
