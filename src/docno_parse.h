/*
 * docno_parse.h — the pure parser of document numbers (文号, core §3).
 *
 * Plain C with no PostgreSQL server calls, so the fuzz target can link it
 * alone.  Text is UTF-8.
 */
#ifndef JDZ_DOCNO_PARSE_H
#define JDZ_DOCNO_PARSE_H

#include <stddef.h>
#include <stdint.h>

/* limits: longer input is refused, not truncated */
#define JDZ_DOCNO_MAX_INPUT		1024	/* bytes of input text */
#define JDZ_DOCNO_MAX_ISSUER_CHARS	32	/* characters of the issuer code */
#define JDZ_DOCNO_MAX_ISSUER	(JDZ_DOCNO_MAX_ISSUER_CHARS * 4)	/* its bytes */
#define JDZ_DOCNO_MIN_YEAR		1000
#define JDZ_DOCNO_MAX_YEAR		9999
#define JDZ_DOCNO_MAX_SERIAL	999999999
/* canonical text: issuer, 〔, 4 digits, 〕, up to 9 digits, 号, NUL */
#define JDZ_DOCNO_MAX_TEXT		(JDZ_DOCNO_MAX_ISSUER + 3 + 4 + 3 + 9 + 3 + 1)

typedef struct JdzDocnoParts
{
	char		issuer[JDZ_DOCNO_MAX_ISSUER + 1];	/* UTF-8, NUL-terminated */
	int			issuer_len;		/* bytes */
	int32_t		year;
	int32_t		serial;
} JdzDocnoParts;

/*
 * Parse len bytes of s.  Returns 1 and fills *out on success; returns 0 and
 * sets *why (a static English phrase) on failure.  Never reads beyond s+len.
 */
extern int	jdz_docno_parse(const char *s, size_t len, JdzDocnoParts *out,
							const char **why);

/*
 * Checks that an issuer code (UTF-8, len bytes) is one the parser could have
 * produced: 1..32 characters, none of them a space, bracket, digit or
 * control character.  Returns 1 if so, else 0 with *why set.
 */
extern int	jdz_docno_issuer_valid(const char *s, size_t len, const char **why);

/* Canonical text 景府发〔2023〕11号 into buf (JDZ_DOCNO_MAX_TEXT bytes); returns its length. */
extern int	jdz_docno_format(const JdzDocnoParts *p, char *buf);

#endif							/* JDZ_DOCNO_PARSE_H */
