#!/usr/bin/env bash
# Sets up, builds and runs every test of hoistway: both presets (release, and
# debug with AddressSanitizer + UndefinedBehaviorSanitizer), the data-driven
# scenarios, the C++ formatting, and short fuzzing runs of the input parsers; then the web
# console's component tests (Vitest) and end-to-end tests (Playwright driving
# Debian's Chromium against a real `hoistway serve --demo`). Services the
# tests need (PostgreSQL, an MQTT broker) are started here on loopback and
# stopped on exit. Usage: bash scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
JOBS=${JOBS:-$(nproc)}

bash scripts/setup.sh

for preset in release debug; do
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$JOBS"
done
echo "== C++ formatting (clang-format, .clang-format)"
cmake --build --preset release --target check-style

# PostgreSQL on loopback for the storage conformance suite and the API tests
# (exports HOISTWAY_TEST_PG_URL); stopped on exit, whatever happens.
source scripts/test-services.sh
trap stop_test_services EXIT
start_test_services

for preset in release debug; do
  echo "== tests ($preset)"
  ctest --preset "$preset" -j "$JOBS"
done

# The web console (built into web/dist by setup.sh): component tests, then
# the browser against the release binary on a temporary demo database.
echo "== web console: component tests (Vitest)"
(cd web && npm test --silent </dev/null)
echo "== web console: end-to-end tests (Playwright + Debian's Chromium)"
(cd web && HOISTWAY_BIN="$ROOT/build/release/hoistway" npm run test:e2e --silent </dev/null)

# A short coverage-guided fuzzing run of each fuzzer (libFuzzer, clang, ASan +
# UBSan) from its committed seed corpus: the building-description parser, and
# the registry's readers of public data and request bodies, the tower's lift
# descriptions and --set (with the whole suite on each valid lift). CTest has already
# replayed the corpora; this looks for new crashes. FUZZ_SECONDS (each; 30 by
# default) = 0 skips.
FUZZ_SECONDS=${FUZZ_SECONDS:-30}
if ((FUZZ_SECONDS > 0)); then
  cmake --preset fuzz >/dev/null
  cmake --build --preset fuzz -j "$JOBS"
  for fuzzer in config registry tower; do
    echo "== fuzzing: ${fuzzer}_fuzzer for ${FUZZ_SECONDS} s"
    dict=()
    [[ -f fuzz/$fuzzer.dict ]] && dict=(-dict="fuzz/$fuzzer.dict")
    work=$(mktemp -d)
    artifacts=$(mktemp -d /tmp/hoistway-fuzz-$fuzzer-XXXXXX)
    if build/fuzz/fuzz/${fuzzer}_fuzzer "${dict[@]}" -max_len=8192 -timeout=10 \
      -max_total_time="$FUZZ_SECONDS" -print_final_stats=1 -artifact_prefix="$artifacts/" \
      "$work" "fuzz/corpus/$fuzzer" >"$artifacts/fuzz.log" 2>&1; then
      tail -4 "$artifacts/fuzz.log"
      rm -rf "$artifacts"
    else
      # Show why: the sanitizer's or libFuzzer's report, and the input that
      # reproduces it (kept; add it to fuzz/corpus/$fuzzer as crash_<what>).
      echo "== fuzzing: ${fuzzer}_fuzzer FAILED; its report:" >&2
      grep -v '^#[0-9]' "$artifacts/fuzz.log" | tail -60 >&2
      for reproducer in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/leak-* "$artifacts"/oom-*; do
        [[ -f $reproducer ]] && echo "== reproducer: $reproducer (replay: build/fuzz/fuzz/${fuzzer}_fuzzer $reproducer)" >&2
      done
      rm -rf "$work"
      exit 1
    fi
    rm -rf "$work"
  done
fi

echo "== all tests passed"
