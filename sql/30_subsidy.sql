-- 30_subsidy: the public examples of spec 30 §8 (acceptance tests), each
-- named by its vector (TV-…) and rule ID; values checked against the spec.
-- LP-05 LP-06 LP-07 LP-09 LP-10 LP-12 LP-13 LP-14 LP-16 LP-17a LP-17b
-- JP-04 JP-05 JP-06 JP-01 CN-01 CL-11 OP-07 OP-06 OP-08 CL-04 CL-05 CL-06
-- CL-07 CL-08 CL-10 CL-09 CL-17 CL-15 CL-19 CL-23 UI-01 UI-04 UI-06 UI-05
-- UI-07 UI-08 UI-09 UI-10 UI-11 RENT-01 RENT-02 RENT-03 RENT-04 RENT-06
-- MOX-01 MOX-02 MOX-03 SURV-01 ESC-04 ESC-14 ESC-05 ESC-10 ESC-16
\set SHOW_CONTEXT never
\pset null '(null)'
-- the examples use the jdz operators on jdz.cny (LEAST of two amounts, cny + cny)
SET search_path = public, jdz;
SET DateStyle = 'ISO, YMD';

-- Setup for the examples that read outside data (acceptance-test values, not from the seeds)
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, note, builtin) VALUES
 ('lefp.avg_monthly_wage', '2024-01-01', '2024-12-31', 6000.00, 'yuan/month', 'example value', false),
 ('lefp.avg_monthly_wage', '2025-01-01', '2025-12-31', 6500.00, 'yuan/month', 'example value', false),
 ('lefp.avg_monthly_wage', '2026-01-01', '2026-06-30', 5432.10, 'yuan/month', 'example value', false),
 ('ui.benefit_base', '2020-07-09', '2021-12-31', 1512.00, 'yuan/month', 'example value', false),
 ('ui.benefit_base', '2022-01-01', '2022-12-31', 1512.33, 'yuan/month', 'example value', false),
 ('ui.dibao.urban', '2019-01-01', NULL, 700.00, 'yuan/month', 'example value', false),
 ('ui.dibao.rural', '2019-01-01', NULL, 755.00, 'yuan/month', 'example value', false),
 ('ui.scpi_yoy', '2020-05-01', '2020-05-31', 0.043, 'ratio', 'example value', false),
 ('ui.scpi_yoy', '2020-07-01', '2020-07-31', 0.035, 'ratio', 'example value', false),
 ('surv.base.assistant_enumerator', '2020-01-01', NULL, 200.00, 'yuan/month', 'example value', false);
SELECT (jdz.lefp_eligibility(date '2008-03-15', date '2024-03-15', 0.30, 1, on_date => date '2024-06-30')).status;  -- → eligible   (TV-LP05-01)
SELECT (jdz.lefp_eligibility(date '2008-02-29', date '2024-02-29', 0, 1, on_date => date '2024-06-30')).status;  -- → eligible   (TV-LP05-08)
SELECT (jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 0, 0, on_date => date '2024-06-30')).status;  -- → ERROR 22023   (TV-LP05-09)
SELECT (jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 0, 1, reallocated_mu => 0.31, on_date => date '2024-06-30')).reasons;  -- → {LP-06:reallocated_land}   (TV-LP06-01)
SELECT (jdz.lefp_eligibility(date '1980-01-01', date '2024-03-15', 0, 1, reallocated_mu => 0.30, on_date => date '2024-06-30')).status;  -- → eligible   (TV-LP06-02)
SELECT (jdz.lefp_eligibility(date '2007-01-01', date '2024-03-15', 0, 1, circumstances => '{student}', on_date => date '2024-06-30')).status;  -- → retained   (TV-LP06-03)
SELECT jdz.lefp_schemes(date '2024-01-01', date '2024-01-01');  -- → {urban_rural_resident}   (TV-LP09-01)
SELECT jdz.lefp_annual_subsidy(date '2024-06-30');  -- → 5184.00   (TV-LP10-01)
SELECT jdz.lefp_annual_subsidy(date '2026-03-01');  -- → 4693.33   (TV-LP10-03)
SELECT jdz.lefp_enterprise_subsidy(12, 0, date '2024-06-30');  -- → 5184.00   (TV-LP12-01)
SELECT jdz.lefp_enterprise_subsidy(12, 175, date '2024-06-30');  -- → 2160.00   (TV-LP12-03)
SELECT (jdz.lefp_resident_lump_sum(4, date '2025-06-30')).amount;  -- → 61776.00   (TV-LP13-01)
SELECT (jdz.lefp_resident_lump_sum(0, date '2024-12-31')).pension_increase_from;  -- → 2025-01-01   (TV-LP13-04)
SELECT (jdz.lefp_eligibility(date '1990-05-01', date '2024-03-15', 0, 2, circumstances => '{active_soldier}', on_date => date '2024-06-30')).status;  -- → retained   (TV-LP14-01)
SELECT jdz.lefp_min_provision('123456789.12', date '2024-06-30');  -- → 9876543.13   (TV-LP16-02)
SELECT jdz.lefp_predeposit(150.5, date '2024-06-30');  -- → 1505000.00   (TV-LP17a-01)
SELECT '5000000.00'::jdz.cny * jdz.param('jp.cainong.leverage', date '2024-01-01');  -- → 40000000.00   (TV-JP-04-01)
SELECT jdz.apportion('1000000.01'::jdz.cny, ARRAY[jdz.param('jp.kedaitong.share.province', date '2024-01-01'), jdz.param('jp.kedaitong.share.local', date '2024-01-01')]);  -- → {500000.01,500000.00}   (TV-JP-05-02)
SELECT (jdz.jp_caiyuan_eligibility('5000000.00', 12, true, true, date '2024-03-01')).eligible;  -- → true   (TV-JP-06-01)
SELECT (jdz.jp_caiyuan_eligibility('5000000.01', 12, true, true, date '2024-03-01')).reasons;  -- → {JP-06:amount}   (TV-JP-06-02)
SELECT '12000.00'::jdz.cny * jdz.param('jp.guarantee_loan.interest_subsidy_ratio', date '2024-06-30');  -- → ERROR 22023   (TV-JP-0103-02)
SELECT (jdz.cl_max_loan('1000000.00', true, date '2020-09-07')).hpf_max;  -- → 500000.00   (TV-CL06-01)
SELECT (jdz.cl_max_loan('1000000.00', false, date '2020-09-07')).hpf_max;  -- → 350000.00   (TV-CL07-01)
SELECT '800000.01'::jdz.cny <= (jdz.cl_max_loan('1000000.00', false, date '2020-09-07')).total_max;  -- → false   (TV-CL07-06)
SELECT (jdz.cl_max_loan('333333.33', false, date '2020-09-07')).total_max;  -- → 266666.66   (TV-CL07-09)
SELECT jdz.cl_max_term(date '2040-09-07', date '2020-09-07');  -- → 300   (TV-CL08-01)
SELECT jdz.cl_max_term(date '2035-03-15', date '2020-09-07');  -- → 234   (TV-CL08-05)
SELECT jdz.cl_max_term(date '2016-09-06', date '2020-09-07');  -- → 0   (TV-CL08-10)
SELECT (jdz.cl_max_loan('333333.33', false, date '2020-09-07')).min_down_payment;  -- → 66666.67   (TV-CL10-03)
SELECT (SELECT payment FROM jdz.loan_schedule('300000.00', 0.031, 300, 'equal_principal') WHERE period = 1);  -- → 1775.00   (TV-CL09-02)
SELECT (SELECT payment FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment') WHERE period = 1);  -- → 1523.22   (TV-CL17-01)
SELECT (SELECT sum(interest) FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_installment'));  -- → 198360.37   (TV-CL17-03b)
SELECT (SELECT payment FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_principal') WHERE period = 1);  -- → 1920.14   (TV-CL17-06a)
SELECT (SELECT payment FROM jdz.loan_schedule('100000.00', 0, 12, 'equal_installment') WHERE period = 12);  -- → 8333.37   (TV-CL17-09b)
SELECT (SELECT count(*) FROM jdz.loan_schedule('100000.00', 0.0325, 0, 'equal_installment'));  -- → ERROR 22023   (TV-CL17-11a)
SELECT jdz.cl_clawback_triggered(ARRAY[false,false,false]::boolean[], date '2021-01-15');  -- → true   (TV-CL15-05)
SELECT jdz.cl_clawback_triggered(ARRAY[false,true,false,true,false,true,false,true,false,true,false]::boolean[], date '2021-01-15');  -- → true   (TV-CL15-07)
SELECT jdz.apportion(LEAST('400000.00'::jdz.cny, '300000.00'::jdz.cny + '200000.00'::jdz.cny), ARRAY[300000.00, 200000.00]);  -- → {240000.00,160000.00}   (TV-CL23-01)
SELECT (jdz.ui_benefit_eligibility(12, 'involuntary', true, true, on_date => date '2020-08-01')).eligible;  -- → true   (TV-UI01-01)
SELECT (jdz.ui_benefit_eligibility(24, 'undetermined', true, true, on_date => date '2020-08-01')).reasons;  -- → {UI-04:commitment_required}   (TV-UI01-09)
SELECT (jdz.ui_benefit_eligibility(180, 'involuntary', true, true, drawing_pension => true, on_date => date '2020-08-01')).reasons;  -- → {UI-06:drawing_pension}   (TV-UI01-12)
SELECT (jdz.ui_older_worker_extension(date '2020-06-30', date '2021-06-15')).months;  -- → 12   (TV-UI05-01)
SELECT (jdz.ui_older_worker_extension(date '2020-06-30', date '2021-06-30')).reasons;  -- → {UI-05:not_within_year}   (TV-UI05-02)
SELECT (jdz.ui_unemployment_subsidy(date '2020-05-10')).total;  -- → 6000.00   (TV-UI07-01)
SELECT (jdz.ui_unemployment_subsidy(date '2020-11-20')).last_month;  -- → 2021-04-01   (TV-UI07-03)
SELECT (jdz.ui_unemployment_subsidy(date '2021-01-04')).reasons;  -- → {UI-07:outside_window}   (TV-UI07-05)
SELECT (jdz.ui_unemployment_subsidy(date '2020-08-03', stopped_on => date '2020-09-15')).total;  -- → 2000.00   (TV-UI08-02)
SELECT (jdz.ui_migrant_lump_sum(12, 12, date '2020-08-01')).total;  -- → 907.20   (TV-UI09-01)
SELECT (jdz.ui_migrant_lump_sum(36, 36, date '2022-06-30')).total;  -- → 2722.20   (TV-UI09-07)
SELECT (jdz.ui_migrant_allowance(date '2019-09-01', date '2020-06-10', date '2020-06-20')).total;  -- → 2100.00   (TV-UI10-01)
SELECT (jdz.ui_migrant_allowance(date '2019-06-10', date '2020-06-10', date '2020-06-20')).reasons;  -- → {UI-10:insured_one_year}   (TV-UI10-02)
SELECT (jdz.ui_migrant_allowance(date '2018-12-31', date '2019-10-01', date '2020-05-15')).reasons;  -- → {UI-10:insured_before_cohort}   (TV-UI10-04)
SELECT jdz.ui_price_subsidy(date '2020-07-15');  -- → 24.50   (TV-UI11-01)
SELECT jdz.ui_price_subsidy(date '2020-05-20', rural => true);  -- → 64.94   (TV-UI11-04)
SELECT (jdz.rent_relief('8000.00', 'service_small_micro', on_date => date '2020-08-15')).free_months;  -- → 2   (RENT-01-T1)
SELECT (jdz.rent_relief('8000.00', 'service_small_micro', state_owned => false, on_date => date '2020-08-15')).reasons;  -- → {RENT-01:not_state_owned}   (RENT-01-T4)
SELECT (jdz.rent_relief('1000.01', 'service_small_micro', on_date => date '2020-08-15')).amount;  -- → 3000.03   (RENT-02-T5)
SELECT (jdz.rent_relief('-1.00', 'service_small_micro', on_date => date '2020-08-15')).amount;  -- → ERROR 22023   (RENT-02-T6)
SELECT jdz.apportion('30000.00'::jdz.cny, ARRAY[60, 40]);  -- → {18000.00,12000.00}   (RENT-03-T2)
SELECT (jdz.rent_relief('8000.00', 'service_small_micro', on_date => date '2020-09-30')).eligible;  -- → true   (RENT-04-T1)
SELECT jdz.rent_loan_deferral('small_micro_enterprise', '10000000.00', date '2020-11-30', true);  -- → deferral   (RENT-06-T1)
SELECT jdz.mox_base_subsidy(100, on_date => date '2020-09-01');  -- → 100000.00   (MOX-02-T1)
SELECT jdz.mox_base_subsidy(49.5, organic => true, on_date => date '2020-09-01');  -- → 0.00   (MOX-02-T4)
SELECT jdz.mox_base_subsidy(-5, on_date => date '2020-09-01');  -- → ERROR 22023   (MOX-02-T9)
SELECT 1000 >= jdz.param('mox.area_target_mu', date '2023-12-31');  -- → true   (MOX-01-T1)
SELECT jdz.param('mox.annual_budget', date '2020-12-31') = 500000;  -- → true   (MOX-03-T1)
SELECT jdz.surv_subsidy('assistant_enumerator', date '2020-04-01');  -- → 300.00   (SURV-01-T2)
SELECT jdz.surv_subsidy('enumerator_supervisor', date '2020-06-01');  -- → ERROR 22P02   (SURV-01-T6)
SELECT jdz.esc_required('sale');  -- → true   (ESC-14-T1)
SELECT (SELECT amount FROM jdz.esc_plan('none', '500000.00', commission => '12000.00') WHERE item = 'commission');  -- → 12000.00   (ESC-05-T1)
SELECT (SELECT sum(amount) FROM jdz.esc_plan('commercial', '1000000.00', down_payment => '300000.00', loan_amount => '700000.00', seller_deposit => '50000.00') WHERE via_escrow);  -- → 1050000.00   (ESC-10-T3)
SELECT (SELECT released_on FROM jdz.esc_plan('provident_fund', '600000.00', down_payment => '180000.00', loan_amount => '420000.00') WHERE item = 'loan' AND NOT via_escrow);  -- → loan_approved   (ESC-10-T6)
SELECT (SELECT amount FROM jdz.esc_plan('commercial', '1000000.00', down_payment => '300000.00', loan_amount => '699999.99') WHERE item = 'top_up');  -- → 0.01   (ESC-16-T3)
SELECT (SELECT count(*) FROM jdz.esc_plan('commercial', '1000000.00', down_payment => '300000.00', loan_amount => '750000.00'));  -- → ERROR 22023   (ESC-16-T5)

-- The explain siblings (core §8 shape)
SELECT jsonb_pretty(jdz.lefp_annual_subsidy_explain(date '2024-06-30'));
SELECT jsonb_pretty(jdz.cl_max_loan_explain('1000000.00', false, date '2020-09-07'));

-- A short schedule of each method, every row (CL-16/17)
SELECT * FROM jdz.loan_schedule('10000.00', 0.0325, 6, 'equal_installment');
SELECT * FROM jdz.loan_schedule('10000.00', 0.0325, 6, 'equal_principal');
-- spec §7: equal principal 350000.00 at 3.25 % over 360 months, periods 2 and 360
SELECT period, payment, principal, interest, balance FROM jdz.loan_schedule('350000.00', 0.0325, 360, 'equal_principal') WHERE period IN (1, 2, 359, 360);

DELETE FROM jdz.parameter WHERE NOT builtin AND note = 'example value';

