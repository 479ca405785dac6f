-- bench/reference_prh.sql — REFERENCE ONLY, not part of the extension.
-- What a user would write without jdzpolicy: PL/pgSQL versions of
-- jdz.prh_eligibility (categories lianzu and gongzu_local, the usual checks)
-- and jdz.prh_monthly_rent, reading the same parameter table.  Loaded by
-- bench/prh.sql with \i; tools/run-bench skips reference_* files.

CREATE SCHEMA IF NOT EXISTS ref;

CREATE OR REPLACE FUNCTION ref.param(p_key text, p_on date) RETURNS numeric
LANGUAGE plpgsql STABLE AS $$
DECLARE v numeric;
BEGIN
	SELECT value INTO v FROM jdz.parameter
	 WHERE key = p_key AND valid_from <= p_on AND (valid_to IS NULL OR valid_to >= p_on);
	IF NOT FOUND THEN
		RAISE EXCEPTION 'no parameter % on %', p_key, p_on USING ERRCODE = '22023';
	END IF;
	RETURN v;
END $$;

CREATE OR REPLACE FUNCTION ref.prh_monthly_rent(market_rent numeric, area_m2 numeric, tier text,
	ratio numeric, on_date date) RETURNS numeric
LANGUAGE plpgsql STABLE AS $$
DECLARE r numeric;
BEGIN
	IF market_rent IS NULL OR area_m2 IS NULL OR tier IS NULL OR on_date IS NULL THEN
		RAISE EXCEPTION 'null argument' USING ERRCODE = '22004';
	END IF;
	IF market_rent <= 0 OR area_m2 <= 0 THEN
		RAISE EXCEPTION 'invalid value' USING ERRCODE = '22023';
	END IF;
	IF tier = 'lianzu' THEN
		r := ref.param('prh.rent_ratio.lianzu', on_date);
	ELSIF tier = 'gongzu' THEN
		IF ratio IS NULL THEN RAISE EXCEPTION 'ratio' USING ERRCODE = '22004'; END IF;
		IF ratio < ref.param('prh.rent_ratio.gongzu_min', on_date) OR ratio > ref.param('prh.rent_ratio.gongzu_max', on_date) THEN
			RAISE EXCEPTION 'ratio outside the band' USING ERRCODE = '22023';
		END IF;
		r := ratio;
	ELSE
		r := 1;
	END IF;
	RETURN round(market_rent * area_m2 * r, 2);
END $$;

CREATE OR REPLACE FUNCTION ref.prh_eligibility(category text, sex text, birth_date date, household_size int,
	hukou text, resident_since date, housing_area numeric, household_income numeric, statuses text[],
	co_applicants_ok boolean, on_date date) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
	reasons text[] := '{}';
	need int;
BEGIN
	IF category IS NULL OR sex IS NULL OR birth_date IS NULL OR household_size IS NULL OR hukou IS NULL OR on_date IS NULL THEN
		RAISE EXCEPTION 'null argument' USING ERRCODE = '22004';
	END IF;
	IF hukou <> 'central_urban' THEN reasons := reasons || 'hukou'::text; END IF;
	IF (resident_since + interval '5 years')::date > on_date THEN reasons := reasons || 'residence'::text; END IF;
	need := CASE WHEN sex = 'female' THEN 20 ELSE 22 END;
	IF (birth_date + make_interval(years => need))::date > on_date THEN reasons := reasons || 'age'::text; END IF;
	IF household_size > 1 AND NOT co_applicants_ok THEN reasons := reasons || 'co_applicants'::text; END IF;
	IF category = 'lianzu' AND cardinality(statuses) = 0 THEN reasons := reasons || 'status'::text; END IF;
	IF housing_area > ref.param('prh.area_per_capita_max', on_date) * household_size THEN
		reasons := reasons || 'housing_area'::text;
	END IF;
	IF category = 'gongzu_local' AND household_income >
	   ref.param('prh.income_multiple', on_date) * ref.param('prh.urban_disposable_income', on_date) THEN
		reasons := reasons || 'income'::text;
	END IF;
	RETURN reasons;
END $$;
