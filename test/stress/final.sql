-- after the run: every session gives the committed state's answer
SELECT CASE WHEN jdz.add_workdays('2026-06-12', 1) =
			  (CASE WHEN EXISTS (SELECT 1 FROM jdz.calendar_day WHERE day = '2026-06-15')
					THEN date '2026-06-16' ELSE date '2026-06-15' END)
			 AND jdz.param('stress.rate', '2026-01-01') =
			  (SELECT value FROM jdz.parameter WHERE key = 'stress.rate')
			THEN 1 ELSE stress.check_rate(-1) END;
