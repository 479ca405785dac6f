-- examples/30-hotline.sql — a year of 12345 hotline work orders (2024: Spring
-- Festival 10–17 February, National Day 1–7 October, and their 调休 Sundays),
-- as the hotline centre's case system stores them.  Deterministic.
CREATE TABLE estate.department (
	dept_id int PRIMARY KEY,
	name text NOT NULL UNIQUE
);
INSERT INTO estate.department VALUES
	(1, '市住房和城乡建设局'), (2, '市城市管理局'), (3, '市市场监督管理局'), (4, '市人力资源和社会保障局'),
	(5, '市生态环境局'), (6, '市交通运输局'), (7, '珠山区人民政府'), (8, '昌江区人民政府');

CREATE TABLE estate.work_order (
	order_no text PRIMARY KEY,			-- 2024xxxxxx
	signed_at timestamptz NOT NULL,		-- the department signed for it (签收)
	category text NOT NULL,				-- consultation, help, suggestion, opinion, complaint, report
	dept_id int NOT NULL REFERENCES estate.department,
	caller_count int NOT NULL DEFAULT 1,
	done_at timestamptz					-- 办结; NULL while open
);
INSERT INTO estate.work_order
SELECT '2024' || lpad(i::text, 6, '0'),
       signed,
       (ARRAY['consultation','consultation','consultation','consultation','consultation','consultation',
              'help','help','help','suggestion','suggestion','opinion','opinion',
              'complaint','complaint','complaint','complaint','complaint','report','report'])[1 + (i * 7) % 20],
       1 + (i * 5 + i / 97) % 8,
       1 + (i % 13 = 0)::int + 2 * (i % 29 = 0)::int,
       -- most are done within a week of calendar time; every 11th takes up to three weeks
       signed + make_interval(days => CASE WHEN i % 11 = 0 THEN (i * 13) % 22 ELSE (i * 7) % 8 END,
                              hours => (i * 5) % 9)
  FROM generate_series(1, 12345) AS i,
       -- spread over the year 2024, Beijing time, 08:30–17:30 local on the clock
       LATERAL (SELECT timestamptz '2024-01-01 08:30:00+08'
                       + make_interval(days => (i - 1) * 366 / 12345, mins => ((i * 37) % 540))) AS t(signed);
