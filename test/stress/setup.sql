-- make stress: set-up.  One DBA holiday row and one DBA parameter row that the
-- writer flips together; the readers check every answer is right for one of
-- the two states.
CREATE EXTENSION IF NOT EXISTS jdzpolicy;
CREATE SCHEMA stress;
-- 2026-06-15 is a Monday, a working day in the official calendar (state A);
-- the writer makes it a local holiday (state B) and back.
INSERT INTO jdz.parameter (key, valid_from, value, unit, note)
VALUES ('stress.rate', '2020-01-01', 1, 'ratio', 'make stress: flipped between 1 and 2');
CREATE TABLE stress.wrong (at timestamptz DEFAULT clock_timestamp(), what text);
CREATE FUNCTION stress.check_deadline(d date) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
	IF d NOT IN (date '2026-06-15', date '2026-06-16') THEN
		RAISE EXCEPTION 'wrong answer: 2026-06-12 + 1 working day = %', d;
	END IF;
	RETURN 1;
END $$;
CREATE FUNCTION stress.check_rate(r numeric) RETURNS int LANGUAGE plpgsql AS $$
BEGIN
	IF r NOT IN (1, 2) THEN
		RAISE EXCEPTION 'wrong answer: stress.rate = %', r;
	END IF;
	RETURN 1;
END $$;
