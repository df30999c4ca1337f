#!/usr/bin/env bash
# Runs the whole platform on this machine: builds what changed since the last build, then starts PostgreSQL, Kafka,
# Keycloak and the four applications with demo data, and prints the URLs and logins. Ctrl-C stops everything.
#   ./devstack.sh            keep the data in .devstack/ between runs
#   ./devstack.sh --fresh    wipe .devstack/ first
set -euo pipefail
cd "$(dirname "$0")"
source scripts/jdk25.sh

# The jars carry the reproducible-build timestamp, not the build time: a marker file records when we last built.
built=devstack/target/.devstack-built
jar=$(ls devstack/target/devstack-*-exec.jar 2>/dev/null | head -n 1 || true)
changed=""
if [ -n "$jar" ] && [ -f "$built" ]; then
  # Any source, resource or pom newer than the last build means building again.
  changed=$(find . -path ./.devstack -prune -o -path '*/node_modules' -prune -o -path '*/target' -prune \
    -o -newer "$built" -type f \( -path '*/src/*' -o -path './web/public/*' -o -name pom.xml -o -name 'package*.json' \
    -o -name index.html -o -name vite.config.ts \) -print -quit)
fi
if [ -z "$jar" ] || [ ! -f "$built" ] || [ -n "$changed" ]; then
  echo "Building (the first time downloads dependencies and Keycloak into ~/.m2; later builds are incremental)..."
  ./mvnw -q -B install -DskipTests -Dspotless.check.skip=true
  touch "$built"
  jar=$(ls devstack/target/devstack-*-exec.jar | head -n 1)
fi
exec java -Xmx768m -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -jar "$jar" "$@"
