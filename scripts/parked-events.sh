#!/usr/bin/env bash
# Lists or replays the events a service parked (see the README, "Parked events, for operators").
#   scripts/parked-events.sh assembly-service            list them, with their reasons
#   scripts/parked-events.sh assembly-service replay ID  replay one
#   scripts/parked-events.sh assembly-service replay     replay every waiting one, oldest first
# On devstack it signs in as the demo operator from .devstack/ready.properties; elsewhere set MANAGEMENT_URL (the
# service's management port) and TOKEN (an operator's access token).
set -euo pipefail
service=${1:?"which service: tenant-service, assembly-service or plan-service"}
action=${2:-list}
id=${3:-}
ready=${DEVSTACK_READY:-"$(dirname "$0")/../.devstack/ready.properties"}

prop() { grep -E "^$1=" "$ready" | head -1 | cut -d= -f2- | sed 's/\\:/:/g'; }

if [ -z "${MANAGEMENT_URL:-}" ]; then
  MANAGEMENT_URL=$(prop "$service.management-url")
fi
if [ -z "${TOKEN:-}" ]; then
  TOKEN=$(curl -sf "$(prop keycloak.url)/realms/$(prop keycloak.realm)/protocol/openid-connect/token" \
    -d grant_type=password -d client_id="$(prop test-client.id)" -d client_secret="$(prop test-client.secret)" \
    -d username=operator@civiclimate.demo -d password="$(prop demo.password)" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
fi

case "$action" in
  list) curl -sf -H "Authorization: Bearer $TOKEN" "$MANAGEMENT_URL/actuator/parkedevents" ;;
  replay) curl -sf -X POST -H "Authorization: Bearer $TOKEN" "$MANAGEMENT_URL/actuator/parkedevents${id:+/$id}" ;;
  *) echo "unknown action: $action (list or replay)" >&2; exit 2 ;;
esac
echo
