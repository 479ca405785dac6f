-- examples/tour-30-farmers-loans.sql — land-expropriated farmers (景府发〔2023〕14号) and combination loans (景金字〔2020〕18号)
\pset footer off
SELECT to_regclass('estate.farmer_subsidy') IS NOT NULL AS ok \gset
\echo
\echo '== 景府发〔2023〕14号 第五、六、十四条 (LP-05, LP-06, LP-14): who is a land-expropriated farmer; 第十条 (LP-10): yearly subsidy W × 60 % × 12 % × 12 — view estate.farmer_subsidy'
\echo '   (W = lefp.avg_monthly_wage = 6000.00, a DEMO value loaded by examples/45-farmers-loans.sql)'
\if :ok
SELECT person_id, name, birth_date, land_mu, household_members AS members, status, reasons, yearly_subsidy
  FROM estate.farmer_subsidy ORDER BY person_id;
\else
\echo '   (skipped: jdz.lefp_eligibility / jdz.lefp_annual_subsidy are not installed yet)'
\endif

SELECT to_regclass('estate.loan_caps') IS NOT NULL AS ok \gset
\echo
\echo '== 景金字〔2020〕18号 第六、七、十条 (CL-06, CL-07, CL-10): HPF tranche 35万 / 50万 and ≤ 80 % of the price; 第八条 (CL-08): term ≤ 360 months and retirement + 5 years — view estate.loan_caps'
\if :ok
SELECT app_id, applicant, house_price, both_spouses_eligible AS couple, hpf_max, total_max, min_down_payment,
       max_term_months, requested_term
  FROM estate.loan_caps ORDER BY app_id;
\else
\echo '   (skipped: jdz.cl_max_loan / jdz.cl_max_term are not installed yet)'
\endif

SELECT to_regclass('estate.loan_decision') IS NOT NULL AS ok \gset
\echo
\echo '== 景金字〔2020〕18号 第三至六、八、二十条 (CL-03 … CL-20): may each application be granted as requested — view estate.loan_decision'
\if :ok
SELECT app_id, applicant, eligible, reasons FROM estate.loan_decision ORDER BY app_id;
\else
\echo '   (skipped: jdz.cl_eligibility is not installed or cannot run yet — it needs jdz.due)'
\endif
