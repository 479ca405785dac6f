#!/bin/bash
# Upgrades (issue 10): every released version (its frozen install script in
# extension/released/) is installed and updated to the current version
# through the shipped upgrade scripts; the result must equal a fresh install:
# the same schema (pg_dump --schema-only --binary-upgrade, which lists every
# member of the extension, with the OID-setting lines left out), the same
# dump-marked tables and conditions, and the same rows in every table of the
# extension.  A change to the install script without its upgrade script fails.
set -u
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@" 2>&1; }
top=$(cd "$(dirname "$0")/../.." && pwd)
current=$(sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" "$top/jdzpolicy.control")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
versions=$(cd "$top/extension/released" && ls jdzpolicy--*.sql | sed 's/^jdzpolicy--\(.*\)\.sql$/\1/' | sort -V)
nv=$(echo "$versions" | grep -c .)
echo "1..$((2 + 6 * nv))"

# the schema as pg_dump sees it, without what differs by OID alone
schema() {
	pg_dump --schema-only --binary-upgrade -d "$1" 2>&1 |
		grep -v -e 'binary_upgrade_set_next_' -e 'binary_upgrade_set_missing_value' \
			-e 'binary_upgrade_create_empty_extension' -e '^-- Dumped' -e '^SET ' -e '^\\restrict ' -e '^\\unrestrict ' -e '^SELECT pg_catalog.set_config' |
		sed -e 's/OID = [0-9]*/OID = N/' -e "s/oid = '[0-9]*'/oid = 'N'/"
}
# every table of the extension: its name and its rows in a fixed order
rows() {
	q -d "$1" -c "DO \$\$ DECLARE r record; BEGIN
	  CREATE TEMP TABLE dumped (tbl text, line text);
	  FOR r IN SELECT c.oid::regclass AS t FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
	           WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_extension'::regclass
	             AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'jdzpolicy')
	             AND d.deptype = 'e' AND c.relkind IN ('r', 'p') LOOP
	    EXECUTE format('INSERT INTO dumped SELECT %L, x::text FROM %s x', r.t::text, r.t);
	  END LOOP; END \$\$;" -c "SELECT tbl || ' ' || line FROM dumped ORDER BY 1"
}
config() {
	q -d "$1" -c "SELECT string_agg(x.c::regclass::text || ' ' || coalesce(x.cond, ''), E'\n' ORDER BY 1)
	  FROM pg_extension e, unnest(e.extconfig, e.extcondition) x(c, cond) WHERE e.extname = 'jdzpolicy'"
}

for d in jdz_up_fresh; do psql -X -q -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
q -c "CREATE DATABASE jdz_up_fresh" >/dev/null
out=$(q -d jdz_up_fresh -c "CREATE EXTENSION jdzpolicy" -c "SELECT extversion FROM pg_extension WHERE extname = 'jdzpolicy'")
if [ "$out" = "$current" ]; then ok "a fresh install is version $current"; else notok "a fresh install is version $current"; echo "# $out"; fi
schema jdz_up_fresh >"$tmp/fresh.schema"
rows jdz_up_fresh >"$tmp/fresh.rows"
config jdz_up_fresh >"$tmp/fresh.config"
if grep -q "ALTER EXTENSION jdzpolicy ADD FUNCTION jdz.due(" "$tmp/fresh.schema" && [ "$(wc -l <"$tmp/fresh.rows")" -gt 1000 ]; then
	ok "the comparison sees the members of the extension and the rows of its tables"
else
	notok "the comparison sees the members of the extension and the rows of its tables"
fi

for v in $versions; do
	db=jdz_up_$(echo "$v" | tr -c 'a-z0-9\n' '_')
	psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
	q -c "CREATE DATABASE $db" >/dev/null
	out=$(q -d $db -c "CREATE EXTENSION jdzpolicy VERSION '$v'" -c "SELECT extversion FROM pg_extension WHERE extname = 'jdzpolicy'")
	if [ "$out" = "$v" ]; then ok "$v: its frozen install script installs"; else notok "$v: its frozen install script installs"; echo "$out" | sed 's/^/# /'; fi
	path=$(q -d $db -c "SELECT path FROM pg_extension_update_paths('jdzpolicy') WHERE source = '$v' AND target = '$current'")
	if [ -n "$path" ] || [ "$v" = "$current" ]; then ok "$v: an update path to $current exists ($path)"; else notok "$v: an update path to $current exists"; fi
	out=$(q -d $db -c "ALTER EXTENSION jdzpolicy UPDATE" -c "SELECT extversion FROM pg_extension WHERE extname = 'jdzpolicy'")
	if [ "$out" = "$current" ]; then ok "$v: ALTER EXTENSION jdzpolicy UPDATE reaches $current"; else notok "$v: ALTER EXTENSION jdzpolicy UPDATE reaches $current"; echo "$out" | sed 's/^/# /'; fi
	schema $db >"$tmp/up.schema"
	if cmp -s "$tmp/fresh.schema" "$tmp/up.schema"; then
		ok "$v → $current: pg_dump --schema-only equals a fresh install's"
	else
		notok "$v → $current: pg_dump --schema-only equals a fresh install's"
		diff "$tmp/fresh.schema" "$tmp/up.schema" | head -n 40 | sed 's/^/# /'
	fi
	config $db >"$tmp/up.config"
	rows $db >"$tmp/up.rows"
	if cmp -s "$tmp/fresh.config" "$tmp/up.config" && cmp -s "$tmp/fresh.rows" "$tmp/up.rows"; then
		ok "$v → $current: the same dump-marked tables and the same rows in every table"
	else
		notok "$v → $current: the same dump-marked tables and the same rows in every table"
		diff "$tmp/fresh.config" "$tmp/up.config" | head -n 10 | sed 's/^/# /'
		diff "$tmp/fresh.rows" "$tmp/up.rows" | head -n 20 | sed 's/^/# /'
	fi
	probe="SELECT jdz.version() || ' ' || jdz.due('HL-12b', 'complaint', date '2024-09-27') || ' ' || jdz.mf_initial_deposit(100, 7)"
	out=$(q -d $db -c "$probe")
	if [ "$out" = "$current 2024-10-16 6000.00" ] && [ "$out" = "$(q -d jdz_up_fresh -c "$probe")" ]; then
		ok "$v → $current: the updated extension answers (version, a deadline, a deposit)"
	else
		notok "$v → $current: the updated extension answers"; echo "# $out"
	fi
	psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
done
psql -X -q -c "DROP DATABASE IF EXISTS jdz_up_fresh" >/dev/null 2>&1
