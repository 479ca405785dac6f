-- extension/parts/04-calendar.sql — 4. The holiday calendar
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Core §4.  Only the exceptions to "Monday–Friday work, Saturday–Sunday rest"
-- are stored; a year is covered only when it has a jdz.calendar_year row.
-- src/calendar.c caches both tables per backend; the statement triggers send
-- a relcache invalidation so every session's next call sees a committed change.

CREATE TABLE jdz.calendar_year (
	year integer PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
	notice text,
	announced_on date,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.calendar_year IS 'the years whose official holiday notice (国务院办公厅 部分节假日安排) is loaded into jdz.calendar_day; a working-day question about any other year raises 22023 unless jdz.uncovered_years = weekends_only';
COMMENT ON COLUMN jdz.calendar_year.notice IS 'the title of the notice (and of any later notice changing it)';
COMMENT ON COLUMN jdz.calendar_year.announced_on IS 'the date the notice was published';
COMMENT ON COLUMN jdz.calendar_year.builtin IS 'true for the rows shipped with the extension; pg_dump saves the others';

CREATE TABLE jdz.calendar_day (
	day date PRIMARY KEY CHECK (day BETWEEN '0001-01-01' AND '9999-12-31'),
	kind text NOT NULL CHECK (kind IN ('holiday', 'makeup_workday')),
	festival text,
	category text,
	notice_year integer,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.calendar_day IS 'the exceptions of the official calendar: rest days (holiday, whatever the weekday) and make-up working days (makeup_workday, 调休上班); a row counts only for a year of jdz.calendar_year';
COMMENT ON COLUMN jdz.calendar_day.kind IS 'holiday (a rest day) or makeup_workday (a Saturday or Sunday that is a working day)';
COMMENT ON COLUMN jdz.calendar_day.festival IS 'the festival the day belongs to (元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节)';
COMMENT ON COLUMN jdz.calendar_day.category IS 'statutory, observed, swapped_rest, weekend_in_block, extension or makeup_workday (see data/README)';
COMMENT ON COLUMN jdz.calendar_day.notice_year IS 'the year of the notice that set it (2022-12-31 belongs to the 2023 notice)';
COMMENT ON COLUMN jdz.calendar_day.builtin IS 'true for the rows shipped with the extension; pg_dump saves the others';

--@load jdz.calendar_year data/cn-calendar-years.csv
--@load jdz.calendar_day data/cn-calendar-2020-2026.csv

SELECT pg_catalog.pg_extension_config_dump('jdz.calendar_year', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('jdz.calendar_day', 'WHERE NOT builtin');

CREATE TRIGGER calendar_year_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.calendar_year
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();
CREATE TRIGGER calendar_day_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.calendar_day
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();

ALTER TABLE jdz.calendar_year OWNER TO @extowner@;
ALTER TABLE jdz.calendar_day OWNER TO @extowner@;
GRANT SELECT ON jdz.calendar_year, jdz.calendar_day TO PUBLIC;

CREATE FUNCTION jdz.is_workday(date) RETURNS boolean
	AS 'MODULE_PATHNAME', 'calendar_is_workday' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.is_workday(date) IS 'whether the day is a working day (工作日): a make-up workday, or Monday–Friday and not a holiday (core §2, §4)';

CREATE FUNCTION jdz.day_kind(date) RETURNS text
	AS 'MODULE_PATHNAME', 'calendar_day_kind' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.day_kind(date) IS 'workday, weekend, holiday or makeup_workday';

CREATE FUNCTION jdz.add_workdays(date, integer) RETURNS date
	AS 'MODULE_PATHNAME', 'calendar_add_workdays' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.add_workdays(date, integer) IS 'the N-th working day strictly after the date (N = 0 gives the date; N < 0 counts back symmetrically); O(1) whatever N';

CREATE FUNCTION jdz.workdays_between("from" date, "to" date) RETURNS integer
	AS 'MODULE_PATHNAME', 'calendar_workdays_between' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.workdays_between(date, date) IS 'the number of working days in (from, to]; negative when to < from';

CREATE FUNCTION jdz.next_workday(date) RETURNS date
	AS 'MODULE_PATHNAME', 'calendar_next_workday' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.next_workday(date) IS 'the date itself if it is a working day, else the next working day';

CREATE FUNCTION jdz.calendar_reset() RETURNS void
	AS 'MODULE_PATHNAME', 'calendar_reset' LANGUAGE C VOLATILE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.calendar_reset() IS 'drop this session''s calendar cache (it is rebuilt at the next call; committed changes drop it by themselves)';
