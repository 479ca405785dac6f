-- examples/10-building.sql — the demo sample: one building of 40 flats
-- (10 storeys × 4 flats) with their building areas, and a repair bill to
-- share by area (MF-22, 景府发〔2023〕11号 第二十二条).  Plain tables.
CREATE SCHEMA demo;
CREATE TABLE demo.flat (
	flat_no int PRIMARY KEY,						-- 101 … 1004: storey, then flat
	storey int NOT NULL,
	area numeric(7, 2) NOT NULL CHECK (area > 0),	-- building area, m²
	owner text NOT NULL
);
INSERT INTO demo.flat
SELECT s * 100 + f, s,
       (ARRAY[89.37, 112.64, 127.05, 143.18])[f] + CASE WHEN s = 10 THEN 18.50 ELSE 0 END,
       format('业主%s', (s - 1) * 4 + f)
  FROM generate_series(1, 10) AS s, generate_series(1, 4) AS f;

CREATE TABLE demo.repair_bill (
	bill_id int PRIMARY KEY,
	item text NOT NULL,
	amount jdz.cny NOT NULL
);
INSERT INTO demo.repair_bill VALUES (1, '屋面防水及外墙修缮 (roof waterproofing and façade repair)', '¥86,543.21');
