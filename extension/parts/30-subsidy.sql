-- extension/parts/30-subsidy.sql — 30. Subsidies, loans and escrow
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
-- Spec: ../shared/spec/30-subsidies-loans-escrow.md.  Families LP (景府发〔2023〕14号),
-- JP (景府发〔2023〕15号), CN/OP/CL (景府办字〔2020〕46号, 景金字〔2020〕17号, 景金字〔2020〕18号),
-- UI (景人社字〔2020〕103号), RENT (景发改投资字〔2020〕176号), MOX (景府办字〔2020〕45号),
-- SURV (景调字〔2020〕12号), ESC (景建发〔2020〕122号).
--
-- The money formulas (LP, cl_max_loan, loan_schedule, the clawback test) are
-- C (src/subsidy.c, src/loan.c); the decisions are PL/pgSQL with a fixed
-- search_path or SQL-standard bodies.  Window parameters (temporary
-- measures, spec 30 §0) are read straight from jdz.parameter: no row in force
-- is the "not in force" outcome, never an error.
\echo Use "CREATE EXTENSION jdzpolicy" to load this file. \quit

-- 30.1 Types -----------------------------------------------------------------

CREATE TYPE jdz.eligibility AS (eligible boolean, reasons text[]);
COMMENT ON TYPE jdz.eligibility IS 'a yes/no decision with its reason codes ''<rule-id>:<code>'' (''{}'' when eligible); shared by every family';

CREATE TYPE jdz.lefp_status AS ENUM ('eligible', 'retained', 'ineligible');
COMMENT ON TYPE jdz.lefp_status IS 'LP-05/06/14 (景府发〔2023〕14号): a land-expropriated farmer is eligible, keeps the status without subsidy (retained, 第十四条) or is ineligible';

CREATE TYPE jdz.lefp_circumstance AS ENUM (
	'below_county_level',
	'no_contract_right',
	'not_local_farmer',
	'state_plan_worker',
	'civil_servant',
	'hukou_moved',
	'prisoner',
	'attached_hukou',
	'illegal_land_sale',
	'student',
	'active_soldier',
	'employer_insured'
);
COMMENT ON TYPE jdz.lefp_circumstance IS 'LP-05/06/14 (景府发〔2023〕14号 第五、六、十四条): facts that exclude a person or suspend the subsidy';

CREATE TYPE jdz.lefp_decision AS (status jdz.lefp_status, reasons text[]);
COMMENT ON TYPE jdz.lefp_decision IS 'LP-05/06/14: the status of a land-expropriated farmer with its reason codes';

CREATE TYPE jdz.pension_scheme AS ENUM ('enterprise_employee', 'urban_rural_resident');
COMMENT ON TYPE jdz.pension_scheme IS 'LP-09 (景府发〔2023〕14号 第九条): the enterprise-employee or the urban-rural-resident basic pension scheme';

CREATE TYPE jdz.lefp_lump_sum AS (years int, amount jdz.cny, pension_increase_from date);
COMMENT ON TYPE jdz.lefp_lump_sum IS 'LP-13 (景府发〔2023〕14号 第十三条): remaining subsidy years, the one-off credit and the first month of the higher pension';

CREATE TYPE jdz.cl_property AS ENUM (
	'new_commodity_housing',
	'villa', 'multi_storey_linked_villa',
	'commercial_residential',
	'investment_speculative',
	'second_hand'
);
COMMENT ON TYPE jdz.cl_property IS 'CL-05/20 (景金字〔2020〕18号): the kind of home bought with a combination loan; only new_commodity_housing qualifies';

CREATE TYPE jdz.cl_impediment AS ENUM (
	'contributions_stopped',
	'outside_city',
	'collective_land',
	'contract_not_filed',
	'outstanding_hpf_loan',
	'lender_conditions',
	'guarantees_unpaid_hpf_loan',
	'sued_for_bad_credit',
	'overdue_or_guarantor_paying',
	'bad_credit_record',
	'title_disputed',
	'not_mortgageable',
	'fully_paid',
	'lacks_civil_capacity',
	'no_repayment_capacity'
);
COMMENT ON TYPE jdz.cl_impediment IS 'CL-03/04/05/20 (景金字〔2020〕18号): facts that bar a combination loan';

CREATE TYPE jdz.cl_limits AS (hpf_max jdz.cny, total_max jdz.cny, min_down_payment jdz.cny);
COMMENT ON TYPE jdz.cl_limits IS 'CL-06/07/10: the largest provident-fund tranche, the largest total loan and the smallest down payment for a house price';

CREATE TYPE jdz.repayment_method AS ENUM ('equal_installment', 'equal_principal');
COMMENT ON TYPE jdz.repayment_method IS 'CL-16/17: 等额本息 (equal_installment) or 等额本金 (equal_principal)';

CREATE TYPE jdz.ui_separation AS ENUM ('involuntary', 'voluntary', 'undetermined', 'undetermined_committed');
COMMENT ON TYPE jdz.ui_separation IS 'UI-01/04 (景人社字〔2020〕103号 二（一）): how the employment ended; undetermined_committed = a written commitment was filed';

CREATE TYPE jdz.ui_entitlement AS (
	eligible boolean, reasons text[],
	monthly jdz.cny, months int, total jdz.cny,
	first_month date, last_month date
);
COMMENT ON TYPE jdz.ui_entitlement IS 'UI-05/07/09/10: an unemployment-insurance entitlement: decision, reasons, monthly amount, months, total, first days of the first and last paid months';

CREATE TYPE jdz.rent_tenant AS ENUM ('service_small_micro', 'individual_business', 'other_enterprise');
COMMENT ON TYPE jdz.rent_tenant IS 'RENT-01 (景发改投资字〔2020〕176号): the tenant class of state-owned business premises';

CREATE TYPE jdz.rent_relief_result AS (eligible boolean, reasons text[], free_months int, half_months int, amount jdz.cny);
COMMENT ON TYPE jdz.rent_relief_result IS 'RENT-01/02/04: the 2020 rent relief: decision, reasons, rent-free and half-rent months, the relieved amount';

CREATE TYPE jdz.rent_borrower AS ENUM ('small_micro_enterprise', 'small_micro_owner', 'individual_business', 'other_sme', 'large_enterprise');
COMMENT ON TYPE jdz.rent_borrower IS 'RENT-06 (景发改投资字〔2020〕176号 附件 四（九）): the borrower class for the 2020 loan deferral';

CREATE TYPE jdz.rent_deferral AS ENUM ('deferral', 'negotiate', 'not_covered');
COMMENT ON TYPE jdz.rent_deferral IS 'RENT-06: temporary deferral, negotiation with the bank, or not covered';

CREATE TYPE jdz.surv_role AS ENUM ('assistant_enumerator', 'bookkeeping_household');
COMMENT ON TYPE jdz.surv_role IS 'SURV-01 (景调字〔2020〕12号): 辅助调查员 or 记账户';

CREATE TYPE jdz.esc_transfer AS ENUM (
	'sale',
	'court_or_arbitration',
	'inheritance', 'gift', 'property_exchange',
	'co_owner_share',
	'auction',
	'capital_contribution',
	'spouse_or_lineal_relative',
	'state_asset_listing',
	'not_feasible'
);
COMMENT ON TYPE jdz.esc_transfer IS 'ESC-04/14 (景建发〔2020〕122号 第十四条): the kind of transfer of an existing home';

CREATE TYPE jdz.esc_loan AS ENUM ('none', 'commercial', 'provident_fund');
COMMENT ON TYPE jdz.esc_loan IS 'ESC-10 (景建发〔2020〕122号 第十条): how the buyer finances an escrowed purchase';

-- 30.2 Land-expropriated farmers (LP, 景府发〔2023〕14号) --------------------

CREATE FUNCTION jdz.lefp_eligibility(birth_date date, approved_on date, land_mu numeric, household_members int,
		circumstances jdz.lefp_circumstance[] DEFAULT '{}', reallocated_mu numeric DEFAULT 0,
		on_date date DEFAULT current_date)
	RETURNS jdz.lefp_decision
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	min_age int;
	p numeric;
	hard text[] := '{}';
	soft text[] := '{}';
BEGIN
	IF household_members < 1 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('household_members must be at least 1, not %s', household_members),
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条';
	END IF;
	IF land_mu < 0 OR land_mu = 'NaN' OR land_mu = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'land_mu must be a finite number not below 0',
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条';
	END IF;
	IF reallocated_mu < 0 OR reallocated_mu = 'NaN' OR reallocated_mu = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'reallocated_mu must be a finite number not below 0',
			DETAIL = 'LP-06, 景府发〔2023〕14号 第六条（二）';
	END IF;
	IF approved_on < birth_date THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('approved_on %s is before birth_date %s', approved_on, birth_date),
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条';
	END IF;
	IF array_position(circumstances, NULL) IS NOT NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'circumstances must not contain NULL',
			DETAIL = 'LP-05, 景府发〔2023〕14号 第五条、第六条、第十四条';
	END IF;
	min_age := jdz.param('lefp.min_age', on_date);
	p := jdz.param('lefp.max_land_per_capita', on_date);

	IF 'below_county_level' = ANY (circumstances) THEN hard := hard || 'LP-05:below_county_level'::text; END IF;
	IF 'no_contract_right' = ANY (circumstances) THEN hard := hard || 'LP-05:no_contract_right'::text; END IF;
	IF 'not_local_farmer' = ANY (circumstances) THEN hard := hard || 'LP-05:not_local_farmer'::text; END IF;
	-- 周岁 (core §2): reached on the anniversary; 29 February gives 28 February
	IF approved_on < (birth_date + make_interval(years => min_age))::date THEN hard := hard || 'LP-05:age'::text; END IF;
	IF land_mu > p * household_members THEN hard := hard || 'LP-05:land'::text; END IF;
	IF 'state_plan_worker' = ANY (circumstances) THEN hard := hard || 'LP-06:state_plan_worker'::text; END IF;
	IF reallocated_mu > 0 AND land_mu + reallocated_mu > p * household_members THEN
		hard := hard || 'LP-06:reallocated_land'::text;
	END IF;
	IF 'civil_servant' = ANY (circumstances) THEN hard := hard || 'LP-06:civil_servant'::text; END IF;
	IF 'hukou_moved' = ANY (circumstances) THEN hard := hard || 'LP-06:hukou_moved'::text; END IF;
	IF 'prisoner' = ANY (circumstances) THEN hard := hard || 'LP-06:prisoner'::text; END IF;
	IF 'attached_hukou' = ANY (circumstances) THEN hard := hard || 'LP-06:attached_hukou'::text; END IF;
	IF 'illegal_land_sale' = ANY (circumstances) THEN hard := hard || 'LP-06:illegal_land_sale'::text; END IF;
	IF 'student' = ANY (circumstances) THEN soft := soft || 'LP-14:student'::text; END IF;
	IF 'active_soldier' = ANY (circumstances) THEN soft := soft || 'LP-14:active_soldier'::text; END IF;
	IF 'employer_insured' = ANY (circumstances) THEN soft := soft || 'LP-14:employer_insured'::text; END IF;

	IF cardinality(hard) > 0 THEN
		RETURN ROW('ineligible', hard)::jdz.lefp_decision;
	ELSIF cardinality(soft) > 0 THEN
		RETURN ROW('retained', soft)::jdz.lefp_decision;
	END IF;
	RETURN ROW('eligible', '{}')::jdz.lefp_decision;
END
$$;
COMMENT ON FUNCTION jdz.lefp_eligibility(date, date, numeric, int, jdz.lefp_circumstance[], numeric, date) IS
	'LP-05, LP-06, LP-14 (景府发〔2023〕14号 第五、六、十四条): is this person a land-expropriated farmer: eligible, retained (no subsidy while studying, serving or employer-insured) or ineligible, with reasons';

CREATE FUNCTION jdz.lefp_schemes(enrolled_on date, retirement_on date) RETURNS jdz.pension_scheme[]
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN enrolled_on >= retirement_on THEN '{urban_rural_resident}'::jdz.pension_scheme[]
			ELSE '{enterprise_employee,urban_rural_resident}'::jdz.pension_scheme[] END;
COMMENT ON FUNCTION jdz.lefp_schemes(date, date) IS
	'LP-09 (景府发〔2023〕14号 第九条): the pension schemes a land-expropriated farmer may join; only the resident scheme from the statutory retirement day on';

CREATE FUNCTION jdz.lefp_annual_subsidy(on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_annual_subsidy'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_annual_subsidy(date) IS
	'LP-10 (景府发〔2023〕14号 第十条): the yearly contribution subsidy per person, W × 60 % × 12 % × 12 rounded half-up once (W = lefp.avg_monthly_wage, loaded by the DBA)';

CREATE FUNCTION jdz.lefp_annual_subsidy_explain(on_date date DEFAULT current_date) RETURNS jsonb
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	res jdz.cny;
	w numeric;
	a numeric;
	b numeric;
	params jsonb;
BEGIN
	res := jdz.lefp_annual_subsidy(on_date);
	w := jdz.param('lefp.avg_monthly_wage', on_date);
	a := jdz.param('lefp.subsidy_base_ratio', on_date);
	b := jdz.param('lefp.subsidy_rate', on_date);
	SELECT jsonb_agg(jsonb_build_object('key', p.key, 'value', p.value, 'valid_from', p.valid_from,
										'docno', p.docno::text) ORDER BY k.ord)
	  INTO params
	  FROM unnest(ARRAY['lefp.avg_monthly_wage', 'lefp.subsidy_base_ratio', 'lefp.subsidy_rate']) WITH ORDINALITY AS k(key, ord)
	  JOIN jdz.parameter p ON p.key = k.key AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	RETURN jsonb_build_object(
		'rule', 'LP-10',
		'document', '景府发〔2023〕14号',
		'article', '第十条',
		'inputs', jsonb_build_object('on_date', on_date),
		'parameters', params,
		'steps', jsonb_build_array(
			format('W × a × b × 12 = %s × %s × %s × 12 = %s yuan', w, a, b, w * a * b * 12),
			format('rounded half-up once to the fen: %s', res::text)),
		'result', res::text);
END
$$;
COMMENT ON FUNCTION jdz.lefp_annual_subsidy_explain(date) IS
	'LP-10: jdz.lefp_annual_subsidy with the parameters and steps used, as jsonb (core §8)';

CREATE FUNCTION jdz.lefp_enterprise_subsidy(flexible_months int, months_subsidised_before int, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_enterprise_subsidy'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_enterprise_subsidy(int, int, date) IS
	'LP-12 (景府发〔2023〕14号 第十一、十二条): the subsidy for one year in the enterprise scheme, per month paid as a flexible worker, capped at 15 years of months, rounded once';

CREATE FUNCTION jdz.lefp_resident_lump_sum(years_credited int, on_date date DEFAULT current_date)
	RETURNS jdz.lefp_lump_sum
	AS 'MODULE_PATHNAME', 'lefp_resident_lump_sum'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_resident_lump_sum(int, date) IS
	'LP-13 (景府发〔2023〕14号 第十三条): the one-off credit of the remaining subsidy years for a resident-scheme member at pension age; the pension rises from the next month';

CREATE FUNCTION jdz.lefp_min_provision(land_revenue jdz.cny, on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_min_provision'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_min_provision(jdz.cny, date) IS
	'LP-16 (景府发〔2023〕14号 第十六条): the minimum social-security provision, 8 % of the land-transfer revenue rounded up to the fen';

CREATE FUNCTION jdz.lefp_predeposit(area_mu numeric, on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'lefp_predeposit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.lefp_predeposit(numeric, date) IS
	'LP-17a (景府发〔2023〕14号 第十七条（一）): the pre-deposit for a land-use application, 10000 yuan per 亩, rounded half-up';

-- 30.3 景漂 finance (JP, 景府发〔2023〕15号) ----------------------------------

CREATE FUNCTION jdz.jp_caiyuan_eligibility(amount jdz.cny, term_months int, park_recommended boolean,
		jingpiao_core_team boolean, on_date date DEFAULT current_date)
	RETURNS jdz.eligibility
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	reasons text[] := '{}';
BEGIN
	IF amount::numeric <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'amount must be positive',
			DETAIL = 'JP-06, 景府发〔2023〕15号 二（三）6';
	END IF;
	IF term_months <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('term_months must be positive, not %s', term_months),
			DETAIL = 'JP-06, 景府发〔2023〕15号 二（三）6';
	END IF;
	IF amount::numeric > jdz.param('jp.caiyuan.max_amount', on_date) THEN reasons := reasons || 'JP-06:amount'::text; END IF;
	IF term_months > jdz.param('jp.caiyuan.max_term_months', on_date) THEN reasons := reasons || 'JP-06:term'::text; END IF;
	IF NOT park_recommended THEN reasons := reasons || 'JP-06:not_recommended'::text; END IF;
	IF NOT jingpiao_core_team THEN reasons := reasons || 'JP-06:no_core_team'::text; END IF;
	RETURN ROW(cardinality(reasons) = 0, reasons)::jdz.eligibility;
END
$$;
COMMENT ON FUNCTION jdz.jp_caiyuan_eligibility(jdz.cny, int, boolean, boolean, date) IS
	'JP-06 (景府发〔2023〕15号 二（三）6): may a 景漂 enterprise borrow from 财园信贷通 (at most 500万元, at most 1 year, park-recommended, core team)';

-- 30.4 Combination loans (CN, OP, CL) ----------------------------------------

CREATE FUNCTION jdz.cl_max_term(retirement_on date, on_date date DEFAULT current_date) RETURNS int
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	tmin int := jdz.param('cl.term_min_months', on_date);
	tmax int := jdz.param('cl.term_max_months', on_date);
	after int := jdz.param('cl.term_after_retirement_months', on_date);
	lim date;
	m bigint;
BEGIN
	IF NOT isfinite(retirement_on) OR NOT isfinite(on_date) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'retirement_on and on_date must be finite dates',
			DETAIL = 'CL-08, 景金字〔2020〕18号 第八条';
	END IF;
	lim := (retirement_on + make_interval(months => after))::date;
	IF on_date > lim THEN
		RETURN 0;
	END IF;
	m := (extract(year FROM lim)::bigint - extract(year FROM on_date)::bigint) * 12
		 + extract(month FROM lim)::bigint - extract(month FROM on_date)::bigint;
	IF m > tmax THEN
		RETURN CASE WHEN tmax < tmin THEN 0 ELSE tmax END;
	END IF;
	IF (on_date + make_interval(months => m::int))::date > lim THEN
		m := m - 1;
	END IF;
	IF m < tmin THEN
		RETURN 0;
	END IF;
	RETURN least(m, tmax)::int;
END
$$;
COMMENT ON FUNCTION jdz.cl_max_term(date, date) IS
	'CL-08 (景金字〔2020〕18号 第八条): the longest term in whole months, up to 360 and to retirement plus 5 years; 0 when under 12 months are possible';

CREATE FUNCTION jdz.cl_eligibility(contribution_months int, contract_signed date, paid_on date, existing_homes int,
		existing_home_area numeric, term_months int, retirement_on date,
		property jdz.cl_property DEFAULT 'new_commodity_housing', impediments jdz.cl_impediment[] DEFAULT '{}',
		on_date date DEFAULT current_date)
	RETURNS jdz.eligibility
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	r text[] := '{}';
	min_months numeric;
	max_area numeric;
	max_homes numeric;
	term_min numeric;
	imp text;
BEGIN
	IF contribution_months < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('contribution_months must not be negative, not %s', contribution_months),
			DETAIL = 'CL-04, 景金字〔2020〕18号 第四条（一）';
	END IF;
	IF existing_homes < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('existing_homes must not be negative, not %s', existing_homes),
			DETAIL = 'CL-05, 景金字〔2020〕18号 第五条（四）';
	END IF;
	IF existing_home_area < 0 OR existing_home_area = 'NaN' OR existing_home_area = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'existing_home_area must be a finite number not below 0',
			DETAIL = 'CL-05, 景金字〔2020〕18号 第五条（三）';
	END IF;
	IF term_months < 1 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('term_months must be at least 1, not %s', term_months),
			DETAIL = 'CL-08, 景金字〔2020〕18号 第八条';
	END IF;
	IF on_date < contract_signed OR on_date < paid_on THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = format('on_date %s is before the contract (%s) or the payment voucher (%s)', on_date, contract_signed, paid_on),
			DETAIL = 'CL-04, 景金字〔2020〕18号 第四条（三）',
			HINT = 'on_date is the day the loan is applied for (办理贷款时).';
	END IF;
	IF array_position(impediments, NULL) IS NOT NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'impediments must not contain NULL',
			DETAIL = 'CL-03, CL-04, CL-05, CL-20, 景金字〔2020〕18号';
	END IF;
	min_months := jdz.param('cl.min_contribution_months', on_date);
	max_area := jdz.param('cl.max_existing_home_area', on_date);
	max_homes := jdz.param('cl.max_existing_homes', on_date);
	term_min := jdz.param('cl.term_min_months', on_date);

	FOREACH imp IN ARRAY ARRAY['lacks_civil_capacity', 'no_repayment_capacity'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-03:' || imp); END IF;
	END LOOP;
	IF contribution_months < min_months THEN r := r || 'CL-04:contribution_months'::text; END IF;
	FOREACH imp IN ARRAY ARRAY['contributions_stopped', 'outside_city', 'collective_land', 'contract_not_filed'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-04:' || imp); END IF;
	END LOOP;
	IF on_date > jdz.due('CL-04', 'contract', contract_signed) THEN r := r || 'CL-04:contract_window'::text; END IF;
	IF on_date > jdz.due('CL-04', 'payment', paid_on) THEN r := r || 'CL-04:payment_window'::text; END IF;
	FOREACH imp IN ARRAY ARRAY['outstanding_hpf_loan', 'lender_conditions'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-04:' || imp); END IF;
	END LOOP;
	IF 'guarantees_unpaid_hpf_loan' = ANY (impediments) THEN r := r || 'CL-05:guarantees_unpaid_hpf_loan'::text; END IF;
	IF existing_homes = 1 AND existing_home_area > max_area THEN r := r || 'CL-05:large_existing_home'::text; END IF;
	IF existing_homes > max_homes THEN r := r || 'CL-05:third_home'::text; END IF;
	IF property IN ('villa', 'multi_storey_linked_villa', 'commercial_residential', 'investment_speculative') THEN
		r := r || 'CL-05:property_type'::text;
	END IF;
	FOREACH imp IN ARRAY ARRAY['sued_for_bad_credit', 'overdue_or_guarantor_paying', 'bad_credit_record',
							   'title_disputed', 'not_mortgageable'] LOOP
		IF imp::jdz.cl_impediment = ANY (impediments) THEN r := r || ('CL-05:' || imp); END IF;
	END LOOP;
	IF term_months < term_min THEN r := r || 'CL-08:term_too_short'::text; END IF;
	IF term_months > jdz.cl_max_term(retirement_on, on_date) THEN r := r || 'CL-08:term_too_long'::text; END IF;
	IF 'fully_paid' = ANY (impediments) THEN r := r || 'CL-20:fully_paid'::text; END IF;
	IF property = 'second_hand' THEN r := r || 'CL-20:second_hand'::text; END IF;
	RETURN ROW(cardinality(r) = 0, r)::jdz.eligibility;
END
$$;
COMMENT ON FUNCTION jdz.cl_eligibility(int, date, date, int, numeric, int, date, jdz.cl_property, jdz.cl_impediment[], date) IS
	'CL-03, CL-04, CL-05, CL-06, CL-08, CL-20 (景金字〔2020〕18号): may this combination-loan application be granted as requested, with the reasons it may not';

CREATE FUNCTION jdz.cl_max_loan(house_price jdz.cny, both_spouses_eligible boolean, on_date date DEFAULT current_date)
	RETURNS jdz.cl_limits
	AS 'MODULE_PATHNAME', 'cl_max_loan'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cl_max_loan(jdz.cny, boolean, date) IS
	'CL-06, CL-07, CL-10 (景金字〔2020〕18号 第六、七、十条): the HPF tranche cap (35万/50万 and 80 % of the price), the total cap (80 %, rounded down) and the minimum down payment (20 %, rounded up)';

CREATE FUNCTION jdz.cl_max_loan_explain(house_price jdz.cny, both_spouses_eligible boolean, on_date date DEFAULT current_date)
	RETURNS jsonb
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	res jdz.cl_limits;
	capkey text := CASE WHEN both_spouses_eligible THEN 'cl.hpf_cap.couple' ELSE 'cl.hpf_cap.single' END;
	params jsonb;
BEGIN
	res := jdz.cl_max_loan(house_price, both_spouses_eligible, on_date);
	SELECT jsonb_agg(jsonb_build_object('key', p.key, 'value', p.value, 'valid_from', p.valid_from,
										'docno', p.docno::text) ORDER BY k.ord)
	  INTO params
	  FROM unnest(ARRAY[capkey, 'cl.max_loan_ratio', 'cl.min_down_payment_ratio']) WITH ORDINALITY AS k(key, ord)
	  JOIN jdz.parameter p ON p.key = k.key AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	RETURN jsonb_build_object(
		'rule', 'CL-07',
		'document', '景金字〔2020〕18号',
		'article', '第七条',
		'inputs', jsonb_build_object('house_price', house_price::text, 'both_spouses_eligible', both_spouses_eligible,
									 'on_date', on_date),
		'parameters', params,
		'steps', jsonb_build_array(
			format('total_max = floor_to_fen(%s × %s) = %s', house_price::text, jdz.param('cl.max_loan_ratio', on_date), res.total_max::text),
			format('hpf_max = least(%s, total_max) = %s', jdz.param(capkey, on_date), res.hpf_max::text),
			format('min_down_payment = ceiling_to_fen(%s × %s) = %s', house_price::text,
				   jdz.param('cl.min_down_payment_ratio', on_date), res.min_down_payment::text)),
		'result', jsonb_build_object('hpf_max', res.hpf_max::text, 'total_max', res.total_max::text,
									 'min_down_payment', res.min_down_payment::text));
END
$$;
COMMENT ON FUNCTION jdz.cl_max_loan_explain(jdz.cny, boolean, date) IS
	'CL-07: jdz.cl_max_loan with the parameters and steps used, as jsonb (core §8)';

CREATE FUNCTION jdz.loan_schedule(principal jdz.cny, annual_rate numeric, months int, method jdz.repayment_method)
	RETURNS TABLE (period int, payment jdz.cny, principal jdz.cny, interest jdz.cny, balance jdz.cny)
	AS 'MODULE_PATHNAME', 'loan_schedule'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 360;
COMMENT ON FUNCTION jdz.loan_schedule(jdz.cny, numeric, int, jdz.repayment_method) IS
	'CL-09, CL-16/17 (景金字〔2020〕18号 第九、十六、十七条): the monthly repayment schedule of one tranche, exact to the fen, interest on the fen balance, the residue in the last period';

CREATE FUNCTION jdz.cl_clawback_triggered(paid_on_time boolean[], on_date date DEFAULT current_date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'cl_clawback_triggered'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.cl_clawback_triggered(boolean[], date) IS
	'CL-15 (景金字〔2020〕18号 第十五条): may the centre claw the loan back from the developer''s deposit: 3 consecutive or 6 missed instalments in the guarantee period';

CREATE FUNCTION jdz.hpf_disbursement_allowed(on_date date DEFAULT current_date) RETURNS boolean
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	n numeric;
	d numeric;
	eom date;
BEGIN
	IF NOT isfinite(on_date) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'on_date must be a finite date',
			DETAIL = 'OP-07, 景金字〔2020〕17号 七';
	END IF;
	SELECT p.value INTO n FROM jdz.parameter p
	 WHERE p.key = 'op.disburse.blackout_workdays' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF FOUND THEN
		IF NOT jdz.is_workday(on_date) THEN
			RETURN false;
		END IF;
		eom := (date_trunc('month', on_date) + interval '1 month' - interval '1 day')::date;
		RETURN jdz.workdays_between(on_date, eom) >= n;
	END IF;
	SELECT p.value INTO d FROM jdz.parameter p
	 WHERE p.key = 'op.disburse.cutoff_day' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF FOUND THEN
		RETURN jdz.is_workday(on_date) AND extract(isodow FROM on_date) IN (1, 3, 5)
			   AND extract(day FROM on_date) <= d;
	END IF;
	RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('no disbursement regime is in force on %s', on_date),
		DETAIL = 'OP-07, 景金字〔2020〕17号 七',
		HINT = 'Load a row of "op.disburse.blackout_workdays" or "op.disburse.cutoff_day" in force on that date into jdz.parameter.';
END
$$;
COMMENT ON FUNCTION jdz.hpf_disbursement_allowed(date) IS
	'OP-07 (景金字〔2020〕17号 七): may the provident-fund centre disburse on this day (working days except the last two of the month; before 2020-09-07 Mon/Wed/Fri up to the 25th)';

CREATE FUNCTION jdz.hpf_disbursement_due(start date) RETURNS date
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	w date;
	d date;
BEGIN
	IF NOT isfinite(start) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'start must be a finite date',
			DETAIL = 'OP-06, 景金字〔2020〕17号 六';
	END IF;
	w := jdz.due('OP-06', '', start);
	d := w;
	WHILE d > start LOOP
		IF jdz.hpf_disbursement_allowed(d) THEN
			RETURN d;
		END IF;
		d := d - 1;
	END LOOP;
	-- the black-out wins over the 2-day limit: the first permitted day after it
	FOR i IN 1 .. 366 LOOP
		IF jdz.hpf_disbursement_allowed(w + i) THEN
			RETURN w + i;
		END IF;
	END LOOP;
	RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('no disbursement day within a year after %s', w),
		DETAIL = 'OP-07, 景金字〔2020〕17号 七';
END
$$;
COMMENT ON FUNCTION jdz.hpf_disbursement_due(date) IS
	'OP-06 × OP-07 (景金字〔2020〕17号 六、七): the last day to disburse both tranches after the guarantee letter arrives: the latest permitted day of the 2-working-day window, else the first permitted day after it';

-- 30.5 Unemployment insurance (UI, 景人社字〔2020〕103号) ----------------------

CREATE FUNCTION jdz.ui_benefit_eligibility(contribution_months int, separation jdz.ui_separation, registered boolean,
		seeking_work boolean, drawing_pension boolean DEFAULT false, on_date date DEFAULT current_date)
	RETURNS jdz.eligibility
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	r text[] := '{}';
BEGIN
	IF contribution_months < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('contribution_months must not be negative, not %s', contribution_months),
			DETAIL = 'UI-01, 景人社字〔2020〕103号 二（一）';
	END IF;
	IF contribution_months < jdz.param('ui.benefit.min_contribution_months', on_date) THEN
		r := r || 'UI-01:contribution_months'::text;
	END IF;
	IF separation = 'voluntary' THEN r := r || 'UI-01:voluntary'::text; END IF;
	IF separation = 'undetermined' THEN r := r || 'UI-04:commitment_required'::text; END IF;
	IF NOT registered THEN r := r || 'UI-01:not_registered'::text; END IF;
	IF NOT seeking_work THEN r := r || 'UI-01:not_seeking_work'::text; END IF;
	IF drawing_pension THEN r := r || 'UI-06:drawing_pension'::text; END IF;
	RETURN ROW(cardinality(r) = 0, r)::jdz.eligibility;
END
$$;
COMMENT ON FUNCTION jdz.ui_benefit_eligibility(int, jdz.ui_separation, boolean, boolean, boolean, date) IS
	'UI-01, UI-02, UI-04, UI-06 (景人社字〔2020〕103号 二（一）): is this person entitled to unemployment-insurance benefit (no age, training, archive or proof tests, by design)';

CREATE FUNCTION jdz.ui_older_worker_extension(benefit_end date, retirement_on date) RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	g numeric;
	first_m date;
	last_m date;
	n int;
	reason text;
BEGIN
	IF NOT isfinite(benefit_end) OR NOT isfinite(retirement_on) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'benefit_end and retirement_on must be finite dates',
			DETAIL = 'UI-05, 景人社字〔2020〕103号 二（一）';
	END IF;
	SELECT p.value INTO g FROM jdz.parameter p
	 WHERE p.key = 'ui.older_extension.max_months_to_retirement' AND p.valid_from <= benefit_end
	   AND (p.valid_to IS NULL OR p.valid_to >= benefit_end);
	IF NOT FOUND THEN
		reason := 'UI-05:outside_window';
	ELSIF retirement_on <= benefit_end THEN
		reason := 'UI-05:retirement_reached';
	ELSIF retirement_on >= (benefit_end + make_interval(months => g::int))::date THEN
		reason := 'UI-05:not_within_year';
	ELSE
		first_m := (date_trunc('month', benefit_end) + interval '1 month')::date;
		last_m := date_trunc('month', retirement_on)::date;
		IF last_m < first_m THEN
			reason := 'UI-05:no_months';
		END IF;
	END IF;
	IF reason IS NOT NULL THEN
		RETURN ROW(false, ARRAY[reason], NULL, 0, NULL, NULL, NULL)::jdz.ui_entitlement;
	END IF;
	n := (extract(year FROM last_m)::int - extract(year FROM first_m)::int) * 12
		 + extract(month FROM last_m)::int - extract(month FROM first_m)::int + 1;
	RETURN ROW(true, '{}'::text[], NULL, n, NULL, first_m, last_m)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_older_worker_extension(date, date) IS
	'UI-05 (景人社字〔2020〕103号 二（一）): benefit extended to the retirement month for a person under a year from retirement when the entitlement ends (months only; the amount is the provincial standard)';

CREATE FUNCTION jdz.ui_unemployment_subsidy(on_date date DEFAULT current_date, stopped_on date DEFAULT NULL,
		receiving_benefit boolean DEFAULT false, received_before boolean DEFAULT false)
	RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	monthly numeric;
	max_months int;
	n int;
	first_m date;
	r text[] := '{}';
BEGIN
	IF on_date IS NULL OR receiving_benefit IS NULL OR received_before IS NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004', MESSAGE = 'on_date, receiving_benefit and received_before must not be NULL',
			DETAIL = 'UI-07, 景人社字〔2020〕103号 二（二）', HINT = 'Only stopped_on may be NULL (no stop event).';
	END IF;
	IF NOT isfinite(on_date) OR NOT isfinite(stopped_on) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'on_date and stopped_on must be finite dates',
			DETAIL = 'UI-07, 景人社字〔2020〕103号 二（二）';
	END IF;
	IF stopped_on < on_date THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('stopped_on %s is before on_date %s', stopped_on, on_date),
			DETAIL = 'UI-08, 景人社字〔2020〕103号 二（二）3';
	END IF;
	SELECT p.value INTO monthly FROM jdz.parameter p
	 WHERE p.key = 'ui.subsidy.monthly' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF NOT FOUND THEN r := r || 'UI-07:outside_window'::text; END IF;
	IF receiving_benefit THEN r := r || 'UI-07:receiving_benefit'::text; END IF;
	IF received_before THEN r := r || 'UI-07:already_received'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, NULL, 0, '0.00', NULL, NULL)::jdz.ui_entitlement;
	END IF;
	max_months := jdz.param('ui.subsidy.max_months', on_date);
	first_m := date_trunc('month', on_date)::date;
	n := max_months;
	IF stopped_on IS NOT NULL THEN
		n := least(max_months, (extract(year FROM stopped_on)::int - extract(year FROM on_date)::int) * 12
							   + extract(month FROM stopped_on)::int - extract(month FROM on_date)::int + 1);
	END IF;
	RETURN ROW(true, '{}'::text[], monthly::jdz.cny, n, (monthly * n)::jdz.cny, first_m,
			   (first_m + make_interval(months => n - 1))::date)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_unemployment_subsidy(date, date, boolean, boolean) IS
	'UI-07, UI-08 (景人社字〔2020〕103号 二（二）): the 2020 unemployment subsidy, 1000 yuan a month for up to 6 months from the application month, to the month of a stop event';

CREATE FUNCTION jdz.ui_migrant_lump_sum(work_months int, contribution_months int, on_date date DEFAULT current_date)
	RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	r text[] := '{}';
	b numeric;
	monthly numeric;
	n int;
BEGIN
	IF work_months < 0 OR contribution_months < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'work_months and contribution_months must not be negative',
			DETAIL = 'UI-09, 景人社字〔2020〕103号 二（三）1';
	END IF;
	IF work_months < jdz.param('ui.migrant_lump.min_work_months', on_date) THEN r := r || 'UI-09:work_months'::text; END IF;
	IF contribution_months = 0 THEN r := r || 'UI-09:no_contribution'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, NULL, 0, '0.00', NULL, NULL)::jdz.ui_entitlement;
	END IF;
	b := jdz.param('ui.benefit_base', on_date);
	IF b <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('ui.benefit_base on %s is not positive', on_date),
			DETAIL = 'UI-09, 景人社字〔2020〕103号 二（三）1', HINT = 'Correct the row of "ui.benefit_base" in jdz.parameter.';
	END IF;
	monthly := round(jdz.param('ui.migrant_lump.ratio', on_date) * b, 2);
	n := least(jdz.param('ui.migrant_lump.max_months', on_date), ceil(contribution_months / 12.0));
	RETURN ROW(true, '{}'::text[], monthly::jdz.cny, n, (monthly * n)::jdz.cny, NULL, NULL)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_migrant_lump_sum(int, int, date) IS
	'UI-09 (景人社字〔2020〕103号 二（三）1): the one-off living allowance of a migrant worker, 60 % of the benefit base (rounded) per started year of contribution, at most 24 months';

CREATE FUNCTION jdz.ui_migrant_allowance(insured_since date, unemployed_on date, on_date date DEFAULT current_date,
		stopped_on date DEFAULT NULL, received_before boolean DEFAULT false, receiving_other boolean DEFAULT false)
	RETURNS jdz.ui_entitlement
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	max_months numeric;
	m numeric;
	dibao numeric;
	n int;
	first_m date;
	r text[] := '{}';
	in_window boolean;
	in_cohort boolean;
BEGIN
	IF insured_since IS NULL OR unemployed_on IS NULL OR on_date IS NULL OR received_before IS NULL OR receiving_other IS NULL THEN
		RAISE EXCEPTION USING ERRCODE = '22004',
			MESSAGE = 'insured_since, unemployed_on, on_date, received_before and receiving_other must not be NULL',
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2', HINT = 'Only stopped_on may be NULL (no stop event).';
	END IF;
	IF NOT isfinite(insured_since) OR NOT isfinite(unemployed_on) OR NOT isfinite(on_date) OR NOT isfinite(stopped_on) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'the dates must be finite',
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2';
	END IF;
	IF unemployed_on < insured_since OR on_date < unemployed_on OR stopped_on < on_date THEN
		RAISE EXCEPTION USING ERRCODE = '22023',
			MESSAGE = 'the dates must be in order: insured_since <= unemployed_on <= on_date <= stopped_on',
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2';
	END IF;
	SELECT p.value INTO max_months FROM jdz.parameter p
	 WHERE p.key = 'ui.migrant_temp.max_months' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	in_window := FOUND;
	SELECT p.value INTO m FROM jdz.parameter p
	 WHERE p.key = 'ui.migrant_temp.max_insured_months' AND p.valid_from <= insured_since
	   AND (p.valid_to IS NULL OR p.valid_to >= insured_since);
	in_cohort := FOUND;
	IF NOT in_window THEN r := r || 'UI-10:outside_window'::text; END IF;
	IF NOT in_cohort THEN
		r := r || 'UI-10:insured_before_cohort'::text;
	ELSIF unemployed_on >= (insured_since + make_interval(months => m::int))::date THEN
		r := r || 'UI-10:insured_one_year'::text;
	END IF;
	IF received_before THEN r := r || 'UI-10:already_received'::text; END IF;
	IF receiving_other THEN r := r || 'UI-10:receiving_other'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, NULL, 0, '0.00', NULL, NULL)::jdz.ui_entitlement;
	END IF;
	dibao := jdz.param('ui.dibao.urban', on_date);
	IF dibao <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('ui.dibao.urban on %s is not positive', on_date),
			DETAIL = 'UI-10, 景人社字〔2020〕103号 二（三）2', HINT = 'Correct the row of "ui.dibao.urban" in jdz.parameter.';
	END IF;
	first_m := date_trunc('month', on_date)::date;
	n := max_months;
	IF stopped_on IS NOT NULL THEN
		n := least(max_months, (extract(year FROM stopped_on)::int - extract(year FROM on_date)::int) * 12
							   + extract(month FROM stopped_on)::int - extract(month FROM on_date)::int + 1);
	END IF;
	RETURN ROW(true, '{}'::text[], dibao::jdz.cny, n, (dibao * n)::jdz.cny, first_m,
			   (first_m + make_interval(months => n - 1))::date)::jdz.ui_entitlement;
END
$$;
COMMENT ON FUNCTION jdz.ui_migrant_allowance(date, date, date, date, boolean, boolean) IS
	'UI-10 (景人社字〔2020〕103号 二（三）2): the 2020 temporary living allowance of a migrant worker insured under a year since 2019, the urban 低保 for up to 3 months';

CREATE FUNCTION jdz.ui_price_subsidy(on_date date DEFAULT current_date, rural boolean DEFAULT false) RETURNS jdz.cny
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	m date;
	l numeric;
	s numeric;
	k numeric;
	base numeric;
BEGIN
	IF NOT isfinite(on_date) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'on_date must be a finite date',
			DETAIL = 'UI-11, 景人社字〔2020〕103号 二（四）';
	END IF;
	m := date_trunc('month', on_date)::date;
	l := jdz.param(CASE WHEN rural THEN 'ui.dibao.rural' ELSE 'ui.dibao.urban' END, m);
	IF l <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('the 低保 standard on %s is not positive', m),
			DETAIL = 'UI-11, 景人社字〔2020〕103号 二（四）', HINT = 'Correct the row in jdz.parameter.';
	END IF;
	s := jdz.param('ui.scpi_yoy', m);
	base := round(l * greatest(s, 0), 2);
	SELECT p.value INTO k FROM jdz.parameter p
	 WHERE p.key = 'ui.price_subsidy.multiplier' AND p.valid_from <= m AND (p.valid_to IS NULL OR p.valid_to >= m);
	IF NOT FOUND THEN
		k := 1;
	END IF;
	RETURN round(base * k, 2)::jdz.cny;
END
$$;
COMMENT ON FUNCTION jdz.ui_price_subsidy(date, boolean) IS
	'UI-11 (景人社字〔2020〕103号 二（四）): the monthly price subsidy, 低保 × SCPI change (rounded), doubled for 2020-03 to 2020-06';

-- 30.6 Rent relief (RENT, 景发改投资字〔2020〕176号) ----------------------------

CREATE FUNCTION jdz.rent_relief(monthly_rent jdz.cny, tenant jdz.rent_tenant, state_owned boolean DEFAULT true,
		business_use boolean DEFAULT true, on_date date DEFAULT current_date)
	RETURNS jdz.rent_relief_result
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	free numeric;
	half numeric;
	extra numeric;
	r text[] := '{}';
BEGIN
	IF monthly_rent::numeric < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'monthly_rent must not be negative',
			DETAIL = 'RENT-02, 景发改投资字〔2020〕176号 附件 二（一）';
	END IF;
	SELECT p.value INTO free FROM jdz.parameter p
	 WHERE p.key = 'rent.free_months' AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	IF NOT state_owned THEN r := r || 'RENT-01:not_state_owned'::text; END IF;
	IF NOT business_use THEN r := r || 'RENT-01:not_business_use'::text; END IF;
	IF free IS NULL THEN r := r || 'RENT-04:outside_window'::text; END IF;
	IF cardinality(r) > 0 THEN
		RETURN ROW(false, r, 0, 0, '0.00')::jdz.rent_relief_result;
	END IF;
	half := jdz.param('rent.half_months', on_date);
	extra := jdz.param('rent.extra_free_months', on_date);
	IF tenant IN ('service_small_micro', 'individual_business') THEN
		free := free + extra;
	END IF;
	RETURN ROW(true, '{}'::text[], free, half,
			   round(monthly_rent::numeric * (2 * free + half) / 2, 2)::jdz.cny)::jdz.rent_relief_result;
END
$$;
COMMENT ON FUNCTION jdz.rent_relief(jdz.cny, jdz.rent_tenant, boolean, boolean, date) IS
	'RENT-01, RENT-02, RENT-04 (景发改投资字〔2020〕176号 附件 二): the 2020 rent relief on state-owned business premises: free and half-rent months and the amount, for applications up to 2020-09-30';

CREATE FUNCTION jdz.rent_loan_deferral(borrower jdz.rent_borrower, credit_line jdz.cny, matures_on date,
		conditions_met boolean, hard_hit boolean DEFAULT false)
	RETURNS jdz.rent_deferral
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	max_credit numeric;
BEGIN
	IF credit_line::numeric < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'credit_line must not be negative',
			DETAIL = 'RENT-06, 景发改投资字〔2020〕176号 附件 四（九）';
	END IF;
	SELECT p.value INTO max_credit FROM jdz.parameter p
	 WHERE p.key = 'rent.inclusive_loan.max_credit' AND p.valid_from <= matures_on
	   AND (p.valid_to IS NULL OR p.valid_to >= matures_on);
	IF NOT FOUND THEN
		RETURN 'not_covered';
	END IF;
	IF borrower IN ('small_micro_enterprise', 'small_micro_owner', 'individual_business')
	   AND credit_line::numeric <= max_credit AND conditions_met THEN
		RETURN 'deferral';
	END IF;
	IF borrower <> 'large_enterprise' AND hard_hit THEN
		RETURN 'negotiate';
	END IF;
	RETURN 'not_covered';
END
$$;
COMMENT ON FUNCTION jdz.rent_loan_deferral(jdz.rent_borrower, jdz.cny, date, boolean, boolean) IS
	'RENT-06 (景发改投资字〔2020〕176号 附件 四（九）): temporary deferral of inclusive small and micro loans (credit line up to 1000万元) maturing in 2020, else negotiation for hard-hit firms';

-- 30.7 Moxibustion base subsidy (MOX, 景府办字〔2020〕45号) ---------------------

CREATE FUNCTION jdz.mox_base_subsidy(contiguous_mu numeric, organic boolean DEFAULT false, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	per_mu numeric;
	threshold numeric;
BEGIN
	IF contiguous_mu < 0 OR contiguous_mu = 'NaN' OR contiguous_mu = 'Infinity' THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'contiguous_mu must be a finite number not below 0',
			DETAIL = 'MOX-02, 景府办字〔2020〕45号 三（一）';
	END IF;
	per_mu := jdz.param('mox.subsidy_per_mu', on_date);
	threshold := jdz.param(CASE WHEN organic THEN 'mox.min_area_mu_organic' ELSE 'mox.min_area_mu' END, on_date);
	IF contiguous_mu >= threshold THEN
		RETURN round(contiguous_mu * per_mu, 2)::jdz.cny;
	END IF;
	RETURN '0.00'::jdz.cny;
END
$$;
COMMENT ON FUNCTION jdz.mox_base_subsidy(numeric, boolean, date) IS
	'MOX-02 (景府办字〔2020〕45号 三（一）): 1000 yuan per 亩 for a new standardised mugwort base of 100 contiguous 亩 or more (50 if certified organic)';

-- 30.8 Household-survey subsidy (SURV, 景调字〔2020〕12号) ----------------------

CREATE FUNCTION jdz.surv_subsidy(role jdz.surv_role, on_date date DEFAULT current_date) RETURNS jdz.cny
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	base numeric;
	inc numeric;
BEGIN
	base := jdz.param('surv.base.' || role::text, on_date);
	IF base < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('surv.base.%s on %s is negative', role, on_date),
			DETAIL = 'SURV-01, 景调字〔2020〕12号 四（二）', HINT = 'Correct the row in jdz.parameter.';
	END IF;
	SELECT p.value INTO inc FROM jdz.parameter p
	 WHERE p.key = 'surv.increase.' || role::text AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
	RETURN round(base + coalesce(inc, 0), 2)::jdz.cny;
END
$$;
COMMENT ON FUNCTION jdz.surv_subsidy(jdz.surv_role, date) IS
	'SURV-01 (景调字〔2020〕12号 四（二）): the monthly subsidy of an assistant enumerator or bookkeeping household, the current base plus 100 / 30 yuan from 2020-04-01';

-- 30.9 Existing-housing transaction escrow (ESC, 景建发〔2020〕122号) -----------

CREATE FUNCTION jdz.esc_required(transfer jdz.esc_transfer, opt_out boolean DEFAULT false) RETURNS boolean
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN transfer = 'sale'::jdz.esc_transfer AND NOT opt_out;
COMMENT ON FUNCTION jdz.esc_required(jdz.esc_transfer, boolean) IS
	'ESC-04/14 (景建发〔2020〕122号 第四、十四条): must the deal''s funds go through escrow: sales unless the parties opt out in writing; the types of 第十四条 may be excluded';

CREATE FUNCTION jdz.esc_plan(loan jdz.esc_loan, price jdz.cny, down_payment jdz.cny DEFAULT '0.00',
		loan_amount jdz.cny DEFAULT '0.00', seller_deposit jdz.cny DEFAULT '0.00', commission jdz.cny DEFAULT '0.00')
	RETURNS TABLE (item text, amount jdz.cny, paid_in_by text, via_escrow boolean, released_to text, released_on text)
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $$
DECLARE
	p numeric := price::numeric;
	dp numeric := down_payment::numeric;
	la numeric := loan_amount::numeric;
	sd numeric := seller_deposit::numeric;
	cm numeric := commission::numeric;
	ev text;
BEGIN
	IF p <= 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'price must be positive', DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条';
	END IF;
	IF dp < 0 OR la < 0 OR sd < 0 OR cm < 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'amounts must not be negative', DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条';
	END IF;
	IF loan = 'none' AND (dp <> 0 OR la <> 0 OR sd <> 0) THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a deal without a loan has no down payment, loan or seller deposit line',
			DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条', HINT = 'The whole price is one escrow line.';
	END IF;
	IF dp + la > p THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'down_payment plus loan_amount exceeds the price',
			DETAIL = 'ESC-16, 景建发〔2020〕122号 第十六条';
	END IF;
	IF loan = 'provident_fund' AND sd <> 0 THEN
		RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = 'a provident-fund deal has no seller deposit line',
			DETAIL = 'ESC-10, 景建发〔2020〕122号 第十条';
	END IF;
	IF loan = 'none' THEN
		ev := 'transfer_registered';
		item := 'price'; amount := price; paid_in_by := 'buyer'; via_escrow := true; released_to := 'seller'; released_on := ev;
		RETURN NEXT;
	ELSE
		ev := 'mortgage_registered';
		item := 'down_payment'; amount := down_payment; paid_in_by := 'buyer'; via_escrow := true; released_to := 'seller'; released_on := ev;
		RETURN NEXT;
		IF loan = 'commercial' THEN
			item := 'loan'; amount := loan_amount; paid_in_by := 'bank'; via_escrow := true; released_to := 'seller'; released_on := ev;
		ELSE
			item := 'loan'; amount := loan_amount; paid_in_by := 'provident_fund'; via_escrow := false; released_to := 'seller';
			released_on := 'loan_approved';
		END IF;
		RETURN NEXT;
		item := 'top_up'; amount := (p - dp - la)::jdz.cny; paid_in_by := 'buyer'; via_escrow := true; released_to := 'seller'; released_on := ev;
		RETURN NEXT;
		IF loan = 'commercial' THEN
			item := 'seller_deposit'; amount := seller_deposit; paid_in_by := 'seller'; via_escrow := true; released_to := 'seller';
			released_on := ev;
			RETURN NEXT;
		END IF;
	END IF;
	IF cm > 0 THEN
		item := 'commission'; amount := commission; paid_in_by := 'parties'; via_escrow := true; released_to := 'broker'; released_on := ev;
		RETURN NEXT;
	END IF;
	RETURN;
END
$$;
COMMENT ON FUNCTION jdz.esc_plan(jdz.esc_loan, jdz.cny, jdz.cny, jdz.cny, jdz.cny, jdz.cny) IS
	'ESC-05, ESC-10, ESC-16 (景建发〔2020〕122号 第五、十、十六条): the money lines of an escrowed deal: who pays in, whether through escrow, to whom and on which event it is released';

-- 30.10 Parameters (spec 30 §3; builtin rows) --------------------------------
-- Kind R (required: none in force raises 22023) or W (window: none in force
-- = the measure is not in force).  Keys a DBA loads, with no seeded row
-- because the texts give no value: lefp.avg_monthly_wage,
-- jp.guarantee_loan.interest_subsidy_ratio, jp.industry_loan.interest_subsidy_ratio,
-- ui.benefit_base, ui.dibao.urban, ui.dibao.rural, ui.scpi_yoy,
-- surv.base.assistant_enumerator, surv.base.bookkeeping_household.

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note, builtin) VALUES
 ('lefp.min_age', '2024-01-01', NULL, 16, 'year', '景府发〔2023〕14号', '第五条', 'R: age on the approval date', true),
 ('lefp.max_land_per_capita', '2024-01-01', NULL, 0.3, 'mu/person', '景府发〔2023〕14号', '第五条、第六条（二）', 'R', true),
 ('lefp.subsidy_base_ratio', '2024-01-01', NULL, 0.6, 'ratio', '景府发〔2023〕14号', '第十条', 'R', true),
 ('lefp.subsidy_rate', '2024-01-01', NULL, 0.12, 'ratio', '景府发〔2023〕14号', '第十条', 'R', true),
 ('lefp.subsidy_years_max', '2024-01-01', NULL, 15, 'year', '景府发〔2023〕14号', '第九条、第十三条', 'R', true),
 ('lefp.land_revenue_provision_min', '2024-01-01', NULL, 0.08, 'ratio', '景府发〔2023〕14号', '第十六条', 'R', true),
 ('lefp.predeposit_per_mu', '2024-01-01', NULL, 10000, 'yuan/mu', '景府发〔2023〕14号', '第十七条（一）', 'R', true),
 ('jp.cainong.leverage', '2023-12-28', NULL, 8, 'times', '景府发〔2023〕15号', '二（三）4', 'R', true),
 ('jp.kedaitong.share.province', '2023-12-28', NULL, 1, 'weight', '景府发〔2023〕15号', '二（三）5', 'R', true),
 ('jp.kedaitong.share.local', '2023-12-28', NULL, 1, 'weight', '景府发〔2023〕15号', '二（三）5', 'R', true),
 ('jp.caiyuan.max_amount', '2023-12-28', NULL, 5000000, 'yuan', '景府发〔2023〕15号', '二（三）6', 'R', true),
 ('jp.caiyuan.max_term_months', '2023-12-28', NULL, 12, 'month', '景府发〔2023〕15号', '二（三）6', 'R', true),
 ('cl.min_contribution_months', '2020-09-07', NULL, 6, 'month', '景金字〔2020〕18号', '第四条（一）', 'R', true),
 ('cl.max_existing_home_area', '2020-09-07', NULL, 144, 'm2', '景金字〔2020〕18号', '第五条（三）', 'R', true),
 ('cl.max_existing_homes', '2020-09-07', NULL, 1, 'home', '景金字〔2020〕18号', '第五条（四）', 'R', true),
 ('cl.hpf_cap.single', '2020-09-07', NULL, 350000, 'yuan', '景金字〔2020〕18号', '第七条（一）', 'R', true),
 ('cl.hpf_cap.couple', '2020-09-07', NULL, 500000, 'yuan', '景金字〔2020〕18号', '第七条（一）', 'R', true),
 ('cl.max_loan_ratio', '2020-09-07', NULL, 0.8, 'ratio', '景金字〔2020〕18号', '第七条（二）', 'R', true),
 ('cl.term_min_months', '2020-09-07', NULL, 12, 'month', '景金字〔2020〕18号', '第八条', 'R', true),
 ('cl.term_max_months', '2020-09-07', NULL, 360, 'month', '景金字〔2020〕18号', '第八条', 'R', true),
 ('cl.term_after_retirement_months', '2020-09-07', NULL, 60, 'month', '景金字〔2020〕18号', '第八条', 'R', true),
 ('cl.min_down_payment_ratio', '2020-09-07', NULL, 0.2, 'ratio', '景金字〔2020〕18号', '第十条（二）', 'R', true),
 ('cl.clawback.consecutive_missed', '2020-09-07', NULL, 3, 'instalment', '景金字〔2020〕18号', '第十五条', 'R', true),
 ('cl.clawback.total_missed', '2020-09-07', NULL, 6, 'instalment', '景金字〔2020〕18号', '第十五条', 'R', true),
 ('op.disburse.blackout_workdays', '2020-09-07', NULL, 2, 'working day', '景金字〔2020〕17号', '七', 'W', true),
 ('op.disburse.cutoff_day', '2020-01-01', '2020-09-06', 25, 'day of month', '景金字〔2020〕17号', '七', 'W: the earlier regime it replaces', true),
 ('ui.benefit.min_contribution_months', '2020-07-09', NULL, 12, 'month', '景人社字〔2020〕103号', '二（一）', 'R', true),
 ('ui.older_extension.max_months_to_retirement', '2019-12-01', NULL, 12, 'month', '景人社字〔2020〕103号', '二（一）', 'W', true),
 ('ui.subsidy.monthly', '2020-03-01', '2020-12-31', 1000, 'yuan/month', '景人社字〔2020〕103号', '二（二）', 'W', true),
 ('ui.subsidy.max_months', '2020-03-01', '2020-12-31', 6, 'month', '景人社字〔2020〕103号', '二（二）', 'R', true),
 ('ui.migrant_lump.min_work_months', '2020-07-09', NULL, 12, 'month', '景人社字〔2020〕103号', '二（三）', 'R', true),
 ('ui.migrant_lump.ratio', '2020-07-09', NULL, 0.6, 'ratio', '景人社字〔2020〕103号', '二（三）1', 'R', true),
 ('ui.migrant_lump.max_months', '2020-07-09', NULL, 24, 'month', '景人社字〔2020〕103号', '二（三）1', 'R', true),
 ('ui.migrant_temp.max_months', '2020-05-01', '2020-12-31', 3, 'month', '景人社字〔2020〕103号', '二（三）、二（三）2', 'W', true),
 ('ui.migrant_temp.max_insured_months', '2019-01-01', NULL, 12, 'month', '景人社字〔2020〕103号', '二（三）', 'W', true),
 ('ui.price_subsidy.multiplier', '2020-03-01', '2020-06-30', 2, 'times', '景人社字〔2020〕103号', '二（四）', 'W', true),
 ('rent.free_months', '2020-01-01', '2020-09-30', 1, 'month', '景发改投资字〔2020〕176号', '附件 二（一）、二（二）', 'W', true),
 ('rent.half_months', '2020-01-01', '2020-09-30', 2, 'month', '景发改投资字〔2020〕176号', '附件 二（一）', 'R', true),
 ('rent.extra_free_months', '2020-01-01', '2020-09-30', 1, 'month', '景发改投资字〔2020〕176号', '附件 二（一）', 'R', true),
 ('rent.inclusive_loan.max_credit', '2020-01-01', '2020-12-31', 10000000, 'yuan', '景发改投资字〔2020〕176号', '附件 四（九）', 'W', true),
 ('mox.subsidy_per_mu', '2020-08-11', NULL, 1000, 'yuan/mu', '景府办字〔2020〕45号', '三（一）', 'R', true),
 ('mox.min_area_mu', '2020-08-11', NULL, 100, 'mu', '景府办字〔2020〕45号', '三（一）', 'R', true),
 ('mox.min_area_mu_organic', '2020-08-11', NULL, 50, 'mu', '景府办字〔2020〕45号', '三（一）', 'R', true),
 ('mox.area_target_mu', '2020-08-11', '2023-12-31', 1000, 'mu', '景府办字〔2020〕45号', '三（一）', 'R: MOX-01 target, reporting only', true),
 ('mox.annual_budget', '2020-08-11', NULL, 500000, 'yuan/year', '景府办字〔2020〕45号', '三（十）', 'R: MOX-03, reporting only', true),
 ('surv.increase.assistant_enumerator', '2020-04-01', NULL, 100, 'yuan/month', '景调字〔2020〕12号', '四（二）', 'W', true),
 ('surv.increase.bookkeeping_household', '2020-04-01', NULL, 30, 'yuan/month', '景调字〔2020〕12号', '四（二）', 'W', true);

-- 30.12 Rule mapping (spec 30 §6): what implements each rule ----------------
-- Entries: functions (jdz.name), time_limit_rule rows (rule_id/variant),
-- parameter keys.  Rules the spec marks not computable keep an empty list;
-- keys a DBA loads (no seeded row: lefp.avg_monthly_wage, ui.benefit_base,
-- ui.dibao.*, ui.scpi_yoy, surv.base.*, and the JP-01/JP-03 interest-subsidy
-- ratios) are documented in doc/subsidy.md, not listed.

UPDATE jdz.rule SET implemented_by = '{jdz.lefp_eligibility,lefp.min_age,lefp.max_land_per_capita}' WHERE rule_id = 'LP-05';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_eligibility,lefp.max_land_per_capita}' WHERE rule_id = 'LP-06';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_schemes,lefp.subsidy_years_max}' WHERE rule_id = 'LP-09';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_annual_subsidy,jdz.lefp_annual_subsidy_explain,lefp.subsidy_base_ratio,lefp.subsidy_rate}' WHERE rule_id = 'LP-10';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_enterprise_subsidy,lefp.subsidy_years_max}' WHERE rule_id = 'LP-12';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_resident_lump_sum,lefp.subsidy_years_max}' WHERE rule_id = 'LP-13';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_eligibility}' WHERE rule_id = 'LP-14';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_min_provision,lefp.land_revenue_provision_min}' WHERE rule_id = 'LP-16';
UPDATE jdz.rule SET implemented_by = '{jdz.lefp_predeposit,lefp.predeposit_per_mu}' WHERE rule_id = 'LP-17a';
UPDATE jdz.rule SET implemented_by = '{jdz.doc_status}' WHERE rule_id IN ('LP-22/LP-23', 'LP-22', 'LP-23');
UPDATE jdz.rule SET implemented_by = '{jp.cainong.leverage}' WHERE rule_id = 'JP-04';
UPDATE jdz.rule SET implemented_by = '{jdz.apportion,jp.kedaitong.share.province,jp.kedaitong.share.local}' WHERE rule_id = 'JP-05';
UPDATE jdz.rule SET implemented_by = '{jdz.jp_caiyuan_eligibility,jp.caiyuan.max_amount,jp.caiyuan.max_term_months}' WHERE rule_id = 'JP-06';
UPDATE jdz.rule SET implemented_by = '{jdz.hpf_disbursement_allowed,jdz.hpf_disbursement_due,op.disburse.blackout_workdays,op.disburse.cutoff_day}' WHERE rule_id = 'OP-07';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility}' WHERE rule_id = 'CL-03';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility,cl.min_contribution_months}' WHERE rule_id = 'CL-04';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility,cl.max_existing_home_area,cl.max_existing_homes}' WHERE rule_id = 'CL-05';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_loan,jdz.cl_eligibility,cl.hpf_cap.couple}' WHERE rule_id = 'CL-06';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_loan,jdz.cl_max_loan_explain,cl.hpf_cap.single,cl.hpf_cap.couple,cl.max_loan_ratio}' WHERE rule_id = 'CL-07';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_term,jdz.cl_eligibility,cl.term_min_months,cl.term_max_months,cl.term_after_retirement_months}' WHERE rule_id = 'CL-08';
UPDATE jdz.rule SET implemented_by = '{jdz.loan_schedule}' WHERE rule_id IN ('CL-09', 'CL-16/17', 'CL-16', 'CL-17');
UPDATE jdz.rule SET implemented_by = '{jdz.cl_max_loan,cl.min_down_payment_ratio}' WHERE rule_id = 'CL-10';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_clawback_triggered,jdz.loan_schedule,cl.clawback.consecutive_missed,cl.clawback.total_missed}' WHERE rule_id = 'CL-15';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility}' WHERE rule_id = 'CL-20';
UPDATE jdz.rule SET implemented_by = '{jdz.apportion}' WHERE rule_id = 'CL-23';
UPDATE jdz.rule SET implemented_by = '{jdz.doc_status}' WHERE rule_id = 'CL-26';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_benefit_eligibility,ui.benefit.min_contribution_months}' WHERE rule_id = 'UI-01';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_benefit_eligibility}' WHERE rule_id IN ('UI-02', 'UI-04', 'UI-06');
UPDATE jdz.rule SET implemented_by = '{jdz.ui_unemployment_subsidy,jdz.ui_migrant_allowance}' WHERE rule_id = 'UI-03';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_older_worker_extension,ui.older_extension.max_months_to_retirement}' WHERE rule_id = 'UI-05';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_unemployment_subsidy,ui.subsidy.monthly,ui.subsidy.max_months}' WHERE rule_id = 'UI-07';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_unemployment_subsidy}' WHERE rule_id = 'UI-08';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_migrant_lump_sum,ui.migrant_lump.min_work_months,ui.migrant_lump.ratio,ui.migrant_lump.max_months}' WHERE rule_id = 'UI-09';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_migrant_allowance,ui.migrant_temp.max_months,ui.migrant_temp.max_insured_months}' WHERE rule_id = 'UI-10';
UPDATE jdz.rule SET implemented_by = '{jdz.ui_price_subsidy,ui.price_subsidy.multiplier}' WHERE rule_id = 'UI-11';
UPDATE jdz.rule SET implemented_by = '{jdz.cl_eligibility,jdz.lefp_eligibility,jdz.mox_base_subsidy}' WHERE rule_id = 'GEN-01';
UPDATE jdz.rule SET implemented_by = '{jdz.rent_relief,rent.free_months,rent.half_months,rent.extra_free_months}' WHERE rule_id = 'RENT-01';
UPDATE jdz.rule SET implemented_by = '{jdz.rent_relief}' WHERE rule_id IN ('RENT-02', 'RENT-04');
UPDATE jdz.rule SET implemented_by = '{jdz.apportion}' WHERE rule_id = 'RENT-03';
UPDATE jdz.rule SET implemented_by = '{jdz.rent_loan_deferral,rent.inclusive_loan.max_credit}' WHERE rule_id = 'RENT-06';
UPDATE jdz.rule SET implemented_by = '{mox.area_target_mu}' WHERE rule_id = 'MOX-01';
UPDATE jdz.rule SET implemented_by = '{jdz.mox_base_subsidy,mox.subsidy_per_mu,mox.min_area_mu,mox.min_area_mu_organic}' WHERE rule_id = 'MOX-02';
UPDATE jdz.rule SET implemented_by = '{mox.annual_budget}' WHERE rule_id = 'MOX-03';
UPDATE jdz.rule SET implemented_by = '{jdz.surv_subsidy,surv.increase.assistant_enumerator,surv.increase.bookkeeping_household}' WHERE rule_id = 'SURV-01';
UPDATE jdz.rule SET implemented_by = '{jdz.esc_required}' WHERE rule_id IN ('ESC-04/14', 'ESC-04', 'ESC-14');
UPDATE jdz.rule SET implemented_by = '{jdz.esc_plan}' WHERE rule_id IN ('ESC-05', 'ESC-10', 'ESC-16');
UPDATE jdz.rule SET implemented_by = '{jdz.doc_status}' WHERE rule_id = 'ESC-22';

-- 30.11 Time-limit rows (spec 30 §4) -----------------------------------------
-- Rows of jdz.time_limit_rule (part 05), then the rule mapping that names
-- them and the calendar functions.

INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
 ('LP-07', 'village', '景府发〔2023〕14号', '第七条（一）', 'village publicity of the identity list before review by the township', 'day of posting', '7 days', true, true),
 ('LP-07', 'township', '景府发〔2023〕14号', '第七条（二）', 'township publicity of the investigation of disputed persons (only where there are objections)', 'day of posting', '7 days', true, true),
 ('LP-07', 'county', '景府发〔2023〕14号', '第七条（三）', 'county publicity after the joint review', 'day of posting', '7 days', true, true),
 ('LP-17b', 'state_council', '景府发〔2023〕14号', '第十七条（二）', 'submit the initial opinion to the provincial 人社厅 (expropriations approved by the State Council)', 'day the initial opinion is signed and sealed', '10 working days', true, true),
 ('CN-01', 'review', '景府办字〔2020〕46号', '（一）', 'complete the parallel eligibility review of a combination loan', 'day 网签备案 is completed', '5 working days', true, true),
 ('CN-01', 'disbursement', '景府办字〔2020〕46号', '（一）', 'disburse a loan whose review found no objection', 'day the review is completed', '2 working days', true, true),
 ('OP-04', '', '景金字〔2020〕17号', '四', 'decide to grant or refuse after parallel review', 'day 网签备案 is completed', '5 working days', true, true),
 ('OP-06', '', '景金字〔2020〕17号', '六', 'disburse both tranches at the same time', 'day the centre receives the 《担保承诺书》', '2 working days', true, true),
 ('CL-11', '', '景金字〔2020〕18号', '第十一条', 'decide to grant or refuse after parallel review', 'day the materials are complete and the agreements signed', '5 working days', true, true),
 ('CL-15', 'top_up', '景金字〔2020〕18号', '第十五条', 'developer (甲方) tops up the deposit clawed back by the centre (乙方)', 'day the written notice is received', '5 days', true, true),
 ('CL-19', '', '景金字〔2020〕18号', '第十九条', 'apply for deregistration of the mortgage', 'day the loans are fully repaid', '1 month', true, true),
 ('CL-04', 'contract', '景金字〔2020〕18号', '第四条（三）', 'last day to apply for the loan after signing the purchase contract', 'day the contract is signed', '1 year', false, true),
 ('CL-04', 'payment', '景金字〔2020〕18号', '第四条（三）', 'last day to apply for the loan after the payment voucher', 'day the voucher is issued', '1 year', false, true),
 ('CH-RE-02', '', '景工强市小组办字〔2020〕13号', '附件 房地产建筑产业链 五（二）3', 'project approval target (力争, aspirational)', 'day the application is accepted', '89 working days', false, true);
UPDATE jdz.rule SET implemented_by = '{LP-07/village,LP-07/township,LP-07/county}' WHERE rule_id = 'LP-07';
UPDATE jdz.rule SET implemented_by = '{LP-17b/state_council}' WHERE rule_id = 'LP-17b';
UPDATE jdz.rule SET implemented_by = '{CN-01/review,CN-01/disbursement}' WHERE rule_id = 'CN-01';
UPDATE jdz.rule SET implemented_by = '{OP-04/}' WHERE rule_id = 'OP-04';
UPDATE jdz.rule SET implemented_by = '{OP-06/,jdz.hpf_disbursement_due}' WHERE rule_id = 'OP-06';
UPDATE jdz.rule SET implemented_by = '{CL-11/}' WHERE rule_id = 'CL-11';
UPDATE jdz.rule SET implemented_by = '{CL-19/}' WHERE rule_id = 'CL-19';
UPDATE jdz.rule SET implemented_by = '{CH-RE-02/}' WHERE rule_id = 'CH-RE-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{CL-04/contract,CL-04/payment}'::text[] WHERE rule_id = 'CL-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{CL-15/top_up}'::text[] WHERE rule_id = 'CL-15';
UPDATE jdz.rule SET implemented_by = '{jdz.is_workday}' WHERE rule_id = 'OP-08';
UPDATE jdz.rule SET implemented_by = '{jdz.add_workdays,jdz.workdays_between}' WHERE rule_id = 'GEN-02';
UPDATE jdz.rule SET implemented_by = '{jdz.due,jdz.period_end}' WHERE rule_id = 'GEN-03';
UPDATE jdz.rule SET implemented_by = '{jdz.period_end}' WHERE rule_id = 'GEN-04';


