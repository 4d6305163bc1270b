#!/usr/bin/env bash
# Whole-program sweep of the virtual test tower: 10,000 designs of the MRL
# 630 example (100 brake torques x 100 counterweight balances), every test
# of en81-20 on each, one core. Prints the wall and CPU time and how many
# designs pass. Usage: bash bench/tower_sweep.sh [BUILD_DIR] [STEPS]  (STEPS^2 designs; 100 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build/release}
STEPS=${2:-100}
out=$(mktemp)
start=$(date +%s.%N)
/usr/bin/time -f "%U %S %M" -o "$out.time" taskset -c 0 "$BUILD/hoistway" tower examples/tower/mrl-630.yaml \
  --vary "lift.brake.torque_per_set_nm=250:700:$STEPS" --vary "lift.counterweight_balance=0.35:0.55:$STEPS" --csv >"$out"
end=$(date +%s.%N)
read -r user sys rss <"$out.time"
designs=$(($(wc -l <"$out") - 1))
passing=$(awk -F, 'NR > 1 && $3 == "pass"' "$out" | wc -l)
echo "designs: $designs, passing every test: $passing"
echo "wall: $(echo "$end - $start" | bc) s, CPU: $(echo "$user + $sys" | bc) s, peak memory: $((rss / 1024)) MiB"
echo "per design: $(echo "scale=3; ($user + $sys) * 1000 / $designs" | bc) ms of CPU"
rm -f "$out" "$out.time"
