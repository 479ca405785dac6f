#!/bin/bash
# The time-limit rule cache (core §5): a row changed, added or deleted and
# committed in another session is used by this session's next call of
# jdz.due(rule_id, variant, start); an uncommitted change is not.
set -u
. "$(dirname "$0")/lib/sessions.sh"
db=jdz_tlsessions
echo "1..5"
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
psql -X -q -c "CREATE DATABASE $db" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db -c 'CREATE EXTENSION jdzpolicy' >/dev/null

start_session_a

# HL-12b complaint: 10 working days from Friday 2024-09-27 (make-up Sunday 09-29, 国庆)
ask "SELECT jdz.due('HL-12b', 'complaint', date '2024-09-27');"
check "session A: HL-12b complaint from 2024-09-27 is 2024-10-16 (cached)" 2024-10-16
b "UPDATE jdz.time_limit_rule SET lim = '5 working days' WHERE rule_id = 'HL-12b' AND variant = 'complaint'"
ask "SELECT jdz.due('HL-12b', 'complaint', date '2024-09-27');"
check "a limit changed and committed by session B is used by A's next call" 2024-10-10

fifo=$(mktemp -u)
mkfifo "$fifo"
psql -X -qAt -d $db <"$fifo" >/dev/null 2>&1 &
cpid=$!
exec 8>"$fifo"
echo "BEGIN; INSERT INTO jdz.time_limit_rule (rule_id, variant, lim, moves) VALUES ('LOCAL-2', '', '30 days', true);" >&8
sleep 1
ask "SELECT jdz.due('LOCAL-2', '', date '2024-09-01');"
case "$answer" in *'unknown time-limit rule "LOCAL-2"'*) ok "an uncommitted new rule is not seen";; *) notok "an uncommitted new rule is not seen (got '$answer')";; esac
echo "COMMIT;" >&8
sleep 1
ask "SELECT jdz.due('LOCAL-2', '', date '2024-09-01');"
check "once committed, it is (30 days moved off 国庆 to 2024-10-08)" 2024-10-08
exec 8>&-
wait $cpid
rm -f "$fifo"

b "DELETE FROM jdz.time_limit_rule WHERE rule_id = 'LOCAL-2'"
ask "SELECT jdz.due('LOCAL-2', '', date '2024-09-01');"
case "$answer" in *'unknown time-limit rule "LOCAL-2"'*) ok "a deleted rule is gone for A at once";; *) notok "a deleted rule is gone for A at once (got '$answer')";; esac

echo '\q' >&"${A[1]}"
wait 2>/dev/null
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
