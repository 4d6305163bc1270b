#!/usr/bin/env bash
# 10,000 emulated lifts on one core in real time: `hoistway emulate` pinned to
# CPU 0 (taskset) publishes to a Mosquitto of its own for DURATION seconds at
# 1x, while `hoistway monitor` (on the other core) stores everything into a
# fresh SQLite registry of the same lifts. Prints the emulator's summary (CPU
# seconds against wall seconds, how far it ever fell behind the clock) and
# checks that the monitor stored every event it published.
# Usage: bash bench/emulate_scale.sh build/release [LIFTS=10000] [DURATION=120]
set -euo pipefail
BUILD=${1:-build/release}
LIFTS=${2:-10000}
DURATION=${3:-120}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(cd "$BUILD" && pwd)/hoistway
TMP=$(mktemp -d /tmp/hoistway-scale.XXXXXX)
chmod 755 "$TMP"
PORT=${MQTT_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$TMP"' EXIT

{ cat "$ROOT/data/mosquitto/hoistway.conf"; echo "listener $PORT 127.0.0.1"; echo "persistence false"; } >"$TMP/mosquitto.conf"
"$(command -v mosquitto || echo /usr/sbin/mosquitto)" -c "$TMP/mosquitto.conf" >/dev/null 2>&1 &
pids+=($!)

python3 - "$LIFTS" >"$TMP/lifts.json" <<'PY'
import json, sys
n = int(sys.argv[1])
json.dump([{"elevatorNo": "%07d" % (9000001 + i), "buldNm": "Emulated %d" % i, "address1": "%d Abay Ave" % i,
            "sidoNm": "Almaty", "ratedSpeed": "1.6", "liveLoad": "1000", "ratedCap": "13",
            "shuttleFloorCnt": "12", "frstInstallationDe": "20150301"} for i in range(n)], sys.stdout)
PY
"$BIN" admin import-korea --db "sqlite:$TMP/registry.db" "$TMP/lifts.json" >/dev/null
taskset -c 1 "$BIN" monitor --broker "mqtt://127.0.0.1:$PORT" --db "sqlite:$TMP/registry.db" \
  --client-id scale-monitor --stats-every 0 2>"$TMP/monitor.log" &
monitor=$!
pids+=($monitor)
sleep 1
taskset -c 0 "$BIN" emulate --broker "mqtt://127.0.0.1:$PORT" --lifts "$LIFTS" --duration "$DURATION" --json \
  2>"$TMP/emulate.log" | tee "$TMP/emulate.json"
sleep 3
kill -TERM "$monitor"
wait "$monitor" || true
events=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["events"])' "$TMP/emulate.json")
stored=$(sqlite3 "$TMP/registry.db" "SELECT COUNT(*) FROM telemetry_events")
tail -1 "$TMP/emulate.log"
grep "stored" "$TMP/monitor.log" | tail -1
echo "events published: $events, stored by the monitor: $stored"
[[ "$events" == "$stored" ]]
