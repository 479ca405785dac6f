-- 40_deadlines: the public examples of spec 40 §(i) for the hotline (HL-12a,
-- HL-11.3, HL-12b, HL-13, HL-15, HL-11.9, HL-16, HL-17), SAT-1, DG-P, the
-- civil-affairs periods (CA-6.1 … CA-6.6, CA-11c, CA-13, CA-23), agriculture
-- (AG-1a, AG-1b, AG-2a, AG-1, AG-2, AG-3, AG-L), counsellors (CN-1), general
-- aviation (GA-02, GA-16, GA-20, GA-25, GA-34, GA-35, GA-19), data sharing
-- (DS-09, DS-10a, DS-10b, DS-16), the IP pilot (IP-01, IP-02, IP-03), the
-- archives (UA-09, UA-12), CRED-30 and the delegated-list limits (S003-TL-*).
-- Each query follows a comment with the expected value from the spec.
SET TimeZone = 'Asia/Shanghai';
SET DateStyle = 'ISO, YMD';
\set VERBOSITY sqlstate

-- HL-12a: signing within 1 working day of dispatch (timestamptz, end of the Beijing day)
-- → 2022-11-08 23:59:59.999999+08   (TV-HL12a-01)
SELECT jdz.due('HL-12a', '', timestamptz '2022-11-07 10:00+08');
-- → 2024-04-28 23:59:59.999999+08   (TV-HL12a-02)
SELECT jdz.due('HL-12a', '', timestamptz '2024-04-26 15:00+08');
-- → false   (TV-HL12a-06)
SELECT jdz.is_late(timestamptz '2022-11-07 10:00+08', '1 working day', timestamptz '2022-11-08 23:59+08');
-- → 2024-02-18 23:59:59.999999+08   (X-HL12a-02)
SELECT jdz.due('HL-12a', '', timestamptz '2024-02-08T16:30:00Z');

-- HL-11.3: return of a mis-assigned order
-- → 2023-01-03   (TV-HL113-01)
SELECT jdz.due('HL-11.3', '', date '2022-12-30');
-- → false   (TV-HL113-02)
SELECT jdz.is_late(timestamptz '2022-11-07 11:00+08', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'HL-11.3'), timestamptz '2022-11-08 17:00+08');

-- HL-12b: handling limits by category, the 15-working-day complex case, overrides, overdue
-- → 2022-11-09   (TV-HL12b-01)
SELECT jdz.hl_due('consultation', timestamptz '2022-11-07 09:00+08');
-- → 2022-10-09   (TV-HL12b-02)
SELECT jdz.hl_due('consultation', timestamptz '2022-09-30 10:00+08');
-- → 2023-02-07   (TV-HL12b-05)
SELECT jdz.hl_due('complaint', timestamptz '2023-01-19 10:00+08');
-- → 2024-03-06   (TV-HL12b-07)
SELECT jdz.hl_due('complaint', timestamptz '2024-02-08 10:00+08', caller_count => 3, is_complex => true);
-- → 2022-11-09   (TV-HL12b-14)
SELECT jdz.hl_due('consultation', timestamptz '2022-11-06T17:30:00Z');
-- → ERROR 22023   (TV-HL12b-17)
SELECT jdz.hl_due('emergency', timestamptz '2022-11-07 10:00+08');
-- → false   (TV-HL12b-19)
SELECT jdz.hl_is_overdue('complaint', timestamptz '2022-11-07 10:00+08', timestamptz '2022-11-21 23:59:59+08');
-- → true   (X-HL12b-01)
SELECT jdz.hl_is_overdue('complaint', timestamptz '2022-11-07 10:00+08', timestamptz '2022-11-21T16:30:00Z');
-- → 15 working days   (X-HL12b-10)
SELECT jdz.hl_limit('consultation', 3, true);

-- HL-13: emergency transfer within 2 clock hours
-- → 2023-10-02 00:30:00+08   (TV-HL13-01)
SELECT jdz.due('HL-13', '', timestamptz '2023-10-01 22:30+08');
-- → true   (TV-HL13-03)
SELECT jdz.is_late(timestamptz '2023-10-01 22:30+08', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'HL-13'), timestamptz '2023-10-02 00:30:01+08');

-- HL-15: extension requests
-- → 2022-12-05   (TV-HL15-01)
SELECT (jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '10 working days', ground => 'complex_situation')).new_due;
-- → exceeds_original_limit   (TV-HL15-02)
SELECT (jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '11 working days', ground => 'complex_situation')).reason;
-- → after_expiry   (TV-HL15-04)
SELECT (jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-22 09:00+08', '5 working days', ground => 'complex_situation')).reason;
-- → ERROR 22023   (TV-HL15-10)
SELECT (jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '0 working days', ground => 'complex_situation')).ok;
-- → after_expiry   (X-HL15-01)
SELECT (jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-21T16:30:00Z', '5 working days', ground => 'complex_situation')).reason;

-- HL-11.9: recording retention ≥ 3 years (no move)
-- → 2025-11-01   (TV-HL119-01a)
SELECT jdz.due('HL-11.9', '', date '2022-11-01');
-- → 2027-02-28   (TV-HL119-02)
SELECT jdz.due('HL-11.9', '', date '2024-02-29');

-- HL-16/17: merger registry
-- → merged_whole   (TV-HL16-01)
SELECT jdz.hl_number_mode('12396');
-- → merged_whole   (TV-HL16-02)
SELECT jdz.hl_number_mode('96119');
-- → emergency_line   (TV-HL16-07)
SELECT jdz.hl_number_mode('110');

-- SAT-1 and DG-P parameters
-- → true   (TV-SAT1-01)
SELECT 90.00 >= jdz.param('hl.satisfaction_target_pct', date '2023-01-01');
-- → false   (TV-DG-18d)
SELECT 3 BETWEEN jdz.param('dg.policy_commissioners_min', date '2023-01-01') AND jdz.param('dg.policy_commissioners_max', date '2023-01-01');

-- CA-6: allocation procedure deadlines (working days across 调休)
-- → 2022-10-08   (TV-CA61-01)
SELECT jdz.due('CA-6.1', '', date '2022-09-28');
-- → 2023-05-05   (TV-CA61-02)
SELECT jdz.due('CA-6.1', '', date '2023-04-27');
-- → 2024-02-21   (TV-CA62-03)
SELECT jdz.due('CA-6.2', '', date '2024-02-08');
-- → 2023-10-17   (TV-CA64-02)
SELECT jdz.due('CA-6.4', '', date '2023-09-27');
-- → 2023-03-07   (TV-CA65-01)
SELECT jdz.due('CA-6.5', '', date '2023-01-19');
-- → 2024-09-19   (TV-CA66-01)
SELECT jdz.due('CA-6.6', '', date '2024-09-13');
-- → 2023-03-03   (TV-CA65-04)
SELECT jdz.due('CA-6.4', '', jdz.due('CA-6.3', '', jdz.due('CA-6.2', '', jdz.due('CA-6.1', '', date '2023-01-19'))));

-- CA-11c, CA-13, CA-23: month and year periods
-- → 2023-02-28   (TV-CA11c-01)
SELECT jdz.due('CA-11c', 'settlement', date '2023-01-31');
-- → 2023-03-14   (TV-CA11c-02)
SELECT jdz.due(jdz.period_end(date '2023-01-31', '1 month'), '14 days');
-- → 2023-04-17   (TV-CA11c-08)
SELECT jdz.due('CA-11c', 'settlement', date '2023-03-15');
-- → false   (TV-CA13-01)
SELECT date '2024-05-10' > jdz.due('CA-13', 'no_start', date '2023-05-10');
-- → 2025-08-08   (TV-CA23-01)
SELECT jdz.due('CA-23', '', date '2022-08-08');

-- Agriculture: minor violation, timely correction, first violation, outcomes, list items, fine bands
-- → true   (TV-AG1a-01)
SELECT jdz.ag_is_minor('99.99', '499.99', NULL, false, date '2023-01-01');
-- → false   (TV-AG1a-02)
SELECT jdz.ag_is_minor('100.00', '0', NULL, false, date '2023-01-01');
-- → false   (TV-AG1a-03)
SELECT jdz.ag_is_minor('50.00', '500.00', NULL, false, date '2023-01-01');
-- → false   (TV-AG1a-05)
SELECT jdz.ag_is_minor(NULL, NULL, 30, false, date '2023-01-01');
-- → 2023-10-17   (TV-AG1b-01)
SELECT jdz.due('AG-1b', '', date '2023-09-27');
-- → within_order_period   (TV-AG1b-04)
SELECT jdz.ag_correction(date '2023-10-17', true, NULL, date '2023-09-27');
-- → NULL   (TV-AG1b-05)
SELECT jdz.ag_correction(date '2023-10-18', true, NULL, date '2023-09-27');
-- → false   (TV-AG2a-01)
SELECT jdz.ag_is_first(date '2024-05-10', ARRAY[date '2022-05-10']::date[]);
-- → true   (TV-AG2a-05)
SELECT jdz.ag_is_first(date '2022-03-01', ARRAY[date '2020-02-29']::date[]);
-- → ERROR 22023   (TV-AG2a-06)
SELECT jdz.ag_is_first(date '2024-05-10', ARRAY[date '2024-06-01']::date[]);
-- → true   (X-AG2a-01)
SELECT jdz.ag_is_first(date '2024-02-29', ARRAY[date '2022-02-28']::date[]);
-- → must_not_penalize   (TV-AG-01)
SELECT jdz.ag_outcome(true, true, true, false, false);
-- → not_eligible   (TV-AG-04)
SELECT jdz.ag_outcome(false, true, false, true, true, reoffended_after_no_penalty => true);
-- → not_eligible   (TV-AGL-01)
SELECT jdz.ag_item_outcome(9, true, false, true, 'before_filing', natural_person => false);
-- → may_not_penalize   (TV-AGL-02)
SELECT jdz.ag_item_outcome(9, true, false, true, 'within_order_period', natural_person => true);
-- → must_not_penalize   (TV-AGL-05)
SELECT jdz.ag_item_outcome(18, true, true, false, 'before_order');

-- Counsellors
-- → active   (TV-CN-01)
SELECT jdz.counsellor_status('方励平', date '2025-09-30');
-- → auto_dismissed   (TV-CN-02)
SELECT jdz.counsellor_status('方励平', date '2025-10-01');
-- → active   (TV-CN-03a)
SELECT jdz.counsellor_status('于长征', date '2025-12-31');

-- General aviation: lead times, standing plan at 19:00, emergency proof, yearly demand cycle, temporary airspace
-- → ERROR 22023   (GA02-01)
SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08', 'controlled', 'calibration');
-- → ERROR 22023   (GA02-02)
SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08', 'controlled', 'official');
-- → NULL   (GA16-03)
SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08', 'reporting', 'general');
-- → true   (GA25-01)
SELECT timestamptz '2024-03-01 09:00:00+08' <= jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08');
-- → 2024-02-29 23:30:00+08   (GA25-04)
SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 00:30+08');
-- → ERROR 22023   (X-GA25-02)
SELECT jdz.ga_plan_deadline(timestamptz '2023-12-31 23:30+08');
-- → 2024-03-01 09:00:00+08   (GA35-01)
SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08', 'controlled', 'training');
-- → true   (GA20-02)
SELECT jdz.ga_auto_plan(date '2024-03-01', ARRAY[timestamptz '2024-03-01 19:00:00+08'], true);
-- → false   (GA20-06)
SELECT jdz.ga_auto_plan(date '2024-03-01', ARRAY[timestamptz '2024-03-01T10:30:00Z'], true);
-- → NULL   (GA34-01)
SELECT jdz.ga_proof_due('disaster_relief', timestamptz '2024-03-01 14:30+08', true);
-- → true   (GA34-03)
SELECT timestamptz '2024-03-02 14:30:00+08' <= jdz.ga_proof_due('emergency_rescue', timestamptz '2024-03-01 14:30+08');
-- → false   (GA34-04)
SELECT timestamptz '2024-03-02 14:31+08' <= jdz.ga_proof_due('emergency_rescue', timestamptz '2024-03-01 14:30+08');
-- → true   (GA19-01)
SELECT upper(daterange(date '2024-01-01', date '2025-01-01')) <= jdz.due('GA-19', '', lower(daterange(date '2024-01-01', date '2025-01-01')));

-- Data sharing: access paths, reply and provision deadlines, log retention
-- → direct   (DS09-01)
SELECT jdz.ds_access_path('unconditional');
-- → on_application   (DS09-02)
SELECT jdz.ds_access_path('conditional');
-- → on_application   (DS09-03b)
SELECT jdz.ds_access_path('not_shared', true, true);
-- → 2024-03-04   (DS10-01)
SELECT jdz.due('DS-10', 'reply', date '2024-03-01');
-- → 2024-04-07   (DS10-03)
SELECT jdz.due('DS-10', 'reply', date '2024-04-03');
-- → 2024-10-10   (DS10-05)
SELECT jdz.due('DS-10', 'provide', date '2024-09-27');
-- → false   (DS16-01)
SELECT timestamptz '2024-07-31 10:00+08' > jdz.due('DS-16', 'log_retention', timestamptz '2024-01-31 10:00+08');

-- IP-dispute pilot: 45 days, 24 h, 72 h, compression target, phases
-- → 2024-04-15   (IP01-01)
SELECT jdz.due('IP-01', '', date '2024-03-01');
-- → 2024-02-16   (IP01-02a)
SELECT jdz.period_end(date '2024-01-02', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'IP-01'));
-- → 2024-02-18   (IP01-02b)
SELECT jdz.due('IP-01', '', date '2024-01-02');
-- → 2024-03-02 10:00:00+08   (IP02-01)
SELECT jdz.due('IP-02', '', timestamptz '2024-03-01 10:00+08');
-- → 2024-03-04 10:00:00+08   (IP03-01)
SELECT jdz.due('IP-03', '', timestamptz '2024-03-01 10:00+08');

-- Urban-construction archives
-- → 2024-04-30   (UA09-01)
SELECT jdz.due('UA-09', 'late_filed', date '2024-01-31');
-- → 2024-06-17   (UA09-02)
SELECT jdz.due('UA-09', 'late_filed', date '2024-03-15');
-- → 2024-02-29   (UA09-03)
SELECT jdz.due('UA-09', 'late_filed', date '2023-11-30');
-- → 2029-06-30   (UA12-01b)
SELECT jdz.due('UA-12', 'latest', date '2024-06-30');
-- → 2025-02-28   (UA12-02a)
SELECT jdz.due('UA-12', 'earliest', date '2024-02-29');

-- CRED-30: publication within 7 working days (2020–2021 calendars)
-- → 2020-07-31   (CRED-30-T1)
SELECT jdz.due('CRED-30', '', date '2020-07-22');
-- → 2020-10-12   (CRED-30-T2)
SELECT jdz.due('CRED-30', '', date '2020-09-25');
-- → 2020-07-02   (CRED-30-T3)
SELECT jdz.due('CRED-30', '', date '2020-06-22');
-- → 2020-02-06   (CRED-30-T7)
SELECT jdz.due('CRED-30', '', date '2020-01-20');

-- Procedural time limits inside the delegated lists
-- → 2023-03-13   (S003-TL-01-1)
SELECT jdz.due('S003-TL-01', '', date '2023-03-06');
-- → 2023-10-11   (S003-TL-01-3)
SELECT jdz.due('S003-TL-01', '', date '2023-09-28');
-- → 2023-05-05   (S003-TL-03-2)
SELECT jdz.due('S003-TL-03', '', date '2023-04-28');
-- → 2024-01-03   (S003-TL-03-4)
SELECT jdz.due('S003-TL-03', '', date '2023-12-29');
-- → 2023-03-11   (S003-TL-12-3)
SELECT jdz.due('S003-TL-12', '', date '2023-03-11');
-- → false   (S003-TL-02-3)
SELECT date '2023-03-14' <= jdz.due('S003-TL-02', '', date '2023-03-06');
-- → 2023-03-31   (S003-TL-04-1)
SELECT jdz.due('S003-TL-04', '', date '2023-03-01');
-- → false   (S003-TL-04-4)
SELECT jdz.due('S003-TL-04', '', date '2023-03-02') <= date '2023-03-31';
-- → 2024-03-15   (S003-TL-06-1)
SELECT jdz.period_end(date '2023-03-15', '12 months');
-- → 2026-02-28   (S003-TL-06-4)
SELECT jdz.period_end(date '2024-02-29', '24 months');
-- → 2024-06-11   (S003-TL-07-1)
SELECT jdz.due('S003-TL-07', '', date '2023-06-10') + 1;
-- → 2025-03-01   (S003-TL-07-2)
SELECT jdz.due('S003-TL-07', '', date '2024-02-29') + 1;
-- → 3   (S003-TL-09-2)
SELECT ceil(11 * jdz.param('s003.tl09.sample_pct_min', date '2023-01-01') / 100.0)::int;
