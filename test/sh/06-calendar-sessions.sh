#!/bin/bash
# The calendar cache (core §4): a holiday or a year committed in another
# session is used by this session's next call; an uncommitted one is not;
# jdz.calendar_reset() rebuilds the same answers.
set -u
. "$(dirname "$0")/lib/sessions.sh"
db=jdz_calsessions
echo "1..7"
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
psql -X -q -c "CREATE DATABASE $db" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db -c 'CREATE EXTENSION jdzpolicy' >/dev/null

start_session_a

# 2026-06-12 is a Friday; 2026-06-15 a plain Monday
ask "SELECT jdz.add_workdays('2026-06-12', 1);"
check "session A: 2026-06-12 + 1 working day = 2026-06-15 (cached)" 2026-06-15
b "INSERT INTO jdz.calendar_day (day, kind, festival) VALUES ('2026-06-15', 'holiday', 'local')"
ask "SELECT jdz.add_workdays('2026-06-12', 1);"
check "a local holiday committed by session B is used by A's next call" 2026-06-16

fifo=$(mktemp -u)
mkfifo "$fifo"
psql -X -qAt -d $db <"$fifo" >/dev/null 2>&1 &
cpid=$!
exec 8>"$fifo"
echo "BEGIN; DELETE FROM jdz.calendar_day WHERE day = '2026-06-15' AND NOT builtin;" >&8
sleep 1
ask "SELECT jdz.add_workdays('2026-06-12', 1);"
check "an uncommitted deletion is not seen" 2026-06-16
echo "COMMIT;" >&8
sleep 1
ask "SELECT jdz.add_workdays('2026-06-12', 1);"
check "once committed, it is" 2026-06-15
exec 8>&-
wait $cpid
rm -f "$fifo"

ask "SELECT jdz.is_workday('2027-01-04');"
case "$answer" in *"does not cover the year 2027"*) ok "2027 is not covered yet";; *) notok "2027 is not covered yet (got '$answer')";; esac
b "INSERT INTO jdz.calendar_year (year, notice) VALUES (2027, 'test'); INSERT INTO jdz.calendar_day (day, kind) VALUES ('2027-01-04', 'holiday')"
ask "SELECT jdz.is_workday('2027-01-04');"
check "the 2027 notice loaded by B is used by A at once" f
ask "SELECT jdz.calendar_reset();"
ask "SELECT jdz.add_workdays('2026-12-31', 2);"
check "after calendar_reset() the same committed state is used (2027-01-04 a holiday)" 2027-01-05

echo '\q' >&"${A[1]}"
wait 2>/dev/null
psql -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
