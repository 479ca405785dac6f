-- examples/20-estate.sql — the demo application's own tables, schema estate:
-- a central-city housing estate (four buildings of 7 and 18 storeys, 322 units),
-- their owners, first deposits and sub-account balances, a repair bill and two
-- owners' votes.  Plain tables as a property-management application keeps them;
-- every rule is applied by the views of examples/50-views.sql.  Deterministic:
-- everything is derived from generate_series, no random().
CREATE SCHEMA estate;
COMMENT ON SCHEMA estate IS 'jdzpolicy demo: the tables of an application (estate, hotline, rental register, farmers, loans)';

CREATE TABLE estate.building (
	building_id int PRIMARY KEY,
	name text NOT NULL,
	district text NOT NULL,
	floors_above_ground int NOT NULL,
	stairs int NOT NULL,				-- 单元 (stairwells)
	flats_per_floor int NOT NULL,		-- per stairwell
	layouts numeric[] NOT NULL,			-- building area of each flat position, m²
	handed_over_on date NOT NULL
);
INSERT INTO estate.building VALUES
	(1, '昌南花园1栋', '珠山区', 7, 2, 2, '{89.37,112.64}', '2024-03-18'),
	(2, '昌南花园2栋', '珠山区', 7, 3, 2, '{76.52,125.40}', '2024-03-18'),
	(3, '昌南花园3栋', '珠山区', 18, 2, 4, '{68.25,89.60,105.33,132.78}', '2024-06-28'),
	(4, '昌南花园4栋', '珠山区', 18, 2, 3, '{95.12,118.47,143.86}', '2024-06-28');

CREATE TABLE estate.owner (
	owner_id int PRIMARY KEY,
	name text NOT NULL,
	phone text NOT NULL
);

CREATE TABLE estate.unit (
	unit_id text PRIMARY KEY,			-- 栋-单元-室, e.g. 3-2-1804
	seq int NOT NULL UNIQUE,
	building_id int NOT NULL REFERENCES estate.building,
	stair int NOT NULL,
	floor int NOT NULL,
	area numeric(7, 2) NOT NULL CHECK (area > 0),	-- building area (建筑面积), m²
	owner_id int NOT NULL REFERENCES estate.owner
);

-- every flat of every building, numbered in building, stair, floor, flat order
CREATE TEMP TABLE flat AS
SELECT row_number() OVER (ORDER BY b.building_id, s, f, p)::int AS seq,
       b.building_id, s AS stair, f AS floor, p AS pos,
       b.layouts[p] + ((f * 3 + p) % 4) * 0.11 AS area
  FROM estate.building AS b,
       generate_series(1, b.stairs) AS s,
       generate_series(1, b.floors_above_ground) AS f,
       generate_series(1, b.flats_per_floor) AS p;

INSERT INTO estate.owner
SELECT seq,
       (ARRAY['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗'])[1 + (seq * 7) % 20]
       || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','华','建国'])[1 + (seq * 13) % 20]
       || CASE WHEN seq % 3 = 0 THEN (ARRAY['','文','海','玉','春','志'])[1 + seq % 6] ELSE '' END,
       '1397981' || lpad(seq::text, 4, '0')
  FROM flat WHERE seq % 50 <> 0;			-- every 50th flat belongs to the owner of the flat before it

INSERT INTO estate.unit
SELECT format('%s-%s-%s%s', building_id, stair, floor, lpad(pos::text, 2, '0')), seq, building_id, stair, floor, area,
       CASE WHEN seq % 50 = 0 THEN seq - 1 ELSE seq END
  FROM flat;

-- the maintenance-fund centre's ledger: first deposit paid and the sub-account balance today
CREATE TABLE estate.sub_account (
	unit_id text PRIMARY KEY REFERENCES estate.unit,
	deposit_paid jdz.cny NOT NULL,		-- what the developer / buyer actually paid in
	paid_on date NOT NULL,
	balance jdz.cny NOT NULL,			-- after repairs already charged
	balance_on date NOT NULL
);
INSERT INTO estate.sub_account
SELECT u.unit_id,
       paid,
       b.handed_over_on - 20,
       (paid::numeric * (12 + (u.seq * 37) % 89) / 100)::jdz.cny,
       date '2025-06-30'
  FROM estate.unit AS u JOIN estate.building AS b USING (building_id),
       LATERAL (SELECT (round(u.area * CASE WHEN b.floors_above_ground <= 7 THEN 60 ELSE 85 END, 2)
                        -- three flats of building 4 were paid in at the multi-storey rate by mistake
                        - CASE WHEN u.seq IN (260, 281, 302) THEN round(u.area * 25, 2) ELSE 0 END)::jdz.cny) AS x(paid);

CREATE TABLE estate.repair_bill (
	bill_id int PRIMARY KEY,
	building_id int NOT NULL REFERENCES estate.building,
	item text NOT NULL,
	amount jdz.cny NOT NULL,
	approved_on date
);
INSERT INTO estate.repair_bill VALUES
	(1, 3, '3栋4台电梯整体更换 (replacing the four lifts of building 3)', '1,286,400.00', '2025-07-15'),
	(2, 1, '1栋屋面防水 (roof waterproofing of building 1)', '¥38,765.43', '2025-05-09');

CREATE TABLE estate.owners_vote (
	vote_id int PRIMARY KEY,
	title text NOT NULL,
	matter text NOT NULL CHECK (matter IN ('repair', 'rebuild', 'raise_fund')),
	building_id int REFERENCES estate.building,	-- NULL: the whole estate votes
	bill_id int REFERENCES estate.repair_bill,
	closed_on date NOT NULL
);
INSERT INTO estate.owners_vote VALUES
	(1, '3栋电梯更换使用维修资金 (use the fund for the lifts of building 3)', 'repair', 3, 1, '2025-07-10'),
	(2, '全小区续筹维修资金 (raise the fund again, whole estate)', 'raise_fund', NULL, NULL, '2025-09-20'),
	(3, '1栋屋面防水使用维修资金 (use the fund for the roof of building 1)', 'repair', 1, 2, '2025-05-05');

CREATE TABLE estate.ballot (
	vote_id int REFERENCES estate.owners_vote,
	unit_id text REFERENCES estate.unit,
	choice text NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
	PRIMARY KEY (vote_id, unit_id)
);
-- vote 1: 8 in 10 flats of building 3 vote, 6 of those 8 say yes
INSERT INTO estate.ballot
SELECT 1, unit_id, CASE WHEN seq % 10 < 6 THEN 'yes' ELSE 'no' END
  FROM estate.unit WHERE building_id = 3 AND seq % 10 < 8;
-- vote 2: 17 in 20 flats vote, 12 of them yes (not three quarters of those voting)
INSERT INTO estate.ballot
SELECT 2, unit_id, CASE WHEN seq % 20 < 12 THEN 'yes' WHEN seq % 20 < 15 THEN 'no' ELSE 'abstain' END
  FROM estate.unit WHERE seq % 20 < 17;
-- vote 3: only 3 in 5 flats of building 1 vote: no quorum
INSERT INTO estate.ballot
SELECT 3, unit_id, 'yes' FROM estate.unit WHERE building_id = 1 AND seq % 5 < 3;
