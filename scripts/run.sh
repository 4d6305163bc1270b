#!/usr/bin/env bash
# Sets up a fresh machine, builds the release binary and runs the main job:
# a simulation of the example building (examples/office.yaml), printing its
# report. Usage: bash scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "${JOBS:-$(nproc)}"
exec build/release/hoistway simulate examples/office.yaml
