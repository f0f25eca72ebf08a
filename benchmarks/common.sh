# Shared by the benchmark scripts: a private copy of the provisioned server with the EAR deployed in
# its configuration (as an operator would deploy it), started and stopped on demand.

server_copy() {
  local root=$1 work=$2
  [ -f "$root/app-ear/target/reveille.ear" ] || { echo "Build first: ./mvnw -DskipTests package" >&2; exit 1; }
  cp -r "$root/app-ear/target/server" "$work/server"
  # A fresh database and index: the integration tests leave theirs in the provisioned server.
  rm -rf "$work/server/standalone/data/reveille"
  "$work/server/bin/jboss-cli.sh" \
    --commands="embed-server --std-out=discard,deploy $root/app-ear/target/reveille.ear,stop-embedded-server" >/dev/null
}

# start_server WORK [env assignments...]: starts it and prints the milliseconds until /health/ready.
start_server() {
  local work=$1; shift
  local start ready
  start=$(date +%s%N)
  env "$@" "$work/server/bin/standalone.sh" > "$work/server.log" 2>&1 &
  for _ in $(seq 1 1200); do
    if curl -sf -o /dev/null http://127.0.0.1:8080/health/ready; then
      ready=$(( ($(date +%s%N) - start) / 1000000 ))
      echo "$ready"
      return 0
    fi
    sleep 0.05
  done
  echo "The server did not become ready; see $work/server.log" >&2
  return 1
}

server_pid() {
  pgrep -f "jboss-modules.*$1/server" | head -n 1
}

stop_server() {
  local pid
  pid=$(server_pid "$1") || true
  if [ -n "$pid" ]; then
    kill "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
}
