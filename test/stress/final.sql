-- after the run: every session gives the committed state's answer
SELECT CASE WHEN EXISTS (SELECT 1 FROM jdz.calendar_day WHERE day = '2026-06-15')
			THEN date '2026-06-16' ELSE date '2026-06-15' END AS want_day,
	   (SELECT value FROM jdz.parameter WHERE key = 'stress.rate') AS want_rate \gset
SELECT CASE WHEN jdz.add_workdays('2026-06-12', 1) = :'want_day'::date
			 AND jdz.param('stress.rate', '2026-01-01') = :want_rate
			THEN 1 ELSE stress.check_rate(-1) END;
