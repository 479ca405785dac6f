-- extension/parts/11-prh.sql — 11. Public rental housing (PRH)
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- 景府办发〔2023〕7号《景德镇市中心城区公共租赁住房管理办法》 (spec 10 §2, §3.3–§7).
-- Uses jdz.district, jdz.applicability and jdz.sex of part 10, jdz.cny (part 01),
-- jdz.param / jdz.parameter / jdz.rule (part 03), jdz.due / jdz.time_limit_rule (part 05).

-- ---------------------------------------------------------------------------
-- 11.1 Types
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.prh_category AS ENUM ('lianzu', 'gongzu_local', 'gongzu_newcomer');
COMMENT ON TYPE jdz.prh_category IS
  'what a household applies for (景府办发〔2023〕7号 第十六条): lianzu 廉租房 (一); gongzu_local 公租房 for local low- and middle-income families (二); gongzu_newcomer 公租房 for 新就业无房职工 and 稳定就业外来务工人员 (三)';

CREATE TYPE jdz.prh_hukou AS ENUM ('central_urban', 'local_urban', 'other');
COMMENT ON TYPE jdz.prh_hukou IS
  'the main applicant''s household registration (第十六条): central_urban 中心城区城镇常住户籍; local_urban a Jingdezhen urban hukou outside the central city (乐平、浮梁 towns); other no Jingdezhen urban hukou (rural or non-local)';

CREATE TYPE jdz.prh_status AS ENUM
  ('urban_dibao', 'urban_tekun', 'dibao_marginal', 'expenditure_poverty', 'lost_only_child',
   'disabled_veteran', 'war_or_test_veteran', 'military_survivor');
COMMENT ON TYPE jdz.prh_status IS
  'certified statuses that qualify for 廉租房 (第十六条(一)4): 民政 城镇低保、城镇特困、低保边缘户、支出型贫困家庭; 卫健 计划生育失独家庭; 退役军人事务 革命伤残军人 (grade 1–4 qualifies), 参战参试退役军人, "三属"';

CREATE TYPE jdz.prh_ward AS ENUM ('intellectual_disability', 'orphan');
COMMENT ON TYPE jdz.prh_ward IS
  'a main applicant with a legal guardian who may apply for 廉租房 below marriage age (第十六条(一)2): 智力残疾, 孤儿';

CREATE TYPE jdz.prh_benefit AS ENUM
  ('in_kind', 'rental_subsidy', 'direct_public_housing', 'talent_rent_subsidy', 'talent_apartment');
COMMENT ON TYPE jdz.prh_benefit IS
  'housing benefits (第四条): in_kind 实物配租 and rental_subsidy 租赁补贴 (the two PRH modes); direct_public_housing 直管公房, talent_rent_subsidy 新引进高层次人才租房补贴, talent_apartment 人才公寓';

CREATE TYPE jdz.prh_reason AS ENUM
  ('hukou', 'residence', 'age', 'co_applicants', 'status', 'housing_area', 'income',
   'employment', 'insurance', 'owns_housing', 'lookback', 'relatives_area',
   'benefit_conflict', 'banned',
   'oversize_unit', 'medium_share', 'facilities_share', 'commercial_share');
COMMENT ON TYPE jdz.prh_reason IS
  'why a PRH check fails: household conditions of 第十六、十七条, 第四条, 第三十九、四十四条 bans (jdz.prh_eligibility); unit and estate limits of 第十一条 (jdz.prh_unit_mix_check, jdz.prh_facilities_check)';

CREATE TYPE jdz.prh_check AS (ok boolean, reasons jdz.prh_reason[]);
COMMENT ON TYPE jdz.prh_check IS
  'result of a PRH check: ok is true iff reasons is empty; reasons holds every failed condition once, in jdz.prh_reason order';

CREATE TYPE jdz.prh_unit_size AS ENUM ('small', 'medium', 'oversize');
COMMENT ON TYPE jdz.prh_unit_size IS
  'size class of a newly built PRH unit by building area (第十一条): small ≤ 50 m² ("50平方米以下"), medium (50, 80] m², oversize > 80 m² (not allowed)';

CREATE TYPE jdz.prh_queue_status AS ENUM ('waiting', 'must_reapply');
COMMENT ON TYPE jdz.prh_queue_status IS
  'a household on the waiting list (第二十七条): waiting, or must_reapply after more than two abandonments or 3 years of waiting';

CREATE TYPE jdz.prh_rent_tier AS ENUM ('lianzu', 'gongzu', 'market');
COMMENT ON TYPE jdz.prh_rent_tier IS
  'rent tier (第三十一、三十八、四十条、四十四条): lianzu 10 % of the market rent, gongzu the approved 60–80 %, market 100 % (transition after an exit decision, fraud back-rent)';

CREATE TYPE jdz.prh_exit_reason AS ENUM ('acquired_housing', 'over_income', 'over_assets', 'left_city');
COMMENT ON TYPE jdz.prh_exit_reason IS
  'why a tenant must leave (第三十八条): acquired other housing in Jingdezhen, income above 2.5 × the local per-capita disposable income, assets above the standard, neither works nor lives in the city';

CREATE TYPE jdz.prh_ground AS ENUM
  ('fraud', 'sublet_or_lend', 'alter_structure_or_use', 'vacancy', 'arrears',
   'illegal_activity', 'dishonest_list', 'contract_breach');
COMMENT ON TYPE jdz.prh_ground IS
  'grounds for ending a lease (第三十九条(一)–(八) in order): fraud, sublet_or_lend, alter_structure_or_use, vacancy (四) 无正当理由连续空置6个月以上, arrears (五) 拖欠租金累计6个月以上, illegal_activity, dishonest_list, contract_breach';

CREATE TYPE jdz.prh_priority_group AS ENUM
  ('low_income', 'special_care', 'vulnerable', 'talent', 'frontline_worker');
COMMENT ON TYPE jdz.prh_priority_group IS
  'the five priority groups of the waiting list (第二十四条(一)–(五)), one unranked tier (A-PRH7): ORDER BY cardinality(priority_groups) > 0 DESC, applied_at, application_id';

-- ---------------------------------------------------------------------------
-- 11.2 Parameters (spec 10 §4; builtin rows; the outside figures are loaded by a DBA)
-- ---------------------------------------------------------------------------

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note, builtin) VALUES
  ('prh.unit_area.small_max', '2023-11-27', NULL, 50, 'm2', '景府办发〔2023〕7号', '第十一条', 'small units: building area 50 m² and below (以下)', true),
  ('prh.unit_area.max', '2023-11-27', NULL, 80, 'm2', '景府办发〔2023〕7号', '第十一条', 'medium units: over 50 up to 80 m²; 最高不超过80平方米', true),
  ('prh.medium_share_max', '2023-11-27', NULL, 0.15, 'ratio of total PRH area', '景府办发〔2023〕7号', '第十一条', 'medium units at most 15 % of the project''s PRH area (A-PRH1)', true),
  ('prh.facilities_share_max', '2023-11-27', NULL, 0.15, 'ratio of estate area', '景府办发〔2023〕7号', '第十一条', 'public-service facilities at most 15 % of the estate''s building area', true),
  ('prh.commercial_share_max', '2023-11-27', NULL, 0.10, 'ratio of estate area', '景府办发〔2023〕7号', '第十一条', 'commercial facilities at most 10 % of the estate''s building area', true),
  ('prh.area_per_capita_max', '2023-11-27', NULL, 15, 'm2/person', '景府办发〔2023〕7号', '第十六条(一)5、(二)4', 'per-capita building area of the housing a household has: 15 m² and below', true),
  ('prh.income_multiple', '2023-11-27', NULL, 2.5, 'times L', '景府办发〔2023〕7号', '第十六条(二)5、(三)3', 'household annual disposable income at most 2.5 × prh.urban_disposable_income (A-PRH2)', true),
  ('prh.relatives_area_per_capita', '2023-11-27', NULL, 35, 'm2/person', '景府办发〔2023〕7号', '第十七条(二)', 'a single applicant whose parents, spouse and children have 35 m² per person or more may not apply', true),
  ('prh.rent_ratio.lianzu', '2023-11-27', NULL, 0.10, 'ratio of market rent', '景府办发〔2023〕7号', '第三十一条', '廉租房 rent: 10 % of the market rent of housing of the same location, quality and type', true),
  ('prh.rent_ratio.gongzu_min', '2023-11-27', NULL, 0.60, 'ratio of market rent', '景府办发〔2023〕7号', '第三十一条', '公租房 rent: at least 60 % of the market rent of 普通商品房', true),
  ('prh.rent_ratio.gongzu_max', '2023-11-27', NULL, 0.80, 'ratio of market rent', '景府办发〔2023〕7号', '第三十一条', '公租房 rent: at most 80 % of the market rent of 普通商品房', true),
  ('prh.fine_cap.agent_person', '2023-11-27', NULL, 10000, 'yuan', '景府办发〔2023〕7号', '第四十五条', 'fine on a 房地产经纪人员: at most 10000 yuan', true),
  ('prh.fine_cap.agent_firm', '2023-11-27', NULL, 30000, 'yuan', '景府办发〔2023〕7号', '第四十五条', 'fine on a 房地产经纪机构: at most 30000 yuan', true);

-- ---------------------------------------------------------------------------
-- 11.3 Time limits (spec 10 §5; only PRH-26 moves to a working day)
-- ---------------------------------------------------------------------------

INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
  ('PRH-16-RES', '', '景府办发〔2023〕7号', '第十六条(一)1、(二)1', 'actual residence needed for lianzu and gongzu_local (满5年以上)', 'first day of actual residence', '5 years', false, true),
  ('PRH-16-MIG', '', '景府办发〔2023〕7号', '第十六条(三)1', 'continuous social insurance needed for gongzu_newcomer (6个月以上)', 'first day of the current contribution run', '6 months', false, true),
  ('PRH-17a', '', '景府办发〔2023〕7号', '第十七条(一)', 'excess area or a property transfer bars applications made within 3 years', 'the transfer, or the last day of excess area', '3 years', false, true),
  ('PRH-26', '', '景府办发〔2023〕7号', '第二十六条', 'sign the lease', 'receipt of the allocation notice', '30 days', true, true),
  ('PRH-27', '', '景府办发〔2023〕7号', '第二十七条', 'waiting cap (轮候期不超过3年)', 'eligibility confirmed', '3 years', false, true),
  ('PRH-30a', '', '景府办发〔2023〕7号', '第三十条', 'longest lease term (last day covered)', 'lease start', '5 years', false, true),
  ('PRH-30b', '', '景府办发〔2023〕7号', '第三十条', 'renewal application (合同期满前3个月); counted backwards, read only by jdz.prh_renewal_deadline', 'lease end', '3 months', false, true),
  ('PRH-30c', '', '景府办发〔2023〕7号', '第三十条', 'longest period one rent bill may cover', 'start of the billing period', '1 year', false, true),
  ('PRH-30d', '', '景府办发〔2023〕7号', '第三十条', 'annual eligibility review', 'previous review', '1 year', false, true),
  ('PRH-31c', '', '景府办发〔2023〕7号', '第三十一条', 'rent and property-fee adjustment cycle', 'previous adjustment', '2 years', false, true),
  ('PRH-38', '', '景府办发〔2023〕7号', '第三十八条', 'longest transition after an exit decision', 'exit decision', '1 year', false, true),
  ('PRH-39', 'vacancy', '景府办发〔2023〕7号', '第三十九条(四)', 'unjustified continuous vacancy that is a ground for termination', 'first day of vacancy', '6 months', false, true),
  ('PRH-39', 'ban', '景府办发〔2023〕7号', '第三十九条', 'no application after termination (5年内不得申请)', 'termination decision', '5 years', false, true),
  ('PRH-44', '', '景府办发〔2023〕7号', '第四十四条', 'no application after vacating a fraudulently obtained unit', 'vacating date', '5 years', false, true);

-- ---------------------------------------------------------------------------
-- 11.4 Functions
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.prh_scope(district jdz.district) RETURNS jdz.applicability
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE
		WHEN district IN ('zhushan'::jdz.district, 'changjiang'::jdz.district,
						  'gaoxin'::jdz.district, 'changnan'::jdz.district) THEN 'applies'::jdz.applicability
		WHEN district IN ('fuliang'::jdz.district, 'leping'::jdz.district) THEN 'by_reference'::jdz.applicability
		ELSE 'not_covered'::jdz.applicability
	END;
COMMENT ON FUNCTION jdz.prh_scope(jdz.district) IS
  'whether 景府办发〔2023〕7号 governs public rental housing in a district: applies in the central city 珠山、昌江、高新、昌南 (第七条, PRH-07), by_reference in 浮梁、乐平 (第四十六条, PRH-46), not_covered elsewhere';

CREATE FUNCTION jdz.prh_classify_unit(area_m2 numeric, on_date date DEFAULT current_date) RETURNS jdz.prh_unit_size
	AS 'MODULE_PATHNAME', 'prh_classify_unit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_classify_unit(numeric, date) IS
  'size class of a newly built PRH unit by building area (PRH-11a, 第十一条): small ≤ prh.unit_area.small_max (50), medium ≤ prh.unit_area.max (80), else oversize; area ≤ 0 raises 22023';

CREATE FUNCTION jdz.prh_unit_mix_check(unit_areas numeric[], on_date date DEFAULT current_date) RETURNS jdz.prh_check
	AS 'MODULE_PATHNAME', 'prh_unit_mix_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_unit_mix_check(numeric[], date) IS
  'unit mix of one new PRH project (PRH-11a, PRH-11b, 第十一条): oversize_unit when a unit exceeds prh.unit_area.max; medium_share when the area of the (50, 80] m² units exceeds prh.medium_share_max (15 %) of the total area (exactly 15 % passes)';

CREATE FUNCTION jdz.prh_facilities_check(estate_area numeric, facilities_area numeric, commercial_area numeric,
										 on_date date DEFAULT current_date) RETURNS jdz.prh_check
	AS 'MODULE_PATHNAME', 'prh_facilities_check'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_facilities_check(numeric, numeric, numeric, date) IS
  'facility shares of a PRH estate (PRH-11c, 第十一条): facilities_share when all public-service facilities (commercial included) exceed prh.facilities_share_max (15 %) of the estate''s building area; commercial_share when commercial facilities exceed prh.commercial_share_max (10 %)';

CREATE FUNCTION jdz.prh_stacking_ok(benefits jdz.prh_benefit[]) RETURNS boolean
	AS 'MODULE_PATHNAME', 'prh_stacking_ok'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_stacking_ok(jdz.prh_benefit[]) IS
  'whether a household may hold these housing benefits at once (PRH-04, 第四条): false for in_kind with rental_subsidy (只能选择一种保障方式) or a PRH mode with 直管公房, a talent rent subsidy or a talent apartment (不得重复享受)';

CREATE FUNCTION jdz.prh_income_line(on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'prh_income_line'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_income_line(date) IS
  'the PRH income line (PRH-16-INC, 第十六条(二)5、(三)3): prh.income_multiple (2.5) × prh.urban_disposable_income (loaded by a DBA; none raises 22023), shown to the fen rounded down; the tests themselves compare with the exact product';

CREATE FUNCTION jdz.prh_eligibility(
	category jdz.prh_category,
	sex jdz.sex,
	birth_date date,
	household_size integer,
	hukou jdz.prh_hukou,
	resident_since date DEFAULT NULL,
	housing_area numeric DEFAULT NULL,
	household_income jdz.cny DEFAULT NULL,
	statuses jdz.prh_status[] DEFAULT '{}',
	veteran_grade integer DEFAULT NULL,
	ward jdz.prh_ward DEFAULT NULL,
	co_applicants_ok boolean DEFAULT NULL,
	employed_locally boolean DEFAULT NULL,
	insured_since date DEFAULT NULL,
	residence_permit boolean DEFAULT NULL,
	owns_city_housing boolean DEFAULT NULL,
	last_transfer_on date DEFAULT NULL,
	excess_area_until date DEFAULT NULL,
	relatives_count integer DEFAULT NULL,
	relatives_area numeric DEFAULT NULL,
	benefits jdz.prh_benefit[] DEFAULT '{}',
	banned_through date DEFAULT NULL,
	on_date date DEFAULT current_date) RETURNS jdz.prh_check
	AS 'MODULE_PATHNAME', 'prh_eligibility'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_eligibility(jdz.prh_category, jdz.sex, date, integer, jdz.prh_hukou, date, numeric, jdz.cny,
	jdz.prh_status[], integer, jdz.prh_ward, boolean, boolean, date, boolean, boolean, date, date, integer, numeric,
	jdz.prh_benefit[], date, date) IS
  'whether a household may apply for lianzu / gongzu_local / gongzu_newcomer on on_date (the application date), with every failed condition as a reason in jdz.prh_reason order (PRH-16-H, -RES, -AGE, -CO, -CAT, -AREA, -INC, -MIG, -ELIG, PRH-17a, -17b, -17c, PRH-04, PRH-39, PRH-44; 第十六、十七条, 第四条, 第三十九、四十四条); not strict: a NULL the category needs raises 22004';

CREATE FUNCTION jdz.prh_waiting_status(abandonments integer, waiting_since date, on_date date DEFAULT current_date)
	RETURNS jdz.prh_queue_status
	AS 'MODULE_PATHNAME', 'prh_waiting_status'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_waiting_status(integer, date, date) IS
  'a waiting household''s status (PRH-27, 第二十七条): must_reapply after more than two abandonments (超过两次) or when on_date is past jdz.due(''PRH-27'', '''', waiting_since) (轮候期不超过3年, from the confirmation of eligibility), else waiting';

CREATE FUNCTION jdz.prh_renewal_deadline(lease_ends_on date) RETURNS date
	AS 'MODULE_PATHNAME', 'prh_renewal_deadline'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_renewal_deadline(date) IS
  'the last day to apply for renewing a PRH lease (PRH-30b, 第三十条 合同期满前3个月): lease_ends_on minus the PRH-30b row''s 3 months, counted back with the month-end rule (2027-05-31 → 2027-02-28), never moved (A-PRH10)';

CREATE FUNCTION jdz.prh_monthly_rent(market_rent jdz.cny, area_m2 numeric, tier jdz.prh_rent_tier,
									 ratio numeric DEFAULT NULL, on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'prh_monthly_rent'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_monthly_rent(jdz.cny, numeric, jdz.prh_rent_tier, numeric, date) IS
  'monthly rent of a PRH unit (PRH-31a, 第三十一条; PRH-38, PRH-44 at the market tier): half_up(market_rent per m² × area_m2 × r), r = prh.rent_ratio.lianzu (10 %), the approved gongzu ratio within [prh.rent_ratio.gongzu_min, gongzu_max] (60–80 %), or 1 for market; not strict: NULLs raise 22004';

CREATE FUNCTION jdz.prh_monthly_rent_explain(market_rent jdz.cny, area_m2 numeric, tier jdz.prh_rent_tier,
											 ratio numeric DEFAULT NULL, on_date date DEFAULT current_date) RETURNS jsonb
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $fn$
DECLARE
	v_rent jdz.cny;
	v_params jsonb := '[]';
	v_steps jsonb;
	v_r numeric;
	v_key text;
	v_row record;
	v_keys text[];
BEGIN
	-- the computation itself validates every argument and raises its errors
	v_rent := jdz.prh_monthly_rent(market_rent, area_m2, tier, ratio, on_date);
	v_keys := CASE tier
		WHEN 'lianzu' THEN ARRAY['prh.rent_ratio.lianzu']
		WHEN 'gongzu' THEN ARRAY['prh.rent_ratio.gongzu_min', 'prh.rent_ratio.gongzu_max']
		ELSE '{}'::text[] END;
	FOREACH v_key IN ARRAY v_keys LOOP
		SELECT p.key, p.value, p.valid_from, p.docno::text AS docno INTO v_row
		  FROM jdz.parameter p
		 WHERE p.key = v_key AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
		v_params := v_params || jsonb_build_array(jsonb_build_object(
			'key', v_row.key, 'value', v_row.value, 'valid_from', v_row.valid_from, 'docno', v_row.docno));
	END LOOP;
	v_r := CASE tier
		WHEN 'lianzu' THEN jdz.param('prh.rent_ratio.lianzu', on_date)
		WHEN 'gongzu' THEN ratio
		ELSE 1 END;
	v_steps := jsonb_build_array(
		jsonb_build_object('step', 'ratio', 'tier', tier, 'value', v_r,
			'why', CASE tier
				WHEN 'lianzu' THEN 'prh.rent_ratio.lianzu: 廉租房 rent is 10 % of the market rent of housing of the same location, quality and type'
				WHEN 'gongzu' THEN 'the ratio approved by the 价格主管部门, within [prh.rent_ratio.gongzu_min, prh.rent_ratio.gongzu_max]'
				ELSE 'market tier: the full market rent (transition, 第三十八条; fraud back-rent, 第四十四条)' END),
		jsonb_build_object('step', 'unrounded rent', 'formula', 'market_rent × area_m2 × ratio',
			'value', (market_rent::numeric * area_m2 * v_r)),
		jsonb_build_object('step', 'round half-up to the fen', 'value', v_rent::numeric));
	RETURN jsonb_build_object(
		'rule', 'PRH-31a',
		'document', '景府办发〔2023〕7号',
		'article', CASE WHEN tier = 'market' THEN '第三十八条、第四十四条' ELSE '第三十一条' END,
		'inputs', jsonb_build_object('market_rent', market_rent::numeric, 'area_m2', area_m2, 'tier', tier,
			'ratio', ratio, 'on_date', on_date),
		'parameters', v_params,
		'steps', v_steps,
		'result', v_rent::numeric);
END
$fn$;
COMMENT ON FUNCTION jdz.prh_monthly_rent_explain(jdz.cny, numeric, jdz.prh_rent_tier, numeric, date) IS
  'jdz.prh_monthly_rent with its working (PRH-31a, 第三十一条): jsonb {rule, document, article, inputs, parameters [{key, value, valid_from, docno}], steps, result}';

CREATE FUNCTION jdz.prh_monthly_subsidy(household_size integer, band integer, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'prh_monthly_subsidy'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_monthly_subsidy(integer, integer, date) IS
  'monthly rental subsidy (PRH-34, PRH-35, 第三十四、三十五条): half_up(prh.subsidy_area.<household_size> m² × prh.subsidy_rate.<band> yuan/m²·month), both standards loaded by a DBA; a missing key raises 22023';

CREATE FUNCTION jdz.prh_exit_reasons(acquired_housing boolean, household_income jdz.cny, over_asset_limit boolean,
									 works_in_city boolean, lives_in_city boolean, on_date date DEFAULT current_date)
	RETURNS jdz.prh_exit_reason[]
	AS 'MODULE_PATHNAME', 'prh_exit_reasons'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_exit_reasons(boolean, jdz.cny, boolean, boolean, boolean, date) IS
  'why a PRH tenant must leave (PRH-38, 第三十八条): acquired_housing, over_income (household income above 2.5 × the local per-capita disposable income, strict), over_assets, left_city (neither works nor lives in the city); ''{}'' = may stay';

CREATE FUNCTION jdz.prh_termination_grounds(acts jdz.prh_ground[] DEFAULT '{}', vacant_since date DEFAULT NULL,
											arrears_months integer DEFAULT 0, on_date date DEFAULT current_date)
	RETURNS jdz.prh_ground[]
	AS 'MODULE_PATHNAME', 'prh_termination_grounds'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.prh_termination_grounds(jdz.prh_ground[], date, integer, date) IS
  'the established grounds for ending a PRH lease (PRH-39, 第三十九条): the acts found, plus vacancy when jdz.due(''PRH-39'', ''vacancy'', vacant_since) ≤ on_date and arrears when arrears_months ≥ 6; not strict: NULL acts, arrears_months or on_date raise 22004';

CREATE FUNCTION jdz.prh_tier_after_review(meets_lianzu boolean, meets_gongzu boolean) RETURNS jdz.prh_rent_tier
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE WHEN meets_lianzu THEN 'lianzu'::jdz.prh_rent_tier
				WHEN meets_gongzu THEN 'gongzu'::jdz.prh_rent_tier
				ELSE 'market'::jdz.prh_rent_tier END;
COMMENT ON FUNCTION jdz.prh_tier_after_review(boolean, boolean) IS
  'the rent tier after a review (PRH-40, 第四十条第二款): lianzu when the household meets the 廉租房 conditions, else gongzu when it meets the 公租房 conditions, else market (it must exit, 第三十八条)';

-- ---------------------------------------------------------------------------
-- 11.5 Rule catalog (rows loaded by part 03; spec 10 §7)
-- ---------------------------------------------------------------------------

UPDATE jdz.rule SET implemented_by = '{jdz.prh_stacking_ok,jdz.prh_eligibility}' WHERE rule_id = 'PRH-04';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_scope,jdz.district_of}' WHERE rule_id = 'PRH-07';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_scope}' WHERE rule_id = 'PRH-46';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_classify_unit,jdz.prh_unit_mix_check,prh.unit_area.small_max,prh.unit_area.max}' WHERE rule_id = 'PRH-11a';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_unit_mix_check,prh.medium_share_max}' WHERE rule_id = 'PRH-11b';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_facilities_check,prh.facilities_share_max,prh.commercial_share_max}' WHERE rule_id = 'PRH-11c';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-H';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-RES';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-AGE';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-CO';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-CAT';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility,prh.area_per_capita_max}' WHERE rule_id = 'PRH-16-AREA';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility,jdz.prh_income_line,prh.income_multiple}' WHERE rule_id = 'PRH-16-INC';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-MIG';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-16-ELIG';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-17a';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility,prh.relatives_area_per_capita}' WHERE rule_id = 'PRH-17b';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_eligibility}' WHERE rule_id = 'PRH-17c';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-26';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_waiting_status}' WHERE rule_id = 'PRH-27';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-30a';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_renewal_deadline}' WHERE rule_id = 'PRH-30b';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-30c';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-30d';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_rent,jdz.prh_monthly_rent_explain,prh.rent_ratio.lianzu,prh.rent_ratio.gongzu_min,prh.rent_ratio.gongzu_max}' WHERE rule_id = 'PRH-31a';
UPDATE jdz.rule SET implemented_by = '{}' WHERE rule_id = 'PRH-31c';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_subsidy}' WHERE rule_id = 'PRH-34';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_subsidy}' WHERE rule_id = 'PRH-35';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_exit_reasons,jdz.prh_monthly_rent}' WHERE rule_id = 'PRH-38';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_termination_grounds,jdz.prh_eligibility}' WHERE rule_id = 'PRH-39';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_tier_after_review}' WHERE rule_id = 'PRH-40';
UPDATE jdz.rule SET implemented_by = '{jdz.prh_monthly_rent,jdz.prh_eligibility}' WHERE rule_id = 'PRH-44';
UPDATE jdz.rule SET implemented_by = '{prh.fine_cap.agent_person,prh.fine_cap.agent_firm}' WHERE rule_id = 'PRH-45';
-- The time-limit rows that carry a rule (spec 10 §7, see 11.3).  The outside keys a DBA loads (prh.urban_disposable_income,
-- prh.subsidy_area.<n>, prh.subsidy_rate.<band>) have no row to name here; they
-- are documented in doc/prh.md and in the errors that ask for them.
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-16-RES/}'::text[] WHERE rule_id = 'PRH-16-RES';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-16-MIG/}'::text[] WHERE rule_id = 'PRH-16-MIG';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-17a/}'::text[] WHERE rule_id = 'PRH-17a';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-26/}'::text[] WHERE rule_id = 'PRH-26';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-27/}'::text[] WHERE rule_id = 'PRH-27';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30a/}'::text[] WHERE rule_id = 'PRH-30a';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30b/}'::text[] WHERE rule_id = 'PRH-30b';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30c/}'::text[] WHERE rule_id = 'PRH-30c';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-30d/}'::text[] WHERE rule_id = 'PRH-30d';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-31c/}'::text[] WHERE rule_id = 'PRH-31c';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-38/}'::text[] WHERE rule_id = 'PRH-38';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-39/vacancy,PRH-39/ban}'::text[] WHERE rule_id = 'PRH-39';
UPDATE jdz.rule SET implemented_by = implemented_by || '{PRH-44/}'::text[] WHERE rule_id = 'PRH-44';
