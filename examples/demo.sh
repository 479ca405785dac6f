#!/bin/bash
# examples/demo.sh — load the demo database and print a guided tour.
# Run by `make demo` (tools/pgtmp demo) with PGHOST/PGPORT/PGUSER set.
set -euo pipefail
cd "$(dirname "$0")"
dropdb --if-exists jdz_demo >/dev/null 2>&1
createdb jdz_demo
psql -X -q -v ON_ERROR_STOP=1 -d jdz_demo -c 'CREATE EXTENSION jdzpolicy'
# the operators of the jdz types live in schema jdz: put it on the demo database's path
psql -X -q -v ON_ERROR_STOP=1 -d jdz_demo -c 'ALTER DATABASE jdz_demo SET search_path = "$user", public, jdz'
for f in [0-9]*.sql; do
	psql -X -q -v ON_ERROR_STOP=1 -d jdz_demo -f "$f"
done
for f in tour*.sql; do
	psql -X -v ON_ERROR_STOP=1 -d jdz_demo -f "$f"
done
