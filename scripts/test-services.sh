#!/usr/bin/env bash
# Starts and stops the services the tests need, on loopback only.
#   source scripts/test-services.sh; start_test_services; ...; stop_test_services
# PostgreSQL 15 refuses to run as root, so the cluster is created and run as
# the postgres user in a temporary directory. Exports HOISTWAY_TEST_PG_URL
# (a database named hoistway_test, which the conformance suite may wipe).

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
  for db in hoistway_test hoistway_test_api; do
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

start_test_services() { start_postgres; }
stop_test_services() { stop_postgres; }
