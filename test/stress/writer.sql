-- flip the holiday row and the parameter row in one transaction
BEGIN;
UPDATE jdz.parameter SET value = 3 - value WHERE key = 'stress.rate';
WITH gone AS (DELETE FROM jdz.calendar_day WHERE day = '2026-06-15' AND NOT builtin RETURNING 1)
INSERT INTO jdz.calendar_day (day, kind, festival, category, notice_year)
SELECT '2026-06-15', 'holiday', 'stress', 'extension', 2026 WHERE NOT EXISTS (SELECT 1 FROM gone);
COMMIT;
