#!/bin/bash
# jdzpolicy is a trusted extension (issue 10): a database owner who is not a
# superuser can CREATE EXTENSION jdzpolicy, owns what it creates, and a plain
# user can read the extension's tables but write none of them.
set -u
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else notok "$1"; fi; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@" 2>&1; }

echo "1..6"
db=jdz_trusted
psql -X -q -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS jdz_dbowner" -c "DROP ROLE IF EXISTS jdz_plain" >/dev/null 2>&1
q -c "CREATE ROLE jdz_dbowner LOGIN NOSUPERUSER" -c "CREATE ROLE jdz_plain LOGIN NOSUPERUSER" >/dev/null
q -c "CREATE DATABASE $db OWNER jdz_dbowner" >/dev/null

out=$(q -U jdz_dbowner -d $db -c 'CREATE EXTENSION jdzpolicy' -c 'SELECT jdz.version()')
check "a non-superuser database owner can CREATE EXTENSION jdzpolicy" '[ -n "$out" ] && ! echo "$out" | grep -q ERROR'
owner=$(q -d $db -c "SELECT extowner::regrole FROM pg_extension WHERE extname = 'jdzpolicy'")
check "the extension belongs to the database owner" '[ "$owner" = jdz_dbowner ]'
bad=$(q -d $db -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'jdz' AND c.relkind IN ('r','v') AND c.relowner <> 'jdz_dbowner'::regrole")
check "the extension's tables and views belong to the database owner" '[ "$bad" = 0 ]'
secdef=$(q -d $db -c "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'jdz' AND p.prosecdef")
check "no SECURITY DEFINER function" '[ "$secdef" = 0 ]'
# a plain user reads every table and writes none
tables=$(q -d $db -c "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'jdz' AND c.relkind = 'r' ORDER BY 1")
read_fail=0
write_ok=0
for t in $tables; do
	q -U jdz_plain -d $db -c "SELECT count(*) FROM $t" >/dev/null || read_fail=$((read_fail + 1))
	if psql -X -qAt -U jdz_plain -d $db -c "DELETE FROM $t" >/dev/null 2>&1; then write_ok=$((write_ok + 1)); fi
done
check "a plain user can read every table of the extension" '[ $read_fail = 0 ]'
check "a plain user can write no table of the extension" '[ $write_ok = 0 ]'

psql -X -q -c "DROP DATABASE IF EXISTS $db" -c "DROP ROLE IF EXISTS jdz_dbowner" -c "DROP ROLE IF EXISTS jdz_plain" >/dev/null 2>&1
