-- bench/deadline.sql — jdz.due and its rule-driven form (core §5) against the
-- floor (jdz.add_workdays, d + n) and against what a user would otherwise
-- write: a PL/pgSQL function that reads the rule's row and computes the due
-- day with a calendar table (issue 3, issue 9).
SET client_min_messages = warning;
SET work_mem = '256MB';

DROP TABLE IF EXISTS bench.dl_rows;
CREATE TABLE bench.dl_rows AS
SELECT date '2021-01-01' + (i::bigint * 7919 % 1800)::int AS d,
       timestamptz '2021-01-01 00:00+08' + (i::bigint * 7919 % 155520000) * interval '1 second' AS t
  FROM generate_series(1, 1000000) AS i;
VACUUM ANALYZE bench.dl_rows;

SELECT bench.measure('deadline', 'add_workdays(d, 10) 1M', 'SELECT count(jdz.add_workdays(d, 10)) FROM bench.dl_rows');
SELECT bench.measure('deadline', 'due(d, 10 working days) 1M', $q$SELECT count(jdz.due(d, '10 working days')) FROM bench.dl_rows$q$);
SELECT bench.compare('deadline', 'due(d, 10 working days) 1M', 'add_workdays(d, 10) 1M', 2.0,
	'the time_limit dispatch on top of add_workdays');

SELECT bench.measure('deadline', 'd + 30 1M', 'SELECT count(d + 30) FROM bench.dl_rows');
SELECT bench.measure('deadline', 'due(d, 30 days) 1M', $q$SELECT count(jdz.due(d, '30 days')) FROM bench.dl_rows$q$);
SELECT bench.compare('deadline', 'due(d, 30 days) 1M', 'd + 30 1M', 2.0, 'd + 30, then moved to the next working day');

SELECT bench.measure('deadline', 'd + interval 3 months 1M', $q$SELECT count((d + interval '3 months')::date) FROM bench.dl_rows$q$);
SELECT bench.measure('deadline', 'period_end(d, 3 months) 1M', $q$SELECT count(jdz.period_end(d, '3 months')) FROM bench.dl_rows$q$);
SELECT bench.compare('deadline', 'period_end(d, 3 months) 1M', 'd + interval 3 months 1M', 1.3,
	'the same month-end clamping as interval arithmetic');

SELECT bench.measure('deadline', 'due(HL-12b, complaint, d) 1M', $q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM bench.dl_rows$q$);
SELECT bench.compare('deadline', 'due(HL-12b, complaint, d) 1M', 'due(d, 10 working days) 1M', 1.5,
	'the rule lookup: one key compare per row in the call-site cache');

SELECT bench.measure('deadline', 'due(HL-12b, complaint, t) 1M', $q$SELECT count(jdz.due('HL-12b', 'complaint', t)) FROM bench.dl_rows$q$);
SELECT bench.compare('deadline', 'due(HL-12b, complaint, t) 1M', 'due(HL-12b, complaint, d) 1M', 1.5,
	'the Beijing date and the end of the Beijing day on top');

-- what a user would write without jdzpolicy: read the rule, then a calendar table
SELECT bench.build_calendar_table('dl_cal');
CREATE TABLE IF NOT EXISTS bench.dl_rule (rule_id text, variant text, n int, PRIMARY KEY (rule_id, variant));
TRUNCATE bench.dl_rule;
INSERT INTO bench.dl_rule VALUES ('HL-12b', 'complaint', 10);
CREATE OR REPLACE FUNCTION bench.plpgsql_due(rule text, var text, start date) RETURNS date
LANGUAGE plpgsql STABLE AS $$
DECLARE
	k int;
	o bigint;
	r date;
BEGIN
	SELECT n INTO k FROM bench.dl_rule WHERE rule_id = rule AND variant = var;
	SELECT ord INTO o FROM bench.dl_cal WHERE day = start;
	SELECT min(day) INTO r FROM bench.dl_cal WHERE work AND ord = o + k;
	RETURN r;
END $$;
SELECT bench.measure('deadline', 'PL/pgSQL rule + calendar table 100k',
	$q$SELECT count(bench.plpgsql_due('HL-12b', 'complaint', d)) FROM (SELECT d FROM bench.dl_rows LIMIT 100000) r$q$);
SELECT bench.measure('deadline', 'due(HL-12b, complaint, d) 100k',
	$q$SELECT count(jdz.due('HL-12b', 'complaint', d)) FROM (SELECT d FROM bench.dl_rows LIMIT 100000) r$q$);
SELECT bench.compare('deadline', 'due(HL-12b, complaint, d) 100k', 'PL/pgSQL rule + calendar table 100k', 0.1,
	'at least 10x faster than the PL/pgSQL a user would write');

DROP FUNCTION bench.plpgsql_due(text, text, date);
DROP TABLE bench.dl_rule;
DROP TABLE bench.dl_cal;
DROP TABLE bench.dl_rows;
