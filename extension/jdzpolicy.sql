\echo Use "CREATE EXTENSION jdzpolicy" to load this file. \quit

-- jdzpolicy: Jingdezhen (景德镇) municipal regulations in SQL.
--
-- This is the one source of the install script: the Makefile builds
-- jdzpolicy--<version>.sql from it, replacing each "--@load table file.csv"
-- line by the INSERTs of that file's rows (builtin = true).
--
-- Sections, in dependency order:
--   0. Module
--   1. Money: jdz.cny, jdz.round_fen
--   2. Apportionment: jdz.apportion
--   3. Document numbers, documents, parameters, rules
--   4. The holiday calendar
--   5. Time limits and deadlines
--  10. Types shared by spec 10; maintenance fund (MF)
--  11. Public rental housing (PRH)
--  30. Subsidies, loans and escrow
--  40. Deadlines of the hotline and other families, dated-rule tables
--  41. Reference tables
--  90. Privileges

------------------------------------------------------------------------------
-- 0. Module
------------------------------------------------------------------------------

CREATE FUNCTION jdz.version() RETURNS text
	AS 'MODULE_PATHNAME', 'jdz_version'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION jdz.version() IS 'the version of the loaded jdzpolicy module';

------------------------------------------------------------------------------
-- 1. Money: jdz.cny, jdz.round_fen
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 2. Apportionment: jdz.apportion
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 3. Document numbers, documents, parameters, rules
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 4. The holiday calendar
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 5. Time limits and deadlines
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 10. Types shared by spec 10; maintenance fund (MF)
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 11. Public rental housing (PRH)
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 30. Subsidies, loans and escrow
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 40. Deadlines of the hotline and other families, dated-rule tables
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 41. Reference tables
------------------------------------------------------------------------------

------------------------------------------------------------------------------
-- 90. Privileges
------------------------------------------------------------------------------

-- Extension tables are readable by everyone and writable by their owner
-- only; functions are executable by PUBLIC (the default).
