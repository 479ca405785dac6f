/*
 * cny_parse.h — parsing and formatting of jdz.cny amounts in plain C.
 *
 * No server calls and no postgres.h: these functions are wrapped by the SQL
 * entry points of cny.c and are fuzzed alone (test/fuzz/cny_fuzz.c).
 *
 * An amount is an int64 count of fen (分, 0.01 yuan).  The valid range is
 * symmetric, ±CNY_FEN_MAX fen (±92233720368547758.07 yuan): INT64_MIN is not
 * a valid amount, so negation and absolute value never overflow.
 */
#ifndef JDZ_CNY_PARSE_H
#define JDZ_CNY_PARSE_H

#include <stddef.h>
#include <stdint.h>

#define CNY_FEN_MAX		INT64_MAX
#define CNY_FEN_MIN		(-INT64_MAX)

/* "-92233720368547758.07" plus the terminating NUL, rounded up */
#define CNY_FORMAT_BUFSIZE 24

typedef enum CnyParseStatus
{
	CNY_PARSE_OK = 0,
	CNY_PARSE_SYNTAX,			/* not an amount: 22P02 */
	CNY_PARSE_PRECISION,		/* nonzero digits below the fen: 22P02 */
	CNY_PARSE_RANGE				/* beyond ±CNY_FEN_MAX fen: 22003 */
} CnyParseStatus;

/*
 * Parse the UTF-8 text s[0..len) as an amount of yuan.  Accepted forms:
 * optional surrounding white space; an optional sign (- + － ＋) before or
 * after an optional ¥ or ￥; ASCII or full-width digits, grouped by commas
 * (, or ，) in threes if grouped at all; an optional decimal point (. or ．);
 * an optional 万 (10 000 yuan) and an optional 元.  Digits below the fen must
 * be zeros.  On success stores the amount in fen in *fen.
 */
extern CnyParseStatus cny_parse(const char *s, size_t len, int64_t *fen);

/*
 * Format fen as canonical text ("-1234.56") into buf, which has at least
 * CNY_FORMAT_BUFSIZE bytes; returns the length written (without the NUL).
 * Works for every int64, INT64_MIN included.
 */
extern size_t cny_format(int64_t fen, char *buf);

#endif							/* JDZ_CNY_PARSE_H */
