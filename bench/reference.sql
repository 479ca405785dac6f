-- bench/reference.sql — the dated-rule lookups of part 41 (spec 40 §b.1, §b.7)
-- over 100k rows, against what a user would otherwise write: a join on the
-- same table with the comparison inline (the floor).
CREATE TEMP TABLE ref_obs AS
SELECT g, (ARRAY['DG-T32-2022-q1', 'DG-G1', 'DG-B3', 'FIRE-06-2022-new', 'SVC-M1'])[1 + g % 5] AS target_id,
	   (g % 100)::numeric AS achieved, date '2022-06-01' + (g % 1000) AS achieved_on, 2022 + g % 3 AS y
  FROM generate_series(1, 100000) g;
UPDATE ref_obs SET achieved = 1 WHERE target_id IN ('DG-B3', 'SVC-M1');
ANALYZE ref_obs;

SELECT bench.measure('reference', 'floor: count(achieved_on)', 'SELECT count(achieved_on + 1) FROM ref_obs');
SELECT bench.measure('reference', 'jdz.target_status',
	'SELECT count(jdz.target_status(target_id, achieved, achieved_on)) FROM ref_obs');
SELECT bench.measure('reference', 'inline join on jdz.plan_target',
	$q$SELECT count(CASE WHEN CASE p.comparator WHEN 'ge' THEN o.achieved >= p.target WHEN 'le' THEN o.achieved <= p.target
	                                     ELSE o.achieved = 1 END
	                     THEN CASE WHEN o.achieved_on <= p.due_on THEN 'met_on_time' ELSE 'met_late' END ELSE 'not_met' END)
	     FROM ref_obs o JOIN jdz.plan_target p USING (target_id)$q$);
SELECT bench.measure('reference', 'jdz.annual_date',
	$q$SELECT count(jdz.annual_date('CA-18', 'evaluation', y)) FROM ref_obs$q$);
SELECT bench.measure('reference', 'inline join on jdz.annual_date_rule',
	$q$SELECT count(make_date(o.y + a.year_offset, a.month, a.day)) FROM ref_obs o
	     JOIN jdz.annual_date_rule a ON a.rule_id = 'CA-18' AND a.variant = 'evaluation'$q$);
SELECT bench.compare('reference', 'jdz.target_status', 'inline join on jdz.plan_target', NULL,
	'PL/pgSQL lookup with validation and errors per row vs a set-based join without them (informational)');
SELECT bench.compare('reference', 'jdz.annual_date', 'inline join on jdz.annual_date_rule', NULL,
	'informational: the per-row lookup checks the year range and raises 22023');
