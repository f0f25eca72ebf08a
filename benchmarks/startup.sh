#!/usr/bin/env bash
# Start-up to ready and idle memory, with demo data, on the embedded H2 database.
#   cold: empty database (schema, engine tables and demo data are created)
#   warm: restart on the existing database
# Usage: benchmarks/startup.sh [runs]     (after ./mvnw -DskipTests package)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
runs=${1:-3}
work=$(mktemp -d)
trap 'stop_server "$work"; rm -rf "$work"' EXIT
server_copy "$root" "$work"

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc)"
for i in $(seq 1 "$runs"); do
  for kind in cold warm; do
    [ "$kind" = cold ] && rm -rf "$work/server/standalone/data/reveille"
    ms=$(start_server "$work" REVEILLE_DEMO=true REVEILLE_ADMIN_PASSWORD=bench-admin-password)
    sleep 10 # let it settle, as an idle server would
    pid=$(server_pid "$work")
    jcmd "$pid" GC.run >/dev/null
    used=$(jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -n 1 | grep -oE '[0-9]+')
    rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    printf '%s run %d: ready in %5d ms; heap used after GC %4d MB; resident %4d MB\n' \
      "$kind" "$i" "$ms" $((used / 1024)) $((rss / 1024))
    stop_server "$work"
  done
done
