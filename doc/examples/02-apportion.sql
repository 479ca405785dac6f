--- jdz.apportion
SELECT jdz.apportion('12345.67', '{89.50,120.30,143.75}'::numeric[]);
SELECT jdz.apportion('0.02', '{1,1,1}'::numeric[]) AS ties_to_lower_index, jdz.apportion('-0.02', '{1,1,1}'::numeric[]) AS negative;
SELECT u, jdz.apportion('100.00', u) OVER (ORDER BY u) FROM generate_series(1, 3) u;
--- jdz.apportion_explain
SELECT jdz.apportion_explain('0.02', '{1,1,1}'::numeric[]) -> 'result' AS result, jdz.apportion_explain('0.02', '{1,1,1}'::numeric[]) -> 'rule' AS rule;
