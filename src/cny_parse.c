/*
 * cny_parse.c — parsing and formatting of jdz.cny amounts in plain C (no
 * server calls; see cny_parse.h).
 */
#include "cny_parse.h"

#include <string.h>

/* UTF-8 spellings of the non-ASCII characters we accept */
#define U_YEN			"\xC2\xA5"		/* ¥ U+00A5 */
#define U_FW_YEN		"\xEF\xBF\xA5"	/* ￥ U+FFE5 */
#define U_FW_PLUS		"\xEF\xBC\x8B"	/* ＋ U+FF0B */
#define U_FW_COMMA		"\xEF\xBC\x8C"	/* ， U+FF0C */
#define U_FW_MINUS		"\xEF\xBC\x8D"	/* － U+FF0D */
#define U_FW_POINT		"\xEF\xBC\x8E"	/* ． U+FF0E */
#define U_MINUS			"\xE2\x88\x92"	/* − U+2212 */
#define U_WAN			"\xE4\xB8\x87"	/* 万 U+4E07 */
#define U_WAN_TRAD		"\xE8\x90\xAC"	/* 萬 U+842C */
#define U_YUAN			"\xE5\x85\x83"	/* 元 U+5143 */
#define U_IDEO_SPACE	"\xE3\x80\x80"	/* 　 U+3000 */

/* does the text at p (before end) start with the literal lit?  Its length */
static size_t
match(const char *p, const char *end, const char *lit)
{
	size_t		n = strlen(lit);

	if ((size_t) (end - p) >= n && memcmp(p, lit, n) == 0)
		return n;
	return 0;
}

/* the length of a white-space character at p, or 0 */
static size_t
match_space(const char *p, const char *end)
{
	if (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
					*p == '\v' || *p == '\f'))
		return 1;
	return match(p, end, U_IDEO_SPACE);
}

/* the length of a digit (ASCII or full-width) at p, or 0; its value in *d */
static size_t
match_digit(const char *p, const char *end, int *d)
{
	if (p < end && *p >= '0' && *p <= '9')
	{
		*d = *p - '0';
		return 1;
	}
	if (end - p >= 3 && (unsigned char) p[0] == 0xEF &&
		(unsigned char) p[1] == 0xBC &&
		(unsigned char) p[2] >= 0x90 && (unsigned char) p[2] <= 0x99)
	{
		*d = (unsigned char) p[2] - 0x90;
		return 3;
	}
	return 0;
}

/* the length of a sign at p, or 0; *neg set for a minus */
static size_t
match_sign(const char *p, const char *end, int *neg)
{
	size_t		n;

	if (p < end && (*p == '-' || *p == '+'))
	{
		*neg = (*p == '-');
		return 1;
	}
	if ((n = match(p, end, U_FW_MINUS)) || (n = match(p, end, U_MINUS)))
	{
		*neg = 1;
		return n;
	}
	if ((n = match(p, end, U_FW_PLUS)))
	{
		*neg = 0;
		return n;
	}
	return 0;
}

static size_t
match_currency(const char *p, const char *end)
{
	size_t		n;

	if ((n = match(p, end, U_YEN)) || (n = match(p, end, U_FW_YEN)))
		return n;
	return 0;
}

static size_t
match_comma(const char *p, const char *end)
{
	if (p < end && *p == ',')
		return 1;
	return match(p, end, U_FW_COMMA);
}

static size_t
match_point(const char *p, const char *end)
{
	if (p < end && *p == '.')
		return 1;
	return match(p, end, U_FW_POINT);
}

/* acc = acc * 10 + d within [0, CNY_FEN_MAX]; 0 on overflow */
static int
push_digit(uint64_t *acc, int d)
{
	if (*acc > ((uint64_t) CNY_FEN_MAX - (uint64_t) d) / 10)
		return 0;
	*acc = *acc * 10 + (uint64_t) d;
	return 1;
}

CnyParseStatus
cny_parse(const char *s, size_t len, int64_t *fen)
{
	const char *p = s;
	const char *end = s + len;
	const char *int_start,
			   *int_end,
			   *frac_start = NULL,
			   *frac_end = NULL;
	int			neg = 0;
	int			have_sign = 0;
	int			ndigits = 0;
	int			wan = 0;
	int			scale;
	int			used;
	int			d;
	size_t		n;
	uint64_t	acc = 0;

	/* pass 1: the syntax, recording where the digits are */
	while ((n = match_space(p, end)))
		p += n;
	if ((n = match_sign(p, end, &neg)))
	{
		p += n;
		have_sign = 1;
	}
	if ((n = match_currency(p, end)))
	{
		p += n;
		while ((n = match_space(p, end)))
			p += n;
		if (!have_sign && (n = match_sign(p, end, &neg)))
			p += n;
	}

	/* integer part: digits, optionally grouped in threes by commas */
	int_start = p;
	{
		int			group = 0;	/* digits in the current group */
		int			grouped = 0;	/* a comma was seen */

		for (;;)
		{
			if ((n = match_digit(p, end, &d)))
			{
				p += n;
				group++;
				ndigits++;
				if (grouped && group > 3)
					return CNY_PARSE_SYNTAX;
			}
			else if ((n = match_comma(p, end)))
			{
				if (group == 0 || (grouped ? group != 3 : group > 3))
					return CNY_PARSE_SYNTAX;
				p += n;
				grouped = 1;
				group = 0;
			}
			else
				break;
		}
		if (grouped && group != 3)
			return CNY_PARSE_SYNTAX;
	}
	int_end = p;

	/* fraction */
	if ((n = match_point(p, end)))
	{
		p += n;
		frac_start = p;
		while ((n = match_digit(p, end, &d)))
		{
			p += n;
			ndigits++;
		}
		frac_end = p;
	}
	if (ndigits == 0)
		return CNY_PARSE_SYNTAX;

	/* unit words: 万 then 元, each optional */
	if ((n = match(p, end, U_WAN)) || (n = match(p, end, U_WAN_TRAD)))
	{
		p += n;
		wan = 1;
	}
	if ((n = match(p, end, U_YUAN)))
		p += n;
	while ((n = match_space(p, end)))
		p += n;
	if (p != end)
		return CNY_PARSE_SYNTAX;

	/*
	 * pass 2: the value.  The fen are the integer digits followed by the
	 * first `scale` fraction digits (padded with zeros); later fraction
	 * digits must be zeros.
	 */
	scale = wan ? 6 : 2;
	used = 0;
	if (frac_start)
	{
		const char *q = frac_start;

		while (q < frac_end)
		{
			q += match_digit(q, frac_end, &d);
			if (++used > scale && d != 0)
				return CNY_PARSE_PRECISION;
		}
	}

	for (p = int_start; p < int_end;)
	{
		if ((n = match_digit(p, int_end, &d)))
		{
			if (!push_digit(&acc, d))
				return CNY_PARSE_RANGE;
			p += n;
		}
		else
			p += match_comma(p, int_end);
	}
	used = 0;
	if (frac_start)
	{
		for (p = frac_start; p < frac_end && used < scale; used++)
		{
			p += match_digit(p, frac_end, &d);
			if (!push_digit(&acc, d))
				return CNY_PARSE_RANGE;
		}
	}
	for (; used < scale; used++)
		if (!push_digit(&acc, 0))
			return CNY_PARSE_RANGE;

	*fen = neg ? -(int64_t) acc : (int64_t) acc;
	return CNY_PARSE_OK;
}

size_t
cny_format(int64_t fen, char *buf)
{
	char		tmp[CNY_FORMAT_BUFSIZE];
	char	   *t = tmp + sizeof(tmp);
	uint64_t	mag;
	size_t		len;
	int			i;

	mag = fen < 0 ? (uint64_t) 0 - (uint64_t) fen : (uint64_t) fen;

	/* digits right to left: two fen digits, the point, then the yuan */
	for (i = 0; i < 2; i++)
	{
		*--t = (char) ('0' + mag % 10);
		mag /= 10;
	}
	*--t = '.';
	do
	{
		*--t = (char) ('0' + mag % 10);
		mag /= 10;
	} while (mag > 0);
	if (fen < 0)
		*--t = '-';

	len = (size_t) (tmp + sizeof(tmp) - t);
	memcpy(buf, t, len);
	buf[len] = '\0';
	return len;
}
