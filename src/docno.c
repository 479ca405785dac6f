/*
 * docno.c — the type jdz.docno, a document number (文号, core §3): parsed
 * into issuer code, year and serial; canonical output 景府发〔2023〕11号;
 * ordering (issuer, year, serial); hashing on the parsed form.
 *
 * Storage: a varlena holding int32 year, int32 serial and the issuer code in
 * UTF-8 (no terminator).  Equal numbers have equal bytes, so hashing the
 * bytes hashes the parsed form.  Issuer codes compare bytewise (UTF-8 code
 * point order), independent of any collation.
 */
#include "jdzpolicy.h"

#include "common/hashfn.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#include "docno_parse.h"

/* the longest input text shown in an error's detail, in bytes */
#define DOCNO_SHOWN_MAX 200

/* Build a jdz.docno value from its parts. */
JdzDocno *
jdz_docno_make(const JdzDocnoParts *p)
{
	Size		sz = offsetof(JdzDocno, issuer) + p->issuer_len;
	JdzDocno   *d = (JdzDocno *) palloc0(sz);

	SET_VARSIZE(d, sz);
	d->year = p->year;
	d->serial = p->serial;
	memcpy(d->issuer, p->issuer, p->issuer_len);
	return d;
}

/* The parts of a jdz.docno value. */
void
jdz_docno_parts(const JdzDocno *d, JdzDocnoParts *p)
{
	int			len = JDZ_DOCNO_ISSUER_LEN(d);

	if (len < 0 || len > JDZ_DOCNO_MAX_ISSUER)
		elog(ERROR, "corrupt jdz.docno value");
	memcpy(p->issuer, d->issuer, len);
	p->issuer[len] = '\0';
	p->issuer_len = len;
	p->year = d->year;
	p->serial = d->serial;
}

/*
 * Parse text in the server encoding; NULL (after a soft error into escontext)
 * if it is not a document number.
 */
JdzDocno *
jdz_docno_from_cstring(const char *str, Node *escontext)
{
	JdzDocnoParts p;
	const char *why = NULL;
	size_t		len = strlen(str);
	const char *utf8 = str;
	int			ok;

	if (len <= JDZ_DOCNO_MAX_INPUT && GetDatabaseEncoding() != PG_UTF8)
		utf8 = (const char *) pg_server_to_any(str, (int) len, PG_UTF8);
	ok = jdz_docno_parse(utf8, strlen(utf8), &p, &why);
	if (!ok)
	{
		int			shown = len > DOCNO_SHOWN_MAX ? pg_mbcliplen(str, (int) len, DOCNO_SHOWN_MAX) : (int) len;

		ereturn(escontext, NULL,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid document number"),
				 errdetail("\"%.*s\"%s: %s.", shown, str, (size_t) shown < len ? "…" : "", why),
				 errhint("A document number is an issuer code, the year in brackets and a serial number, as in 景府发〔2023〕11号.")));
	}
	return jdz_docno_make(&p);
}

/* The canonical text of a jdz.docno value, in the server encoding (palloc'd). */
char *
jdz_docno_to_cstring(const JdzDocno *d)
{
	JdzDocnoParts p;
	char		buf[JDZ_DOCNO_MAX_TEXT];
	int			n;

	jdz_docno_parts(d, &p);
	n = jdz_docno_format(&p, buf);
	return pstrdup(pg_any_to_server(buf, n, PG_UTF8));
}

/* Compare two document numbers: issuer (bytewise), year, serial. */
int
jdz_docno_compare(const JdzDocno *a, const JdzDocno *b)
{
	int			la = JDZ_DOCNO_ISSUER_LEN(a);
	int			lb = JDZ_DOCNO_ISSUER_LEN(b);
	int			c = memcmp(a->issuer, b->issuer, Min(la, lb));

	if (c != 0)
		return c < 0 ? -1 : 1;
	if (la != lb)
		return la < lb ? -1 : 1;
	if (a->year != b->year)
		return a->year < b->year ? -1 : 1;
	if (a->serial != b->serial)
		return a->serial < b->serial ? -1 : 1;
	return 0;
}

/* docno_in: text to jdz.docno (soft errors) */
PG_FUNCTION_INFO_V1(docno_in);
Datum
docno_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	JdzDocno   *d = jdz_docno_from_cstring(str, fcinfo->context);

	if (d == NULL)
		PG_RETURN_NULL();
	PG_RETURN_POINTER(d);
}

/* docno_out: the canonical text 景府发〔2023〕11号 */
PG_FUNCTION_INFO_V1(docno_out);
Datum
docno_out(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);

	PG_RETURN_CSTRING(jdz_docno_to_cstring(d));
}

/*
 * docno_recv: binary input, int4 year, int4 serial, then the issuer code as
 * text; validated exactly as strictly as docno_in (the canonical text of the
 * received parts must parse back to the same parts).
 */
PG_FUNCTION_INFO_V1(docno_recv);
Datum
docno_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	JdzDocnoParts p,
				q;
	const char *why = NULL;
	char		text[JDZ_DOCNO_MAX_TEXT];
	char	   *issuer;
	char	   *utf8;
	int			nbytes;
	int			n;

	p.year = pq_getmsgint(buf, 4);
	p.serial = pq_getmsgint(buf, 4);
	if (buf->len - buf->cursor > JDZ_DOCNO_MAX_ISSUER * 4)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid document number in binary input"),
				 errdetail("The issuer code is longer than %d characters.", JDZ_DOCNO_MAX_ISSUER_CHARS)));
	issuer = pq_getmsgtext(buf, buf->len - buf->cursor, &nbytes);
	utf8 = (char *) pg_server_to_any(issuer, nbytes, PG_UTF8);
	n = strlen(utf8);
	if (!jdz_docno_issuer_valid(utf8, n, &why))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid document number in binary input"),
				 errdetail("%s.", why)));
	if (p.year < JDZ_DOCNO_MIN_YEAR || p.year > JDZ_DOCNO_MAX_YEAR ||
		p.serial < 1 || p.serial > JDZ_DOCNO_MAX_SERIAL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid document number in binary input"),
				 errdetail("Year %d or serial %d is out of range (year 1000–9999, serial 1–999999999).",
						   p.year, p.serial)));
	memcpy(p.issuer, utf8, n);
	p.issuer[n] = '\0';
	p.issuer_len = n;
	/* the same check as text input, on the canonical form */
	n = jdz_docno_format(&p, text);
	if (!jdz_docno_parse(text, n, &q, &why) || q.issuer_len != p.issuer_len ||
		memcmp(q.issuer, p.issuer, p.issuer_len) != 0 || q.year != p.year || q.serial != p.serial)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid document number in binary input"),
				 errdetail("%s.", why ? why : "the parts do not form a document number")));
	PG_RETURN_POINTER(jdz_docno_make(&p));
}

/* docno_send: binary output, int4 year, int4 serial, the issuer code as text */
PG_FUNCTION_INFO_V1(docno_send);
Datum
docno_send(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);
	JdzDocnoParts p;
	StringInfoData buf;
	char	   *issuer;

	jdz_docno_parts(d, &p);
	issuer = pg_any_to_server(p.issuer, p.issuer_len, PG_UTF8);
	pq_begintypsend(&buf);
	pq_sendint32(&buf, p.year);
	pq_sendint32(&buf, p.serial);
	pq_sendtext(&buf, issuer, strlen(issuer));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* docno_issuer: the issuer code, 景府发 */
PG_FUNCTION_INFO_V1(docno_issuer);
Datum
docno_issuer(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);
	JdzDocnoParts p;

	jdz_docno_parts(d, &p);
	PG_RETURN_TEXT_P(cstring_to_text(pg_any_to_server(p.issuer, p.issuer_len, PG_UTF8)));
}

/* docno_year: the year, 2023 */
PG_FUNCTION_INFO_V1(docno_year);
Datum
docno_year(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);

	PG_RETURN_INT32(d->year);
}

/* docno_serial: the serial number, 11 */
PG_FUNCTION_INFO_V1(docno_serial);
Datum
docno_serial(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);

	PG_RETURN_INT32(d->serial);
}

/* docno_cmp: btree support, -1, 0 or 1 */
PG_FUNCTION_INFO_V1(docno_cmp);
Datum
docno_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)));
}

/* docno_eq: a = b */
PG_FUNCTION_INFO_V1(docno_eq);
Datum
docno_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)) == 0);
}

/* docno_ne: a <> b */
PG_FUNCTION_INFO_V1(docno_ne);
Datum
docno_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)) != 0);
}

/* docno_lt: a < b */
PG_FUNCTION_INFO_V1(docno_lt);
Datum
docno_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)) < 0);
}

/* docno_le: a <= b */
PG_FUNCTION_INFO_V1(docno_le);
Datum
docno_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)) <= 0);
}

/* docno_gt: a > b */
PG_FUNCTION_INFO_V1(docno_gt);
Datum
docno_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)) > 0);
}

/* docno_ge: a >= b */
PG_FUNCTION_INFO_V1(docno_ge);
Datum
docno_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(jdz_docno_compare(PG_GETARG_DOCNO(0), PG_GETARG_DOCNO(1)) >= 0);
}

/* docno_hash: hash support, on the parsed form */
PG_FUNCTION_INFO_V1(docno_hash);
Datum
docno_hash(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);

	return hash_any((unsigned char *) d + offsetof(JdzDocno, year),
					VARSIZE(d) - offsetof(JdzDocno, year));
}

/* docno_hash_extended: 64-bit hash support with a seed */
PG_FUNCTION_INFO_V1(docno_hash_extended);
Datum
docno_hash_extended(PG_FUNCTION_ARGS)
{
	JdzDocno   *d = PG_GETARG_DOCNO(0);

	return hash_any_extended((unsigned char *) d + offsetof(JdzDocno, year),
							 VARSIZE(d) - offsetof(JdzDocno, year),
							 PG_GETARG_INT64(1));
}
