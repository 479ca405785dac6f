--- jdz.annual_date
SELECT jdz.annual_date('CA-9', 'carryover', 2023) AS ca9_carryover, jdz.annual_date('GA-18', '', 2024) AS ga18,
       jdz.annual_date('S003-TL-05', 'to_supervisor', 2022) AS tl05;
--- jdz.next_deadline
SELECT jdz.next_deadline('CONS-02', date '2020-06-20') AS on_the_day, jdz.next_deadline('CONS-02', date '2020-06-21') AS day_after,
       jdz.next_deadline('CONS-02', date '2023-01-01') AS after_last;
--- jdz.programme_stages
SELECT jdz.programme_stages('景建发〔2020〕156号', date '2020-06-10') AS overlap, jdz.programme_stages('景府发〔2022〕10号', date '2022-12-18') AS plan;
--- jdz.target_status
SELECT jdz.target_status('DG-T32-2022-q1', 50, date '2022-12-31') AS exact, jdz.target_status('DG-T32-2022-q1', 49.9, date '2022-12-31') AS below,
       jdz.target_status('DG-T32-2023-q1', 70, date '2024-01-02') AS late;
--- jdz.power_in_force
SELECT jdz.power_in_force('D1-A1', 45, date '2022-12-15') AS day_before, jdz.power_in_force('D1-A1', 45, date '2022-12-16') AS from_effect;
--- jdz.power_holders
SELECT jdz.power_holders('取水许可', date '2023-01-01');
--- jdz.power_in_scope
SELECT jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 20000, "rf_protection_level": "核5"}') AS at_bounds,
       jdz.power_in_scope('D1-A1', 45, '{"floor_area_m2": 30000}') AS level_unknown,
       jdz.power_in_scope('D1-A2', 20, '{"annual_tce": 5000}') AS tce_5000;
--- jdz.catalog_item
SELECT code, label_zh FROM jdz.catalog_item WHERE catalog = 'hl.exclusion' AND code = ANY ('{9.6,9.3}') ORDER BY ord LIMIT 1;
--- jdz.delegated_power
SELECT list_id, count(*), count(DISTINCT holder) AS holders FROM jdz.delegated_power GROUP BY list_id ORDER BY list_id COLLATE "C";
--- jdz.qg_venue
SELECT top_class, count(*) FROM jdz.qg_venue GROUP BY top_class ORDER BY 2;
