#!/bin/bash
# examples/demo.sh — load the demo database and print a guided tour.
# Run by `make demo` (tools/pgtmp demo) with PGHOST/PGPORT/PGUSER set.
set -euo pipefail
cd "$(dirname "$0")"
dropdb --if-exists jdz_demo >/dev/null 2>&1
createdb jdz_demo
psql -X -q -v ON_ERROR_STOP=1 -d jdz_demo -c 'CREATE EXTENSION jdzpolicy'
for f in [0-9]*.sql; do
	psql -X -q -v ON_ERROR_STOP=1 -d jdz_demo -f "$f"
done
for f in tour*.sql; do
	psql -X -v ON_ERROR_STOP=1 -d jdz_demo -f "$f"
done
