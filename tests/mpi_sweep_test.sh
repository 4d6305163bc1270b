#!/usr/bin/env bash
# `hoistway sweep` under MPI on loopback: the document printed by
# `mpirun -n 2` (and -n 3, more ranks than designs need not be) is the same,
# byte for byte, as the one printed alone; a bad study under mpirun is one
# line on stderr and exit 2. Run by CTest (tests/CMakeLists.txt).
# Usage: mpi_sweep_test.sh HOISTWAY STUDY.yaml BAD_STUDY.yaml
set -euo pipefail
hoistway=$1
study=$2
bad=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# As root OpenMPI wants to be told; --oversubscribe lets 3 ranks share 2 cores.
mpirun=(mpirun --oversubscribe -n)
if [[ $(id -u) -eq 0 ]]; then mpirun=(mpirun --allow-run-as-root --oversubscribe -n); fi
# Loopback only: shared memory and TCP on lo.
export OMPI_MCA_btl=self,vader,tcp OMPI_MCA_btl_tcp_if_include=lo OMPI_MCA_oob_tcp_if_include=lo
# Under the sanitizer build, OpenMPI's own allocations still held at exit
# are not ours: leak checking stays on for the runs without mpirun.
mpi_env=(env "ASAN_OPTIONS=detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}")

"$hoistway" sweep "$study" --json >"$work/alone.json"
for n in 2 3; do
  "${mpi_env[@]}" "${mpirun[@]}" "$n" -x ASAN_OPTIONS "$hoistway" sweep "$study" --json \
    >"$work/ranks$n.json"
  if ! cmp -s "$work/alone.json" "$work/ranks$n.json"; then
    echo "FAIL: mpirun -n $n printed another document than alone" >&2
    diff "$work/alone.json" "$work/ranks$n.json" | head -20 >&2
    exit 1
  fi
done
"${mpi_env[@]}" "${mpirun[@]}" 2 -x ASAN_OPTIONS "$hoistway" sweep "$study" --csv >"$work/ranks.csv"
"$hoistway" sweep "$study" --csv >"$work/alone.csv"
cmp "$work/alone.csv" "$work/ranks.csv"

set +e
"${mpi_env[@]}" "${mpirun[@]}" 2 -x ASAN_OPTIONS "$hoistway" sweep "$bad" --json >"$work/bad.out" 2>"$work/bad.err"
code=$?
set -e
lines=$(grep -c 'hoistway:' "$work/bad.err" || true)
if [[ $code -eq 0 || $lines -ne 1 || -s "$work/bad.out" ]]; then
  echo "FAIL: a bad study under mpirun: exit $code, $lines message lines, stdout $(wc -c <"$work/bad.out") bytes" >&2
  cat "$work/bad.err" >&2
  exit 1
fi
echo "mpi sweep: alone and 2 and 3 ranks print the same document ($(wc -c <"$work/alone.json") bytes); a bad study is one line"
echo "1 passed, 0 failed"
