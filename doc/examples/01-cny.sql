--- jdz.cny
SELECT x, x::jdz.cny FROM unnest(ARRAY['1,234.56', '¥1234.56', '￥1234.56', '1234.56元', '3万元', '1.5万', '１２３４．５６', '-0.01']) x;
--- jdz.round_fen
SELECT x, jdz.round_fen(x) AS half_up, jdz.round_fen(x, 'half_even') AS half_even, jdz.round_fen(x, 'floor') AS floor,
       jdz.round_fen(x, 'ceiling') AS ceiling FROM unnest(ARRAY[0.125, -0.125, 0.135]) x;
--- jdz.sum
SELECT jdz.sum(v), jdz.avg(v), jdz.min(v), jdz.max(v) FROM (VALUES ('1.00'::jdz.cny), ('2.01'), ('0.02')) t(v);
--- jdz.avg
SELECT jdz.avg(v) FROM (VALUES ('0.01'::jdz.cny), ('0.02')) t(v);
