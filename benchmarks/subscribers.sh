#!/usr/bin/env bash
# Subscriber fan-out (issue #4): 10,000 e-mail subscribers told of one update, 100,000 webhook
# deliveries, and a kill -9 of the server in the middle of a fan-out with nothing lost. The
# receivers are in the harness (SubscriberLoad.java): a minimal SMTP sink and an HTTP server, each
# counting distinct notification ids.
# Embedded H2 database by default; SUBSCRIBERS_DB=postgresql uses a fresh database
# "reveille_subscribers" on 127.0.0.1:5432 (user postgres), dropped at the end.
# The server runs with a port offset (default 100: HTTP 8180) and a private data directory.
# Usage: benchmarks/subscribers.sh [e-mails] [webhooks]   (after ./mvnw -DskipTests package)
#   defaults 10000 and 100000
# Environment: PORT_OFFSET (default 100), SMTP_PORT (default 2525), HOOK_PORT (default 9099),
#   SUBSCRIBERS_LOG (a path to keep the server log at), JAVA_OPTS (for the server),
#   PROFILE (a directory: a JFR recording of each of the first two phases is written there,
#   e-mail.jfr and webhook.jfr, and summarised; with PERF=1 also perf recordings, e-mail.perf and
#   webhook.perf), SUBSCRIBERS_KILL=no (skips the kill -9 phase, for profiling).
# Each of the first two phases also reports the server's CPU time (user + system, from /proc),
# which another process on the same cores disturbs less than the wall-clock time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
offset=${PORT_OFFSET:-100}
base=http://127.0.0.1:$((8080 + offset))
smtp=${SMTP_PORT:-2525}
hooks=${HOOK_PORT:-9099}
password=bench-admin-password

# launch WORK: starts the private server and waits until it is ready (also after a kill -9).
launch() {
  local work=$1 start ready launched
  start=$(date +%s%N)
  "$work/server/bin/standalone.sh" \
    -Djboss.socket.binding.port-offset="$offset" \
    -Djboss.server.data.dir="$work/data" \
    -Dreveille.public-url="$base" \
    -Dreveille.admin.password="$password" \
    -Dreveille.guidance.commander-within=PT2H \
    -Dreveille.guidance.first-update-within=PT2H \
    -Dreveille.smtp.host=127.0.0.1 -Dreveille.smtp.port="$smtp" \
    -Dreveille.subscribers.local-webhooks=true \
    >> "$work/server.log" 2>&1 &
  launched=$!
  for _ in $(seq 1 2400); do
    kill -0 "$launched" 2>/dev/null || break
    if curl -sf -o /dev/null "$base/health/ready"; then
      return 0
    fi
    sleep 0.05
  done
  echo "The server did not become ready; see its log below." >&2
  tail -n 40 "$work/server.log" >&2
  return 1
}

# phase WORK start|stop NAME: prints the server's CPU time so far in milliseconds; with PROFILE,
# starts or stops (and summarises) the phase's JFR recording.
phase() {
  local pid ticks
  pid=$(server_pid "$1")
  if [ -n "${PROFILE:-}" ] && [ "$2" = start ]; then
    jcmd "$pid" JFR.start name="$3" settings=profile filename="$PROFILE/$3.jfr" >/dev/null
    if [ -n "${PERF:-}" ]; then
      perf record -q -F 499 -g -p "$pid" -o "$PROFILE/$3.perf" >/dev/null 2>&1 &
      echo $! > "$PROFILE/$3.perf.pid"
    fi
  fi
  ticks=$(sed -E 's/^.*\) //' "/proc/$pid/stat" | awk '{print $12 + $13}')
  if [ -n "${PROFILE:-}" ] && [ "$2" = stop ]; then
    if [ -f "$PROFILE/$3.perf.pid" ]; then
      kill -INT "$(cat "$PROFILE/$3.perf.pid")"; rm "$PROFILE/$3.perf.pid"
    fi
    jcmd "$pid" JFR.stop name="$3" >/dev/null
    java "$root/benchmarks/JfrSummary.java" "$PROFILE/$3.jfr" >&2
  fi
  echo $((ticks * 1000 / $(getconf CLK_TCK)))
}

case "${1:-}" in
  __phase) phase "$2" "$3" "$4"; exit 0 ;;
  __kill) kill -9 "$(server_pid "$2")"; while [ -n "$(server_pid "$2")" ]; do sleep 0.05; done; exit 0 ;;
  __start) launch "$2"; exit 0 ;;
esac

emails=${1:-10000}
webhooks=${2:-100000}
if curl -s -o /dev/null "$base/health/live"; then
  echo "Something already answers on $base; choose another PORT_OFFSET." >&2
  exit 1
fi
work=$(mktemp -d)
if [ "${SUBSCRIBERS_DB:-h2}" = postgresql ]; then
  dropdb -h 127.0.0.1 -U postgres --if-exists reveille_subscribers
  createdb -h 127.0.0.1 -U postgres reveille_subscribers
  export REVEILLE_DB_DRIVER=postgresql REVEILLE_DB_URL=jdbc:postgresql://127.0.0.1:5432/reveille_subscribers \
    REVEILLE_DB_USER=postgres REVEILLE_DB_PASSWORD=postgres
fi
finish() {
  stop_server "$work"
  [ "${SUBSCRIBERS_DB:-h2}" = postgresql ] && dropdb -h 127.0.0.1 -U postgres --if-exists reveille_subscribers
  if [ -f "$work/server.log" ]; then
    echo
    echo "server log: warnings and errors by logger (count):"
    sed -E 's/\x1b\[[0-9;]*m//g' "$work/server.log" | grep -E '^[0-9:, ]+(WARN|ERROR|FATAL) ' \
      | sed -E 's/^[0-9:, ]+(WARN|ERROR|FATAL) +\[([^]]+)\].*/\1 \2/' | sort | uniq -c | sort -rn | head -n 15 || true
    [ -n "${SUBSCRIBERS_LOG:-}" ] && cp "$work/server.log" "$SUBSCRIBERS_LOG"
  fi
  rm -rf "$work"
}
trap finish EXIT
server_copy "$root" "$work"
mkdir -p "$work/data"
cp -r "$work/server/standalone/data/content" "$work/data/"
launch "$work"

db="H2 (embedded, file under the private data directory)"
[ -n "${REVEILLE_DB_URL:-}" ] && db="${REVEILLE_DB_URL}"
echo "server ready on $base; database: $db"
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "e-mail subscribers: $emails; webhook subscribers: $webhooks; SMTP sink :$smtp; receiver :$hooks"
java "$root/benchmarks/SubscriberLoad.java" "$base" "$password" "$emails" "$webhooks" "$smtp" "$hooks" \
  "'$0' __kill '$work'" "'$0' __start '$work'" "'$0' __phase '$work'"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
