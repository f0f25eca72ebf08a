#!/usr/bin/env bash
# Status page under load (issue #4: >= 15,000 requests/s with p99 < 20 ms, 64 connections, 2 cores):
# wrk against /api/v2/summary.json and /status, and against the same server's static style sheet
# (/assets/reveille.css, served from memory) in the same run, for comparison.
# The server runs with the demo organisation (components in groups, public and internal incidents,
# 90 days of uptime bars), on the embedded H2 database, with a port offset (default 300: HTTP 8380)
# and a private data directory, so that it never clashes with another server.
# Usage: benchmarks/status-page.sh [seconds] [connections]   (after ./mvnw -DskipTests package)
#   seconds      each measured run (default 30), after a 10 s warm-up of the same URL
#   connections  wrk connections (default 64), over THREADS wrk threads (default 2)
# Environment: PORT_OFFSET (default 300), THREADS (default 2), JAVA_OPTS (for the server),
#   STATUS_LOG (a path to keep the server log at), PROFILE=1 (afterwards, a 20 s run against
#   /api/v2/summary.json under JDK Flight Recorder, summarised by benchmarks/JfrSummary.java),
#   SERVER_CLI (management commands applied to the server copy first, comma-separated, e.g.
#   "/subsystem=io/worker=default:write-attribute(name=io-threads,value=2)").
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
seconds=${1:-30}
connections=${2:-64}
threads=${THREADS:-2}
offset=${PORT_OFFSET:-300}
base=http://127.0.0.1:$((8080 + offset))

if ! command -v wrk >/dev/null; then
  echo "Installing wrk"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null
fi
if curl -s -o /dev/null "$base/health/live"; then
  echo "Something already answers on $base; choose another PORT_OFFSET." >&2
  exit 1
fi
work=$(mktemp -d)
finish() {
  stop_server "$work"
  if [ -f "$work/server.log" ]; then
    echo
    echo "server log: warnings and errors by logger (count):"
    sed -E 's/\x1b\[[0-9;]*m//g' "$work/server.log" | grep -E '^[0-9:, ]+(WARN|ERROR|FATAL) ' \
      | sed -E 's/^[0-9:, ]+(WARN|ERROR|FATAL) +\[([^]]+)\].*/\1 \2/' | sort | uniq -c | sort -rn | head -n 15 || true
    [ -n "${STATUS_LOG:-}" ] && cp "$work/server.log" "$STATUS_LOG"
  fi
  rm -rf "$work"
}
trap finish EXIT
server_copy "$root" "$work"
if [ -n "${SERVER_CLI:-}" ]; then
  "$work/server/bin/jboss-cli.sh" --commands="embed-server --std-out=discard,$SERVER_CLI,stop-embedded-server" >/dev/null
  echo "server configured with: $SERVER_CLI"
fi
mkdir -p "$work/data"
cp -r "$work/server/standalone/data/content" "$work/data/"

"$work/server/bin/standalone.sh" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Djboss.server.data.dir="$work/data" \
  -Dreveille.public-url="$base" \
  -Dreveille.admin.password=bench-admin-password \
  -Dreveille.demo=true \
  > "$work/server.log" 2>&1 &
launched=$!
ready=
for _ in $(seq 1 1200); do
  kill -0 "$launched" 2>/dev/null || break
  if curl -sf -o /dev/null "$base/health/ready"; then ready=yes; break; fi
  sleep 0.05
done
[ -n "$ready" ] || { echo "The server did not become ready; see its log below." >&2; tail -n 40 "$work/server.log" >&2; exit 1; }

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); wrk: $threads threads, $connections connections, ${seconds} s per URL after 10 s warm-up"
echo "summary.json: $(curl -s "$base/api/v2/summary.json" | wc -c) bytes; /status: $(curl -s "$base/status" | wc -c) bytes; indicator: $(curl -s "$base/api/v2/status.json" | sed -E 's/.*"indicator":"([a-z]+)".*/\1/')"
echo
printf '%-24s %12s %9s %9s %9s %9s\n' "URL" "requests/s" "p50" "p90" "p99" "errors"
for path in /assets/reveille.css /api/v2/summary.json /status; do
  wrk -t"$threads" -c"$connections" -d10s "$base$path" >/dev/null
  out=$(wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$base$path")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p90=$(awk '$1 == "90%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/ {sub(/^ +/, ""); printf "%s; ", $0}' <<<"$out")
  printf '%-24s %12s %9s %9s %9s %9s\n' "$path" "$rps" "$p50" "$p90" "$p99" "${errors:-none}"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "${PROFILE:-}" ]; then
  pid=$(server_pid "$work")
  jcmd "$pid" JFR.start name=status settings=profile filename="$work/status.jfr" >/dev/null
  wrk -t"$threads" -c"$connections" -d20s "$base/api/v2/summary.json" | awk '/^Requests\/sec/ {print "profiled run: " $2 " requests/s"}'
  jcmd "$pid" JFR.stop name=status >/dev/null
  java "$root/benchmarks/JfrSummary.java" "$work/status.jfr"
fi
