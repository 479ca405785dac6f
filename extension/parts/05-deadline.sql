-- extension/parts/05-deadline.sql — 5. Time limits and deadlines
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Core §3 (jdz.time_limit) and §5 (deadlines).  src/timelimit.c is the type,
-- src/timelimit_parse.c its plain-C grammar, src/deadline.c the arithmetic
-- and the per-backend cache of jdz.time_limit_rule (dropped by a relcache
-- invalidation that the table's statement trigger sends).

-- ---------------------------------------------------------------------------
-- 5.1 The type jdz.time_limit
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.time_limit;

CREATE FUNCTION jdz.time_limit_in(cstring) RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'timelimit_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_in(cstring) IS
  'input of jdz.time_limit: 5 working days, 1 working day, 30 days, 3 months, 2 hours, 5 years; 5wd, 30d, 3mon, 2h, 5y; 5个工作日, 五个工作日, 30日, 30天, 3个月, 两个月, 2小时, 一年, 十五个工作日; count 0 to 100000 (core §3); soft errors';
CREATE FUNCTION jdz.time_limit_out(jdz.time_limit) RETURNS cstring
	AS 'MODULE_PATHNAME', 'timelimit_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_out(jdz.time_limit) IS 'output of jdz.time_limit: the English long form, 5 working days, 1 month';
CREATE FUNCTION jdz.time_limit_recv(internal) RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'timelimit_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_recv(internal) IS 'binary input of jdz.time_limit: int4 count (0 to 100000), int2 unit (0 hour, 1 day, 2 working_day, 3 month, 4 year)';
CREATE FUNCTION jdz.time_limit_send(jdz.time_limit) RETURNS bytea
	AS 'MODULE_PATHNAME', 'timelimit_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_send(jdz.time_limit) IS 'binary output of jdz.time_limit: int4 count, int2 unit';

CREATE TYPE jdz.time_limit (
	INPUT = jdz.time_limit_in,
	OUTPUT = jdz.time_limit_out,
	RECEIVE = jdz.time_limit_recv,
	SEND = jdz.time_limit_send,
	LIKE = pg_catalog.int8,
	CATEGORY = 'U'
);
COMMENT ON TYPE jdz.time_limit IS
  'a legal time limit: a count (0 to 100000) and a unit (hour, day, working_day, month, year); 1 month is not 30 days (core §3)';

CREATE FUNCTION jdz.time_limit_zh(jdz.time_limit) RETURNS text
	AS 'MODULE_PATHNAME', 'timelimit_zh' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_zh(jdz.time_limit) IS 'the Chinese form of a time limit: 5个工作日, 3个月, 30日, 2小时, 5年';

CREATE FUNCTION jdz.time_limit_count(jdz.time_limit) RETURNS integer
	AS 'MODULE_PATHNAME', 'timelimit_count' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_count(jdz.time_limit) IS 'the count of a time limit (5 for 5 working days)';

CREATE FUNCTION jdz.time_limit_unit(jdz.time_limit) RETURNS text
	AS 'MODULE_PATHNAME', 'timelimit_unit' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_unit(jdz.time_limit) IS 'the unit of a time limit: hour, day, working_day, month or year';

CREATE FUNCTION jdz.make_time_limit("count" integer, unit text) RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'timelimit_make' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.make_time_limit(integer, text) IS 'a time limit from a count (0 to 100000, else 22003) and a unit name (hour, day, working_day, month, year, else 22023)';

-- 5.2 Comparisons -------------------------------------------------------------

CREATE FUNCTION jdz.time_limit_eq(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_eq(jdz.time_limit, jdz.time_limit) IS 'same count and same unit';
CREATE FUNCTION jdz.time_limit_ne(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_ne(jdz.time_limit, jdz.time_limit) IS 'a different count or a different unit';
CREATE FUNCTION jdz.time_limit_lt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_lt(jdz.time_limit, jdz.time_limit) IS 'a shorter count in the same unit; 22023 across units';
CREATE FUNCTION jdz.time_limit_le(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_le(jdz.time_limit, jdz.time_limit) IS 'a count not longer in the same unit; 22023 across units';
CREATE FUNCTION jdz.time_limit_gt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_gt(jdz.time_limit, jdz.time_limit) IS 'a longer count in the same unit; 22023 across units';
CREATE FUNCTION jdz.time_limit_ge(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.time_limit_ge(jdz.time_limit, jdz.time_limit) IS 'a count not shorter in the same unit; 22023 across units';

CREATE FUNCTION jdz.time_limit_sort_lt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_lt(jdz.time_limit, jdz.time_limit) IS 'before in the sort order (unit hour < day < working_day < month < year, then count); not a legal length order';
CREATE FUNCTION jdz.time_limit_sort_le(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_le(jdz.time_limit, jdz.time_limit) IS 'before or equal in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_sort_gt(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_gt(jdz.time_limit, jdz.time_limit) IS 'after in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_sort_ge(jdz.time_limit, jdz.time_limit) RETURNS boolean
	AS 'MODULE_PATHNAME', 'timelimit_sort_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_sort_ge(jdz.time_limit, jdz.time_limit) IS 'after or equal in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_cmp(jdz.time_limit, jdz.time_limit) RETURNS integer
	AS 'MODULE_PATHNAME', 'timelimit_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_cmp(jdz.time_limit, jdz.time_limit) IS 'btree support: -1, 0, 1 in the sort order (unit, then count)';
CREATE FUNCTION jdz.time_limit_hash(jdz.time_limit) RETURNS integer
	AS 'MODULE_PATHNAME', 'timelimit_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_hash(jdz.time_limit) IS 'hash support: equal time limits hash equally';
CREATE FUNCTION jdz.time_limit_hash_extended(jdz.time_limit, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME', 'timelimit_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION jdz.time_limit_hash_extended(jdz.time_limit, bigint) IS 'extended hash support, with a seed';

CREATE OPERATOR jdz.= (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_eq,
	COMMUTATOR = OPERATOR(jdz.=), NEGATOR = OPERATOR(jdz.<>),
	RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
COMMENT ON OPERATOR jdz.= (jdz.time_limit, jdz.time_limit) IS 'same count and unit (1 month <> 30 days)';
CREATE OPERATOR jdz.<> (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_ne,
	COMMUTATOR = OPERATOR(jdz.<>), NEGATOR = OPERATOR(jdz.=),
	RESTRICT = neqsel, JOIN = neqjoinsel
);
COMMENT ON OPERATOR jdz.<> (jdz.time_limit, jdz.time_limit) IS 'a different count or unit';
CREATE OPERATOR jdz.< (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_lt,
	COMMUTATOR = OPERATOR(jdz.>), NEGATOR = OPERATOR(jdz.>=),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR jdz.< (jdz.time_limit, jdz.time_limit) IS 'shorter, in the same unit only (22023 across units)';
CREATE OPERATOR jdz.<= (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_le,
	COMMUTATOR = OPERATOR(jdz.>=), NEGATOR = OPERATOR(jdz.>),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR jdz.<= (jdz.time_limit, jdz.time_limit) IS 'not longer, in the same unit only (22023 across units)';
CREATE OPERATOR jdz.> (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_gt,
	COMMUTATOR = OPERATOR(jdz.<), NEGATOR = OPERATOR(jdz.<=),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR jdz.> (jdz.time_limit, jdz.time_limit) IS 'longer, in the same unit only (22023 across units)';
CREATE OPERATOR jdz.>= (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_ge,
	COMMUTATOR = OPERATOR(jdz.<=), NEGATOR = OPERATOR(jdz.<),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR jdz.>= (jdz.time_limit, jdz.time_limit) IS 'not shorter, in the same unit only (22023 across units)';

CREATE OPERATOR jdz.~<~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_lt,
	COMMUTATOR = OPERATOR(jdz.~>~), NEGATOR = OPERATOR(jdz.~>=~),
	RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
COMMENT ON OPERATOR jdz.~<~ (jdz.time_limit, jdz.time_limit) IS 'before in the sort order of the btree operator class (unit, then count)';
CREATE OPERATOR jdz.~<=~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_le,
	COMMUTATOR = OPERATOR(jdz.~>=~), NEGATOR = OPERATOR(jdz.~>~),
	RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
COMMENT ON OPERATOR jdz.~<=~ (jdz.time_limit, jdz.time_limit) IS 'before or equal in the sort order (unit, then count)';
CREATE OPERATOR jdz.~>~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_gt,
	COMMUTATOR = OPERATOR(jdz.~<~), NEGATOR = OPERATOR(jdz.~<=~),
	RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
COMMENT ON OPERATOR jdz.~>~ (jdz.time_limit, jdz.time_limit) IS 'after in the sort order (unit, then count)';
CREATE OPERATOR jdz.~>=~ (
	LEFTARG = jdz.time_limit, RIGHTARG = jdz.time_limit, PROCEDURE = jdz.time_limit_sort_ge,
	COMMUTATOR = OPERATOR(jdz.~<=~), NEGATOR = OPERATOR(jdz.~<~),
	RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR jdz.~>=~ (jdz.time_limit, jdz.time_limit) IS 'after or equal in the sort order (unit, then count)';

CREATE OPERATOR CLASS jdz.time_limit_ops DEFAULT FOR TYPE jdz.time_limit USING btree AS
	OPERATOR 1 jdz.~<~ ,
	OPERATOR 2 jdz.~<=~ ,
	OPERATOR 3 jdz.= ,
	OPERATOR 4 jdz.~>=~ ,
	OPERATOR 5 jdz.~>~ ,
	FUNCTION 1 jdz.time_limit_cmp(jdz.time_limit, jdz.time_limit);
COMMENT ON OPERATOR CLASS jdz.time_limit_ops USING btree IS 'time limits sorted by unit (hour, day, working_day, month, year), then count: ORDER BY, DISTINCT, unique indexes and merge joins work on mixed units';

CREATE OPERATOR CLASS jdz.time_limit_hash_ops DEFAULT FOR TYPE jdz.time_limit USING hash AS
	OPERATOR 1 jdz.= ,
	FUNCTION 1 jdz.time_limit_hash(jdz.time_limit),
	FUNCTION 2 jdz.time_limit_hash_extended(jdz.time_limit, bigint);
COMMENT ON OPERATOR CLASS jdz.time_limit_hash_ops USING hash IS 'time limits hashed on count and unit';

CREATE CAST (text AS jdz.time_limit) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (text AS jdz.time_limit) IS 'parse a time limit (22P02 if it is not one)';
CREATE CAST (jdz.time_limit AS text) WITH INOUT AS ASSIGNMENT;
COMMENT ON CAST (jdz.time_limit AS text) IS 'the English long form of a time limit';

-- ---------------------------------------------------------------------------
-- 5.3 Deadlines (core §5)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.due(start date, lim jdz.time_limit) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_due_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(date, jdz.time_limit) IS
  'GEN-03: the last day to do something: start + days, months (month-end clamped) or years, moved to the next working day when it is a rest day (民法典 第二百零三条); working days via jdz.add_workdays; hours raise 22023 (use the timestamptz form)';

CREATE FUNCTION jdz.due(start timestamptz, lim jdz.time_limit) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'deadline_due_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(timestamptz, jdz.time_limit) IS
  'GEN-03: the due instant: start + N hours exactly; any other unit counts from the Beijing date of start and ends at 23:59:59.999999 Beijing time on the (moved) last day, whatever the session TimeZone';

CREATE FUNCTION jdz.period_end(start date, lim jdz.time_limit) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_period_end' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.period_end(date, jdz.time_limit) IS
  'GEN-03/GEN-04: the last day of a period that never moves (bans, caps, qualifying durations): start + days, months or years (2024-01-31 + 1 month = 2024-02-29), or working days; no calendar lookup except for working days';

CREATE FUNCTION jdz.is_late(start timestamptz, lim jdz.time_limit, done_at timestamptz DEFAULT NULL) RETURNS boolean
	AS 'MODULE_PATHNAME', 'deadline_is_late' LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.is_late(timestamptz, jdz.time_limit, timestamptz) IS
  'whether done_at is after jdz.due(start, lim); with done_at NULL, whether now() is; NULL if start or lim is NULL';

CREATE FUNCTION jdz.due_explain(start date, lim jdz.time_limit) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_due_explain_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(date, jdz.time_limit) IS
  'jdz.due(start, lim) explained (core §8): rule, document, article, inputs, parameters, steps (start, add_days/add_months/add_workdays, move), result';

CREATE FUNCTION jdz.due_explain(start timestamptz, lim jdz.time_limit) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_due_explain_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(timestamptz, jdz.time_limit) IS
  'jdz.due(start, lim) for an instant, explained: the Beijing date, the steps, the end of the day (or the exact instant for hours)';

-- ---------------------------------------------------------------------------
-- 5.4 Deadline rules as data
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.time_limit_rule (
	rule_id text NOT NULL CHECK (char_length(rule_id) BETWEEN 1 AND 64),
	variant text NOT NULL DEFAULT '' CHECK (char_length(variant) <= 64),
	docno jdz.docno,
	article text,
	subject text,
	starts_on text,
	lim jdz.time_limit NOT NULL,
	moves boolean NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (rule_id, variant)
);
COMMENT ON TABLE jdz.time_limit_rule IS 'every time limit of the seed documents, one row per rule and variant (core §5); jdz.due(rule_id, variant, start) reads it';
COMMENT ON COLUMN jdz.time_limit_rule.rule_id IS 'the rule ID of the family file (HL-12b, PRH-26)';
COMMENT ON COLUMN jdz.time_limit_rule.variant IS 'the case of the rule (complaint, ban); '''' when the rule has one limit';
COMMENT ON COLUMN jdz.time_limit_rule.docno IS 'the document that sets the limit';
COMMENT ON COLUMN jdz.time_limit_rule.article IS 'the article of the document (第十二条)';
COMMENT ON COLUMN jdz.time_limit_rule.subject IS 'what must be done, or what is barred, within the limit';
COMMENT ON COLUMN jdz.time_limit_rule.starts_on IS 'the event the limit counts from (the start day itself is not counted)';
COMMENT ON COLUMN jdz.time_limit_rule.lim IS 'the limit';
COMMENT ON COLUMN jdz.time_limit_rule.moves IS 'true for a deadline to do something (ends on a rest day move to the next working day); false for bans, caps and qualifying durations, which never move';
COMMENT ON COLUMN jdz.time_limit_rule.builtin IS 'true for the rows shipped with the extension; pg_dump saves the others';

SELECT pg_catalog.pg_extension_config_dump('jdz.time_limit_rule', 'WHERE NOT builtin');

CREATE TRIGGER time_limit_rule_changed
	AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON jdz.time_limit_rule
	FOR EACH STATEMENT EXECUTE FUNCTION jdz.registry_changed();

ALTER TABLE jdz.time_limit_rule OWNER TO @extowner@;
GRANT SELECT ON jdz.time_limit_rule TO PUBLIC;

CREATE FUNCTION jdz.due(rule_id text, variant text, start date) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_rule_due_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(text, text, date) IS
  'the last day of the time limit (rule_id, variant) of jdz.time_limit_rule from start: jdz.due(start, lim) when the row moves, jdz.period_end(start, lim) when it does not; an unknown rule or variant raises 22023 listing the variants';

CREATE FUNCTION jdz.due(rule_id text, variant text, start timestamptz) RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'deadline_rule_due_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due(text, text, timestamptz) IS
  'the due instant of the time limit (rule_id, variant) from an instant: exact for hours, else 23:59:59.999999 Beijing time on the last day (moved only when the row moves)';

CREATE FUNCTION jdz.period_end(rule_id text, variant text, start date) RETURNS date
	AS 'MODULE_PATHNAME', 'deadline_rule_period_end' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.period_end(text, text, date) IS
  'the unmoved last day of the time limit (rule_id, variant) from start, whatever the row''s moves';

CREATE FUNCTION jdz.due_explain(rule_id text, variant text, start date) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_rule_due_explain_date' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(text, text, date) IS
  'jdz.due(rule_id, variant, start) explained: the row''s rule, document, article, subject and starting event, the steps and the result';

CREATE FUNCTION jdz.due_explain(rule_id text, variant text, start timestamptz) RETURNS jsonb
	AS 'MODULE_PATHNAME', 'deadline_rule_due_explain_ts' LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.due_explain(text, text, timestamptz) IS
  'jdz.due(rule_id, variant, start) for an instant, explained';
