/*
 * timelimit_parse.c — parsing and formatting of legal time limits
 * (jdz.time_limit, core §3) in plain C, fuzzed alone by
 * test/fuzz/timelimit_fuzz.c.
 */
#include "timelimit_parse.h"
#include "utf8_decode.h"

#include <stdio.h>
#include <string.h>

/* code points the grammar knows */
#define CP_IDEO_SPACE	0x3000
#define CP_FW_ZERO		0xFF10
#define CP_FW_NINE		0xFF19
#define CP_FW_MINUS		0xFF0D
#define CP_MINUS_SIGN	0x2212

static const char *const unit_names[JDZ_TL_NUNITS] = {
	"hour", "day", "working_day", "month", "year"
};

/* English long forms, singular and plural */
static const char *const unit_en_one[JDZ_TL_NUNITS] = {
	"hour", "day", "working day", "month", "year"
};
static const char *const unit_en_many[JDZ_TL_NUNITS] = {
	"hours", "days", "working days", "months", "years"
};

/* Chinese forms written by jdz_timelimit_format_zh */
static const char *const unit_zh[JDZ_TL_NUNITS] = {
	"小时", "日", "个工作日", "个月", "年"
};

/* a cursor over the input */
typedef struct Cursor
{
	const unsigned char *s;
	size_t		len;
	size_t		pos;
} Cursor;

/* the next code point without consuming it; 0 at the end, -1 if malformed */
static int
peek(const Cursor *c, uint32_t *cp, int *nbytes)
{
	if (c->pos >= c->len)
		return 0;
	*nbytes = utf8_decode(c->s + c->pos, c->len - c->pos, cp);
	return *nbytes > 0 ? 1 : -1;
}

static int
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
		cp == '\f' || cp == '\v' || cp == CP_IDEO_SPACE;
}

static void
skip_spaces(Cursor *c)
{
	uint32_t	cp;
	int			n;

	while (peek(c, &cp, &n) == 1 && is_space(cp))
		c->pos += n;
}

/* the value of an Arabic digit (ASCII or full-width), or -1 */
static int
arabic_digit(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int) (cp - '0');
	if (cp >= CP_FW_ZERO && cp <= CP_FW_NINE)
		return (int) (cp - CP_FW_ZERO);
	return -1;
}

/* Chinese numeral characters: a digit 0..9 or a unit (position 1..4) */
typedef struct ZhNumeral
{
	int			digit;			/* 0..9, or -1 for a unit */
	int			pos;			/* 1 十, 2 百, 3 千, 4 万; 0 for a digit */
	int			liang;			/* 两 */
} ZhNumeral;

static int
zh_numeral(uint32_t cp, ZhNumeral *z)
{
	static const struct
	{
		uint32_t	cp;
		int			digit;
		int			pos;
	}			tab[] = {
		{0x96F6, 0, 0},			/* 零 */
		{0x3007, 0, 0},			/* 〇 */
		{0x4E00, 1, 0},			/* 一 */
		{0x4E8C, 2, 0},			/* 二 */
		{0x4E24, 2, 0},			/* 两 */
		{0x4E09, 3, 0},			/* 三 */
		{0x56DB, 4, 0},			/* 四 */
		{0x4E94, 5, 0},			/* 五 */
		{0x516D, 6, 0},			/* 六 */
		{0x4E03, 7, 0},			/* 七 */
		{0x516B, 8, 0},			/* 八 */
		{0x4E5D, 9, 0},			/* 九 */
		{0x5341, -1, 1},		/* 十 */
		{0x767E, -1, 2},		/* 百 */
		{0x5343, -1, 3},		/* 千 */
		{0x4E07, -1, 4},		/* 万 */
	};

	for (size_t i = 0; i < sizeof(tab) / sizeof(tab[0]); i++)
		if (tab[i].cp == cp)
		{
			z->digit = tab[i].digit;
			z->pos = tab[i].pos;
			z->liang = (cp == 0x4E24);
			return 1;
		}
	return 0;
}

/*
 * The value of a Chinese numeral z[0..n), strictly written: digits before
 * their units in falling order, each unit one place below the previous one
 * unless a single 零 marks the gap; a leading 十 may drop its 一 (十五); a
 * final bare digit only after 十 or 零 (一千五 is refused: write 一千五百 or
 * 一千零五); 两 only before a unit or alone; one 万 at most.  Values above
 * JDZ_TL_MAX_COUNT are reported as such.
 */
static JdzTlParseStatus
zh_value(const ZhNumeral *z, int n, int32_t *value, const char **why)
{
	int64_t		total = 0;
	int64_t		section = 0;
	int			last_pos = 99;	/* position of the last unit; 99: none yet */
	int			zero = 0;		/* a 零 since the last unit */
	int			pending = -1;	/* a digit waiting for its unit */
	int			pending_liang = 0;
	int			seen_wan = 0;
	int			i;

	if (n == 1 && z[0].digit >= 0)
	{
		*value = z[0].digit;
		return JDZ_TL_PARSE_OK;
	}
	for (i = 0; i < n; i++)
	{
		if (z[i].digit == 0)
		{
			if (i == 0 || i == n - 1 || zero || pending >= 0 || z[i + 1].digit < 0)
			{
				*why = "零 only marks a missing place between two digits";
				return JDZ_TL_PARSE_SYNTAX;
			}
			zero = 1;
			continue;
		}
		if (z[i].digit > 0)
		{
			if (pending >= 0)
			{
				*why = "two Chinese digits in a row";
				return JDZ_TL_PARSE_SYNTAX;
			}
			pending = z[i].digit;
			pending_liang = z[i].liang;
			continue;
		}
		/* a unit */
		if (z[i].pos == 4)
		{
			if (seen_wan)
			{
				*why = "万 appears twice";
				return JDZ_TL_PARSE_SYNTAX;
			}
			if (pending >= 0)
			{
				if (last_pos != 99 && !zero && last_pos != 1)
				{
					*why = "a digit after 百 or 千 needs its unit or a 零 before it";
					return JDZ_TL_PARSE_SYNTAX;
				}
				section += pending;
			}
			else if (section == 0)
			{
				*why = "万 needs a digit before it";
				return JDZ_TL_PARSE_SYNTAX;
			}
			total = section * 10000;
			section = 0;
			pending = -1;
			pending_liang = 0;
			zero = 0;
			last_pos = 4;
			seen_wan = 1;
			if (total > JDZ_TL_MAX_COUNT)
			{
				*why = "the count is greater than 100000";
				return JDZ_TL_PARSE_RANGE;
			}
			continue;
		}
		{
			int			mult = pending;
			int			p = z[i].pos;

			if (mult < 0)
			{
				if (p == 1 && i == 0)
					mult = 1;	/* 十五 */
				else
				{
					*why = "a Chinese unit (十百千) needs a digit before it";
					return JDZ_TL_PARSE_SYNTAX;
				}
			}
			if (last_pos != 99)
			{
				if (zero ? (p > last_pos - 2) : (p != last_pos - 1))
				{
					*why = zero ? "零 must stand for at least one missing place"
						: "Chinese units must fall one place at a time (or mark the gap with 零)";
					return JDZ_TL_PARSE_SYNTAX;
				}
			}
			section += (int64_t) mult * (p == 1 ? 10 : p == 2 ? 100 : 1000);
			last_pos = p;
			pending = -1;
			pending_liang = 0;
			zero = 0;
		}
	}
	if (pending >= 0)
	{
		/* a final bare digit stands at the units place */
		if (pending_liang)
		{
			*why = "两 is written before a unit (两百, 两个月), not as the last digit";
			return JDZ_TL_PARSE_SYNTAX;
		}
		if (last_pos != 99 && !(zero ? last_pos >= 2 : last_pos == 1))
		{
			*why = "a digit after 百, 千 or 万 needs its unit or a 零 before it";
			return JDZ_TL_PARSE_SYNTAX;
		}
		section += pending;
	}
	total += section;
	if (total > JDZ_TL_MAX_COUNT)
	{
		*why = "the count is greater than 100000";
		return JDZ_TL_PARSE_RANGE;
	}
	*value = (int32_t) total;
	return JDZ_TL_PARSE_OK;
}

/* Chinese unit words, longest first so that 个工作日 wins over nothing */
static const struct
{
	const char *word;
	JdzTlUnit	unit;
}			zh_units[] = {
	{"个工作日", JDZ_TL_WORKING_DAY},
	{"工作日", JDZ_TL_WORKING_DAY},
	{"个小时", JDZ_TL_HOUR},
	{"小时", JDZ_TL_HOUR},
	{"个月", JDZ_TL_MONTH},
	{"日", JDZ_TL_DAY},
	{"天", JDZ_TL_DAY},
	{"年", JDZ_TL_YEAR},
};

/* English unit words after case folding and collapsing of inner spaces */
static const struct
{
	const char *word;
	JdzTlUnit	unit;
}			en_units[] = {
	{"hour", JDZ_TL_HOUR}, {"hours", JDZ_TL_HOUR}, {"h", JDZ_TL_HOUR},
	{"day", JDZ_TL_DAY}, {"days", JDZ_TL_DAY}, {"d", JDZ_TL_DAY},
	{"working day", JDZ_TL_WORKING_DAY}, {"working days", JDZ_TL_WORKING_DAY},
	{"wd", JDZ_TL_WORKING_DAY},
	{"month", JDZ_TL_MONTH}, {"months", JDZ_TL_MONTH}, {"mon", JDZ_TL_MONTH},
	{"year", JDZ_TL_YEAR}, {"years", JDZ_TL_YEAR}, {"y", JDZ_TL_YEAR},
};

JdzTlParseStatus
jdz_timelimit_parse(const char *s, size_t len, JdzTimeLimitParts *out,
					const char **why)
{
	Cursor		c = {(const unsigned char *) s, len, 0};
	uint32_t	cp;
	int			nb;
	int			r;
	int64_t		count = 0;
	int			ndigits = 0;
	int			chinese = 0;
	size_t		unit_start,
				unit_end;

	*why = NULL;
	if (len > JDZ_TL_MAX_INPUT)
	{
		*why = "the text is too long";
		return JDZ_TL_PARSE_SYNTAX;
	}
	skip_spaces(&c);
	r = peek(&c, &cp, &nb);
	if (r == 0)
	{
		*why = "the text is empty";
		return JDZ_TL_PARSE_SYNTAX;
	}
	if (r < 0)
	{
		*why = "the text is not valid UTF-8";
		return JDZ_TL_PARSE_SYNTAX;
	}
	if (cp == '-' || cp == CP_FW_MINUS || cp == CP_MINUS_SIGN)
	{
		*why = "a time limit cannot be negative";
		return JDZ_TL_PARSE_SYNTAX;
	}
	if (cp == '+')
	{
		*why = "a time limit has no sign";
		return JDZ_TL_PARSE_SYNTAX;
	}

	/* the count */
	if (arabic_digit(cp) >= 0)
	{
		int			range = 0;

		while (peek(&c, &cp, &nb) == 1 && arabic_digit(cp) >= 0)
		{
			if (!range)
			{
				count = count * 10 + arabic_digit(cp);
				if (count > JDZ_TL_MAX_COUNT)
					range = 1;
			}
			ndigits++;
			c.pos += nb;
		}
		if (peek(&c, &cp, &nb) == 1 && (cp == '.' || cp == ',' || cp == 0xFF0E))
		{
			*why = "the count must be a whole number";
			return JDZ_TL_PARSE_SYNTAX;
		}
		if (range)
		{
			/* still check the unit, so "1000000 bananas" is a syntax error */
			JdzTimeLimitParts dummy;
			char		buf[JDZ_TL_MAX_INPUT + 2];
			size_t		rest = len - c.pos;

			buf[0] = '1';
			memcpy(buf + 1, s + c.pos, rest);
			if (jdz_timelimit_parse(buf, rest + 1, &dummy, why) != JDZ_TL_PARSE_OK)
				return JDZ_TL_PARSE_SYNTAX;
			*why = "the count is greater than 100000";
			return JDZ_TL_PARSE_RANGE;
		}
	}
	else
	{
		ZhNumeral	z[JDZ_TL_MAX_INPUT];
		int			n = 0;
		int32_t		v;
		JdzTlParseStatus st;

		while (peek(&c, &cp, &nb) == 1 && zh_numeral(cp, &z[n]))
		{
			n++;
			c.pos += nb;
		}
		if (n == 0)
		{
			*why = "a time limit starts with its count (5 working days, 五个工作日)";
			return JDZ_TL_PARSE_SYNTAX;
		}
		st = zh_value(z, n, &v, why);
		if (st != JDZ_TL_PARSE_OK)
			return st;
		count = v;
		chinese = 1;
		ndigits = n;
	}
	(void) ndigits;

	/* the unit: the rest, without surrounding white space */
	skip_spaces(&c);
	unit_start = c.pos;
	unit_end = len;
	while (unit_end > unit_start)
	{
		/* strip trailing white space, ASCII or U+3000 */
		if (is_space((unsigned char) s[unit_end - 1]) && (unsigned char) s[unit_end - 1] < 0x80)
			unit_end--;
		else if (unit_end - unit_start >= 3 &&
				 (unsigned char) s[unit_end - 3] == 0xE3 &&
				 (unsigned char) s[unit_end - 2] == 0x80 &&
				 (unsigned char) s[unit_end - 1] == 0x80)
			unit_end -= 3;
		else
			break;
	}
	if (unit_end == unit_start)
	{
		*why = "the unit is missing (working days, days, months, years, hours)";
		return JDZ_TL_PARSE_SYNTAX;
	}

	/* Chinese unit words */
	for (size_t i = 0; i < sizeof(zh_units) / sizeof(zh_units[0]); i++)
	{
		size_t		wl = strlen(zh_units[i].word);

		if (unit_end - unit_start == wl && memcmp(s + unit_start, zh_units[i].word, wl) == 0)
		{
			out->count = (int32_t) count;
			out->unit = zh_units[i].unit;
			return JDZ_TL_PARSE_OK;
		}
	}
	if (unit_end - unit_start == 3 && memcmp(s + unit_start, "月", 3) == 0)
	{
		*why = "a bare 月 names a month of the year: write 个月";
		return JDZ_TL_PARSE_SYNTAX;
	}

	/* English unit words: ASCII letters, single inner spaces, any case */
	{
		char		word[24];
		size_t		wl = 0;
		int			space = 0;

		for (size_t i = unit_start; i < unit_end; i++)
		{
			unsigned char ch = (unsigned char) s[i];

			if (ch == ' ' || ch == '\t')
			{
				space = 1;
				continue;
			}
			if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
			{
				wl = sizeof(word);	/* not an English unit */
				break;
			}
			if (space)
			{
				if (wl + 1 >= sizeof(word))
				{
					wl = sizeof(word);
					break;
				}
				word[wl++] = ' ';
				space = 0;
			}
			if (wl + 1 >= sizeof(word))
			{
				wl = sizeof(word);
				break;
			}
			word[wl++] = (ch >= 'A' && ch <= 'Z') ? (char) (ch - 'A' + 'a') : (char) ch;
		}
		if (wl < sizeof(word))
		{
			word[wl] = '\0';
			for (size_t i = 0; i < sizeof(en_units) / sizeof(en_units[0]); i++)
				if (strcmp(word, en_units[i].word) == 0)
				{
					if (chinese)
					{
						*why = "a Chinese numeral takes a Chinese unit (五个工作日, not 五 working days)";
						return JDZ_TL_PARSE_SYNTAX;
					}
					out->count = (int32_t) count;
					out->unit = en_units[i].unit;
					return JDZ_TL_PARSE_OK;
				}
		}
	}
	*why = "unknown unit (working days, days, months, years, hours; 工作日, 日, 天, 个月, 年, 小时)";
	return JDZ_TL_PARSE_SYNTAX;
}

int
jdz_timelimit_format(const JdzTimeLimitParts *p, char *buf)
{
	int			u = (p->unit >= 0 && p->unit < JDZ_TL_NUNITS) ? (int) p->unit : 0;

	return snprintf(buf, JDZ_TL_MAX_TEXT, "%d %s", (int) p->count,
					p->count == 1 ? unit_en_one[u] : unit_en_many[u]);
}

int
jdz_timelimit_format_zh(const JdzTimeLimitParts *p, char *buf)
{
	int			u = (p->unit >= 0 && p->unit < JDZ_TL_NUNITS) ? (int) p->unit : 0;

	return snprintf(buf, JDZ_TL_MAX_TEXT, "%d%s", (int) p->count, unit_zh[u]);
}

const char *
jdz_timelimit_unit_name(JdzTlUnit unit)
{
	return (unit >= 0 && unit < JDZ_TL_NUNITS) ? unit_names[unit] : "?";
}

int
jdz_timelimit_unit_from_name(const char *name, JdzTlUnit *unit)
{
	for (int i = 0; i < JDZ_TL_NUNITS; i++)
		if (strcmp(name, unit_names[i]) == 0)
		{
			*unit = (JdzTlUnit) i;
			return 1;
		}
	return 0;
}
