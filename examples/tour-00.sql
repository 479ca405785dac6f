-- examples/tour-00.sql — the start of the guided tour `make demo` prints.
\pset footer off
SELECT jdz.version() AS jdzpolicy_version \gset
\echo
\echo '== jdzpolicy' :jdzpolicy_version
\echo '   the demo application lives in schema estate (tables) and its views estate.*; jdz is on the search_path'
