-- bench/reference_hotline.sql — REFERENCE ONLY, for bench/hotline.sql: the
-- PL/pgSQL a user would write without jdz.hl_due (HL-12b, 景府办发〔2022〕7号
-- 第十二条): pick the limit from jdz.time_limit_rule, count working days
-- over jdz.calendar_day.  Not part of the extension; tools/run-bench skips it.
CREATE OR REPLACE FUNCTION pg_temp.ref_hl_due(category text, signed_at timestamptz,
                                              caller_count int DEFAULT 1, is_complex boolean DEFAULT false)
RETURNS date LANGUAGE plpgsql STABLE AS $$
DECLARE
	d date := (signed_at AT TIME ZONE 'Asia/Shanghai')::date;
	n int;
	k text;
BEGIN
	SELECT split_part(r.lim::text, ' ', 1)::int INTO n
	  FROM jdz.time_limit_rule r
	 WHERE r.rule_id = 'HL-12b'
	   AND r.variant = CASE WHEN caller_count >= 3 AND is_complex THEN 'complex_repeat' ELSE category END;
	IF n IS NULL THEN
		RAISE EXCEPTION 'no limit for %', category USING ERRCODE = '22023';
	END IF;
	WHILE n > 0 LOOP
		d := d + 1;
		SELECT c.kind INTO k FROM jdz.calendar_day c WHERE c.day = d;
		IF k = 'makeup_workday' OR (k IS NULL AND extract(isodow FROM d) < 6) THEN
			n := n - 1;
		END IF;
	END LOOP;
	RETURN d;
END $$;
