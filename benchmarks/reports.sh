#!/usr/bin/env bash
# PDF reports (issue #5): the internal postmortem PDF of an incident with 200 timeline entries,
# warm (target under 300 ms), and 20 exports at once without an error. The harness is
# ReportLoad.java; it signs in as the administrator and drives the real server over HTTP.
# Embedded H2 database; the server runs with a port offset (default 100: HTTP 8180) and a private
# data directory.
# Usage: benchmarks/reports.sh [entries] [warm-up] [samples] [concurrent] [rounds]
#   (after ./mvnw -DskipTests package); defaults 200 30 50 20 3
# Environment: PORT_OFFSET (default 100), REPORTS_LOG (a path to keep the server log at),
#   JAVA_OPTS (for the server).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
offset=${PORT_OFFSET:-100}
base=http://127.0.0.1:$((8080 + offset))
password=bench-admin-password
if curl -s -o /dev/null "$base/health/live"; then
  echo "Something already answers on $base; choose another PORT_OFFSET." >&2
  exit 1
fi
work=$(mktemp -d)
finish() {
  stop_server "$work"
  [ -n "${REPORTS_LOG:-}" ] && [ -f "$work/server.log" ] && cp "$work/server.log" "$REPORTS_LOG"
  rm -rf "$work"
}
trap finish EXIT
server_copy "$root" "$work"
mkdir -p "$work/data"
cp -r "$work/server/standalone/data/content" "$work/data/"
"$work/server/bin/standalone.sh" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Djboss.server.data.dir="$work/data" \
  -Dreveille.public-url="$base" \
  -Dreveille.admin.password="$password" \
  -Dreveille.guidance.commander-within=PT2H \
  -Dreveille.guidance.first-update-within=PT2H \
  > "$work/server.log" 2>&1 &
for _ in $(seq 1 2400); do
  curl -sf -o /dev/null "$base/health/ready" && break
  sleep 0.05
done
curl -sf -o /dev/null "$base/health/ready" || { tail -n 40 "$work/server.log" >&2; exit 1; }

echo "server ready on $base; database: H2 (embedded, file under the private data directory)"
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$root/benchmarks/ReportLoad.java" "$base" "$password" "${1:-200}" "${2:-30}" "${3:-50}" \
  "${4:-20}" "${5:-3}"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
