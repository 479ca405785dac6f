-- examples/tour-40-hotline.sql — a year of 12345 hotline work orders (景府办发〔2022〕7号)
\pset footer off
\echo
\echo '===== 12345 热线: 12345 work orders signed in 2024, across Spring Festival and National Day — table estate.work_order'
SELECT to_regclass('estate.work_order_due') IS NOT NULL AS ok \gset
\echo
\echo '== 景府办发〔2022〕7号 第十二条 (HL-12b): done within 2 (consultation), 5 (help, suggestion, opinion) or 10 (complaint, report) working days of signing — view estate.work_order_due'
\if :ok
SELECT DISTINCT computed_by AS due_dates_computed_by FROM estate.work_order_due;
\echo '   orders signed just before the holidays: the holidays do not count, the 调休 working days (Sun 18 Feb, Sat 12 Oct) do'
SELECT order_no, (signed_at AT TIME ZONE 'Asia/Shanghai')::date AS signed_on, category, due_on
  FROM estate.work_order_due
 WHERE order_no IN (SELECT min(order_no) FROM estate.work_order
                     WHERE (signed_at AT TIME ZONE 'Asia/Shanghai')::date IN ('2024-02-08', '2024-09-30')
                       AND category IN ('consultation', 'help', 'complaint')
                     GROUP BY (signed_at AT TIME ZONE 'Asia/Shanghai')::date, category)
 ORDER BY signed_at;
\echo
\echo '== overdue work orders by department (done after the due date) — view estate.overdue_by_department'
SELECT department, orders, overdue, overdue_pct FROM estate.overdue_by_department ORDER BY overdue DESC, department;
\else
\echo '   (skipped: no due-date function is installed yet)'
\endif
