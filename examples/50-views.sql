-- examples/50-views.sql — the application's views, written with jdzpolicy.
-- A view whose jdzpolicy functions are not installed (yet) is skipped with a
-- NOTICE instead of failing the load; the tour skips what is missing too.
-- The operators of jdz.cny (-, >, …) live in schema jdz: with it on the
-- search_path they are bound into the views at creation.
SET search_path = public, jdz;
CREATE FUNCTION pg_temp.create_view(name text, needs text[], descr text, ddl text) RETURNS void
	LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (SELECT FROM unnest(needs) AS n
	            WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_proc
	                               WHERE pronamespace = 'jdz'::regnamespace AND proname = n)) THEN
		RAISE NOTICE 'demo: view % skipped, jdzpolicy has no %', name, needs;
		RETURN;
	END IF;
	EXECUTE ddl;
	EXECUTE format('COMMENT ON VIEW %s IS %L', name, descr);
	-- a function can exist and still not work yet (a rule table of a later part
	-- missing): read the view once, and drop it again if that fails
	EXECUTE format('SELECT count(DISTINCT s::text) FROM %s AS s', name);
EXCEPTION WHEN OTHERS THEN
	RAISE NOTICE 'demo: view % skipped (%): %', name, SQLSTATE, SQLERRM;
END
$$;

-- MF-07 (景府发〔2023〕11号 第七条): the first deposit due per unit, against what was paid in
\o /dev/null
SELECT pg_temp.create_view('estate.unit_deposit', '{mf_initial_deposit,mf_classify_building}',
       'MF-07, 景府发〔2023〕11号 第七条: first deposit due per unit (jdz.mf_initial_deposit) against what was paid in', $v$
CREATE VIEW estate.unit_deposit AS
SELECT u.unit_id, b.name AS building, b.floors_above_ground AS floors,
       jdz.mf_classify_building(b.floors_above_ground) AS class,
       u.area,
       jdz.mf_initial_deposit(u.area, b.floors_above_ground, a.paid_on) AS due,
       a.deposit_paid AS paid,
       jdz.mf_initial_deposit(u.area, b.floors_above_ground, a.paid_on) - a.deposit_paid AS outstanding
  FROM estate.unit AS u
  JOIN estate.building AS b USING (building_id)
  JOIN estate.sub_account AS a USING (unit_id)
$v$);

-- MF-22 (第二十二条): each repair bill shared among the units of its building by building area
SELECT pg_temp.create_view('estate.repair_share', '{apportion}',
       'MF-22, 景府发〔2023〕11号 第二十二条: each repair bill shared among the units of its building by building area (jdz.apportion window form)', $v$
CREATE VIEW estate.repair_share AS
SELECT r.bill_id, r.item, r.amount AS bill, u.unit_id, u.area,
       jdz.apportion(r.amount, u.area) OVER (PARTITION BY r.bill_id ORDER BY u.seq) AS share
  FROM estate.repair_bill AS r
  JOIN estate.unit AS u USING (building_id)
$v$);

-- MF-18 (第十八条): sub-accounts below 30 % of the first deposit must be replenished
SELECT pg_temp.create_view('estate.replenishment_due', '{mf_replenishment}',
       'MF-18, 景府发〔2023〕11号 第十八条: sub-accounts below 30 % of the first deposit (jdz.mf_replenishment)', $v$
CREATE VIEW estate.replenishment_due AS
SELECT a.unit_id, o.name AS owner, a.deposit_paid AS first_deposit, a.balance,
       (r).threshold, (r).threshold - a.balance AS to_pay_in
  FROM estate.sub_account AS a
  JOIN estate.unit AS u USING (unit_id)
  JOIN estate.owner AS o USING (owner_id)
  CROSS JOIN LATERAL (SELECT jdz.mf_replenishment(a.balance, a.deposit_paid, a.balance_on)) AS x(r)
 WHERE (r).required
$v$);

-- MF-24, MF-25 (第二十四、二十五条): the owners' votes, by area and by head count
SELECT pg_temp.create_view('estate.vote_result', '{mf_vote_outcome}',
       'MF-24, MF-25, 景府发〔2023〕11号 第二十四、二十五条: owners'' votes by area and head count (jdz.mf_vote_outcome)', $v$
CREATE VIEW estate.vote_result AS
WITH electorate AS (
	SELECT v.vote_id, sum(u.area) AS total_area, count(DISTINCT u.owner_id)::int AS total_owners
	  FROM estate.owners_vote AS v
	  JOIN estate.unit AS u ON v.building_id IS NULL OR u.building_id = v.building_id
	 GROUP BY v.vote_id
), cast_ballots AS (
	SELECT b.vote_id,
	       sum(u.area) AS voted_area, count(DISTINCT u.owner_id)::int AS voted_owners,
	       coalesce(sum(u.area) FILTER (WHERE b.choice = 'yes'), 0) AS yes_area,
	       count(DISTINCT u.owner_id) FILTER (WHERE b.choice = 'yes')::int AS yes_owners
	  FROM estate.ballot AS b JOIN estate.unit AS u USING (unit_id)
	 GROUP BY b.vote_id
)
SELECT v.vote_id, v.title, v.matter, e.total_area, e.total_owners,
       c.voted_area, c.voted_owners, c.yes_area, c.yes_owners,
       jdz.mf_vote_outcome(v.matter::jdz.mf_vote_matter, e.total_area, e.total_owners,
                           c.voted_area, c.voted_owners, c.yes_area, c.yes_owners) AS outcome
  FROM estate.owners_vote AS v
  JOIN electorate AS e USING (vote_id)
  JOIN cast_ballots AS c USING (vote_id)
$v$);

-- HL-12b (景府办发〔2022〕7号 第十二条): the due date of every work order.  With
-- jdz.hl_due when installed, else jdz.due on the HL-12b rows, else the working
-- days of the HL-12b table through jdz.add_workdays.
DO $$
BEGIN
	IF EXISTS (SELECT FROM pg_proc WHERE pronamespace = 'jdz'::regnamespace AND proname = 'hl_due') THEN
		PERFORM pg_temp.create_view('estate.work_order_due', '{hl_due}',
       'HL-12b, 景府办发〔2022〕7号 第十二条: the due date of every work order; computed_by names the jdzpolicy function used', $v$
		CREATE VIEW estate.work_order_due AS
		SELECT w.*, 'jdz.hl_due'::text AS computed_by,
		       jdz.hl_due(w.category::jdz.hl_category, w.signed_at, w.caller_count) AS due_on
		  FROM estate.work_order AS w
		$v$);
	END IF;
	IF to_regclass('estate.work_order_due') IS NULL
	   AND to_regprocedure('jdz.due(text,text,timestamptz)') IS NOT NULL THEN
		PERFORM pg_temp.create_view('estate.work_order_due', '{due}',
       'HL-12b, 景府办发〔2022〕7号 第十二条: the due date of every work order; computed_by names the jdzpolicy function used', $v$
		CREATE VIEW estate.work_order_due AS
		SELECT w.*, 'jdz.due(''HL-12b'', …)'::text AS computed_by,
		       (jdz.due('HL-12b', w.category, w.signed_at) AT TIME ZONE 'Asia/Shanghai')::date AS due_on
		  FROM estate.work_order AS w
		$v$);
	END IF;
	IF to_regclass('estate.work_order_due') IS NULL THEN
		PERFORM pg_temp.create_view('estate.work_order_due', '{add_workdays}',
       'HL-12b, 景府办发〔2022〕7号 第十二条: the due date of every work order; computed_by names the jdzpolicy function used', $v$
		CREATE VIEW estate.work_order_due AS
		SELECT w.*, 'jdz.add_workdays'::text AS computed_by,
		       jdz.add_workdays((w.signed_at AT TIME ZONE 'Asia/Shanghai')::date, l.workdays) AS due_on
		  FROM estate.work_order AS w
		  JOIN (VALUES ('consultation', 2), ('help', 5), ('suggestion', 5), ('opinion', 5),
		               ('complaint', 10), ('report', 10)) AS l(category, workdays) USING (category)
		$v$);
	END IF;
END
$$;

SELECT pg_temp.create_view('estate.overdue_by_department', '{}',
       'HL-12b: work orders done (or still open) after their due date, per department', $v$
CREATE VIEW estate.overdue_by_department AS
SELECT d.name AS department, count(*) AS orders,
       count(*) FILTER (WHERE (coalesce(w.done_at, now()) AT TIME ZONE 'Asia/Shanghai')::date > w.due_on) AS overdue,
       round(100.0 * count(*) FILTER (WHERE (coalesce(w.done_at, now()) AT TIME ZONE 'Asia/Shanghai')::date > w.due_on)
             / count(*), 1) AS overdue_pct
  FROM estate.work_order_due AS w
  JOIN estate.department AS d USING (dept_id)
 GROUP BY d.name
$v$);

-- PRH-31a (景府办发〔2023〕7号 第三十一条): the monthly rent of every lease
SELECT pg_temp.create_view('estate.household_rent', '{prh_monthly_rent}',
       'PRH-31a, 景府办发〔2023〕7号 第三十一条: monthly rent of every lease (jdz.prh_monthly_rent)', $v$
CREATE VIEW estate.household_rent AS
SELECT l.household_id, h.head_name, l.unit_id, u.project, u.area, u.market_rent,
       l.tier, l.approved_ratio,
       jdz.prh_monthly_rent(u.market_rent, u.area, l.tier::jdz.prh_rent_tier, l.approved_ratio, l.starts_on) AS monthly_rent
  FROM estate.prh_lease AS l
  JOIN estate.prh_household AS h USING (household_id)
  JOIN estate.prh_unit AS u USING (unit_id)
$v$);

-- PRH-16, PRH-17 (第十六、十七条): may each household apply, and if not, why
SELECT pg_temp.create_view('estate.household_eligibility', '{prh_eligibility}',
       'PRH-16, PRH-17, 景府办发〔2023〕7号 第十六、十七条: may each household apply, with every reason (jdz.prh_eligibility)', $v$
CREATE VIEW estate.household_eligibility AS
SELECT h.household_id, h.head_name, h.category, h.household_size, h.income, h.housing_area,
       (c).ok AS eligible, (c).reasons
  FROM estate.prh_household AS h
  CROSS JOIN LATERAL (SELECT jdz.prh_eligibility(
         h.category::jdz.prh_category, h.sex::jdz.sex, h.birth_date, h.household_size, h.hukou::jdz.prh_hukou,
         resident_since => h.resident_since, housing_area => h.housing_area, household_income => h.income,
         statuses => h.statuses::jdz.prh_status[], co_applicants_ok => h.co_applicants_ok,
         employed_locally => h.employed_locally, insured_since => h.insured_since,
         residence_permit => h.residence_permit, owns_city_housing => h.owns_city_housing,
         relatives_count => h.relatives_count, relatives_area => h.relatives_area,
         on_date => h.applied_on)) AS x(c)
 WHERE h.register = 'applicant'
$v$);

-- LP-05/06/14, LP-10 (景府发〔2023〕14号 第五、六、十、十四条): who is a land-expropriated farmer, and the yearly subsidy
SELECT pg_temp.create_view('estate.farmer_subsidy', '{lefp_eligibility,lefp_annual_subsidy}',
       'LP-05, LP-06, LP-10, LP-14, 景府发〔2023〕14号: land-expropriated farmer status and yearly subsidy (jdz.lefp_eligibility, jdz.lefp_annual_subsidy)', $v$
CREATE VIEW estate.farmer_subsidy AS
SELECT f.person_id, f.name, f.birth_date, f.land_mu, f.household_members,
       (d).status, (d).reasons,
       CASE WHEN (d).status = 'eligible' THEN jdz.lefp_annual_subsidy(f.approved_on) END AS yearly_subsidy
  FROM estate.land_farmer AS f
  CROSS JOIN LATERAL (SELECT jdz.lefp_eligibility(f.birth_date, f.approved_on, f.land_mu, f.household_members,
                                                  f.circumstances::jdz.lefp_circumstance[], f.reallocated_mu,
                                                  f.approved_on)) AS x(d)
$v$);

-- CL-06/07/10, CL-08 (景金字〔2020〕18号 第六、七、八、十条): the caps and the longest term of every application
SELECT pg_temp.create_view('estate.loan_caps', '{cl_max_loan,cl_max_term}',
       'CL-06, CL-07, CL-08, CL-10, 景金字〔2020〕18号: loan caps and longest term per application (jdz.cl_max_loan, jdz.cl_max_term)', $v$
CREATE VIEW estate.loan_caps AS
SELECT a.app_id, a.applicant, a.house_price, a.both_spouses_eligible,
       (m).hpf_max, (m).total_max, (m).min_down_payment,
       jdz.cl_max_term(a.retirement_on, a.applied_on) AS max_term_months,
       a.term_months AS requested_term
  FROM estate.loan_application AS a
  CROSS JOIN LATERAL (SELECT jdz.cl_max_loan(a.house_price, a.both_spouses_eligible, a.applied_on)) AS x(m)
$v$);

-- CL-03, CL-04, CL-05, CL-06, CL-08, CL-20 (景金字〔2020〕18号): may it be granted as requested, and if not, why
SELECT pg_temp.create_view('estate.loan_decision', '{cl_eligibility}',
       'CL-03 … CL-20, 景金字〔2020〕18号: may each combination loan be granted as requested (jdz.cl_eligibility)', $v$
CREATE VIEW estate.loan_decision AS
SELECT a.app_id, a.applicant, a.contribution_months, a.existing_homes, a.property, a.impediments,
       (e).eligible, (e).reasons
  FROM estate.loan_application AS a
  CROSS JOIN LATERAL (SELECT jdz.cl_eligibility(a.contribution_months, a.contract_signed, a.paid_on,
                                                a.existing_homes, a.existing_home_area, a.term_months,
                                                a.retirement_on, a.property::jdz.cl_property,
                                                a.impediments::jdz.cl_impediment[], a.applied_on)) AS x(e)
$v$);
\o
