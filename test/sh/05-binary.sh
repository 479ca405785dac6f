#!/bin/bash
# jdz.docno binary I/O (core §3): a binary COPY round trip keeps every value;
# binary input is as strict as text input (22P03 for what text would refuse).
set -u
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }
db=jdz_binary
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "1..5"
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
psql -X -q -c "CREATE DATABASE $db" >/dev/null
q() { psql -X -qAt -v ON_ERROR_STOP=1 -d $db "$@" 2>&1; }
q -c 'CREATE EXTENSION jdzpolicy' -c 'CREATE TABLE t (d jdz.docno)' \
  -c "INSERT INTO t SELECT docno FROM jdz.document" \
  -c "INSERT INTO t VALUES ('x〔1000〕999999999号'), ('景工强市小组办字〔9999〕1号')" >/dev/null
q -c "\\copy t TO '$tmp/t.bin' (FORMAT binary)" >/dev/null
q -c 'CREATE TABLE u (d jdz.docno)' -c "\\copy u FROM '$tmp/t.bin' (FORMAT binary)" >/dev/null
diff=$(q -c "SELECT count(*) FROM (SELECT d::text FROM t EXCEPT ALL SELECT d::text FROM u) a" -c "SELECT count(*) FROM u")
if [ "$diff" = "0
50" ]; then ok "binary COPY round trip of 50 document numbers"; else notok "binary round trip: $diff"; fi

# a binary COPY file with one jdz.docno field: year, serial, issuer bytes
mkbin() {
	perl -e 'my ($y, $s, $i) = @ARGV; my $v = pack("NN", $y, $s) . $i;
		print "PGCOPY\n\xff\r\n\0", pack("NN", 0, 0), pack("n", 1), pack("N", length $v), $v, pack("n", 0xffff);' "$@" > "$tmp/x.bin"
}
try() { q -c 'DROP TABLE IF EXISTS v' -c 'CREATE TABLE v (d jdz.docno)' -c "\\copy v FROM '$tmp/x.bin' (FORMAT binary)" -c "SELECT count(*) FROM v WHERE d::text = '$1'"; }
mkbin 2023 11 '景府发'
out=$(try '景府发〔2023〕11号')
case "$out" in *1) ok "binary input of a valid number";; *) notok "valid binary input: $out";; esac
mkbin 999 11 '景府发'
out=$(try x)
case "$out" in *"invalid document number in binary input"*) ok "binary input: year 999 refused";; *) notok "year 999: $out";; esac
mkbin 2023 0 '景府发'
out=$(try x)
case "$out" in *"invalid document number in binary input"*) ok "binary input: serial 0 refused";; *) notok "serial 0: $out";; esac
mkbin 2023 11 '景府 发〔'
out=$(try x)
case "$out" in *"invalid document number in binary input"*) ok "binary input: an issuer with a space or bracket refused";; *) notok "bad issuer: $out";; esac
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
