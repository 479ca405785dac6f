-- extension/parts/10-mf.sql — 10. Types shared by spec 10; maintenance fund (MF)
-- Included into the install script by extension/jdzpolicy.sql ("--@include").

-- ---------------------------------------------------------------------------
-- 10.1 Types shared by spec 10 (MF and PRH): district, applicability, sex
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.district AS ENUM
  ('zhushan', 'changjiang', 'gaoxin', 'changnan', 'fuliang', 'leping', 'elsewhere');
COMMENT ON TYPE jdz.district IS
  'a district of Jingdezhen: zhushan 珠山区, changjiang 昌江区, gaoxin 高新技术开发区, changnan 昌南新区 (the central city 中心城区, 景府办发〔2023〕7号 第七条), fuliang 浮梁县, leping 乐平市, elsewhere = outside Jingdezhen';

CREATE TYPE jdz.applicability AS ENUM ('applies', 'by_reference', 'not_covered');
COMMENT ON TYPE jdz.applicability IS
  'whether a text governs a case: applies (the text governs), by_reference (applies 参照 or optionally), not_covered (does not apply)';

CREATE TYPE jdz.sex AS ENUM ('male', 'female');
COMMENT ON TYPE jdz.sex IS
  'sex of a person, for the marriage ages of 《民法典》第一千零四十七条 (male 22, female 20)';

CREATE FUNCTION jdz.district_of(name text) RETURNS jdz.district
	AS 'MODULE_PATHNAME', 'district_of'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.district_of(text) IS
  'the jdz.district a written place name denotes (white space removed, 江西省 and 景德镇市/景德镇 prefixes stripped, case-insensitive): 珠山区/珠山/zhushan, 昌江区, 高新区, 高新技术(产业)开发区, 昌南新区, 浮梁县, 乐平市, elsewhere; anything else raises 22023 (MF-02, PRH-07)';

-- ---------------------------------------------------------------------------
-- 10.2 Maintenance fund types (景府发〔2023〕11号, D1)
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.mf_housing AS ENUM
  ('commodity', 'sold_public', 'resettlement', 'pure_commercial', 'industrial_plant');
COMMENT ON TYPE jdz.mf_housing IS
  'kind of property under 景府发〔2023〕11号: commodity 商品住宅 incl. 经济适用房 and other 售后保障性住房 (第二条), sold_public 售后公有住房, resettlement 征收安置房 (第四十二条第二款), pure_commercial 纯商业项目 and industrial_plant 工业标准化厂房项目 (第四十二条第一款)';

CREATE TYPE jdz.mf_use AS ENUM ('residential', 'non_residential');
COMMENT ON TYPE jdz.mf_use IS
  'use of a property: residential 住宅 or non_residential 非住宅 (景府发〔2023〕11号 第六条)';

CREATE TYPE jdz.mf_payer AS ENUM ('owner', 'selling_unit');
COMMENT ON TYPE jdz.mf_payer IS
  'who deposits to the maintenance fund: owner 业主, selling_unit 售房单位 of sold public housing (景府发〔2023〕11号 第六条、第八条)';

CREATE TYPE jdz.mf_building_class AS ENUM ('multi', 'high');
COMMENT ON TYPE jdz.mf_building_class IS
  'building class of 景府发〔2023〕11号 第七条第二款: multi 多层 (highest above-ground storey count ≤ 7, 含七层), high 高层 (≥ 8, 含八层)';

CREATE TYPE jdz.mf_vote_matter AS ENUM ('repair', 'rebuild', 'raise_fund');
COMMENT ON TYPE jdz.mf_vote_matter IS
  'matter put to the owners (景府发〔2023〕11号 第二十四、二十五条(二); 《民法典》第二百七十八条): repair 维修和更新、改造 (过半数), rebuild 改建、重建 and raise_fund 筹集/续交 the fund (四分之三以上)';

CREATE TYPE jdz.mf_vote_result AS ENUM ('quorum_not_met', 'rejected', 'approved');
COMMENT ON TYPE jdz.mf_vote_result IS
  'outcome of an owners'' vote on the maintenance fund: quorum_not_met (fewer than two thirds took part), rejected, approved (景府发〔2023〕11号 第二十四条(二))';

CREATE TYPE jdz.mf_custody AS ENUM ('centre', 'assembly');
COMMENT ON TYPE jdz.mf_custody IS
  'who holds the fund: centre 市住房资金服务中心 (景府发〔2023〕11号 第二十四条) or assembly 业主大会 after the transfer (第二十五条)';

CREATE TYPE jdz.mf_audit AS ENUM ('mandatory', 'optional', 'not_required');
COMMENT ON TYPE jdz.mf_audit IS
  'price audit (审价) of repair works: mandatory from 20000 yuan (两万元以上（含）), optional below it after the transfer, not_required below it before (景府发〔2023〕11号 第二十四、二十五条(五))';

CREATE TYPE jdz.mf_emergency AS ENUM
  ('lift_danger', 'water_failure', 'fire_hazard', 'leak_or_flooding', 'facade_falling', 'structural_danger');
COMMENT ON TYPE jdz.mf_emergency IS
  'the six emergencies of 景府发〔2023〕11号 第二十七条(一)–(六): lift fault endangering people, secondary water supply or drainage failure, fire-system hazard or failure, roof/wall leak or basement flooding, façade falling or peeling, other severe structural danger';

CREATE TYPE jdz.mf_evidence AS ENUM
  ('lift_rectification_notice', 'professional_opinion', 'fire_rectification_notice',
   'government_directive', 'qualified_inspection_report');
COMMENT ON TYPE jdz.mf_evidence IS
  'evidence of an emergency (景府发〔2023〕11号 第二十七条): 电梯专业检测机构整改通知书, 专业机构意见书, 消防部门整改通知书, 政府和相关部门督办、函告文件, 有资质的房屋质量检测机构意见书或证明';

CREATE TYPE jdz.mf_violation AS ENUM
  ('selling_unit_breach', 'developer_delivery', 'developer_apportion', 'misappropriation');
COMMENT ON TYPE jdz.mf_violation IS
  'violations of 景府发〔2023〕11号: selling_unit_breach (第三十六条), developer_delivery (第三十七条第一款), developer_apportion (第三十七条第二款), misappropriation 挪用 (第三十八条)';

-- ---------------------------------------------------------------------------
-- 10.3 Maintenance fund functions without money or parameters
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.mf_scope(district jdz.district, housing jdz.mf_housing,
                             contract_provides_deposit boolean DEFAULT false)
	RETURNS jdz.applicability
	AS 'MODULE_PATHNAME', 'mf_scope'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_scope(jdz.district, jdz.mf_housing, boolean) IS
  'MF-02: whether 景府发〔2023〕11号 governs a property (第二条, 第五条第三款, 第四十二条): central city commodity/sold_public applies, resettlement by reference, commercial/industrial projects by reference only when the contract provides a deposit; fuliang/leping by reference; elsewhere not covered';

CREATE FUNCTION jdz.mf_deposit_payers(use jdz.mf_use, sole_owner_no_shared_parts boolean, in_estate boolean,
                                      attached_to_residential boolean, sold_public boolean DEFAULT false)
	RETURNS jdz.mf_payer[]
	AS 'MODULE_PATHNAME', 'mf_deposit_payers'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_deposit_payers(jdz.mf_use, boolean, boolean, boolean, boolean) IS
  'MF-06: who must deposit for one property (景府发〔2023〕11号 第六条): {} not obliged, {owner}, or {owner,selling_unit} for sold public housing; not strict, a NULL that leaves the obligation unknown raises 22004';

CREATE FUNCTION jdz.mf_classify_building(max_floors_above_ground integer) RETURNS jdz.mf_building_class
	AS 'MODULE_PATHNAME', 'mf_classify_building'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_classify_building(integer) IS
  'MF-07: building class from the highest above-ground storey count of the building (景府发〔2023〕11号 第七条第二款): ≤ 7 multi, ≥ 8 high; < 1 raises 22023';

CREATE FUNCTION jdz.mf_vote_outcome(matter jdz.mf_vote_matter,
                                    total_area numeric, total_owners integer,
                                    voted_area numeric, voted_owners integer,
                                    yes_area numeric, yes_owners integer) RETURNS jdz.mf_vote_result
	AS 'MODULE_PATHNAME', 'mf_vote_outcome'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_vote_outcome(jdz.mf_vote_matter, numeric, integer, numeric, integer, numeric, integer) IS
  'MF-24, MF-25: owners'' vote on using the fund (景府发〔2023〕11号 第二十四、二十五条(二)): quorum 3·voted ≥ 2·total by area and by owners; repair passes with more than half of those voting (both), rebuild and raise_fund with three quarters (both); exact comparisons';

CREATE FUNCTION jdz.mf_acceptance_panel_ok(members integer, owner_members integer) RETURNS boolean
	AS 'MODULE_PATHNAME', 'mf_acceptance_panel_ok'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_acceptance_panel_ok(integer, integer) IS
  'MF-24p: the acceptance panel has at least 7 members and owners are at least 50 % of them (景府发〔2023〕11号 第二十四、二十五条(四))';

CREATE FUNCTION jdz.mf_emergency_repair(situation jdz.mf_emergency, evidence jdz.mf_evidence[],
                                        district_verified boolean) RETURNS boolean
	AS 'MODULE_PATHNAME', 'mf_emergency_repair'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_emergency_repair(jdz.mf_emergency, jdz.mf_evidence[], boolean) IS
  'MF-27: whether an emergency repair may use the fund without the owners'' vote (景府发〔2023〕11号 第二十七条): verified by the district and backed by a document accepted for the situation; a NULL element of evidence raises 22004';

-- ---------------------------------------------------------------------------
-- 10.4 Maintenance fund money: deposits, interest, delivery, replenishment,
--      audit, fines (jdz.cny, jdz.param)
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.mf_public_deposit AS (owner jdz.cny, selling_unit jdz.cny);
COMMENT ON TYPE jdz.mf_public_deposit IS
  'the two deposits made when a public flat is sold (景府发〔2023〕11号 第八条): owner (业主, 第八条(一)) and selling_unit (售房单位, 第八条(二)); they belong to different owners (第九条) and are booked apart';

CREATE TYPE jdz.mf_replenishment_status AS (required boolean, threshold jdz.cny);
COMMENT ON TYPE jdz.mf_replenishment_status IS
  'replenishment trigger of 景府发〔2023〕11号 第十八条: required (balance below 30 % of the first deposit, 不足) and threshold (that 30 %, rounded up to the fen)';

CREATE FUNCTION jdz.mf_initial_deposit(area_m2 numeric, max_floors_above_ground integer,
                                       on_date date DEFAULT current_date) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'mf_initial_deposit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_initial_deposit(numeric, integer, date) IS
  'MF-07, MF-19: first deposit of a commodity or non-residential unit (景府发〔2023〕11号 第七条): area_m2 × mf.deposit_rate.multi (≤ 7 storeys) or mf.deposit_rate.high (≥ 8) in force on on_date, half-up to the fen once; for a backfill (第十九条) on_date is the backfill date';

CREATE FUNCTION jdz.mf_initial_deposit_explain(area_m2 numeric, max_floors_above_ground integer,
                                               on_date date DEFAULT current_date) RETURNS jsonb
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT pg_catalog.jsonb_build_object(
		'rule', 'MF-07',
		'document', '景府发〔2023〕11号',
		'article', '第七条',
		'inputs', pg_catalog.jsonb_build_object(
			'area_m2', area_m2,
			'max_floors_above_ground', max_floors_above_ground,
			'on_date', pg_catalog.to_jsonb(on_date)),
		'parameters', pg_catalog.jsonb_build_array(pg_catalog.jsonb_build_object(
			'key', p.key,
			'value', p.value,
			'valid_from', pg_catalog.to_jsonb(p.valid_from),
			'docno', p.docno::text)),
		'steps', pg_catalog.jsonb_build_array(
			pg_catalog.format('building class %s: the highest above-ground storey count is %s (multi ≤ 7 含七层, high ≥ 8 含八层; 第七条第二款)',
				r.cls, max_floors_above_ground),
			pg_catalog.format('rate %s yuan/m2: parameter %s in force on %s (%s %s)',
				p.value, p.key, pg_catalog.to_char(on_date, 'YYYY-MM-DD'), p.docno::text, p.article),
			pg_catalog.format('%s m2 × %s yuan/m2 = %s yuan, rounded half-up to the fen once: %s',
				area_m2, p.value, area_m2 * p.value, r.deposit::text)),
		'result', r.deposit::text)
	  FROM (SELECT jdz.mf_initial_deposit(area_m2, max_floors_above_ground, on_date) AS deposit,
	               jdz.mf_classify_building(max_floors_above_ground) AS cls) r
	  LEFT JOIN jdz.parameter p
	    ON p.key = 'mf.deposit_rate.' || r.cls::text
	   AND p.valid_from <= on_date AND (p.valid_to IS NULL OR p.valid_to >= on_date);
END;
COMMENT ON FUNCTION jdz.mf_initial_deposit_explain(numeric, integer, date) IS
  'MF-07: jdz.mf_initial_deposit with its rule, document, inputs, the rate parameter used, the steps and the result (a JSON string), as jsonb; same errors';

CREATE FUNCTION jdz.mf_public_sale_deposit(area_m2 numeric, reform_cost_price jdz.cny, sale_proceeds jdz.cny,
                                           max_floors_above_ground integer, on_date date DEFAULT current_date)
	RETURNS jdz.mf_public_deposit
	AS 'MODULE_PATHNAME', 'mf_public_sale_deposit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_public_sale_deposit(numeric, jdz.cny, jdz.cny, integer, date) IS
  'MF-08a, MF-08b: deposits when a public flat is sold (景府发〔2023〕11号 第八条): owner = area × 房改成本价 × mf.public_owner_rate (not rounded per m2), selling_unit = sale_proceeds × mf.public_extraction_rate.multi or .high; each half-up to the fen once';

CREATE FUNCTION jdz.mf_annual_interest(year integer, opening_balance jdz.cny,
                                       deposit_dates date[], deposit_amounts jdz.cny[],
                                       demand_rate numeric, one_year_rate numeric,
                                       applied_rate numeric DEFAULT NULL) RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'mf_annual_interest'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_annual_interest(integer, jdz.cny, date[], jdz.cny[], numeric, numeric, numeric) IS
  'MF-10: interest credited to a sub-account for a calendar year (景府发〔2023〕11号 第十条(三)): opening_balance × coalesce(applied_rate, one_year_rate) + Σ deposit × demand_rate × days to 1 January / 360 (ACT/360, 算头不算尾), half-up once; applied_rate below one_year_rate raises 22023';

CREATE FUNCTION jdz.mf_may_deliver(due jdz.cny, paid jdz.cny, paid_on date, handover_on date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'mf_may_deliver'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_may_deliver(jdz.cny, jdz.cny, date, date) IS
  'MF-11, MF-12: whether the unit may be handed over (景府发〔2023〕11号 第十一、十二条): due = 0, or paid ≥ due and paid_on ≤ handover_on (the handover day counts); paid_on NULL means nothing was paid';

CREATE FUNCTION jdz.mf_replenishment(balance jdz.cny, initial_deposit jdz.cny, on_date date DEFAULT current_date)
	RETURNS jdz.mf_replenishment_status
	AS 'MODULE_PATHNAME', 'mf_replenishment'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_replenishment(jdz.cny, jdz.cny, date) IS
  'MF-18: whether a sub-account must be replenished (景府发〔2023〕11号 第十八条): required iff balance < mf.replenish_ratio × initial_deposit (不足, exactly 30 % is not short); threshold is that minimum rounded up to the fen';

CREATE FUNCTION jdz.mf_price_audit(final_amount jdz.cny, custody jdz.mf_custody, on_date date DEFAULT current_date)
	RETURNS jdz.mf_audit
	AS 'MODULE_PATHNAME', 'mf_price_audit'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_price_audit(jdz.cny, jdz.mf_custody, date) IS
  'MF-24a: price audit of repair works (景府发〔2023〕11号 第二十四、二十五条(五)): final_amount ≥ mf.audit_threshold (两万元以上（含）) mandatory; below it optional with custody assembly, not_required with custody centre';

CREATE FUNCTION jdz.mf_max_fine(violation jdz.mf_violation, misappropriated jdz.cny DEFAULT '0.00',
                                uncorrected boolean DEFAULT true, on_date date DEFAULT current_date)
	RETURNS jdz.cny
	AS 'MODULE_PATHNAME', 'mf_max_fine'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.mf_max_fine(jdz.mf_violation, jdz.cny, boolean, date) IS
  'MF-36, MF-37, MF-38: the largest lawful fine (景府发〔2023〕11号 第三十六至三十八条): selling_unit_breach 0.00; developer_delivery / developer_apportion the mf.fine_cap parameter when uncorrected, else 0.00; misappropriation mf.fine_cap.misappropriation_multiple × the amount, rounded down';

-- ---------------------------------------------------------------------------
-- 10.5 Parameters, time limit and rule rows of the maintenance fund
-- ---------------------------------------------------------------------------

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, docno, article, note, builtin) VALUES
  ('mf.deposit_rate.multi', '2023-12-21', NULL, 60, 'yuan/m2', '景府发〔2023〕11号', '第七条',
   'first deposit of a multi-storey (≤ 7 storeys) residential or non-residential unit', true),
  ('mf.deposit_rate.high', '2023-12-21', NULL, 85, 'yuan/m2', '景府发〔2023〕11号', '第七条',
   'first deposit of a high-rise (≥ 8 storeys) residential or non-residential unit', true),
  ('mf.public_owner_rate', '2023-12-21', NULL, 0.02, 'ratio of 房改成本价 per m2', '景府发〔2023〕11号', '第八条(一)',
   'owner of sold public housing: per m2, 2 % of the 房改成本价 of the purchase year', true),
  ('mf.public_extraction_rate.multi', '2023-12-21', NULL, 0.20, 'ratio of sale proceeds', '景府发〔2023〕11号', '第八条(二)',
   'selling unit: one-off extraction from the sale proceeds of multi-storey housing', true),
  ('mf.public_extraction_rate.high', '2023-12-21', NULL, 0.30, 'ratio of sale proceeds', '景府发〔2023〕11号', '第八条(二)',
   'selling unit: one-off extraction from the sale proceeds of high-rise housing', true),
  ('mf.replenish_ratio', '2023-12-21', NULL, 0.30, 'ratio of the first deposit', '景府发〔2023〕11号', '第十八条',
   'a sub-account below this share of its first deposit must be replenished (不足, strict)', true),
  ('mf.audit_threshold', '2023-12-21', NULL, 20000, 'yuan', '景府发〔2023〕11号', '第二十四条(五)、第二十五条(五)',
   'final settlement from which the price audit is compulsory (两万元以上（含）)', true),
  ('mf.fine_cap.developer_delivery', '2023-12-21', NULL, 30000, 'yuan', '景府发〔2023〕11号', '第三十七条第一款',
   'developer handing over without the first deposit, uncorrected (3万元以下)', true),
  ('mf.fine_cap.developer_apportion', '2023-12-21', NULL, 10000, 'yuan', '景府发〔2023〕11号', '第三十七条第二款',
   'developer not apportioning for unsold units, uncorrected (1万元以下)', true),
  ('mf.fine_cap.misappropriation_multiple', '2023-12-21', NULL, 2, 'times the amount misappropriated', '景府发〔2023〕11号', '第三十八条第一款',
   'misappropriation: a fine of up to twice the amount (挪用金额2倍以下)', true);

-- MF-14 is a time-limit row of jdz.time_limit_rule (part 05).
INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
  ('MF-14', '', '景府发〔2023〕11号', '第十四条',
   '住建主管部门 tells the account bank to transfer the balance to the owners'' assembly account',
   'receipt of the transfer application', '10 days', true, true);
UPDATE jdz.rule SET implemented_by = '{MF-14/}' WHERE rule_id = 'MF-14';

UPDATE jdz.rule SET implemented_by = '{jdz.mf_scope,jdz.district_of}' WHERE rule_id = 'MF-02';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_deposit_payers}' WHERE rule_id = 'MF-06';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_initial_deposit,jdz.mf_initial_deposit_explain,jdz.mf_classify_building,mf.deposit_rate.multi,mf.deposit_rate.high}' WHERE rule_id = 'MF-07';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_public_sale_deposit,mf.public_owner_rate}' WHERE rule_id = 'MF-08a';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_public_sale_deposit,mf.public_extraction_rate.multi,mf.public_extraction_rate.high}' WHERE rule_id = 'MF-08b';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_annual_interest}' WHERE rule_id = 'MF-10';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_may_deliver}' WHERE rule_id IN ('MF-11', 'MF-12');
UPDATE jdz.rule SET implemented_by = '{jdz.mf_replenishment,mf.replenish_ratio,jdz.mf_vote_outcome}' WHERE rule_id = 'MF-18';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_initial_deposit,jdz.mf_public_sale_deposit}' WHERE rule_id = 'MF-19';
UPDATE jdz.rule SET implemented_by = '{jdz.apportion}' WHERE rule_id IN ('MF-22', 'MF-23');
UPDATE jdz.rule SET implemented_by = '{jdz.mf_vote_outcome}' WHERE rule_id = 'MF-24';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_acceptance_panel_ok}' WHERE rule_id = 'MF-24p';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_price_audit,mf.audit_threshold}' WHERE rule_id = 'MF-24a';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_vote_outcome,jdz.mf_acceptance_panel_ok,jdz.mf_price_audit}' WHERE rule_id = 'MF-25';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_emergency_repair}' WHERE rule_id = 'MF-27';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_max_fine}' WHERE rule_id = 'MF-36';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_max_fine,mf.fine_cap.developer_delivery,mf.fine_cap.developer_apportion}' WHERE rule_id = 'MF-37';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_max_fine,mf.fine_cap.misappropriation_multiple}' WHERE rule_id = 'MF-38';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_initial_deposit}' WHERE rule_id = 'MFI-01';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_public_sale_deposit}' WHERE rule_id = 'MFI-02';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_emergency_repair}' WHERE rule_id = 'MFI-03';
UPDATE jdz.rule SET implemented_by = '{jdz.mf_price_audit,jdz.mf_vote_outcome,jdz.mf_acceptance_panel_ok}' WHERE rule_id = 'MFI-04';
