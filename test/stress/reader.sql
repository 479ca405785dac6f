-- working-day deadlines and a parameter-dependent amount, each checked
SELECT stress.check_deadline(jdz.add_workdays('2026-06-12', 1));
SELECT stress.check_rate(jdz.param('stress.rate', '2026-01-01'));
SELECT stress.check_deadline(jdz.add_workdays(d, 1)) FROM (VALUES (date '2026-06-12')) v(d);
