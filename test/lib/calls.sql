-- test/lib/calls.sql — calls of every function of the extension, built from
-- the catalog: pg_temp.sweep_calls() gives, per function, one call with
-- normal arguments (kind 'normal'), one with every argument NULL ('nulls'),
-- and one per bad value of each argument with the others normal ('bad').
-- Used by the bad-input sweep and the search_path test.

CREATE FUNCTION pg_temp.values_for(t regtype, argname text, normal boolean) RETURNS text[]
LANGUAGE plpgsql AS $f$
DECLARE
	tn text := t::text;
	elem regtype;
	labels text[];
BEGIN
	IF tn IN ('integer', 'smallint', 'bigint') THEN
		IF normal THEN RETURN ARRAY['5']; END IF;
		RETURN ARRAY['NULL', '0', '-1', '1', '2147483647', '-2147483648'];
	ELSIF tn = 'numeric' THEN
		IF normal THEN RETURN ARRAY['100']; END IF;
		RETURN ARRAY['NULL', '0', '-1', '0.000001', '1e30', '-1e30', '''NaN'''];
	ELSIF tn = 'date' THEN
		IF normal THEN RETURN ARRAY['''2024-06-03''']; END IF;
		RETURN ARRAY['NULL', '''infinity''', '''-infinity''', '''4713-01-01 BC''', '''1900-01-01''', '''2099-12-31''', '''5874897-12-31'''];
	ELSIF tn = 'timestamp with time zone' THEN
		IF normal THEN RETURN ARRAY['''2024-06-03 09:00+08''']; END IF;
		RETURN ARRAY['NULL', '''infinity''', '''-infinity''', '''1900-01-01 00:00+08''', '''2099-12-31 23:59+08''', '''294276-12-31 00:00+00'''];
	ELSIF tn = 'boolean' THEN
		IF normal THEN RETURN ARRAY['false']; END IF;
		RETURN ARRAY['NULL', 'true', 'false'];
	ELSIF tn = 'text' THEN
		IF normal THEN
			RETURN ARRAY[CASE
				WHEN argname ~ 'variant' THEN ''''''
				WHEN argname ~ 'rule' THEN '''MF-14'''
				WHEN argname ~ 'mode' THEN '''half_up'''
				WHEN argname ~ 'key' THEN '''mf.deposit_rate.multi'''
				ELSE '''x''' END];
		END IF;
		RETURN ARRAY['NULL', '''''', ''' ''', '''no such thing''', quote_literal(repeat('长', 10000))];
	ELSIF tn = 'jdz.cny' THEN
		IF normal THEN RETURN ARRAY['''1000.00''']; END IF;
		RETURN ARRAY['NULL', '''0''', '''-0.01''', '''92233720368547758.07''', '''-92233720368547758.08'''];
	ELSIF tn = 'jdz.time_limit' THEN
		IF normal THEN RETURN ARRAY['''5 working days''']; END IF;
		RETURN ARRAY['NULL', '''0 days''', '''100000 years''', '''100000 working days''', '''2 hours''', '''1 month'''];
	ELSIF tn = 'jdz.docno' THEN
		IF normal THEN RETURN ARRAY['''景府发〔2023〕11号''']; END IF;
		RETURN ARRAY['NULL', '''景府发〔2023〕11号''', '''无〔1900〕1号'''];
	ELSIF tn LIKE '%[]' THEN
		SELECT typelem::regtype INTO elem FROM pg_type WHERE oid = t;
		IF normal THEN RETURN ARRAY['''{}''']; END IF;
		RETURN ARRAY['NULL', '''{}''', '''{NULL}''',
			coalesce(quote_literal('{' || (pg_temp.values_for(elem, argname, true))[1] || '}'), 'NULL'),
			coalesce(quote_literal('{' || array_to_string(array_fill((pg_temp.values_for(elem, argname, true))[1], ARRAY[10000]), ',') || '}'), 'NULL')];
	END IF;
	SELECT array_agg(quote_literal(enumlabel) ORDER BY enumsortorder) INTO labels FROM pg_enum WHERE enumtypid = t;
	IF labels IS NOT NULL THEN
		IF normal THEN RETURN labels[1:1]; END IF;
		RETURN ARRAY['NULL'] || labels;
	END IF;
	RETURN ARRAY['NULL'];
END $f$;

CREATE FUNCTION pg_temp.sweep_calls() RETURNS TABLE (fn regprocedure, kind text, call text)
LANGUAGE plpgsql AS $f$
DECLARE
	f record;
	normal text[];
	vals text[];
	args text[];
	v text;
	i int;
	n int;
BEGIN
	FOR f IN
		SELECT p.oid::regprocedure AS fn, p.oid, p.proargtypes::regtype[] AS types,
			   coalesce(p.proargnames, '{}') AS names, p.pronargs
		  FROM pg_proc p
		  JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'jdzpolicy'
		 WHERE p.prokind = 'f'
		   AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes::regtype[]) a
						   WHERE a::text IN ('internal', 'cstring', 'anyelement', 'anyarray'))
		   AND p.prorettype NOT IN ('internal'::regtype, 'cstring'::regtype)
		   AND p.proname NOT IN ('calendar_reset')
		 ORDER BY 1::text
	LOOP
		n := f.pronargs;
		normal := '{}';
		FOR i IN 1 .. n LOOP
			normal := normal || (pg_temp.values_for(f.types[i - 1], coalesce(f.names[i], ''), true))[1];
		END LOOP;
		FOR i IN -1 .. n LOOP
			IF i <= 0 THEN
				vals := ARRAY['NULL'];
			ELSE
				vals := pg_temp.values_for(f.types[i - 1], coalesce(f.names[i], ''), false);
			END IF;
			FOREACH v IN ARRAY vals LOOP
				args := '{}';
				FOR j IN 1 .. n LOOP
					args := args || (CASE WHEN i = -1 THEN normal[j] WHEN i = 0 THEN 'NULL' WHEN j = i THEN v ELSE normal[j] END
									 || '::' || f.types[j - 1]::text);
				END LOOP;
				fn := f.fn;
				kind := CASE i WHEN -1 THEN 'normal' WHEN 0 THEN 'nulls' ELSE 'bad' END;
				call := format('SELECT pg_catalog.string_agg(r::pg_catalog.text, ''|'') FROM %s(%s) AS r', f.oid::regproc, array_to_string(args, ', '));
				RETURN NEXT;
			END LOOP;
			EXIT WHEN n = 0 AND i = 0;
		END LOOP;
	END LOOP;
END $f$;
