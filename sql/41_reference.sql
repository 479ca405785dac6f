-- 41 reference: the public examples of spec 40 §(i) for the dated-rule tables
-- (§d.2–d.5, lookups F1–F4) and the reference tables (§f.1, f.5–f.9, lookups
-- F20–F22).  Each line names its vector id and rule ID.
SET TimeZone = 'Asia/Shanghai';
SET DateStyle = 'ISO, YMD';
SET search_path = public, jdz;  -- the examples compare jdz.docno columns with literals
\set VERBOSITY sqlstate

-- SAT-1 / DG-T, DG-G, DG-B: digital-government targets (jdz.target_status)
SELECT jdz.target_status('DG-T32-2022-q1', 50, date '2022-12-31');   -- met_on_time (TV-DG-01, DG-T)
SELECT jdz.target_status('DG-T32-2022-q1', 49.9, date '2022-12-31'); -- not_met (TV-DG-02)
SELECT jdz.target_status('DG-T32-2023-q1', 70, date '2024-01-02');   -- met_late (TV-DG-03)
SELECT jdz.target_status('DG-T54-2022-q1', 260, date '2022-12-31');  -- met_on_time (TV-DG-07)
SELECT jdz.target_status('DG-T26-2022-q1', 24, date '2022-12-31');   -- not_met (TV-DG-09)
SELECT jdz.target_status('DG-B4-q1', 40, date '2022-12-31');         -- not_met (TV-DG-10, DG-B)
SELECT jdz.target_status('DG-B5', 95.0, date '2023-12-31');          -- met_on_time (TV-DG-13)
SELECT jdz.target_status('DG-T23-2022-q1', 1, date '2022-12-31');    -- ERROR 22023 (TV-DG-17)
SELECT jdz.target_status('DG-T35-2023-q1', 60, date '2023-12-31');   -- met_on_time (TV-DG-19)

-- CA-9 and CA-18: fixed yearly dates (jdz.annual_date)
SELECT date '2023-03-31' <= jdz.annual_date('CA-9', 'carryover', 2022);  -- true (TV-CA9-02)
SELECT jdz.annual_date('CA-9', 'carryover', 2023);                       -- 2024-03-31 (TV-CA9-04)
SELECT jdz.annual_date('CA-18', 'evaluation', 2022);                     -- 2023-03-31 (TV-CA18-01a)

-- CA-2 catalogs
SELECT (SELECT attrs ->> 'allocation_method' FROM jdz.catalog_item WHERE catalog = 'ca.fund_type' AND code = '残疾人两项补贴');  -- factor (TV-CA2-01)
SELECT (SELECT attrs ->> 'purpose' FROM jdz.catalog_item WHERE catalog = 'ca.fund_type' AND code = '福利彩票公益金');  -- welfare_program (TV-CA2-02)

-- GA-17/18 and IP-05 (aviation demand cycle, IP-dispute pilot phases)
SELECT date '2024-10-31' <= jdz.annual_date('GA-18', '', 2024);  -- true (GA18-02)
SELECT jdz.programme_stages('景府办字〔2023〕52号', date '2023-07-31');  -- {} (IP05-01)
SELECT jdz.programme_stages('景府办字〔2023〕52号', date '2023-12-15');  -- {动员部署,组织实施} (IP05-03)

-- QG-01: 千馆之城 count integrity
SELECT (SELECT sum(venues) FROM jdz.qg_area_count);  -- 330 (QG01-01)
SELECT (SELECT count(*) FROM jdz.qg_venue);          -- 330 (QG01-02)

-- CONS-01, CITY-01, CONS-02, CITY-02, CITY-03: construction-safety and city-management programmes
SELECT jdz.programme_stages('景建发〔2020〕156号', date '2020-05-15');  -- {动员部署} (CONS-01-T1)
SELECT jdz.programme_stages('景建发〔2020〕156号', date '2020-06-10');  -- {动员部署,排查整治} (CONS-01-T2)
SELECT jdz.programme_stages('景城管发〔2020〕39号', date '2020-05-31'); -- {动员部署} (CITY-01-T2a)
SELECT jdz.programme_stages('景城管发〔2020〕39号', date '2020-06-01'); -- {排查整治} (CITY-01-T2b)
SELECT jdz.next_deadline('CONS-02', date '2020-06-16');  -- 2020-06-20 (CONS-02-T1)
SELECT jdz.next_deadline('CONS-02', date '2023-01-01');  -- NULL (CONS-02-T6)
SELECT date '2021-12-15' <= jdz.annual_date('CITY-02', '', 2021);  -- true (CITY-02-T1)
SELECT jdz.target_status('CITY-03', 1, date '2020-12-31');  -- met_on_time (CITY-03-T1)

-- FIRE-01, FIRE-02, FIRE-06, FIRE-09: fire plan
SELECT (SELECT milestone FROM jdz.fire_station_milestone WHERE project = '昌南新区消防站' AND plan_year = 2020);  -- 开工建设 (FIRE-01-T1)
SELECT (SELECT milestone FROM jdz.fire_station_milestone WHERE project = '昌南新区消防站' AND plan_year = 2021);  -- 投入使用 (FIRE-01-T2)
SELECT (SELECT count(*) FROM jdz.fire_township_team WHERE action = 'new' AND plan_year <= 2020);  -- 7 (FIRE-02-T1)
SELECT (SELECT count(*) FROM jdz.fire_township_team WHERE action = 'new' AND plan_year <= 2021);  -- 13 (FIRE-02-T2)
SELECT jdz.target_status('FIRE-06-2022-new', 1321, date '2022-12-31');  -- not_met (FIRE-06-T2)
SELECT jdz.target_status('FIRE-09-2021-radio', 90.0, date '2021-12-31'); -- met_on_time (FIRE-09-T1)
SELECT jdz.target_status('FIRE-09-2021-radio', 89.9, date '2021-12-31'); -- not_met (FIRE-09-T2)

-- S003-DOC-02, S003-DOC-03: delegation lists in force, delegation bases
SELECT jdz.power_in_force('D1-A1', 45, date '2022-12-15');  -- false (S003-DOC-02-1)
SELECT jdz.power_in_force('D1-A2', 22, date '2023-01-01');  -- ERROR 22023 (S003-DOC-02-5)
SELECT (SELECT repealed_on FROM jdz.delegation_basis WHERE basis = '赣府发〔2020〕19号' AND holder = '景德镇高新区');  -- 2022-12-16 (S003-DOC-03-2)

-- S003-DEL-01 … S003-DEL-08: delegated powers
SELECT (SELECT count(*) FROM jdz.delegated_power WHERE holder = '景德镇高新区');  -- 67 (S003-DEL-01-1)
SELECT (SELECT count(*) FROM jdz.delegated_power WHERE holder = '景德镇高新区' AND implementer_level = 'provincial');  -- 46 (S003-DEL-01-2)
SELECT (SELECT count(*) FROM jdz.delegated_power WHERE list_id = 'D1-A1' AND power_type = 'administrative_license');  -- 29 (S003-DEL-02-6a)
SELECT (SELECT count(*) FROM jdz.delegated_power WHERE list_id = 'D3-A' AND mode = 'direct_grant');  -- 19 (S003-DEL-03-6)
SELECT (SELECT mode FROM jdz.delegated_power WHERE list_id = 'D3-A' AND item_no = 6);   -- entrusted (S003-DEL-03-1)
SELECT (SELECT mode FROM jdz.delegated_power WHERE list_id = 'D3-A' AND item_no = 19);  -- direct_grant (S003-DEL-03-3)
SELECT jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 20000, "rf_protection_level": "核5"}');  -- true (S003-DEL-04-1a)
SELECT jdz.power_in_scope('D1-A2', 11, '{"is_industrial": true}');  -- true (S003-DEL-04-2b)
SELECT jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 25000, "rf_protection_level": "核7"}');  -- ERROR 22023 (S003-DEL-04-7)
SELECT jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": -1, "rf_protection_level": "核5"}');  -- ERROR 22023 (S003-DEL-04-8)
SELECT jdz.power_in_scope('D1-A2', 20, '{"annual_tce": 4000}');     -- true (S003-DEL-05-1)
SELECT jdz.power_in_scope('D1-A2', 20, '{"annual_tce": 5000}');     -- false (S003-DEL-05-4a)
SELECT jdz.power_in_scope('D1-A2', 20, '{"annual_tce": 2999.99}');  -- false (S003-DEL-05-6)
SELECT jdz.power_in_scope('D1-A1', 26, '{"has_commerce_function": false}');  -- false (S003-DEL-06-3)
SELECT jdz.power_in_scope('D1-A1', 13, '{"qualification_grade": "一级"}');    -- false (S003-DEL-07-3b)
SELECT jdz.power_in_scope('D1-A1', 3, '{"project_type": "高速公路"}');        -- false (S003-DEL-07-5b)
SELECT jdz.power_in_scope('D1-A2', 5, '{"is_industrial": false}');          -- false (S003-DEL-08-2)
SELECT jdz.power_holders('取水许可', date '2023-01-01');  -- {景德镇高新区,昌南新区} (X-S003-DEL-04)

-- S003-TL-05: annual report of social organisations
SELECT jdz.annual_date('S003-TL-05', 'to_supervisor', 2022);  -- 2023-03-31 (S003-TL-05-1a)

-- S003-MIN-01 … S003-MIN-15: mineral plan
SELECT jdz.programme_stages('景府发〔2022〕10号', date '2019-06-30');  -- {} (S003-MIN-01-1a)
SELECT jdz.programme_stages('景府发〔2022〕10号', date '2026-01-01');  -- {展望期} (S003-MIN-01-2b)
SELECT jdz.programme_stages('景府发〔2022〕10号', date '2022-12-18');  -- {规划期,约束执行期} (S003-MIN-01-3b)
SELECT (SELECT span FROM jdz.mineral_indicator WHERE table_id = '3-1' AND indicator = '新发现大中型矿产地');  -- cumulative (S003-MIN-02-1)
SELECT (SELECT attribute FROM jdz.mineral_indicator WHERE table_id = '3-1' AND indicator = '主要矿种开采总量' AND mineral = '钨矿');  -- binding (S003-MIN-02-2)
SELECT 1000.01 <= (SELECT target * 10000 FROM jdz.mineral_indicator WHERE table_id = '3-1' AND indicator = '主要矿种开采总量' AND mineral = '钨矿');  -- false (S003-MIN-04-2)
SELECT (SELECT sum(mines_2025) || '/' || sum(large_medium_2025) FROM jdz.mine_structure);  -- 100/50 (S003-MIN-05-2)
SELECT (SELECT per FROM jdz.mineral_min_scale WHERE mineral = '地热');  -- day (S003-MIN-06-5)
SELECT (SELECT min(min_scale) FROM jdz.mineral_min_scale WHERE mineral = '煤') = 30;  -- true (S003-MIN-06-4)
SELECT (SELECT min_years FROM jdz.mineral_min_life WHERE mineral = '*');  -- 5 (S003-MIN-07-5)
SELECT (SELECT sum(area_km2) FROM jdz.planning_zone WHERE kind = 'key_exploration_area') = 1425.1296;  -- true (S003-MIN-15-1)
SELECT (SELECT sum(area_km2) FROM jdz.planning_zone WHERE kind = 'exploration_block') = 38.3756;  -- true (S003-MIN-15-2)

-- S003-AWD-01, -02, S003-SVC-01, -02, -04, S003-MTG-01: awards, services plan, meetings
SELECT (SELECT count(*) FROM jdz.award_project WHERE edition = 10 AND category = 'paper' AND tier = 'first');  -- 1 (S003-AWD-01-1a)
SELECT (SELECT count(*) FROM jdz.award_project WHERE edition = 10 AND tier = 'second');  -- 11 (S003-AWD-01-4)
SELECT (SELECT count(*) FROM jdz.award_project WHERE edition = 10 AND true);  -- 31 (S003-AWD-01-5)
SELECT (SELECT title FROM jdz.award_project WHERE edition = 10 AND category = 'paper' AND tier = 'second' AND seq = 5);  -- 《景德镇市“优化营商环境”调研报告》 (S003-AWD-02-1)
SELECT jdz.target_status('SVC-M1', 1, date '2022-12-31');  -- met_on_time (S003-SVC-01-1)
SELECT date '2026-01-01' <= (SELECT due_on FROM jdz.plan_target WHERE target_id = 'SVC-M5');  -- false (S003-SVC-01-3)
SELECT (SELECT label_zh FROM jdz.catalog_item WHERE catalog = 'svc.venue_name' AND code = 'county');  -- 政务服务中心 (S003-SVC-02-1)
SELECT (SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'svc.required_window');  -- 7 (S003-SVC-04-1)
SELECT (SELECT held_on FROM jdz.meeting WHERE series = '市政府常务会议' AND meeting_no = 18) <= date '2022-12-16';  -- true (S003-MTG-01-1)
