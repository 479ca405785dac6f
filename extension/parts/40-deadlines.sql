-- extension/parts/40-deadlines.sql — 40. Deadlines of the hotline and other families, dated-rule tables
-- Included into the install script by extension/jdzpolicy.sql ("--@include").
--
-- Spec 40: the jdz.time_limit_rule rows of §d.1 (every family of spec 40),
-- the parameters of §c, the hotline (§b.2, src/hotline.c), agriculture
-- (§b.3), general aviation (§b.4), data sharing (§b.5), counsellors (§b.6),
-- the reference tables jdz.hl_number, jdz.counsellor, jdz.ag_list_item and
-- jdz.ag_fine_band (§f.2–f.4) and the rule mapping of these families (§g).
-- The dated-rule tables (§d.2–d.5), delegated powers and the other
-- reference tables are in part 41.

-- ---------------------------------------------------------------------------
-- Types (§a)
-- ---------------------------------------------------------------------------

CREATE TYPE jdz.hl_category AS ENUM
	('consultation', 'help', 'suggestion', 'opinion', 'complaint', 'report', 'emergency');
COMMENT ON TYPE jdz.hl_category IS 'HL-12b, 景府办发〔2022〕7号 第十二条: category of a 12345 work order (咨询 求助 建议 意见 投诉 举报; emergency = 突发事件工单, HL-13, which has no working-day limit)';

CREATE TYPE jdz.hl_extension_ground AS ENUM ('complex_situation', 'high_difficulty', 'policy_reason');
COMMENT ON TYPE jdz.hl_extension_ground IS 'HL-15, 景府办发〔2022〕7号 第十五条: grounds of an extension request (情况复杂 / 办理难度大 / 其他政策性原因)';

CREATE TYPE jdz.hl_extension_result AS (ok boolean, reason text, new_due date);
COMMENT ON TYPE jdz.hl_extension_result IS 'HL-15: result of jdz.hl_extension: ok, the reason of a refusal (no_ground, after_expiry, already_extended, exceeds_original_limit) and the extended due date';

CREATE TYPE jdz.hl_merge_mode AS ENUM ('hub', 'merged_whole', 'dual_number', 'emergency_line', 'not_listed');
COMMENT ON TYPE jdz.hl_merge_mode IS 'HL-16/17, 景府办发〔2022〕7号 第十六、十七条: how a hotline number stands to 12345 (hub, merged whole, dual number, emergency line, not listed)';

CREATE TYPE jdz.ag_correction_path AS ENUM ('before_filing', 'before_order', 'within_order_period');
COMMENT ON TYPE jdz.ag_correction_path IS 'AG-1b, 景农字〔2022〕148号 二（一）: how a violation was corrected in time (立案前主动改正 / 立案后责令改正前主动改正 / 在责令限期内改正)';

CREATE TYPE jdz.ag_profile AS ENUM ('P1', 'P1S', 'P1N', 'P1V', 'P2');
COMMENT ON TYPE jdz.ag_profile IS 'AG-L: condition profile of an item of the 首违轻微不罚 list (P1 first and minor; P1S not serious; P1N natural person; P1V voluntary correction only; P2 must not penalize)';

CREATE TYPE jdz.penalty_outcome AS ENUM ('must_not_penalize', 'may_not_penalize', 'not_eligible', 'out_of_scope');
COMMENT ON TYPE jdz.penalty_outcome IS 'AG-1/AG-2, 景农字〔2022〕148号: 不予行政处罚 / 可以不予行政处罚 / 不适用 / 不属于本机制范围';

CREATE TYPE jdz.ga_flight_kind AS ENUM
	('general', 'training', 'drill', 'emergency_medical', 'disaster_relief', 'emergency_rescue',
	 'calibration', 'official');
COMMENT ON TYPE jdz.ga_flight_kind IS 'GA-02/GA-35, 景府办发〔2023〕9号: kind of a low-altitude flight (一般飞行, 训练, 演练, 应急医疗救助, 抢险救灾, 应急救援, 校飞, 公务飞行)';

CREATE TYPE jdz.ga_airspace_class AS ENUM ('controlled', 'monitored', 'reporting', 'vfr_route');
COMMENT ON TYPE jdz.ga_airspace_class IS 'GA-16, 景府办发〔2023〕9号 第十六条: 管制空域, 监视空域, 报告空域, 目视飞行航线';

CREATE TYPE jdz.ds_share_type AS ENUM ('unconditional', 'conditional', 'not_shared');
COMMENT ON TYPE jdz.ds_share_type IS 'DS-09, 景府办发〔2023〕10号 第九条: 无条件共享 / 有条件共享 / 不予共享';

CREATE TYPE jdz.ds_path AS ENUM ('direct', 'on_application', 'denied');
COMMENT ON TYPE jdz.ds_path IS 'DS-10a, 景府办发〔2023〕10号 第十条: how government data is obtained (directly, on application, not at all)';

CREATE TYPE jdz.appointment_status AS ENUM ('not_yet_appointed', 'active', 'auto_dismissed');
COMMENT ON TYPE jdz.appointment_status IS 'CN-1, 景府字〔2022〕136号: status of an appointed counsellor on a date (聘期届满时自行解聘)';

-- ---------------------------------------------------------------------------
-- Time limits (§d.1): every period of the families of spec 40 (44 rows)
-- ---------------------------------------------------------------------------

-- (loaded with the hotline limit functions below, after the reference
-- tables they do not need)

-- ---------------------------------------------------------------------------
-- Parameters (§c)
-- ---------------------------------------------------------------------------

--@load jdz.parameter data/parameter-40.csv

-- ---------------------------------------------------------------------------
-- §f.2 jdz.hl_number: the hotline merger registry (HL-16/17)
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.hl_number (
	number text PRIMARY KEY CHECK (number ~ '^[0-9]{3,6}$'),
	mode jdz.hl_merge_mode NOT NULL CHECK (mode <> 'not_listed'),
	parent text REFERENCES jdz.hl_number,
	article text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	CHECK (parent IS NULL OR mode = 'dual_number')
);
COMMENT ON TABLE jdz.hl_number IS 'HL-16/17, 景府办发〔2022〕7号 第十六、十七条: the hotline numbers merged into 12345 (32 builtin rows); a number merged whole cannot be restored';
COMMENT ON COLUMN jdz.hl_number.number IS 'the hotline number';
COMMENT ON COLUMN jdz.hl_number.mode IS 'how the number stands to 12345';
COMMENT ON COLUMN jdz.hl_number.parent IS 'for a sub-number of a dual-number hotline, its parent number (12330 → 12315)';
COMMENT ON COLUMN jdz.hl_number.article IS 'the article of 景府办发〔2022〕7号 that names the number';
COMMENT ON COLUMN jdz.hl_number.builtin IS 'true for the rows shipped with the extension';

CREATE FUNCTION jdz.hl_number_guard() RETURNS trigger
	LANGUAGE plpgsql PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
BEGIN
	IF OLD.mode = 'merged_whole' AND (TG_OP = 'DELETE' OR NEW.mode <> 'merged_whole') THEN
		RAISE EXCEPTION 'a hotline number merged into 12345 cannot be restored'
			USING ERRCODE = '23514',
				DETAIL = 'HL-16/17, 景府办发〔2022〕7号 第十六条: 已经取消的热线不再恢复',
				HINT = 'number ' || OLD.number;
	END IF;
	RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END $$;
COMMENT ON FUNCTION jdz.hl_number_guard() IS 'HL-16/17 trigger: a hotline number merged whole into 12345 can be neither deleted nor given another mode (已经取消的热线不再恢复)';

CREATE TRIGGER hl_number_no_restore BEFORE UPDATE OR DELETE ON jdz.hl_number
	FOR EACH ROW EXECUTE FUNCTION jdz.hl_number_guard();

--@load jdz.hl_number data/hl_number.csv

SELECT pg_catalog.pg_extension_config_dump('jdz.hl_number', 'WHERE NOT builtin');

-- ---------------------------------------------------------------------------
-- §f.3 jdz.counsellor (CN-1)
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.counsellor (
	name text PRIMARY KEY CHECK (name !~ '\s'),
	docno jdz.docno NOT NULL REFERENCES jdz.document,
	appointed_on date NOT NULL,
	term_end date NOT NULL,
	term_end_text text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	CHECK (term_end >= appointed_on)
);
COMMENT ON TABLE jdz.counsellor IS 'CN-1, 景府字〔2022〕136号: appointed counsellors and their terms (3 builtin rows)';
COMMENT ON COLUMN jdz.counsellor.name IS 'the name, without whitespace (王耀)';
COMMENT ON COLUMN jdz.counsellor.docno IS 'the appointing document';
COMMENT ON COLUMN jdz.counsellor.appointed_on IS 'the appointment date (not stated: the notice date, A-36)';
COMMENT ON COLUMN jdz.counsellor.term_end IS 'the last day of the term, inclusive (last day of the stated month, A-36)';
COMMENT ON COLUMN jdz.counsellor.term_end_text IS 'the term as printed (聘期至2026年1月)';
COMMENT ON COLUMN jdz.counsellor.builtin IS 'true for the rows shipped with the extension';

--@load jdz.counsellor data/counsellor.csv

SELECT pg_catalog.pg_extension_config_dump('jdz.counsellor', 'WHERE NOT builtin');

-- ---------------------------------------------------------------------------
-- §f.4 jdz.ag_list_item and jdz.ag_fine_band (AG-L, AG-F)
-- ---------------------------------------------------------------------------

CREATE TABLE jdz.ag_list_item (
	item_no int PRIMARY KEY CHECK (item_no BETWEEN 1 AND 23),
	violation text NOT NULL,
	profile jdz.ag_profile NOT NULL,
	legal_basis text NOT NULL,
	source_line int NOT NULL,
	builtin boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE jdz.ag_list_item IS 'AG-L, 景农字〔2022〕148号 附件: the 23 items of the 首违轻微不罚 list of 景德镇市农业农村领域 with their condition profile';
COMMENT ON COLUMN jdz.ag_list_item.item_no IS '序号 (1–23; item 19 printed twice is one row, A-3)';
COMMENT ON COLUMN jdz.ag_list_item.violation IS '违法行为, verbatim';
COMMENT ON COLUMN jdz.ag_list_item.profile IS 'the 不予处罚条件 profile (P1, P1S, P1N, P1V, P2)';
COMMENT ON COLUMN jdz.ag_list_item.legal_basis IS '法律依据, verbatim as cited in 2022 (A-39)';
COMMENT ON COLUMN jdz.ag_list_item.source_line IS 'line of the item in the seed text';
COMMENT ON COLUMN jdz.ag_list_item.builtin IS 'true for the rows shipped with the extension';

--@load jdz.ag_list_item data/ag_list_item.csv

SELECT pg_catalog.pg_extension_config_dump('jdz.ag_list_item', 'WHERE NOT builtin');

CREATE TABLE jdz.ag_fine_band (
	item_no int NOT NULL REFERENCES jdz.ag_list_item,
	band text NOT NULL,
	min_yuan jdz.cny,
	max_yuan jdz.cny,
	gain_multiple_min numeric,
	gain_multiple_max numeric,
	applies_when text NOT NULL,
	builtin boolean NOT NULL DEFAULT false,
	PRIMARY KEY (item_no, band),
	CHECK (min_yuan IS NULL OR max_yuan IS NULL OR min_yuan <= max_yuan)
);
COMMENT ON TABLE jdz.ag_fine_band IS 'AG-F: the statutory fine bands quoted in the 首违轻微不罚 list (reference; bounds inclusive; item 15 quotes no amount)';
COMMENT ON COLUMN jdz.ag_fine_band.item_no IS 'the list item';
COMMENT ON COLUMN jdz.ag_fine_band.band IS 'the band (normal, serious, overdue, individual_user, organisation, gain_ge_100k, gain_lt_100k, …)';
COMMENT ON COLUMN jdz.ag_fine_band.min_yuan IS 'lowest fine; NULL when no lower bound is stated';
COMMENT ON COLUMN jdz.ag_fine_band.max_yuan IS 'highest fine; NULL when no fixed upper bound';
COMMENT ON COLUMN jdz.ag_fine_band.gain_multiple_min IS 'lowest fine as a multiple of 违法所得 (item 9 only)';
COMMENT ON COLUMN jdz.ag_fine_band.gain_multiple_max IS 'highest fine as a multiple of 违法所得 (item 9 only)';
COMMENT ON COLUMN jdz.ag_fine_band.applies_when IS 'the statute''s words';
COMMENT ON COLUMN jdz.ag_fine_band.builtin IS 'true for the rows shipped with the extension';

--@load jdz.ag_fine_band data/ag_fine_band.csv

SELECT pg_catalog.pg_extension_config_dump('jdz.ag_fine_band', 'WHERE NOT builtin');

-- a trusted extension: the tables belong to the extension owner (test/sh/90-trusted.sh)
ALTER TABLE jdz.hl_number OWNER TO @extowner@;
ALTER TABLE jdz.counsellor OWNER TO @extowner@;
ALTER TABLE jdz.ag_list_item OWNER TO @extowner@;
ALTER TABLE jdz.ag_fine_band OWNER TO @extowner@;
GRANT SELECT ON jdz.hl_number, jdz.counsellor, jdz.ag_list_item, jdz.ag_fine_band TO PUBLIC;

-- ---------------------------------------------------------------------------
-- §b.2 The 12345 hotline: jdz.hl_number_mode (the limit functions of
-- src/hotline.c are declared with the time-limit rows below)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.hl_number_mode(number text) RETURNS jdz.hl_merge_mode
	AS 'MODULE_PATHNAME', 'hl_number_mode'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_number_mode(text) IS 'HL-16/17, 景府办发〔2022〕7号 第十六、十七条: how a hotline number stands to 12345 (not_listed when absent from jdz.hl_number)';

-- ---------------------------------------------------------------------------
-- §b.3 Agriculture: 首违轻微不罚 (景农字〔2022〕148号)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.ag_is_minor(illegal_gain jdz.cny, goods_value jdz.cny, duration_days int,
								procedural_only boolean, on_date date DEFAULT current_date)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'ag_is_minor'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ag_is_minor(jdz.cny, jdz.cny, int, boolean, date) IS 'AG-1a, 景农字〔2022〕148号 二（一）: 违法行为轻微 — procedural only, or gain < 100 yuan and goods value < 500 yuan, or with no amount a duration under 30 days (thresholds as of on_date)';

CREATE FUNCTION jdz.ag_correction(corrected_on date, corrected_properly boolean, case_filed_on date,
								  order_served_on date, order_due date DEFAULT NULL)
	RETURNS jdz.ag_correction_path
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
DECLARE
	filed date := coalesce(case_filed_on, order_served_on);
BEGIN
	IF corrected_on IS NOT NULL AND corrected_properly IS NULL THEN
		RAISE EXCEPTION 'corrected_properly must not be null when corrected_on is given' USING ERRCODE = '22004',
			DETAIL = 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: 改正且符合要求';
	END IF;
	IF order_due IS NOT NULL AND order_served_on IS NULL THEN
		RAISE EXCEPTION 'order_due needs order_served_on' USING ERRCODE = '22023',
			DETAIL = 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: a correction period runs from the service of the order';
	END IF;
	IF order_served_on < case_filed_on THEN
		RAISE EXCEPTION 'order_served_on % is before case_filed_on %', order_served_on, case_filed_on
			USING ERRCODE = '22023',
			DETAIL = 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: an order to correct presupposes a filed case';
	END IF;
	IF corrected_on IS NULL OR NOT corrected_properly THEN
		RETURN NULL;
	END IF;
	IF filed IS NULL OR corrected_on < filed THEN
		RETURN 'before_filing';
	END IF;
	IF order_served_on IS NULL OR corrected_on < order_served_on THEN
		RETURN 'before_order';
	END IF;
	IF corrected_on <= coalesce(order_due, jdz.due('AG-1b', '', order_served_on)) THEN
		RETURN 'within_order_period';
	END IF;
	RETURN NULL;
END $$;
COMMENT ON FUNCTION jdz.ag_correction(date, boolean, date, date, date) IS 'AG-1b, 景农字〔2022〕148号 二（一） 及时改正: how a proper correction was timely (before filing, before the order, within the order period of 10 working days or order_due); NULL if not timely';

CREATE FUNCTION jdz.ag_is_first(violation_on date, prior_violations date[])
	RETURNS boolean
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
DECLARE
	p date;
	first boolean := true;
BEGIN
	IF violation_on IS NULL THEN
		RAISE EXCEPTION 'violation_on must not be null' USING ERRCODE = '22004',
			DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法';
	END IF;
	IF prior_violations IS NULL THEN
		RETURN true;
	END IF;
	IF cardinality(prior_violations) > 100000 THEN
		RAISE EXCEPTION 'too many prior violations (%)', cardinality(prior_violations) USING ERRCODE = '22023',
			DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法';
	END IF;
	FOREACH p IN ARRAY prior_violations LOOP
		IF p IS NULL THEN
			RAISE EXCEPTION 'prior_violations must not contain null' USING ERRCODE = '22004',
				DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法';
		END IF;
		IF p > violation_on THEN
			RAISE EXCEPTION 'prior violation % is after violation_on %', p, violation_on USING ERRCODE = '22023',
				DETAIL = 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法',
				HINT = 'Pass only violations before the current one.';
		END IF;
		IF first AND violation_on <= jdz.due('AG-2a', '', p) THEN
			first := false;
		END IF;
	END LOOP;
	RETURN first;
END $$;
COMMENT ON FUNCTION jdz.ag_is_first(date, date[]) IS 'AG-2a, 景农字〔2022〕148号 二（二） 初次违法: false iff the violation falls within two years after an earlier one (both ends inclusive, counted forward from the earlier violation)';

CREATE FUNCTION jdz.ag_outcome(is_minor boolean, timely boolean, no_harm boolean, is_first boolean,
							   minor_harm boolean, aggravating boolean DEFAULT false,
							   reoffended_after_no_penalty boolean DEFAULT false,
							   proven_no_fault boolean DEFAULT false,
							   other_legal_bar boolean DEFAULT false,
							   out_of_scope boolean DEFAULT false)
	RETURNS jdz.penalty_outcome
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE
		WHEN out_of_scope THEN 'out_of_scope'::jdz.penalty_outcome
		WHEN aggravating OR (reoffended_after_no_penalty AND NOT proven_no_fault) OR other_legal_bar
			THEN 'not_eligible'::jdz.penalty_outcome
		WHEN is_minor AND timely AND no_harm THEN 'must_not_penalize'::jdz.penalty_outcome
		WHEN is_first AND (minor_harm OR no_harm) AND timely THEN 'may_not_penalize'::jdz.penalty_outcome
		ELSE 'not_eligible'::jdz.penalty_outcome
	END;
COMMENT ON FUNCTION jdz.ag_outcome(boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean, boolean) IS 'AG-S/AG-1/AG-2/AG-3, 景农字〔2022〕148号 二、三: the outcome of the 首违轻微不罚 mechanism (out of scope; exclusions; minor, timely and harmless → must not penalize; first, minor harm and timely → may not penalize)';

CREATE FUNCTION jdz.ag_item_outcome(item_no int, is_first boolean, no_harm boolean, minor_harm boolean,
									correction jdz.ag_correction_path, natural_person boolean DEFAULT NULL,
									serious boolean DEFAULT false, aggravating boolean DEFAULT false,
									reoffended_after_no_penalty boolean DEFAULT false,
									proven_no_fault boolean DEFAULT false,
									other_legal_bar boolean DEFAULT false)
	RETURNS jdz.penalty_outcome
	AS 'MODULE_PATHNAME', 'ag_item_outcome'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ag_item_outcome(int, boolean, boolean, boolean, jdz.ag_correction_path, boolean, boolean, boolean, boolean, boolean, boolean) IS 'AG-L, 景农字〔2022〕148号 附件: the outcome for one item of the 首违轻微不罚 list, by its profile (P1, P1S, P1N, P1V: may not penalize; P2: must not penalize), after the exclusions of AG-3';

-- ---------------------------------------------------------------------------
-- §b.4 General aviation (景府办发〔2023〕9号, in force from 2024-01-01)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.ga_plan_deadline(takeoff timestamptz, airspace jdz.ga_airspace_class DEFAULT 'controlled',
									 kind jdz.ga_flight_kind DEFAULT 'general')
	RETURNS timestamptz
	AS 'MODULE_PATHNAME', 'ga_plan_deadline'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ga_plan_deadline(timestamptz, jdz.ga_airspace_class, jdz.ga_flight_kind) IS 'GA-23/25/26, 景府办发〔2023〕9号: the latest instant to confirm a flight plan and to apply or file it for controlled or monitored airspace (1 hour before take-off); NULL where no lead time is set (reporting airspace, VFR routes, emergency flights)';

CREATE FUNCTION jdz.ga_auto_plan(plan_day date, interventions timestamptz[], airspace_approved boolean DEFAULT true)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'ga_auto_plan'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.ga_auto_plan(date, timestamptz[], boolean) IS 'GA-20, 景府办发〔2023〕9号 第二十条: whether the standing plan for the day after plan_day is generated (airspace approved and no intervention in the 24 hours before 19:00 Beijing of plan_day)';

CREATE FUNCTION jdz.ga_proof_due(kind jdz.ga_flight_kind, task_end timestamptz, media_reported boolean DEFAULT false)
	RETURNS timestamptz
	LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, jdz, pg_temp
	AS $$
BEGIN
	IF kind NOT IN ('emergency_medical', 'disaster_relief', 'emergency_rescue') THEN
		RAISE EXCEPTION '% is not an emergency flight', kind USING ERRCODE = '22023',
			DETAIL = 'GA-33/34, 景府办发〔2023〕9号 第三十四条: proof is due for emergency flights only',
			HINT = 'Use jdz.ga_plan_deadline for other flights.';
	END IF;
	IF kind = 'disaster_relief' AND media_reported THEN
		RETURN NULL;
	END IF;
	RETURN jdz.due('GA-34', '', task_end);
END $$;
COMMENT ON FUNCTION jdz.ga_proof_due(jdz.ga_flight_kind, timestamptz, boolean) IS 'GA-33/34, 景府办发〔2023〕9号 第三十四条: the latest instant to submit the proof of an emergency flight (24 hours after the task ends; NULL for a disaster-relief flight the media reported)';

-- ---------------------------------------------------------------------------
-- §b.5 Data sharing (景府办发〔2023〕10号)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.ds_access_path(share_type jdz.ds_share_type, major_security_event boolean DEFAULT false,
								   desensitised boolean DEFAULT false)
	RETURNS jdz.ds_path
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	RETURN CASE share_type
		WHEN 'unconditional'::jdz.ds_share_type THEN 'direct'::jdz.ds_path
		WHEN 'conditional'::jdz.ds_share_type THEN 'on_application'::jdz.ds_path
		ELSE CASE WHEN major_security_event AND desensitised THEN 'on_application'::jdz.ds_path
				  ELSE 'denied'::jdz.ds_path END
	END;
COMMENT ON FUNCTION jdz.ds_access_path(jdz.ds_share_type, boolean, boolean) IS 'DS-09/10a, 景府办发〔2023〕10号 第九、十条: how shared data is obtained (unconditional: directly; conditional: on application, reply due by DS-10/reply and data by DS-10/provide; not shared: denied unless a major security event and desensitised)';

-- ---------------------------------------------------------------------------
-- §b.6 Counsellors (景府字〔2022〕136号)
-- ---------------------------------------------------------------------------

CREATE FUNCTION jdz.counsellor_status(name text, on_date date)
	RETURNS jdz.appointment_status
	AS 'MODULE_PATHNAME', 'counsellor_status'
	LANGUAGE C STABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.counsellor_status(text, date) IS 'CN-1, 景府字〔2022〕136号: whether a counsellor is not yet appointed, active, or dismissed by the end of the term (聘期届满时自行解聘) on a date; whitespace in the name (full-width spaces included) is ignored';

-- ---------------------------------------------------------------------------
-- Time limits (§d.1) and the hotline limit functions (§b.2, src/hotline.c).
-- The 44 rows of §d.1 (builtin = true) in jdz.time_limit_rule of part 05,
-- then the four functions that read the HL-12b rows.
-- ---------------------------------------------------------------------------

INSERT INTO jdz.time_limit_rule (rule_id, variant, docno, article, subject, starts_on, lim, moves, builtin) VALUES
		  ('HL-12a', '', '景府办发〔2022〕7号', '第十二条', '成员单位签收工单', '热线中心派发工单之日', '1 working day', 'true', true),
		  ('HL-11.3', '', '景府办发〔2022〕7号', '第十一条第（三）项', '退回第九条情形或非本部门职责的工单（附依据或改派意见）', '签收工单之日', '1 working day', 'true', true),
		  ('HL-12b', 'consultation', '景府办发〔2022〕7号', '第十二条第一款', '咨询类工单办结', '签收之日', '2 working days', 'true', true),
		  ('HL-12b', 'help', '景府办发〔2022〕7号', '第十二条第一款', '求助类工单办结', '签收之日', '5 working days', 'true', true),
		  ('HL-12b', 'suggestion', '景府办发〔2022〕7号', '第十二条第一款', '建议类工单办结', '签收之日', '5 working days', 'true', true),
		  ('HL-12b', 'opinion', '景府办发〔2022〕7号', '第十二条第一款', '意见类工单办结', '签收之日', '5 working days', 'true', true),
		  ('HL-12b', 'complaint', '景府办发〔2022〕7号', '第十二条第一款', '投诉类工单办结', '签收之日', '10 working days', 'true', true),
		  ('HL-12b', 'report', '景府办发〔2022〕7号', '第十二条第一款', '举报类工单办结', '签收之日', '10 working days', 'true', true),
		  ('HL-12b', 'complex_repeat', '景府办发〔2022〕7号', '第十二条第一款', '企业群众来电3次及以上反映且诉求属疑难、复杂的工单办结（任何类别）', '签收之日', '15 working days', 'true', true),
		  ('HL-13', '', '景府办发〔2022〕7号', '第十三条', '突发事件工单直接转相关业务工作电话处理', '受理来电的时刻', '2 hours', 'false', true),
		  ('HL-11.9', '', '景府办发〔2022〕7号', '第十一条第（九）项', '电话录音保存的最短期限（至少3年；法律法规另有规定的从其规定）', '录音之日', '3 years', 'false', true),
		  ('CA-6.1', '', '景民字〔2022〕95号', '第六条第（一）项', '牵头部门将资金预算通知相关业务科室', '收到上级下达资金指标文件或预算安排通知之日', '3 working days', 'true', true),
		  ('CA-6.2', '', '景民字〔2022〕95号', '第六条第（二）项', '业务科室研究提出分配预案', '收到第（一）项资金预算通知之日（文本未写起算点，见 A-20）', '5 working days', 'true', true),
		  ('CA-6.3', '', '景民字〔2022〕95号', '第六条第（三）项', '牵头部门提请局党组会审议', '达成一致意见、形成分配草案之日（文本未写起算点）', '10 working days', 'true', true),
		  ('CA-6.4', '', '景民字〔2022〕95号', '第六条第（四）项', '与财政联合发文分配下达', '局党组会审议通过并经财政会签之日（文本未写起算点）', '10 working days', 'true', true),
		  ('CA-6.5', '', '景民字〔2022〕95号', '第六条第（五）项', '完成资金分解下达并报上一级民政部门备案（中央、省级另有期限的除外）', '收到上级下达资金指标文件之日（同 CA-6.1，见 A-20）', '30 working days', 'true', true),
		  ('CA-6.6', '', '景民字〔2022〕95号', '第六条第（六）项', '报同级财务、纪检监察派驻机构备案并按要求公示（保密的不公示）', '资金分配文件形成之日', '3 working days', 'true', true),
		  ('CA-11c', 'settlement', '景民字〔2022〕95号', '第十一条', '走访慰问专项资金与财务结清账务', '走访慰问活动结束之日', '1 month', 'true', true),
		  ('CA-11c', 'extension_cap', '景民字〔2022〕95号', '第十一条', '经主要领导同意的延期，最长不超过二周（上限，加在未顺延的结账期末日上）', '原结账期限末日', '14 days', 'false', true),
		  ('CA-13', 'no_start', '景民字〔2022〕95号', '第十三条', '项目资金到位后一个建设年度不开工即须情况说明、停止支持新立项（PROPOSED：12个月）', '项目资金到位之日', '1 year', 'false', true),
		  ('CA-23', '', '景民字〔2022〕95号', '第二十三条', '完成一轮本级自查和对下级检查（PROPOSED 滚动读法）', '上一轮完成之日；首轮自本办法施行之日 2022-08-08', '3 years', 'false', true),
		  ('AG-1b', '', '景农字〔2022〕148号', '二（一） 及时改正', '责令改正期限（一般；法律、法规、规章另有规定的除外）', '责令改正通知送达之日', '10 working days', 'true', true),
		  ('AG-2a', '', '景农字〔2022〕148号', '二（二） 初次违法', '初次违法：两年内未曾有农业违法行为（每一前次违法的回看窗口）', '前次农业违法行为之日', '2 years', 'false', true),
		  ('GA-19', '', '景府办发〔2023〕9号', '第十九条', '临时低空空域使用期限（通常不超过；延长须原审批机构同意）', '临时空域启用之日', '12 months', 'false', true),
		  ('GA-34', '', '景府办发〔2023〕9号', '第三十四条', '应急飞行事后向运行中心递交证明材料（媒体已报道的抢险救灾飞行免交）', '飞行任务结束的时刻', '24 hours', 'false', true),
		  ('DS-10', 'reply', '景府办发〔2023〕10号', '第十条第二款', '数据提供部门答复有条件共享申请（原则上）', '收到书面需求申请之日', '1 working day', 'true', true),
		  ('DS-10', 'provide', '景府办发〔2023〕10号', '第十条第二款', '答复同意后在大数据管理平台提供政务数据', '答复同意共享之日', '5 working days', 'true', true),
		  ('DS-16', 'log_retention', '景府办发〔2023〕10号', '第十六条第三款', '日志记录保留的最短期限（不少于6个月）', '日志记录之日', '6 months', 'false', true),
		  ('IP-01', '', '景府办字〔2023〕52号', '四（二）3', '知识产权行政裁决案件办结', '受理之日', '45 days', 'true', true),
		  ('IP-02', '', '景府办字〔2023〕52号', '四（二）3', '市场执法重点领域知识产权投诉举报回应', '收到投诉举报的时刻', '24 hours', 'false', true),
		  ('IP-03', '', '景府办字〔2023〕52号', '四（四）', '电商案件解决', '受理电商案件的时刻', '72 hours', 'false', true),
		  ('UA-09', 'late_filed', '景府发〔2023〕12号', '第九条', '工程备案后期归档文件资料移交完毕', '竣工验收合格之日', '3 months', 'true', true),
		  ('UA-11', '', '景府发〔2023〕12号', '第十一条', '城市地下管线普查和补测补绘档案移交', '普查、测绘结束之日', '3 months', 'true', true),
		  ('UA-12', 'earliest', '景府发〔2023〕12号', '第十二条', '永久保存价值档案在本单位保管使用的最短期限（早于此移交为提前）', '档案形成之日', '1 year', 'false', true),
		  ('UA-12', 'latest', '景府发〔2023〕12号', '第十二条', '永久保存价值档案在本单位保管使用的最长期限（届满后应移交）', '档案形成之日', '5 years', 'false', true),
		  ('CRED-30', '', '景发改体改字〔2020〕181号', '（三十）', '行政强制、确认、征收、给付、裁决、补偿、奖励、监督检查等行政行为信息上网公开', '作出行政行为之日', '7 working days', 'true', true),
		  ('S003-TL-01', '', '景府发〔2022〕9号', '附件1 第23项 事中事后监管措施', '审查水利工程初步设计审批申报材料', '收到申报材料之日', '5 working days', 'true', true),
		  ('S003-TL-02', '', '景府发〔2022〕9号', '附件1 第25项 事中事后监管措施', '出具一次性告知通知书（逾期未出具的，自收件之日起即为受理）', '收件之日', '5 working days', 'true', true),
		  ('S003-TL-03', '', '景府发〔2022〕9号', '附件1 第29项 事中事后监管措施', '在文化主管部门网站公开举报奖励结果', '作出奖励决定之日', '2 working days', 'true', true),
		  ('S003-TL-04', '', '景府发〔2022〕9号', '附件1 第40项 事中事后监管措施', '有线广播电视运营服务提供者停止某项业务须提前30日通知用户（停止日不得早于期满日）', '通知所涉及用户之日', '30 days', 'false', true),
		  ('S003-TL-06', 'min', '景府发〔2022〕9号', '附件2 第19项 事中事后监管措施', '临时建设批准有效期下限', '批准之日', '1 year', 'false', true),
		  ('S003-TL-06', 'max', '景府发〔2022〕9号', '附件2 第19项 事中事后监管措施', '临时建设批准有效期上限（过期后无条件拆除）', '批准之日', '2 years', 'false', true),
		  ('S003-TL-07', '', '景府发〔2022〕9号', '附件1 第19项 事中事后监管措施', '隐瞒情况或提供虚假材料申请（涉及公共安全等）后一年内不得再次申请', '不予受理或不予许可决定之日', '1 year', 'false', true),
		  ('S003-TL-12', '', '景府发〔2022〕9号', '附件1 第16项 事中事后监管措施', '申请材料齐全、符合法定形式的，当场作出施工许可决定', '提交申请之日', '0 days', 'false', true);
CREATE FUNCTION jdz.hl_limit(category jdz.hl_category, caller_count int DEFAULT 1,
							 is_complex boolean DEFAULT false,
							 special_limit jdz.time_limit DEFAULT NULL)
	RETURNS jdz.time_limit
	AS 'MODULE_PATHNAME', 'hl_limit'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_limit(jdz.hl_category, int, boolean, jdz.time_limit) IS 'HL-12b, 景府办发〔2022〕7号 第十二条: the handling limit of a work order (special_limit if given; 15 working days for 3 or more calls on a complex matter; else the HL-12b row of the category)';
CREATE FUNCTION jdz.hl_due(category jdz.hl_category, signed_at timestamptz, caller_count int DEFAULT 1,
						   is_complex boolean DEFAULT false,
						   special_limit jdz.time_limit DEFAULT NULL,
						   extension jdz.time_limit DEFAULT NULL)
	RETURNS date
	AS 'MODULE_PATHNAME', 'hl_due'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_due(jdz.hl_category, timestamptz, int, boolean, jdz.time_limit, jdz.time_limit) IS 'HL-12b/HL-15, 景府办发〔2022〕7号 第十二、十五条: the last Beijing day to complete a work order signed at signed_at (the signing day never counts; an approved extension counts from the original due date)';
CREATE FUNCTION jdz.hl_is_overdue(category jdz.hl_category, signed_at timestamptz, completed_at timestamptz,
								  caller_count int DEFAULT 1, is_complex boolean DEFAULT false,
								  special_limit jdz.time_limit DEFAULT NULL,
								  extension jdz.time_limit DEFAULT NULL)
	RETURNS boolean
	AS 'MODULE_PATHNAME', 'hl_is_overdue'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_is_overdue(jdz.hl_category, timestamptz, timestamptz, int, boolean, jdz.time_limit, jdz.time_limit) IS 'HL-12b: whether the Beijing date of completed_at (now() for an open order) is after jdz.hl_due with the same arguments';
CREATE FUNCTION jdz.hl_extension(original jdz.time_limit, due_on date, requested_at timestamptz,
								 extension jdz.time_limit, prior_extensions int DEFAULT 0,
								 ground jdz.hl_extension_ground DEFAULT NULL,
								 exception_approved boolean DEFAULT false)
	RETURNS jdz.hl_extension_result
	AS 'MODULE_PATHNAME', 'hl_extension'
	LANGUAGE C STABLE PARALLEL SAFE;
COMMENT ON FUNCTION jdz.hl_extension(jdz.time_limit, date, timestamptz, jdz.time_limit, int, jdz.hl_extension_ground, boolean) IS 'HL-15, 景府办发〔2022〕7号 第十五条: judges an extension request (a ground, before expiry, once unless excepted, not longer than the original limit) and gives the new due date';
UPDATE jdz.rule SET implemented_by = implemented_by || e
  FROM (VALUES
		('HL-11.3', '{HL-11.3/}'::text[]),
		('HL-11.6', '{jdz.hl_is_overdue}'), ('HL-25', '{jdz.hl_is_overdue}'),
		('HL-11.9', '{HL-11.9/}'), ('HL-12a', '{HL-12a/}'),
		('HL-12b', '{jdz.hl_limit,jdz.hl_due,jdz.hl_is_overdue,HL-12b/consultation,HL-12b/help,HL-12b/suggestion,HL-12b/opinion,HL-12b/complaint,HL-12b/report,HL-12b/complex_repeat}'),
		('HL-13', '{HL-13/}'), ('HL-15', '{jdz.hl_extension,jdz.hl_due}'),
		('CA-6.1', '{CA-6.1/}'), ('CA-6.2', '{CA-6.2/}'), ('CA-6.3', '{CA-6.3/}'),
		('CA-6.4', '{CA-6.4/}'), ('CA-6.5', '{CA-6.5/}'), ('CA-6.6', '{CA-6.6/}'),
		('CA-11c', '{CA-11c/settlement,CA-11c/extension_cap}'), ('CA-13', '{CA-13/no_start}'), ('CA-23', '{CA-23/}'),
		('AG-1b', '{AG-1b/}'), ('AG-2a', '{AG-2a/}'), ('GA-19', '{GA-19/}'),
		('GA-33', '{GA-34/}'), ('GA-34', '{GA-34/}'),
		('DS-10b', '{DS-10/reply,DS-10/provide}'), ('DS-16', '{DS-16/log_retention}'),
		('IP-01', '{IP-01/}'), ('IP-02', '{IP-02/}'), ('IP-03', '{IP-03/}'),
		('UA-09', '{UA-09/late_filed}'), ('UA-11', '{UA-11/}'), ('UA-12', '{UA-12/earliest,UA-12/latest}'),
		('CRED-30', '{CRED-30/}'),
		('S003-TL-01', '{S003-TL-01/}'), ('S003-TL-02', '{S003-TL-02/}'), ('S003-TL-03', '{S003-TL-03/}'),
		('S003-TL-04', '{S003-TL-04/}'), ('S003-TL-06', '{S003-TL-06/min,S003-TL-06/max}'),
		('S003-TL-07', '{S003-TL-07/}'), ('S003-TL-12', '{S003-TL-12/}')) AS m(id, e)
 WHERE rule_id = m.id;

-- ---------------------------------------------------------------------------
-- §g Rule mapping (the rows are loaded by part 03 with implemented_by = '{}';
-- part 41 appends its own entries).  Entries: functions and tables jdz.name,
-- time_limit_rule rows rule_id/variant, parameter keys.  The rules the spec
-- marks not computable keep an empty list.
-- ---------------------------------------------------------------------------

UPDATE jdz.rule SET implemented_by = '{jdz.hl_number,jdz.hl_number_mode}' WHERE rule_id = 'HL-16';
UPDATE jdz.rule SET implemented_by = '{jdz.hl_number,jdz.hl_number_mode}' WHERE rule_id = 'HL-17';
UPDATE jdz.rule SET implemented_by = '{hl.satisfaction_target_pct}' WHERE rule_id = 'SAT-1';
UPDATE jdz.rule SET implemented_by = '{dg.policy_commissioners_min,dg.policy_commissioners_max}' WHERE rule_id = 'DG-P';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome}' WHERE rule_id = 'AG-S';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_is_minor,ag.minor_illegal_gain_lt,ag.minor_goods_value_lt,ag.minor_duration_days_lt}' WHERE rule_id = 'AG-1a';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_correction}' WHERE rule_id = 'AG-1b';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome,jdz.ag_item_outcome}' WHERE rule_id = 'AG-1c';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome}' WHERE rule_id = 'AG-1';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_is_first}' WHERE rule_id = 'AG-2a';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome,jdz.ag_item_outcome}' WHERE rule_id = 'AG-2b';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome}' WHERE rule_id = 'AG-2';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_outcome,jdz.ag_item_outcome}' WHERE rule_id = 'AG-3';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_list_item,jdz.ag_item_outcome}' WHERE rule_id = 'AG-L';
UPDATE jdz.rule SET implemented_by = '{jdz.ag_fine_band}' WHERE rule_id = 'AG-F';
UPDATE jdz.rule SET implemented_by = '{jdz.counsellor,jdz.counsellor_status}' WHERE rule_id = 'CN-1';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline}' WHERE rule_id = 'GA-02';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline}' WHERE rule_id = 'GA-16';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_auto_plan,ga.standing_plan_cutoff_hour}' WHERE rule_id = 'GA-20';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,ga.plan_lead_hours}' WHERE rule_id = 'GA-23';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,ga.plan_lead_hours}' WHERE rule_id = 'GA-25';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,ga.plan_lead_hours}' WHERE rule_id = 'GA-26';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,jdz.ga_proof_due}' WHERE rule_id = 'GA-33';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,jdz.ga_proof_due}' WHERE rule_id = 'GA-34';
UPDATE jdz.rule SET implemented_by = '{jdz.ga_plan_deadline,jdz.ga_proof_due}' WHERE rule_id = 'GA-35';
UPDATE jdz.rule SET implemented_by = '{jdz.ds_access_path}' WHERE rule_id = 'DS-09';
UPDATE jdz.rule SET implemented_by = '{jdz.ds_access_path}' WHERE rule_id = 'DS-10a';
UPDATE jdz.rule SET implemented_by = '{ds.security_assessments_per_year_min,ds.emergency_drills_per_year_min}' WHERE rule_id = 'DS-16';
UPDATE jdz.rule SET implemented_by = '{ip.cycle_compression_target}' WHERE rule_id = 'IP-04';
UPDATE jdz.rule SET implemented_by = '{cons.enterprise_self_inspections_per_month_min,cons.project_self_inspections_per_week_min}' WHERE rule_id = 'CONS-03';
UPDATE jdz.rule SET implemented_by = '{s003.tl08.patrols_per_quarter_min,s003.tl08.sample_pct_min}' WHERE rule_id = 'S003-TL-08';
UPDATE jdz.rule SET implemented_by = '{s003.tl09.sample_pct_min}' WHERE rule_id = 'S003-TL-09';
UPDATE jdz.rule SET implemented_by = '{s003.tl10.onsite_checks_min}' WHERE rule_id = 'S003-TL-10';
UPDATE jdz.rule SET implemented_by = '{s003.tl11.officers_min}' WHERE rule_id = 'S003-TL-11';
UPDATE jdz.rule SET implemented_by = '{s003.svc08.self_service_hours}' WHERE rule_id = 'S003-SVC-08';
