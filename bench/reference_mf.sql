-- bench/reference_mf.sql — REFERENCE ONLY, for bench/mf.sql: what a user
-- would write without the extension's C functions, in PL/pgSQL.  Not part of
-- the extension; tools/run-bench skips files named reference_*.
CREATE SCHEMA IF NOT EXISTS bench_ref;

-- MF-07 first deposit: the rate read from jdz.parameter, rounded half-up.
CREATE OR REPLACE FUNCTION bench_ref.mf_initial_deposit(area_m2 numeric, max_floors_above_ground integer,
                                                        on_date date DEFAULT current_date)
RETURNS numeric LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, jdz, pg_temp AS $$
DECLARE
	k text;
	rate numeric;
BEGIN
	IF area_m2 <= 0 THEN
		RAISE EXCEPTION 'area_m2 must be positive' USING ERRCODE = '22023';
	END IF;
	IF max_floors_above_ground < 1 THEN
		RAISE EXCEPTION 'max_floors_above_ground must be at least 1' USING ERRCODE = '22023';
	END IF;
	k := CASE WHEN max_floors_above_ground <= 7 THEN 'mf.deposit_rate.multi' ELSE 'mf.deposit_rate.high' END;
	SELECT p.value INTO rate FROM jdz.parameter p
	 WHERE p.key = k AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF NOT FOUND THEN
		RAISE EXCEPTION 'no rate % on %', k, on_date USING ERRCODE = '22023';
	END IF;
	RETURN round(area_m2 * rate, 2);
END $$;

-- MF-24 owners' vote.
CREATE OR REPLACE FUNCTION bench_ref.mf_vote_outcome(matter text,
		total_area numeric, total_owners integer, voted_area numeric, voted_owners integer,
		yes_area numeric, yes_owners integer)
RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp AS $$
BEGIN
	IF total_area <= 0 OR total_owners <= 0 OR voted_area < 0 OR voted_owners < 0 OR yes_area < 0 OR yes_owners < 0
	   OR voted_area > total_area OR voted_owners > total_owners OR yes_area > voted_area OR yes_owners > voted_owners THEN
		RAISE EXCEPTION 'invalid vote' USING ERRCODE = '22023';
	END IF;
	IF 3 * voted_area < 2 * total_area OR 3 * voted_owners < 2 * total_owners THEN
		RETURN 'quorum_not_met';
	END IF;
	IF matter = 'repair' THEN
		IF 2 * yes_area > voted_area AND 2 * yes_owners > voted_owners THEN RETURN 'approved'; END IF;
	ELSIF 4 * yes_area >= 3 * voted_area AND 4 * yes_owners >= 3 * voted_owners THEN
		RETURN 'approved';
	END IF;
	RETURN 'rejected';
END $$;
