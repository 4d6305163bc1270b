"""Worked example: a group control written in Python, tried against the
built-in ones on the same passengers (docs/python.md walks through it).

Run from the repository root after a release build:

    PYTHONPATH=build/release/python python3 examples/python/load_aware.py

The control answers each up/down landing call with the car that minimises

    ETA + weight x persons aboard       (seconds; weight in s per person)

so a loaded car, whose riders a new stop would delay, is spared when an
emptier one is nearly as close. With weight 0 it is collective control (and
gives exactly collective's figures: the script checks it). The script then
tries a few weights at lunch, each against collective on the same passengers
(common random numbers), and prints the paired differences: a tuning loop a
researcher would replace with their own model, learned or not.
"""
import sys

import hoistway


class LoadAware:
    """ETA plus `weight` seconds per person aboard (class attribute)."""

    weight = 0.0

    def __init__(self, group_name, cars):
        self.group_name = group_name
        self.cars = cars

    def assign_landing_call(self, view, call):
        # The car the call is assigned to keeps it on a tie (as the built-in
        # controls do); other ties go to the lower car number.
        current = view.landing_call(call.floor, call.direction).assigned_car
        best, best_cost = None, None
        for c in range(view.car_count):
            car = view.car(c)
            if not car.in_service:
                continue
            cost = view.eta(c, call.floor, call.direction) + self.weight * car.load
            if best is None or cost < best_cost or (cost == best_cost and c == current):
                best, best_cost = c, cost
        return best


def with_weight(weight):
    """A LoadAware class with its own weight (the engine makes one object per group and run)."""
    return type(f"LoadAware_{weight:g}", (LoadAware,), {"weight": weight})


def main():
    building = hoistway.load_building("examples/office.yaml")
    lunch = hoistway.load_building("tests/scenarios/destination/lunch-office.yaml")

    # 1. At weight 0 the Python control is collective control, to the byte.
    collective = hoistway.simulate(building, seed=1, runs=3, dispatcher="collective")
    python = hoistway.simulate(building, seed=1, runs=3, dispatcher=with_weight(0.0))
    same = collective == python
    print(f"weight 0 reproduces collective control: {same}")

    # 2. Tune the weight at lunch: each against collective, paired runs.
    print(f"\n{lunch.name}, 8 runs each, B - A with its 95 % interval")
    print(f"{'weight (s/person)':>18} {'mean wait':>22} {'time to destination':>26}")
    for weight in (0.0, 2.0, 5.0, 10.0):
        c = hoistway.compare(lunch, seed=1, runs=8, dispatcher_a="collective",
                             dispatcher_b=with_weight(weight))
        cells = []
        for name in ("waiting_time_mean_s", "time_to_destination_mean_s"):
            f = c["figures"][name]
            mark = "*" if f["significant"] else " "
            cells.append(f"{f['difference']:+6.2f} [{f['ci95_low']:+6.2f}, {f['ci95_high']:+6.2f}]{mark}")
        print(f"{weight:>18g} {cells[0]:>22} {cells[1]:>26}")
    print("(* significant: the interval excludes 0)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
