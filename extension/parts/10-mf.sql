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
