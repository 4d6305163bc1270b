"""Tests of the `hoistway` Python module, run by CTest with Debian's python3
(PYTHONPATH=build/<preset>/python, HOISTWAY_SOURCE_DIR, HOISTWAY_BINARY)."""
import json
import math
import os
import subprocess
import sys
import unittest

import hoistway

SOURCE = os.environ.get("HOISTWAY_SOURCE_DIR", os.getcwd())
BINARY = os.environ.get("HOISTWAY_BINARY", os.path.join(SOURCE, "build/release/hoistway"))
OFFICE_18 = os.path.join(SOURCE, "tests/data/validation/perf/office-18.yaml")
LUNCH = os.path.join(SOURCE, "tests/scenarios/destination/lunch-office-18.yaml")


def cli(*args):
    proc = subprocess.run([BINARY, *args], capture_output=True, text=True, check=True)
    return json.loads(proc.stdout)


# The worked example's control: with weight 0 it is collective control in
# Python (the soonest car by ETA, ties to the assigned car, then the lower
# number, as the built-in one).
sys.path.insert(0, os.path.join(SOURCE, "examples", "python"))
from load_aware import LoadAware as Collective  # noqa: E402


class SimulateTest(unittest.TestCase):
    def test_same_numbers_as_the_command_line(self):
        b = hoistway.load_building(OFFICE_18)
        self.assertEqual(hoistway.simulate(b, seed=3, runs=2),
                         cli("simulate", OFFICE_18, "--seed", "3", "--runs", "2", "--json"))
        ours = hoistway.simulate(b, seed=4, runs=2, dispatcher="etd", call_model="destination")
        theirs = cli("simulate", OFFICE_18, "--seed", "4", "--runs", "2", "--json",
                     "--dispatcher", "etd", "--call-model", "destination")
        self.assertEqual(ours, theirs)

    def test_compare_is_the_command_lines(self):
        b = hoistway.load_building(LUNCH)
        ours = hoistway.compare(b, seed=2, runs=3, dispatcher_a="collective", dispatcher_b="etd",
                                call_model_b="destination")
        theirs = cli("compare", LUNCH, "--seed", "2", "--runs", "3", "--json", "--dispatcher",
                     "collective", "--dispatcher", "etd", "--call-model", "conventional",
                     "--call-model", "destination")
        self.assertEqual(ours["figures"]["time_to_destination_mean_s"],
                         theirs["figures"]["time_to_destination_mean_s"])
        self.assertEqual(ours["reports"], theirs["reports"])
        self.assertTrue(ours["b"].endswith("(etd, destination)"))

    def test_duration_and_building_facts(self):
        b = hoistway.load_building(OFFICE_18)
        self.assertEqual(len(b.floor_names), 18)
        self.assertEqual(b.groups[0]["cars"], 6)
        b.duration_s = 600
        short = hoistway.simulate(b)
        self.assertLess(short["passengers"]["generated"], 300)
        self.assertIn("etd", hoistway.dispatchers())


class PythonDispatcherTest(unittest.TestCase):
    def test_collective_in_python_is_collective_to_the_byte(self):
        b = hoistway.load_building(OFFICE_18)
        for model in (None, "destination"):
            built_in = hoistway.simulate(b, seed=5, runs=2, dispatcher="collective",
                                         call_model=model)
            python = hoistway.simulate(b, seed=5, runs=2, dispatcher=Collective, call_model=model)
            self.assertEqual(built_in, python, model)

    def test_destination_calls_reach_their_method(self):
        seen = []

        class FirstCar:
            def __init__(self, group_name, cars):
                self.group = group_name

            def assign_landing_call(self, view, call):
                raise AssertionError("no landing call under destination control")

            def assign_destination_call(self, view, call):
                seen.append((call.origin, call.destination, call.persons, call.direction))
                self.last_cost = view.etd_cost(0, call.origin, call.destination, call.persons)
                return 0

        b = hoistway.load_building(OFFICE_18).with_control(call_model="destination")
        b.duration_s = 900
        r = hoistway.simulate(b, dispatcher=FirstCar)
        self.assertEqual(r["passengers"]["in_system_at_end"], 0)
        self.assertEqual(len(seen), r["passengers"]["generated"])
        origin, destination, persons, direction = seen[0]
        self.assertEqual(direction, "up" if destination > origin else "down")
        self.assertEqual(persons, 1)

    def test_a_view_kept_after_its_call_refuses_to_be_read(self):
        kept = []

        class Keeper(Collective):
            def assign_landing_call(self, view, call):
                kept.append(view)
                self.eta = view.eta(0, call.floor, call.direction)
                self.cost = view.etd_cost(0, 0, 5)
                self.flight = view.flight_time(0, 5)
                self.assertions = (view.now, view.cars(), view.allocations(0), view.riders_to(0, 3))
                return super().assign_landing_call(view, call)

        b = hoistway.load_building(OFFICE_18)
        b.duration_s = 300
        hoistway.simulate(b, dispatcher=Keeper)
        with self.assertRaisesRegex(RuntimeError, "has returned"):
            kept[0].car_count

    def test_errors_in_python_code_stop_the_run_and_surface(self):
        class Broken(Collective):
            def assign_landing_call(self, view, call):
                return 1 / 0

        b = hoistway.load_building(OFFICE_18)
        with self.assertRaises(ZeroDivisionError):
            hoistway.simulate(b, dispatcher=Broken)

    def test_bad_answers_are_refused(self):
        class Text(Collective):
            def assign_landing_call(self, view, call):
                return "car 1"

        class Beyond(Collective):
            def assign_landing_call(self, view, call):
                return view.car_count

        b = hoistway.load_building(OFFICE_18)
        with self.assertRaisesRegex(TypeError, "car index"):
            hoistway.simulate(b, dispatcher=Text)
        with self.assertRaisesRegex(ValueError, "not a car in service"):
            hoistway.simulate(b, dispatcher=Beyond)
        with self.assertRaisesRegex(TypeError, "assign_landing_call"):
            hoistway.simulate(b, dispatcher=lambda group, cars: object())

    def test_out_of_range_arguments_are_index_errors(self):
        errors = []

        class Curious(Collective):
            def assign_landing_call(self, view, call):
                for probe in (lambda: view.car(99), lambda: view.eta(0, 999, "up"),
                              lambda: view.landing_call(0, "sideways")):
                    try:
                        probe()
                    except (IndexError, ValueError) as e:
                        errors.append(type(e).__name__)
                return super().assign_landing_call(view, call)

        b = hoistway.load_building(OFFICE_18)
        b.duration_s = 60
        hoistway.simulate(b, dispatcher=Curious)
        self.assertEqual(errors[:3], ["IndexError", "IndexError", "ValueError"])


class BadInputTest(unittest.TestCase):
    def test_a_bad_description_names_file_line_and_key(self):
        text = open(OFFICE_18).read().replace("rated_speed_mps", "rated_sped_mps")
        with self.assertRaises(hoistway.BuildingError) as e:
            hoistway.parse_building(text, "office.yaml")
        self.assertIn("office.yaml:26:7: groups[0].car.rated_sped_mps: unknown key", str(e.exception))
        self.assertIsInstance(e.exception, ValueError)

    def test_a_control_that_does_not_fit_is_refused(self):
        b = hoistway.load_building(OFFICE_18)
        with self.assertRaisesRegex(hoistway.BuildingError, "aca allocates destination calls"):
            b.with_control(dispatcher="aca")
        with self.assertRaisesRegex(hoistway.BuildingError, "did you mean 'hybrid'"):
            b.with_control(call_model="hybird")
        with self.assertRaises(hoistway.BuildingError):
            hoistway.load_building("/nonexistent/building.yaml")


class WorkedExampleTest(unittest.TestCase):
    def test_the_documented_example_runs(self):
        env = dict(os.environ, PYTHONPATH=os.path.dirname(hoistway.__file__))
        proc = subprocess.run([sys.executable, os.path.join(SOURCE, "examples/python/load_aware.py")],
                              cwd=SOURCE, env=env, capture_output=True, text=True, timeout=120)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn("weight 0 reproduces collective control: True", proc.stdout)


if __name__ == "__main__":
    unittest.main()
