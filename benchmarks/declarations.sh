#!/usr/bin/env bash
# Declarations per second on PostgreSQL, with latency percentiles, through the real API.
# Uses a fresh database "reveille_bench" on 127.0.0.1:5432 (user postgres).
# Usage: benchmarks/declarations.sh [concurrency] [seconds] [warm-up seconds]   (after ./mvnw -DskipTests package)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/benchmarks/common.sh"
concurrency=${1:-16}
seconds=${2:-30}
work=$(mktemp -d)
trap 'stop_server "$work"; rm -rf "$work"' EXIT
server_copy "$root" "$work"

dropdb -h 127.0.0.1 -U postgres --if-exists reveille_bench
createdb -h 127.0.0.1 -U postgres reveille_bench
ms=$(start_server "$work" REVEILLE_DB_DRIVER=postgresql \
  REVEILLE_DB_URL=jdbc:postgresql://127.0.0.1:5432/reveille_bench \
  REVEILLE_DB_USER=postgres REVEILLE_DB_PASSWORD=postgres REVEILLE_ADMIN_PASSWORD=bench-admin-password)
echo "server ready in $ms ms on PostgreSQL; java: $(java -version 2>&1 | head -n 1); cores: $(nproc)"
java "$root/benchmarks/DeclarationLoad.java" http://127.0.0.1:8080 bench-admin-password "$concurrency" "$seconds" "${3:-10}"
