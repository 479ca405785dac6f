-- pgTAP suite of the public rental housing family, cases that need no time-limit row (景府办发〔2023〕7号, spec 10 §3.3).
-- Every test names its rule ID (PRH-04, PRH-07, PRH-11a, ...); the public examples of
-- spec 10 §10 carry their check IDs (TV-PRH...).  Generated from a case list; edit freely.
-- Outside data (spec 10 §9 SETUP): L = 48000.00 in 2023, none in January 2024,
-- 50123.40 from 2024-02-01 (here split at 2025-12-31: 48000.01 from 2026-01-01, to test
-- the exact income product); subsidy standards 25/35/45 m2 and 8.00/6.00 yuan/m2.
BEGIN;
SET LOCAL TimeZone = 'Asia/Shanghai';
SET LOCAL DateStyle = 'ISO, YMD';

INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) VALUES
  ('prh.urban_disposable_income', '2023-01-01', '2023-12-31', 48000, false),
  ('prh.urban_disposable_income', '2024-02-01', '2025-12-31', 50123.40, false),
  ('prh.urban_disposable_income', '2026-01-01', NULL, 48000.01, false);
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, builtin) VALUES
  ('prh.subsidy_area.1', '2023-11-27', NULL, 25, false), ('prh.subsidy_area.2', '2023-11-27', NULL, 35, false),
  ('prh.subsidy_area.3', '2023-11-27', NULL, 45, false), ('prh.subsidy_rate.1', '2023-11-27', NULL, 8.00, false),
  ('prh.subsidy_rate.2', '2023-11-27', NULL, 6.00, false);

CREATE FUNCTION pg_temp.eval(expr text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE r text;
BEGIN
	EXECUTE 'SELECT (' || expr || ')::text' INTO r;
	RETURN r;
END $f$;

CREATE TEMP TABLE prh_case (n serial, descr text, expr text, want text);
CREATE TEMP TABLE prh_error (n serial, descr text, stmt text, sqlstate text);

INSERT INTO prh_case (descr, expr, want) VALUES
  ($c$PRH-07/PRH-46 prh_scope(zhushan)$c$, $c$jdz.prh_scope('zhushan')$c$, $c$applies$c$),
  ($c$PRH-07/PRH-46 prh_scope(changjiang)$c$, $c$jdz.prh_scope('changjiang')$c$, $c$applies$c$),
  ($c$PRH-07/PRH-46 prh_scope(gaoxin)$c$, $c$jdz.prh_scope('gaoxin')$c$, $c$applies$c$),
  ($c$PRH-07/PRH-46 prh_scope(changnan)$c$, $c$jdz.prh_scope('changnan')$c$, $c$applies$c$),
  ($c$PRH-07/PRH-46 prh_scope(fuliang)$c$, $c$jdz.prh_scope('fuliang')$c$, $c$by_reference$c$),
  ($c$PRH-07/PRH-46 prh_scope(leping)$c$, $c$jdz.prh_scope('leping')$c$, $c$by_reference$c$),
  ($c$PRH-07/PRH-46 prh_scope(elsewhere)$c$, $c$jdz.prh_scope('elsewhere')$c$, $c$not_covered$c$),
  ($c$PRH-07 TV-PRH07-02 高新区 is central$c$, $c$jdz.prh_scope(jdz.district_of('高新区'))$c$, $c$applies$c$),
  ($c$PRH-07 NULL district gives NULL$c$, $c$jdz.prh_scope(NULL)$c$, NULL),
  ($c$PRH-11a classify 50.00 m2$c$, $c$jdz.prh_classify_unit(50.00, '2024-01-01')$c$, $c$small$c$),
  ($c$PRH-11a classify 49.99 m2$c$, $c$jdz.prh_classify_unit(49.99, '2024-01-01')$c$, $c$small$c$),
  ($c$PRH-11a classify 50.01 m2$c$, $c$jdz.prh_classify_unit(50.01, '2024-01-01')$c$, $c$medium$c$),
  ($c$PRH-11a classify 80 m2$c$, $c$jdz.prh_classify_unit(80, '2024-01-01')$c$, $c$medium$c$),
  ($c$PRH-11a classify 80.00 m2$c$, $c$jdz.prh_classify_unit(80.00, '2024-01-01')$c$, $c$medium$c$),
  ($c$PRH-11a classify 80.01 m2$c$, $c$jdz.prh_classify_unit(80.01, '2024-01-01')$c$, $c$oversize$c$),
  ($c$PRH-11a classify 0.000001 m2$c$, $c$jdz.prh_classify_unit(0.000001, '2024-01-01')$c$, $c$small$c$),
  ($c$PRH-11a NULL area gives NULL$c$, $c$jdz.prh_classify_unit(NULL, '2024-01-01')$c$, NULL),
  ($c$PRH-11a first day of the text (2023-11-27)$c$, $c$jdz.prh_classify_unit(50, '2023-11-27')$c$, $c$small$c$),
  ($c$PRH-11b TV-PRH11b-01 exactly 15 % passes$c$, $c$jdz.prh_unit_mix_check(array_cat(array_fill(50::numeric, ARRAY[170]), array_fill(75::numeric, ARRAY[20])), '2024-01-01')$c$, $c$(t,{})$c$),
  ($c$PRH-11b TV-PRH11b-02 just above 15 %$c$, $c$(jdz.prh_unit_mix_check(array_cat(array_fill(50::numeric, ARRAY[169]), array_fill(75::numeric, ARRAY[20])), '2024-01-01')).reasons$c$, $c${medium_share}$c$),
  ($c$PRH-11b medium 75 of 500 m2 (15 %) passes$c$, $c$jdz.prh_unit_mix_check('{50,50,50,50,50,50,50,50,25,75}'::numeric[], '2024-01-01')$c$, $c$(t,{})$c$),
  ($c$PRH-11b medium 75.01 of 500.01 m2 fails$c$, $c$(jdz.prh_unit_mix_check('{50,50,50,50,50,50,50,50,25,75.01}'::numeric[], '2024-01-01')).reasons$c$, $c${medium_share}$c$),
  ($c$PRH-11a oversize unit$c$, $c$(jdz.prh_unit_mix_check('{50,50,50,50,50,50,50,50,50,50,80.01}'::numeric[], '2024-01-01')).reasons$c$, $c${oversize_unit}$c$),
  ($c$PRH-11a/b both reasons in enum order$c$, $c$(jdz.prh_unit_mix_check('{50,80.01,75}'::numeric[], '2024-01-01')).reasons$c$, $c${oversize_unit,medium_share}$c$),
  ($c$PRH-11b all small$c$, $c$jdz.prh_unit_mix_check('{50,50}'::numeric[], '2024-01-01')$c$, $c$(t,{})$c$),
  ($c$PRH-11c TV-PRH11c-01 15 % and 10 % exactly pass$c$, $c$jdz.prh_facilities_check(100000, 15000, 10000, '2024-01-01')$c$, $c$(t,{})$c$),
  ($c$PRH-11c facilities 15000.01$c$, $c$(jdz.prh_facilities_check(100000, 15000.01, 10000, '2024-01-01')).reasons$c$, $c${facilities_share}$c$),
  ($c$PRH-11c commercial 10000.01$c$, $c$(jdz.prh_facilities_check(100000, 15000, 10000.01, '2024-01-01')).reasons$c$, $c${commercial_share}$c$),
  ($c$PRH-11c both$c$, $c$(jdz.prh_facilities_check(100000, 20000, 12000, '2024-01-01')).reasons$c$, $c${facilities_share,commercial_share}$c$),
  ($c$PRH-11c no facilities$c$, $c$jdz.prh_facilities_check(100000, 0, 0, '2024-01-01')$c$, $c$(t,{})$c$),
  ($c$PRH-04 prh_stacking_ok('{in_kind}')$c$, $c$jdz.prh_stacking_ok('{in_kind}')$c$, $c$true$c$),
  ($c$PRH-04 prh_stacking_ok('{in_kind,rental_subsidy}')$c$, $c$jdz.prh_stacking_ok('{in_kind,rental_subsidy}')$c$, $c$false$c$),
  ($c$PRH-04 prh_stacking_ok('{rental_subsidy,talent_apartment}')$c$, $c$jdz.prh_stacking_ok('{rental_subsidy,talent_apartment}')$c$, $c$false$c$),
  ($c$PRH-04 prh_stacking_ok('{in_kind,direct_public_housing}')$c$, $c$jdz.prh_stacking_ok('{in_kind,direct_public_housing}')$c$, $c$false$c$),
  ($c$PRH-04 prh_stacking_ok('{talent_rent_subsidy,rental_subsidy}')$c$, $c$jdz.prh_stacking_ok('{talent_rent_subsidy,rental_subsidy}')$c$, $c$false$c$),
  ($c$PRH-04 prh_stacking_ok('{direct_public_housing,talent_apartment}')$c$, $c$jdz.prh_stacking_ok('{direct_public_housing,talent_apartment}')$c$, $c$true$c$),
  ($c$PRH-04 prh_stacking_ok('{}')$c$, $c$jdz.prh_stacking_ok('{}')$c$, $c$true$c$),
  ($c$PRH-04 prh_stacking_ok('{rental_subsidy,rental_subsidy}')$c$, $c$jdz.prh_stacking_ok('{rental_subsidy,rental_subsidy}')$c$, $c$true$c$),
  ($c$PRH-16 income line 2023-12-01 (L 48000)$c$, $c$jdz.prh_income_line('2023-12-01')$c$, $c$120000.00$c$),
  ($c$PRH-16 income line 2024-02-01 (L 50123.40)$c$, $c$jdz.prh_income_line('2024-02-01')$c$, $c$125308.50$c$),
  ($c$PRH-16 income line shown rounded down (L 48000.01 from 2026-01-01)$c$, $c$jdz.prh_income_line('2026-01-01')$c$, $c$120000.02$c$),
  ($c$PRH-16 no insurance, no permit$c$, $c$(jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')).reasons$c$, $c${insurance}$c$),
  ($c$PRH-16 no insurance but a residence permit (A-PRH3)$c$, $c$(jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, residence_permit => true, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')).reasons$c$, $c${}$c$),
  ($c$PRH-27 TV-PRH27-03 the third abandonment$c$, $c$jdz.prh_waiting_status(3, '2022-01-10', '2024-01-10')$c$, $c$must_reapply$c$),
  ($c$PRH-27 NULL gives NULL$c$, $c$jdz.prh_waiting_status(NULL, '2024-01-10', '2024-01-10')$c$, NULL),
  ($c$PRH-30b NULL gives NULL$c$, $c$jdz.prh_renewal_deadline(NULL)$c$, NULL),
  ($c$PRH-31a TV-PRH31a-01 lianzu 10 %$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'lianzu')$c$, $c$75.00$c$),
  ($c$PRH-31a TV-PRH31a-03 gongzu 80 %$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.80)$c$, $c$600.00$c$),
  ($c$PRH-31a gongzu 60 %$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.60, '2024-01-01')$c$, $c$450.00$c$),
  ($c$PRH-31a TV-PRH31a-07 one rounding$c$, $c$jdz.prh_monthly_rent('13.33', 47.5, 'gongzu', 0.70)$c$, $c$443.22$c$),
  ($c$PRH-31a TV-PRH31a-13 a quarter is 3 rounded months$c$, $c$jdz.prh_monthly_rent('13.33', 47.5, 'gongzu', 0.70) * 3$c$, $c$1329.66$c$),
  ($c$PRH-31a TV-PRH31a-X7 explain result$c$, $c$jdz.prh_monthly_rent_explain('13.33', 47.5, 'gongzu', 0.70) ->> 'result'$c$, $c$443.22$c$),
  ($c$PRH-31a explain rule and article$c$, $c$jdz.prh_monthly_rent_explain('13.33', 47.5, 'gongzu', 0.70, '2024-01-01') ->> 'article'$c$, $c$第三十一条$c$),
  ($c$PRH-31a explain market article$c$, $c$jdz.prh_monthly_rent_explain('15.00', 50, 'market', NULL, '2024-01-01') ->> 'article'$c$, $c$第三十八条、第四十四条$c$),
  ($c$PRH-31a explain parameters$c$, $c$jdz.prh_monthly_rent_explain('15.00', 50, 'lianzu', NULL, '2024-01-01') -> 'parameters' -> 0 ->> 'key'$c$, $c$prh.rent_ratio.lianzu$c$),
  ($c$PRH-31a half-up: 1.005 → 1.01$c$, $c$jdz.prh_monthly_rent('10.05', 1, 'lianzu', NULL, '2024-01-01')$c$, $c$1.01$c$),
  ($c$PRH-31a 1.004 → 1.00$c$, $c$jdz.prh_monthly_rent('10.04', 1, 'lianzu', NULL, '2024-01-01')$c$, $c$1.00$c$),
  ($c$PRH-31a lianzu with the parameter's ratio$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'lianzu', 0.1, '2024-01-01')$c$, $c$75.00$c$),
  ($c$PRH-31a market$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'market', NULL, '2024-01-01')$c$, $c$750.00$c$),
  ($c$PRH-31a market ratio 1$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'market', 1, '2024-01-01')$c$, $c$750.00$c$),
  ($c$PRH-31a market reads no parameter$c$, $c$jdz.prh_monthly_rent('15.00', 50, 'market', NULL, '2023-11-26')$c$, $c$750.00$c$),
  ($c$PRH-44 TV-PRH44B-01 back-rent$c$, $c$(jdz.prh_monthly_rent('15.00', 50, 'market') - jdz.prh_monthly_rent('15.00', 50, 'lianzu')) * 10$c$, $c$6750.00$c$),
  ($c$PRH-44 back-rent as a sum of rounded monthly differences$c$, $c$(SELECT sum(jdz.prh_monthly_rent(m.market_rent, 47.5, 'market', NULL, m.month) - m.rent_paid) FROM (VALUES ('13.33'::jdz.cny, '2024-01-01'::date, '443.22'::jdz.cny), ('13.33', '2024-02-01', '443.22'), ('14.01', '2024-03-01', '443.22')) AS m(market_rent, month, rent_paid))$c$, $c$602.18$c$),
  ($c$PRH-34 TV-PRH34-01 3 persons band 1$c$, $c$jdz.prh_monthly_subsidy(3, 1, '2024-01-01')$c$, $c$360.00$c$),
  ($c$PRH-34 1 person band 2$c$, $c$jdz.prh_monthly_subsidy(1, 2, '2024-01-01')$c$, $c$150.00$c$),
  ($c$PRH-35 monthly amount, 2 persons band 2$c$, $c$jdz.prh_monthly_subsidy(2, 2, '2024-01-01')$c$, $c$210.00$c$),
  ($c$PRH-38 TV-PRH38-01 one fen over$c$, $c$jdz.prh_exit_reasons(false, '120000.01', false, true, true, '2023-12-01')$c$, $c${over_income}$c$),
  ($c$PRH-38 TV-PRH38-02 at the line$c$, $c$jdz.prh_exit_reasons(false, '120000.00', false, true, true, '2023-12-01')$c$, $c${}$c$),
  ($c$PRH-38 TV-PRH38-08 lives but does not work here (A-PRH12)$c$, $c$jdz.prh_exit_reasons(false, '50000.00', false, false, true, '2023-12-01')$c$, $c${}$c$),
  ($c$PRH-38 works but does not live here$c$, $c$jdz.prh_exit_reasons(false, '50000.00', false, true, false, '2023-12-01')$c$, $c${}$c$),
  ($c$PRH-38 every reason in order$c$, $c$jdz.prh_exit_reasons(true, '200000.00', true, false, false, '2023-12-01')$c$, $c${acquired_housing,over_income,over_assets,left_city}$c$),
  ($c$PRH-38 L 50123.40: 125308.51 is over$c$, $c$jdz.prh_exit_reasons(false, '125308.51', false, true, true, '2024-02-01')$c$, $c${over_income}$c$),
  ($c$PRH-39 TV-PRH39-06 5 months of arrears$c$, $c$jdz.prh_termination_grounds(arrears_months => 5, on_date => '2024-09-10')$c$, $c${}$c$),
  ($c$PRH-39 TV-PRH39-07 6 months of arrears$c$, $c$jdz.prh_termination_grounds(arrears_months => 6, on_date => '2024-09-10')$c$, $c${arrears}$c$),
  ($c$PRH-39 nothing$c$, $c$jdz.prh_termination_grounds(on_date => '2024-09-10')$c$, $c${}$c$),
  ($c$PRH-40 tier after review (true, true)$c$, $c$jdz.prh_tier_after_review(true, true)$c$, $c$lianzu$c$),
  ($c$PRH-40 tier after review (true, false)$c$, $c$jdz.prh_tier_after_review(true, false)$c$, $c$lianzu$c$),
  ($c$PRH-40 tier after review (false, true)$c$, $c$jdz.prh_tier_after_review(false, true)$c$, $c$gongzu$c$),
  ($c$PRH-40 tier after review (false, false)$c$, $c$jdz.prh_tier_after_review(false, false)$c$, $c$market$c$),
  ($c$PRH-40 NULL gives NULL$c$, $c$jdz.prh_tier_after_review(NULL, true)$c$, NULL),
  ($c$PRH-45 TV-PRH45-01 agent person cap$c$, $c$10000.00 <= jdz.param('prh.fine_cap.agent_person', '2024-01-01')$c$, $c$true$c$),
  ($c$PRH-45 10000.01 is above the person cap$c$, $c$10000.01 <= jdz.param('prh.fine_cap.agent_person', '2024-01-01')$c$, $c$false$c$),
  ($c$PRH-45 TV-PRH45-03 agent firm cap$c$, $c$30000.00 <= jdz.param('prh.fine_cap.agent_firm', '2024-01-01')$c$, $c$true$c$),
  ($c$PRH-45 30000.01 is above the firm cap$c$, $c$30000.01 <= jdz.param('prh.fine_cap.agent_firm', '2024-01-01')$c$, $c$false$c$),
  ($c$PRH-16 builtin prh parameters$c$, $c$(SELECT count(*) FROM jdz.parameter WHERE key LIKE 'prh.%' AND builtin AND valid_from = '2023-11-27' AND valid_to IS NULL)$c$, $c$13$c$),
  ($c$PRH-16 no builtin local income (outside data)$c$, $c$(SELECT count(*) FROM jdz.parameter WHERE builtin AND (key = 'prh.urban_disposable_income' OR key LIKE 'prh.subsidy_%'))$c$, $c$0$c$),
  ($c$PRH-24 priority groups are one tier, then application time, then id$c$, $c$(SELECT string_agg(id::text, ',' ORDER BY cardinality(g) > 0 DESC, applied_at, id) FROM (VALUES (1, '{}'::jdz.prh_priority_group[], '2024-01-01 09:00'::timestamptz), (2, '{talent}', '2024-01-02 09:00'), (3, '{low_income,vulnerable}', '2024-01-03 09:00'), (4, '{}', '2023-12-01 09:00'), (5, '{frontline_worker}', '2024-01-02 09:00')) AS a(id, g, applied_at))$c$, $c$2,5,3,4,1$c$),
  ($c$rule catalog: PRH-16-INC$c$, $c$(SELECT implemented_by::text FROM jdz.rule WHERE rule_id = 'PRH-16-INC')$c$, $c${jdz.prh_eligibility,jdz.prh_income_line,prh.income_multiple}$c$),
  ($c$rule catalog: PRH-31a$c$, $c$(SELECT implemented_by::text FROM jdz.rule WHERE rule_id = 'PRH-31a')$c$, $c${jdz.prh_monthly_rent,jdz.prh_monthly_rent_explain,prh.rent_ratio.lianzu,prh.rent_ratio.gongzu_min,prh.rent_ratio.gongzu_max}$c$);
INSERT INTO prh_error (descr, stmt, sqlstate) VALUES
  ($c$PRH-11a area 0$c$, $c$SELECT jdz.prh_classify_unit(0, '2024-01-01')$c$, '22023'),
  ($c$PRH-11a area -1$c$, $c$SELECT jdz.prh_classify_unit(-1, '2024-01-01')$c$, '22023'),
  ($c$PRH-11a area NaN$c$, $c$SELECT jdz.prh_classify_unit('NaN', '2024-01-01')$c$, '22023'),
  ($c$PRH-11a before the text (2023-11-26): no parameter$c$, $c$SELECT jdz.prh_classify_unit(50, '2023-11-26')$c$, '22023'),
  ($c$PRH-11b empty array$c$, $c$SELECT jdz.prh_unit_mix_check('{}'::numeric[], '2024-01-01')$c$, '22023'),
  ($c$PRH-11b NULL element$c$, $c$SELECT jdz.prh_unit_mix_check('{50,NULL}'::numeric[], '2024-01-01')$c$, '22004'),
  ($c$PRH-11b zero element$c$, $c$SELECT jdz.prh_unit_mix_check('{50,0}'::numeric[], '2024-01-01')$c$, '22023'),
  ($c$PRH-11b before the text$c$, $c$SELECT jdz.prh_unit_mix_check('{50}'::numeric[], '2023-11-26')$c$, '22023'),
  ($c$PRH-11c commercial larger than facilities$c$, $c$SELECT jdz.prh_facilities_check(100, 5, 6, '2024-01-01')$c$, '22023'),
  ($c$PRH-11c estate 0$c$, $c$SELECT jdz.prh_facilities_check(0, 0, 0, '2024-01-01')$c$, '22023'),
  ($c$PRH-11c negative facilities$c$, $c$SELECT jdz.prh_facilities_check(100, -1, 0, '2024-01-01')$c$, '22023'),
  ($c$PRH-04 NULL element$c$, $c$SELECT jdz.prh_stacking_ok('{in_kind,NULL}')$c$, '22004'),
  ($c$PRH-04 TV-PRH04-05 unknown label$c$, $c$SELECT jdz.prh_stacking_ok('{housing_fund}')$c$, '22P02'),
  ($c$PRH-16 no L in January 2024$c$, $c$SELECT jdz.prh_income_line('2024-01-15')$c$, '22023'),
  ($c$PRH-16 income line before the text (no multiple)$c$, $c$SELECT jdz.prh_income_line('2023-11-26')$c$, '22023'),
  ($c$PRH-16 newcomer in January 2024: no L$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2024-01-15')$c$, '22023'),
  ($c$PRH-16 category NULL$c$, $c$SELECT jdz.prh_eligibility(NULL, 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 sex NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', NULL, '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 birth_date NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', NULL, 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 household_size NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', NULL, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 hukou NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, NULL, resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 on_date NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => NULL)$c$, '22004'),
  ($c$PRH-16 lianzu resident_since NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 gongzu_local housing_area NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_local', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', household_income => '100000.00', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 gongzu_local household_income NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_local', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 30, co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 lianzu statuses NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => NULL, co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 lianzu statuses NULL element$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao,NULL}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 disabled veteran without grade$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{disabled_veteran}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 veteran grade 0$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{disabled_veteran}', veteran_grade => 0, co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 veteran grade 11$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{disabled_veteran}', veteran_grade => 11, co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 co_applicants_ok NULL with 3 persons$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 newcomer employed_locally NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 newcomer residence_permit NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 newcomer owns_city_housing NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 newcomer household_income NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-17b single applicant relatives_count NULL$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_area => 0, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-17b relatives_area NULL with relatives$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-17b relatives_count -1$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => -1, relatives_area => 0, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-17b relatives_area -1$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => -1, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-04 benefits NULL$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, benefits => NULL, on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-04 benefits NULL element$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, benefits => '{NULL}', on_date => '2023-12-01')$c$, '22004'),
  ($c$PRH-16 household_size 0$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 0, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 birth_date after on_date$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '2023-12-02', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 resident_since after on_date$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2023-12-02', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 insured_since after on_date$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-12-02', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-17a last_transfer_on after on_date$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, last_transfer_on => '2023-12-02', on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-17a excess_area_until after on_date$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, excess_area_until => '2023-12-02', on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 housing_area negative$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => -0.01, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 household_income negative$c$, $c$SELECT jdz.prh_eligibility('gongzu_local', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 30, household_income => '-0.01', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22023'),
  ($c$PRH-16 newcomer before the text (2023-11-26)$c$, $c$SELECT jdz.prh_eligibility('gongzu_newcomer', 'male', '2000-06-01', 1, 'other', household_income => '60000.00', employed_locally => true, insured_since => '2023-06-01', residence_permit => false, owns_city_housing => false, relatives_count => 2, relatives_area => 0, on_date => '2023-11-26')$c$, '22023'),
  ($c$PRH-16 unknown category label$c$, $c$SELECT jdz.prh_eligibility('jingji', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => '2023-12-01')$c$, '22P02'),
  ($c$PRH-16 on_date infinity$c$, $c$SELECT jdz.prh_eligibility('lianzu', 'male', '1980-05-05', 3, 'central_urban', resident_since => '2015-01-01', housing_area => 40, statuses => '{urban_dibao}', co_applicants_ok => true, on_date => 'infinity')$c$, '22023'),
  ($c$PRH-27 negative abandonments$c$, $c$SELECT jdz.prh_waiting_status(-1, '2022-01-10', '2024-01-10')$c$, '22023'),
  ($c$PRH-27 on_date before waiting_since$c$, $c$SELECT jdz.prh_waiting_status(0, '2024-01-10', '2024-01-09')$c$, '22023'),
  ($c$PRH-30b infinite lease end$c$, $c$SELECT jdz.prh_renewal_deadline('infinity')$c$, '22023'),
  ($c$PRH-31a TV-PRH31a-04 gongzu 81 %$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.81)$c$, '22023'),
  ($c$PRH-31a gongzu 0.8001$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.8001, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a gongzu 0.5999$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', 0.5999, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a gongzu without ratio$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'gongzu', NULL, '2024-01-01')$c$, '22004'),
  ($c$PRH-31a lianzu with another ratio$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'lianzu', 0.2, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a market with another ratio$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'market', 0.9, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a market_rent NULL$c$, $c$SELECT jdz.prh_monthly_rent(NULL, 50, 'lianzu', NULL, '2024-01-01')$c$, '22004'),
  ($c$PRH-31a area NULL$c$, $c$SELECT jdz.prh_monthly_rent('15.00', NULL, 'lianzu', NULL, '2024-01-01')$c$, '22004'),
  ($c$PRH-31a tier NULL$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, NULL, NULL, '2024-01-01')$c$, '22004'),
  ($c$PRH-31a on_date NULL$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'lianzu', NULL, NULL)$c$, '22004'),
  ($c$PRH-31a market_rent 0$c$, $c$SELECT jdz.prh_monthly_rent('0.00', 50, 'lianzu', NULL, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a area 0$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 0, 'lianzu', NULL, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a area NaN$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 'NaN', 'lianzu', NULL, '2024-01-01')$c$, '22023'),
  ($c$PRH-31a lianzu before the text$c$, $c$SELECT jdz.prh_monthly_rent('15.00', 50, 'lianzu', NULL, '2023-11-26')$c$, '22023'),
  ($c$PRH-31a overflow$c$, $c$SELECT jdz.prh_monthly_rent('92233720368547758.07', 100, 'market', NULL, '2024-01-01')$c$, '22003'),
  ($c$PRH-31a explain validates too$c$, $c$SELECT jdz.prh_monthly_rent_explain('15.00', 50, 'gongzu', 0.81, '2024-01-01')$c$, '22023'),
  ($c$PRH-34 TV-PRH34-05 no standard for 7 persons$c$, $c$SELECT jdz.prh_monthly_subsidy(7, 1, '2024-01-01')$c$, '22023'),
  ($c$PRH-34 no band 3$c$, $c$SELECT jdz.prh_monthly_subsidy(1, 3, '2024-01-01')$c$, '22023'),
  ($c$PRH-34 household_size 0$c$, $c$SELECT jdz.prh_monthly_subsidy(0, 1, '2024-01-01')$c$, '22023'),
  ($c$PRH-34 band 0$c$, $c$SELECT jdz.prh_monthly_subsidy(1, 0, '2024-01-01')$c$, '22023'),
  ($c$PRH-34 before the standards$c$, $c$SELECT jdz.prh_monthly_subsidy(1, 1, '2023-11-26')$c$, '22023'),
  ($c$PRH-38 negative income$c$, $c$SELECT jdz.prh_exit_reasons(false, '-0.01', false, true, true, '2023-12-01')$c$, '22023'),
  ($c$PRH-38 no L in January 2024$c$, $c$SELECT jdz.prh_exit_reasons(false, '50000.00', false, true, true, '2024-01-15')$c$, '22023'),
  ($c$PRH-39 vacancy inside acts$c$, $c$SELECT jdz.prh_termination_grounds('{vacancy}', NULL, 0, '2024-09-10')$c$, '22023'),
  ($c$PRH-39 arrears inside acts$c$, $c$SELECT jdz.prh_termination_grounds('{arrears}', NULL, 0, '2024-09-10')$c$, '22023'),
  ($c$PRH-39 negative arrears$c$, $c$SELECT jdz.prh_termination_grounds('{}', NULL, -1, '2024-09-10')$c$, '22023'),
  ($c$PRH-39 vacant_since after on_date$c$, $c$SELECT jdz.prh_termination_grounds('{}', '2024-09-11', 0, '2024-09-10')$c$, '22023'),
  ($c$PRH-39 acts NULL$c$, $c$SELECT jdz.prh_termination_grounds(NULL, NULL, 0, '2024-09-10')$c$, '22004'),
  ($c$PRH-39 acts NULL element$c$, $c$SELECT jdz.prh_termination_grounds('{fraud,NULL}', NULL, 0, '2024-09-10')$c$, '22004'),
  ($c$PRH-39 arrears_months NULL$c$, $c$SELECT jdz.prh_termination_grounds('{}', NULL, NULL, '2024-09-10')$c$, '22004'),
  ($c$PRH-39 on_date NULL$c$, $c$SELECT jdz.prh_termination_grounds('{}', NULL, 0, NULL)$c$, '22004');

CREATE FUNCTION pg_temp.hint_of(stmt text) RETURNS text LANGUAGE plpgsql AS $f$
DECLARE h text;
BEGIN
	EXECUTE stmt;
	RETURN NULL;
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
	RETURN h;
END $f$;

SELECT plan((SELECT count(*)::int FROM prh_case) + (SELECT count(*)::int FROM prh_error) + 3);

SELECT is(pg_temp.eval(expr), want, descr) FROM prh_case ORDER BY n;
SELECT throws_ok(stmt, sqlstate, NULL, descr || ' raises ' || sqlstate) FROM prh_error ORDER BY n;

-- a missing outside figure names the key and tells the DBA what to load (PRH-16, PRH-34)
SELECT throws_like($$SELECT jdz.prh_income_line('2024-01-15')$$, '%prh.urban_disposable_income%',
	'PRH-16 the missing-L error names prh.urban_disposable_income');
SELECT throws_like($$SELECT jdz.prh_monthly_subsidy(7, 1, '2024-01-01')$$, '%prh.subsidy_area.7%',
	'PRH-34 the missing-standard error names prh.subsidy_area.7');
SELECT ok(pg_temp.hint_of($$SELECT jdz.prh_monthly_subsidy(7, 1, '2024-01-01')$$) LIKE '%INSERT INTO jdz.parameter%',
	'PRH-34 the missing-standard error hints how to load it');

SELECT * FROM finish();
ROLLBACK;
