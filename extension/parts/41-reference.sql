-- extension/parts/41-reference.sql — 41. Reference tables
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Spec 40 §(a) (the types of the dated-rule and reference tables), §(b.1)
-- lookups over the dated-rule tables, §(b.7) delegated powers, §(d.2)–(d.5)
-- the dated-rule tables, §(f) f.1 and f.5–f.9 the reference tables.
-- Every table has a builtin column, is dumped WHERE NOT builtin, is readable
-- by PUBLIC, and is loaded from data/<table>.csv.  The functions read the
-- tables at call time (STABLE); the ones that raise errors are PL/pgSQL with
-- a pinned search_path, the others SQL-standard bodies.

-- 41.1 Types (spec 40 §(a)) ---------------------------------------------------

CREATE TYPE jdz.target_result AS ENUM ('met_on_time', 'met_late', 'not_met');
COMMENT ON TYPE jdz.target_result IS 'result of jdz.target_status: met on or before the due date, met after it, or not met';
CREATE TYPE jdz.comparator AS ENUM ('ge', 'le', 'approx', 'bool');
COMMENT ON TYPE jdz.comparator IS 'how a target is compared: ge (达到/以上/不少于, inclusive), le (≤ a cap), approx (左右, expected quantities: no pass/fail), bool (a milestone, 1 = done)';
CREATE TYPE jdz.power_type AS ENUM
  ('administrative_license', 'administrative_confirmation', 'administrative_penalty',
   'administrative_levy', 'administrative_inspection', 'administrative_reward',
   'administrative_adjudication', 'administrative_payment', 'administrative_filing',
   'other_power_filing', 'other_power_other', 'public_service');
COMMENT ON TYPE jdz.power_type IS 'normalized power type (S003-DEL-02): 行政许可 行政确认 行政处罚 行政征收 行政检查 行政奖励 行政裁决 行政给付 行政备案 其他行政权力—备案 其他行政权力—其他 公共服务';
CREATE TYPE jdz.delegation_mode AS ENUM ('direct_grant', 'entrusted', 'service_forward', 'direct_report');
COMMENT ON TYPE jdz.delegation_mode IS 'delegation mode (S003-DEL-03): 直接赋权 委托行使 服务前移 审批直报';
CREATE TYPE jdz.indicator_span AS ENUM ('annual', 'cumulative', 'state');
COMMENT ON TYPE jdz.indicator_span IS 'span of a mineral-plan indicator (S003-MIN-02): annual, cumulative over the plan period (printed in []), or a state at the end';
CREATE TYPE jdz.indicator_attribute AS ENUM ('expected', 'binding');
COMMENT ON TYPE jdz.indicator_attribute IS 'attribute of a mineral-plan indicator (S003-MIN-02): 预期性 (expected) or 约束性 (binding)';
CREATE TYPE jdz.award_category AS ENUM ('paper', 'monograph', 'popularization');
COMMENT ON TYPE jdz.award_category IS 'award category of 景府字〔2022〕160号 (S003-AWD-01): 论文类 专著类 社科普及类';
CREATE TYPE jdz.award_tier AS ENUM ('first', 'second', 'third');
COMMENT ON TYPE jdz.award_tier IS 'award tier (S003-AWD-02): 一等奖 二等奖 三等奖; the enum order is the rank (first is highest)';

-- 41.2 Dated-rule tables (spec 40 §(d.2)–(d.5)) --------------------------------

CREATE TABLE jdz.annual_date_rule (
	rule_id text NOT NULL,
	variant text NOT NULL DEFAULT '',
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	article text NOT NULL,
	subject text NOT NULL,
	month int NOT NULL CHECK (month BETWEEN 1 AND 12),
	day int NOT NULL CHECK (day BETWEEN 1 AND 31),
	year_offset int NOT NULL DEFAULT 0 CHECK (year_offset BETWEEN 0 AND 5),
	from_year int,
	to_year int,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (rule_id, variant),
	CHECK (make_date(2000, month, day) IS NOT NULL),
	CHECK (to_year IS NULL OR from_year IS NULL OR to_year >= from_year)
);
COMMENT ON TABLE jdz.annual_date_rule IS 'recurring fixed yearly dates (期日, spec 40 §d.2): never moved to a working day, inclusive; read with jdz.annual_date(rule_id, variant, year)';
COMMENT ON COLUMN jdz.annual_date_rule.rule_id IS 'the rule ID (CA-9, CA-18, GA-17, GA-18, CITY-02, S003-TL-05)';
COMMENT ON COLUMN jdz.annual_date_rule.variant IS 'the variant of the rule ('''' when there is one date)';
COMMENT ON COLUMN jdz.annual_date_rule.docno IS 'the document that sets the date';
COMMENT ON COLUMN jdz.annual_date_rule.article IS 'the article of that document';
COMMENT ON COLUMN jdz.annual_date_rule.subject IS 'what must be done by the date, in the words of the text';
COMMENT ON COLUMN jdz.annual_date_rule.month IS 'month of the date';
COMMENT ON COLUMN jdz.annual_date_rule.day IS 'day of the month (inclusive; "11月1日前" in the strict sense is stored as 10-31)';
COMMENT ON COLUMN jdz.annual_date_rule.year_offset IS 'years after the reference year (1 for "下年", "上年度" reports)';
COMMENT ON COLUMN jdz.annual_date_rule.from_year IS 'first reference year the rule applies to (NULL = no bound)';
COMMENT ON COLUMN jdz.annual_date_rule.to_year IS 'last reference year the rule applies to (NULL = open-ended)';
COMMENT ON COLUMN jdz.annual_date_rule.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.annual_date_rule', 'WHERE NOT builtin');
--@load jdz.annual_date_rule data/annual_date_rule.csv

CREATE TABLE jdz.dated_deadline (
	rule_id text NOT NULL,
	seq int NOT NULL CHECK (seq > 0),
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	article text NOT NULL,
	subject text NOT NULL,
	due_on date NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (rule_id, seq),
	UNIQUE (rule_id, due_on)
);
COMMENT ON TABLE jdz.dated_deadline IS 'one-off report dates (spec 40 §d.3): fixed dates, never moved; read with jdz.next_deadline(rule_id, on_date)';
COMMENT ON COLUMN jdz.dated_deadline.rule_id IS 'the rule ID (CONS-02)';
COMMENT ON COLUMN jdz.dated_deadline.seq IS 'running number of the date within the rule';
COMMENT ON COLUMN jdz.dated_deadline.docno IS 'the document that sets the date';
COMMENT ON COLUMN jdz.dated_deadline.article IS 'the article of that document';
COMMENT ON COLUMN jdz.dated_deadline.subject IS 'what must be reported, in the words of the text';
COMMENT ON COLUMN jdz.dated_deadline.due_on IS 'the last day (inclusive; "每季度末" is the last day of the quarter, even a Saturday)';
COMMENT ON COLUMN jdz.dated_deadline.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.dated_deadline', 'WHERE NOT builtin');
--@load jdz.dated_deadline data/dated_deadline.csv

CREATE TABLE jdz.programme_stage (
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	stage text NOT NULL,
	ord int NOT NULL,
	starts_on date NOT NULL,
	ends_on date NOT NULL,
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (docno, stage),
	UNIQUE (docno, ord),
	CHECK (ends_on >= starts_on)
);
COMMENT ON TABLE jdz.programme_stage IS 'programme windows (spec 40 §d.4): inclusive month ranges, which may overlap; a horizon is never an expiry; read with jdz.programme_stages(docno, on_date)';
COMMENT ON COLUMN jdz.programme_stage.docno IS 'the programme document';
COMMENT ON COLUMN jdz.programme_stage.stage IS 'the stage name as printed (动员部署, 排查整治 …)';
COMMENT ON COLUMN jdz.programme_stage.ord IS 'order of the stage in the text';
COMMENT ON COLUMN jdz.programme_stage.starts_on IS 'first day of the stage (inclusive)';
COMMENT ON COLUMN jdz.programme_stage.ends_on IS 'last day of the stage (inclusive)';
COMMENT ON COLUMN jdz.programme_stage.source IS 'the words of the text';
COMMENT ON COLUMN jdz.programme_stage.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.programme_stage', 'WHERE NOT builtin');
--@load jdz.programme_stage data/programme_stage.csv

CREATE TABLE jdz.plan_target (
	target_id text PRIMARY KEY,
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	rule_id text NOT NULL,
	task_no int,
	due_on date NOT NULL,
	indicator text NOT NULL,
	comparator jdz.comparator NOT NULL,
	target numeric NOT NULL,
	unit text,
	source text,
	builtin boolean NOT NULL DEFAULT false,
	CHECK (comparator <> 'bool' OR target = 1)
);
COMMENT ON TABLE jdz.plan_target IS 'dated targets with an indicator (spec 40 §d.5): digital government (DG-T, DG-G, DG-B), services plan (S003-SVC-01), fire plan (FIRE-06, FIRE-09), CITY-03; read with jdz.target_status(target_id, achieved, achieved_on)';
COMMENT ON COLUMN jdz.plan_target.target_id IS '<rule>-<id>: DG-Tnn-yyyy (milestone of task nn due at the end of yyyy), DG-Tnn-yyyy-qk (its k-th quantified indicator), DG-Gn, DG-Bn, SVC-Mn, FIRE-…, CITY-03';
COMMENT ON COLUMN jdz.plan_target.docno IS 'the plan document';
COMMENT ON COLUMN jdz.plan_target.rule_id IS 'the rule ID (DG-T, DG-G, DG-B, S003-SVC-01, FIRE-06, FIRE-09, CITY-03)';
COMMENT ON COLUMN jdz.plan_target.task_no IS 'task number of the annex of 景府办字〔2022〕45号, else NULL';
COMMENT ON COLUMN jdz.plan_target.due_on IS 'the last day (inclusive; 年底 / 年底前 / 到…年 = 12-31)';
COMMENT ON COLUMN jdz.plan_target.indicator IS 'the indicator or milestone, in the words of the text';
COMMENT ON COLUMN jdz.plan_target.comparator IS 'how the achieved value is compared with the target';
COMMENT ON COLUMN jdz.plan_target.target IS 'the target value (1 for bool milestones)';
COMMENT ON COLUMN jdz.plan_target.unit IS 'the unit of the target (%, 项, 个 …)';
COMMENT ON COLUMN jdz.plan_target.source IS 'verbatim phrase or line of the source, where recorded';
COMMENT ON COLUMN jdz.plan_target.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.plan_target', 'WHERE NOT builtin');
--@load jdz.plan_target data/plan_target.csv

-- 41.3 Lookups over the dated-rule tables (spec 40 §b.1) -----------------------

-- F1: the fixed yearly date of a rule for a reference year (never moved).
CREATE FUNCTION jdz.annual_date(rule_id text, variant text, year int) RETURNS date
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	r jdz.annual_date_rule;
	known text;
BEGIN
	SELECT a.* INTO r FROM jdz.annual_date_rule a
	 WHERE a.rule_id = annual_date.rule_id AND a.variant = annual_date.variant;
	IF NOT FOUND THEN
		SELECT string_agg(quote_literal(a.variant), ', ' ORDER BY a.variant COLLATE "C") INTO known
		  FROM jdz.annual_date_rule a WHERE a.rule_id = annual_date.rule_id;
		IF known IS NULL THEN
			RAISE EXCEPTION 'unknown annual date rule "%"', left(annual_date.rule_id, 100)
				USING ERRCODE = '22023',
					  DETAIL = 'jdz.annual_date_rule has no row for this rule (spec 40 §d.2).',
					  HINT = 'The rules with yearly dates are: ' ||
						(SELECT string_agg(DISTINCT a.rule_id, ', ') FROM jdz.annual_date_rule a) || '.';
		END IF;
		RAISE EXCEPTION 'unknown variant "%" of annual date rule %', left(annual_date.variant, 100), annual_date.rule_id
			USING ERRCODE = '22023',
				  DETAIL = format('The variants of %s are: %s.', annual_date.rule_id, known);
	END IF;
	IF (r.from_year IS NOT NULL AND annual_date.year < r.from_year)
	   OR (r.to_year IS NOT NULL AND annual_date.year > r.to_year)
	   OR annual_date.year < 1 OR annual_date.year > 5874890 THEN
		RAISE EXCEPTION 'year % is outside the years of rule %', annual_date.year, r.rule_id
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s %s: %s', r.rule_id, r.docno, r.article, r.subject),
				  HINT = format('%s covers the %s years %s–%s.', r.rule_id,
							CASE WHEN r.rule_id LIKE 'CITY-%' OR r.rule_id LIKE 'GA-%' THEN 'programme' ELSE 'reference' END,
							coalesce(r.from_year::text, '1'), coalesce(r.to_year::text, ''));
	END IF;
	IF r.month = 2 AND r.day = 29 AND NOT (
		   (annual_date.year + r.year_offset) % 4 = 0
		   AND ((annual_date.year + r.year_offset) % 100 <> 0 OR (annual_date.year + r.year_offset) % 400 = 0)) THEN
		RAISE EXCEPTION 'year % has no 29 February for rule %', annual_date.year + r.year_offset, r.rule_id
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s %s', r.rule_id, r.docno, r.article),
				  HINT = 'A fixed date is never moved or clamped; correct the row of jdz.annual_date_rule.';
	END IF;
	RETURN make_date(annual_date.year + r.year_offset, r.month, r.day);
END
$f$;
COMMENT ON FUNCTION jdz.annual_date(text, text, int) IS 'the fixed yearly date of a jdz.annual_date_rule row for a reference year (spec 40 F1; CA-9, CA-18, GA-17, GA-18, CITY-02, S003-TL-05): make_date(year + year_offset, month, day), never moved, inclusive; 22023 for an unknown rule or variant (detail lists the variants) or a year outside [from_year, to_year]';

-- F2: the next one-off report date of a rule on or after a day.
CREATE FUNCTION jdz.next_deadline(rule_id text, on_date date) RETURNS date
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	d date;
BEGIN
	SELECT min(x.due_on) INTO d FROM jdz.dated_deadline x
	 WHERE x.rule_id = next_deadline.rule_id AND x.due_on >= next_deadline.on_date;
	IF d IS NULL AND NOT EXISTS (SELECT 1 FROM jdz.dated_deadline x WHERE x.rule_id = next_deadline.rule_id) THEN
		RAISE EXCEPTION 'unknown dated deadline rule "%"', left(next_deadline.rule_id, 100)
			USING ERRCODE = '22023',
				  DETAIL = 'jdz.dated_deadline has no row for this rule (spec 40 §d.3).',
				  HINT = 'The rules with one-off report dates are: ' ||
					coalesce((SELECT string_agg(DISTINCT x.rule_id, ', ') FROM jdz.dated_deadline x), 'none') || '.';
	END IF;
	RETURN d;
END
$f$;
COMMENT ON FUNCTION jdz.next_deadline(text, date) IS 'the smallest due_on >= on_date among the jdz.dated_deadline rows of a rule (spec 40 F2; CONS-02): on a deadline day that deadline is still the next one; NULL after the last; 22023 if the rule has no rows';

-- F3: the stages of a programme running on a day.
CREATE FUNCTION jdz.programme_stages(docno jdz.docno, on_date date) RETURNS text[]
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	s text[];
BEGIN
	SELECT array_agg(p.stage ORDER BY p.ord) INTO s FROM jdz.programme_stage p
	 WHERE p.docno = programme_stages.docno
	   AND p.starts_on <= programme_stages.on_date AND programme_stages.on_date <= p.ends_on;
	IF s IS NULL THEN
		IF NOT EXISTS (SELECT 1 FROM jdz.programme_stage p WHERE p.docno = programme_stages.docno) THEN
			RAISE EXCEPTION 'document % has no programme stages', programme_stages.docno
				USING ERRCODE = '22023',
					  DETAIL = 'jdz.programme_stage has no row for this document (spec 40 §d.4).',
					  HINT = 'The documents with programme stages are: ' ||
						coalesce((SELECT string_agg(DISTINCT p.docno::text, ', ') FROM jdz.programme_stage p), 'none') || '.';
		END IF;
		RETURN '{}'::text[];
	END IF;
	RETURN s;
END
$f$;
COMMENT ON FUNCTION jdz.programme_stages(jdz.docno, date) IS 'the names of the jdz.programme_stage rows of a document with starts_on <= on_date <= ends_on, ordered by ord (spec 40 F3; CONS-01, CITY-01, IP-05, S003-MIN-01): stages may overlap; ''{}'' outside every stage; 22023 if the document has no stages';

-- F4: whether a dated target was met, and on time.
CREATE FUNCTION jdz.target_status(target_id text, achieved numeric, achieved_on date) RETURNS jdz.target_result
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	t jdz.plan_target;
	met boolean;
BEGIN
	SELECT p.* INTO t FROM jdz.plan_target p WHERE p.target_id = target_status.target_id;
	IF NOT FOUND THEN
		IF target_status.target_id ~ '^DG-T2[2-5](-|$)' THEN
			RAISE EXCEPTION 'unknown target "%"', target_status.target_id
				USING ERRCODE = '22023',
					  DETAIL = 'DG-T, 景府办字〔2022〕45号 附件: tasks 22–25 are missing from the source (a page is lost), so they have no targets (A-1).',
					  HINT = 'No rows are invented for tasks 22–25; a DBA who has the full text may add them to jdz.plan_target.';
		END IF;
		RAISE EXCEPTION 'unknown target "%"', left(target_status.target_id, 100)
			USING ERRCODE = '22023',
				  DETAIL = 'jdz.plan_target has no row with this target_id (spec 40 §d.5).',
				  HINT = 'Target ids look like DG-T32-2022-q1, DG-G1, DG-B4-q1, SVC-M1, FIRE-06-2022-new, CITY-03.';
	END IF;
	IF target_status.achieved = 'NaN'::numeric OR target_status.achieved IN ('Infinity'::numeric, '-Infinity'::numeric) THEN
		RAISE EXCEPTION 'achieved must be a finite number, not %', target_status.achieved
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s: %s', t.rule_id, t.docno, t.indicator);
	END IF;
	IF t.comparator = 'approx' THEN
		RAISE EXCEPTION 'target % is approximate and has no pass or fail', t.target_id
			USING ERRCODE = '22023',
				  DETAIL = format('%s, %s: %s (左右 / expected quantity, A-40, A-41)', t.rule_id, t.docno, t.indicator),
				  HINT = 'Compare the achieved value with jdz.plan_target.target yourself; the text defines no tolerance.';
	ELSIF t.comparator = 'bool' THEN
		IF target_status.achieved NOT IN (0, 1) THEN
			RAISE EXCEPTION 'achieved must be 0 or 1 for milestone %, not %', t.target_id, target_status.achieved
				USING ERRCODE = '22023',
					  DETAIL = format('%s, %s: %s', t.rule_id, t.docno, t.indicator),
					  HINT = 'Pass 1 when the milestone is done, 0 when it is not.';
		END IF;
		met := target_status.achieved = 1;
	ELSIF t.comparator = 'ge' THEN
		met := target_status.achieved >= t.target;
	ELSE
		met := target_status.achieved <= t.target;
	END IF;
	IF NOT met THEN
		RETURN 'not_met';
	ELSIF target_status.achieved_on <= t.due_on THEN
		RETURN 'met_on_time';
	END IF;
	RETURN 'met_late';
END
$f$;
COMMENT ON FUNCTION jdz.target_status(text, numeric, date) IS 'met_on_time, met_late or not_met for a jdz.plan_target row (spec 40 F4; DG-T, DG-G, DG-B, S003-SVC-01, FIRE-06, FIRE-09, CITY-03): ge achieved >= target, le achieved <= target, bool achieved = 1, compared exactly; 22023 for an unknown target (hint for tasks 22–25, A-1), a bool target with achieved other than 0 or 1, an approx target, a non-finite achieved';

-- 41.4 Delegated powers (spec 40 §f.6) ------------------------------------------

CREATE TABLE jdz.delegated_power (
	list_id text NOT NULL CHECK (list_id IN ('D1-A1', 'D1-A2', 'D3-A')),
	item_no int NOT NULL CHECK (item_no > 0),
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	name text NOT NULL,
	power_type jdz.power_type NOT NULL,
	raw_type text NOT NULL,
	implementer text NOT NULL,
	implementer_level text NOT NULL CHECK (implementer_level IN ('provincial', 'city', 'county')),
	holder text NOT NULL CHECK (holder IN ('景德镇高新区', '昌南新区')),
	mode jdz.delegation_mode,
	remark text NOT NULL DEFAULT '',
	industrial_only boolean NOT NULL DEFAULT false,
	precondition text,
	source_line text NOT NULL,
	repealed_on date,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (list_id, item_no)
);
COMMENT ON TABLE jdz.delegated_power IS 'the 91 delegated powers (spec 40 §f.6; S003-DEL-01..03, -09): D1-A1 (46 provincial powers) and D1-A2 (21 city powers) to 景德镇高新区 under 景府发〔2022〕9号, D3-A (24 powers) to 昌南新区 under 景府字〔2022〕154号';
COMMENT ON COLUMN jdz.delegated_power.list_id IS 'the list: D1-A1, D1-A2 (景府发〔2022〕9号 附件1, 附件2) or D3-A (景府字〔2022〕154号 附件)';
COMMENT ON COLUMN jdz.delegated_power.item_no IS 'the 序号 of the item in its list';
COMMENT ON COLUMN jdz.delegated_power.docno IS 'the document of the list';
COMMENT ON COLUMN jdz.delegated_power.name IS '赋权事项名称, inner spaces removed; not unique across lists (A-36)';
COMMENT ON COLUMN jdz.delegated_power.power_type IS 'the normalized power type (S003-DEL-02)';
COMMENT ON COLUMN jdz.delegated_power.raw_type IS 'the power type as printed (e.g. 其他行政权一备案)';
COMMENT ON COLUMN jdz.delegated_power.implementer IS 'the 实施机关 / 实施部门 column, verbatim';
COMMENT ON COLUMN jdz.delegated_power.implementer_level IS 'provincial (D1-A1), city, or county (D3-A items of 浮梁县政府)';
COMMENT ON COLUMN jdz.delegated_power.holder IS 'the zone that receives the power: 景德镇高新区 or 昌南新区';
COMMENT ON COLUMN jdz.delegated_power.mode IS 'the delegation mode (S003-DEL-03); NULL for D1-A1, which has no such column (A-45)';
COMMENT ON COLUMN jdz.delegated_power.remark IS 'the 备注, verbatim ('''' when empty)';
COMMENT ON COLUMN jdz.delegated_power.industrial_only IS 'true when the 备注 is 仅限工业项目 (S003-DEL-08)';
COMMENT ON COLUMN jdz.delegated_power.precondition IS 'a procedural precondition of the 备注, verbatim (S003-DEL-09); not evaluated';
COMMENT ON COLUMN jdz.delegated_power.source_line IS 'the line(s) of raw seed 003 the row comes from';
COMMENT ON COLUMN jdz.delegated_power.repealed_on IS 'the first day the item is no longer delegated; NULL for all shipped rows';
COMMENT ON COLUMN jdz.delegated_power.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.delegated_power', 'WHERE NOT builtin');
--@load jdz.delegated_power data/delegated_power.csv

CREATE TABLE jdz.power_scope (
	list_id text NOT NULL,
	item_no int NOT NULL,
	fact text NOT NULL,
	op text NOT NULL CHECK (op IN ('is_true', 'is_false', 'in', 'ge', 'gt', 'le', 'lt')),
	num numeric,
	vals text[],
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (list_id, item_no, fact, op),
	FOREIGN KEY (list_id, item_no) REFERENCES jdz.delegated_power,
	CHECK ((op IN ('ge', 'gt', 'le', 'lt')) = (num IS NOT NULL)),
	CHECK ((op = 'in') = (vals IS NOT NULL))
);
COMMENT ON TABLE jdz.power_scope IS 'scope conditions of delegated powers written in 备注 or in the item names (spec 40 §f.6; S003-DEL-04..08); all rows of an item must hold; evaluated by jdz.power_in_scope';
COMMENT ON COLUMN jdz.power_scope.list_id IS 'the list of the item';
COMMENT ON COLUMN jdz.power_scope.item_no IS 'the item number';
COMMENT ON COLUMN jdz.power_scope.fact IS 'the key in the facts jsonb of jdz.power_in_scope';
COMMENT ON COLUMN jdz.power_scope.op IS 'is_true / is_false (JSON boolean), in (JSON string, one of vals), ge / gt / le / lt (JSON number compared with num)';
COMMENT ON COLUMN jdz.power_scope.num IS 'the bound of ge, gt, le, lt';
COMMENT ON COLUMN jdz.power_scope.vals IS 'the allowed values of in';
COMMENT ON COLUMN jdz.power_scope.source IS 'the words of the 备注 or of the item name';
COMMENT ON COLUMN jdz.power_scope.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.power_scope', 'WHERE NOT builtin');
--@load jdz.power_scope data/power_scope.csv

CREATE TABLE jdz.rf_protection_level (
	label text PRIMARY KEY,
	ordinal numeric NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.rf_protection_level IS 'civil-air-defence (人防) protection levels and their ordinals (S003-DEL-04, A-17): a lower ordinal is stronger protection, "核5级以上" = ordinal <= 5';
COMMENT ON COLUMN jdz.rf_protection_level.label IS 'the level as written: 核1 … 核6B';
COMMENT ON COLUMN jdz.rf_protection_level.ordinal IS 'the ordinal (核4B = 4.5, 核6B = 6.5)';
COMMENT ON COLUMN jdz.rf_protection_level.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.rf_protection_level', 'WHERE NOT builtin');
--@load jdz.rf_protection_level data/rf_protection_level.csv

CREATE TABLE jdz.delegation_basis (
	basis jdz.docno NOT NULL,
	holder text NOT NULL,
	repealed_by jdz.docno REFERENCES jdz.document,
	repealed_on date,
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (basis, holder)
);
COMMENT ON TABLE jdz.delegation_basis IS 'documents under which earlier powers were granted or claimed, and whether they were repealed (spec 40 §f.6; S003-DOC-03, S003-DOC-04)';
COMMENT ON COLUMN jdz.delegation_basis.basis IS 'the earlier document';
COMMENT ON COLUMN jdz.delegation_basis.holder IS 'the zone that held the powers';
COMMENT ON COLUMN jdz.delegation_basis.repealed_by IS 'the document that repealed the powers; NULL when they continue';
COMMENT ON COLUMN jdz.delegation_basis.repealed_on IS 'the first day they are repealed; NULL: continues ("仍按原规定执行")';
COMMENT ON COLUMN jdz.delegation_basis.source IS 'the words of the text';
COMMENT ON COLUMN jdz.delegation_basis.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.delegation_basis', 'WHERE NOT builtin');
--@load jdz.delegation_basis data/delegation_basis.csv

CREATE TABLE jdz.meeting (
	series text NOT NULL,
	meeting_no int NOT NULL,
	held_on date NOT NULL,
	chair text,
	source text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (series, meeting_no)
);
COMMENT ON TABLE jdz.meeting IS 'meetings that adopted the documents of the seeds (spec 40 §f.6; S003-MTG-01: held_on <= the document date); numbers restart with each government term';
COMMENT ON COLUMN jdz.meeting.series IS 'the meeting series (市政府常务会议); a DBA adding another term adds it to the series name';
COMMENT ON COLUMN jdz.meeting.meeting_no IS 'the number of the meeting in its series';
COMMENT ON COLUMN jdz.meeting.held_on IS 'the date of the meeting';
COMMENT ON COLUMN jdz.meeting.chair IS 'who chaired it; NULL where the seeds do not say';
COMMENT ON COLUMN jdz.meeting.source IS 'where the seeds report it';
COMMENT ON COLUMN jdz.meeting.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.meeting', 'WHERE NOT builtin');
--@load jdz.meeting data/meeting.csv

-- 41.5 Lookups over the delegated powers (spec 40 §b.7) -------------------------

-- F20: whether an item of a delegation list is in force on a day.
CREATE FUNCTION jdz.power_in_force(list_id text, item_no int, on_date date) RETURNS boolean
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	p record;
	n int;
BEGIN
	SELECT d.effective_from, x.repealed_on INTO p
	  FROM jdz.delegated_power x LEFT JOIN jdz.document d ON d.docno = x.docno
	 WHERE x.list_id = power_in_force.list_id AND x.item_no = power_in_force.item_no;
	IF NOT FOUND THEN
		SELECT count(*) INTO n FROM jdz.delegated_power x WHERE x.list_id = power_in_force.list_id;
		IF n = 0 THEN
			RAISE EXCEPTION 'unknown delegation list "%"', left(power_in_force.list_id, 100)
				USING ERRCODE = '22023',
					  DETAIL = 'S003-DOC-02: the lists are D1-A1 and D1-A2 (景府发〔2022〕9号) and D3-A (景府字〔2022〕154号).';
		END IF;
		RAISE EXCEPTION 'item % is not in delegation list %', power_in_force.item_no, power_in_force.list_id
			USING ERRCODE = '22023',
				  DETAIL = format('S003-DEL-01: list %s has %s items (%s).', power_in_force.list_id, n,
						(SELECT string_agg(DISTINCT x.docno::text, ', ') FROM jdz.delegated_power x WHERE x.list_id = power_in_force.list_id));
	END IF;
	RETURN power_in_force.on_date >= p.effective_from
		   AND (p.repealed_on IS NULL OR power_in_force.on_date < p.repealed_on);
END
$f$;
COMMENT ON FUNCTION jdz.power_in_force(text, int, date) IS 'whether a jdz.delegated_power item is in force on a day (spec 40 F20; S003-DOC-02): on_date >= effective_from of the list''s document (D1-A1, D1-A2 from 2022-12-16; D3-A from 2022-12-11) and before the item''s repealed_on; 22023 for an unknown list or an item not in the list';

-- F21: the zones that hold an in-force power of this exact name.
CREATE FUNCTION jdz.power_holders(power text, on_date date) RETURNS text[]
	LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
	SELECT coalesce(pg_catalog.array_agg(h.holder ORDER BY h.list_id COLLATE "C", h.item_no), '{}'::text[])
	  FROM (SELECT DISTINCT ON (x.holder) x.holder, x.list_id, x.item_no
			  FROM jdz.delegated_power x
			  JOIN jdz.document d ON d.docno OPERATOR(jdz.=) x.docno
			 WHERE x.name OPERATOR(pg_catalog.=) pg_catalog.btrim(power_holders.power)
			   AND d.effective_from OPERATOR(pg_catalog.<=) power_holders.on_date
			   AND (x.repealed_on IS NULL OR power_holders.on_date OPERATOR(pg_catalog.<) x.repealed_on)
			 ORDER BY x.holder, x.list_id COLLATE "C", x.item_no) h;
END;
COMMENT ON FUNCTION jdz.power_holders(text, date) IS 'the distinct holders (景德镇高新区, 昌南新区) of the in-force delegated items whose name equals btrim(power) exactly, ordered by list_id (C collation) then item_no (spec 40 F21; S003-DEL-01, A-36); ''{}'' when none matches';

-- F22: whether the scope conditions of an item hold for the facts of a case.
CREATE FUNCTION jdz.power_in_scope(list_id text, item_no int, facts jsonb DEFAULT '{}') RETURNS boolean
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
AS $f$
DECLARE
	s record;
	v jsonb;
	x numeric;
	ok boolean;
	unknown boolean := false;
	k text;
	n int;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM jdz.delegated_power p
					WHERE p.list_id = power_in_scope.list_id AND p.item_no = power_in_scope.item_no) THEN
		SELECT count(*) INTO n FROM jdz.delegated_power p WHERE p.list_id = power_in_scope.list_id;
		IF n = 0 THEN
			RAISE EXCEPTION 'unknown delegation list "%"', left(power_in_scope.list_id, 100)
				USING ERRCODE = '22023',
					  DETAIL = 'S003-DEL-04..08: the lists are D1-A1, D1-A2 and D3-A.';
		END IF;
		RAISE EXCEPTION 'item % is not in delegation list %', power_in_scope.item_no, power_in_scope.list_id
			USING ERRCODE = '22023',
				  DETAIL = format('S003-DEL-01: list %s has %s items.', power_in_scope.list_id, n);
	END IF;
	IF jsonb_typeof(facts) <> 'object' THEN
		RAISE EXCEPTION 'facts must be a JSON object, not %', jsonb_typeof(facts)
			USING ERRCODE = '22023',
				  DETAIL = 'S003-DEL-04..08: the facts of the case, keyed by fact name.',
				  HINT = 'Pass for example ''{"floor_area_m2": 25000, "rf_protection_level": "核5"}''.';
	END IF;
	-- the documented facts must have their JSON type, whatever item is asked
	FOREACH k IN ARRAY ARRAY['project_type', 'qualification_grade', 'filling_subtype', 'rf_protection_level'] LOOP
		v := facts -> k;
		IF v IS NOT NULL AND jsonb_typeof(v) NOT IN ('string', 'null') THEN
			RAISE EXCEPTION 'fact % must be a JSON string, not %', k, jsonb_typeof(v)
				USING ERRCODE = '22023', DETAIL = 'S003-DEL-04..08, spec 40 §f.6 (fact keys and JSON types).';
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['industrial_techreno', 'has_water_quota', 'has_commerce_function', 'foreign_invested', 'is_industrial'] LOOP
		v := facts -> k;
		IF v IS NOT NULL AND jsonb_typeof(v) NOT IN ('boolean', 'null') THEN
			RAISE EXCEPTION 'fact % must be a JSON boolean, not %', k, jsonb_typeof(v)
				USING ERRCODE = '22023', DETAIL = 'S003-DEL-04..08, spec 40 §f.6 (fact keys and JSON types).';
		END IF;
	END LOOP;
	FOREACH k IN ARRAY ARRAY['floor_area_m2', 'annual_tce'] LOOP
		v := facts -> k;
		IF v IS NOT NULL AND jsonb_typeof(v) NOT IN ('number', 'null') THEN
			RAISE EXCEPTION 'fact % must be a JSON number, not %', k, jsonb_typeof(v)
				USING ERRCODE = '22023', DETAIL = 'S003-DEL-04..08, spec 40 §f.6 (fact keys and JSON types).';
		END IF;
		IF jsonb_typeof(v) = 'number' AND (v #>> '{}')::numeric < 0 THEN
			RAISE EXCEPTION 'fact % must not be negative, not %', k, v #>> '{}'
				USING ERRCODE = '22023',
					  DETAIL = CASE k WHEN 'floor_area_m2' THEN 'S003-DEL-04, 景府发〔2022〕9号 附件1 第45项: building area in m².'
									  ELSE 'S003-DEL-05, 景府发〔2022〕9号 附件2 第20项: annual energy use in tonnes of standard coal.' END;
		END IF;
	END LOOP;
	v := facts -> 'rf_protection_level';
	IF jsonb_typeof(v) = 'string' AND NOT EXISTS (SELECT 1 FROM jdz.rf_protection_level r WHERE r.label = v #>> '{}') THEN
		RAISE EXCEPTION 'unknown civil-air-defence protection level "%"', left(v #>> '{}', 100)
			USING ERRCODE = '22023',
				  DETAIL = 'S003-DEL-04, A-17: the levels are ' ||
					(SELECT string_agg(r.label, ', ' ORDER BY r.ordinal) FROM jdz.rf_protection_level r) || '.';
	END IF;

	FOR s IN SELECT * FROM jdz.power_scope ps
			  WHERE ps.list_id = power_in_scope.list_id AND ps.item_no = power_in_scope.item_no
			  ORDER BY ps.fact, ps.op LOOP
		v := facts -> s.fact;
		IF v IS NULL OR jsonb_typeof(v) = 'null' THEN
			unknown := true;
			CONTINUE;
		END IF;
		IF s.op IN ('is_true', 'is_false') THEN
			IF jsonb_typeof(v) <> 'boolean' THEN
				RAISE EXCEPTION 'fact % must be a JSON boolean, not %', s.fact, jsonb_typeof(v)
					USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
			END IF;
			ok := (v #>> '{}')::boolean = (s.op = 'is_true');
		ELSIF s.op = 'in' THEN
			IF jsonb_typeof(v) <> 'string' THEN
				RAISE EXCEPTION 'fact % must be a JSON string, not %', s.fact, jsonb_typeof(v)
					USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
			END IF;
			ok := (v #>> '{}') = ANY (s.vals);
		ELSE
			IF s.fact = 'rf_protection_level' THEN
				IF jsonb_typeof(v) <> 'string' THEN
					RAISE EXCEPTION 'fact % must be a JSON string, not %', s.fact, jsonb_typeof(v)
						USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
				END IF;
				SELECT r.ordinal INTO x FROM jdz.rf_protection_level r WHERE r.label = v #>> '{}';
			ELSE
				IF jsonb_typeof(v) <> 'number' THEN
					RAISE EXCEPTION 'fact % must be a JSON number, not %', s.fact, jsonb_typeof(v)
						USING ERRCODE = '22023', DETAIL = format('%s #%s: %s', s.list_id, s.item_no, s.source);
				END IF;
				x := (v #>> '{}')::numeric;
			END IF;
			ok := CASE s.op WHEN 'ge' THEN x >= s.num WHEN 'gt' THEN x > s.num
							WHEN 'le' THEN x <= s.num ELSE x < s.num END;
		END IF;
		IF NOT ok THEN
			RETURN false;
		END IF;
	END LOOP;
	IF unknown THEN
		RETURN NULL;
	END IF;
	RETURN true;
END
$f$;
COMMENT ON FUNCTION jdz.power_in_scope(text, int, jsonb) IS 'whether the jdz.power_scope conditions of a delegated item hold for the facts of a case (spec 40 F22; S003-DEL-04..08): false if any fails, else NULL if a fact is missing, else true (true for an item without conditions); it does not pick among items; 22023 for an unknown item, facts not an object, a fact of the wrong JSON type, a negative floor_area_m2 or annual_tce, an unknown protection level';

-- 41.6 Pure enumerations (spec 40 §f.1) ------------------------------------------

CREATE TABLE jdz.catalog_item (
	catalog text NOT NULL,
	code text NOT NULL,
	ord int NOT NULL,
	label_zh text NOT NULL,
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	article text NOT NULL,
	attrs jsonb,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (catalog, code),
	UNIQUE (catalog, ord)
);
COMMENT ON TABLE jdz.catalog_item IS 'pure enumerations of the texts (spec 40 §f.1): hotline kinds, exclusions, supervision items, accountability cases and forms, escalation levels, metrics (HL-9 … HL-27), civil-affairs fund types, project stages, cash purposes, incompatible posts (CA-2, CA-7b, CA-11, CA-12), aviation and data-sharing lists (GA-07, GA-16, GA-44..49, DS-09, DS-21), services plan (S003-SVC-02..05), mineral plan (S003-MIN-12..14)';
COMMENT ON COLUMN jdz.catalog_item.catalog IS 'the catalog (hl.exclusion, ca.fund_type, …)';
COMMENT ON COLUMN jdz.catalog_item.code IS 'stable key within the catalog';
COMMENT ON COLUMN jdz.catalog_item.ord IS 'order in the text (the first exclusion in ord order decides, HL-9)';
COMMENT ON COLUMN jdz.catalog_item.label_zh IS 'the text''s wording (condensed where the clause is long)';
COMMENT ON COLUMN jdz.catalog_item.docno IS 'the document of the list';
COMMENT ON COLUMN jdz.catalog_item.article IS 'the article of that document';
COMMENT ON COLUMN jdz.catalog_item.attrs IS 'catalog-specific attributes (ca.fund_type: purpose, allocation_method; ca.project_stage: kind, rank; …)';
COMMENT ON COLUMN jdz.catalog_item.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.catalog_item', 'WHERE NOT builtin');
--@load jdz.catalog_item data/catalog_item.csv

-- 41.7 Digital-government tasks and the 千馆之城 venues (spec 40 §f.5) --------------

CREATE TABLE jdz.dg_task (
	task_no int PRIMARY KEY CHECK (task_no BETWEEN 1 AND 66 AND task_no NOT BETWEEN 22 AND 25),
	section text NOT NULL,
	name text NOT NULL,
	lead_dept text NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.dg_task IS 'the key tasks of 景府办字〔2022〕45号 附件 (spec 40 §f.5; DG-T): 62 rows, tasks 1–21 and 26–66 (22–25 are missing from the source, A-1)';
COMMENT ON COLUMN jdz.dg_task.task_no IS 'the 序号 of the task';
COMMENT ON COLUMN jdz.dg_task.section IS 'the table heading (一 数字决策 … 八 安全保障, A-9)';
COMMENT ON COLUMN jdz.dg_task.name IS '工作任务, verbatim';
COMMENT ON COLUMN jdz.dg_task.lead_dept IS '责任部门, verbatim';
COMMENT ON COLUMN jdz.dg_task.source_line IS 'the line of raw seed 004 where the row starts';
COMMENT ON COLUMN jdz.dg_task.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.dg_task', 'WHERE NOT builtin');
--@load jdz.dg_task data/dg_task.csv

CREATE TABLE jdz.qg_venue (
	venue_id int PRIMARY KEY CHECK (venue_id BETWEEN 1 AND 100000),
	batch int NOT NULL DEFAULT 1,
	top_class text NOT NULL,
	sub_class text NOT NULL,
	leaf_class text,
	name text NOT NULL,
	district text,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.qg_venue IS 'the 330 venues of the first batch of 千馆之城 (景府办字〔2023〕51号; spec 40 §f.5; QG-01)';
COMMENT ON COLUMN jdz.qg_venue.venue_id IS 'running number in table order (1…330)';
COMMENT ON COLUMN jdz.qg_venue.batch IS 'the batch (1)';
COMMENT ON COLUMN jdz.qg_venue.top_class IS '陶瓷文化类 or 其他文化人文类';
COMMENT ON COLUMN jdz.qg_venue.sub_class IS 'the second-level class of the list';
COMMENT ON COLUMN jdz.qg_venue.leaf_class IS 'the third-level class; NULL where the list has none';
COMMENT ON COLUMN jdz.qg_venue.name IS 'the venue name, verbatim (A-QG4)';
COMMENT ON COLUMN jdz.qg_venue.district IS 'the district; not given per venue (A-QG1), NULL';
COMMENT ON COLUMN jdz.qg_venue.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.qg_venue', 'WHERE NOT builtin');
--@load jdz.qg_venue data/qg_venue.csv

CREATE TABLE jdz.qg_area_count (
	area text PRIMARY KEY,
	batch int NOT NULL DEFAULT 1,
	venues int NOT NULL CHECK (venues >= 0),
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.qg_area_count IS 'venues of the first batch of 千馆之城 per area (spec 40 §f.5; QG-01): the sum is 330; 高新区 has no count';
COMMENT ON COLUMN jdz.qg_area_count.area IS 'the county, district or zone';
COMMENT ON COLUMN jdz.qg_area_count.batch IS 'the batch (1)';
COMMENT ON COLUMN jdz.qg_area_count.venues IS 'the number of venues';
COMMENT ON COLUMN jdz.qg_area_count.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.qg_area_count', 'WHERE NOT builtin');
--@load jdz.qg_area_count data/qg_area_count.csv

-- 41.8 Mineral plan, 景府发〔2022〕10号 (spec 40 §f.7) -----------------------------

CREATE TABLE jdz.mineral_indicator (
	table_id text NOT NULL CHECK (table_id IN ('1-4', '3-1')),
	seq int NOT NULL,
	category text NOT NULL,
	indicator text NOT NULL,
	mineral text NOT NULL DEFAULT '',
	unit text NOT NULL,
	target numeric NOT NULL,
	target_text text NOT NULL,
	actual numeric,
	span jdz.indicator_span NOT NULL,
	attribute jdz.indicator_attribute NOT NULL,
	comparator jdz.comparator NOT NULL CHECK (comparator <> 'bool'),
	target_year int NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (table_id, seq),
	UNIQUE (table_id, indicator, mineral, unit)
);
COMMENT ON TABLE jdz.mineral_indicator IS 'the indicators of the mineral plan (S003-MIN-02..05): 专栏1-4 (2020 targets and actuals) and 专栏3-1 (2025 targets); completion = round(actual / target * 100) half-up, uncapped (printed percentages are not stored)';
COMMENT ON COLUMN jdz.mineral_indicator.table_id IS '1-4 (专栏1-4, 2016–2020) or 3-1 (专栏3-1, 2021–2025)';
COMMENT ON COLUMN jdz.mineral_indicator.seq IS 'row number within the table';
COMMENT ON COLUMN jdz.mineral_indicator.category IS 'the category of the table';
COMMENT ON COLUMN jdz.mineral_indicator.indicator IS 'the indicator';
COMMENT ON COLUMN jdz.mineral_indicator.mineral IS 'the mineral; '''' for non-mineral indicators';
COMMENT ON COLUMN jdz.mineral_indicator.unit IS 'the unit (a cell with two units gives two rows)';
COMMENT ON COLUMN jdz.mineral_indicator.target IS 'the target value';
COMMENT ON COLUMN jdz.mineral_indicator.target_text IS 'the target as printed: [35], ≤0.1';
COMMENT ON COLUMN jdz.mineral_indicator.actual IS 'the 2020 actual (专栏1-4 only)';
COMMENT ON COLUMN jdz.mineral_indicator.span IS 'annual, cumulative (printed in []) or state';
COMMENT ON COLUMN jdz.mineral_indicator.attribute IS 'expected (预期性) or binding (约束性)';
COMMENT ON COLUMN jdz.mineral_indicator.comparator IS 'ge, le (≤ and the 2020 mine count) or approx (开采总量, expected 主要矿种开采总量, the 2025 mine count)';
COMMENT ON COLUMN jdz.mineral_indicator.target_year IS 'the year of the target (2020 or 2025)';
COMMENT ON COLUMN jdz.mineral_indicator.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.mineral_indicator.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mineral_indicator', 'WHERE NOT builtin');
--@load jdz.mineral_indicator data/mineral_indicator.csv

CREATE TABLE jdz.mineral_min_scale (
	mineral text NOT NULL,
	method text NOT NULL DEFAULT '',
	min_scale numeric NOT NULL CHECK (min_scale > 0),
	unit text NOT NULL,
	per text NOT NULL CHECK (per IN ('year', 'day')),
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (mineral, method)
);
COMMENT ON TABLE jdz.mineral_min_scale IS 'minimum production scale of NEW mines, 专栏5-2 (S003-MIN-06): inclusive ("最低"); a mineral not listed has no minimum';
COMMENT ON COLUMN jdz.mineral_min_scale.mineral IS 'the mineral';
COMMENT ON COLUMN jdz.mineral_min_scale.method IS 'the mining method or use (地下开采, 露天开采, 岩金（地下开采）, 水泥用, 其他); '''' when not split';
COMMENT ON COLUMN jdz.mineral_min_scale.min_scale IS 'the minimum scale (a value equal to it complies)';
COMMENT ON COLUMN jdz.mineral_min_scale.unit IS 'the unit of the scale';
COMMENT ON COLUMN jdz.mineral_min_scale.per IS 'year, or day for 地热 (A-28)';
COMMENT ON COLUMN jdz.mineral_min_scale.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.mineral_min_scale.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mineral_min_scale', 'WHERE NOT builtin');
--@load jdz.mineral_min_scale data/mineral_min_scale.csv

CREATE TABLE jdz.mineral_min_life (
	mineral text PRIMARY KEY,
	min_years int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.mineral_min_life IS 'minimum service life of NEW mines (S003-MIN-07, A-18b): 10 years for building stone, shale and limestone kinds, 5 for every other mineral (*)';
COMMENT ON COLUMN jdz.mineral_min_life.mineral IS 'the mineral; * = every mineral not listed';
COMMENT ON COLUMN jdz.mineral_min_life.min_years IS 'the minimum service life in years (inclusive, "不小于")';
COMMENT ON COLUMN jdz.mineral_min_life.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mineral_min_life', 'WHERE NOT builtin');
--@load jdz.mineral_min_life data/mineral_min_life.csv

CREATE TABLE jdz.mine_threshold (
	mine_type text NOT NULL CHECK (mine_type IN ('砖瓦用页岩', '采石场')),
	existing boolean NOT NULL,
	min_scale numeric NOT NULL,
	min_life_years numeric,
	consequence text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (mine_type, existing)
);
COMMENT ON TABLE jdz.mine_threshold IS 'scale thresholds for shale and quarries, new and existing (S003-MIN-08, -09; A-18..A-20): a value equal to min_scale complies; a new quarry needs both thresholds';
COMMENT ON COLUMN jdz.mine_threshold.mine_type IS '砖瓦用页岩 or 采石场';
COMMENT ON COLUMN jdz.mine_threshold.existing IS 'true for existing mines, false for new ones';
COMMENT ON COLUMN jdz.mine_threshold.min_scale IS 'the minimum scale in 万吨 a year; below it a new mine is not allowed, an existing one is consolidated or rectified';
COMMENT ON COLUMN jdz.mine_threshold.min_life_years IS 'the minimum service life of a new mine, in years';
COMMENT ON COLUMN jdz.mine_threshold.consequence IS 'what the text says happens below the threshold';
COMMENT ON COLUMN jdz.mine_threshold.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mine_threshold', 'WHERE NOT builtin');
--@load jdz.mine_threshold data/mine_threshold.csv

CREATE TABLE jdz.planning_zone (
	kind text NOT NULL CHECK (kind IN ('national_planning_area', 'key_exploration_area',
									   'exploration_block', 'key_mining_area', 'mining_block')),
	name text NOT NULL,
	minerals text NOT NULL,
	issuer_level text CHECK (issuer_level IN ('national', 'provincial', 'city')),
	zone_count int NOT NULL CHECK (zone_count > 0),
	area_km2 numeric(12,4) NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (kind, name)
);
COMMENT ON TABLE jdz.planning_zone IS 'planning zones of the mineral plan, 专栏4-1 … 4-5 (S003-MIN-15): blocks are printed aggregated per mineral';
COMMENT ON COLUMN jdz.planning_zone.kind IS 'national_planning_area, key_exploration_area, exploration_block, key_mining_area or mining_block';
COMMENT ON COLUMN jdz.planning_zone.name IS 'the zone name (大背坞 stored corrected, A-9)';
COMMENT ON COLUMN jdz.planning_zone.minerals IS 'the minerals, as printed';
COMMENT ON COLUMN jdz.planning_zone.issuer_level IS 'who designates it; NULL where not printed (A-43)';
COMMENT ON COLUMN jdz.planning_zone.zone_count IS 'the number of zones the row aggregates';
COMMENT ON COLUMN jdz.planning_zone.area_km2 IS 'the area in km²';
COMMENT ON COLUMN jdz.planning_zone.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.planning_zone.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.planning_zone', 'WHERE NOT builtin');
--@load jdz.planning_zone data/planning_zone.csv

CREATE TABLE jdz.mine_structure (
	mineral text PRIMARY KEY,
	mines_2020 int NOT NULL,
	large_medium_2020 int NOT NULL,
	mines_2025 int NOT NULL,
	large_medium_2025 int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.mine_structure IS 'mine counts by mineral, 专栏5-1 (S003-MIN-05): sums 107 / 41 in 2020 and 100 / 50 in 2025';
COMMENT ON COLUMN jdz.mine_structure.mineral IS 'the mineral';
COMMENT ON COLUMN jdz.mine_structure.mines_2020 IS 'mines in 2020';
COMMENT ON COLUMN jdz.mine_structure.large_medium_2020 IS 'large and medium mines in 2020';
COMMENT ON COLUMN jdz.mine_structure.mines_2025 IS 'planned mines in 2025';
COMMENT ON COLUMN jdz.mine_structure.large_medium_2025 IS 'planned large and medium mines in 2025';
COMMENT ON COLUMN jdz.mine_structure.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.mine_structure', 'WHERE NOT builtin');
--@load jdz.mine_structure data/mine_structure.csv

-- 41.9 Social-science awards, 景府字〔2022〕160号 (spec 40 §f.8) -------------------

CREATE TABLE jdz.award_project (
	edition int NOT NULL,
	category jdz.award_category NOT NULL,
	tier jdz.award_tier NOT NULL,
	seq int NOT NULL CHECK (seq > 0),
	title text NOT NULL,
	publication text,
	winners text NOT NULL,
	winner_units text NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (edition, category, tier, seq)
);
COMMENT ON TABLE jdz.award_project IS 'the awarded works of the 10th social-science excellent-results awards (景府字〔2022〕160号; S003-AWD-01, -02): 31 rows, the tier enum order is the rank';
COMMENT ON COLUMN jdz.award_project.edition IS 'the edition (10 = 第十次社会科学优秀成果)';
COMMENT ON COLUMN jdz.award_project.category IS 'paper, monograph or popularization';
COMMENT ON COLUMN jdz.award_project.tier IS 'first, second or third';
COMMENT ON COLUMN jdz.award_project.seq IS 'the order within the category and tier';
COMMENT ON COLUMN jdz.award_project.title IS 'the title, verbatim from the attachment table (A-29)';
COMMENT ON COLUMN jdz.award_project.publication IS 'where it was published, as printed; NULL for 社科普及类';
COMMENT ON COLUMN jdz.award_project.winners IS 'the winners, as printed';
COMMENT ON COLUMN jdz.award_project.winner_units IS 'the winners'' units, as printed';
COMMENT ON COLUMN jdz.award_project.source_line IS 'the line of raw seed 003';
COMMENT ON COLUMN jdz.award_project.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.award_project', 'WHERE NOT builtin');
--@load jdz.award_project data/award_project.csv

-- 41.10 Fire plan, 景府办发〔2020〕4号 (spec 40 §f.9) -------------------------------

CREATE TABLE jdz.fire_station_milestone (
	plan_year int NOT NULL CHECK (plan_year BETWEEN 2020 AND 2022),
	project text NOT NULL,
	area_standard text NOT NULL,
	milestone text NOT NULL CHECK (milestone IN ('立项', '开工建设', '主体竣工', '投入使用')),
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (plan_year, project)
);
COMMENT ON TABLE jdz.fire_station_milestone IS 'fire-station milestones by year, annex 1 table 1 of 景府办发〔2020〕4号 (FIRE-01): 16 rows';
COMMENT ON COLUMN jdz.fire_station_milestone.plan_year IS 'the plan year (2020–2022)';
COMMENT ON COLUMN jdz.fire_station_milestone.project IS 'the station project';
COMMENT ON COLUMN jdz.fire_station_milestone.area_standard IS 'the building-area standard in m², as printed';
COMMENT ON COLUMN jdz.fire_station_milestone.milestone IS '立项, 开工建设, 主体竣工 or 投入使用 in that year';
COMMENT ON COLUMN jdz.fire_station_milestone.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.fire_station_milestone', 'WHERE NOT builtin');
--@load jdz.fire_station_milestone data/fire_station_milestone.csv

CREATE TABLE jdz.fire_township_team (
	county text NOT NULL,
	township text NOT NULL,
	plan_year int NOT NULL CHECK (plan_year BETWEEN 2020 AND 2022),
	action text NOT NULL CHECK (action IN ('new', 'consolidate')),
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (township, plan_year)
);
COMMENT ON TABLE jdz.fire_township_team IS 'township fire teams to build or consolidate, annex 1 table 2 of 景府办发〔2020〕4号 (FIRE-02): 20 rows, new teams 7 / 6 / 6';
COMMENT ON COLUMN jdz.fire_township_team.county IS 'the county or district';
COMMENT ON COLUMN jdz.fire_township_team.township IS 'the township';
COMMENT ON COLUMN jdz.fire_township_team.plan_year IS 'the plan year (2020–2022)';
COMMENT ON COLUMN jdz.fire_township_team.action IS 'new (新建任务) or consolidate (巩固提升)';
COMMENT ON COLUMN jdz.fire_township_team.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.fire_township_team', 'WHERE NOT builtin');
--@load jdz.fire_township_team data/fire_township_team.csv

CREATE TABLE jdz.fire_equipment_plan (
	annex int NOT NULL CHECK (annex IN (2, 3)),
	plan_year int NOT NULL CHECK (plan_year BETWEEN 2020 AND 2022),
	category text NOT NULL,
	item text NOT NULL,
	quantity int,
	unit text,
	note text,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (annex, plan_year, category, item)
);
COMMENT ON TABLE jdz.fire_equipment_plan IS 'equipment and command-platform plan, annexes 2 and 3 of 景府办发〔2020〕4号 (FIRE-10)';
COMMENT ON COLUMN jdz.fire_equipment_plan.annex IS '2 (equipment) or 3 (command platform)';
COMMENT ON COLUMN jdz.fire_equipment_plan.plan_year IS 'the plan year (2020–2022)';
COMMENT ON COLUMN jdz.fire_equipment_plan.category IS 'annex 2: 基本装备 / 专项装备 / 车辆; annex 3: the 项目';
COMMENT ON COLUMN jdz.fire_equipment_plan.item IS 'annex 2: 名称; annex 3: 设备';
COMMENT ON COLUMN jdz.fire_equipment_plan.quantity IS 'the quantity; NULL where none is printed';
COMMENT ON COLUMN jdz.fire_equipment_plan.unit IS 'the unit of the quantity';
COMMENT ON COLUMN jdz.fire_equipment_plan.note IS 'the 备注, verbatim';
COMMENT ON COLUMN jdz.fire_equipment_plan.builtin IS 'true for the rows the extension ships (not dumped); false for rows a DBA adds (dumped)';
SELECT pg_catalog.pg_extension_config_dump('jdz.fire_equipment_plan', 'WHERE NOT builtin');
--@load jdz.fire_equipment_plan data/fire_equipment_plan.csv

-- 41.11 Privileges --------------------------------------------------------------

GRANT SELECT ON jdz.annual_date_rule, jdz.dated_deadline, jdz.programme_stage, jdz.plan_target,
	jdz.delegated_power, jdz.power_scope, jdz.rf_protection_level, jdz.delegation_basis, jdz.meeting,
	jdz.catalog_item, jdz.dg_task, jdz.qg_venue, jdz.qg_area_count,
	jdz.mineral_indicator, jdz.mineral_min_scale, jdz.mineral_min_life, jdz.mine_threshold,
	jdz.planning_zone, jdz.mine_structure, jdz.award_project,
	jdz.fire_station_milestone, jdz.fire_township_team, jdz.fire_equipment_plan
	TO PUBLIC;

-- a trusted extension: the tables belong to the extension owner (test/sh/90-trusted.sh)
ALTER TABLE jdz.annual_date_rule OWNER TO @extowner@;
ALTER TABLE jdz.dated_deadline OWNER TO @extowner@;
ALTER TABLE jdz.programme_stage OWNER TO @extowner@;
ALTER TABLE jdz.plan_target OWNER TO @extowner@;
ALTER TABLE jdz.delegated_power OWNER TO @extowner@;
ALTER TABLE jdz.power_scope OWNER TO @extowner@;
ALTER TABLE jdz.rf_protection_level OWNER TO @extowner@;
ALTER TABLE jdz.delegation_basis OWNER TO @extowner@;
ALTER TABLE jdz.meeting OWNER TO @extowner@;
ALTER TABLE jdz.catalog_item OWNER TO @extowner@;
ALTER TABLE jdz.dg_task OWNER TO @extowner@;
ALTER TABLE jdz.qg_venue OWNER TO @extowner@;
ALTER TABLE jdz.qg_area_count OWNER TO @extowner@;
ALTER TABLE jdz.mineral_indicator OWNER TO @extowner@;
ALTER TABLE jdz.mineral_min_scale OWNER TO @extowner@;
ALTER TABLE jdz.mineral_min_life OWNER TO @extowner@;
ALTER TABLE jdz.mine_threshold OWNER TO @extowner@;
ALTER TABLE jdz.planning_zone OWNER TO @extowner@;
ALTER TABLE jdz.mine_structure OWNER TO @extowner@;
ALTER TABLE jdz.award_project OWNER TO @extowner@;
ALTER TABLE jdz.fire_station_milestone OWNER TO @extowner@;
ALTER TABLE jdz.fire_township_team OWNER TO @extowner@;
ALTER TABLE jdz.fire_equipment_plan OWNER TO @extowner@;

-- 41.12 Rule mapping (spec 40 §g): what this part implements.  Appended, so the
-- entries of other parts for the same rule are kept.

UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-9';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-11.4';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-11.6';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-25';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-21';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-26';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'HL-27';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target,jdz.dg_task}'::text[] WHERE rule_id = 'DG-T';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'DG-G';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'DG-B';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-2';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-7b';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'CA-9';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-11a';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-11b';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'CA-12';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'CA-18';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-07';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-16';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'GA-17';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'GA-18';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-44';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-45';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-46';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-47';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-48';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'GA-49';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'DS-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'DS-13';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'DS-21';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.qg_venue,jdz.qg_area_count}'::text[] WHERE rule_id = 'QG-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'IP-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'CONS-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.next_deadline,jdz.dated_deadline}'::text[] WHERE rule_id = 'CONS-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'CITY-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'CITY-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'CITY-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.fire_station_milestone}'::text[] WHERE rule_id = 'FIRE-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.fire_township_team}'::text[] WHERE rule_id = 'FIRE-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'FIRE-06';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'FIRE-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.fire_equipment_plan}'::text[] WHERE rule_id = 'FIRE-10';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_force}'::text[] WHERE rule_id = 'S003-DOC-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegation_basis}'::text[] WHERE rule_id = 'S003-DOC-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegation_basis,jdz.power_in_force}'::text[] WHERE rule_id = 'S003-DOC-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power,jdz.power_holders}'::text[] WHERE rule_id = 'S003-DEL-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power}'::text[] WHERE rule_id = 'S003-DEL-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power}'::text[] WHERE rule_id = 'S003-DEL-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.delegated_power}'::text[] WHERE rule_id = 'S003-DEL-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.annual_date,jdz.annual_date_rule}'::text[] WHERE rule_id = 'S003-TL-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.programme_stages,jdz.programme_stage}'::text[] WHERE rule_id = 'S003-MIN-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_min_scale}'::text[] WHERE rule_id = 'S003-MIN-06';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_min_life}'::text[] WHERE rule_id = 'S003-MIN-07';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mine_threshold}'::text[] WHERE rule_id = 'S003-MIN-08';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mine_threshold}'::text[] WHERE rule_id = 'S003-MIN-09';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-MIN-12';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-MIN-13';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-MIN-14';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.planning_zone}'::text[] WHERE rule_id = 'S003-MIN-15';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.award_project}'::text[] WHERE rule_id = 'S003-AWD-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.award_project}'::text[] WHERE rule_id = 'S003-AWD-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.target_status,jdz.plan_target}'::text[] WHERE rule_id = 'S003-SVC-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.catalog_item}'::text[] WHERE rule_id = 'S003-SVC-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.meeting}'::text[] WHERE rule_id = 'S003-MTG-01';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-05';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-06';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-07';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.power_in_scope,jdz.power_scope}'::text[] WHERE rule_id = 'S003-DEL-08';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-02';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-03';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-04';
UPDATE jdz.rule SET implemented_by = implemented_by || '{jdz.mineral_indicator,jdz.mine_structure}'::text[] WHERE rule_id = 'S003-MIN-05';
