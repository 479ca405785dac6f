#!/bin/bash
# pg_dump / pg_restore keeps a DBA's rows of the extension's tables (they are
# dump-marked 'WHERE NOT builtin'): each comes back exactly once, and the
# builtin rows are not duplicated (core §4, §6–§8).
set -u
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then ok "$1"; else notok "$1"; fi; }
q() { psql -X -qAt -v ON_ERROR_STOP=1 "$@" 2>&1; }
src=jdz_dump_src
dst=jdz_dump_dst
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..6"
for d in $src $dst; do psql -X -q -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
q -c "CREATE DATABASE $src" >/dev/null
q -d $src -c 'CREATE EXTENSION jdzpolicy' \
  -c "INSERT INTO jdz.document (docno, title, issuer, issued_on, effective_from) VALUES ('景府发〔2027〕1号', 'a DBA document', '景德镇市人民政府', '2027-01-05', '2027-01-05')" \
  -c "INSERT INTO jdz.parameter (key, valid_from, value, unit, docno, note) VALUES ('dba.rate', '2027-01-05', 7.5, 'yuan', '景府发〔2027〕1号', 'a DBA parameter')" \
  -c "INSERT INTO jdz.rule (rule_id, family, docno, article, summary) VALUES ('DBA-01', 'local', '景府发〔2027〕1号', '第一条', 'a DBA rule')" >/dev/null
# a DBA row in every other dump-marked table that takes a row of only its required columns is left to that table's owner;
# here every dump-marked table is counted, so a duplicated or lost row anywhere fails the test
counts() {
	q -d "$1" -c "DO \$\$ DECLARE r record; c bigint; b bigint; BEGIN
	  CREATE TEMP TABLE cnt (tbl text, dba bigint, builtin bigint);
	  FOR r IN SELECT x.c::regclass AS t FROM pg_extension e, unnest(e.extconfig) x(c) WHERE e.extname = 'jdzpolicy' LOOP
	    EXECUTE format('SELECT count(*) FILTER (WHERE NOT builtin), count(*) FILTER (WHERE builtin) FROM %s', r.t) INTO c, b;
	    INSERT INTO cnt VALUES (r.t::text, c, b);
	  END LOOP; END \$\$;" -c "SELECT string_agg(format('%s:%s:%s', tbl, dba, builtin), ' ' ORDER BY tbl) FROM cnt"
}
before=$(counts $src)
pg_dump -Fc -d $src -f "$tmp/dump" 2>"$tmp/dump.err"
check "pg_dump succeeds" '[ -s "$tmp/dump" ]'
q -c "CREATE DATABASE $dst" >/dev/null
pg_restore --exit-on-error -d $dst "$tmp/dump" >"$tmp/restore.out" 2>&1
rc=$?
check "pg_restore succeeds" '[ $rc -eq 0 ]' || cat "$tmp/restore.out" | sed 's/^/# /'
after=$(counts $dst)
check "every dump-marked table has the same DBA and builtin row counts after restore" '[ "$before" = "$after" ]'
[ "$before" = "$after" ] || { echo "# before: $before"; echo "# after:  $after"; }
fresh=$(q -d $dst -c "SELECT (SELECT count(*) FROM jdz.document WHERE builtin) || ',' || (SELECT count(*) FROM jdz.rule WHERE builtin)")
nrules=$(grep -c . test/data/rule-ids.txt)
check "builtin rows are not duplicated (48 documents, one row per rule ID)" '[ "$fresh" = "48,$nrules" ]'
rows=$(q -d $dst -c "SELECT (SELECT count(*) FROM jdz.document WHERE docno::text = '景府发〔2027〕1号' AND NOT builtin)
  || ',' || (SELECT count(*) FROM jdz.parameter WHERE key = 'dba.rate' AND NOT builtin)
  || ',' || (SELECT count(*) FROM jdz.rule WHERE rule_id = 'DBA-01' AND NOT builtin)")
check "the DBA rows of jdz.document, jdz.parameter and jdz.rule come back exactly once" '[ "$rows" = "1,1,1" ]'
val=$(q -d $dst -c "SELECT jdz.param('dba.rate', '2027-06-01') || ' ' || jdz.doc_status('景府发〔2027〕1号', '2027-06-01')")
check "the restored rows work: jdz.param and jdz.doc_status" '[ "$val" = "7.5 in_force" ]'
for d in $src $dst; do psql -X -q -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
