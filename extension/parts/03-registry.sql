-- extension/parts/03-registry.sql — 3. Document numbers, documents, parameters, rules
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
-- Core §3 (jdz.docno), §6 (jdz.parameter, jdz.param), §7 (jdz.document,
-- jdz.doc_status), §8 (jdz.rule, jdz.rule_catalog).  C: src/docno.c,
-- src/docno_parse.c (the pure parser), src/registry.c (the parameter cache).

-- 3.1 The type jdz.docno --------------------------------------------------

CREATE TYPE jdz.docno;

CREATE FUNCTION jdz.docno_in(cstring) RETURNS jdz.docno
	AS 'MODULE_PATHNAME', 'docno_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION jdz.docno_out(jdz.docno) RETURNS cstring
	AS 'MODULE_PATHNAME', 'docno_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION jdz.docno_recv(internal) RETURNS jdz.docno
	AS 'MODULE_PATHNAME', 'docno_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION jdz.docno_send(jdz.docno) RETURNS bytea
	AS 'MODULE_PATHNAME', 'docno_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE jdz.docno (
	INPUT = jdz.docno_in,
	OUTPUT = jdz.docno_out,
	RECEIVE = jdz.docno_recv,
	SEND = jdz.docno_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = int4,
	STORAGE = plain
);
COMMENT ON TYPE jdz.docno IS 'a document number (文号) such as 景府发〔2023〕11号: issuer code, year, serial; any bracket form, full-width digits, spaces and a missing 号 are accepted on input, output is canonical';

-- 3.2 Accessors -------------------------------------------------------------

CREATE FUNCTION jdz.docno_issuer(jdz.docno) RETURNS text
	AS 'MODULE_PATHNAME', 'docno_issuer' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_issuer(jdz.docno) IS 'the issuer code of a document number: 景府发 for 景府发〔2023〕11号 (IMMUTABLE: index it to find all documents of one issuer)';
CREATE FUNCTION jdz.docno_year(jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_year' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_year(jdz.docno) IS 'the year of a document number: 2023 for 景府发〔2023〕11号';
CREATE FUNCTION jdz.docno_serial(jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_serial' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_serial(jdz.docno) IS 'the serial number of a document number: 11 for 景府发〔2023〕11号';

-- 3.3 Comparison, hashing, operators, operator classes ----------------------

CREATE FUNCTION jdz.docno_cmp(jdz.docno, jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_cmp(jdz.docno, jdz.docno) IS 'btree support: -1, 0 or 1 ordering by issuer code (UTF-8 code points), year, serial';
CREATE FUNCTION jdz.docno_eq(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_eq(jdz.docno, jdz.docno) IS 'the same document number (issuer, year and serial equal)';
CREATE FUNCTION jdz.docno_ne(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_ne(jdz.docno, jdz.docno) IS 'different document numbers';
CREATE FUNCTION jdz.docno_lt(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_lt(jdz.docno, jdz.docno) IS 'ordered before (issuer, year, serial)';
CREATE FUNCTION jdz.docno_le(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_le(jdz.docno, jdz.docno) IS 'ordered before or equal (issuer, year, serial)';
CREATE FUNCTION jdz.docno_gt(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_gt(jdz.docno, jdz.docno) IS 'ordered after (issuer, year, serial)';
CREATE FUNCTION jdz.docno_ge(jdz.docno, jdz.docno) RETURNS boolean
	AS 'MODULE_PATHNAME', 'docno_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_ge(jdz.docno, jdz.docno) IS 'ordered after or equal (issuer, year, serial)';
CREATE FUNCTION jdz.docno_hash(jdz.docno) RETURNS integer
	AS 'MODULE_PATHNAME', 'docno_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_hash(jdz.docno) IS 'hash support on the parsed form: differently written equal numbers hash equally';
CREATE FUNCTION jdz.docno_hash_extended(jdz.docno, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'docno_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.docno_hash_extended(jdz.docno, bigint) IS 'extended (64-bit, seeded) hash support on the parsed form';

CREATE OPERATOR jdz.= (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_eq,
	COMMUTATOR = OPERATOR(jdz.=), NEGATOR = OPERATOR(jdz.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR jdz.= (jdz.docno, jdz.docno) IS 'the same document number';
CREATE OPERATOR jdz.<> (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_ne,
	COMMUTATOR = OPERATOR(jdz.<>), NEGATOR = OPERATOR(jdz.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR jdz.<> (jdz.docno, jdz.docno) IS 'different document numbers';
CREATE OPERATOR jdz.< (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_lt,
	COMMUTATOR = OPERATOR(jdz.>), NEGATOR = OPERATOR(jdz.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR jdz.< (jdz.docno, jdz.docno) IS 'ordered before (issuer, year, serial)';
CREATE OPERATOR jdz.<= (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_le,
	COMMUTATOR = OPERATOR(jdz.>=), NEGATOR = OPERATOR(jdz.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR jdz.<= (jdz.docno, jdz.docno) IS 'ordered before or equal (issuer, year, serial)';
CREATE OPERATOR jdz.> (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_gt,
	COMMUTATOR = OPERATOR(jdz.<), NEGATOR = OPERATOR(jdz.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR jdz.> (jdz.docno, jdz.docno) IS 'ordered after (issuer, year, serial)';
CREATE OPERATOR jdz.>= (
	LEFTARG = jdz.docno, RIGHTARG = jdz.docno, FUNCTION = jdz.docno_ge,
	COMMUTATOR = OPERATOR(jdz.<=), NEGATOR = OPERATOR(jdz.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR jdz.>= (jdz.docno, jdz.docno) IS 'ordered after or equal (issuer, year, serial)';

CREATE OPERATOR CLASS jdz.docno_ops DEFAULT FOR TYPE jdz.docno USING btree AS
	OPERATOR 1 jdz.< ,
	OPERATOR 2 jdz.<= ,
	OPERATOR 3 jdz.= ,
	OPERATOR 4 jdz.>= ,
	OPERATOR 5 jdz.> ,
	FUNCTION 1 jdz.docno_cmp(jdz.docno, jdz.docno);
COMMENT ON OPERATOR CLASS jdz.docno_ops USING btree IS 'document numbers ordered by issuer code, year, serial';

CREATE OPERATOR CLASS jdz.docno_hash_ops DEFAULT FOR TYPE jdz.docno USING hash AS
	OPERATOR 1 jdz.= ,
	FUNCTION 1 jdz.docno_hash(jdz.docno),
	FUNCTION 2 jdz.docno_hash_extended(jdz.docno, bigint);
COMMENT ON OPERATOR CLASS jdz.docno_hash_ops USING hash IS 'document numbers hashed on their parsed form';

-- 3.4 Casts -----------------------------------------------------------------

CREATE CAST (text AS jdz.docno) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS jdz.docno) IS 'parse a document number (22P02 if it is not one)';
CREATE CAST (jdz.docno AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (jdz.docno AS text) IS 'the canonical text of a document number';

-- 3.5 Documents (core §7) -----------------------------------------------------

CREATE TABLE jdz.document (
	docno jdz.docno PRIMARY KEY,
	title text NOT NULL CHECK (title <> ''),
	issuer text,
	issued_on date,
	effective_from date,
	expires_on date,
	repealed_by jdz.docno,
	repealed_on date,
	note text,
	builtin boolean NOT NULL DEFAULT false,
	CONSTRAINT document_expiry_after_start CHECK (expires_on >= effective_from),
	CONSTRAINT document_repeal_dated CHECK (repealed_by IS NULL OR repealed_on IS NOT NULL),
	CONSTRAINT document_not_self_repealed CHECK (repealed_by <> docno)
);
COMMENT ON TABLE jdz.document IS 'the registry of documents (core §7): every document of the seeds and every older document they repeal (builtin), plus the rows a DBA adds';
COMMENT ON COLUMN jdz.document.docno IS 'the document number (文号), canonical';
COMMENT ON COLUMN jdz.document.title IS 'the title as printed';
COMMENT ON COLUMN jdz.document.issuer IS 'the issuing authority, in full';
COMMENT ON COLUMN jdz.document.issued_on IS 'the date printed under the 文号 (Beijing date)';
COMMENT ON COLUMN jdz.document.effective_from IS 'the first day in force; NULL when unknown';
COMMENT ON COLUMN jdz.document.expires_on IS 'the last day in force when a validity period is stated; NULL otherwise';
COMMENT ON COLUMN jdz.document.repealed_by IS 'the document that repealed or replaced it';
COMMENT ON COLUMN jdz.document.repealed_on IS 'the first day it is no longer in force because of the repeal';
COMMENT ON COLUMN jdz.document.note IS 'where the dates come from, and what was assumed';
COMMENT ON COLUMN jdz.document.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
CREATE FUNCTION jdz.registry_changed() RETURNS trigger
	AS 'MODULE_PATHNAME', 'registry_changed' LANGUAGE C PARALLEL SAFE;
COMMENT ON FUNCTION jdz.registry_changed() IS 'statement trigger of jdz.document and jdz.parameter: sends a relcache invalidation so that every session drops its jdz.doc_status or jdz.param cache when the change commits';
CREATE TRIGGER document_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.document
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();
CREATE INDEX document_issuer_idx ON jdz.document (jdz.docno_issuer(docno));
COMMENT ON INDEX jdz.document_issuer_idx IS 'find all documents of one issuer: WHERE jdz.docno_issuer(docno) = ''景府发''';
SELECT pg_catalog.pg_extension_config_dump('jdz.document', 'WHERE NOT builtin');
-- the 48 documents of 40-deadlines-hotline-documents.md §(e), the single
-- source (10 §6 and 30 §5 repeat some of them with the same dates: not loaded
-- again); generated by data/gen/registry.py
--@load jdz.document data/document.csv

-- jdz.doc_status(docno, on_date): unknown / not_yet_effective / in_force /
-- expired / repealed; repealed wins over expired; a registered document with
-- no effective_from is unknown until it is repealed or expires.  C, from a
-- per-session cache of jdz.document dropped on every committed change (the
-- statement trigger document_changed below).
CREATE FUNCTION jdz.doc_status(docno jdz.docno, on_date date DEFAULT current_date) RETURNS text
	AS 'MODULE_PATHNAME', 'registry_doc_status' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.doc_status(jdz.docno, date) IS 'the status of a document on a date (core §7): unknown, not_yet_effective, in_force, expired (from the day after expires_on) or repealed (from repealed_on; wins over expired)';

CREATE VIEW jdz.documents_in_force AS
SELECT d.docno, d.title, d.issuer, d.issued_on, d.effective_from, d.expires_on, d.note, d.builtin
  FROM jdz.document d
 WHERE jdz.doc_status(d.docno, current_date) = 'in_force';
COMMENT ON VIEW jdz.documents_in_force IS 'the registered documents in force today (current_date)';

-- 3.6 Parameters that change over time (core §6) ------------------------------

CREATE TABLE jdz.parameter (
	key text NOT NULL
		CONSTRAINT parameter_key_format CHECK (key ~ '^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$' AND octet_length(key) <= 100),
	valid_from date NOT NULL CONSTRAINT parameter_valid_from_finite CHECK (isfinite(valid_from)),
	valid_to date CONSTRAINT parameter_valid_to_finite CHECK (isfinite(valid_to)),
	value numeric NOT NULL CONSTRAINT parameter_value_not_nan CHECK (value <> 'NaN'),
	unit text,
	docno jdz.docno,
	article text,
	note text,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (key, valid_from),
	CONSTRAINT parameter_valid_to_after_from CHECK (valid_to >= valid_from)
);
COMMENT ON TABLE jdz.parameter IS 'standards an authority can change (core §6): one row per key and validity period, no overlapping periods for one key; read with jdz.param(key, on_date)';
COMMENT ON COLUMN jdz.parameter.key IS 'dotted key naming the rule, e.g. mf.deposit_rate.multi';
COMMENT ON COLUMN jdz.parameter.valid_from IS 'the first day of validity';
COMMENT ON COLUMN jdz.parameter.valid_to IS 'the last day of validity; NULL means open-ended';
COMMENT ON COLUMN jdz.parameter.value IS 'the value (exact numeric)';
COMMENT ON COLUMN jdz.parameter.unit IS 'the unit of the value (yuan per m², percent, ratio, days …)';
COMMENT ON COLUMN jdz.parameter.docno IS 'the document that sets it';
COMMENT ON COLUMN jdz.parameter.article IS 'the article of that document';
COMMENT ON COLUMN jdz.parameter.note IS 'rule ID and remarks';
COMMENT ON COLUMN jdz.parameter.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.parameter', 'WHERE NOT builtin');

-- No overlapping validity per key.  Core §1 has the extension require
-- nothing, so instead of an exclusion constraint (which would need
-- btree_gist) a constraint trigger checks each inserted or changed row at the
-- end of its statement, serialised per key by an advisory lock, and raises
-- the exclusion-violation SQLSTATE 23P01.
CREATE FUNCTION jdz.parameter_check_overlap() RETURNS trigger
	LANGUAGE plpgsql PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	o record;
BEGIN
	PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('jdz.parameter'), pg_catalog.hashtext(NEW.key));
	SELECT p.valid_from, p.valid_to INTO o
	  FROM jdz.parameter p
	 WHERE p.key = NEW.key
	   AND p.valid_from <> NEW.valid_from
	   AND p.valid_from <= coalesce(NEW.valid_to, 'infinity'::date)
	   AND NEW.valid_from <= coalesce(p.valid_to, 'infinity'::date)
	 ORDER BY p.valid_from
	 LIMIT 1;
	IF FOUND THEN
		RAISE EXCEPTION 'conflicting validity for parameter "%"', NEW.key
			USING ERRCODE = 'exclusion_violation',
				  CONSTRAINT = 'parameter_no_overlap', SCHEMA = 'jdz', TABLE = 'parameter',
				  DETAIL = format('Key %s: the row valid from %s to %s overlaps the row valid from %s to %s.',
								  NEW.key, to_char(NEW.valid_from, 'YYYY-MM-DD'),
								  coalesce(to_char(NEW.valid_to, 'YYYY-MM-DD'), 'open end'),
								  to_char(o.valid_from, 'YYYY-MM-DD'),
								  coalesce(to_char(o.valid_to, 'YYYY-MM-DD'), 'open end')),
				  HINT = 'End the earlier row''s validity first, in the same transaction: UPDATE jdz.parameter SET valid_to = <the day before the new valid_from> WHERE key = ... AND valid_from = ...';
	END IF;
	RETURN NULL;
END
$f$;
COMMENT ON FUNCTION jdz.parameter_check_overlap() IS 'constraint trigger of jdz.parameter: no two rows of one key have overlapping validity (23P01)';
CREATE CONSTRAINT TRIGGER parameter_no_overlap
	AFTER INSERT OR UPDATE OF key, valid_from, valid_to ON jdz.parameter
	FOR EACH ROW EXECUTE FUNCTION jdz.parameter_check_overlap();

CREATE TRIGGER parameter_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.parameter
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();

CREATE FUNCTION jdz.param(key text, on_date date DEFAULT current_date) RETURNS numeric
	AS 'MODULE_PATHNAME', 'registry_param' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.param(text, date) IS 'the value of a parameter in force on a date (core §6), from a per-session cache dropped on every committed change of jdz.parameter; 22023 naming key and date when there is none';

CREATE FUNCTION jdz.param_reset() RETURNS void
	AS 'MODULE_PATHNAME', 'registry_param_reset' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.param_reset() IS 'drop this session''s jdz.param and jdz.doc_status caches by hand (never needed: committed changes drop them)';

-- 3.7 Rules (core §8) --------------------------------------------------------

CREATE TABLE jdz.rule (
	rule_id text PRIMARY KEY CHECK (rule_id <> ''),
	family text NOT NULL,
	docno jdz.docno,
	article text,
	summary text,
	implemented_by text[] NOT NULL DEFAULT '{}',
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.rule IS 'one row per rule ID of the family files (core §8): its document, article, summary and the functions, jdz.time_limit_rule rows (rule_id/variant) or parameter keys that implement it';
COMMENT ON COLUMN jdz.rule.rule_id IS 'the rule ID of the spec (MF-07, HL-12b …)';
COMMENT ON COLUMN jdz.rule.family IS 'the rule family (the spec file and prefix)';
COMMENT ON COLUMN jdz.rule.docno IS 'the document the rule comes from';
COMMENT ON COLUMN jdz.rule.article IS 'the article of that document';
COMMENT ON COLUMN jdz.rule.summary IS 'what the rule says, in short';
COMMENT ON COLUMN jdz.rule.implemented_by IS 'functions (jdz.name), jdz.time_limit_rule rows (rule_id/variant) or parameter keys carrying the rule; empty when not implemented';
COMMENT ON COLUMN jdz.rule.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.rule', 'WHERE NOT builtin');
-- one row per rule ID of 10 §7, 30 §6 and 40 §(g) (data/gen/registry.py);
-- implemented_by is '{}' here: each family's part fills it with UPDATEs for
-- what it actually implements
--@load jdz.rule data/rule.csv

-- 3.8 Views for reporting tools ---------------------------------------------

CREATE VIEW jdz.parameter_timeline AS
SELECT p.key,
	   pg_catalog.row_number() OVER (PARTITION BY p.key ORDER BY p.valid_from) AS seq,
	   p.valid_from, p.valid_to, p.value, p.unit,
	   pg_catalog.lag(p.value) OVER (PARTITION BY p.key ORDER BY p.valid_from) AS previous_value,
	   p.docno, d.title AS document_title, p.article,
	   jdz.doc_status(p.docno, current_date) AS document_status,
	   (p.valid_from <= current_date AND (p.valid_to IS NULL OR p.valid_to >= current_date)) AS in_force_today,
	   p.note, p.builtin
  FROM jdz.parameter p
  LEFT JOIN jdz.document d ON d.docno = p.docno;
COMMENT ON VIEW jdz.parameter_timeline IS 'each parameter key''s history in validity order, with the value it replaced, its document, article and whether it is in force today';

CREATE VIEW jdz.rule_catalog AS
SELECT r.rule_id, r.family, r.docno, d.title AS document_title, r.article, r.summary,
	   jdz.doc_status(r.docno, current_date) AS document_status,
	   r.implemented_by,
	   (pg_catalog.cardinality(r.implemented_by) > 0) AS implemented,
	   r.builtin
  FROM jdz.rule r
  LEFT JOIN jdz.document d ON d.docno = r.docno;
COMMENT ON VIEW jdz.rule_catalog IS 'every rule with its family, document, article, summary, the document''s status today and what implements it';

-- 3.9 Owner and privileges ----------------------------------------------------

-- A trusted extension's script runs as the bootstrap superuser: hand the
-- tables and views to the role that ran CREATE EXTENSION (test/sh/90).
ALTER TABLE jdz.document OWNER TO @extowner@;
ALTER TABLE jdz.parameter OWNER TO @extowner@;
ALTER TABLE jdz.rule OWNER TO @extowner@;
ALTER VIEW jdz.documents_in_force OWNER TO @extowner@;
ALTER VIEW jdz.parameter_timeline OWNER TO @extowner@;
ALTER VIEW jdz.rule_catalog OWNER TO @extowner@;
-- everyone may look into schema jdz (the first part with tables needs it)
GRANT USAGE ON SCHEMA jdz TO PUBLIC;

GRANT SELECT ON jdz.document, jdz.parameter, jdz.rule TO PUBLIC;
GRANT SELECT ON jdz.documents_in_force, jdz.parameter_timeline, jdz.rule_catalog TO PUBLIC;
