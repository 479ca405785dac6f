-- A hostile search_path cannot change any result (issue 10): a schema "evil"
-- ahead of jdz and pg_catalog holds look-alikes of every jdzpolicy function
-- and of the operators and functions an implementation might use unqualified.
-- Every function of the extension is called with normal and with bad
-- arguments, the caches are dropped so that they reload under the hostile
-- path, and every result (or SQLSTATE) must be what it was before.
BEGIN;
SELECT plan(2);
\ir lib/calls.sql

CREATE TEMP TABLE sp_call AS SELECT fn, call, NULL::text AS before, NULL::text AS after FROM pg_temp.sweep_calls();

CREATE FUNCTION pg_temp.run_all(path text, col text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
	c record;
	res text;
	saved text := current_setting('search_path');
BEGIN
	FOR c IN SELECT ctid, call FROM sp_call LOOP
		BEGIN
			PERFORM pg_catalog.set_config('search_path', path, true);
			IF to_regproc('jdz.calendar_reset') IS NOT NULL THEN
				EXECUTE 'SELECT jdz.calendar_reset()';
			END IF;
			EXECUTE c.call INTO res;
			PERFORM pg_catalog.set_config('search_path', saved, true);
			res := coalesce(res, '(null)');
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS res = RETURNED_SQLSTATE;
			res := 'error ' || res;
		END;
		EXECUTE format('UPDATE sp_call SET %I = $1 WHERE ctid = $2', col) USING res, c.ctid;
	END LOOP;
END $f$;

SELECT pg_temp.run_all(current_setting('search_path'), 'before');

-- the hostile schema
CREATE SCHEMA evil;
DO $do$
DECLARE
	t text;
	op text;
	f record;
BEGIN
	-- operators that lie, for the types implementations compare and compute with
	FOREACH t IN ARRAY ARRAY['integer', 'bigint', 'numeric', 'date', 'text', 'boolean'] LOOP
		FOREACH op IN ARRAY ARRAY['=', '<>', '<', '<=', '>', '>='] LOOP
			EXECUTE format('CREATE FUNCTION evil.%s(%s, %s) RETURNS boolean LANGUAGE sql IMMUTABLE AS ''SELECT true''',
						   'op_' || md5(t || op), t, t);
			EXECUTE format('CREATE OPERATOR evil.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = evil.%s)',
						   op, t, t, 'op_' || md5(t || op));
		END LOOP;
	END LOOP;
	FOREACH t IN ARRAY ARRAY['integer', 'bigint', 'numeric'] LOOP
		FOREACH op IN ARRAY ARRAY['+', '-', '*', '/', '%'] LOOP
			EXECUTE format('CREATE FUNCTION evil.%s(%s, %s) RETURNS %s LANGUAGE sql IMMUTABLE AS ''SELECT 7::%s''',
						   'op_' || md5(t || op), t, t, t, t);
			EXECUTE format('CREATE OPERATOR evil.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = evil.%s)',
						   op, t, t, 'op_' || md5(t || op));
		END LOOP;
	END LOOP;
	CREATE FUNCTION evil.date_pl_int(date, integer) RETURNS date LANGUAGE sql IMMUTABLE AS 'SELECT date ''2000-01-01''';
	CREATE OPERATOR evil.+ (LEFTARG = date, RIGHTARG = integer, FUNCTION = evil.date_pl_int);
	CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE sql AS 'SELECT timestamptz ''2000-01-01 00:00+00''';
	CREATE FUNCTION evil.round(numeric, integer) RETURNS numeric LANGUAGE sql AS 'SELECT 7::numeric';
	CREATE FUNCTION evil.round(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 7::numeric';
	CREATE FUNCTION evil.floor(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 7::numeric';
	CREATE FUNCTION evil.ceil(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 7::numeric';
	CREATE FUNCTION evil.abs(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 7::numeric';
	CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE sql AS 'SELECT ''evil''';
	CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE sql AS 'SELECT ''evil''';
	CREATE FUNCTION evil.btrim(text) RETURNS text LANGUAGE sql AS 'SELECT ''evil''';
	CREATE FUNCTION evil.greatest_(numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 7::numeric';
	CREATE FUNCTION evil.make_date(integer, integer, integer) RETURNS date LANGUAGE sql AS 'SELECT date ''2000-01-01''';
	CREATE FUNCTION evil.date_trunc(text, timestamptz) RETURNS timestamptz LANGUAGE sql AS 'SELECT timestamptz ''2000-01-01 00:00+00''';
	-- a look-alike of every function of the extension
	FOR f IN
		SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prorettype::regtype AS rt, p.proretset
		  FROM pg_proc p
		  JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'jdzpolicy'
		 WHERE p.prokind = 'f' AND p.prorettype NOT IN ('internal'::regtype, 'cstring'::regtype, 'trigger'::regtype)
		   AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes::regtype[]) a WHERE a::text IN ('internal', 'cstring'))
		   AND p.prorettype::regtype::text NOT LIKE 'any%'
	LOOP
		BEGIN
			EXECUTE format('CREATE FUNCTION evil.%I(%s) RETURNS %s%s LANGUAGE sql AS ''SELECT NULL::%s''',
						   f.proname, regexp_replace(f.args, '\m(OUT|INOUT) [^,]*,? ?', '', 'g'),
						   CASE WHEN f.proretset THEN 'SETOF ' ELSE '' END, f.rt, f.rt, f.rt);
		EXCEPTION WHEN OTHERS THEN
			NULL;	-- a signature that cannot be copied this way (OUT parameters): skip
		END;
	END LOOP;
END $do$;

-- parameters reload too
DO $$ BEGIN
	IF to_regclass('jdz.parameter') IS NOT NULL THEN
		EXECUTE 'UPDATE jdz.parameter SET note = note';
	END IF;
END $$;

SELECT pg_temp.run_all('evil, jdz, pg_catalog, public', 'after');

SELECT cmp_ok((SELECT count(*) FROM sp_call)::int, '>', 0, 'functions were called under both search paths');
SELECT is_empty($$SELECT fn::text, call, before, after FROM sp_call WHERE before IS DISTINCT FROM after$$,
	'no result changes when look-alike functions and operators come first in search_path');

SELECT * FROM finish();
ROLLBACK;
