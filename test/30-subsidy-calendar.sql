-- 30-subsidy-calendar: spec 30, the cases that need the calendar and the
-- time-limit rows of parts 04/05: combination-loan eligibility (CL-04's
-- one-year windows through jdz.due, CL-03/05/08/20), the disbursement
-- black-out (OP-07) on every month of 2020-09…2026-12 and its old regime,
-- the disbursement deadline (OP-06), the 14 time-limit rows (LP-07, LP-17b,
-- CN-01, OP-04, OP-06, CL-11, CL-15, CL-19, CL-04, CH-RE-02).
BEGIN;
SELECT plan(67);

-- CL-03/04/05/08/20 eligibility
SELECT is((jdz.cl_eligibility(cm, cs, po, eh, ea, tm, ro, pr, im, od))::text, want, d) FROM (VALUES
	(6, date '2020-08-01', date '2020-08-01', 0, 0::numeric, 240, date '2045-09-07', 'new_commodity_housing'::jdz.cl_property, '{}'::jdz.cl_impediment[], date '2020-09-07', '(t,{})', 'CL-04 exactly 6 months of contributions (TV-CL04-01)'),
	(5, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(f,{CL-04:contribution_months})', 'CL-04 5 months'),
	(24, date '2019-09-07', date '2019-09-10', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(t,{})', 'CL-04 applied on the last day of the contract year'),
	(24, date '2019-09-07', date '2019-09-10', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-08', '(f,{CL-04:contract_window})', 'CL-04 one day after the contract year (TV-CL04-05)'),
	(24, date '2019-09-12', date '2019-09-10', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-11', '(f,{CL-04:payment_window})', 'CL-04 one day after the payment year'),
	(24, date '2019-09-12', date '2019-09-10', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-10', '(t,{})', 'CL-04 last day of the payment year'),
	(24, date '2020-08-01', date '2020-08-01', 1, 144.00, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(t,{})', 'CL-05 existing home of exactly 144 m² (TV-CL05-02)'),
	(24, date '2020-08-01', date '2020-08-01', 1, 144.01, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(f,{CL-05:large_existing_home})', 'CL-05 existing home of 144.01 m²'),
	(24, date '2020-08-01', date '2020-08-01', 2, 60, 240, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(f,{CL-05:third_home})', 'CL-05 third home (TV-CL05-05)'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', 'villa', '{}', date '2020-09-07', '(f,{CL-05:property_type})', 'CL-05 villa'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', 'commercial_residential', '{}', date '2020-09-07', '(f,{CL-05:property_type})', 'CL-05 commercial-residential'),
	(36, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{contributions_stopped}', date '2020-09-07', '(f,{CL-04:contributions_stopped})', 'CL-06 contributions stopped (TV-CL06-04)'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 12, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(t,{})', 'CL-08 12 months is the shortest term'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 11, date '2045-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(f,{CL-08:term_too_short})', 'CL-08 11 months (TV-CL08-12)'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 360, date '2050-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(t,{})', 'CL-08 360 months'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 361, date '2050-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(f,{CL-08:term_too_long})', 'CL-08 361 months'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 300, date '2040-09-07', 'new_commodity_housing', '{}', date '2020-09-07', '(t,{})', 'CL-08 term to retirement plus 5 years'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 300, date '2040-09-06', 'new_commodity_housing', '{}', date '2020-09-07', '(f,{CL-08:term_too_long})', 'CL-08 retirement one day earlier'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', 'second_hand', '{}', date '2020-09-07', '(f,{CL-20:second_hand})', 'CL-20 second-hand home (TV-CL20-03)'),
	(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', 'new_commodity_housing', '{fully_paid}', date '2020-09-07', '(f,{CL-20:fully_paid})', 'CL-20 fully paid'),
	(0, date '2020-08-01', date '2020-08-01', 2, 0, 11, date '2045-09-07', 'villa',
	 '{not_mortgageable,fully_paid,lacks_civil_capacity,no_repayment_capacity,outside_city,contributions_stopped,collective_land,contract_not_filed,outstanding_hpf_loan,lender_conditions,guarantees_unpaid_hpf_loan,sued_for_bad_credit,overdue_or_guarantor_paying,bad_credit_record,title_disputed}',
	 date '2020-09-07',
	 '(f,"{CL-03:lacks_civil_capacity,CL-03:no_repayment_capacity,CL-04:contribution_months,CL-04:contributions_stopped,CL-04:outside_city,CL-04:collective_land,CL-04:contract_not_filed,CL-04:outstanding_hpf_loan,CL-04:lender_conditions,CL-05:guarantees_unpaid_hpf_loan,CL-05:third_home,CL-05:property_type,CL-05:sued_for_bad_credit,CL-05:overdue_or_guarantor_paying,CL-05:bad_credit_record,CL-05:title_disputed,CL-05:not_mortgageable,CL-08:term_too_short,CL-20:fully_paid}")',
	 'CL-03/04/05/08/20 every reason once, in table order')
  ) v(cm, cs, po, eh, ea, tm, ro, pr, im, od, want, d);
SELECT throws_ok(q, st, NULL, d) FROM (VALUES
	($$SELECT jdz.cl_eligibility(24, date '2020-10-05', date '2020-10-05', 0, 0, 240, date '2045-09-07', on_date => date '2020-10-01')$$, '22023', 'CL-04 application before the contract (TV-CL04-08)'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', -1, 0, 240, date '2045-09-07', on_date => date '2020-09-07')$$, '22023', 'CL-05 negative homes (TV-CL05-09)'),
	($$SELECT jdz.cl_eligibility(-1, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', on_date => date '2020-09-07')$$, '22023', 'CL-04 negative contribution months'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 1, -0.01, 240, date '2045-09-07', on_date => date '2020-09-07')$$, '22023', 'CL-05 negative area'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 0, 0, 0, date '2045-09-07', on_date => date '2020-09-07')$$, '22023', 'CL-08 zero term'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-09-08', 0, 0, 240, date '2045-09-07', on_date => date '2020-09-07')$$, '22023', 'CL-04 application before the payment voucher'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', impediments => '{NULL}', on_date => date '2020-09-07')$$, '22004', 'CL-04 NULL impediment'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', on_date => date '2020-09-06')$$, '22023', 'CL-04 before 景金字〔2020〕18号'),
	($$SELECT jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', property => 'shop', on_date => date '2020-09-07')$$, '22P02', 'CL-05 unknown property type')
  ) v(q, st, d);

-- OP-07: for every month 2020-09 … 2026-12, exactly the last two working days are barred
SELECT is((SELECT count(*) FROM (
			SELECT date_trunc('month', d) AS mon,
				   count(*) FILTER (WHERE jdz.is_workday(d::date) AND NOT jdz.hpf_disbursement_allowed(d::date)) AS barred,
				   count(*) FILTER (WHERE jdz.hpf_disbursement_allowed(d::date) AND NOT jdz.is_workday(d::date)) AS rest_allowed,
				   bool_and(NOT jdz.hpf_disbursement_allowed(d::date) OR jdz.workdays_between(d::date, (date_trunc('month', d) + interval '1 month - 1 day')::date) >= 2) AS ok
			  FROM generate_series(date '2020-09-07', date '2026-12-31', interval '1 day') d
			 GROUP BY 1) x
			WHERE (barred <> 2 AND mon > '2020-09-01') OR rest_allowed <> 0 OR NOT ok), 0::bigint,
		  'OP-07 the last two working days of each month of 2020-09…2026-12 are barred, rest days never allowed');
SELECT is((SELECT count(*) FROM generate_series(date '2020-01-01', date '2020-09-06', interval '1 day') d
			WHERE jdz.hpf_disbursement_allowed(d::date) <>
				  (jdz.is_workday(d::date) AND extract(isodow FROM d) IN (1, 3, 5) AND extract(day FROM d) <= 25)), 0::bigint,
		  'OP-07 old regime until 2020-09-06: Mon/Wed/Fri working days up to the 25th');
SELECT is(jdz.hpf_disbursement_allowed(d), want, 'OP-07 ' || descr) FROM (VALUES
	(date '2020-08-24', true, 'old regime, Monday the 24th (TV-OP07-01)'),
	(date '2020-08-26', false, 'old regime, Wednesday the 26th (TV-OP07-03)'),
	(date '2020-03-25', true, 'old regime, Wednesday the 25th is inclusive'),
	(date '2020-09-04', true, 'old regime, last Friday before the change'),
	(date '2020-09-07', true, 'new regime from 2020-09-07'),
	(date '2020-09-27', true, 'a make-up Sunday counts as a working day (TV-OP07-07)'),
	(date '2020-09-29', false, 'second-to-last working day of September (TV-OP07-08)'),
	(date '2020-09-30', false, 'last working day of September'),
	(date '2020-11-27', false, 'last working days span a weekend (TV-OP07-14)'),
	(date '2021-02-25', false, 'February 2021 (TV-OP07-16a)'),
	(date '2021-02-24', true, 'third-to-last working day of February 2021')
  ) v(d, want, descr);
SELECT throws_ok($$SELECT jdz.hpf_disbursement_allowed(date '2019-12-31')$$, '22023', NULL, 'OP-07 no regime before 2020');
SELECT is(jdz.hpf_disbursement_due(s), want, 'OP-06 ' || d) FROM (VALUES
	(date '2020-09-28', date '2020-10-09', 'black-out then the National Day holiday (TV-OP0607-02)'),
	(date '2020-12-29', date '2021-01-04', 'black-out at the year end (TV-OP0607-04)'),
	(date '2020-09-07', date '2020-09-09', 'two working days, no black-out'),
	(date '2020-09-25', date '2020-09-28', 'the latest permitted day of the window')
  ) v(s, want, d);

-- §4: the time-limit rows
SELECT is((SELECT count(*) FROM jdz.time_limit_rule WHERE builtin AND rule_id IN ('LP-07', 'LP-17b', 'CN-01', 'OP-04', 'OP-06', 'CL-11', 'CL-15', 'CL-19', 'CL-04', 'CH-RE-02')), 14::bigint, 'spec 30 §4: 14 time-limit rows');
SELECT is(jdz.due(r, v, s), want, r || '/' || v || ' ' || d) FROM (VALUES
	('LP-07', 'village', date '2024-09-24', date '2024-10-08', 'seven days moved past National Day (TV-LP07-02)'),
	('LP-07', 'village', date '2024-04-27', date '2024-05-06', 'seven days moved past Labour Day (TV-LP07-03)'),
	('LP-07', 'county', date '2024-06-03', date '2024-06-11', 'seven days ending on a Monday after the Dragon Boat weekend'),
	('LP-17b', 'state_council', date '2024-09-26', date '2024-10-15', 'ten working days across National Day (TV-LP17b-01)'),
	('CN-01', 'review', date '2020-09-07', date '2020-09-14', 'five working days (TV-CN01-01)'),
	('CN-01', 'review', date '2020-09-28', date '2020-10-12', 'five working days across National Day 2020 (TV-CN01-02)'),
	('CN-01', 'disbursement', date '2020-09-07', date '2020-09-09', 'two working days'),
	('OP-04', '', date '2020-09-07', date '2020-09-14', 'five working days'),
	('OP-06', '', date '2020-09-28', date '2020-09-30', 'two working days'),
	('CL-11', '', date '2020-09-07', date '2020-09-14', 'five working days (TV-CL11-01)'),
	('CL-15', 'top_up', date '2020-09-28', date '2020-10-09', 'five days moved past National Day (TV-CL15-11)'),
	('CL-19', '', date '2021-01-31', date '2021-03-01', 'one month from 31 January, moved off the weekend (TV-CL19-02)'),
	('CL-19', '', date '2020-09-07', date '2020-10-09', 'one month moved past National Day (TV-CL19-03)'),
	('CL-04', 'contract', date '2019-09-07', date '2020-09-07', 'one year, never moved'),
	('CL-04', 'payment', date '2020-02-29', date '2021-02-28', 'one year from 29 February')
  ) v(r, v, s, want, d);
SELECT throws_ok($$SELECT jdz.due('LP-17b', 'province', date '2024-09-26')$$, '22023', NULL, 'LP-17b provincial approvals have no time limit (TV-LP17b-06)');
SELECT is(jdz.is_workday(date '2020-09-27'), true, 'OP-08 a make-up Sunday has extended hours (TV-OP08-03)');
SELECT is_empty($$SELECT rule_id FROM jdz.rule WHERE rule_id IN ('LP-07','LP-17b','CN-01','OP-04','OP-06','CL-11','CL-19','CH-RE-02','OP-08','GEN-02','GEN-03','GEN-04')
	AND coalesce(cardinality(implemented_by), 0) = 0$$, 'spec 30 §6: the time-limit rules name their rows');

SELECT * FROM finish();
ROLLBACK;
