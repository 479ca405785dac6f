-- 30-subsidy: spec 30 (subsidies, loans, escrow), table-driven: boundaries at
-- and either side of every threshold the texts draw, windows of the 2020
-- temporary measures on their first and last day and one day outside, errors
-- with their SQLSTATE, NULLs.  Every test names its rule ID.
BEGIN;
SELECT plan(281);

-- outside data a DBA loads (acceptance-test values, spec 30 §8)
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, note, builtin) VALUES
 ('lefp.avg_monthly_wage', '2024-01-01', '2024-12-31', 6000.00, 'yuan/month', 'test value', false),
 ('lefp.avg_monthly_wage', '2025-01-01', '2025-12-31', 6500.00, 'yuan/month', 'test value', false),
 ('lefp.avg_monthly_wage', '2026-01-01', '2026-06-30', 5432.10, 'yuan/month', 'test value', false),
 ('lefp.avg_monthly_wage', '2084-01-01', '2100-12-31', 9000.00, 'yuan/month', 'test value', false),
 ('ui.benefit_base', '2020-07-09', '2021-12-31', 1512.00, 'yuan/month', 'test value', false),
 ('ui.benefit_base', '2022-01-01', '2022-12-31', 1512.33, 'yuan/month', 'test value', false),
 ('ui.dibao.urban', '2019-01-01', NULL, 700.00, 'yuan/month', 'test value', false),
 ('ui.dibao.rural', '2019-01-01', NULL, 755.00, 'yuan/month', 'test value', false),
 ('ui.scpi_yoy', '2020-05-01', '2020-05-31', 0.043, 'ratio', 'test value', false),
 ('ui.scpi_yoy', '2020-07-01', '2020-07-31', 0.035, 'ratio', 'test value', false),
 ('ui.scpi_yoy', '2020-08-01', '2020-08-31', -0.012, 'ratio', 'test value', false),
 ('surv.base.assistant_enumerator', '2020-01-01', NULL, 200.00, 'yuan/month', 'test value', false);

-- ---------------------------------------------------------------- LP ------
-- LP-05 / LP-06 / LP-14: status and reasons
SELECT is((jdz.lefp_eligibility(b, a, land, m, c, r, date '2024-06-30'))::text, want, 'LP-05/06/14 ' || d)
  FROM (VALUES
	(date '2008-03-15', date '2024-03-15', 0.30, 1, '{}'::jdz.lefp_circumstance[], 0::numeric, '(eligible,{})', 'LP-05 age 16 on the approval date, 0.30 亩 per person (TV-LP05-01)'),
	(date '2008-03-15', date '2024-03-14', 0.30, 1, '{}', 0, '(ineligible,{LP-05:age})', 'LP-05 one day short of 16'),
	(date '2008-03-16', date '2024-03-15', 0, 1, '{}', 0, '(ineligible,{LP-05:age})', 'LP-05 born one day later'),
	(date '2008-02-29', date '2024-02-29', 0, 1, '{}', 0, '(eligible,{})', 'LP-05 29 February birth, leap anniversary (TV-LP05-08)'),
	(date '2008-02-29', date '2024-02-28', 0, 1, '{}', 0, '(ineligible,{LP-05:age})', 'LP-05 29 February birth, day before the leap anniversary'),
	(date '2084-02-29', date '2100-02-28', 0, 1, '{}', 0, '(eligible,{})', 'LP-05 29 February birth reaches 16 on 28 February of a common year'),
	(date '2084-02-29', date '2100-02-27', 0, 1, '{}', 0, '(ineligible,{LP-05:age})', 'LP-05 29 February birth, 27 February is too early'),
	(date '1980-01-01', date '2024-03-15', 0.31, 1, '{}', 0, '(ineligible,{LP-05:land})', 'LP-05 0.31 亩 for one person is more than 0.3'),
	(date '1980-01-01', date '2024-03-15', 0.60, 2, '{}', 0, '(eligible,{})', 'LP-05 0.60 亩 for two persons is exactly 0.3 each'),
	(date '1980-01-01', date '2024-03-15', 0.61, 2, '{}', 0, '(ineligible,{LP-05:land})', 'LP-05 0.61 亩 for two persons'),
	(date '1980-01-01', date '2024-03-15', 0, 1, '{}', 0.31, '(ineligible,{LP-06:reallocated_land})', 'LP-06 re-allocated 0.31 亩 (TV-LP06-01)'),
	(date '1980-01-01', date '2024-03-15', 0, 1, '{}', 0.30, '(eligible,{})', 'LP-06 re-allocated exactly 0.30 亩 (TV-LP06-02)'),
	(date '1980-01-01', date '2024-03-15', 0.10, 1, '{}', 0.21, '(ineligible,{LP-06:reallocated_land})', 'LP-06 kept 0.10 plus re-allocated 0.21'),
	(date '2007-01-01', date '2024-03-15', 0, 1, '{student}', 0, '(retained,{LP-14:student})', 'LP-14 student is retained (TV-LP06-03)'),
	(date '1990-05-01', date '2024-03-15', 0, 2, '{active_soldier}', 0, '(retained,{LP-14:active_soldier})', 'LP-14 soldier is retained (TV-LP14-01)'),
	(date '1990-05-01', date '2024-03-15', 0, 2, '{employer_insured,student}', 0, '(retained,"{LP-14:student,LP-14:employer_insured}")', 'LP-14 reasons in table order'),
	(date '1990-05-01', date '2024-03-15', 0, 1, '{prisoner}', 0, '(ineligible,{LP-06:prisoner})', 'LP-06 prisoner is ineligible'),
	(date '1990-05-01', date '2024-03-15', 0.5, 1, '{student,illegal_land_sale,below_county_level,state_plan_worker,not_local_farmer,no_contract_right,civil_servant,hukou_moved,attached_hukou}', 0.1,
	 '(ineligible,"{LP-05:below_county_level,LP-05:no_contract_right,LP-05:not_local_farmer,LP-05:land,LP-06:state_plan_worker,LP-06:reallocated_land,LP-06:civil_servant,LP-06:hukou_moved,LP-06:attached_hukou,LP-06:illegal_land_sale}")',
	 'LP-05/06 every exclusion, in table order, wins over LP-14')
  ) v(b, a, land, m, c, r, want, d);

SELECT throws_ok(q, st, NULL, d) FROM (VALUES
	($$SELECT jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 0, 0, on_date => date '2024-06-30')$$, '22023', 'LP-05 no household members (TV-LP05-09)'),
	($$SELECT jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', -0.01, 1, on_date => date '2024-06-30')$$, '22023', 'LP-05 negative land'),
	($$SELECT jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 'NaN', 1, on_date => date '2024-06-30')$$, '22023', 'LP-05 NaN land'),
	($$SELECT jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 0, 1, reallocated_mu => -1, on_date => date '2024-06-30')$$, '22023', 'LP-06 negative re-allocated land'),
	($$SELECT jdz.lefp_eligibility(date '2024-03-16', date '2024-03-15', 0, 1, on_date => date '2024-06-30')$$, '22023', 'LP-05 approval before birth'),
	($$SELECT jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 0, 1, '{NULL}', on_date => date '2024-06-30')$$, '22004', 'LP-05 NULL circumstance'),
	($$SELECT jdz.lefp_eligibility(date '1980-01-01', date '2023-03-15', 0, 1, on_date => date '2023-12-31')$$, '22023', 'LP-05 parameters not in force before 2024-01-01')
  ) v(q, st, d);
SELECT is(jdz.lefp_eligibility(NULL, date '2024-03-15', 0, 1), NULL, 'LP-05 STRICT: NULL birth date gives NULL');

-- LP-09
SELECT is(jdz.lefp_schemes(e, r)::text, want, 'LP-09 ' || d) FROM (VALUES
	(date '2024-01-01', date '2024-01-01', '{urban_rural_resident}', 'enrolled on the retirement day (TV-LP09-01)'),
	(date '2023-12-31', date '2024-01-01', '{enterprise_employee,urban_rural_resident}', 'enrolled the day before retirement'),
	(date '2024-01-02', date '2024-01-01', '{urban_rural_resident}', 'enrolled after retirement')
  ) v(e, r, want, d);

-- LP-10
SELECT is(jdz.lefp_annual_subsidy(d)::text, want, 'LP-10 ' || descr) FROM (VALUES
	(date '2024-06-30', '5184.00', 'W = 6000.00 (TV-LP10-01)'),
	(date '2024-01-01', '5184.00', 'first day of the 办法'),
	(date '2025-12-31', '5616.00', 'W = 6500.00'),
	(date '2026-03-01', '4693.33', 'W = 5432.10 rounded once, not 12 × 391.11 (TV-LP10-03)')
  ) v(d, want, descr);
SELECT throws_ok($$SELECT jdz.lefp_annual_subsidy(date '2023-12-31')$$, '22023', NULL, 'LP-10 before the 办法 is in force');
SELECT throws_ok($$SELECT jdz.lefp_annual_subsidy(date '2026-07-01')$$, '22023', NULL, 'LP-10 no average wage loaded for the day');
SELECT is((jdz.lefp_annual_subsidy_explain(date '2024-06-30'))->>'result', '5184.00', 'LP-10 explain result');
SELECT is((jdz.lefp_annual_subsidy_explain(date '2024-06-30'))->'parameters'->0->>'key', 'lefp.avg_monthly_wage', 'LP-10 explain lists W first');
SELECT is(jsonb_array_length((jdz.lefp_annual_subsidy_explain(date '2024-06-30'))->'parameters'), 3, 'LP-10 explain lists three parameters');
SELECT throws_ok($$SELECT jdz.lefp_annual_subsidy_explain(date '2026-07-01')$$, '22023', NULL, 'LP-10 explain raises like the function');

-- LP-12
SELECT is(jdz.lefp_enterprise_subsidy(f, b, d)::text, want, 'LP-12 ' || descr) FROM (VALUES
	(12, 0, date '2024-06-30', '5184.00', '12 months (TV-LP12-01)'),
	(12, 175, date '2024-06-30', '2160.00', '5 months left of 180 (TV-LP12-03)'),
	(12, 168, date '2024-06-30', '5184.00', 'exactly 12 months left'),
	(12, 180, date '2024-06-30', '0.00', '180 months already subsidised'),
	(0, 0, date '2024-06-30', '0.00', 'no flexible-worker month'),
	(1, 0, date '2026-03-01', '391.11', 'one month of W = 5432.10'),
	(12, 0, date '2026-03-01', '4693.33', '12 months equal the annual subsidy')
  ) v(f, b, d, want, descr);
SELECT throws_ok(q, '22023', NULL, d) FROM (VALUES
	($$SELECT jdz.lefp_enterprise_subsidy(13, 0, date '2024-06-30')$$, 'LP-12 13 months in a year'),
	($$SELECT jdz.lefp_enterprise_subsidy(-1, 0, date '2024-06-30')$$, 'LP-12 negative months'),
	($$SELECT jdz.lefp_enterprise_subsidy(12, 181, date '2024-06-30')$$, 'LP-12 more than 180 months before'),
	($$SELECT jdz.lefp_enterprise_subsidy(12, -1, date '2024-06-30')$$, 'LP-12 negative months before')
  ) v(q, d);

-- LP-13
SELECT is((jdz.lefp_resident_lump_sum(y, d))::text, want, 'LP-13 ' || descr) FROM (VALUES
	(4, date '2025-06-30', '(11,61776.00,2025-07-01)', '11 years × 5616.00 (TV-LP13-01)'),
	(0, date '2024-12-31', '(15,77760.00,2025-01-01)', 'pension rises from the next month (TV-LP13-04)'),
	(4, date '2026-03-01', '(11,51626.63,2026-04-01)', '11 × 4693.33'),
	(15, date '2024-06-30', '(0,0.00,2024-07-01)', 'all 15 years credited already')
  ) v(y, d, want, descr);
SELECT throws_ok($$SELECT jdz.lefp_resident_lump_sum(16, date '2024-06-30')$$, '22023', NULL, 'LP-13 more than 15 years credited');
SELECT throws_ok($$SELECT jdz.lefp_resident_lump_sum(-1, date '2024-06-30')$$, '22023', NULL, 'LP-13 negative years');
SELECT throws_ok($$SELECT jdz.lefp_resident_lump_sum(15, date '2026-07-01')$$, '22023', NULL, 'LP-13 W is read even when no year remains');

-- LP-16, LP-17a
SELECT is(jdz.lefp_min_provision(r::jdz.cny, date '2024-06-30')::text, want, 'LP-16 ' || descr) FROM (VALUES
	('123456789.12', '9876543.13', 'rounded up to the fen (TV-LP16-02)'),
	('100.00', '8.00', 'exactly 8 %'),
	('0.01', '0.01', 'one fen: 0.0008 rounds up'),
	('0.00', '0.00', 'no revenue')
  ) v(r, want, descr);
SELECT throws_ok($$SELECT jdz.lefp_min_provision('-0.01', date '2024-06-30')$$, '22023', NULL, 'LP-16 negative revenue');
SELECT is(jdz.lefp_predeposit(a, date '2024-06-30')::text, want, 'LP-17a ' || descr) FROM (VALUES
	(150.5, '1505000.00', '150.5 亩 (TV-LP17a-01)'),
	(1 * 0.0015, '15.00', 'one m² = 0.0015 亩'),
	(0.000001, '0.01', 'a millionth of a 亩 rounds half-up to a fen'),
	(0.0000004, '0.00', '0.004 yuan rounds down')
  ) v(a, want, descr);
SELECT throws_ok(q, '22023', NULL, d) FROM (VALUES
	($$SELECT jdz.lefp_predeposit(0, date '2024-06-30')$$, 'LP-17a zero area'),
	($$SELECT jdz.lefp_predeposit(-1, date '2024-06-30')$$, 'LP-17a negative area'),
	($$SELECT jdz.lefp_predeposit('NaN', date '2024-06-30')$$, 'LP-17a NaN area'),
	($$SELECT jdz.lefp_predeposit(1, date '2023-12-31')$$, 'LP-17a before the 办法')
  ) v(q, d);
SELECT throws_ok($$SELECT jdz.lefp_predeposit(1e30, date '2024-06-30')$$, '22003', NULL, 'LP-17a an absurd area overflows jdz.cny');
SELECT is(jdz.lefp_predeposit(9000000000000, date '2024-06-30')::text, '90000000000000000.00', 'LP-17a an amount of 19 digits of fen still fits jdz.cny');
SELECT throws_ok($$SELECT jdz.lefp_predeposit(9300000000000, date '2024-06-30')$$, '22003', NULL, 'LP-17a just beyond the range of jdz.cny');
SELECT is(jdz.lefp_min_provision('92233720368547758.07', date '2024-06-30')::text, '7378697629483820.65', 'LP-16 the largest revenue, rounded up');

-- ---------------------------------------------------------------- JP ------
SELECT is((jdz.jp_caiyuan_eligibility(a::jdz.cny, t, p, c, date '2024-03-01'))::text, want, 'JP-06 ' || d) FROM (VALUES
	('5000000.00', 12, true, true, '(t,{})', '500万元 and 12 months included (TV-JP-06-01)'),
	('5000000.01', 12, true, true, '(f,{JP-06:amount})', 'one fen above 500万元 (TV-JP-06-02)'),
	('4999999.99', 13, true, true, '(f,{JP-06:term})', '13 months'),
	('1.00', 1, false, false, '(f,"{JP-06:not_recommended,JP-06:no_core_team}")', 'not recommended, no core team')
  ) v(a, t, p, c, want, d);
SELECT throws_ok(q, '22023', NULL, d) FROM (VALUES
	($$SELECT jdz.jp_caiyuan_eligibility('0.00', 12, true, true, date '2024-03-01')$$, 'JP-06 zero amount'),
	($$SELECT jdz.jp_caiyuan_eligibility('1.00', 0, true, true, date '2024-03-01')$$, 'JP-06 zero term'),
	($$SELECT jdz.jp_caiyuan_eligibility('1.00', 12, true, true, date '2023-12-27')$$, 'JP-06 before 2023-12-28'),
	($$SELECT '12000.00'::jdz.cny * jdz.param('jp.guarantee_loan.interest_subsidy_ratio', date '2024-06-30')$$, 'JP-01 ratio not loaded (TV-JP-0103-02)'),
	($$SELECT '12000.00'::jdz.cny * jdz.param('jp.industry_loan.interest_subsidy_ratio', date '2024-06-30')$$, 'JP-03 ratio not loaded')
  ) v(q, d);
SELECT is(('5000000.00'::jdz.cny * jdz.param('jp.cainong.leverage', date '2024-01-01'))::text, '40000000.00', 'JP-04 eight times the risk fund (TV-JP-04-01)');
SELECT is(jdz.param('jp.kedaitong.share.province', date '2024-01-01') = jdz.param('jp.kedaitong.share.local', date '2024-01-01'), true, 'JP-05 1:1 shares');

-- ---------------------------------------------------------------- CL ------
-- CL-06, CL-07, CL-10: limits at and one fen either side of the caps
SELECT is((jdz.cl_max_loan(p::jdz.cny, c, date '2020-09-07'))::text, want, 'CL-07 ' || d) FROM (VALUES
	('1000000.00', false, '(350000.00,800000.00,200000.00)', 'single cap 35万 (TV-CL07-01)'),
	('1000000.00', true, '(500000.00,800000.00,200000.00)', 'CL-06 couple cap 50万 (TV-CL06-01)'),
	('437500.00', false, '(350000.00,350000.00,87500.00)', '80 % of the price is exactly the 35万 cap'),
	('437500.01', false, '(350000.00,350000.00,87500.01)', 'one fen above: the cap binds, 80 % floors to 350000.00'),
	('437499.99', false, '(349999.99,349999.99,87500.00)', 'one fen below: 80 % floors to 349999.99, CL-10 down payment rounds up'),
	('625000.00', true, '(500000.00,500000.00,125000.00)', 'CL-06 80 % is exactly the 50万 cap'),
	('625000.02', true, '(500000.00,500000.01,125000.01)', 'CL-06 two fen above: the 50万 cap binds'),
	('624999.99', true, '(499999.99,499999.99,125000.00)', 'CL-06 one fen below the 50万 point'),
	('333333.33', false, '(266666.66,266666.66,66666.67)', 'CL-10 floor and ceiling (TV-CL07-09, TV-CL10-03)'),
	('0.01', false, '(0.00,0.00,0.01)', 'CL-10 a one-fen price')
  ) v(p, c, want, d);
SELECT is('800000.01'::jdz.cny::numeric <= (jdz.cl_max_loan('1000000.00', false, date '2020-09-07')).total_max::numeric, false, 'CL-07 one fen above 80 % is refused (TV-CL07-06)');
SELECT is('800000.00'::jdz.cny::numeric <= (jdz.cl_max_loan('1000000.00', false, date '2020-09-07')).total_max::numeric, true, 'CL-07 exactly 80 % is allowed');
SELECT is((SELECT count(*) FROM generate_series(1, 2000) i,
		   LATERAL jdz.cl_max_loan(((i * 7919 + i * i * 31) / 100.0)::jdz.cny, i % 2 = 0, date '2020-09-07') l
		   WHERE l.min_down_payment::numeric + l.total_max::numeric <> (i * 7919 + i * i * 31) / 100.0),
		  0::bigint, 'CL-10 min_down_payment + total_max = house price for 2000 prices');
SELECT throws_ok(q, '22023', NULL, d) FROM (VALUES
	($$SELECT jdz.cl_max_loan('0.00', false, date '2020-09-07')$$, 'CL-07 zero price'),
	($$SELECT jdz.cl_max_loan('-1.00', false, date '2020-09-07')$$, 'CL-07 negative price'),
	($$SELECT jdz.cl_max_loan('1000000.00', false, date '2020-09-06')$$, 'CL-07 before 景金字〔2020〕18号'),
	($$SELECT jdz.cl_max_loan_explain('1000000.00', false, date '2020-09-06')$$, 'CL-07 explain before 景金字〔2020〕18号')
  ) v(q, d);
SELECT is(jdz.cl_max_loan_explain('1000000.00', false, date '2020-09-07')->'result',
		  '{"hpf_max": "350000.00", "total_max": "800000.00", "min_down_payment": "200000.00"}'::jsonb, 'CL-07 explain result');
SELECT is(jdz.cl_max_loan_explain('1000000.00', true, date '2020-09-07')->'parameters'->0->>'key', 'cl.hpf_cap.couple', 'CL-06 explain names the couple cap');

-- CL-08 max term: retirement plus 5 years, ±1 day
SELECT is(jdz.cl_max_term(r, date '2020-09-07'), want, 'CL-08 ' || d) FROM (VALUES
	(date '2040-09-07', 300, 'retirement in 20 years (TV-CL08-01)'),
	(date '2040-09-06', 299, 'retirement one day earlier'),
	(date '2040-09-08', 300, 'retirement one day later'),
	(date '2035-03-15', 234, 'TV-CL08-05'),
	(date '2050-09-07', 360, 'capped at 360 months'),
	(date '2045-09-07', 360, 'exactly 360 months to the limit'),
	(date '2045-09-06', 359, 'one day short of 360'),
	(date '2016-09-07', 12, 'exactly 12 months possible'),
	(date '2016-09-06', 0, 'under 12 months: no term (TV-CL08-10)'),
	(date '2000-01-01', 0, 'long retired')
  ) v(r, want, d);
SELECT throws_ok($$SELECT jdz.cl_max_term(date '2040-09-07', date '2020-09-06')$$, '22023', NULL, 'CL-08 before 景金字〔2020〕18号');
SELECT is(jdz.cl_max_term(date '2025-02-28', date '2021-01-31'), 109, 'CL-08 month ends: 2021-01-31 + 109 months = 2030-02-28, the limit');
SELECT is(jdz.cl_max_term(date '2025-02-27', date '2021-01-31'), 108, 'CL-08 month ends: 2030-02-28 is one day past a 2030-02-27 limit');

-- CL-15 clawback: 3 consecutive or 6 in all
SELECT is(jdz.cl_clawback_triggered(a, date '2021-01-15'), want, 'CL-15 ' || d) FROM (VALUES
	('{f,f,f}'::boolean[], true, 'three in a row (TV-CL15-05)'),
	('{f,f}', false, 'two in a row'),
	('{t,f,f,t,f,f,t}', false, 'four missed, never three in a row'),
	('{t,f,f,t,f,f,f}', true, 'three in a row at the end'),
	('{f,t,f,t,f,t,f,t,f,t,f}', true, 'six missed, none consecutive (TV-CL15-07)'),
	('{f,t,f,t,f,t,f,t,f,t}', false, 'five missed'),
	('{}', false, 'no instalment due'),
	('{t,t,t,t,t,t,t,t,t,t,t,t}', false, 'all paid on time')
  ) v(a, want, d);
SELECT throws_ok($$SELECT jdz.cl_clawback_triggered('{f,NULL}', date '2021-01-15')$$, '22004', NULL, 'CL-15 NULL instalment');
SELECT throws_ok($$SELECT jdz.cl_clawback_triggered('{f}', date '2020-09-06')$$, '22023', NULL, 'CL-15 before 景金字〔2020〕18号');
-- CL-15 clawback amount: instalments 10-12 missed = balance after period 9 + interest of 10-12
SELECT is((SELECT sum(payment::numeric) FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period BETWEEN 10 AND 12)
		  + (SELECT balance::numeric FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period = 12),
		  (SELECT balance::numeric FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period = 9)
		  + (SELECT sum(interest::numeric) FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period BETWEEN 10 AND 12),
		  'CL-15 clawback amount from the schedule');

-- CL-09, CL-16/17: loan_schedule against an independent numeric computation
CREATE TEMP TABLE sched_case (p numeric, rate numeric, n int, method text);
INSERT INTO sched_case VALUES
	(350000.00, 0.0325, 360, 'equal_installment'), (350000.00, 0.0325, 360, 'equal_principal'),
	(500000.00, 0.0275, 360, 'equal_installment'), (500000.00, 0.0275, 360, 'equal_principal'),
	(300000.00, 0.031, 300, 'equal_installment'), (300000.00, 0.031, 300, 'equal_principal'),
	(123456.78, 0.049, 360, 'equal_installment'), (123456.78, 0.049, 360, 'equal_principal'),
	(800000.01, 0.0588, 240, 'equal_installment'), (99.99, 0.0325, 360, 'equal_principal'),
	(100000.00, 0, 12, 'equal_installment'), (1000.00, 0.0325, 1, 'equal_installment');
CREATE TEMP TABLE sched_ref AS
WITH RECURSIVE
	c AS (SELECT *, rate / 12 AS r FROM sched_case),
	m AS (SELECT c.*, CASE WHEN rate = 0 THEN round(p / n, 2)
						   ELSE round(p * r * power(1 + r::numeric(60, 40), n) / (power(1 + r::numeric(60, 40), n) - 1), 2) END AS mi,
				 round(p / n, 2) AS pp FROM c),
	s (p, rate, n, method, mi, pp, k, bal, pay, prin, intr) AS (
		SELECT p, rate, n, method, mi, pp, 0, p, 0::numeric, 0::numeric, 0::numeric FROM m
		UNION ALL
		SELECT p, rate, n, method, mi, pp, k + 1, bal - x.prin, x.prin + x.intr, x.prin, x.intr
		  FROM s, LATERAL (SELECT round(bal * rate / 12, 2) AS intr) i,
			   LATERAL (SELECT CASE WHEN k + 1 = n THEN bal
									ELSE least(bal, CASE WHEN method = 'equal_principal' THEN pp ELSE mi - i.intr END) END AS prin,
							   i.intr) x
		 WHERE k < n)
SELECT p, rate, n, method, k, pay, prin, intr, bal FROM s WHERE k > 0;
SELECT is((SELECT count(*) FROM sched_ref r
			 LEFT JOIN LATERAL jdz.loan_schedule(r.p::jdz.cny, r.rate, r.n, r.method::jdz.repayment_method) l ON l.period = r.k
			WHERE l.period IS NULL OR l.payment::numeric <> r.pay OR l.principal::numeric <> r.prin
			   OR l.interest::numeric <> r.intr OR l.balance::numeric <> r.bal), 0::bigint,
		  'CL-16/17 every row of 12 schedules equals the numeric recomputation (360-month loans at 2.75 %, 3.1 %, 3.25 %, 4.9 %, 5.88 %)');
SELECT is((SELECT count(*) FROM sched_case c, LATERAL jdz.loan_schedule(c.p::jdz.cny, c.rate, c.n, c.method::jdz.repayment_method)), 
		  (SELECT sum(n) FROM sched_case)::bigint, 'CL-16/17 exactly months rows per schedule');
SELECT is((SELECT count(*) FROM sched_case c
			WHERE (SELECT sum(principal)::numeric FROM jdz.loan_schedule(c.p::jdz.cny, c.rate, c.n, c.method::jdz.repayment_method)) <> c.p
			   OR (SELECT balance::numeric FROM jdz.loan_schedule(c.p::jdz.cny, c.rate, c.n, c.method::jdz.repayment_method) WHERE period = c.n) <> 0),
		  0::bigint, 'CL-16/17 principal sums to the loan and the last balance is 0.00');
SELECT is((SELECT count(*) FROM sched_case c, LATERAL jdz.loan_schedule(c.p::jdz.cny, c.rate, c.n, c.method::jdz.repayment_method) l
			WHERE l.payment::numeric <> l.principal::numeric + l.interest::numeric), 0::bigint, 'CL-16/17 payment = principal + interest on every row');

SELECT is((SELECT payment FROM jdz.loan_schedule(pr::jdz.cny, r, n, m::jdz.repayment_method) WHERE period = k)::text, want, 'CL-17 ' || d) FROM (VALUES
	('300000.00', 0.031, 300, 'equal_principal', 1, '1775.00', 'CL-09 equal principal first period (TV-CL09-02)'),
	('350000.00', 0.0325, 360, 'equal_installment', 1, '1523.22', 'equal instalment (TV-CL17-01)'),
	('350000.00', 0.0325, 360, 'equal_principal', 1, '1920.14', 'equal principal first period (TV-CL17-06a)'),
	('350000.00', 0.0325, 360, 'equal_principal', 2, '1917.50', 'equal principal second period (spec §7)'),
	('350000.00', 0.0325, 360, 'equal_principal', 360, '975.66', 'equal principal last period takes the residue (spec §7)'),
	('100000.00', 0, 12, 'equal_installment', 1, '8333.33', 'zero rate'),
	('100000.00', 0, 12, 'equal_installment', 12, '8333.37', 'zero rate, the last period absorbs the rounding (TV-CL17-09b)'),
	('1000.00', 0.0325, 1, 'equal_installment', 1, '1002.71', 'one month'),
	('1000.00', 0.0325, 1, 'equal_principal', 1, '1002.71', 'one month, equal principal'),
	('0.05', 0.0325, 12, 'equal_principal', 12, '0.05', 'a few fen: principal rounds to 0.00 until the last period')
  ) v(pr, r, n, m, k, want, d);
SELECT is((SELECT sum(interest::numeric) FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment'))::text, '198360.37', 'CL-17 total interest (TV-CL17-03b)');
-- CL-09 re-pricing: the balance after 12 periods re-amortised at a new rate over the 348 months left
SELECT is((SELECT sum(principal::numeric) FROM jdz.loan_schedule(
			 (SELECT balance FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period = 12), 0.031, 348, 'equal_installment'))
		  + (SELECT sum(principal::numeric) FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period <= 12),
		  350000.00, 'CL-09 a rate change re-amortises the balance; principal still sums to the loan');
SELECT is((SELECT count(*) FROM jdz.loan_schedule('1000.00', 0.0325, 1200, 'equal_installment')), 1200::bigint, 'CL-16/17 1200 months is the longest schedule');
SELECT throws_ok(q, st, NULL, d) FROM (VALUES
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', 0.0325, 0, 'equal_installment')$$, '22023', 'CL-16/17 zero months (TV-CL17-11a)'),
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', 0.0325, 1201, 'equal_installment')$$, '22023', 'CL-16/17 1201 months'),
	($$SELECT count(*) FROM jdz.loan_schedule('0.00', 0.0325, 12, 'equal_installment')$$, '22023', 'CL-16/17 zero principal'),
	($$SELECT count(*) FROM jdz.loan_schedule('-0.01', 0.0325, 12, 'equal_installment')$$, '22023', 'CL-16/17 negative principal'),
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', -0.0001, 12, 'equal_installment')$$, '22023', 'CL-16/17 negative rate'),
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', 3.25, 12, 'equal_installment')$$, '22023', 'CL-16/17 a percentage instead of a fraction'),
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', 1, 12, 'equal_installment')$$, '22023', 'CL-16/17 rate of 100 %'),
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', 'NaN', 12, 'equal_installment')$$, '22023', 'CL-16/17 NaN rate'),
	($$SELECT count(*) FROM jdz.loan_schedule('100000.00', 0.0325, 12, 'balloon')$$, '22P02', 'CL-16/17 unknown method')
  ) v(q, st, d);
SELECT is((SELECT count(*) FROM jdz.loan_schedule(NULL, 0.0325, 12, 'equal_installment')), 0::bigint, 'CL-16/17 STRICT: NULL principal gives no rows');

-- ---------------------------------------------------------------- UI ------
SELECT is((jdz.ui_benefit_eligibility(cm, s, r, w, dp, od))::text, want, d) FROM (VALUES
	(12, 'involuntary'::jdz.ui_separation, true, true, false, date '2020-08-01', '(t,{})', 'UI-01 exactly 12 months (TV-UI01-01)'),
	(11, 'involuntary', true, true, false, date '2020-08-01', '(f,{UI-01:contribution_months})', 'UI-01 11 months'),
	(24, 'voluntary', true, true, false, date '2020-08-01', '(f,{UI-01:voluntary})', 'UI-01 voluntary'),
	(24, 'undetermined', true, true, false, date '2020-08-01', '(f,{UI-04:commitment_required})', 'UI-04 commitment required (TV-UI01-09)'),
	(24, 'undetermined_committed', true, true, false, date '2020-08-01', '(t,{})', 'UI-04 commitment filed'),
	(180, 'involuntary', true, true, true, date '2020-08-01', '(f,{UI-06:drawing_pension})', 'UI-06 drawing a pension (TV-UI01-12)'),
	(0, 'voluntary', false, false, true, date '2020-07-09', '(f,"{UI-01:contribution_months,UI-01:voluntary,UI-01:not_registered,UI-01:not_seeking_work,UI-06:drawing_pension}")', 'UI-01/02/06 every reason, in order, on the first day')
  ) v(cm, s, r, w, dp, od, want, d);
SELECT throws_ok($$SELECT jdz.ui_benefit_eligibility(12, 'involuntary', true, true, on_date => date '2020-07-08')$$, '22023', NULL, 'UI-01 before 景人社字〔2020〕103号');
SELECT throws_ok($$SELECT jdz.ui_benefit_eligibility(-1, 'involuntary', true, true, on_date => date '2020-08-01')$$, '22023', NULL, 'UI-01 negative months');
SELECT throws_ok($$SELECT jdz.ui_benefit_eligibility(12, 'fired', true, true, on_date => date '2020-08-01')$$, '22P02', NULL, 'UI-01 unknown separation');

SELECT is((jdz.ui_older_worker_extension(e, r))::text, want, 'UI-05 ' || d) FROM (VALUES
	(date '2020-06-30', date '2021-06-15', '(t,{},,12,,2020-07-01,2021-06-01)', 'paid through the retirement month (TV-UI05-01)'),
	(date '2020-06-30', date '2021-06-30', '(f,{UI-05:not_within_year},,0,,,)', 'exactly one year is not under one year (TV-UI05-02)'),
	(date '2020-06-30', date '2021-06-29', '(t,{},,12,,2020-07-01,2021-06-01)', 'one day under a year'),
	(date '2019-11-30', date '2020-06-15', '(f,{UI-05:outside_window},,0,,,)', 'entitlement ended before 2019-12-01'),
	(date '2019-12-01', date '2020-06-15', '(t,{},,6,,2020-01-01,2020-06-01)', 'entitlement ended on 2019-12-01'),
	(date '2020-06-30', date '2020-06-30', '(f,{UI-05:retirement_reached},,0,,,)', 'retired on the last benefit day'),
	(date '2020-06-10', date '2020-06-20', '(f,{UI-05:no_months},,0,,,)', 'retirement in the same month'),
	(date '2020-06-10', date '2020-07-01', '(t,{},,1,,2020-07-01,2020-07-01)', 'one month')
  ) v(e, r, want, d);

SELECT is((jdz.ui_unemployment_subsidy(od, so, rb, rr))::text, want, 'UI-07 ' || d) FROM (VALUES
	(date '2020-05-10', NULL::date, false, false, '(t,{},1000.00,6,6000.00,2020-05-01,2020-10-01)', 'six months (TV-UI07-01)'),
	(date '2020-11-20', NULL, false, false, '(t,{},1000.00,6,6000.00,2020-11-01,2021-04-01)', 'payments run into 2021 (TV-UI07-03)'),
	(date '2020-03-01', NULL, false, false, '(t,{},1000.00,6,6000.00,2020-03-01,2020-08-01)', 'first day of the window'),
	(date '2020-02-29', NULL, false, false, '(f,{UI-07:outside_window},,0,0.00,,)', 'the day before the window'),
	(date '2020-12-31', NULL, false, false, '(t,{},1000.00,6,6000.00,2020-12-01,2021-05-01)', 'last day of the window'),
	(date '2021-01-01', NULL, false, false, '(f,{UI-07:outside_window},,0,0.00,,)', 'the day after the window'),
	(date '2021-01-04', NULL, true, true, '(f,"{UI-07:outside_window,UI-07:receiving_benefit,UI-07:already_received}",,0,0.00,,)', 'every reason (TV-UI07-05)'),
	(date '2020-08-03', date '2020-09-15', false, false, '(t,{},1000.00,2,2000.00,2020-08-01,2020-09-01)', 'UI-08 the stop month is paid (TV-UI08-02)'),
	(date '2020-08-03', date '2020-08-03', false, false, '(t,{},1000.00,1,1000.00,2020-08-01,2020-08-01)', 'UI-08 stopped on the application day'),
	(date '2020-08-03', date '2021-06-30', false, false, '(t,{},1000.00,6,6000.00,2020-08-01,2021-01-01)', 'UI-08 stop after six months')
  ) v(od, so, rb, rr, want, d);
SELECT throws_ok(q, st, NULL, d) FROM (VALUES
	($$SELECT jdz.ui_unemployment_subsidy(date '2020-08-03', stopped_on => date '2020-08-02')$$, '22023', 'UI-08 stop before the application'),
	($$SELECT jdz.ui_unemployment_subsidy(NULL)$$, '22004', 'UI-07 NULL application date'),
	($$SELECT jdz.ui_unemployment_subsidy(date '2020-08-03', receiving_benefit => NULL)$$, '22004', 'UI-07 NULL receiving_benefit'),
	($$SELECT jdz.ui_unemployment_subsidy(date '2020-08-03', received_before => NULL)$$, '22004', 'UI-07 NULL received_before')
  ) v(q, st, d);

SELECT is((jdz.ui_migrant_lump_sum(w, c, od))::text, want, 'UI-09 ' || d) FROM (VALUES
	(12, 12, date '2020-08-01', '(t,{},907.20,1,907.20,,)', 'one year (TV-UI09-01)'),
	(36, 36, date '2022-06-30', '(t,{},907.40,3,2722.20,,)', 'monthly standard rounded first (TV-UI09-07)'),
	(12, 13, date '2020-08-01', '(t,{},907.20,2,1814.40,,)', 'a started year counts as a year'),
	(400, 400, date '2020-08-01', '(t,{},907.20,24,21772.80,,)', 'capped at 24 months'),
	(11, 12, date '2020-08-01', '(f,{UI-09:work_months},,0,0.00,,)', '11 months of work'),
	(11, 0, date '2023-01-01', '(f,"{UI-09:work_months,UI-09:no_contribution}",,0,0.00,,)', 'ineligible needs no benefit base')
  ) v(w, c, od, want, d);
SELECT throws_ok(q, '22023', NULL, d) FROM (VALUES
	($$SELECT jdz.ui_migrant_lump_sum(12, 12, date '2023-01-01')$$, 'UI-09 benefit base not loaded'),
	($$SELECT jdz.ui_migrant_lump_sum(12, 12, date '2020-07-08')$$, 'UI-09 before 景人社字〔2020〕103号'),
	($$SELECT jdz.ui_migrant_lump_sum(-1, 12, date '2020-08-01')$$, 'UI-09 negative work months'),
	($$SELECT jdz.ui_migrant_lump_sum(12, -1, date '2020-08-01')$$, 'UI-09 negative contribution months')
  ) v(q, d);

SELECT is((jdz.ui_migrant_allowance(i, u, od, so))::text, want, 'UI-10 ' || d) FROM (VALUES
	(date '2019-09-01', date '2020-06-10', date '2020-06-20', NULL::date, '(t,{},700.00,3,2100.00,2020-06-01,2020-08-01)', 'three months of 低保 (TV-UI10-01)'),
	(date '2019-06-10', date '2020-06-10', date '2020-06-20', NULL, '(f,{UI-10:insured_one_year},,0,0.00,,)', 'insured exactly a year (TV-UI10-02)'),
	(date '2019-06-11', date '2020-06-10', date '2020-06-20', NULL, '(t,{},700.00,3,2100.00,2020-06-01,2020-08-01)', 'one day under a year'),
	(date '2018-12-31', date '2019-10-01', date '2020-05-15', NULL, '(f,{UI-10:insured_before_cohort},,0,0.00,,)', 'insured before 2019 (TV-UI10-04)'),
	(date '2019-01-01', date '2019-10-01', date '2020-05-15', NULL, '(t,{},700.00,3,2100.00,2020-05-01,2020-07-01)', 'insured on 2019-01-01'),
	(date '2019-09-01', date '2020-04-10', date '2020-05-01', NULL, '(t,{},700.00,3,2100.00,2020-05-01,2020-07-01)', 'first day of the window'),
	(date '2019-09-01', date '2020-04-10', date '2020-04-30', NULL, '(f,{UI-10:outside_window},,0,0.00,,)', 'the day before the window'),
	(date '2020-09-01', date '2020-12-10', date '2020-12-31', NULL, '(t,{},700.00,3,2100.00,2020-12-01,2021-02-01)', 'last day of the window'),
	(date '2020-09-01', date '2020-12-10', date '2021-01-01', NULL, '(f,{UI-10:outside_window},,0,0.00,,)', 'the day after the window'),
	(date '2019-09-01', date '2020-06-10', date '2020-06-20', date '2020-07-01', '(t,{},700.00,2,1400.00,2020-06-01,2020-07-01)', 'UI-03 stop event in the second month')
  ) v(i, u, od, so, want, d);
SELECT is((jdz.ui_migrant_allowance(date '2019-09-01', date '2020-06-10', date '2020-06-20', NULL, true, true)).reasons::text,
		  '{UI-10:already_received,UI-10:receiving_other}', 'UI-10 once only, not concurrent');
SELECT throws_ok(q, st, NULL, d) FROM (VALUES
	($$SELECT jdz.ui_migrant_allowance(NULL, date '2020-06-10', date '2020-06-20')$$, '22004', 'UI-10 NULL insured_since'),
	($$SELECT jdz.ui_migrant_allowance(date '2019-09-01', date '2020-06-10', date '2020-06-20', received_before => NULL)$$, '22004', 'UI-10 NULL received_before'),
	($$SELECT jdz.ui_migrant_allowance(date '2020-06-11', date '2020-06-10', date '2020-06-20')$$, '22023', 'UI-10 unemployed before insured'),
	($$SELECT jdz.ui_migrant_allowance(date '2019-09-01', date '2020-06-10', date '2020-06-09')$$, '22023', 'UI-10 application before unemployment'),
	($$SELECT jdz.ui_migrant_allowance(date '2019-09-01', date '2020-06-10', date '2020-06-20', date '2020-06-19')$$, '22023', 'UI-10 stop before the application')
  ) v(q, st, d);

SELECT is(jdz.ui_price_subsidy(d, r)::text, want, 'UI-11 ' || descr) FROM (VALUES
	(date '2020-07-15', false, '24.50', 'urban, July (TV-UI11-01)'),
	(date '2020-05-20', true, '64.94', 'rural, doubled, base rounded first (TV-UI11-04)'),
	(date '2020-05-31', false, '60.20', 'urban, last day of May, doubled'),
	(date '2020-07-01', false, '24.50', 'July is no longer doubled'),
	(date '2020-08-10', false, '0.00', 'a negative SCPI change gives no subsidy')
  ) v(d, r, want, descr);
SELECT throws_ok($$SELECT jdz.ui_price_subsidy(date '2020-06-15')$$, '22023', NULL, 'UI-11 no SCPI row for June');

-- -------------------------------------------------------------- RENT ------
SELECT is((jdz.rent_relief(r::jdz.cny, t, so, bu, od))::text, want, 'RENT ' || d) FROM (VALUES
	('8000.00', 'service_small_micro'::jdz.rent_tenant, true, true, date '2020-08-15', '(t,{},2,2,24000.00)', 'RENT-01 service small/micro tenant (RENT-01-T1)'),
	('8000.00', 'individual_business', true, true, date '2020-08-15', '(t,{},2,2,24000.00)', 'RENT-01 individual business, any sector'),
	('8000.00', 'other_enterprise', true, true, date '2020-08-15', '(t,{},1,2,16000.00)', 'RENT-01 other enterprise'),
	('1000.01', 'service_small_micro', true, true, date '2020-08-15', '(t,{},2,2,3000.03)', 'RENT-02 rounded once (RENT-02-T5)'),
	('0.01', 'other_enterprise', true, true, date '2020-08-15', '(t,{},1,2,0.02)', 'RENT-02 one fen'),
	('8000.00', 'service_small_micro', false, true, date '2020-08-15', '(f,{RENT-01:not_state_owned},0,0,0.00)', 'RENT-01 non-state landlord (RENT-01-T4)'),
	('8000.00', 'service_small_micro', true, true, date '2020-09-30', '(t,{},2,2,24000.00)', 'RENT-04 last day of applications (RENT-04-T1)'),
	('8000.00', 'service_small_micro', true, true, date '2020-10-01', '(f,{RENT-04:outside_window},0,0,0.00)', 'RENT-04 the day after'),
	('8000.00', 'service_small_micro', true, true, date '2020-01-01', '(t,{},2,2,24000.00)', 'RENT-04 first day of the relieved year'),
	('8000.00', 'service_small_micro', true, true, date '2019-12-31', '(f,{RENT-04:outside_window},0,0,0.00)', 'RENT-04 before 2020'),
	('8000.00', 'service_small_micro', false, false, date '2021-01-01', '(f,"{RENT-01:not_state_owned,RENT-01:not_business_use,RENT-04:outside_window}",0,0,0.00)', 'RENT-01/04 every reason')
  ) v(r, t, so, bu, od, want, d);
SELECT throws_ok($$SELECT jdz.rent_relief('-1.00', 'service_small_micro', on_date => date '2020-08-15')$$, '22023', NULL, 'RENT-02 negative rent (RENT-02-T6)');
SELECT is(jdz.rent_loan_deferral(b, c::jdz.cny, m, ok, hh), want, 'RENT-06 ' || d) FROM (VALUES
	('small_micro_enterprise'::jdz.rent_borrower, '10000000.00', date '2020-11-30', true, false, 'deferral'::jdz.rent_deferral, '1000万元 credit line included (RENT-06-T1)'),
	('small_micro_owner', '10000000.01', date '2020-11-30', true, true, 'negotiate', 'one fen above 1000万元, hard hit'),
	('individual_business', '10000000.01', date '2020-11-30', true, false, 'not_covered', 'one fen above 1000万元, not hard hit'),
	('individual_business', '500000.00', date '2020-12-31', true, false, 'deferral', 'maturing on the last day of 2020'),
	('individual_business', '500000.00', date '2021-01-01', true, true, 'not_covered', 'maturing in 2021'),
	('individual_business', '500000.00', date '2020-01-01', true, false, 'deferral', 'maturing on the first day of 2020'),
	('small_micro_enterprise', '500000.00', date '2020-06-30', false, false, 'not_covered', 'conditions not met'),
	('other_sme', '500000.00', date '2020-06-30', true, true, 'negotiate', 'other SME, hard hit'),
	('large_enterprise', '500000.00', date '2020-06-30', true, true, 'not_covered', 'large enterprise')
  ) v(b, c, m, ok, hh, want, d);
SELECT throws_ok($$SELECT jdz.rent_loan_deferral('small_micro_enterprise', '-0.01', date '2020-06-30', true)$$, '22023', NULL, 'RENT-06 negative credit line');

-- --------------------------------------------------------------- MOX ------
SELECT is(jdz.mox_base_subsidy(a, o, date '2020-09-01')::text, want, 'MOX-02 ' || d) FROM (VALUES
	(100, false, '100000.00', '100 亩 included (MOX-02-T1)'),
	(99.99, false, '0.00', 'just under 100 亩'),
	(100.5, false, '100500.00', 'measured area, not truncated'),
	(50, true, '50000.00', 'organic base of 50 亩 included'),
	(49.5, true, '0.00', 'organic base under 50 亩 (MOX-02-T4)'),
	(99, true, '99000.00', 'organic threshold applies')
  ) v(a, o, want, d);
SELECT throws_ok($$SELECT jdz.mox_base_subsidy(-5, on_date => date '2020-09-01')$$, '22023', NULL, 'MOX-02 negative area (MOX-02-T9)');
SELECT throws_ok($$SELECT jdz.mox_base_subsidy(100, on_date => date '2020-08-10')$$, '22023', NULL, 'MOX-02 before 景府办字〔2020〕45号');
SELECT is(1000 >= jdz.param('mox.area_target_mu', date '2023-12-31'), true, 'MOX-01 target in force to 2023-12-31 (MOX-01-T1)');
SELECT throws_ok($$SELECT jdz.param('mox.area_target_mu', date '2024-01-01')$$, '22023', NULL, 'MOX-01 target ends 2023-12-31');
SELECT is(jdz.param('mox.annual_budget', date '2020-12-31'), 500000::numeric, 'MOX-03 budget (MOX-03-T1)');

-- -------------------------------------------------------------- SURV ------
SELECT is(jdz.surv_subsidy('assistant_enumerator', date '2020-04-01')::text, '300.00', 'SURV-01 base plus 100 from the second quarter (SURV-01-T2)');
SELECT is(jdz.surv_subsidy('assistant_enumerator', date '2020-03-31')::text, '200.00', 'SURV-01 no increase in the first quarter');
SELECT throws_ok($$SELECT jdz.surv_subsidy('bookkeeping_household', date '2020-06-01')$$, '22023', NULL, 'SURV-01 bookkeeping base not loaded');
SELECT throws_ok($$SELECT jdz.surv_subsidy('enumerator_supervisor', date '2020-06-01')$$, '22P02', NULL, 'SURV-01 unknown role (SURV-01-T6)');

-- --------------------------------------------------------------- ESC ------
SELECT is(jdz.esc_required(t, o), want, 'ESC-04/14 ' || t::text || CASE WHEN o THEN ', opted out' ELSE '' END)
  FROM (SELECT t, false AS o, t = 'sale' AS want FROM unnest(enum_range(NULL::jdz.esc_transfer)) t
		UNION ALL SELECT 'sale', true, false) v;
SELECT is((SELECT array_agg(item || ':' || amount::text || ':' || paid_in_by || ':' || via_escrow || ':' || released_to || ':' || released_on ORDER BY ord)
			 FROM jdz.esc_plan(l, p::jdz.cny, dp::jdz.cny, la::jdz.cny, sd::jdz.cny, cm::jdz.cny) WITH ORDINALITY AS x(item, amount, paid_in_by, via_escrow, released_to, released_on, ord))::text,
		  want, d) FROM (VALUES
	('none'::jdz.esc_loan, '500000.00', '0.00', '0.00', '0.00', '12000.00',
	 '{price:500000.00:buyer:true:seller:transfer_registered,commission:12000.00:parties:true:broker:transfer_registered}', 'ESC-05 brokered cash deal: the commission is an escrow line (ESC-05-T1)'),
	('commercial', '1000000.00', '300000.00', '700000.00', '50000.00', '0.00',
	 '{down_payment:300000.00:buyer:true:seller:mortgage_registered,loan:700000.00:bank:true:seller:mortgage_registered,top_up:0.00:buyer:true:seller:mortgage_registered,seller_deposit:50000.00:seller:true:seller:mortgage_registered}', 'ESC-10 commercial loan (ESC-10-T3)'),
	('provident_fund', '600000.00', '180000.00', '420000.00', '0.00', '1000.00',
	 '{down_payment:180000.00:buyer:true:seller:mortgage_registered,loan:420000.00:provident_fund:false:seller:loan_approved,top_up:0.00:buyer:true:seller:mortgage_registered,commission:1000.00:parties:true:broker:mortgage_registered}', 'ESC-10 provident-fund loan released on approval (ESC-10-T6)'),
	('commercial', '1000000.00', '300000.00', '699999.99', '0.00', '0.00',
	 '{down_payment:300000.00:buyer:true:seller:mortgage_registered,loan:699999.99:bank:true:seller:mortgage_registered,top_up:0.01:buyer:true:seller:mortgage_registered,seller_deposit:0.00:seller:true:seller:mortgage_registered}', 'ESC-16 a loan cut by one fen needs a 0.01 top-up (ESC-16-T3)')
  ) v(l, p, dp, la, sd, cm, want, d);
SELECT throws_ok(q, '22023', NULL, d) FROM (VALUES
	($$SELECT * FROM jdz.esc_plan('commercial', '1000000.00', down_payment => '300000.00', loan_amount => '750000.00')$$, 'ESC-16 over-funded (ESC-16-T5)'),
	($$SELECT * FROM jdz.esc_plan('commercial', '1000000.00', down_payment => '300000.00', loan_amount => '700000.01')$$, 'ESC-16 over-funded by one fen'),
	($$SELECT * FROM jdz.esc_plan('none', '0.00')$$, 'ESC-10 zero price'),
	($$SELECT * FROM jdz.esc_plan('none', '100.00', commission => '-0.01')$$, 'ESC-05 negative commission'),
	($$SELECT * FROM jdz.esc_plan('none', '100.00', down_payment => '10.00')$$, 'ESC-10 cash deal with a down payment'),
	($$SELECT * FROM jdz.esc_plan('provident_fund', '100.00', down_payment => '30.00', loan_amount => '70.00', seller_deposit => '1.00')$$, 'ESC-10 provident-fund deal with a seller deposit')
  ) v(q, d);

-- ------------------------------------------------------- rule catalog ----
SELECT is_empty($$SELECT rule_id FROM jdz.rule
	WHERE family IN ('lefp', 'jp', 'cl', 'ui', 'rent', 'mox', 'surv', 'esc', 'other')
	  AND rule_id ~ '^(LP|JP|CN|OP|CL|UI|GEN|LD|CH|MR|SF|SM|RENT|MOX|SURV|ESC)-'
	  AND rule_id NOT IN ('LP-08','LP-17c','JP-02','JP-07','JP-08','CN-02','CN-03','CN-04','OP-01','OP-02','OP-03','OP-05','OP-09','OP-10','CL-02','CL-12','CL-13','CL-14','CL-18','CL-21','CL-22','UI-12','UI-EXT-01','GEN-05','LD-01','LD-02','CH-AV-01','CH-RE-01','CH-RE-03','CH-RE-04','CH-FC-01','CH-IS-01','CH-IS-02','CH-VR-01','CH-LG-01','CH-LEAD-01','MR-01','SF-01','SM-01','RENT-05','RENT-07','RENT-08','MOX-04','SURV-02','SURV-03','ESC-02','ESC-07','ESC-08','ESC-09','ESC-11','ESC-12','ESC-13','ESC-15','ESC-18','ESC-19','JP-01','JP-03') AND rule_id NOT IN ('LP-07','LP-17b','CN-01','OP-04','OP-06','CL-11','CL-19','CH-RE-02','OP-08','GEN-02','GEN-03','GEN-04')
	  AND coalesce(cardinality(implemented_by), 0) = 0$$,
	'every computable rule of spec 30 names what implements it');
SELECT is_empty($$SELECT rule_id, implemented_by FROM jdz.rule WHERE rule_id IN ('LP-08','LP-17c','JP-02','JP-07','JP-08','CN-02','CN-03','CN-04','OP-01','OP-02','OP-03','OP-05','OP-09','OP-10','CL-02','CL-12','CL-13','CL-14','CL-18','CL-21','CL-22','UI-12','UI-EXT-01','GEN-05','LD-01','LD-02','CH-AV-01','CH-RE-01','CH-RE-03','CH-RE-04','CH-FC-01','CH-IS-01','CH-IS-02','CH-VR-01','CH-LG-01','CH-LEAD-01','MR-01','SF-01','SM-01','RENT-05','RENT-07','RENT-08','MOX-04','SURV-02','SURV-03','ESC-02','ESC-07','ESC-08','ESC-09','ESC-11','ESC-12','ESC-13','ESC-15','ESC-18','ESC-19','JP-01','JP-03') AND cardinality(implemented_by) > 0$$,
	'the rules spec 30 §6 marks not computable (and JP-01/JP-03, DBA keys only) keep an empty list');
SELECT is((SELECT count(*) FROM jdz.parameter WHERE builtin AND key ~ '^(lefp|jp|cl|op|ui|rent|mox|surv)\.'), 47::bigint, 'spec 30 §3: 47 builtin parameter rows');

SELECT * FROM finish();
ROLLBACK;
