#!/usr/bin/env bash
# Search at scale: a generated incident history written into the server's H2 database
# (SearchHistory.java), rebuilt into the Lucene index by the mass indexer (documents/s), then the
# two- and three-word searches written with it, with facets (latency percentiles). The server
# listens on 8280 (port offset 200), with a 2 GB heap.
# Usage: benchmarks/search.sh [incidents] [query seconds] [warm-up seconds]   (after ./mvnw -DskipTests package)
# Each incident brings 3 updates on average and, one in three, a postmortem with 2 to 4 action
# items: 230,000 incidents are about 1,000,000 rows of history (incidents + updates + postmortems).
# HISTORY=realistic (the default) or narrow (every text from 80 words: the worst case).
# SERVER_JAVA_OPTS adds JVM options to the server (a flight recording, say).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
incidents=${1:-230000}
seconds=${2:-60}
warmup=${3:-20}
work=$(mktemp -d)
trap 'stop_server "$work"; rm -rf "$work"' EXIT
server_copy "$root" "$work"
h2=$(ls ~/.m2/repository/com/h2database/h2/2.2.224/h2-2.2.224.jar)
db="$work/server/standalone/data/reveille/reveille"
base=http://127.0.0.1:8280

start() {
  local start=$(date +%s%N)
  env REVEILLE_ADMIN_PASSWORD=bench-admin-password JBOSS_JAVA_SIZING="-Xms512m -Xmx2g ${SERVER_JAVA_OPTS:-}" \
    "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset=200 > "$work/server.log" 2>&1 &
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null "$base/health/ready"; then
      echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
    fi
    sleep 0.1
  done
  echo "The server did not become ready; see $work/server.log" >&2; return 1
}

# First start: Flyway creates the schema (and the admin). Then write the history with the server stopped.
start >/dev/null
stop_server "$work"
java -cp "$h2" "$root/benchmarks/SearchHistory.java" "${HISTORY:-realistic}" "jdbc:h2:$db" "$incidents" "$work/searches.txt"
count() { java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:$db" -user sa -password sa -sql "select count(*) from $1" | sed -n 2p; }
updates=$(count status_update); postmortems=$(count postmortem)
echo "history: $incidents incidents, $updates updates, $postmortems postmortems, $(count action_item) action items"
# One index document per incident carries its updates and postmortem; the history items it
# indexes are what the issue's documents count (incidents, updates, postmortems).
items=$(( incidents + updates + postmortems ))

# The server finds its index empty over a database of incidents and rebuilds it as it starts; the
# client's request joins that run and follows it to the end.
ms=$(start)
echo "server ready in $ms ms on H2; java: $(java -version 2>&1 | head -n 1); cores: $(nproc)"
reindex=$(java "$root/benchmarks/SearchLoad.java" "$base" bench-admin-password reindex | tail -n 3)
echo "$reindex"
rate=$(grep -o 'start to finish: [0-9]*' <<< "$reindex" | grep -o '[0-9]*$')
echo "history items (incidents + updates + postmortems): $items, indexed at $(( rate * items / incidents )) items/s"
du -sh "$work/server/standalone/data/reveille/search" | sed 's/^/index size: /'
java "$root/benchmarks/SearchLoad.java" "$base" bench-admin-password query "$seconds" "$warmup" "$work/searches.txt"
# The same searches from wrk, a client that takes far less of the two cores than a JVM does.
if command -v wrk >/dev/null; then
  curl -s -o /dev/null -c "$work/cookies" --data-urlencode username=admin \
    --data-urlencode password=bench-admin-password --data-urlencode next=/incidents "$base/login"
  token=$(curl -s -b "$work/cookies" -H 'Content-Type: application/json' -d '{"name":"search-wrk"}' \
    "$base/api/v1/tokens" | sed -E 's/.*"token":"([^"]+)".*/\1/')
  SEARCH_TOKEN=$token SEARCH_QUERIES="$work/searches.txt" wrk -t1 -c1 -d"${seconds}s" -s "$root/benchmarks/search-queries.lua" "$base" \
    | grep '^wrk, one connection'
fi
