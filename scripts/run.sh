#!/usr/bin/env bash
# Sets up a fresh machine, builds the release binary and runs the main job:
# `hoistway serve --demo`, the registry and its web console with a clearly
# marked fictional fleet, on a SQLite file in the repository
# (hoistway-demo.sqlite, kept between runs). Beside it, so the Monitoring
# page shows live data at once: Mosquitto on loopback (the project's
# configuration, data/mosquitto/hoistway.conf) and an emulated fleet of the
# demo's first 60 lifts (4x faster than the clock) with a few staged faults:
# an entrapment after about a minute, a breakdown, a power cut, worn door
# operators and levelling. Open the address it prints; Ctrl-C stops it all.
# Usage: bash scripts/run.sh     (PORT=9000 MQTT_PORT=18831 bash scripts/run.sh for other ports)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "${JOBS:-$(nproc)}"

PORT=${PORT:-8080}
MQTT_PORT=${MQTT_PORT:-18830}
BIN=build/release/hoistway
DB=sqlite:hoistway-demo.sqlite
MQTT_DIR=$(mktemp -d /tmp/hoistway-run-mqtt.XXXXXX)
chmod 755 "$MQTT_DIR"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$MQTT_DIR"
}
trap cleanup EXIT
trap 'exit 0' INT TERM

{
  cat data/mosquitto/hoistway.conf
  echo "listener $MQTT_PORT 127.0.0.1"
  echo "persistence false"
} >"$MQTT_DIR/mosquitto.conf"
"$(command -v mosquitto || echo /usr/sbin/mosquitto)" -c "$MQTT_DIR/mosquitto.conf" >"$MQTT_DIR/mosquitto.log" 2>&1 &
pids+=($!)

$BIN serve --demo --db "$DB" --port "$PORT" --static web/dist --broker "mqtt://127.0.0.1:$MQTT_PORT" \
  --client-id hoistway-demo 2> >(tee "$MQTT_DIR/serve.log" >&2) &
pids+=($!)
# The first run fills the demo fleet before it listens.
for _ in $(seq 1 600); do
  grep -q "serving http" "$MQTT_DIR/serve.log" 2>/dev/null && break
  kill -0 "${pids[1]}" 2>/dev/null || exit 1
  sleep 0.2
done

$BIN emulate --broker "mqtt://127.0.0.1:$MQTT_PORT" --db "$DB" --lifts 60 --duration 345600 --speedup 4 \
  --fault 9000007:stuck_car@4m --fault 9000012:door_operator_drift@0 --fault 9000020:levelling_drift@0 \
  --fault 9000031:start_relay@0 --fault 9000044:breakdown@10m --fault 9000050:power_cut@15m \
  --fault 9000055:doors_jammed@20m 2>"$MQTT_DIR/emulate.log" &
pids+=($!)

cat <<EOF2

hoistway web console: open http://127.0.0.1:${PORT}/   (Ctrl-C stops the server, the broker and the fleet)
Demo sign-ins (user / password), all data fictional:
  demo-admin / demo-admin            the authority: everything
  demo-inspector / demo-inspector    records inspections
  demo-technician / demo-technician  self-inspections, call-outs and alarms (company 1)
  demo-owner / demo-owner            the lifts of five buildings, accident reports
Everyone signed in may use the traffic workbench.
Monitoring: 60 emulated lifts report to Mosquitto on 127.0.0.1:${MQTT_PORT}; lift 9000007
traps its passengers a minute or so after the start (see docs/monitoring.md).

EOF2
wait "${pids[1]}"
