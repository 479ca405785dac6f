-- examples/tour.sql — the guided tour `make demo` prints.
\pset footer off
\echo
\echo '== jdzpolicy' `psql -X -qAt -c 'SELECT jdz.version()'`
