-- examples/45-farmers-loans.sql — the social-insurance bureau's list of
-- land-expropriated farmers (被征地农民) and the housing fund centre's
-- combination-loan (组合贷款) applications.  The yearly subsidy needs the
-- executed average wage, which jdzpolicy never ships: a DBA loads it.
-- THE FIGURE BELOW IS A DEMO VALUE, not the official statistic.
INSERT INTO jdz.parameter (key, valid_from, valid_to, value, unit, note, builtin)
SELECT 'lefp.avg_monthly_wage', '2024-01-01', '2025-12-31', 6000.00, 'yuan/month',
        'DEMO VALUE loaded by examples/45-farmers-loans.sql, not the official statistic', false
 WHERE NOT EXISTS (SELECT FROM jdz.parameter WHERE key = 'lefp.avg_monthly_wage');  -- a value shipped or loaded already wins

CREATE TABLE estate.land_farmer (
	person_id int PRIMARY KEY,
	name text NOT NULL,
	village text NOT NULL,
	birth_date date NOT NULL,
	approved_on date NOT NULL,			-- land expropriation approved
	land_mu numeric(5, 2) NOT NULL,		-- contracted land of the household before expropriation, 亩
	household_members int NOT NULL,
	circumstances text[] NOT NULL DEFAULT '{}',
	reallocated_mu numeric(5, 2) NOT NULL DEFAULT 0
);
INSERT INTO estate.land_farmer VALUES
	(1, '余长生', '竟成镇三宝村', '1962-04-12', '2024-03-15', 0.90, 4, '{}', 0),
	(2, '余秀兰', '竟成镇三宝村', '1966-09-30', '2024-03-15', 0.90, 4, '{}', 0),
	(3, '余小军', '竟成镇三宝村', '2008-03-16', '2024-03-15', 0.90, 4, '{student}', 0),
	(4, '汪国庆', '吕蒙乡吕蒙村', '1975-10-01', '2024-05-20', 1.50, 4, '{}', 0),
	(5, '程建华', '吕蒙乡吕蒙村', '1980-01-08', '2024-05-20', 0.60, 3, '{employer_insured}', 0),
	(6, '舒玉梅', '竟成镇三宝村', '1970-07-07', '2024-03-15', 0.40, 2, '{civil_servant}', 0);

CREATE TABLE estate.loan_application (
	app_id int PRIMARY KEY,
	applicant text NOT NULL,
	house_price jdz.cny NOT NULL,
	both_spouses_eligible boolean NOT NULL,	-- both spouses pay into the housing fund
	contribution_months int NOT NULL,
	contract_signed date NOT NULL,
	paid_on date NOT NULL,
	existing_homes int NOT NULL,
	existing_home_area numeric(6, 2) NOT NULL,
	term_months int NOT NULL,
	retirement_on date NOT NULL,
	property text NOT NULL DEFAULT 'new_commodity_housing',
	impediments text[] NOT NULL DEFAULT '{}',
	applied_on date NOT NULL
);
INSERT INTO estate.loan_application VALUES
	(1, '刘洋', '1,080,000.00', true, 48, '2025-03-02', '2025-03-10', 0, 0, 360, '2051-06-30', 'new_commodity_housing', '{}', '2025-03-20'),
	(2, '陈静', '560,000.00', false, 30, '2025-04-11', '2025-04-15', 1, 88.50, 240, '2045-02-28', 'new_commodity_housing', '{}', '2025-04-25'),
	(3, '黄磊', '720,000.00', false, 5, '2025-05-06', '2025-05-08', 0, 0, 300, '2055-09-30', 'new_commodity_housing', '{}', '2025-05-20'),
	(4, '赵敏', '1,650,000.00', true, 120, '2025-06-01', '2025-06-03', 1, 150.00, 360, '2040-11-30', 'villa', '{}', '2025-06-18'),
	(5, '吴强', '430,000.00', false, 72, '2025-07-07', '2025-07-09', 0, 0, 180, '2060-01-31', 'new_commodity_housing', '{bad_credit_record}', '2025-07-21'),
	(6, '周芳', '890,000.00', true, 36, '2025-08-15', '2025-08-18', 0, 0, 360, '2030-05-31', 'new_commodity_housing', '{}', '2025-08-28');
