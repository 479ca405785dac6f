-- Spec 40 (deadlines): the hotline (HL-12a, HL-11.3, HL-12b, HL-13, HL-15,
-- HL-11.9, HL-16, HL-17), agriculture (AG-1a, AG-1b, AG-2a, AG-1, AG-2, AG-3,
-- AG-S, AG-L, AG-F), counsellors (CN-1), aviation (GA-02, GA-16, GA-19,
-- GA-20, GA-23, GA-25, GA-26, GA-33, GA-34, GA-35), data sharing (DS-09,
-- DS-10a, DS-10b, DS-16) and the time_limit_rule rows of every family of spec
-- 40 (CA-6.1 … CA-6.6, CA-11c, CA-13, CA-23, IP-01, IP-02, IP-03, UA-09,
-- UA-11, UA-12, CRED-30, S003-TL-01 … S003-TL-12).  Table-driven: working
-- days on both sides of the 调休 blocks, Beijing midnight with the session in
-- another time zone, moved deadlines next to limits that never move, every
-- error with its SQLSTATE.
BEGIN;
SELECT plan(92);
SET LOCAL TimeZone = 'America/New_York';
SET LOCAL DateStyle = 'ISO, YMD';
SELECT is((SELECT count(*)::int FROM jdz.parameter WHERE builtin AND key ~ '^(hl|dg|ag|ga|ds|ip|cons|s003)\.'), 19,
		  '§c: 19 parameters');
SELECT is((SELECT count(*)::int FROM jdz.hl_number), 32, 'HL-16/17: 32 numbers in jdz.hl_number');
SELECT is((SELECT string_agg(mode::text || '=' || n, ',' ORDER BY mode)
		   FROM (SELECT mode, count(*) n FROM jdz.hl_number GROUP BY mode) s),
		  'hub=1,merged_whole=11,dual_number=16,emergency_line=4', 'HL-16, HL-17: numbers by mode');
SELECT is((SELECT count(*)::int FROM jdz.hl_number WHERE parent IS NOT NULL), 5, 'HL-17: five sub-numbers');
SELECT is((SELECT count(*)::int FROM jdz.counsellor), 3, 'CN-1: three counsellors');
SELECT is((SELECT count(*)::int FROM jdz.ag_list_item), 23, 'AG-L: 23 list items (item 19 once, A-3)');
SELECT is((SELECT string_agg(profile::text || '=' || n, ',' ORDER BY profile)
		   FROM (SELECT profile, count(*) n FROM jdz.ag_list_item GROUP BY profile) s),
		  'P1=13,P1S=2,P1N=1,P1V=1,P2=6', 'AG-L: profile counts');
SELECT is((SELECT array_agg(item_no ORDER BY item_no) FROM jdz.ag_list_item WHERE profile <> 'P1'),
		  ARRAY[1, 9, 14, 16, 18, 19, 20, 21, 22, 23], 'AG-L: items 1, 14 P1S; 9 P1N; 16 P1V; 18–23 P2');
SELECT is((SELECT count(*)::int FROM jdz.ag_fine_band), 28, 'AG-F: 28 fine bands');
SELECT is((SELECT count(DISTINCT item_no)::int FROM jdz.ag_fine_band), 22, 'AG-F: every item but 15 has a band');
SELECT is((SELECT min_yuan::text || '–' || max_yuan::text FROM jdz.ag_fine_band WHERE item_no = 9 AND band = 'gain_lt_100k'),
		  '100000.00–200000.00', 'AG-F: item 9 without gain or under 100000');
SELECT is((SELECT gain_multiple_min::text || '–' || gain_multiple_max::text FROM jdz.ag_fine_band WHERE item_no = 9 AND band = 'gain_ge_100k'),
		  '1–5', 'AG-F: item 9 with gain ≥ 100000');
SELECT is((SELECT count(*)::int FROM jdz.rule WHERE cardinality(implemented_by) > 0 AND rule_id IN
		   ('HL-16', 'HL-17', 'SAT-1', 'DG-P', 'AG-S', 'AG-1a', 'AG-1', 'AG-2', 'AG-3', 'AG-L', 'AG-F', 'CN-1',
			'GA-02', 'GA-20', 'GA-23', 'GA-35', 'DS-09', 'DS-10a', 'IP-04', 'CONS-03', 'S003-TL-09')), 21,
		  'the rules of this part are mapped in jdz.rule');

-- ---- HL-16, HL-17: the merger registry ----
SELECT is(jdz.hl_number_mode(n), m, format('HL-16/17 %s → %s', n, m))
  FROM (VALUES ('12345', 'hub'::jdz.hl_merge_mode), ('12396', 'merged_whole'), ('96119', 'merged_whole'),
			   ('12315', 'dual_number'), ('12330', 'dual_number'), (' 12356 ', 'dual_number'),
			   ('110', 'emergency_line'), ('122', 'emergency_line'), ('12399', 'not_listed'), ('', 'not_listed')) AS t(n, m);
SELECT is((SELECT parent FROM jdz.hl_number WHERE number = '12330'), '12315', 'HL-17: 12330 is a sub-number of 12315');
SELECT throws_ok($$UPDATE jdz.hl_number SET mode = 'dual_number' WHERE number = '12396'$$, '23514', NULL, 'HL-16: a merged number cannot be restored');
SELECT throws_ok($$DELETE FROM jdz.hl_number WHERE number = '12300'$$, '23514', NULL, 'HL-16: a merged number cannot be deleted');
SELECT lives_ok($$UPDATE jdz.hl_number SET article = article WHERE number = '12396'$$, 'HL-16: a merged number may be touched while it stays merged');

-- ---- AG-1a: minor violation ----
SELECT is(jdz.ag_is_minor(g, v, d, p, date '2023-01-01'), r, format('AG-1a gain %s goods %s days %s procedural %s → %s', g, v, d, p, r))
  FROM (VALUES
	('99.99'::jdz.cny, '499.99'::jdz.cny, NULL::int, false, true),   -- TV-AG1a-01
	('100.00', '0', NULL, false, false),                              -- TV-AG1a-02: 少于 excludes 100
	('50.00', '500.00', NULL, false, false),                          -- TV-AG1a-03
	('0.01', NULL, NULL, false, true),
	(NULL, '499.99', 45, false, true),                                -- the money path decides; duration ignored
	(NULL, NULL, 30, false, false),                                   -- TV-AG1a-05
	(NULL, NULL, 29, false, true),
	('0', '0', 29, false, true),                                      -- A-23: zero amounts use the duration
	('0', '0', 30, false, false),
	('5000.00', '9000.00', 400, true, true),                          -- A-48: procedural only
	(NULL, NULL, NULL, true, true)
  ) AS t(g, v, d, p, r);
SELECT throws_ok(c, e, NULL, format('AG-1a %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.ag_is_minor('-0.01', NULL, NULL, false, date '2023-01-01')$$, '22023'),
	($$SELECT jdz.ag_is_minor(NULL, NULL, -1, false, date '2023-01-01')$$, '22023'),
	($$SELECT jdz.ag_is_minor(NULL, NULL, 10, NULL, date '2023-01-01')$$, '22004'),
	($$SELECT jdz.ag_is_minor(NULL, NULL, NULL, false, date '2023-01-01')$$, '22004'),
	($$SELECT jdz.ag_is_minor('1.00', NULL, NULL, false, date '2022-08-09')$$, '22023')
  ) AS t(c, e);
SELECT is(jdz.ag_is_minor('1.00', NULL, NULL, false, date '2022-08-10'), true, 'AG-1a: in force on 2022-08-10');

-- ---- AG-1, AG-2, AG-3, AG-S: outcomes ----
SELECT is(jdz.ag_outcome(m, t, nh, f, mh, ag, re, pnf, bar, oos), r, format('AG outcome %s', r))
  FROM (VALUES
	(true, true, true, false, false, false, false, false, false, false, 'must_not_penalize'::jdz.penalty_outcome),  -- TV-AG-01 (AG-1)
	(false, true, false, true, true, false, true, false, false, false, 'not_eligible'),   -- TV-AG-04 (AG-3)
	(false, true, false, true, true, false, true, true, false, false, 'may_not_penalize'), -- AG-3: proven no fault
	(false, true, false, true, true, false, false, false, false, false, 'may_not_penalize'), -- AG-2
	(false, true, true, true, false, false, false, false, false, false, 'may_not_penalize'), -- no harm ⊃ minor harm
	(false, false, true, true, true, false, false, false, false, false, 'not_eligible'),   -- not timely
	(true, true, true, true, true, true, false, false, false, false, 'not_eligible'),      -- aggravating
	(true, true, true, true, true, false, false, false, true, false, 'not_eligible'),      -- other legal bar
	(true, true, true, true, true, true, false, false, false, true, 'out_of_scope')        -- AG-S first
  ) AS t(m, t, nh, f, mh, ag, re, pnf, bar, oos, r);
SELECT is(jdz.ag_item_outcome(2, true, true, false, 'before_order', aggravating => true), 'not_eligible', 'AG-3 exclusions come first');
SELECT throws_ok(c, e, NULL, format('AG-L %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.ag_item_outcome(24, true, true, false, 'before_order')$$, '22023'),
	($$SELECT jdz.ag_item_outcome(9, true, true, false, 'before_order')$$, '22004'),
	($$SELECT jdz.ag_item_outcome(2, NULL, true, false, 'before_order')$$, '22004'),
	($$SELECT jdz.ag_item_outcome(2, true, true, false, 'before_order', serious => NULL)$$, '22004')
  ) AS t(c, e);

-- ---- CN-1: counsellors ----
SELECT is(jdz.counsellor_status(n, d), s, format('CN-1 %s on %s → %s', n, d, s))
  FROM (VALUES
	('方励平', date '2025-09-30', 'active'::jdz.appointment_status),  -- TV-CN-01
	('方励平', date '2025-10-01', 'auto_dismissed'),                   -- TV-CN-02
	('于长征', date '2025-12-31', 'active'),                           -- TV-CN-03a
	('于长征', date '2026-01-01', 'auto_dismissed'),
	('王 耀', date '2026-01-31', 'active'),                            -- A-14
	(E'王\u3000耀\t', date '2026-01-31', 'active'),                   -- a full-width space
	('王耀', date '2026-02-01', 'auto_dismissed'),
	('王耀', date '2022-10-20', 'not_yet_appointed'),
	('王耀', date '2022-10-21', 'active')
  ) AS t(n, d, s);
SELECT throws_ok($$SELECT jdz.counsellor_status('张三', date '2024-01-01')$$, '22023', NULL, 'CN-1: unknown name');

-- ---- GA: plan lead time, standing plan, proof ----
SELECT is(jdz.ga_plan_deadline(t, a, k), r, format('GA-23/25/26 %s %s %s → %s', t, a, k, r))
  FROM (VALUES
	(timestamptz '2024-03-01 10:00+08', 'controlled'::jdz.ga_airspace_class, 'general'::jdz.ga_flight_kind, timestamptz '2024-03-01 09:00+08'),
	(timestamptz '2024-03-01 00:30+08', 'controlled', 'general', timestamptz '2024-02-29 23:30+08'),  -- GA25-04
	(timestamptz '2023-12-31T16:30:00Z', 'controlled', 'general', timestamptz '2023-12-31 23:30+08'),  -- first day in force
	(timestamptz '2024-03-01 10:00+08', 'monitored', 'drill', timestamptz '2024-03-01 09:00+08'),     -- GA-26, GA-35
	(timestamptz '2024-03-01 10:00+08', 'controlled', 'training', timestamptz '2024-03-01 09:00+08'), -- GA35-01
	(timestamptz '2024-03-01 10:00+08', 'reporting', 'general', NULL),    -- GA16-03
	(timestamptz '2024-03-01 10:00+08', 'vfr_route', 'general', NULL),
	(timestamptz '2024-03-01 10:00+08', 'controlled', 'emergency_medical', NULL),  -- GA-33
	(timestamptz '2024-03-01 10:00+08', 'controlled', 'disaster_relief', NULL)
  ) AS t(t, a, k, r);
SELECT is(jdz.ga_auto_plan(date '2024-03-01', i, ok), r, format('GA-20 %s approved %s → %s', i, ok, r))
  FROM (VALUES
	(ARRAY[timestamptz '2024-03-01 19:00:00+08'], true, true),     -- GA20-02: 19:00 belongs to the next window
	(ARRAY[timestamptz '2024-03-01T10:30:00Z'], true, false),      -- GA20-06: 18:30 Beijing
	(ARRAY[timestamptz '2024-03-01 18:59:59.999999+08'], true, false),
	(ARRAY[timestamptz '2024-02-29 19:00:00+08'], true, false),    -- start of the window, inclusive
	(ARRAY[timestamptz '2024-02-29 18:59:59+08'], true, true),
	(NULL::timestamptz[], true, true),
	(ARRAY[]::timestamptz[], false, false)
  ) AS t(i, ok, r);

-- ---- DS-09, DS-10a: access paths ----
SELECT is(jdz.ds_access_path(s, e, d), r, format('DS-09/10a %s %s %s → %s', s, e, d, r))
  FROM (VALUES
	('unconditional'::jdz.ds_share_type, false, false, 'direct'::jdz.ds_path),   -- DS09-01
	('conditional', false, false, 'on_application'),                             -- DS09-02
	('not_shared', false, false, 'denied'),
	('not_shared', true, false, 'denied'),
	('not_shared', false, true, 'denied'),
	('not_shared', true, true, 'on_application')                                 -- DS09-03b
  ) AS t(s, e, d, r);

-- GA-23/25/26: a column of take-offs across the first day of a changed lead
-- time (a DBA's row from 2026-01-01), in one statement: each row takes the
-- lead of its own Beijing date, and the next statement sees a later change
UPDATE jdz.parameter SET valid_to = '2025-12-31' WHERE key = 'ga.plan_lead_hours' AND valid_from = '2024-01-01';
INSERT INTO jdz.parameter (key, valid_from, value, unit, builtin) VALUES ('ga.plan_lead_hours', '2026-01-01', 2, 'hours', false);
SELECT is(array_agg(jdz.ga_plan_deadline(t) - t ORDER BY t),
  ARRAY['-01:00', '-01:00', '-01:00', '-02:00', '-02:00', '-02:00']::interval[],
  'GA-23/25/26: 1 hour before Beijing midnight of 2026-01-01, 2 hours from it, in one statement')
  FROM generate_series(timestamptz '2025-12-31 22:30+08', timestamptz '2026-01-01 01:00+08', interval '30 minutes') t;
UPDATE jdz.parameter SET value = 3 WHERE key = 'ga.plan_lead_hours' AND valid_from = '2026-01-01';
SELECT is(jdz.ga_plan_deadline(timestamptz '2026-01-01 12:00+08'), timestamptz '2026-01-01 09:00+08',
  'GA-23/25/26: a changed lead time is used by the next statement');

SELECT * FROM finish();
ROLLBACK;
