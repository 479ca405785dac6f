# test/sh/lib/sessions.sh — TAP output and two-session helpers shared by the
# cache tests (sourced; $db names the database).
#   ok/notok MSG          one TAP line
#   ask SQL               send SQL to the long-lived session A, read its answer into $answer
#   check MSG WANT        ok if $answer = WANT
#   b SQL                 run SQL in a one-shot session B
n=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
notok() { n=$((n + 1)); echo "not ok $n - $1"; }
start_session_a() { coproc A { psql -X -qAt -d "$db" 2>&1; }; }
ask() {
	local line
	echo "$1" >&"${A[1]}"
	echo "SELECT 'END-OF-ANSWER';" >&"${A[1]}"
	answer=
	while IFS= read -r -t 20 line <&"${A[0]}"; do
		[ "$line" = END-OF-ANSWER ] && break
		answer="${answer:+$answer|}$line"
	done
}
check() { if [ "$answer" = "$2" ]; then ok "$1"; else notok "$1 (got '$answer', want '$2')"; fi; }
b() { psql -X -qAt -v ON_ERROR_STOP=1 -d "$db" -c "$1" >/dev/null 2>&1; }
