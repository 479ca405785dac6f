-- jdzpolicy 0.1.0 → 1.0.0
\echo Use "ALTER EXTENSION jdzpolicy UPDATE TO '1.0.0'" to load this file. \quit

-- 1.0.0 has exactly the SQL objects and builtin rows of 0.1.0 (as released on
-- 2026-12-07, with the deadline part): what changed is in the module, which
-- the server loads anew (per-call caches of jdz.due by rule and of
-- jdz.ga_plan_deadline).  test/sh/95-upgrade.sh checks that an updated
-- database and a fresh 1.0.0 install have the same schema and builtin rows,
-- so a later change to the install script must come with its upgrade script.
