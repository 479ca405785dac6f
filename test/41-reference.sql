-- 41 reference (pgTAP): counts of every reference table against spec 40 §(d)
-- and §(f), the lookups F1–F4 and F20–F22 on boundary dates, DBA rows, and
-- every error with its SQLSTATE.  Rule IDs are named in the descriptions.
BEGIN;
SELECT plan(181);
SET LOCAL search_path = public, jdz;

-- counts (a mis-transcribed list is a defect) ------------------------------------
SELECT is((SELECT count(*) FROM jdz.annual_date_rule)::int, 10, 'd.2 annual_date_rule: 10 rows (CA-9, CA-18, GA-17, GA-18, CITY-02, S003-TL-05)');
SELECT is((SELECT count(*) FROM jdz.dated_deadline WHERE rule_id = 'CONS-02')::int, 11, 'd.3 CONS-02: 11 report dates');
SELECT is((SELECT string_agg(due_on::text, ',' ORDER BY seq) FROM jdz.dated_deadline WHERE rule_id = 'CONS-02' AND seq >= 4),
	'2021-03-31,2021-06-30,2021-09-30,2021-12-31,2022-03-31,2022-06-30,2022-09-30,2022-12-31', 'CONS-02: 每季度末 = the last day of each quarter');
SELECT is((SELECT count(*) FROM jdz.programme_stage)::int, 15, 'd.4 programme_stage: 15 rows');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE target_id IN
	(SELECT unnest(ARRAY['DG-T05-2023-q1','DG-T56-2022','DG-G8','DG-B22','SVC-M7','FIRE-06-2022-repair','FIRE-09-2022-model','CITY-03'])))::int, 8, 'd.5 plan_target: listed ids present');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE rule_id = 'DG-G')::int, 8, 'DG-G: G1…G8');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE rule_id = 'DG-B')::int, 23, 'DG-B: B1…B22 without B17, B4 and B21 as two rows each');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE rule_id = 'S003-SVC-01')::int, 7, 'S003-SVC-01: SVC-M1…M7');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE rule_id IN ('FIRE-06', 'FIRE-09'))::int, 9, 'FIRE-06 (6) and FIRE-09 (3) targets');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE rule_id = 'DG-T' AND task_no BETWEEN 22 AND 25)::int, 0, 'DG-T: no rows invented for tasks 22–25 (A-1)');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE comparator = 'bool' AND target <> 1)::int, 0, 'bool targets have target 1');
SELECT is((SELECT count(*) FROM jdz.plan_target)::int, 174, 'd.5 plan_target: 71 listed rows and 103 DG-Tnn-yyyy milestones (DG-T)');
SELECT is((SELECT count(*) FROM jdz.plan_target WHERE target_id ~ '^DG-T[0-9]{2}-[0-9]{4}$')::int, 104, 'DG-T: 104 whole-task milestones (DG-T56-2022 listed)');
SELECT is((SELECT indicator FROM jdz.plan_target WHERE target_id = 'DG-T03-2023'), '完成景德镇市工业互联网安全态势感知平台建设。', 'DG-T: task 3 milestone, verbatim');
SELECT is((SELECT string_agg(extract(year FROM due_on)::text, ',' ORDER BY due_on) FROM jdz.plan_target WHERE target_id ~ '^DG-T04-[0-9]{4}$'), '2022,2023,2024', 'DG-T: task 4 has three yearly milestones');
SELECT is((SELECT count(*) FROM jdz.dg_task)::int, 62, 'f.5 dg_task: 62 tasks (DG-T)');
SELECT is((SELECT array_agg(n ORDER BY s) FROM (SELECT min(task_no) AS s, count(*)::int AS n FROM jdz.dg_task GROUP BY section) x), '{4,5,12,11,10,4,13,3}'::int[], 'DG-T: tasks per section (A-9)');
SELECT is((SELECT lead_dept FROM jdz.dg_task WHERE task_no = 8), '市住建局、市城管局、市政数局牵头', 'DG-T: lead department verbatim');
SELECT is((SELECT name FROM jdz.dg_task WHERE task_no = 5), '扩大“互联网+监管”平台应用广度和深度', 'DG-T: task name verbatim');
SELECT is((SELECT count(*) FROM jdz.catalog_item)::int, 154, 'f.1 catalog_item: 154 rows');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'hl.exclusion')::int, 8, 'HL-9: exclusions 9.1…9.8');
SELECT is((SELECT code FROM jdz.catalog_item WHERE catalog = 'hl.exclusion' AND code = ANY ('{9.6,9.3}') ORDER BY ord LIMIT 1), '9.3', 'HL-9: the first exclusion in ord order decides');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'ca.fund_type')::int, 11, 'CA-2: 11 fund types');
SELECT is((SELECT (attrs ->> 'rank')::int FROM jdz.catalog_item WHERE catalog = 'ca.project_stage' AND code = '完成财审'), 3, 'CA-7b: rank of 完成财审 is 3');
SELECT is((SELECT attrs -> 'posts' FROM jdz.catalog_item WHERE catalog = 'ca.incompatible_posts'), '["名单造册", "递送资料"]'::jsonb, 'CA-12: incompatible posts');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'hl.accountability_form')::int, 10, 'HL-27: 10 accountability forms');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'ga.responsibility')::int, 9, 'GA-44..49: 9 responsibilities');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'ds.violation')::int, 6, 'DS-21: 6 violations');
SELECT is((SELECT attrs ->> 'direction' FROM jdz.catalog_item WHERE catalog = 'min.development_direction' AND code = '高岭土'), 'prioritised', 'S003-MIN-13: 高岭土 is prioritised');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'min.new_right_requirement')::int, 6, 'S003-MIN-14: 6 requirements');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'min.category_regime')::int, 4, 'S003-MIN-12: 4 categories');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'svc.service_matter_power_type')::int, 9, 'S003-SVC-03: 9 power types');
SELECT is((SELECT count(*) FROM jdz.catalog_item WHERE catalog = 'svc.benefit_mode')::int, 3, 'S003-SVC-05: 3 payout modes');
SELECT is((SELECT label_zh FROM jdz.catalog_item WHERE catalog = 'svc.venue_name' AND code = 'village'), '便民服务站', 'S003-SVC-02: a village has a 便民服务站');
SELECT is((SELECT count(*) FROM jdz.qg_venue)::int, 330, 'QG-01: 330 venues');
SELECT is((SELECT array_agg(n ORDER BY g) FROM (SELECT top_class || '/' || sub_class || '/' || coalesce(leaf_class, '') AS g0, min(venue_id) AS g, count(*)::int AS n
	FROM jdz.qg_venue GROUP BY 1) x), '{4,28,18,45,5,18,4,8,19,56,73,14,1,11,6,12,3,5}'::int[], 'QG-01: the 18 group counts');
SELECT is((SELECT count(*) FROM jdz.qg_venue WHERE top_class = '陶瓷文化类')::int, 95, 'QG-01: 陶瓷文化类 95');
SELECT is((SELECT count(*) FROM jdz.qg_venue WHERE top_class = '其他文化人文类')::int, 235, 'QG-01: 其他文化人文类 235');
SELECT is((SELECT count(*) FROM jdz.qg_venue WHERE name = '“彭友善、彭友贤”旧居')::int, 1, 'QG-01: a quoted name with 、 is one venue (A-QG3)');
SELECT is((SELECT count(*) FROM jdz.qg_venue WHERE leaf_class ~ '^[0-9]')::int, 0, 'QG-01: leaf classes without their number');
SELECT is((SELECT sum(venues) FROM jdz.qg_area_count)::int, 330, 'QG-01: area counts sum to 330');
SELECT is((SELECT venues FROM jdz.qg_area_count WHERE area = '珠山区'), 104, 'QG-01: 珠山区 104');
SELECT is((SELECT count(*) FROM jdz.delegated_power)::int, 91, 'S003-DEL-01: 91 delegated powers');
SELECT is((SELECT array_agg(n ORDER BY l) FROM (SELECT list_id COLLATE "C" AS l, count(*)::int AS n FROM jdz.delegated_power GROUP BY 1) x), '{46,21,24}'::int[], 'S003-DEL-01: D1-A1 46, D1-A2 21, D3-A 24');
SELECT is((SELECT count(*) FROM jdz.delegated_power WHERE holder = '昌南新区' AND implementer_level = 'city')::int, 21, 'S003-DEL-01: 昌南新区 21 city items');
SELECT is((SELECT array_agg(item_no ORDER BY item_no) FROM jdz.delegated_power WHERE holder = '昌南新区' AND implementer_level = 'county'), '{6,7,8}'::int[], 'S003-DEL-01: 昌南新区 3 county items (浮梁县政府)');
SELECT is((SELECT string_agg(power_type || ' ' || n, ', ' ORDER BY n DESC, power_type) FROM (SELECT power_type::text, count(*) AS n FROM jdz.delegated_power WHERE list_id = 'D1-A1' GROUP BY 1) x),
	'administrative_license 29, other_power_filing 7, administrative_confirmation 5, other_power_other 4, administrative_reward 1', 'S003-DEL-02: D1-A1 types');
SELECT is((SELECT string_agg(power_type || ' ' || n, ', ' ORDER BY n DESC, power_type) FROM (SELECT power_type::text, count(*) AS n FROM jdz.delegated_power WHERE list_id = 'D1-A2' GROUP BY 1) x),
	'administrative_license 15, other_power_filing 2, administrative_inspection 1, administrative_levy 1, administrative_penalty 1, other_power_other 1', 'S003-DEL-02: D1-A2 types');
SELECT is((SELECT string_agg(power_type || ' ' || n, ', ' ORDER BY n DESC, power_type) FROM (SELECT power_type::text, count(*) AS n FROM jdz.delegated_power WHERE list_id = 'D3-A' GROUP BY 1) x),
	'administrative_license 20, public_service 3, other_power_other 1', 'S003-DEL-02: D3-A types');
SELECT is((SELECT raw_type FROM jdz.delegated_power WHERE list_id = 'D1-A1' AND item_no = 40), '其他行政权一备案', 'S003-DEL-02: raw_type keeps the print');
SELECT is((SELECT count(*) FROM jdz.delegated_power WHERE list_id = 'D1-A1' AND mode IS NOT NULL)::int, 0, 'S003-DEL-03: D1-A1 mode is NULL (A-45)');
SELECT is((SELECT count(*) FROM jdz.delegated_power WHERE list_id = 'D1-A2' AND mode = 'direct_grant')::int, 21, 'S003-DEL-03: D1-A2 all direct_grant');
SELECT is((SELECT array_agg(item_no ORDER BY item_no) FROM jdz.delegated_power WHERE list_id = 'D3-A' AND mode = 'entrusted'), '{6,7,8,17,20}'::int[], 'S003-DEL-03: D3-A entrusted items');
SELECT is((SELECT array_agg(item_no ORDER BY item_no) FROM jdz.delegated_power WHERE industrial_only), '{5,11,12,13,14,19}'::int[], 'S003-DEL-08: 仅限工业项目 items of D1-A2');
SELECT is((SELECT array_agg(list_id || '#' || item_no ORDER BY list_id, item_no) FROM jdz.delegated_power WHERE precondition IS NOT NULL), '{D1-A1#22,D1-A1#39,D1-A2#20}'::text[], 'S003-DEL-09: three preconditions');
SELECT is((SELECT count(*) FROM jdz.delegated_power WHERE name ~ '\s')::int, 0, 'S003-DEL-01: names without inner spaces');
SELECT is((SELECT count(*) FROM jdz.delegated_power WHERE repealed_on IS NOT NULL)::int, 0, 'no shipped item is repealed');
SELECT is((SELECT count(*) FROM jdz.power_scope)::int, 17, 'S003-DEL-04..08: 17 scope conditions');
SELECT is((SELECT count(*) FROM jdz.rf_protection_level)::int, 8, 'S003-DEL-04: 8 protection levels');
SELECT is((SELECT count(*) FROM jdz.delegation_basis)::int, 2, 'S003-DOC-03/04: 2 delegation bases');
SELECT ok((SELECT repealed_on IS NULL AND repealed_by IS NULL FROM jdz.delegation_basis WHERE basis OPERATOR(jdz.=) '景府字〔2018〕62号'), 'S003-DOC-04: 景府字〔2018〕62号 continues');
SELECT is((SELECT count(*) FROM jdz.meeting)::int, 9, 'S003-MTG-01: 9 meetings');
SELECT is((SELECT count(*) FROM jdz.mineral_indicator)::int, 77, 'S003-MIN-02: 77 indicators');
SELECT is((SELECT array_agg(n ORDER BY t) FROM (SELECT table_id AS t, count(*)::int AS n FROM jdz.mineral_indicator GROUP BY 1) x), '{40,37}'::int[], 'S003-MIN-02: 专栏1-4 40 rows, 专栏3-1 37 rows');
SELECT is((SELECT target FROM jdz.mineral_indicator WHERE table_id = '1-4' AND seq = 17), 180::numeric, 'S003-MIN-04: the 2020 tungsten cap is 180 t');
SELECT is((SELECT comparator::text FROM jdz.mineral_indicator WHERE table_id = '3-1' AND indicator = '矿山数量'), 'approx', 'S003-MIN-05: "100个左右" is approx (A-40)');
SELECT is((SELECT round(actual / target * 100) FROM jdz.mineral_indicator WHERE table_id = '1-4' AND seq = 1), 111::numeric, 'S003-MIN-03: completion of row 1 is 111 % (half-up, uncapped)');
SELECT is((SELECT count(*) FROM jdz.mineral_min_scale)::int, 21, 'S003-MIN-06: 21 minimum scales');
SELECT is((SELECT count(*) FROM jdz.mineral_min_life)::int, 11, 'S003-MIN-07: 11 minimum service lives');
SELECT is((SELECT min_years FROM jdz.mineral_min_life WHERE mineral = '制灰用灰岩'), 10, 'S003-MIN-07: 制灰用灰岩 10 years (A-18b)');
SELECT is((SELECT count(*) FROM jdz.mineral_min_life WHERE mineral = '泥灰岩')::int, 0, 'S003-MIN-07: 泥灰岩 falls under *');
SELECT is((SELECT count(*) FROM jdz.mine_threshold)::int, 4, 'S003-MIN-08/09: 4 thresholds');
SELECT ok((SELECT 6 >= min_scale FROM jdz.mine_threshold WHERE mine_type = '砖瓦用页岩' AND existing), 'S003-MIN-08: an existing shale mine of exactly 6 complies (A-18)');
SELECT ok((SELECT 50 >= min_scale AND NOT 49.99 >= min_scale FROM jdz.mine_threshold WHERE mine_type = '采石场' AND NOT existing), 'S003-MIN-09: a new quarry of 50 complies, 49.99 does not (A-19)');
SELECT is((SELECT count(*) FROM jdz.planning_zone)::int, 25, 'S003-MIN-15: 25 planning-zone rows');
SELECT is((SELECT sum(zone_count) || ' ' || sum(area_km2) FROM jdz.planning_zone WHERE kind = 'exploration_block'), '27 38.3756', 'S003-MIN-15: 27 exploration blocks, 38.3756 km²');
SELECT is((SELECT count(*) FILTER (WHERE issuer_level = 'provincial') || '/' || count(*) FILTER (WHERE issuer_level = 'city') FROM jdz.planning_zone WHERE kind = 'exploration_block'), '2/9', 'S003-MIN-15: 2 provincial and 9 city block rows');
SELECT is((SELECT sum(zone_count) || ' ' || sum(area_km2) FROM jdz.planning_zone WHERE kind = 'key_mining_area'), '5 245.8148', 'S003-MIN-15: 5 key mining areas, 245.8148 km²');
SELECT is((SELECT sum(zone_count) || ' ' || sum(area_km2) FROM jdz.planning_zone WHERE kind = 'mining_block'), '2 4.1507', 'S003-MIN-15: 2 mining blocks, 4.1507 km²');
SELECT is((SELECT count(*) FROM jdz.planning_zone WHERE name LIKE '大背坞%')::int, 1, 'S003-MIN-15: 大背坞 stored corrected (A-9)');
SELECT is((SELECT count(*) || ' ' || sum(mines_2020) || '/' || sum(large_medium_2020) FROM jdz.mine_structure), '19 107/41', 'S003-MIN-05: 19 minerals, 2020 sums 107/41');
SELECT is((SELECT count(*) FROM jdz.award_project)::int, 31, 'S003-AWD-01: 31 awards');
SELECT is((SELECT array_agg(n ORDER BY c, t) FROM (SELECT category AS c, tier AS t, count(*)::int AS n FROM jdz.award_project GROUP BY 1, 2) x), '{1,5,7,1,3,5,1,3,5}'::int[], 'S003-AWD-01: tier counts 1/5/7, 1/3/5, 1/3/5');
SELECT is((SELECT count(*) FROM jdz.award_project WHERE category = 'popularization' AND publication IS NOT NULL)::int, 0, 'S003-AWD-01: no publication for 社科普及类');
SELECT is((SELECT title FROM jdz.award_project WHERE category = 'paper' AND tier = 'second' AND seq = 2), '《近代景德镇瓷业改良路径与实践困境》', 'S003-AWD-01: normalised title (A-29)');
SELECT is((SELECT title FROM jdz.award_project WHERE category = 'paper' AND tier = 'third' AND seq = 3), '《〈环境陶艺设计〉“课程思政”改革的价值、目标和措施》', 'S003-AWD-01: normalised title (A-29)');
SELECT ok('first'::jdz.award_tier < 'second' AND 'second'::jdz.award_tier < 'third', 'S003-AWD-02: the tier enum order is the rank');
SELECT is((SELECT count(*) FROM jdz.fire_station_milestone)::int, 16, 'FIRE-01: 16 station milestones');
SELECT is((SELECT array_agg(n ORDER BY y) FROM (SELECT plan_year AS y, count(*)::int AS n FROM jdz.fire_station_milestone WHERE milestone = '投入使用' GROUP BY 1) x), '{3,3,4}'::int[], 'FIRE-01: 投入使用 3 / 3 / 4');
SELECT is((SELECT count(*) FROM jdz.fire_township_team)::int, 20, 'FIRE-02: 20 township rows');
SELECT is((SELECT count(*) FROM jdz.fire_township_team WHERE action = 'new')::int, 19, 'FIRE-02: 19 new teams by 2022');
SELECT is((SELECT count(*) FROM jdz.fire_equipment_plan WHERE annex = 2)::int, 9, 'FIRE-10: annex 2 has 9 rows');
SELECT is((SELECT sum(quantity) FROM jdz.fire_equipment_plan WHERE annex = 2 AND category = '车辆')::int, 5, 'FIRE-10: 5 vehicles');
SELECT is((SELECT count(*) FROM jdz.fire_equipment_plan WHERE annex = 3)::int, 23, 'FIRE-10: annex 3 has 23 rows');
SELECT is((SELECT target FROM jdz.plan_target WHERE target_id = 'FIRE-06-2022-repair'), 360::numeric, 'FIRE-06: cumulative repairs 360 (A-FIRE-5)');

-- F1 jdz.annual_date (CA-9, CA-18, GA-17, GA-18, CITY-02, S003-TL-05) --------------
SELECT is(jdz.annual_date('CA-9', 'current_year', 2022), date '2022-12-31', 'CA-9: current-year funds by 12-31');
SELECT is(jdz.annual_date('CA-18', 'publication', 2023), date '2024-06-30', 'CA-18: publication by 6-30 of the next year');
SELECT is(jdz.annual_date('GA-17', 'collection_opens', 2024), date '2024-10-01', 'GA-17: collection opens 10-01 (first year 2024)');
SELECT is(jdz.annual_date('GA-18', '', 2024), date '2024-10-31', 'GA-18: "11月1日前" strict = 10-31');
SELECT is(jdz.annual_date('CITY-02', '', 2020), date '2020-12-15', 'CITY-02: first programme year 2020');
SELECT is(jdz.annual_date('CITY-02', '', 2022), date '2022-12-15', 'CITY-02: last programme year 2022');
SELECT is(jdz.annual_date('S003-TL-05', 'to_registrar', 2023), date '2024-05-31', 'S003-TL-05: to the registrar by 5-31');
SELECT is(jdz.annual_date('CA-9', 'carryover', 2023), date '2024-03-31', 'CA-9: 2024-03-31 is a Sunday and is not moved (A-GEN-2)');
SELECT throws_ok($$SELECT jdz.annual_date('CITY-02', '', 2023)$$, '22023', NULL, 'CITY-02: year after to_year raises 22023');
SELECT throws_ok($$SELECT jdz.annual_date('CITY-02', '', 2019)$$, '22023', NULL, 'CITY-02: year before from_year raises 22023');
SELECT throws_ok($$SELECT jdz.annual_date('GA-17', 'collection_opens', 2023)$$, '22023', NULL, 'GA-17: 2023 is before the document took effect');
SELECT throws_ok($$SELECT jdz.annual_date('CA-9', 'nope', 2022)$$, '22023', 'unknown variant "nope" of annual date rule CA-9', 'CA-9: unknown variant raises 22023');
SELECT throws_ok($$SELECT jdz.annual_date('NO-SUCH', '', 2022)$$, '22023', 'unknown annual date rule "NO-SUCH"', 'unknown rule raises 22023');
SELECT throws_ok($$SELECT jdz.annual_date('CA-9', 'carryover', 2147483647)$$, '22023', NULL, 'an absurd year raises 22023');
INSERT INTO jdz.annual_date_rule (rule_id, variant, docno, article, subject, month, day, year_offset, from_year)
	VALUES ('X-LEAP', '', '景民字〔2022〕95号', '—', 'test row of a DBA', 2, 29, 0, 2020);
SELECT is(jdz.annual_date('X-LEAP', '', 2024), date '2024-02-29', 'a DBA row is seen at once (02-29 of a leap year)');
SELECT throws_ok($$SELECT jdz.annual_date('X-LEAP', '', 2023)$$, '22023', NULL, '02-29 in a common year is neither moved nor clamped: 22023');

-- F2 jdz.next_deadline (CONS-02) -----------------------------------------------------
SELECT is(jdz.next_deadline('CONS-02', date '2020-06-20'), date '2020-06-20', 'CONS-02: on the deadline day it is still the next one');
SELECT is(jdz.next_deadline('CONS-02', date '2020-06-21'), date '2020-09-25', 'CONS-02: the day after, the next date');
SELECT is(jdz.next_deadline('CONS-02', date '2022-12-31'), date '2022-12-31', 'CONS-02: the last date, a Saturday, is not moved');
SELECT is(jdz.next_deadline('CONS-02', date '2023-01-01'), NULL::date, 'CONS-02: NULL after the last deadline');
SELECT is(jdz.next_deadline('CONS-02', '-infinity'::date), date '2020-06-20', 'CONS-02: -infinity gives the first date');
SELECT throws_ok($$SELECT jdz.next_deadline('CONS-99', date '2020-01-01')$$, '22023', 'unknown dated deadline rule "CONS-99"', 'a rule without rows raises 22023');

-- F3 jdz.programme_stages (CONS-01, CITY-01, IP-05, S003-MIN-01) ---------------------
SELECT is(jdz.programme_stages('景建发〔2020〕156号', date '2020-04-30'), '{}'::text[], 'CONS-01: before the first stage');
SELECT is(jdz.programme_stages('景建发〔2020〕156号', date '2020-06-30'), '{动员部署,排查整治}'::text[], 'CONS-01: last day of the overlap (A-CONS-2)');
SELECT is(jdz.programme_stages('景建发〔2020〕156号', date '2020-07-01'), '{排查整治}'::text[], 'CONS-01: after the overlap');
SELECT is(jdz.programme_stages('景建发〔2020〕156号', date '2022-12-31'), '{巩固提升}'::text[], 'CONS-01: last day of the programme');
SELECT is(jdz.programme_stages('景建发〔2020〕156号', date '2023-01-01'), '{}'::text[], 'CONS-01: after the programme');
SELECT is(jdz.programme_stages('景城管发〔2020〕39号', date '2020-04-01'), '{动员部署}'::text[], 'CITY-01: first day');
SELECT is(jdz.programme_stages('景府办字〔2023〕52号', date '2023-12-01'), '{动员部署,组织实施}'::text[], 'IP-05: December 2023 has two stages (A-IP3)');
SELECT is(jdz.programme_stages('景府办字〔2023〕52号', date '2023-11-30'), '{动员部署}'::text[], 'IP-05: the day before the overlap');
SELECT is(jdz.programme_stages('景府办字〔2023〕52号', date '2025-06-01'), '{总结验收}'::text[], 'IP-05: 总结验收 from 2025-06-01');
SELECT is(jdz.programme_stages('景府办字〔2023〕52号', date '2025-08-01'), '{}'::text[], 'IP-05: after the last stage');
SELECT is(jdz.programme_stages('景府发〔2022〕10号', date '2022-12-17'), '{规划期}'::text[], 'S003-MIN-01: binding only from 2022-12-18 (A-26)');
SELECT is(jdz.programme_stages('景府发〔2022〕10号', date '2025-12-31'), '{规划期,约束执行期}'::text[], 'S003-MIN-01: last day of the plan period');
SELECT is(jdz.programme_stages('景府发〔2022〕10号', date '2035-12-31'), '{展望期}'::text[], 'S003-MIN-01: last day of the outlook');
SELECT throws_ok($$SELECT jdz.programme_stages('景府发〔2022〕9号', date '2023-01-01')$$, '22023', NULL, 'a document without stages raises 22023');

-- F4 jdz.target_status (DG-T, DG-G, DG-B, S003-SVC-01, FIRE-06, FIRE-09, CITY-03) ------
SELECT is(jdz.target_status('DG-G1', 80, date '2024-12-31')::text, 'met_on_time', 'DG-G: exactly the target on the due day');
SELECT is(jdz.target_status('DG-G1', 80, date '2025-01-01')::text, 'met_late', 'DG-G: one day late');
SELECT is(jdz.target_status('DG-G1', 79.999, date '2024-01-01')::text, 'not_met', 'DG-G: just below the target');
SELECT is(jdz.target_status('DG-B3', 1, date '2022-12-31')::text, 'met_on_time', 'DG-B: bool milestone done');
SELECT is(jdz.target_status('DG-B3', 0, date '2022-12-31')::text, 'not_met', 'DG-B: bool milestone not done');
SELECT is(jdz.target_status('DG-T56-2022', 1, date '2023-01-01')::text, 'met_late', 'DG-T: task 56 done a day late');
SELECT is(jdz.target_status('FIRE-06-2022-new', 1322, date '2022-12-31')::text, 'met_on_time', 'FIRE-06: 1322 hydrants on time');
SELECT is(jdz.target_status('SVC-M5', 1, date '2025-12-31')::text, 'met_on_time', 'S003-SVC-01: SVC-M5 due 2025-12-31');
SELECT throws_ok($$SELECT jdz.target_status('DG-B3', 0.5, date '2022-12-31')$$, '22023', NULL, 'a bool target with 0.5 raises 22023');
SELECT throws_ok($$SELECT jdz.target_status('DG-G1', 'NaN', date '2022-12-31')$$, '22023', NULL, 'NaN achieved raises 22023');
SELECT throws_ok($$SELECT jdz.target_status('DG-T22-2022', 1, date '2022-12-31')$$, '22023', 'unknown target "DG-T22-2022"', 'DG-T: task 22 is missing from the source (A-1)');
SELECT throws_ok($$SELECT jdz.target_status('NO-SUCH', 1, date '2022-12-31')$$, '22023', 'unknown target "NO-SUCH"', 'unknown target raises 22023');
INSERT INTO jdz.plan_target (target_id, docno, rule_id, due_on, indicator, comparator, target)
	VALUES ('X-CAP', '景府发〔2022〕10号', 'S003-MIN-04', '2025-12-31', 'test cap', 'le', 1000),
		   ('X-ABOUT', '景府发〔2022〕10号', 'S003-MIN-05', '2025-12-31', 'test approx', 'approx', 100);
SELECT is(jdz.target_status('X-CAP', 1000, date '2025-12-31')::text, 'met_on_time', 'le: exactly at the cap is met (DBA row)');
SELECT is(jdz.target_status('X-CAP', 1000.01, date '2025-12-31')::text, 'not_met', 'le: above the cap is not met');
SELECT throws_ok($$SELECT jdz.target_status('X-ABOUT', 100, date '2025-12-31')$$, '22023', 'target X-ABOUT is approximate and has no pass or fail', 'approx: no pass/fail (A-40, A-41)');

-- F20 jdz.power_in_force (S003-DOC-02, S003-DOC-04) ------------------------------------
SELECT is(jdz.power_in_force('D1-A1', 1, date '2022-12-16'), true, 'S003-DOC-02: D1-A1 in force from 2022-12-16');
SELECT is(jdz.power_in_force('D1-A2', 21, date '2022-12-15'), false, 'S003-DOC-02: D1-A2 not the day before');
SELECT is(jdz.power_in_force('D3-A', 24, date '2022-12-11'), true, 'S003-DOC-04: D3-A in force from 2022-12-11');
SELECT is(jdz.power_in_force('D3-A', 1, date '2022-12-10'), false, 'S003-DOC-04: D3-A not the day before');
SELECT throws_ok($$SELECT jdz.power_in_force('D1-A1', 47, date '2023-01-01')$$, '22023', 'item 47 is not in delegation list D1-A1', 'S003-DEL-01: D1-A1 has 46 items');
SELECT throws_ok($$SELECT jdz.power_in_force('D3-A', 25, date '2023-01-01')$$, '22023', NULL, 'S003-DEL-01: D3-A has 24 items');
SELECT throws_ok($$SELECT jdz.power_in_force('D2', 1, date '2023-01-01')$$, '22023', 'unknown delegation list "D2"', 'unknown list raises 22023');
UPDATE jdz.delegated_power SET repealed_on = '2024-01-01' WHERE list_id = 'D3-A' AND item_no = 19;
SELECT is(jdz.power_in_force('D3-A', 19, date '2023-12-31'), true, 'a repealed item is in force the day before repealed_on');
SELECT is(jdz.power_in_force('D3-A', 19, date '2024-01-01'), false, 'and not from repealed_on');

-- F21 jdz.power_holders (S003-DEL-01, A-36) ---------------------------------------------
SELECT is(jdz.power_holders('取水许可', date '2024-01-01'), '{景德镇高新区}'::text[], 'A-36: after the repeal of D3-A #19 only 景德镇高新区');
SELECT is(jdz.power_holders('  取水许可 ', date '2023-06-01'), '{景德镇高新区,昌南新区}'::text[], 'A-36: the name is trimmed, both holders');
SELECT is(jdz.power_holders('取水许可', date '2022-12-12'), '{昌南新区}'::text[], 'S003-DOC-02: only D3-A between 2022-12-11 and 12-15');
SELECT is(jdz.power_holders('取水', date '2023-06-01'), '{}'::text[], 'names match exactly');
SELECT is(jdz.power_holders('公路建设项目施工许可', date '2023-06-01'), '{景德镇高新区,昌南新区}'::text[], 'D1-A1 #16 and D3-A #4');

-- F22 jdz.power_in_scope (S003-DEL-04 … S003-DEL-08) -------------------------------------
SELECT is(jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 19999.99, "rf_protection_level": "核5"}'), false, 'S003-DEL-04: area just below 2万 m²');
SELECT is(jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 20000, "rf_protection_level": "核4B"}'), true, 'S003-DEL-04: 核4B (4.5) is 核5级以上 (A-17)');
SELECT is(jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 20000, "rf_protection_level": "核6"}'), false, 'S003-DEL-04: 核6 is not');
SELECT is(jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 30000}'), NULL::boolean, 'S003-DEL-04: a missing fact makes the answer unknown');
SELECT is(jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 100, "rf_protection_level": null}'), false, 'S003-DEL-04: a failing row wins over an unknown one');
SELECT is(jdz.power_in_scope('D1-A2', 20, '{"annual_tce": 3000}'), true, 'S003-DEL-05: 3000 tce is in [3000, 5000) (A-16)');
SELECT is(jdz.power_in_scope('D1-A2', 20, '{"annual_tce": 4999.99}'), true, 'S003-DEL-05: 4999.99 tce');
SELECT is(jdz.power_in_scope('D1-A1', 21, '{"has_water_quota": true}'), true, 'S003-DEL-06: claimable with a water quota');
SELECT is(jdz.power_in_scope('D1-A1', 34, '{"foreign_invested": true}'), false, 'S003-DEL-07: not for foreign-invested enterprises');
SELECT is(jdz.power_in_scope('D1-A1', 3, '{"project_type": "风电"}'), true, 'S003-DEL-07: 风电 is in the list');
SELECT is(jdz.power_in_scope('D1-A2', 19, '{}'), NULL::boolean, 'S003-DEL-08: unknown without is_industrial');
SELECT is(jdz.power_in_scope('D1-A1', 1), true, 'an item without scope rows is in scope');
SELECT is(jdz.power_in_scope('D3-A', 13, '{"is_industrial": false}'), true, 'D3-A #13 has no sub-scope (A-46)');
SELECT throws_ok($$SELECT jdz.power_in_scope('D1-A1', 45, '[1, 2]')$$, '22023', 'facts must be a JSON object, not array', 'facts must be an object');
SELECT throws_ok($$SELECT jdz.power_in_scope('D1-A2', 5, '{"is_industrial": "yes"}')$$, '22023', NULL, 'a fact of the wrong JSON type raises 22023');
SELECT throws_ok($$SELECT jdz.power_in_scope('D1-A2', 20, '{"annual_tce": "4000"}')$$, '22023', NULL, 'a number given as a string raises 22023');
SELECT throws_ok($$SELECT jdz.power_in_scope('D1-A2', 20, '{"annual_tce": -0.01}')$$, '22023', NULL, 'S003-DEL-05: a negative annual_tce raises 22023');
SELECT throws_ok($$SELECT jdz.power_in_scope('D1-A1', 99, '{}')$$, '22023', 'item 99 is not in delegation list D1-A1', 'an unknown item raises 22023');

-- tables: dump-marked, rule mapping --------------------------------------------------
SELECT is((SELECT count(*) FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS x(c, w)
	WHERE e.extname = 'jdzpolicy' AND w = 'WHERE NOT builtin' AND c IN (
		'jdz.annual_date_rule'::regclass, 'jdz.dated_deadline'::regclass, 'jdz.programme_stage'::regclass, 'jdz.plan_target'::regclass,
		'jdz.delegated_power'::regclass, 'jdz.power_scope'::regclass, 'jdz.rf_protection_level'::regclass, 'jdz.delegation_basis'::regclass,
		'jdz.meeting'::regclass, 'jdz.catalog_item'::regclass, 'jdz.dg_task'::regclass, 'jdz.qg_venue'::regclass, 'jdz.qg_area_count'::regclass,
		'jdz.mineral_indicator'::regclass, 'jdz.mineral_min_scale'::regclass, 'jdz.mineral_min_life'::regclass, 'jdz.mine_threshold'::regclass,
		'jdz.planning_zone'::regclass, 'jdz.mine_structure'::regclass, 'jdz.award_project'::regclass,
		'jdz.fire_station_milestone'::regclass, 'jdz.fire_township_team'::regclass, 'jdz.fire_equipment_plan'::regclass))::int,
	23, 'the 23 reference tables are dump-marked WHERE NOT builtin');
SELECT is((SELECT count(*) FROM jdz.rule WHERE rule_id IN ('CA-9', 'CONS-02', 'S003-DEL-04', 'S003-DOC-02', 'QG-01', 'S003-MIN-15', 'FIRE-10', 'DG-T')
	AND cardinality(implemented_by) > 0)::int, 8, 'jdz.rule: the rules of these tables name what implements them');
SELECT ok((SELECT 'jdz.power_in_scope' = ANY (implemented_by) FROM jdz.rule WHERE rule_id = 'S003-DEL-05'), 'S003-DEL-05 is implemented by jdz.power_in_scope');

SELECT * FROM finish();
ROLLBACK;
