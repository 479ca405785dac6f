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
