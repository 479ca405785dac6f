-- bench/reference_subsidy.sql — REFERENCE ONLY, not part of the extension:
-- the PL/pgSQL a user would write for jdz.lefp_annual_subsidy,
-- jdz.cl_max_loan and jdz.loan_schedule, loaded by bench/subsidy.sql to
-- compare against (tools/run-bench skips files named reference_*).
CREATE SCHEMA IF NOT EXISTS bench_ref;

CREATE OR REPLACE FUNCTION bench_ref.lefp_annual_subsidy(on_date date) RETURNS numeric
LANGUAGE plpgsql STABLE STRICT SET search_path = pg_catalog, jdz, pg_temp AS $$
DECLARE
	w numeric := jdz.param('lefp.avg_monthly_wage', on_date);
BEGIN
	IF w <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'wage not positive';
	END IF;
	RETURN round(w * jdz.param('lefp.subsidy_base_ratio', on_date) * jdz.param('lefp.subsidy_rate', on_date) * 12, 2);
END $$;

CREATE OR REPLACE FUNCTION bench_ref.cl_max_loan(house_price numeric, couple boolean, on_date date,
	OUT hpf_max numeric, OUT total_max numeric, OUT min_down_payment numeric)
LANGUAGE plpgsql STABLE STRICT SET search_path = pg_catalog, jdz, pg_temp AS $$
BEGIN
	IF house_price <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'price not positive';
	END IF;
	total_max := floor(house_price * jdz.param('cl.max_loan_ratio', on_date) * 100) / 100;
	hpf_max := least(jdz.param(CASE WHEN couple THEN 'cl.hpf_cap.couple' ELSE 'cl.hpf_cap.single' END, on_date), total_max);
	min_down_payment := ceil(house_price * jdz.param('cl.min_down_payment_ratio', on_date) * 100) / 100;
END $$;

CREATE OR REPLACE FUNCTION bench_ref.loan_schedule(p numeric, annual_rate numeric, months int, equal_principal boolean)
	RETURNS TABLE (period int, payment numeric, principal numeric, interest numeric, balance numeric)
LANGUAGE plpgsql IMMUTABLE STRICT SET search_path = pg_catalog, pg_temp AS $$
DECLARE
	r numeric := annual_rate / 12;
	m numeric;
	b numeric := p;
	q numeric;
BEGIN
	IF equal_principal THEN
		m := round(p / months, 2);
	ELSIF r = 0 THEN
		m := round(p / months, 2);
	ELSE
		q := power(1 + r::numeric(60, 40), months);
		m := round(p * r * q / (q - 1), 2);
	END IF;
	FOR k IN 1 .. months LOOP
		period := k;
		interest := round(b * annual_rate / 12, 2);
		IF k = months THEN
			principal := b;
		ELSIF equal_principal THEN
			principal := least(m, b);
		ELSE
			principal := least(m - interest, b);
		END IF;
		payment := principal + interest;
		b := b - principal;
		balance := b;
		RETURN NEXT;
	END LOOP;
END $$;
