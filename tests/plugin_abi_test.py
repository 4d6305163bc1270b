#!/usr/bin/env python3
"""Runs `hoistway simulate` on descriptions naming dispatcher plug-ins built
for other plug-in interface versions (tests/plugins/README.md).

Usage: plugin_abi_test.py HOISTWAY ABI1_PLUGIN FUTURE_ABI_PLUGIN
An interface-1 plug-in (built against the frozen headers) runs a conventional
and a destination-control group; a plug-in of a newer interface is refused
with exit 2 and one line naming the description's file, line and key.
"""
import json
import os
import subprocess
import sys
import tempfile

BUILDING = """name: plug-in interface test
uniform: {{above_lobby: 8, height_m: 4.0, population_per_floor: 60, lobby: {{name: G, height_m: 4.5}}}}
groups:
  - name: A
    cars: 3
    car: {{capacity_persons: 13, rated_speed_mps: 1.6, acceleration_mps2: 0.8, jerk_mps3: 1.2,
          door_open_s: 2.0, door_close_s: 3.0, passenger_transfer_s: 1.2}}
    dispatcher: {plugin}
    call_model: {model}
traffic: {{template: up_peak, duration_s: 1200}}
"""


def run(binary, directory, plugin, model):
    path = os.path.join(directory, f"{model}.yaml")
    with open(path, "w", encoding="utf-8") as f:
        f.write(BUILDING.format(plugin=plugin, model=model))
    proc = subprocess.run([binary, "simulate", path, "--json"], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    return path, proc


def main():
    binary, abi1, future = (os.path.abspath(a) for a in sys.argv[1:4])
    failures = []
    with tempfile.TemporaryDirectory() as directory:
        for model in ("conventional", "destination"):
            path, proc = run(binary, directory, abi1, model)
            if proc.returncode != 0:
                failures.append(f"interface-1 plug-in, {model}: exit {proc.returncode}: "
                                f"{proc.stderr.strip()}")
                continue
            report = json.loads(proc.stdout)
            if report["passengers"]["in_system_at_end"] != 0 or report["passengers"]["delivered"] < 100:
                failures.append(f"interface-1 plug-in, {model}: did not deliver everyone: "
                                f"{report['passengers']}")
        path, proc = run(binary, directory, future, "conventional")
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        expected = f"{path}:8:17: groups[0].dispatcher: plug-in {future}: built for plug-in interface 3"
        if proc.returncode != 2:
            failures.append(f"newer plug-in: exit {proc.returncode}, expected 2")
        if len(lines) != 1 or expected not in lines[0]:
            failures.append(f"newer plug-in: stderr {proc.stderr!r} lacks {expected!r}")
        if proc.stdout:
            failures.append(f"newer plug-in: stdout not empty: {proc.stdout[:200]!r}")
    for f in failures:
        print("FAIL", f)
    print("plug-in interface checks:", "failed" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
