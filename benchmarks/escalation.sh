#!/usr/bin/env bash
# Escalation timing (issue #3): declaration to the first outbound chat request, and how late level
# timers fire with many escalations pending at once, against a stand-in Slack in the harness.
# Embedded H2 database by default; ESCALATION_DB=postgresql uses a fresh database
# "reveille_escalation" on 127.0.0.1:5432 (user postgres), dropped at the end; REVEILLE_DB_* set
# in the environment are passed to the server as they are.
# The server runs with a port offset (default 100: HTTP 8180, management 10090) so that it never
# clashes with a server on 8080, and with a private data directory.
# Usage: benchmarks/escalation.sh [declarations] [pending] [level wait]   (after ./mvnw -DskipTests package)
#   declarations  measured SEV1 declarations for the first-chat figure (default 300, after 50 warm-up)
#   pending       escalations waiting on a level timer at once (default 1000)
#   level wait    the first level's waitBeforeNext, ISO-8601 (default PT3M); must exceed the time
#                 the pending declarations take, which the harness checks and reports
# Environment: CLIENTS (default 4), WARMUP (default 50), PORT_OFFSET (default 100),
#   ESCALATION_LOG (a path to keep the server log at), JAVA_OPTS (for the server, as standalone.sh).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
declarations=${1:-300}
pending=${2:-1000}
wait=${3:-PT3M}
clients=${CLIENTS:-4}
warmup=${WARMUP:-50}
offset=${PORT_OFFSET:-100}
base=http://127.0.0.1:$((8080 + offset))
password=bench-admin-password

if curl -s -o /dev/null "$base/health/live"; then
  echo "Something already answers on $base; choose another PORT_OFFSET." >&2
  exit 1
fi
work=$(mktemp -d)
if [ "${ESCALATION_DB:-h2}" = postgresql ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists reveille_escalation
  createdb -h 127.0.0.1 -U postgres reveille_escalation
  export REVEILLE_DB_DRIVER=postgresql REVEILLE_DB_URL=jdbc:postgresql://127.0.0.1:5432/reveille_escalation \
    REVEILLE_DB_USER=postgres REVEILLE_DB_PASSWORD=postgres
fi
finish() {
  stop_server "$work"
  [ "${ESCALATION_DB:-h2}" = postgresql ] && dropdb -h 127.0.0.1 -U postgres --if-exists reveille_escalation
  if [ -f "$work/server.log" ]; then
    echo
    echo "server log: warnings and errors by logger (count):"
    sed -E 's/\x1b\[[0-9;]*m//g' "$work/server.log" | grep -E '^[0-9:, ]+(WARN|ERROR|FATAL) ' \
      | sed -E 's/^[0-9:, ]+(WARN|ERROR|FATAL) +\[([^]]+)\].*/\1 \2/' | sort | uniq -c | sort -rn | head -n 15 || true
    [ -n "${ESCALATION_LOG:-}" ] && cp "$work/server.log" "$ESCALATION_LOG"
  fi
  rm -rf "$work"
}
trap finish EXIT
server_copy "$root" "$work"

# Guidance timers (commander due in 5 min, first update in 15 min) are moved out of the measured
# window so that the escalation level timers are the only timers falling due.
# The deployment content (the EAR) lives in the data directory: give the private one a copy.
mkdir -p "$work/data"
cp -r "$work/server/standalone/data/content" "$work/data/"
start=$(date +%s%N)
"$work/server/bin/standalone.sh" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Djboss.server.data.dir="$work/data" \
  -Dreveille.public-url="$base" \
  -Dreveille.admin.password="$password" \
  -Dreveille.guidance.commander-within=PT2H \
  -Dreveille.guidance.first-update-within=PT2H \
  > "$work/server.log" 2>&1 &
launched=$!
ready=
for _ in $(seq 1 1200); do
  kill -0 "$launched" 2>/dev/null || break
  if curl -sf -o /dev/null "$base/health/ready"; then
    ready=$(( ($(date +%s%N) - start) / 1000000 ))
    break
  fi
  sleep 0.05
done
[ -n "$ready" ] || { echo "The server did not become ready; see its log below." >&2; tail -n 40 "$work/server.log" >&2; exit 1; }

db="H2 (embedded, file under the private data directory)"
[ -n "${REVEILLE_DB_URL:-}" ] && db="${REVEILLE_DB_URL}"
echo "server ready in $ready ms on $base; database: $db"
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "declarations: $declarations after $warmup warm-up; pending: $pending; level wait: $wait; clients: $clients"
java "$root/benchmarks/EscalationLoad.java" "$base" "$password" \
  "$declarations" "$warmup" "$clients" "$pending" "$wait"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
