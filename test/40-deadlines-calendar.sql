-- Spec 40 (deadlines), the part that needs the calendar of parts 04/05: the
-- 44 time_limit_rule rows of §d.1 (HL-12a, HL-11.3, HL-12b, HL-13, HL-11.9,
-- CA-6.1 … CA-6.6, CA-11c, CA-13, CA-23, AG-1b, AG-2a, GA-19, GA-34, DS-10b,
-- DS-16, IP-01, IP-02, IP-03, UA-09, UA-11, UA-12, CRED-30, S003-TL-01 …
-- S003-TL-12), the hotline limits (HL-12b, HL-15: jdz.hl_limit, jdz.hl_due,
-- jdz.hl_is_overdue, jdz.hl_extension), AG-1b/AG-2a (jdz.ag_correction,
-- jdz.ag_is_first) and GA-34 (jdz.ga_proof_due).  Working days on both sides
-- of the 调休 blocks, Beijing midnight with the session in New York, moved
-- deadlines next to limits that never move, every error with its SQLSTATE.
BEGIN;
SELECT plan(193);
SET LOCAL TimeZone = 'America/New_York';
SET LOCAL DateStyle = 'ISO, YMD';

-- ---- the reference data: counts the spec states (§d.1, §c, §f.2–f.4) ----
SELECT is((SELECT count(*)::int FROM jdz.time_limit_rule
		   WHERE builtin AND rule_id ~ '^(HL|CA|AG|GA|DS|IP|UA|CRED|S003)-'), 44,
		  '§d.1: 44 time_limit_rule rows for spec 40');
SELECT is((SELECT count(*)::int FROM jdz.time_limit_rule WHERE rule_id = 'HL-12b'), 7,
		  'HL-12b: six categories and complex_repeat');
SELECT is((SELECT string_agg(variant || '=' || lim::text, ',' ORDER BY variant) FROM jdz.time_limit_rule WHERE rule_id = 'HL-12b'),
		  'complaint=10 working days,complex_repeat=15 working days,consultation=2 working days,help=5 working days,opinion=5 working days,report=10 working days,suggestion=5 working days',
		  'HL-12b: the limits of 第十二条');
SELECT is((SELECT count(*)::int FROM jdz.time_limit_rule WHERE builtin AND rule_id ~ '^(HL|CA|AG|GA|DS|IP|UA|CRED|S003)-' AND NOT moves), 18,
		  '§0: 18 of the 44 rows never move (retention, caps, bans, cycles, notice periods, hours, 当场)');
SELECT is((SELECT array_agg(rule_id || '/' || variant ORDER BY rule_id, variant) FROM jdz.time_limit_rule
		   WHERE rule_id ~ '^(HL|CA|AG|GA|DS|IP|UA|CRED|S003)-' AND lim::text ~ 'hour'),
		  ARRAY['GA-34/', 'HL-13/', 'IP-02/', 'IP-03/'], 'HL-13, GA-34, IP-02, IP-03 are the hour limits');

-- ---- HL-12b: handling limits on both sides of the 调休 blocks ----
-- signed at 10:00 Beijing on day d: consultation (2), help (5), complaint (10)
SELECT is(jdz.hl_due(cat, (d + time '10:00') AT TIME ZONE 'Asia/Shanghai'), due,
		  format('HL-12b %s signed %s → %s', cat, d, due))
  FROM (VALUES
	('consultation'::jdz.hl_category, date '2022-09-29', date '2022-10-08'),  -- 2022 国庆: 10-08 makeup Saturday
	('help', date '2022-09-29', date '2022-10-11'),
	('complaint', date '2022-09-29', date '2022-10-18'),
	('consultation', date '2022-09-30', date '2022-10-09'),                    -- TV-HL12b-02, 10-09 makeup Sunday
	('consultation', date '2022-10-07', date '2022-10-09'),                    -- signed on a holiday
	('consultation', date '2022-10-09', date '2022-10-11'),                    -- signed on a makeup day
	('help', date '2022-10-09', date '2022-10-14'),
	('consultation', date '2023-01-20', date '2023-01-29'),                    -- 2023 春节: 01-28, 01-29 makeup
	('help', date '2023-01-20', date '2023-02-01'),
	('complaint', date '2023-01-20', date '2023-02-08'),
	('complaint', date '2023-01-19', date '2023-02-07'),                       -- TV-HL12b-05
	('consultation', date '2023-01-29', date '2023-01-31'),
	('report', date '2023-01-29', date '2023-02-10'),
	('consultation', date '2024-02-04', date '2024-02-06'),                    -- 2024 春节: 02-04, 02-18 makeup
	('suggestion', date '2024-02-04', date '2024-02-09'),
	('consultation', date '2024-02-09', date '2024-02-19'),
	('opinion', date '2024-02-09', date '2024-02-22'),
	('complaint', date '2024-02-09', date '2024-02-29'),
	('consultation', date '2024-02-18', date '2024-02-20'),
	('consultation', date '2024-04-26', date '2024-04-29'),                    -- 2024 劳动节: 04-28, 05-11 makeup
	('help', date '2024-04-26', date '2024-05-07'),
	('complaint', date '2024-04-26', date '2024-05-13'),
	('consultation', date '2024-05-11', date '2024-05-14'),
	('consultation', date '2023-09-28', date '2023-10-08'),                    -- 2023 中秋国庆: 10-07, 10-08 makeup
	('help', date '2023-09-28', date '2023-10-11'),
	('consultation', date '2023-10-08', date '2023-10-10'),
	('consultation', date '2022-11-07', date '2022-11-09')                     -- TV-HL12b-01
  ) AS t(cat, d, due);

-- HL-12b: the signing day never counts, the Beijing date decides (session in New York)
SELECT is(jdz.hl_due('consultation', timestamptz '2022-11-06T15:59:59Z'), date '2022-11-08',
		  'HL-12b: 2022-11-06 23:59:59 Beijing (a Sunday) → 2022-11-08');
SELECT is(jdz.hl_due('consultation', timestamptz '2022-11-06T16:00:00Z'), date '2022-11-09',
		  'HL-12b: 2022-11-07 00:00 Beijing → 2022-11-09 (TV-HL12b-14)');
SELECT is(jdz.hl_due('consultation', timestamptz '2022-11-06T17:30:00Z'), date '2022-11-09', 'TV-HL12b-14');
SELECT is(jdz.hl_due('consultation', timestamptz '2022-11-06 23:30-05'), date '2022-11-09',
		  'HL-12b: 23:30 in New York is the next Beijing day');

-- HL-12b: 3 or more calls AND complex → 15 working days, whatever the category
SELECT is(jdz.hl_limit(cat, n, cx)::text, lim, format('HL-12b hl_limit(%s, %s, %s) = %s', cat, n, cx, lim))
  FROM (VALUES
	('consultation'::jdz.hl_category, 1, false, '2 working days'),
	('help', 1, false, '5 working days'),
	('suggestion', 1, false, '5 working days'),
	('opinion', 1, false, '5 working days'),
	('complaint', 1, false, '10 working days'),
	('report', 1, false, '10 working days'),
	('consultation', 3, true, '15 working days'),   -- X-HL12b-10
	('complaint', 3, true, '15 working days'),
	('complaint', 2, true, '10 working days'),      -- 3次及以上: 2 is not enough
	('complaint', 3, false, '10 working days'),     -- 且: both conditions
	('report', 100, true, '15 working days')
  ) AS t(cat, n, cx, lim);
SELECT is(jdz.hl_limit('complaint', 3, true, '30 days')::text, '30 days', 'HL-12b: a special limit wins (从其规定)');
SELECT is(jdz.hl_due('complaint', timestamptz '2024-02-08 10:00+08', caller_count => 3, is_complex => true),
		  date '2024-03-06', 'TV-HL12b-07');
SELECT is(jdz.hl_due('complaint', timestamptz '2023-03-15 10:00+08', special_limit => '1 month'),
		  date '2023-04-17', 'HL-12b: a special calendar limit moves off a Saturday (2023-04-15 → 04-17)');
SELECT is(jdz.hl_due('complaint', timestamptz '2022-11-07 10:00+08', extension => '10 working days'),
		  date '2022-12-05', 'HL-15: an extension counts from the original due date 2022-11-21');

-- HL-12b: overdue, completion at the end of the Beijing day
SELECT is(jdz.hl_is_overdue('complaint', timestamptz '2022-11-07 10:00+08', done), late,
		  format('HL-12b overdue %s → %s', done, late))
  FROM (VALUES
	(timestamptz '2022-11-21 23:59:59+08', false),   -- TV-HL12b-19
	(timestamptz '2022-11-21T15:59:59.999999Z', false),
	(timestamptz '2022-11-21T16:00:00Z', true),
	(timestamptz '2022-11-21T16:30:00Z', true),       -- X-HL12b-01
	(timestamptz '2022-11-21 11:30-05', true),
	(timestamptz '2022-11-08 09:00+08', false)
  ) AS t(done, late);
SELECT is(jdz.hl_is_overdue('consultation', timestamptz '2023-01-03 10:00+08', NULL), true, 'HL-12b: an open order past its due day is overdue');
SELECT is(jdz.hl_is_overdue('complaint', timestamptz '2022-11-07 10:00+08', timestamptz '2022-12-05 23:00+08', extension => '10 working days'),
		  false, 'HL-15: on time within the extension');

-- HL-12b errors
SELECT throws_ok(c, e, NULL, format('HL-12b %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.hl_limit(NULL)$$, '22004'),
	($$SELECT jdz.hl_limit('complaint', NULL)$$, '22004'),
	($$SELECT jdz.hl_limit('complaint', 1, NULL)$$, '22004'),
	($$SELECT jdz.hl_limit('emergency')$$, '22023'),
	($$SELECT jdz.hl_limit('complaint', 0)$$, '22023'),
	($$SELECT jdz.hl_limit('complaint', -1)$$, '22023'),
	($$SELECT jdz.hl_limit('complaint', 1, false, '0 days')$$, '22023'),
	($$SELECT jdz.hl_limit('complaint', 1, false, '2 hours')$$, '22023'),
	($$SELECT jdz.hl_limit('nonsense')$$, '22P02'),
	($$SELECT jdz.hl_due('emergency', timestamptz '2022-11-07 10:00+08')$$, '22023'),
	($$SELECT jdz.hl_due('complaint', NULL)$$, '22004'),
	($$SELECT jdz.hl_due(NULL, timestamptz '2022-11-07 10:00+08')$$, '22004'),
	($$SELECT jdz.hl_due('complaint', timestamptz 'infinity')$$, '22023'),
	($$SELECT jdz.hl_due('complaint', timestamptz '2022-11-07 10:00+08', extension => '2 hours')$$, '22023'),
	($$SELECT jdz.hl_due('complaint', timestamptz '2026-12-25 10:00+08')$$, '22023'),
	($$SELECT jdz.hl_is_overdue('complaint', NULL, now())$$, '22004'),
	($$SELECT jdz.hl_is_overdue('emergency', now(), now())$$, '22023')
  ) AS t(c, e);

-- ---- HL-15: extension requests ----
SELECT is(jdz.hl_extension('10 working days', date '2022-11-21', req, ext, prior, ground, exc)::text, res,
		  format('HL-15 %s %s prior %s %s → %s', req, ext, prior, ground, res))
  FROM (VALUES
	(timestamptz '2022-11-18 10:00+08', '10 working days'::jdz.time_limit, 0, 'complex_situation'::jdz.hl_extension_ground, false, '(t,,2022-12-05)'),  -- TV-HL15-01
	(timestamptz '2022-11-18 10:00+08', '11 working days', 0, 'complex_situation', false, '(f,exceeds_original_limit,)'),  -- TV-HL15-02
	(timestamptz '2022-11-22 09:00+08', '5 working days', 0, 'complex_situation', false, '(f,after_expiry,)'),  -- TV-HL15-04
	(timestamptz '2022-11-21 23:59:59+08', '5 working days', 0, 'high_difficulty', false, '(t,,2022-11-28)'),  -- on the due day: 到期前
	(timestamptz '2022-11-21T15:59:59Z', '5 working days', 0, 'policy_reason', false, '(t,,2022-11-28)'),
	(timestamptz '2022-11-21T16:30:00Z', '5 working days', 0, 'complex_situation', false, '(f,after_expiry,)'),  -- X-HL15-01
	(timestamptz '2022-11-18 10:00+08', '5 working days', 0, NULL, false, '(f,no_ground,)'),
	(timestamptz '2022-11-22 09:00+08', '5 working days', 0, NULL, false, '(f,no_ground,)'),  -- no_ground is checked first
	(timestamptz '2022-11-18 10:00+08', '5 working days', 1, 'complex_situation', false, '(f,already_extended,)'),
	(timestamptz '2022-11-18 10:00+08', '5 working days', 1, 'complex_situation', true, '(t,,2022-11-28)'),
	(timestamptz '2022-11-18 10:00+08', '11 working days', 1, 'complex_situation', false, '(f,already_extended,)'),
	(timestamptz '2022-11-18 10:00+08', '1 working day', 0, 'complex_situation', false, '(t,,2022-11-22)')
  ) AS t(req, ext, prior, ground, exc, res);
SELECT throws_ok(c, e, NULL, format('HL-15 %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '0 working days', ground => 'complex_situation')$$, '22023'),  -- TV-HL15-10
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '10 days', ground => 'complex_situation')$$, '22023'),
	($$SELECT jdz.hl_extension('2 hours', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '1 hour', ground => 'complex_situation')$$, '22023'),
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '5 working days', -1, 'complex_situation')$$, '22023'),
	($$SELECT jdz.hl_extension(NULL, date '2022-11-21', timestamptz '2022-11-18 10:00+08', '5 working days')$$, '22004'),
	($$SELECT jdz.hl_extension('10 working days', NULL, timestamptz '2022-11-18 10:00+08', '5 working days')$$, '22004'),
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', NULL, '5 working days')$$, '22004'),
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', NULL)$$, '22004'),
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '5 working days', NULL)$$, '22004'),
	($$SELECT jdz.hl_extension('10 working days', date '2022-11-21', timestamptz '2022-11-18 10:00+08', '5 working days', 0, 'complex_situation', NULL)$$, '22004')
  ) AS t(c, e);

-- ---- HL-12a, HL-11.3, HL-13, HL-11.9 through the core (rows of §d.1) ----
SELECT is(jdz.due('HL-12a', '', timestamptz '2022-11-07 10:00+08'), timestamptz '2022-11-08 23:59:59.999999+08', 'TV-HL12a-01');
SELECT is(jdz.due('HL-12a', '', timestamptz '2024-02-08T16:30:00Z'), timestamptz '2024-02-18 23:59:59.999999+08', 'X-HL12a-02: 2024-02-09 00:30 Beijing → the 02-18 makeup Sunday');
SELECT is(jdz.due('HL-12a', '', timestamptz '2024-02-08T15:30:00Z'), timestamptz '2024-02-09 23:59:59.999999+08', 'HL-12a: 2024-02-08 23:30 Beijing → 02-09');
SELECT is(jdz.due('HL-11.3', '', date '2022-12-30'), date '2023-01-03', 'TV-HL113-01');
SELECT is(jdz.due('HL-13', '', timestamptz '2023-10-01 22:30+08'), timestamptz '2023-10-02 00:30:00+08', 'TV-HL13-01: hours are exact on a holiday');
SELECT is(jdz.is_late(timestamptz '2023-10-01 22:30+08', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'HL-13'), timestamptz '2023-10-02 00:30:00+08'), false, 'HL-13: at exactly 2 hours');
SELECT is(jdz.is_late(timestamptz '2023-10-01 22:30+08', (SELECT lim FROM jdz.time_limit_rule WHERE rule_id = 'HL-13'), timestamptz '2023-10-02 00:30:01+08'), true, 'TV-HL13-03');
SELECT throws_ok($$SELECT jdz.due('HL-13', '', date '2023-10-01')$$, '22023', NULL, 'HL-13: an hour limit with a date start');

-- moved deadlines next to limits that never move
SELECT is(jdz.due(r, v, d), due, format('%s/%s from %s → %s', r, v, d, due))
  FROM (VALUES
	('HL-11.9', '', date '2022-11-01', date '2025-11-01'),   -- TV-HL119-01a: a Saturday, not moved
	('HL-11.9', '', date '2024-02-29', date '2027-02-28'),   -- TV-HL119-02
	('DS-16', 'log_retention', date '2023-12-30', date '2024-06-30'),  -- a Sunday, not moved
	('UA-12', 'latest', date '2024-06-30', date '2029-06-30'),         -- UA12-01b, a Saturday
	('UA-12', 'earliest', date '2024-02-29', date '2025-02-28'),       -- UA12-02a
	('UA-09', 'late_filed', date '2024-03-15', date '2024-06-17'),     -- UA09-02: 06-15 Saturday moves
	('UA-11', '', date '2024-03-15', date '2024-06-17'),
	('CA-11c', 'settlement', date '2023-03-15', date '2023-04-17'),    -- TV-CA11c-08 (X-1)
	('CA-11c', 'extension_cap', date '2023-04-15', date '2023-04-29'), -- a cap: Saturday 04-29 stays
	('CA-13', 'no_start', date '2023-05-10', date '2024-05-10'),
	('CA-23', '', date '2022-08-08', date '2025-08-08'),               -- TV-CA23-01
	('IP-01', '', date '2024-01-02', date '2024-02-18'),               -- IP01-02b: 02-16 holiday → 02-18 makeup
	('IP-01', '', date '2024-03-01', date '2024-04-15'),               -- IP01-01
	('GA-19', '', date '2024-01-01', date '2025-01-01'),               -- GA19-01
	('S003-TL-04', '', date '2023-03-01', date '2023-03-31'),
	('S003-TL-06', 'max', date '2024-02-29', date '2026-02-28'),
	('S003-TL-07', '', date '2024-02-29', date '2025-02-28'),
	('S003-TL-12', '', date '2023-03-11', date '2023-03-11'),          -- 当场, a Saturday
	('AG-2a', '', date '2022-05-10', date '2024-05-10'),
	('AG-1b', '', date '2023-09-27', date '2023-10-17'),               -- TV-AG1b-01
	('DS-10', 'reply', date '2024-04-03', date '2024-04-07'),          -- DS10-03: 04-07 makeup Sunday
	('DS-10', 'provide', date '2024-09-27', date '2024-10-10'),        -- DS10-05
	('CA-6.1', '', date '2022-09-28', date '2022-10-08'),              -- TV-CA61-01
	('CA-6.5', '', date '2023-01-19', date '2023-03-07'),              -- TV-CA65-01
	('CRED-30', '', date '2020-01-20', date '2020-02-06'),             -- CRED-30-T7
	('S003-TL-01', '', date '2023-09-28', date '2023-10-11')           -- S003-TL-01-3
  ) AS t(r, v, d, due);
SELECT is(jdz.due(date '2022-11-01', '3 years'), date '2025-11-03', 'a 3-year limit to act would move to Monday; HL-11.9 does not');
SELECT is(jdz.due('IP-02', '', timestamptz '2024-03-01 10:00+08'), timestamptz '2024-03-02 10:00:00+08', 'IP02-01');
SELECT is(jdz.due('IP-03', '', timestamptz '2024-03-01 10:00+08'), timestamptz '2024-03-04 10:00:00+08', 'IP03-01');
SELECT is(jdz.due('GA-34', '', timestamptz '2024-02-09 14:30+08'), timestamptz '2024-02-10 14:30:00+08', 'GA-34: 24 hours, holidays irrelevant');

-- ---- AG-1b: timely correction ----
SELECT is(jdz.ag_correction(c, ok, f, s, od), r, format('AG-1b corrected %s filed %s served %s due %s → %s', c, f, s, od, r))
  FROM (VALUES
	(date '2023-10-17', true, NULL::date, date '2023-09-27', NULL::date, 'within_order_period'::jdz.ag_correction_path),  -- TV-AG1b-04
	(date '2023-10-18', true, NULL, date '2023-09-27', NULL, NULL),                     -- TV-AG1b-05
	(date '2023-09-01', true, NULL, NULL, NULL, 'before_filing'),
	(date '2023-09-09', true, date '2023-09-10', date '2023-09-27', NULL, 'before_filing'),
	(date '2023-09-10', true, date '2023-09-10', date '2023-09-27', NULL, 'before_order'),  -- A-25: filing day
	(date '2023-09-26', true, date '2023-09-10', date '2023-09-27', NULL, 'before_order'),
	(date '2023-09-27', true, date '2023-09-10', date '2023-09-27', NULL, 'within_order_period'),  -- service day
	(date '2023-09-20', true, date '2023-09-10', NULL, NULL, 'before_order'),
	(date '2023-10-05', true, date '2023-09-10', date '2023-09-27', date '2023-10-05', 'within_order_period'),
	(date '2023-10-06', true, date '2023-09-10', date '2023-09-27', date '2023-10-05', NULL),
	(date '2023-09-01', false, NULL, NULL, NULL, NULL),
	(NULL, NULL, NULL, NULL, NULL, NULL)
  ) AS t(c, ok, f, s, od, r);
SELECT throws_ok(c, e, NULL, format('AG-1b %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.ag_correction(date '2023-09-01', NULL, NULL, NULL)$$, '22004'),
	($$SELECT jdz.ag_correction(date '2023-09-01', true, NULL, NULL, date '2023-10-01')$$, '22023'),
	($$SELECT jdz.ag_correction(date '2023-09-01', true, date '2023-09-10', date '2023-09-09')$$, '22023')
  ) AS t(c, e);

-- ---- AG-2a: first violation ----
SELECT is(jdz.ag_is_first(v, p), r, format('AG-2a %s after %s → %s', v, p, r))
  FROM (VALUES
	(date '2024-05-10', ARRAY[date '2022-05-10'], false),   -- TV-AG2a-01: exactly two years
	(date '2024-05-11', ARRAY[date '2022-05-10'], true),
	(date '2022-03-01', ARRAY[date '2020-02-29'], true),    -- TV-AG2a-05
	(date '2022-02-28', ARRAY[date '2020-02-29'], false),
	(date '2024-02-29', ARRAY[date '2022-02-28'], true),    -- X-AG2a-01 (X-5)
	(date '2024-05-10', ARRAY[date '2024-05-10'], false),   -- another violation the same day
	(date '2024-05-10', ARRAY[date '2019-01-01', date '2023-01-01'], false),
	(date '2024-05-10', ARRAY[]::date[], true),
	(date '2024-05-10', NULL, true)
  ) AS t(v, p, r);
SELECT throws_ok(c, e, NULL, format('AG-2a %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.ag_is_first(date '2024-05-10', ARRAY[date '2024-06-01'])$$, '22023'),   -- TV-AG2a-06
	($$SELECT jdz.ag_is_first(date '2024-05-10', ARRAY[NULL::date])$$, '22004'),
	($$SELECT jdz.ag_is_first(NULL, ARRAY[date '2024-01-01'])$$, '22004')
  ) AS t(c, e);

-- ---- AG-L: list items ----
SELECT is(jdz.ag_item_outcome(i, f, nh, mh, c, np, s), r, format('AG-L item %s %s → %s', i, c, r))
  FROM (VALUES
	(9, true, false, true, 'before_filing'::jdz.ag_correction_path, false, false, 'not_eligible'::jdz.penalty_outcome),  -- TV-AGL-01
	(9, true, false, true, 'within_order_period', true, false, 'may_not_penalize'),   -- TV-AGL-02
	(18, true, true, false, 'before_order', NULL, false, 'must_not_penalize'),        -- TV-AGL-05
	(18, true, false, true, 'before_order', NULL, false, 'not_eligible'),             -- P2 needs no harm
	(23, false, true, false, 'before_order', NULL, false, 'not_eligible'),
	(2, true, false, true, 'within_order_period', NULL, false, 'may_not_penalize'),   -- P1
	(2, true, false, true, NULL, NULL, false, 'not_eligible'),                        -- not corrected
	(1, true, false, true, 'before_order', NULL, true, 'not_eligible'),               -- P1S serious
	(14, true, false, true, 'before_order', NULL, false, 'may_not_penalize'),
	(16, true, false, true, 'within_order_period', NULL, false, 'not_eligible'),      -- P1V
	(16, true, false, true, 'before_order', NULL, false, 'may_not_penalize')
  ) AS t(i, f, nh, mh, c, np, s, r);
SELECT throws_ok(c, e, NULL, format('GA %s raises %s', c, e))
  FROM (VALUES
	($$SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08', 'controlled', 'calibration')$$, '22023'),  -- GA02-01
	($$SELECT jdz.ga_plan_deadline(timestamptz '2024-03-01 10:00+08', 'controlled', 'official')$$, '22023'),     -- GA02-02
	($$SELECT jdz.ga_plan_deadline(timestamptz '2023-12-31 23:30+08')$$, '22023'),                               -- X-GA25-02
	($$SELECT jdz.ga_auto_plan(date '2023-12-31', NULL)$$, '22023'),
	($$SELECT jdz.ga_auto_plan(NULL, NULL)$$, '22004'),
	($$SELECT jdz.ga_auto_plan(date '2024-03-01', ARRAY[NULL::timestamptz])$$, '22004'),
	($$SELECT jdz.ga_auto_plan(date '2024-03-01', NULL, NULL)$$, '22004'),
	($$SELECT jdz.ga_proof_due('general', timestamptz '2024-03-01 14:30+08')$$, '22023'),
	($$SELECT jdz.ga_proof_due('training', timestamptz '2024-03-01 14:30+08')$$, '22023')
  ) AS t(c, e);
SELECT is(jdz.ga_proof_due(k, timestamptz '2024-03-01 14:30+08', m), r, format('GA-34 %s media %s → %s', k, m, r))
  FROM (VALUES
	('disaster_relief'::jdz.ga_flight_kind, true, NULL::timestamptz),   -- GA34-01
	('disaster_relief', false, timestamptz '2024-03-02 14:30+08'),
	('emergency_rescue', false, timestamptz '2024-03-02 14:30+08'),     -- GA34-03
	('emergency_medical', true, timestamptz '2024-03-02 14:30+08')      -- the exemption covers 抢险救灾 only
  ) AS t(k, m, r);
SELECT is(timestamptz '2024-07-31 10:00+08' > jdz.due('DS-16', 'log_retention', timestamptz '2024-01-31 10:00+08'), false, 'DS16-01 (X-3)');
SELECT is(timestamptz '2024-08-01 00:00+08' > jdz.due('DS-16', 'log_retention', timestamptz '2024-01-31 10:00+08'), true, 'DS-16: purge allowed from the next Beijing day');

-- HL-12b: the Beijing date in C agrees with AT TIME ZONE 'Asia/Shanghai' one second either side of every Beijing midnight of 2022
SELECT is((SELECT count(*)::int FROM (SELECT (d::timestamp + s * interval '1 second') AT TIME ZONE 'Asia/Shanghai' AS t
			 FROM generate_series(date '2022-01-01', date '2022-12-31', '1 day') d, unnest(ARRAY[-1, 0, 1]) s) x
		   WHERE jdz.hl_due('consultation', t) <> jdz.add_workdays((t AT TIME ZONE 'Asia/Shanghai')::date, 2)), 0,
		  'HL-12b: hl_due = add_workdays(Beijing date, 2) around every Beijing midnight of 2022 (session in New York)');
-- HL-12b: the limits are data; a DBA change is seen by the next statement
UPDATE jdz.time_limit_rule SET lim = '12 working days' WHERE rule_id = 'HL-12b' AND variant = 'complaint';
SELECT is(jdz.hl_due('complaint', timestamptz '2022-11-07 10:00+08'), date '2022-11-23', 'HL-12b: a changed complaint limit (12 working days) is used');
SELECT is(jdz.hl_limit('complaint')::text, '12 working days', 'HL-12b: hl_limit reads the changed row');
DELETE FROM jdz.time_limit_rule WHERE rule_id = 'HL-12b' AND variant = 'help';
SELECT throws_ok($$SELECT jdz.hl_due('help', timestamptz '2022-11-07 10:00+08')$$, '22023', NULL, 'HL-12b: a missing category row raises 22023');
SELECT * FROM finish();
ROLLBACK;
