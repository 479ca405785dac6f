-- Bad input everywhere (issue 10): every function of the extension is called
-- with NULLs, negatives, zeros, empty arrays, out-of-range dates and absurd
-- sizes, one argument at a time (the others normal), and with all arguments
-- NULL.  Each call must give a result or raise a specific SQLSTATE: never
-- XX000 (internal error), never a crash, and none may take more than two
-- seconds (absurd sizes must be refused, not computed).
-- Functions are found in the catalog, so new functions are covered as soon as
-- they exist.
BEGIN;
SELECT plan(3);

CREATE TEMP TABLE sweep_call (fn regprocedure, call text, outcome text, ms numeric);
SET LOCAL statement_timeout = '10min';

\ir lib/calls.sql

DO $do$
DECLARE
	c record;
	state text;
	t0 timestamptz;
BEGIN
	FOR c IN SELECT * FROM pg_temp.sweep_calls() WHERE kind <> 'normal' LOOP
		t0 := clock_timestamp();
		BEGIN
			EXECUTE c.call;
			state := 'ok';
		EXCEPTION WHEN OTHERS THEN
			GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE;
		END;
		INSERT INTO sweep_call VALUES (c.fn, c.call, state, extract(epoch FROM clock_timestamp() - t0) * 1000);
	END LOOP;
END $do$;

SELECT cmp_ok((SELECT count(DISTINCT fn) FROM sweep_call)::int, '>', 0, 'the sweep called the functions of the extension');
SELECT is_empty($$SELECT fn::text, call FROM sweep_call WHERE outcome IN ('XX000', 'XX001', 'XX002')$$,
	'no call raises an internal error (XX000)');
SELECT is_empty($$SELECT fn::text, call, ms FROM sweep_call WHERE ms > 2000$$,
	'no call takes more than two seconds');

SELECT * FROM finish();
ROLLBACK;
