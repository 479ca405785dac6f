-- pgTAP: maintenance fund money and parameters (spec 10 §3.2, §4, §5, §7):
-- MF-07/MF-19/MFI-01 first deposit, MF-08a/MF-08b/MFI-02 public sale,
-- MF-10 interest, MF-11/MF-12 delivery, MF-18 replenishment, MF-24a audit,
-- MF-36/MF-37/MF-38 fines, the mf.* parameters, the rule rows.
BEGIN;
SET LOCAL search_path = public, jdz;
SELECT plan(60);

-- §4: the builtin parameters (before the dated-parameter case below changes one)
SELECT is((SELECT count(*)::int FROM jdz.parameter WHERE key LIKE 'mf.%' AND builtin AND valid_from = '2023-12-21' AND valid_to IS NULL
             AND docno = '景府发〔2023〕11号'), 10, 'MF-07 … MF-38: the ten builtin mf.* parameters of §4');

-- MF-07 (第七条): 60 / 85 yuan per m², ≤ 7 / ≥ 8 storeys, half-up once
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     (100.00, 7, '6000.00'),      -- TV-MF07-01
     (100.00, 8, '8500.00'),      -- TV-MF07-02
     (100.00, 1, '6000.00'),
     (89.37, 33, '7596.45'),      -- TV-MF07-X7
     (89.37, 18, '7596.45'),      -- MFI-01 TV-MFI01-03
     (0.01, 7, '0.60'),
     (0.00025, 7, '0.02'),        -- 0.015 yuan: half-up
     (0.000249, 7, '0.01'),       -- 0.01494 yuan
     (0.00001, 8, '0.00'),
     (123.456789, 8, '10493.83'))
     AS v(a, f, want)
    WHERE jdz.mf_initial_deposit(a, f, '2024-06-01')::text <> want), 0,
  'MF-07 / MFI-01: area × rate by building class, rounded half-up once');
SELECT is(jdz.mf_initial_deposit(100.00, 7, '2023-12-21')::text, '6000.00', 'MF-07: the standard applies from 2023-12-21');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit(100.00, 7, '2023-12-20')$$, '22023', NULL, 'MF-07 TV-MF07-09: no standard before 2023-12-21');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit(0, 7, '2024-06-01')$$, '22023', NULL, 'MF-07 TV-MF07-06: area 0');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit(-0.01, 7, '2024-06-01')$$, '22023', NULL, 'MF-07: negative area');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit('NaN', 7, '2024-06-01')$$, '22023', NULL, 'MF-07: NaN area');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit(100, 0, '2024-06-01')$$, '22023', NULL, 'MF-07: 0 storeys');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit(1e30, 8, '2024-06-01')$$, '22003', NULL, 'MF-07: a deposit beyond jdz.cny');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit(100, 8, 'infinity')$$, '22023', NULL, 'MF-07: infinite on_date');
SELECT is(jdz.mf_initial_deposit(NULL, 8, '2024-06-01'), NULL, 'MF-07 TV-MF07-08: STRICT');
SELECT is(jdz.mf_initial_deposit(90.00, 6, '2024-03-01')::text, '5400.00', 'MF-19 TV-MF19-01: backfill at the standard of the backfill date');

-- MF-07 explain
SELECT is(jdz.mf_initial_deposit_explain(89.37, 33, '2024-06-01') ->> 'result', '7596.45', 'MF-07 TV-MF07-X7: explain result is the text of the deposit');
SELECT is(jdz.mf_initial_deposit_explain(89.37, 33, '2024-06-01') -> 'parameters',
  '[{"key": "mf.deposit_rate.high", "value": 85, "valid_from": "2023-12-21", "docno": "景府发〔2023〕11号"}]'::jsonb,
  'MF-07: explain names the parameter used');
SELECT is(jdz.mf_initial_deposit_explain(89.37, 33, '2024-06-01') - 'steps' - 'parameters' - 'result',
  '{"rule": "MF-07", "document": "景府发〔2023〕11号", "article": "第七条", "inputs": {"area_m2": 89.37, "max_floors_above_ground": 33, "on_date": "2024-06-01"}}'::jsonb,
  'MF-07: explain rule, document, article and inputs');
SELECT is(jsonb_typeof(jdz.mf_initial_deposit_explain(50, 7, '2024-06-01') -> 'steps'), 'array', 'MF-07: explain steps');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit_explain(0, 7, '2024-06-01')$$, '22023', NULL, 'MF-07: explain raises the same errors');
SELECT throws_ok($$SELECT jdz.mf_initial_deposit_explain(10, 7, '2023-12-20')$$, '22023', NULL, 'MF-07: explain before the standard');

-- MF-07 dated parameter: a new rate from a later date applies only from that date
UPDATE jdz.parameter SET valid_to = '2025-06-30' WHERE key = 'mf.deposit_rate.high' AND valid_from = '2023-12-21';
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, builtin) VALUES ('mf.deposit_rate.high', '2025-07-01', NULL, 90, 'yuan/m2', false);
SELECT is(jdz.mf_initial_deposit(100, 8, '2025-06-30')::text, '8500.00', 'MF-07: the old rate on the last day of its validity');
SELECT is(jdz.mf_initial_deposit(100, 8, '2025-07-01')::text, '9000.00', 'MF-07 / MF-19: the new rate from its first day');
SELECT is((SELECT array_agg(jdz.mf_initial_deposit(100, 8, d)::text ORDER BY d)
             FROM unnest(ARRAY['2025-06-30', '2025-07-01', '2024-01-01']::date[]) d),
  '{8500.00,8500.00,9000.00}', 'MF-07: one statement, dates on both sides of the change');
SELECT is(jdz.mf_initial_deposit_explain(100, 8, '2025-07-01') -> 'parameters' -> 0 ->> 'valid_from', '2025-07-01', 'MF-07: explain shows the new row');
SELECT is(jdz.mf_initial_deposit(100, 7, '2025-07-01')::text, '6000.00', 'MF-07: the multi rate is untouched');

-- MF-08a / MF-08b / MFI-02 (第八条)
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     (65.43, '1485.00', '0.00', 6, '1943.27', '0.00'),          -- TV-MF08a-01: 1943.271
     (80.00, '1234.56', '0.00', 6, '1975.30', '0.00'),          -- TV-MF08a-04: 1975.296
     (55.5, '1150.00', '0.00', 6, '1276.50', '0.00'),           -- MFI-02 TV-MFI02-02
     (50, '1000.00', '200000.00', 6, '1000.00', '40000.00'),    -- TV-MF08b-01
     (50, '1000.00', '123456.78', 8, '1000.00', '37037.03'),    -- TV-MF08b-04: 37037.034
     (50, '1000.00', '100000.00', 7, '1000.00', '20000.00'),    -- 7 storeys: 20 %
     (50, '1000.00', '100000.00', 8, '1000.00', '30000.00'),    -- 8 storeys: 30 %
     (0.25, '0.01', '0.05', 8, '0.00', '0.02'),                 -- 0.00005 and 0.015
     (62.5, '0.01', '0.00', 6, '0.01', '0.00'))                 -- 0.0125: not rounded per m²
     AS v(a, p, s, f, owner, unit)
    WHERE (jdz.mf_public_sale_deposit(a, p::jdz.cny, s::jdz.cny, f, '2024-06-01')).owner::text <> owner
       OR (jdz.mf_public_sale_deposit(a, p::jdz.cny, s::jdz.cny, f, '2024-06-01')).selling_unit::text <> unit), 0,
  'MF-08a / MF-08b / MFI-02 (the interpretation''s cross-check of MF-08): owner 2 % of the cost price per m², selling unit 20 % / 30 %');
SELECT throws_ok($$SELECT jdz.mf_public_sale_deposit(0, '1000.00', '1.00', 6, '2024-06-01')$$, '22023', NULL, 'MF-08a: area 0');
SELECT throws_ok($$SELECT jdz.mf_public_sale_deposit(50, '0.00', '1.00', 6, '2024-06-01')$$, '22023', NULL, 'MF-08a: cost price 0');
SELECT throws_ok($$SELECT jdz.mf_public_sale_deposit(50, '1000.00', '-0.01', 6, '2024-06-01')$$, '22023', NULL, 'MF-08b: negative proceeds');
SELECT throws_ok($$SELECT jdz.mf_public_sale_deposit(50, '1000.00', '1.00', 0, '2024-06-01')$$, '22023', NULL, 'MF-08b: 0 storeys');
SELECT throws_ok($$SELECT jdz.mf_public_sale_deposit(50, '1000.00', '1.00', 6, '2023-12-20')$$, '22023', NULL, 'MF-08a: before the standard');
SELECT is(jdz.mf_public_sale_deposit(50, NULL, '1.00', 6, '2024-06-01'), NULL, 'MF-08a: STRICT');

-- MF-10 interest (第十条(三)), ACT/360
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     (2024, '10000.00', '{}', '{}', 0.0035, 0.015, NULL, '150.00'),                      -- TV-MF10-01
     (2024, '0.00', '{2024-07-01}', '{8500.00}', 0.0035, 0.015, NULL, '15.21'),          -- TV-MF10-02: 184 days
     (2024, '10000.00', '{2024-07-01}', '{8500.00}', 0.0035, 0.015, NULL, '165.21'),     -- TV-MF10-05
     (2024, '0.00', '{2024-12-31}', '{360000.00}', 0.0035, 0.015, NULL, '3.50'),         -- one day
     (2024, '0.00', '{2024-01-01}', '{360000.00}', 0.0035, 0.015, NULL, '1281.00'),      -- 366 days
     (2023, '0.00', '{2023-01-01}', '{360000.00}', 0.0035, 0.015, NULL, '1277.50'),      -- 365 days
     (2024, '10000.00', '{}', '{}', 0.0035, 0.015, 0.015, '150.00'),                     -- applied = one-year
     (2024, '10000.00', '{}', '{}', 0.0035, 0.015, 0.0175, '175.00'),
     (2024, '0.00', '{2024-12-31}', '{514.29}', 0.0035, 0.015, NULL, '0.01'),            -- 0.0050001: half-up
     (2024, '0.00', '{2024-12-31}', '{514.28}', 0.0035, 0.015, NULL, '0.00'),            -- 0.0049994
     (2024, '0.00', '{2024-12-31,2024-12-31}', '{257.15,257.14}', 0.0035, 0.015, NULL, '0.01'))  -- rounded on the total
     AS v(y, ob, dd, da, dr, oy, ar, want)
    WHERE jdz.mf_annual_interest(y, ob::jdz.cny, dd::date[], da::jdz.cny[], dr, oy, ar)::text <> want), 0,
  'MF-10 TV-MF10-01/02/05: ACT/360, deposit day counted, one rounding on the total');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '10000.00', '{}', '{}', 0.0035, 0.015, 0.014)$$, '22023', NULL,
  'MF-10 TV-MF10-07: applied rate below the one-year rate');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{2025-01-01}', '{1.00}', 0.0035, 0.015)$$, '22023', NULL, 'MF-10: deposit after the year');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{2024-01-01}', '{1.00,2.00}', 0.0035, 0.015)$$, '22023', NULL, 'MF-10: arrays of different lengths');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{2024-01-01}', '{-0.01}', 0.0035, 0.015)$$, '22023', NULL, 'MF-10: negative deposit');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{}', '{}', -0.0001, 0.015)$$, '22023', NULL, 'MF-10: negative rate');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{}', '{}', 0.0035, 1)$$, '22023', NULL, 'MF-10: rate 1 (not a fraction)');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(NULL, '0.00', '{}', '{}', 0.0035, 0.015)$$, '22004', NULL, 'MF-10: year NULL');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{NULL}', '{1.00}', 0.0035, 0.015)$$, '22004', NULL, 'MF-10: NULL deposit date');
SELECT throws_ok($$SELECT jdz.mf_annual_interest(2024, '0.00', '{}', NULL, 0.0035, 0.015)$$, '22004', NULL, 'MF-10: deposit_amounts NULL');

-- MF-11 / MF-12 delivery gate (第十一、十二条)
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     ('8500.00', '8500.00', '2024-05-01'::date, '2024-05-10'::date, true),   -- TV-MF11-01
     ('8500.00', '8500.00', '2024-05-10', '2024-05-10', true),               -- TV-MF11-03: the handover day counts
     ('8500.00', '8500.00', '2024-05-11', '2024-05-10', false),              -- one day late
     ('8500.00', '8499.99', '2024-05-01', '2024-05-10', false),              -- one fen short
     ('8500.00', '8500.01', '2024-05-01', '2024-05-10', true),
     ('0.00', '0.00', NULL, '2024-05-10', true),
     ('8500.00', '0.00', NULL, '2024-05-10', false))
     AS v(due, paid, paid_on, handover, want)
    WHERE jdz.mf_may_deliver(due::jdz.cny, paid::jdz.cny, paid_on, handover) IS DISTINCT FROM want), 0,
  'MF-11 / MF-12: paid in full no later than the handover day');
SELECT throws_ok($$SELECT jdz.mf_may_deliver(NULL, '0.00', NULL, '2024-05-10')$$, '22004', NULL, 'MF-11: due NULL');
SELECT throws_ok($$SELECT jdz.mf_may_deliver('1.00', '1.00', NULL, '2024-05-10')$$, '22004', NULL, 'MF-11: paid_on NULL with a payment');
SELECT throws_ok($$SELECT jdz.mf_may_deliver('1.00', '1.00', '2024-05-01', NULL)$$, '22004', NULL, 'MF-12: handover_on NULL');
SELECT throws_ok($$SELECT jdz.mf_may_deliver('1.00', '-0.01', NULL, '2024-05-10')$$, '22023', NULL, 'MF-11: negative paid');

-- MF-18 replenishment (第十八条): exactly 30 % is not short
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     ('2549.99', '8500.00', true, '2550.00'),     -- TV-MF18-01, TV-MF18-X1
     ('2550.00', '8500.00', false, '2550.00'),    -- TV-MF18-02: exactly 30 %
     ('2550.01', '8500.00', false, '2550.00'),
     ('2278.93', '7596.45', true, '2278.94'),     -- 30 % = 2278.935, shown rounded up
     ('2278.94', '7596.45', false, '2278.94'),
     ('0.00', '0.01', true, '0.01'))
     AS v(b, i, req, thr)
    WHERE (jdz.mf_replenishment(b::jdz.cny, i::jdz.cny, '2024-06-01')).required IS DISTINCT FROM req
       OR (jdz.mf_replenishment(b::jdz.cny, i::jdz.cny, '2024-06-01')).threshold::text <> thr), 0,
  'MF-18: 不足30% at, and one fen either side of, the line');
SELECT throws_ok($$SELECT jdz.mf_replenishment('1.00', '0.00', '2024-06-01')$$, '22023', NULL, 'MF-18: initial deposit 0');
SELECT throws_ok($$SELECT jdz.mf_replenishment('-0.01', '1.00', '2024-06-01')$$, '22023', NULL, 'MF-18: negative balance');
SELECT throws_ok($$SELECT jdz.mf_replenishment('1.00', '1.00', '2023-12-20')$$, '22023', NULL, 'MF-18: before the standard');

-- MF-24a / MFI-04 price audit (第二十四、二十五条(五))
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     ('20000.00', 'centre', 'mandatory'),        -- TV-MF24a-01
     ('19999.99', 'centre', 'not_required'),     -- TV-MF24a-02
     ('20000.01', 'centre', 'mandatory'),
     ('20000.00', 'assembly', 'mandatory'),
     ('19999.99', 'assembly', 'optional'),       -- MFI-04: after the transfer the assembly decides
     ('0.00', 'assembly', 'optional'))
     AS v(a, c, want)
    WHERE jdz.mf_price_audit(a::jdz.cny, c::jdz.mf_custody, '2024-06-01') IS DISTINCT FROM want::jdz.mf_audit), 0,
  'MF-24a / MF-25 / MFI-04: 两万元以上（含） at and one fen either side, both custody phases');
SELECT throws_ok($$SELECT jdz.mf_price_audit('-0.01', 'centre', '2024-06-01')$$, '22023', NULL, 'MF-24a: negative amount');
SELECT throws_ok($$SELECT jdz.mf_price_audit('1.00', 'centre', '2023-12-20')$$, '22023', NULL, 'MF-24a: before the standard');

-- MF-36 / MF-37 / MF-38 fine caps
SELECT is(
  (SELECT count(*)::int FROM (VALUES
     ('selling_unit_breach', '0.00', true, '0.00'),       -- MF-36: order to correct only
     ('developer_delivery', '0.00', true, '30000.00'),    -- TV-MF37-02a
     ('developer_delivery', '0.00', false, '0.00'),
     ('developer_apportion', '0.00', true, '10000.00'),
     ('developer_apportion', '0.00', false, '0.00'),
     ('misappropriation', '125000.00', true, '250000.00'),  -- TV-MF37-04a
     ('misappropriation', '0.01', false, '0.02'),           -- MF-38: uncorrected ignored
     ('misappropriation', '0.00', true, '0.00'))
     AS v(vi, m, u, want)
    WHERE jdz.mf_max_fine(vi::jdz.mf_violation, m::jdz.cny, u, '2024-06-01')::text <> want), 0,
  'MF-36 / MF-37 / MF-38: fines at their caps');
SELECT is(jdz.mf_max_fine('developer_delivery')::text, '30000.00', 'MF-37: defaults (uncorrected, today)');
SELECT throws_ok($$SELECT jdz.mf_max_fine('developer_apportion', '1.00', true, '2024-06-01')$$, '22023', NULL, 'MF-37: an amount for another violation');
SELECT throws_ok($$SELECT jdz.mf_max_fine('misappropriation', '-0.01', true, '2024-06-01')$$, '22023', NULL, 'MF-38: negative amount');
SELECT throws_ok($$SELECT jdz.mf_max_fine('developer_delivery', '0.00', true, '2023-12-20')$$, '22023', NULL, 'MF-37: before the standard');

-- §4 parameters and §7 rule rows
SELECT is((SELECT array_agg(rule_id ORDER BY rule_id) FROM jdz.rule
            WHERE rule_id ~ '^MFI?-' AND implemented_by = '{}'),
  '{MF-09,MF-28,MF-29,MF-30,MF-31}'::text[],
  'MF-09, MF-28, MF-29, MF-30, MF-31: only the not-computable MF rules have no implementation (MF-14 is its time_limit_rule row)');
SELECT is((SELECT count(*)::int FROM jdz.rule r, unnest(r.implemented_by) i
            WHERE r.rule_id ~ '^MFI?-' AND i LIKE 'jdz.%' AND to_regproc(i) IS NULL
              AND NOT EXISTS (SELECT 1 FROM pg_proc p WHERE p.pronamespace = 'jdz'::regnamespace AND 'jdz.' || p.proname = i)), 0,
  'MF rule rows name functions that exist');
SELECT is((SELECT count(*)::int FROM jdz.rule r, unnest(r.implemented_by) i
            WHERE r.rule_id ~ '^MFI?-' AND i LIKE 'mf.%' AND NOT EXISTS (SELECT 1 FROM jdz.parameter p WHERE p.key = i)), 0,
  'MF rule rows name parameters that exist');

SELECT * FROM finish();
ROLLBACK;
