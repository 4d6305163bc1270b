#!/usr/bin/env bash
# Sweep scaling on this machine: the vertical city's shuttle study
# (examples/studies/vertical-city-shuttles.yaml, 24 designs of a whole office
# day, one run each) alone, under `mpirun -n 1` and under `mpirun -n 2`, and
# from those the rank count at which a 10,000-design study of the vertical
# city finishes in under a minute (the model is printed with its numbers).
# Usage: bash bench/sweep_scaling.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-build/release/hoistway}
STUDY=${STUDY:-examples/studies/vertical-city-shuttles.yaml}
[[ -x $BIN ]] || { echo "build first: cmake --preset release && cmake --build --preset release" >&2; exit 2; }
mpirun=(mpirun --oversubscribe -n)
if [[ $(id -u) -eq 0 ]]; then mpirun=(mpirun --allow-run-as-root --oversubscribe -n); fi
export OMPI_MCA_btl=self,vader,tcp OMPI_MCA_btl_tcp_if_include=lo OMPI_MCA_oob_tcp_if_include=lo

best() {  # command... -> the best wall-clock seconds of 3
  local b=""
  for _ in 1 2 3; do
    local s
    s=$( { /usr/bin/time -f "%e" "$@" > /tmp/hoistway_sweep_scaling.json; } 2>&1 | tail -1)
    if [[ -z $b ]] || python3 -c "import sys; sys.exit(0 if $s < $b else 1)"; then b=$s; fi
  done
  echo "$b"
}
alone=$(best "$BIN" sweep "$STUDY" --json)
cp /tmp/hoistway_sweep_scaling.json /tmp/hoistway_sweep_alone.json
one=$(best "${mpirun[@]}" 1 "$BIN" sweep "$STUDY" --json)
two=$(best "${mpirun[@]}" 2 "$BIN" sweep "$STUDY" --json)
cmp -s /tmp/hoistway_sweep_alone.json /tmp/hoistway_sweep_scaling.json ||
  { echo "FAIL: 2 ranks printed another document" >&2; exit 1; }
python3 - "$alone" "$one" "$two" "$STUDY" <<'PY'
import json, math, sys
alone, one, two, study = float(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
d = json.load(open("/tmp/hoistway_sweep_alone.json"))
designs = len(d["designs"])
c = alone / designs                 # seconds of one core per design (whole day, one run)
t0 = max(0.0, one - alone)          # mpirun start-up and MPI initialisation
print(f"{study}: {designs} designs")
print(f"  alone {alone:.2f} s   mpirun -n 1 {one:.2f} s   mpirun -n 2 {two:.2f} s   "
      f"speed-up 1 -> 2 ranks x{one / two:.2f}")
print(f"  model: T(N) = t0 + D c / N, c = {c * 1000:.1f} ms per design, t0 = {t0:.2f} s "
      "(rank 0 simulates too; one design at a time to whichever rank asks)")
D, budget = 10000, 60.0
n = math.ceil(D * c / (budget - t0))
print(f"  10,000 designs in under {budget:.0f} s: N >= D c / (60 s - t0) = {D} x {c:.4f} / "
      f"{budget - t0:.2f} = {D * c / (budget - t0):.1f}, so {n} ranks (cores)")
PY
