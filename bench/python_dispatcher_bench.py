#!/usr/bin/env python3
"""The cost of a group control written in Python (docs/python.md).

Simulates office-18 (tests/data/validation/perf/office-18.yaml) for HOURS
simulated hours on one core, with the built-in collective control and with
the same control written in Python (identical figures: checked), then with
ETD under destination control built in and as a Python wrapper of
view.etd_cost. Prints passengers per second and the overhead per call.

    PYTHONPATH=build/release/python taskset -c 0 python3 bench/python_dispatcher_bench.py [HOURS]
"""
import os
import sys
import time

import hoistway

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
sys.path.insert(0, os.path.join(SOURCE, "examples", "python"))
from load_aware import LoadAware  # noqa: E402  (weight 0: collective control in Python)


class Collective(LoadAware):
    calls = 0

    def assign_landing_call(self, view, call):
        Collective.calls += 1
        return super().assign_landing_call(view, call)


class Etd(Collective):
    def assign_destination_call(self, view, call):
        Collective.calls += 1
        costs = [view.etd_cost(c, call.origin, call.destination, call.persons)
                 for c in range(view.car_count)]
        return min(range(len(costs)), key=costs.__getitem__)


def timed(building, **kwargs):
    best = None
    for _ in range(3):
        Collective.calls = 0
        start = time.perf_counter()
        report = hoistway.simulate(building, seed=1, threads=1, **kwargs)
        seconds = time.perf_counter() - start
        best = seconds if best is None else min(best, seconds)
    return report, best, Collective.calls


def main():
    hours = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    building = hoistway.load_building(os.path.join(SOURCE, "tests/data/validation/perf/office-18.yaml"))
    building.duration_s = hours * 3600.0
    print(f"office-18, {hours:g} simulated hours, one thread (best of 3)")
    rows = []
    for label, kwargs in (("collective, built in", {"dispatcher": "collective"}),
                          ("collective, in Python", {"dispatcher": Collective}),
                          ("etd (destination), built in", {"dispatcher": "etd", "call_model": "destination"}),
                          ("etd (destination), Python over view.etd_cost",
                           {"dispatcher": Etd, "call_model": "destination"})):
        report, seconds, calls = timed(building, **kwargs)
        rows.append((label, report, seconds, calls))
        n = report["passengers"]["generated"]
        print(f"  {label:<46} {n / seconds:>12,.0f} passengers/s  ({seconds:.3f} s)")
    same = rows[0][1] == rows[1][1]
    for built_in, python in ((rows[0], rows[1]), (rows[2], rows[3])):
        overhead = (python[2] - built_in[2]) / python[3] * 1e6
        print(f"  {python[0]}: {python[3]:,} calls, {overhead:.1f} µs more per call")
    print(f"  collective in Python gives collective's figures: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
