-- Properties every object of the extension must have (core §8, style.md):
-- a COMMENT on every object, PARALLEL SAFE functions, no SECURITY DEFINER,
-- honest volatility, PUBLIC reads every table and writes none.
BEGIN;
SELECT plan(7);

CREATE TEMP VIEW members AS
SELECT d.classid::regclass AS catalog, d.objid
  FROM pg_depend d JOIN pg_extension e ON d.refobjid = e.oid AND d.refclassid = 'pg_extension'::regclass
 WHERE e.extname = 'jdzpolicy' AND d.deptype = 'e';

SELECT is_empty($$
  SELECT p.oid::regprocedure::text FROM members m JOIN pg_proc p ON m.catalog = 'pg_proc'::regclass AND p.oid = m.objid
   WHERE obj_description(p.oid, 'pg_proc') IS NULL
     AND NOT EXISTS (SELECT 1 FROM pg_type t WHERE p.oid IN (t.typinput, t.typoutput, t.typreceive, t.typsend))
$$, 'every function of the extension has a COMMENT (type I/O functions excepted)');

SELECT is_empty($$
  SELECT t.oid::regtype::text FROM members m JOIN pg_type t ON m.catalog = 'pg_type'::regclass AND t.oid = m.objid
   WHERE obj_description(t.oid, 'pg_type') IS NULL AND t.typtype <> 'p'
     AND NOT (t.typtype = 'c' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid AND c.relkind <> 'c'))
$$, 'every type of the extension has a COMMENT');

SELECT is_empty($$
  SELECT c.oid::regclass::text FROM members m JOIN pg_class c ON m.catalog = 'pg_class'::regclass AND c.oid = m.objid
   WHERE c.relkind IN ('r', 'v', 'm') AND obj_description(c.oid, 'pg_class') IS NULL
$$, 'every table and view of the extension has a COMMENT');

SELECT is_empty($$
  SELECT p.oid::regprocedure::text FROM members m JOIN pg_proc p ON m.catalog = 'pg_proc'::regclass AND p.oid = m.objid
   WHERE p.proparallel <> 's'
$$, 'every function of the extension is PARALLEL SAFE');

SELECT is_empty($$
  SELECT p.oid::regprocedure::text FROM members m JOIN pg_proc p ON m.catalog = 'pg_proc'::regclass AND p.oid = m.objid
   WHERE p.prosecdef
$$, 'no function of the extension is SECURITY DEFINER');

SELECT is_empty($$
  SELECT c.oid::regclass::text FROM members m JOIN pg_class c ON m.catalog = 'pg_class'::regclass AND c.oid = m.objid
   WHERE c.relkind IN ('r', 'v', 'm')
     AND NOT has_table_privilege('public', c.oid, 'SELECT')
$$, 'PUBLIC may read every table and view of the extension');

SELECT is_empty($$
  SELECT c.oid::regclass::text FROM members m JOIN pg_class c ON m.catalog = 'pg_class'::regclass AND c.oid = m.objid
   WHERE c.relkind IN ('r', 'v', 'm')
     AND (has_table_privilege('public', c.oid, 'INSERT') OR has_table_privilege('public', c.oid, 'UPDATE')
          OR has_table_privilege('public', c.oid, 'DELETE') OR has_table_privilege('public', c.oid, 'TRUNCATE'))
$$, 'PUBLIC may write no table of the extension');

SELECT * FROM finish();
ROLLBACK;
