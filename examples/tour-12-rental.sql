-- examples/tour-12-rental.sql — the public rental housing register (景府办发〔2023〕7号)
\pset footer off
\echo
\echo '===== 公共租赁住房: 60 households applying in 2024, 45 tenant households, 60 units — tables estate.prh_*'
SELECT to_regclass('estate.household_rent') IS NOT NULL AS ok \gset
\echo
\echo '== 景府办发〔2023〕7号 第三十一条 (PRH-31a): rent = market rent per m² × area × 10 % (廉租) or the approved 60–80 % (公租) — view estate.household_rent'
\if :ok
SELECT household_id, head_name, unit_id, area, market_rent, tier, approved_ratio, monthly_rent
  FROM estate.household_rent ORDER BY household_id LIMIT 6;
SELECT tier, count(*) AS leases, jdz.sum(monthly_rent) AS rent_roll_per_month FROM estate.household_rent GROUP BY tier ORDER BY tier;
\else
\echo '   (skipped: jdz.prh_monthly_rent is not installed yet)'
\endif

SELECT to_regclass('estate.household_eligibility') IS NOT NULL AS ok \gset
\echo
\echo '== 景府办发〔2023〕7号 第十六、十七条 (PRH-16, PRH-17): who may apply, with every reason at once — view estate.household_eligibility'
\echo '   (the income line uses prh.urban_disposable_income = 50123.40, a DEMO value loaded by examples/40-rental.sql)'
\if :ok
SELECT category, count(*) AS households, count(*) FILTER (WHERE eligible) AS eligible
  FROM estate.household_eligibility GROUP BY category ORDER BY category;
SELECT household_id, head_name, category, household_size, income, housing_area, reasons
  FROM estate.household_eligibility WHERE NOT eligible ORDER BY household_id LIMIT 6;
\else
\echo '   (skipped: jdz.prh_eligibility is not installed or cannot run yet — it needs the time-limit rows)'
\endif
