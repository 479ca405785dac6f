-- examples/40-rental.sql — the public rental housing (公共租赁住房) register of the
-- housing bureau: applicant households, the units, their market rents, the leases.
-- Deterministic.  The income line needs the statistics bureau's figure, which
-- jdzpolicy never ships: a DBA loads it.  THE FIGURE BELOW IS A DEMO VALUE, not
-- the official statistic.
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, note, builtin)
SELECT 'prh.urban_disposable_income', '2024-01-01', NULL, 50123.40, 'yuan/person/year',
        'DEMO VALUE loaded by examples/40-rental.sql, not the official statistic', false
 WHERE NOT EXISTS (SELECT FROM jdz.parameter WHERE key = 'prh.urban_disposable_income');  -- a value shipped or loaded already wins

CREATE TABLE estate.prh_household (
	household_id int PRIMARY KEY,
	register text NOT NULL CHECK (register IN ('applicant', 'tenant')),	-- applying in 2024, or housed already
	head_name text NOT NULL,
	category text NOT NULL,				-- lianzu, gongzu_local, gongzu_newcomer
	sex text NOT NULL,
	birth_date date NOT NULL,
	household_size int NOT NULL,
	hukou text NOT NULL,				-- central_urban, local_urban, other
	resident_since date,
	housing_area numeric(6, 2),			-- m² the household already has
	income jdz.cny,						-- household income last year
	statuses text[] NOT NULL DEFAULT '{}',
	co_applicants_ok boolean,
	employed_locally boolean,
	insured_since date,
	residence_permit boolean,
	owns_city_housing boolean,
	relatives_count int,
	relatives_area numeric(6, 2),
	applied_on date NOT NULL
);
INSERT INTO estate.prh_household
SELECT h, CASE WHEN h <= 60 THEN 'applicant' ELSE 'tenant' END,
       (ARRAY['程','余','汪','徐','熊','邹','舒','江','冯','彭'])[1 + h % 10] || (ARRAY['小红','国平','桂英','志强','丽华','海燕','建华','晓东'])[1 + (h * 3) % 8],
       cat,
       CASE WHEN h % 2 = 0 THEN 'female' ELSE 'male' END,
       date '1958-03-01' + (h * 251) % 16000,
       1 + h % 4,
       CASE cat WHEN 'gongzu_newcomer' THEN 'other' WHEN 'lianzu' THEN 'central_urban'
                ELSE (ARRAY['central_urban','local_urban'])[1 + h % 2] END,
       date '2005-01-01' + (h * 173) % 6000,
       CASE WHEN cat = 'gongzu_newcomer' THEN NULL ELSE ((h * 7) % 12) * 1.00 * (1 + h % 4) + (h % 3) * 2.5 END,
       CASE WHEN cat = 'lianzu' THEN NULL ELSE (18000 + (h * 7919) % 120000)::numeric::jdz.cny END,
       CASE WHEN cat = 'lianzu' THEN
            (ARRAY['{urban_dibao}','{urban_tekun}','{dibao_marginal}','{}'])[1 + h % 4]::text[]
            ELSE '{}' END,
       h % 9 <> 0,
       CASE WHEN cat = 'gongzu_newcomer' THEN h % 7 <> 0 END,
       CASE WHEN cat = 'gongzu_newcomer' THEN date '2024-03-01' + (h * 3) % 200 - (h * 41) % 900 END,
       CASE WHEN cat = 'gongzu_newcomer' THEN h % 5 <> 0 END,
       CASE WHEN cat = 'gongzu_newcomer' THEN h % 11 = 0 END,
       h % 3,											-- relatives (asked of every household applying alone)
       (h % 3) * 40.00,
       date '2024-03-01' + (h * 3) % 200
  FROM generate_series(1, 105) AS h,
       LATERAL (SELECT (ARRAY['lianzu','gongzu_local','gongzu_newcomer'])[1 + h % 3]) AS c(cat);

CREATE TABLE estate.prh_unit (
	unit_id text PRIMARY KEY,
	project text NOT NULL,				-- 公租房项目
	area numeric(6, 2) NOT NULL,
	market_rent jdz.cny NOT NULL		-- monthly market rent per m² (同地段市场租金)
);
INSERT INTO estate.prh_unit
SELECT format('%s-%s', p.code, lpad(n::text, 3, '0')), p.name,
       (ARRAY[38.52, 45.10, 49.87, 56.30, 62.44])[1 + n % 5],
       p.rent
  FROM (VALUES ('LY', '龙缘公租房小区', '16.50'::jdz.cny), ('XD', '新都民营工业园公租房', '11.80'::jdz.cny)) AS p(code, name, rent),
       generate_series(1, 30) AS n;

CREATE TABLE estate.prh_lease (
	household_id int PRIMARY KEY REFERENCES estate.prh_household,
	unit_id text NOT NULL UNIQUE REFERENCES estate.prh_unit,
	tier text NOT NULL,					-- lianzu, gongzu, market (after review)
	approved_ratio numeric(3, 2),		-- gongzu: the ratio the government approved (60–80 %)
	starts_on date NOT NULL
);
INSERT INTO estate.prh_lease
SELECT h.household_id,
       (SELECT unit_id FROM estate.prh_unit ORDER BY unit_id OFFSET (h.household_id * 7) % 60 LIMIT 1),
       t.tier,
       CASE WHEN t.tier = 'gongzu' THEN 0.60 + (h.household_id % 3) * 0.10 END,
       h.applied_on + 60
  FROM estate.prh_household AS h,
       LATERAL (SELECT CASE WHEN h.household_id % 17 = 0 THEN 'market'
                            WHEN h.category = 'lianzu' THEN 'lianzu' ELSE 'gongzu' END) AS t(tier)
 WHERE h.register = 'tenant';
