#!/usr/bin/env bash
# devstack start-up, cold and warm, on this machine: runs the built devstack jar twice on the same data directory.
#   cold: nothing cached but ~/.m2 (Keycloak's built distribution removed from the cache, empty data directory)
#   warm: the same again, everything kept from the cold run
# Prints the seconds until every application was ready (devstack's own measure) and the wall time to the ready file.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/jdk25.sh
jar=$(ls devstack/target/devstack-*-exec.jar | head -n 1)
data=$(mktemp -d /tmp/civiclimate-bench-devstack.XXXXXX)
offset=${PORT_OFFSET:-30000}

run() {
  local label=$1
  local began=$(date +%s.%N)
  java -Xmx768m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
    -jar "$jar" --data-dir="$data" --port-offset="$offset" > "$data/$label.log" 2>&1 &
  local pid=$!
  until [ -f "$data/ready.properties" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "devstack died:"; tail -20 "$data/$label.log"; exit 1; }
    sleep 0.2
  done
  local wall=$(echo "$(date +%s.%N) - $began" | bc)
  echo "$label: ready after $(grep ready.seconds "$data/ready.properties" | cut -d= -f2) s (devstack), ${wall%.*} s wall"
  kill -TERM "$pid"
  wait "$pid" || true
}

rm -rf "${CIVICLIMATE_CACHE_DIR:-$HOME/.cache/civiclimate}"
run cold
run warm
rm -rf "$data"
