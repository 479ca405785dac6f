-- jdz.time_limit (core §3): the grammar (English long and short forms,
-- Chinese with Arabic or Chinese numerals), the English and Chinese output,
-- the errors, the comparisons within and across units, sorting and hashing.
SET search_path = public, jdz;
-- valid input, its canonical output, the Chinese form, count and unit
SELECT i AS input, i::jdz.time_limit AS time_limit, jdz.time_limit_zh(i::jdz.time_limit) AS zh,
       jdz.time_limit_count(i::jdz.time_limit) AS count, jdz.time_limit_unit(i::jdz.time_limit) AS unit
  FROM unnest(ARRAY['5 working days', '1 working day', '30 days', '1 day', '3 months', '1 month',
                    '2 hours', '1 hour', '5 years', '1 year', '0 days',
                    '5wd', '30d', '3mon', '2h', '5y', '5 WD', '5 Working Days', '  10   working   days  ',
                    '5个工作日', '五个工作日', '5工作日', '30日', '30天', '3个月', '两个月', '2小时', '一个小时',
                    '5年', '一年', '十五个工作日', '二十个工作日', '一百零五天', '一千零五十天', '一万五千日',
                    '十万日', '100000 days', '零日', '〇年', '３０日', '　５　个工作日　']) AS i;
-- invalid input: 22P02 (22003 for a count above 100000), with the reason in DETAIL
SELECT '-5 days'::jdz.time_limit;
SELECT '1.5 months'::jdz.time_limit;
SELECT '5 weeks'::jdz.time_limit;
SELECT '5'::jdz.time_limit;
SELECT ''::jdz.time_limit;
SELECT 'days'::jdz.time_limit;
SELECT '3月'::jdz.time_limit;
SELECT '五 days'::jdz.time_limit;
SELECT '一千五天'::jdz.time_limit;
SELECT '十两天'::jdz.time_limit;
SELECT '二二日'::jdz.time_limit;
SELECT '100001 days'::jdz.time_limit;
SELECT '十万零一日'::jdz.time_limit;
SELECT '99999999999999999999 days'::jdz.time_limit;
-- a constructor
SELECT jdz.make_time_limit(15, 'working_day'), jdz.make_time_limit(1, 'month');
SELECT jdz.make_time_limit(5, 'week');
SELECT jdz.make_time_limit(-1, 'day');
-- equality is count and unit: 1 month is not 30 days, 1 year is not 12 months
SELECT '1 month'::jdz.time_limit = '30 days' AS month_is_30_days,
       '1 year'::jdz.time_limit = '12 months' AS year_is_12_months,
       '五个工作日'::jdz.time_limit = '5wd' AS zh_equals_short,
       '2 hours'::jdz.time_limit <> '2h' AS differs;
-- ordering holds within a unit
SELECT '5 working days'::jdz.time_limit < '10 working days' AS lt, '3 months'::jdz.time_limit >= '3mon' AS ge;
-- and raises across units
SELECT '1 month'::jdz.time_limit < '30 days';
-- sorting, DISTINCT and GROUP BY work on mixed units (unit, then count)
SELECT DISTINCT lim FROM (VALUES ('1 year'::jdz.time_limit), ('5 days'), ('2 hours'), ('五日'), ('3 months'),
                                 ('10 working days'), ('2 working days'), ('12 months')) v(lim) ORDER BY lim;
-- text casts
SELECT '3个月'::text::jdz.time_limit::text AS round_trip;
