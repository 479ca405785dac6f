\echo Use "CREATE EXTENSION jdzpolicy" to load this file. \quit

-- jdzpolicy: Jingdezhen (景德镇) municipal regulations in SQL.
--
-- This is the one source of the install script: the Makefile builds
-- jdzpolicy--<version>.sql from it (tools/build-sql), replacing each
-- "--@include extension/parts/NN-part.sql" line by that file (one per part,
-- in dependency order) and each "--@load table file.csv" line by the
-- INSERTs of that file's rows (builtin = true).
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

--@include extension/parts/01-cny.sql

------------------------------------------------------------------------------
-- 2. Apportionment: jdz.apportion
------------------------------------------------------------------------------

--@include extension/parts/02-apportion.sql

------------------------------------------------------------------------------
-- 3. Document numbers, documents, parameters, rules
------------------------------------------------------------------------------

--@include extension/parts/03-registry.sql

------------------------------------------------------------------------------
-- 4. The holiday calendar
------------------------------------------------------------------------------

--@include extension/parts/04-calendar.sql

------------------------------------------------------------------------------
-- 5. Time limits and deadlines
------------------------------------------------------------------------------

--@include extension/parts/05-deadline.sql

------------------------------------------------------------------------------
-- 10. Types shared by spec 10; maintenance fund (MF)
------------------------------------------------------------------------------

--@include extension/parts/10-mf.sql

------------------------------------------------------------------------------
-- 11. Public rental housing (PRH)
------------------------------------------------------------------------------

--@include extension/parts/11-prh.sql

------------------------------------------------------------------------------
-- 30. Subsidies, loans and escrow
------------------------------------------------------------------------------

--@include extension/parts/30-subsidy.sql

------------------------------------------------------------------------------
-- 40. Deadlines of the hotline and other families, dated-rule tables
------------------------------------------------------------------------------

--@include extension/parts/40-deadlines.sql

------------------------------------------------------------------------------
-- 41. Reference tables
------------------------------------------------------------------------------

--@include extension/parts/41-reference.sql

------------------------------------------------------------------------------
-- 90. Privileges
------------------------------------------------------------------------------

-- Extension tables are readable by everyone and writable by their owner
-- only; functions are executable by PUBLIC (the default).
