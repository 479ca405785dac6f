/*
 * registry.c — documents, dated parameters and rules (core §6–§8); the
 * jdz.param() cache.
 *
 * The cache: per backend, a hash table keyed by parameter key holding the
 * key's validity intervals sorted by valid_from.  It is built completely
 * (in a transaction-lived memory context, reparented under
 * CacheMemoryContext once done) before it replaces the old one.  A statement
 * trigger on jdz.parameter sends a relcache invalidation of the table, so a
 * committed change reaches every backend; the relcache callback registered in
 * jdz_registry_init() only marks the cache stale.  The table's OID is looked
 * up when the cache is built (the extension does not exist at _PG_init time).
 */
#include "jdzpolicy.h"

#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "mb/pg_wchar.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "utils/datum.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"

/* keys are at most 100 bytes (a CHECK on jdz.parameter); room for more */
#define PARAM_KEY_MAX 128

typedef struct ParamInterval
{
	DateADT		from;
	DateADT		to;				/* last day of validity; DATEVAL_NOEND if open */
	Numeric		value;
} ParamInterval;

typedef struct ParamEntry
{
	char		key[PARAM_KEY_MAX];	/* hash key, NUL-terminated */
	int			n;
	int			cap;
	ParamInterval *iv;			/* sorted by from */
} ParamEntry;

static HTAB *param_cache = NULL;
static MemoryContext param_cxt = NULL;
static Oid	param_relid = InvalidOid;
static bool param_valid = false;
static uint64 param_generation = 0;

/* the document cache: docno → its dates, for jdz.doc_status */
typedef struct DocKey
{
	int32		year;
	int32		serial;
	char		issuer[JDZ_DOCNO_MAX_ISSUER + 1];	/* NUL-padded */
} DocKey;

typedef struct DocEntry
{
	DocKey		key;
	DateADT		effective_from;	/* DATEVAL_NOBEGIN-1 sentinel not used: flags below */
	DateADT		expires_on;
	DateADT		repealed_on;
	bool		has_effective;
	bool		has_expiry;
	bool		has_repeal;
} DocEntry;

static HTAB *doc_cache = NULL;
static MemoryContext doc_cxt = NULL;
static Oid	doc_relid = InvalidOid;
static bool doc_valid = false;
static uint64 doc_generation = 0;

/* Relcache callback: a change of jdz.parameter or jdz.document (or of everything) marks its cache stale. */
static void
param_relcache_callback(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == param_relid)
	{
		param_valid = false;
		param_generation++;
	}
	if (relid == InvalidOid || relid == doc_relid)
	{
		doc_valid = false;
		doc_generation++;
	}
}

/* Load-time set-up: the parameter cache's invalidation. */
void
jdz_registry_init(void)
{
	CacheRegisterRelcacheCallback(param_relcache_callback, (Datum) 0);
}

static int
param_interval_cmp(const void *a, const void *b)
{
	DateADT		x = ((const ParamInterval *) a)->from;
	DateADT		y = ((const ParamInterval *) b)->from;

	return x < y ? -1 : (x > y ? 1 : 0);
}

/*
 * The OID of the extension's table jdz.<name>, looked up when a cache is
 * built (the extension does not exist yet at _PG_init time); 42P01 with a
 * hint when it is not installed.
 */
Oid
jdz_table_relid(const char *name)
{
	Oid			nsp = get_namespace_oid("jdz", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("table jdz.%s does not exist", name),
				 errhint("Run CREATE EXTENSION jdzpolicy.")));
	return relid;
}

/* Build the cache from jdz.parameter and swap it in. */
static void
param_build(void)
{
	uint64		generation = param_generation;
	Oid			relid = jdz_table_relid("parameter");
	MemoryContext cxt,
				oldcxt;
	HASHCTL		ctl;
	HTAB	   *htab;
	HASH_SEQ_STATUS seq;
	ParamEntry *e;
	uint64		i;


	/* transaction-lived until complete, so an error frees it */
	cxt = AllocSetContextCreate(CurrentMemoryContext, "jdz parameter cache",
								ALLOCSET_DEFAULT_SIZES);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = PARAM_KEY_MAX;
	ctl.entrysize = sizeof(ParamEntry);
	ctl.hcxt = cxt;
	htab = hash_create("jdz parameter cache", 64, &ctl,
					   HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT key, valid_from, valid_to, value FROM jdz.parameter", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute on jdz.parameter failed");

	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		kd = SPI_getbinval(tup, desc, 1, &isnull);
		text	   *kt;
		char		key[PARAM_KEY_MAX];
		int			klen;
		Datum		from,
					to,
					val;
		bool		to_null,
					val_null,
					found;

		if (isnull)
			continue;
		kt = DatumGetTextPP(kd);
		klen = VARSIZE_ANY_EXHDR(kt);
		if (klen >= PARAM_KEY_MAX)
			continue;			/* cannot be asked for (see param_find) */
		memcpy(key, VARDATA_ANY(kt), klen);
		key[klen] = '\0';
		from = SPI_getbinval(tup, desc, 2, &isnull);
		if (isnull)
			continue;
		to = SPI_getbinval(tup, desc, 3, &to_null);
		val = SPI_getbinval(tup, desc, 4, &val_null);
		if (val_null)
			continue;

		e = (ParamEntry *) hash_search(htab, key, HASH_ENTER, &found);
		oldcxt = MemoryContextSwitchTo(cxt);
		if (!found)
		{
			e->n = 0;
			e->cap = 4;
			e->iv = palloc(sizeof(ParamInterval) * e->cap);
		}
		else if (e->n == e->cap)
		{
			e->cap *= 2;
			e->iv = repalloc(e->iv, sizeof(ParamInterval) * e->cap);
		}
		e->iv[e->n].from = DatumGetDateADT(from);
		e->iv[e->n].to = to_null ? DATEVAL_NOEND : DatumGetDateADT(to);
		e->iv[e->n].value = DatumGetNumeric(datumCopy(val, false, -1));
		e->n++;
		MemoryContextSwitchTo(oldcxt);
	}
	SPI_finish();

	hash_seq_init(&seq, htab);
	while ((e = (ParamEntry *) hash_seq_search(&seq)) != NULL)
		qsort(e->iv, e->n, sizeof(ParamInterval), param_interval_cmp);

	/* complete: swap it in */
	MemoryContextSetParent(cxt, CacheMemoryContext);
	if (param_cxt != NULL)
		MemoryContextDelete(param_cxt);
	param_cxt = cxt;
	param_cache = htab;
	param_relid = relid;
	/* an invalidation that arrived while building makes the next call rebuild */
	param_valid = (generation == param_generation);
}

/* Format a date as ISO text, whatever DateStyle is. */
static char *
iso_date(DateADT d)
{
	int			y,
				m,
				dd;

	if (DATE_IS_NOBEGIN(d))
		return pstrdup("-infinity");
	if (DATE_IS_NOEND(d))
		return pstrdup("infinity");
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &dd);
	if (y <= 0)
		return psprintf("%04d-%02d-%02d BC", 1 - y, m, dd);
	return psprintf("%04d-%02d-%02d", y, m, dd);
}

/*
 * Find the value in force: returns the interval, or NULL with *entry set to
 * the key's entry (NULL if the key is unknown).
 */
static ParamInterval *
param_find(const char *key, DateADT on_date, ParamEntry **entry)
{
	ParamEntry *e;
	int			lo,
				hi;

	*entry = NULL;
	if (strlen(key) >= PARAM_KEY_MAX)
		return NULL;
	if (!param_valid || param_cache == NULL)
		param_build();
	e = (ParamEntry *) hash_search(param_cache, key, HASH_FIND, NULL);
	if (e == NULL)
		return NULL;
	*entry = e;
	/* the last interval starting on or before on_date */
	lo = 0;
	hi = e->n - 1;
	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (e->iv[mid].from <= on_date)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	if (hi >= 0 && e->iv[hi].to >= on_date)
		return &e->iv[hi];
	return NULL;
}

bool
jdz_param_lookup(const char *key, DateADT on_date, Numeric *value)
{
	ParamEntry *e;
	ParamInterval *iv = param_find(key, on_date, &e);

	if (iv == NULL)
		return false;
	*value = DatumGetNumeric(datumCopy(NumericGetDatum(iv->value), false, -1));
	return true;
}

Numeric
jdz_param_numeric(const char *key, DateADT on_date)
{
	ParamEntry *e;
	ParamInterval *iv = param_find(key, on_date, &e);
	int			klen = strlen(key);
	int			shown = klen > 100 ? pg_mbcliplen(key, klen, 100) : klen;

	if (iv != NULL)
		return DatumGetNumeric(datumCopy(NumericGetDatum(iv->value), false, -1));
	if (e == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no value of parameter \"%.*s%s\" on %s", shown, key,
						shown < klen ? "…" : "", iso_date(on_date)),
				 errdetail("jdz.parameter has no row with key \"%.*s%s\".", shown, key,
						   shown < klen ? "…" : ""),
				 errhint("See jdz.parameter_timeline for the known keys.")));
	{
		StringInfoData periods;
		int			i;

		initStringInfo(&periods);
		for (i = 0; i < e->n && i < 5; i++)
			appendStringInfo(&periods, "%s%s to %s", i > 0 ? ", " : "",
							 iso_date(e->iv[i].from),
							 DATE_IS_NOEND(e->iv[i].to) ? "open end" : iso_date(e->iv[i].to));
		if (e->n > 5)
			appendStringInfo(&periods, " and %d more", e->n - 5);
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("no value of parameter \"%s\" on %s", key, iso_date(on_date)),
				 errdetail("The rows of \"%s\" in jdz.parameter are valid %s; none covers %s.",
						   key, periods.data, iso_date(on_date)),
				 errhint("The rule's standard was not in force on that date; see jdz.parameter_timeline.")));
	}
	return NULL;				/* not reached */
}

/* param: jdz.param(key, on_date), the value of a parameter in force on a date */
PG_FUNCTION_INFO_V1(registry_param);
Datum
registry_param(PG_FUNCTION_ARGS)
{
	char	   *key = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_NUMERIC(jdz_param_numeric(key, PG_GETARG_DATEADT(1)));
}

/* param_reset: jdz.param_reset(), drop this backend's parameter and document caches */
PG_FUNCTION_INFO_V1(registry_param_reset);
Datum
registry_param_reset(PG_FUNCTION_ARGS)
{
	param_valid = false;
	doc_valid = false;
	PG_RETURN_VOID();
}

/*
 * registry_changed: statement trigger on jdz.parameter and jdz.document;
 * sends a relcache invalidation of the table so every backend's cache of it
 * is dropped at commit.
 */
PG_FUNCTION_INFO_V1(registry_changed);
Datum
registry_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("jdz.registry_changed() may only be called as a trigger")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	return PointerGetDatum(NULL);
}

static void
doc_key(const JdzDocno *d, DocKey *k)
{
	int			len = JDZ_DOCNO_ISSUER_LEN(d);

	if (len < 0 || len > JDZ_DOCNO_MAX_ISSUER)
		elog(ERROR, "corrupt jdz.docno value");
	memset(k, 0, sizeof(*k));
	k->year = d->year;
	k->serial = d->serial;
	memcpy(k->issuer, d->issuer, len);
}

/* Build the document cache from jdz.document and swap it in. */
static void
doc_build(void)
{
	uint64		generation = doc_generation;
	Oid			relid = jdz_table_relid("document");
	MemoryContext cxt;
	HASHCTL		ctl;
	HTAB	   *htab;
	uint64		i;

	cxt = AllocSetContextCreate(CurrentMemoryContext, "jdz document cache",
								ALLOCSET_DEFAULT_SIZES);
	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(DocKey);
	ctl.entrysize = sizeof(DocEntry);
	ctl.hcxt = cxt;
	htab = hash_create("jdz document cache", 128, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT docno, effective_from, expires_on, repealed_on FROM jdz.document", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "SPI_execute on jdz.document failed");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		Datum		dd = SPI_getbinval(tup, desc, 1, &isnull);
		DocKey		k;
		DocEntry   *e;
		Datum		v;

		if (isnull)
			continue;
		doc_key(DatumGetDocnoP(dd), &k);
		e = (DocEntry *) hash_search(htab, &k, HASH_ENTER, NULL);
		v = SPI_getbinval(tup, desc, 2, &isnull);
		e->has_effective = !isnull;
		e->effective_from = isnull ? 0 : DatumGetDateADT(v);
		v = SPI_getbinval(tup, desc, 3, &isnull);
		e->has_expiry = !isnull;
		e->expires_on = isnull ? 0 : DatumGetDateADT(v);
		v = SPI_getbinval(tup, desc, 4, &isnull);
		e->has_repeal = !isnull;
		e->repealed_on = isnull ? 0 : DatumGetDateADT(v);
	}
	SPI_finish();

	MemoryContextSetParent(cxt, CacheMemoryContext);
	if (doc_cxt != NULL)
		MemoryContextDelete(doc_cxt);
	doc_cxt = cxt;
	doc_cache = htab;
	doc_relid = relid;
	doc_valid = (generation == doc_generation);
}

const char *
jdz_doc_status(const JdzDocno *docno, DateADT on_date)
{
	DocKey		k;
	DocEntry   *e;

	if (!doc_valid || doc_cache == NULL)
		doc_build();
	doc_key(docno, &k);
	e = (DocEntry *) hash_search(doc_cache, &k, HASH_FIND, NULL);
	if (e == NULL)
		return "unknown";
	if (e->has_repeal && on_date >= e->repealed_on)
		return "repealed";
	if (e->has_expiry && on_date > e->expires_on)
		return "expired";
	if (!e->has_effective)
		return "unknown";
	if (on_date < e->effective_from)
		return "not_yet_effective";
	return "in_force";
}

/* doc_status: jdz.doc_status(docno, on_date), a document's status on a date (core §7) */
PG_FUNCTION_INFO_V1(registry_doc_status);
Datum
registry_doc_status(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(jdz_doc_status(PG_GETARG_DOCNO(0), PG_GETARG_DATEADT(1))));
}
