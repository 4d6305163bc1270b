#!/usr/bin/env bash
# Starts and stops the services the tests need, on loopback only.
#   source scripts/test-services.sh; start_test_services; ...; stop_test_services
# PostgreSQL 15 refuses to run as root, so the cluster is created and run as
# the postgres user in a temporary directory. Exports HOISTWAY_TEST_PG_URL
# (a database named hoistway_test, which the conformance suite may wipe) and
# HOISTWAY_TEST_MQTT_URL (a Mosquitto of its own, see start_mosquitto).

HOISTWAY_PG_DIR=""
HOISTWAY_PG_PORT=${HOISTWAY_PG_PORT:-55432}

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "test-services: PostgreSQL server binaries not found; PostgreSQL tests will be skipped" >&2
    return 0
  fi
  HOISTWAY_PG_DIR=$(mktemp -d /tmp/hoistway-pg.XXXXXX)
  chown postgres "$HOISTWAY_PG_DIR" 2>/dev/null || true
  local as=()
  if [[ $(id -u) -eq 0 ]]; then as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$HOISTWAY_PG_DIR/data" -A trust -U postgres >"$HOISTWAY_PG_DIR/initdb.log" 2>&1 ||
    { cat "$HOISTWAY_PG_DIR/initdb.log" >&2; return 1; }
  "${as[@]}" "$bin/pg_ctl" -D "$HOISTWAY_PG_DIR/data" -l "$HOISTWAY_PG_DIR/server.log" -w \
    -o "-p $HOISTWAY_PG_PORT -k $HOISTWAY_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null ||
    { cat "$HOISTWAY_PG_DIR/server.log" >&2; return 1; }
  # One database per test binary that wipes its schema, as CTest runs them in parallel.
  local db
  for db in hoistway_test hoistway_test_api hoistway_test_monitor hoistway_test_monitor_http; do
    "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$HOISTWAY_PG_PORT" -U postgres "$db"
  done
  export HOISTWAY_TEST_PG_URL="postgresql://postgres@127.0.0.1:$HOISTWAY_PG_PORT/hoistway_test"
  echo "test-services: PostgreSQL on 127.0.0.1:$HOISTWAY_PG_PORT ($HOISTWAY_TEST_PG_URL)"
}

stop_postgres() {
  [[ -n "$HOISTWAY_PG_DIR" && -d "$HOISTWAY_PG_DIR/data" ]] || return 0
  local bin as=()
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  if [[ $(id -u) -eq 0 ]]; then as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/pg_ctl" -D "$HOISTWAY_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$HOISTWAY_PG_DIR"
  HOISTWAY_PG_DIR=""
}


# Mosquitto on loopback for the telemetry tests (the project's configuration,
# data/mosquitto/hoistway.conf, with its unlimited queue), on
# HOISTWAY_MQTT_PORT (18831 unless set; scripts/run.sh uses 18830). Exports HOISTWAY_TEST_MQTT_URL.
HOISTWAY_MQTT_DIR=""
HOISTWAY_MQTT_PID=""
HOISTWAY_MQTT_PORT=${HOISTWAY_MQTT_PORT:-18831}

start_mosquitto() {
  if ! command -v mosquitto >/dev/null && [[ ! -x /usr/sbin/mosquitto ]]; then
    echo "test-services: mosquitto not found; MQTT tests will be skipped" >&2
    return 0
  fi
  local bin
  bin=$(command -v mosquitto || echo /usr/sbin/mosquitto)
  HOISTWAY_MQTT_DIR=$(mktemp -d /tmp/hoistway-mqtt.XXXXXX)
  chmod 755 "$HOISTWAY_MQTT_DIR"
  {
    cat "$(dirname "${BASH_SOURCE[0]}")/../data/mosquitto/hoistway.conf"
    echo "listener $HOISTWAY_MQTT_PORT 127.0.0.1"
    echo "persistence false"
  } >"$HOISTWAY_MQTT_DIR/mosquitto.conf"
  "$bin" -c "$HOISTWAY_MQTT_DIR/mosquitto.conf" >"$HOISTWAY_MQTT_DIR/mosquitto.log" 2>&1 &
  HOISTWAY_MQTT_PID=$!
  local i
  for i in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$HOISTWAY_MQTT_PORT") 2>/dev/null; then
      export HOISTWAY_TEST_MQTT_URL="mqtt://127.0.0.1:$HOISTWAY_MQTT_PORT"
      echo "test-services: Mosquitto on 127.0.0.1:$HOISTWAY_MQTT_PORT ($HOISTWAY_TEST_MQTT_URL)"
      return 0
    fi
    sleep 0.1
  done
  cat "$HOISTWAY_MQTT_DIR/mosquitto.log" >&2
  return 1
}

stop_mosquitto() {
  if [[ -n "$HOISTWAY_MQTT_PID" ]]; then
    kill "$HOISTWAY_MQTT_PID" 2>/dev/null || true
    wait "$HOISTWAY_MQTT_PID" 2>/dev/null || true
  fi
  [[ -n "$HOISTWAY_MQTT_DIR" ]] && rm -rf "$HOISTWAY_MQTT_DIR"
  HOISTWAY_MQTT_PID=""
  HOISTWAY_MQTT_DIR=""
}

start_test_services() { start_postgres && start_mosquitto; }
stop_test_services() {
  stop_mosquitto
  stop_postgres
}
