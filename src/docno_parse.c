/*
 * docno_parse.c — the pure parser of document numbers (文号, core §3):
 * 景府发〔2023〕11号 and its variants, in plain C (no server calls).
 *
 * Accepted: the brackets 〔〕 [] ［］ () （） 【】 〖〗 ﹝﹞ (matched pairs),
 * ASCII and full-width digits, spaces anywhere (ASCII white space, U+3000,
 * U+00A0), a missing 号.  The year has exactly 4 digits (1000–9999); the
 * serial 1 to 9 digits (leading zeros allowed), at least 1.
 */
#include "docno_parse.h"
#include "utf8_decode.h"

#include <string.h>

static int
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' ||
		c == '\f' || c == 0x3000 || c == 0x00A0;
}

/* the digit value of an ASCII or full-width digit, else -1 */
static int
digit_value(uint32_t c)
{
	if (c >= '0' && c <= '9')
		return (int) (c - '0');
	if (c >= 0xFF10 && c <= 0xFF19)
		return (int) (c - 0xFF10);
	return -1;
}

/* the closing bracket matching an opening one, else 0 */
static uint32_t
closing_of(uint32_t c)
{
	switch (c)
	{
		case 0x3014:			/* 〔 */
			return 0x3015;
		case '[':
			return ']';
		case 0xFF3B:			/* ［ */
			return 0xFF3D;
		case '(':
			return ')';
		case 0xFF08:			/* （ */
			return 0xFF09;
		case 0x3010:			/* 【 */
			return 0x3011;
		case 0x3016:			/* 〖 */
			return 0x3017;
		case 0xFE5D:			/* ﹝ */
			return 0xFE5E;
		default:
			return 0;
	}
}

static int
is_bracket(uint32_t c)
{
	return closing_of(c) != 0 || c == 0x3015 || c == ']' || c == 0xFF3D ||
		c == ')' || c == 0xFF09 || c == 0x3011 || c == 0x3017 || c == 0xFE5E;
}

/* a character an issuer code may contain */
static int
issuer_char_ok(uint32_t c)
{
	if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
		return 0;
	if (is_space(c) || is_bracket(c) || digit_value(c) >= 0)
		return 0;
	if (c == 0x53F7)			/* 号 */
		return 0;
	return 1;
}

int
jdz_docno_issuer_valid(const char *s, size_t len, const char **why)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		pos = 0;
	int			nchars = 0;

	if (len == 0)
	{
		*why = "the issuer code is empty";
		return 0;
	}
	while (pos < len)
	{
		uint32_t	c;
		int			n = utf8_decode(p + pos, len - pos, &c);

		if (n == 0)
		{
			*why = "the text is not valid UTF-8";
			return 0;
		}
		if (!issuer_char_ok(c))
		{
			*why = "the issuer code contains a space, bracket, digit, 号 or control character";
			return 0;
		}
		if (++nchars > JDZ_DOCNO_MAX_ISSUER_CHARS)
		{
			*why = "the issuer code is longer than 32 characters";
			return 0;
		}
		pos += n;
	}
	return 1;
}

int
jdz_docno_parse(const char *s, size_t len, JdzDocnoParts *out, const char **why)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		pos = 0;
	int			state = 0;		/* 0 issuer, 1 year, 2 serial, 3 after 号 */
	uint32_t	close = 0;
	int			ilen = 0,
				ichars = 0,
				ydigits = 0,
				sdigits = 0,
				sseen = 0;
	int32_t		year = 0,
				serial = 0;

	if (len > JDZ_DOCNO_MAX_INPUT)
	{
		*why = "the text is longer than 1024 bytes";
		return 0;
	}
	while (pos < len)
	{
		uint32_t	c;
		int			n = utf8_decode(p + pos, len - pos, &c);
		int			d;

		if (n == 0)
		{
			*why = "the text is not valid UTF-8";
			return 0;
		}
		if (c == 0)
		{
			*why = "the text contains a NUL character";
			return 0;
		}
		if (is_space(c))
		{
			pos += n;
			continue;
		}
		d = digit_value(c);
		switch (state)
		{
			case 0:
				if (closing_of(c) != 0)
				{
					if (ichars == 0)
					{
						*why = "the issuer code before the bracket is missing";
						return 0;
					}
					close = closing_of(c);
					state = 1;
				}
				else if (!issuer_char_ok(c))
				{
					*why = (d >= 0) ? "a digit before the bracketed year (expected issuer〔year〕serial号)"
						: "a bracketed year is expected after the issuer code";
					return 0;
				}
				else
				{
					if (++ichars > JDZ_DOCNO_MAX_ISSUER_CHARS)
					{
						*why = "the issuer code is longer than 32 characters";
						return 0;
					}
					memcpy(out->issuer + ilen, p + pos, n);
					ilen += n;
				}
				break;
			case 1:
				if (d >= 0)
				{
					if (++ydigits > 4)
					{
						*why = "the year has more than 4 digits";
						return 0;
					}
					year = year * 10 + d;
				}
				else if (c == close)
				{
					if (ydigits != 4)
					{
						*why = "the year must have 4 digits";
						return 0;
					}
					if (year < JDZ_DOCNO_MIN_YEAR || year > JDZ_DOCNO_MAX_YEAR)
					{
						*why = "the year is out of range 1000–9999";
						return 0;
					}
					state = 2;
				}
				else if (is_bracket(c))
				{
					*why = "the brackets around the year do not match";
					return 0;
				}
				else
				{
					*why = "the year contains a character that is not a digit";
					return 0;
				}
				break;
			case 2:
				if (d >= 0)
				{
					sseen = 1;
					if (serial != 0 || d != 0)
					{
						/* a leading zero is allowed and not counted */
						if (++sdigits > 9)
						{
							*why = "the serial number has more than 9 digits";
							return 0;
						}
						serial = serial * 10 + d;
					}
				}
				else if (c == 0x53F7)	/* 号 */
				{
					if (!sseen)
					{
						*why = "the serial number is missing";
						return 0;
					}
					state = 3;
				}
				else
				{
					*why = "the serial number contains a character that is not a digit";
					return 0;
				}
				break;
			default:
				*why = "text follows 号";
				return 0;
		}
		pos += n;
	}
	if (state == 0)
	{
		*why = (ichars == 0) ? "the text is empty" : "the bracketed year is missing";
		return 0;
	}
	if (state == 1)
	{
		*why = "the closing bracket of the year is missing";
		return 0;
	}
	if (state == 2 && !sseen)
	{
		*why = "the serial number is missing";
		return 0;
	}
	if (serial == 0)
	{
		*why = "the serial number is zero";
		return 0;
	}
	out->issuer[ilen] = '\0';
	out->issuer_len = ilen;
	out->year = year;
	out->serial = serial;
	return 1;
}

/* append an unsigned decimal number */
static int
put_uint(char *buf, uint32_t v)
{
	char		tmp[12];
	int			n = 0,
				i;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	return n;
}

int
jdz_docno_format(const JdzDocnoParts *p, char *buf)
{
	int			n = 0;

	memcpy(buf, p->issuer, p->issuer_len);
	n = p->issuer_len;
	memcpy(buf + n, "\xE3\x80\x94", 3);	/* 〔 */
	n += 3;
	n += put_uint(buf + n, (uint32_t) p->year);
	memcpy(buf + n, "\xE3\x80\x95", 3);	/* 〕 */
	n += 3;
	n += put_uint(buf + n, (uint32_t) p->serial);
	memcpy(buf + n, "\xE5\x8F\xB7", 3);	/* 号 */
	n += 3;
	buf[n] = '\0';
	return n;
}
