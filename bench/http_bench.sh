#!/usr/bin/env bash
# HTTP throughput of `hoistway serve` with keep-alive, measured with wrk on
# loopback: small GETs of one lift (public view, and with a token: one token
# lookup plus the lift and its self-inspections, each request one SQLite
# transaction) and of /api/v1/health.
#   bash bench/http_bench.sh [BUILD_DIR] [SECONDS]
# BUILD_DIR defaults to build/release; the server gets --threads 2 and wrk one
# thread with 64 connections, so both share the machine's 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/release}
SECONDS_PER_RUN=${2:-10}
BIN="$BUILD/hoistway"
command -v wrk >/dev/null || { echo "http_bench: wrk is missing (apt-get install wrk)" >&2; exit 2; }
WORK=$(mktemp -d /tmp/hoistway-http-bench.XXXXXX)
PORT=${PORT:-18080}
cleanup() {
  [[ -n "${SERVER:-}" ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

DB="sqlite:$WORK/bench.db"
TOKEN=$("$BIN" admin create-user --db "$DB" --name bench --role owner)
"$BIN" serve --db "$DB" --port "$PORT" --threads 2 --demo 2>"$WORK/serve.log" &
SERVER=$!
for _ in $(seq 600); do
  curl -fs "http://127.0.0.1:$PORT/api/v1/health" >/dev/null 2>&1 && break
  # --demo refuses a database with lifts, so the user above must come first.
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.1
done

run() {
  echo "== $1"
  shift
  wrk -t1 -c64 -d"${SECONDS_PER_RUN}s" --latency "$@" | grep -E "Requests/sec|Latency|99%|Non-2xx|Socket errors"
}
run "GET /api/v1/lifts/9000001 (public)" "http://127.0.0.1:$PORT/api/v1/lifts/9000001"
run "GET /api/v1/lifts/9000001 (Bearer token)" -H "Authorization: Bearer $TOKEN" \
  "http://127.0.0.1:$PORT/api/v1/lifts/9000001"
run "GET /api/v1/health" "http://127.0.0.1:$PORT/api/v1/health"
