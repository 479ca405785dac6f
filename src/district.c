/*
 * district.c — jdz.district_of(): a written place name of Jingdezhen to a
 * jdz.district label (spec 10 §3.1).
 */
#include "jdzpolicy.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"

/* Longest name we look at, in bytes after white space is removed. */
#define DISTRICT_NAME_MAX	256

typedef struct DistrictName
{
	const char *name;			/* lower-case, no white space */
	const char *label;			/* the jdz.district label */
} DistrictName;

static const DistrictName district_names[] = {
	{"珠山区", "zhushan"}, {"珠山", "zhushan"}, {"zhushan", "zhushan"},
	{"昌江区", "changjiang"}, {"昌江", "changjiang"}, {"changjiang", "changjiang"},
	{"高新技术开发区", "gaoxin"}, {"高新区", "gaoxin"},
	{"高新技术产业开发区", "gaoxin"}, {"gaoxin", "gaoxin"},
	{"昌南新区", "changnan"}, {"昌南", "changnan"}, {"changnan", "changnan"},
	{"浮梁县", "fuliang"}, {"浮梁", "fuliang"}, {"fuliang", "fuliang"},
	{"乐平市", "leping"}, {"乐平", "leping"}, {"leping", "leping"},
	{"elsewhere", "elsewhere"},
};

/* Whether a code point is Unicode White_Space. */
static bool
district_is_space(pg_wchar c)
{
	return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 ||
		c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
		c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Strip a prefix from *s (in place on the pointer only); true if stripped. */
static bool
district_strip(const char **s, const char *prefix)
{
	size_t		n = strlen(prefix);

	if (strncmp(*s, prefix, n) == 0)
	{
		*s += n;
		return true;
	}
	return false;
}

/* jdz.district_of(text): the district a written place name denotes */
PG_FUNCTION_INFO_V1(district_of);
Datum
district_of(PG_FUNCTION_ARGS)
{
	text	   *arg = PG_GETARG_TEXT_PP(0);
	const unsigned char *p = (const unsigned char *) VARDATA_ANY(arg);
	int			len = VARSIZE_ANY_EXHDR(arg);
	const unsigned char *end = p + len;
	char		buf[DISTRICT_NAME_MAX + 1];
	int			n = 0;
	bool		too_long = false;
	const char *s;
	Oid			typoid;
	char	   *shown;

	/* the database encoding of the extension is UTF8 or compatible */
	while (p < end)
	{
		int			l = pg_utf_mblen(p);
		pg_wchar	c;

		if (l < 1 || p + l > end || !pg_utf8_islegal(p, l))
		{
			/* not valid UTF-8: cannot be a name we know */
			too_long = true;
			break;
		}
		c = utf8_to_unicode(p);
		if (!district_is_space(c))
		{
			if (n + l > DISTRICT_NAME_MAX)
			{
				too_long = true;
				break;
			}
			for (int i = 0; i < l; i++)
			{
				unsigned char b = p[i];

				buf[n++] = (l == 1 && b >= 'A' && b <= 'Z') ? b + ('a' - 'A') : b;
			}
		}
		p += l;
	}
	buf[n] = '\0';

	if (!too_long)
	{
		s = buf;
		district_strip(&s, "江西省");
		if (!district_strip(&s, "景德镇市"))
			district_strip(&s, "景德镇");

		for (int i = 0; i < lengthof(district_names); i++)
		{
			if (strcmp(s, district_names[i].name) == 0)
			{
				typoid = get_fn_expr_rettype(fcinfo->flinfo);
				if (!OidIsValid(typoid))
					elog(ERROR, "could not determine the result type of district_of");
				return DirectFunctionCall2(enum_in,
										   CStringGetDatum(district_names[i].label),
										   ObjectIdGetDatum(typoid));
			}
		}
	}

	/* show at most about 60 characters of the offending text */
	shown = text_to_cstring(arg);
	if (len > 180)
	{
		int			cut = pg_mbcliplen(shown, len, 180);

		shown[cut] = '\0';
		shown = psprintf("%s...", shown);
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unknown district name \"%s\"", shown),
			 errdetail("MF-02, 景府发〔2023〕11号 第二条; PRH-07, 景府办发〔2023〕7号 第七条: the central city is 珠山区, 昌江区, 高新技术开发区 and 昌南新区."),
			 errhint("use a label of jdz.district, or 'elsewhere' for a place outside Jingdezhen")));
	PG_RETURN_NULL();			/* not reached */
}
