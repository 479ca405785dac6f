-- The module loads and its version is the extension's version.
SELECT jdz.version() = extversion AS module_matches_extension
  FROM pg_extension WHERE extname = 'jdzpolicy';
SELECT nspname FROM pg_namespace n JOIN pg_extension e ON e.extnamespace = n.oid
 WHERE e.extname = 'jdzpolicy';
