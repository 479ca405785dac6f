-- 30_subsidy_calendar: the public examples of spec 30 §8 that need the
-- calendar and the time-limit rows of parts 04/05 (LP-07, LP-17b, CN-01,
-- CL-11, OP-07, OP-06, OP-08, CL-04, CL-05, CL-06, CL-08, CL-20, CL-15,
-- CL-19), each named by its vector.  Skipped while jdz.time_limit does not
-- exist (expected/30_subsidy_calendar_1.out).  TV-LP17b-06 (an unknown
-- variant, 22023) is checked by SQLSTATE in test/30-subsidy-calendar.sql.
\set SHOW_CONTEXT never
SET search_path = public, jdz;
SET DateStyle = 'ISO, YMD';
SELECT jdz.due('LP-07', 'village', date '2024-09-24');  -- → 2024-10-08   (TV-LP07-02)
SELECT jdz.due('LP-07', 'village', date '2024-04-27');  -- → 2024-05-06   (TV-LP07-03)
SELECT jdz.due('LP-17b', 'state_council', date '2024-09-26');  -- → 2024-10-15   (TV-LP17b-01)
SELECT jdz.due('CN-01', 'review', date '2020-09-07');  -- → 2020-09-14   (TV-CN01-01)
SELECT jdz.due('CN-01', 'review', date '2020-09-28');  -- → 2020-10-12   (TV-CN01-02)
SELECT jdz.due('CL-11', '', date '2020-09-07');  -- → 2020-09-14   (TV-CL11-01)
SELECT jdz.hpf_disbursement_allowed(date '2020-08-24');  -- → true   (TV-OP07-01)
SELECT jdz.hpf_disbursement_allowed(date '2020-08-26');  -- → false   (TV-OP07-03)
SELECT jdz.hpf_disbursement_allowed(date '2020-09-27');  -- → true   (TV-OP07-07)
SELECT jdz.hpf_disbursement_allowed(date '2020-09-29');  -- → false   (TV-OP07-08)
SELECT jdz.hpf_disbursement_allowed(date '2020-11-27');  -- → false   (TV-OP07-14)
SELECT jdz.hpf_disbursement_allowed(date '2021-02-25');  -- → false   (TV-OP07-16a)
SELECT jdz.hpf_disbursement_due(date '2020-09-28');  -- → 2020-10-09   (TV-OP0607-02)
SELECT jdz.hpf_disbursement_due(date '2020-12-29');  -- → 2021-01-04   (TV-OP0607-04)
SELECT jdz.is_workday(date '2020-09-27');  -- → true   (TV-OP08-03)
SELECT (jdz.cl_eligibility(6, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', on_date => date '2020-09-07')).eligible;  -- → true   (TV-CL04-01)
SELECT (jdz.cl_eligibility(24, date '2019-09-07', date '2019-09-10', 0, 0, 240, date '2045-09-07', on_date => date '2020-09-08')).reasons;  -- → {CL-04:contract_window}   (TV-CL04-05)
SELECT (jdz.cl_eligibility(24, date '2020-10-05', date '2020-10-05', 0, 0, 240, date '2045-09-07', on_date => date '2020-10-01')).eligible;  -- → ERROR 22023   (TV-CL04-08)
SELECT (jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 1, 144.00, 240, date '2045-09-07', on_date => date '2020-09-07')).eligible;  -- → true   (TV-CL05-02)
SELECT (jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 2, 60, 240, date '2045-09-07', on_date => date '2020-09-07')).reasons;  -- → {CL-05:third_home}   (TV-CL05-05)
SELECT (jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', -1, 0, 240, date '2045-09-07', on_date => date '2020-09-07')).eligible;  -- → ERROR 22023   (TV-CL05-09)
SELECT (jdz.cl_eligibility(36, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', impediments => '{contributions_stopped}', on_date => date '2020-09-07')).reasons;  -- → {CL-04:contributions_stopped}   (TV-CL06-04)
SELECT (jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 0, 0, 11, date '2045-09-07', on_date => date '2020-09-07')).reasons;  -- → {CL-08:term_too_short}   (TV-CL08-12)
SELECT (jdz.cl_eligibility(24, date '2020-08-01', date '2020-08-01', 0, 0, 240, date '2045-09-07', property => 'second_hand', on_date => date '2020-09-07')).reasons;  -- → {CL-20:second_hand}   (TV-CL20-03)
SELECT jdz.due('CL-15', 'top_up', date '2020-09-28');  -- → 2020-10-09   (TV-CL15-11)
SELECT jdz.due('CL-19', '', date '2021-01-31');  -- → 2021-03-01   (TV-CL19-02)
SELECT jdz.due('CL-19', '', date '2020-09-07');  -- → 2020-10-09   (TV-CL19-03)
