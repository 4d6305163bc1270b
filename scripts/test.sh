#!/usr/bin/env bash
# Sets up, builds and runs every test of hoistway: both presets (release, and
# debug with AddressSanitizer + UndefinedBehaviorSanitizer), the data-driven
# scenarios, and a short fuzzing run of the config parser. Services the tests
# need (PostgreSQL, an MQTT broker) are started here on loopback and stopped
# on exit. Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc)}

bash scripts/setup.sh

for preset in release debug; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$JOBS"
done

# PostgreSQL on loopback for the storage conformance suite and the API tests
# (exports HOISTWAY_TEST_PG_URL); stopped on exit, whatever happens.
source scripts/test-services.sh
trap stop_test_services EXIT
start_test_services

for preset in release debug; do
  echo "== tests ($preset)"
  ctest --preset "$preset" -j "$JOBS"
done

echo "== all tests passed"
