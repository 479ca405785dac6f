#!/bin/bash
# jdz.param's per-session cache (core §6): a change committed in a second
# session is seen by the first session's next call, an uncommitted one is not.
set -u
. "$(dirname "$0")/lib/sessions.sh"
db=jdz_cache
echo "1..10"
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
psql -X -q -c "CREATE DATABASE $db" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db -c 'CREATE EXTENSION jdzpolicy' \
	-c "INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.cache', '2020-01-01', 1)" >/dev/null

start_session_a

ask "SELECT jdz.param('test.cache', '2024-06-03');"
check "session A reads 1 (and caches it)" 1
b "UPDATE jdz.parameter SET value = 2 WHERE key = 'test.cache'"
ask "SELECT jdz.param('test.cache', '2024-06-03');"
check "a change committed by session B is seen by A's next call" 2

# session C: a second long-lived psql fed through a fifo (bash allows one coproc)
fifo=$(mktemp -u)
mkfifo "$fifo"
psql -X -qAt -d $db <"$fifo" >/dev/null 2>&1 &
cpid=$!
exec 8>"$fifo"
echo "BEGIN; UPDATE jdz.parameter SET value = 3 WHERE key = 'test.cache';" >&8
sleep 1
ask "SELECT jdz.param('test.cache', '2024-06-03');"
check "an uncommitted change is not seen" 2
echo "COMMIT;" >&8
sleep 1
ask "SELECT jdz.param('test.cache', '2024-06-03');"
check "once committed, it is" 3
exec 8>&-
wait $cpid
rm -f "$fifo"

b "BEGIN; UPDATE jdz.parameter SET valid_to = '2024-06-30' WHERE key = 'test.cache';
   INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.cache', '2024-07-01', 4); COMMIT;"
ask "SELECT jdz.param('test.cache', '2024-06-30') || ',' || jdz.param('test.cache', '2024-07-01');"
check "a new validity period committed by B is seen by A" "3,4"
b "DELETE FROM jdz.parameter WHERE key = 'test.cache'"
ask "SELECT jdz.param('test.cache', '2024-07-01');"
case "$answer" in *"no value of parameter \"test.cache\" on 2024-07-01"*) ok "a deletion by B is seen by A (22023)";; *) notok "deletion not seen: $answer";; esac
b "INSERT INTO jdz.parameter (key, valid_from, value) VALUES ('test.cache', '2020-01-01', 5)"
b "TRUNCATE jdz.parameter"
ask "SELECT coalesce((SELECT 'still cached: ' || jdz.param('test.cache', '2024-07-01')), 'x');"
case "$answer" in *"no value of parameter"*) ok "a TRUNCATE by B is seen by A";; *) notok "truncate not seen: $answer";; esac

# the document cache of jdz.doc_status, the same way
ask "SELECT jdz.doc_status('测试〔2027〕1号', '2027-06-01');"
check "an unregistered document is unknown (and the document cache is built)" unknown
b "INSERT INTO jdz.document (docno, title, effective_from) VALUES ('测试〔2027〕1号', 'test', '2027-01-01')"
ask "SELECT jdz.doc_status('测试〔2027〕1号', '2027-06-01');"
check "a document registered by B is seen by A" in_force
ask "BEGIN; UPDATE jdz.document SET repealed_by = '景府发〔2023〕11号', repealed_on = '2027-03-01' WHERE docno::text = '测试〔2027〕1号'; SELECT jdz.doc_status('测试〔2027〕1号', '2027-06-01'); ROLLBACK; SELECT jdz.doc_status('测试〔2027〕1号', '2027-06-01');"
check "A's own uncommitted repeal is seen at once, and forgotten after ROLLBACK" "repealed|in_force"

echo '\q' >&"${A[1]}"
wait 2>/dev/null
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
