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
#   SUBSCRIBERS_LOG (a path to keep the server log at), JAVA_OPTS (for the server).
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

case "${1:-}" in
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
  "'$0' __kill '$work'" "'$0' __start '$work'"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
