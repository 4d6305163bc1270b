#!/usr/bin/env python3
"""Runs the data-driven scenarios of tests/scenarios (format: its README.md).

Usage: run_scenarios.py HOISTWAY_BINARY SCENARIO_DIR [NAME_FILTER]
Every input file with a sibling .expect file is one scenario. Exits 1 and
lists the failures if any expectation is not met.
"""
import json
import os
import re
import shlex
import subprocess
import sys

TIMEOUT_S = 300


def parse_expect(path):
    spec = {"command": "simulate --json", "exit": 0, "stderr": [], "stdout": [], "json": [],
            "stderr_lines": None, "input": None}
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition(":")
            if not sep:
                raise ValueError(f"{path}:{number}: expected 'key: value'")
            key, value = key.strip(), value.strip()
            if key == "command":
                spec["command"] = value
            elif key == "input":
                spec["input"] = value
            elif key == "exit":
                spec["exit"] = int(value)
            elif key in ("stderr", "stdout"):
                spec[key].append(value)
            elif key == "stderr_lines":
                spec["stderr_lines"] = int(value)
            elif key == "json":
                spec["json"].append((number, value))
            else:
                raise ValueError(f"{path}:{number}: unknown key '{key}'")
    return spec


def lookup(document, dotted):
    node = document
    for part in dotted.split("."):
        if isinstance(node, list):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            raise KeyError(dotted)
    return node


JSON_RE = re.compile(r"^(\S+)\s*(==|~|<=|>=|<|>)\s*(.+?)(?:\s*\+-\s*(\S+))?$")
EXISTS_RE = re.compile(r"^(\S+)\s+exists$")


def check_json(document, expr):
    m = EXISTS_RE.match(expr)
    if m:
        try:
            lookup(document, m.group(1))
        except (KeyError, IndexError, ValueError):
            return f"{m.group(1)}: missing from the JSON output"
        return None
    m = JSON_RE.match(expr)
    if not m:
        return f"cannot parse json expectation '{expr}'"
    path, op, expected, tol = m.groups()
    try:
        actual = lookup(document, path)
    except (KeyError, IndexError, ValueError):
        return f"{path}: missing from the JSON output"
    if op == "==":
        try:
            want = json.loads(expected)
        except json.JSONDecodeError:
            want = expected
        if isinstance(want, (int, float)) and isinstance(actual, (int, float)):
            ok = abs(actual - want) <= 1e-9 * max(1.0, abs(want))
        else:
            ok = actual == want
        return None if ok else f"{path}: {actual!r} != {want!r}"
    if not isinstance(actual, (int, float)):
        return f"{path}: {actual!r} is not a number"
    want = float(expected)
    if op == "~":
        tolerance = float(tol) if tol else 1e-9
        return None if abs(actual - want) <= tolerance else f"{path}: {actual} not within {want} +- {tolerance}"
    ok = {"<=": actual <= want, ">=": actual >= want, "<": actual < want, ">": actual > want}[op]
    return None if ok else f"{path}: {actual} is not {op} {want}"


def run_one(binary, input_path, expect_path):
    spec = parse_expect(expect_path)
    if spec["input"]:
        input_path = spec["input"]
    if input_path is None:
        return [f"{expect_path}: no input file beside it and no 'input:' line"]
    words = shlex.split(spec["command"])
    args = [binary, words[0], input_path] + words[1:]
    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=TIMEOUT_S,
                              stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return [f"timed out after {TIMEOUT_S} s (a hang)"]
    problems = []
    if proc.returncode != spec["exit"]:
        problems.append(f"exit {proc.returncode}, expected {spec['exit']}")
    if proc.returncode < 0 or proc.returncode > 2:
        problems.append("crashed")
    for text in spec["stderr"]:
        if text not in proc.stderr:
            problems.append(f"stderr lacks '{text}'")
    for text in spec["stdout"]:
        if text not in proc.stdout:
            problems.append(f"stdout lacks '{text}'")
    if spec["stderr_lines"] is not None:
        lines = [l for l in proc.stderr.splitlines() if l.strip()]
        if len(lines) != spec["stderr_lines"]:
            problems.append(f"stderr has {len(lines)} lines, expected {spec['stderr_lines']}")
    if spec["json"]:
        try:
            document = json.loads(proc.stdout)
        except json.JSONDecodeError as e:
            problems.append(f"stdout is not one JSON document: {e}")
        else:
            for number, expr in spec["json"]:
                problem = check_json(document, expr)
                if problem:
                    problems.append(f"line {number}: {problem}")
    if problems:
        problems.append("stderr was: " + proc.stderr.strip()[:500])
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    binary, root = os.path.abspath(sys.argv[1]), sys.argv[2]
    name_filter = sys.argv[3] if len(sys.argv) > 3 else ""
    scenarios = []
    for directory, _, files in os.walk(root):
        for name in sorted(files):
            stem, ext = os.path.splitext(name)
            if ext != ".expect":
                continue
            expect = os.path.join(directory, name)
            if name_filter not in expect:
                continue
            inputs = [f for f in files if os.path.splitext(f)[0] == stem and f != name]
            scenarios.append((os.path.join(directory, inputs[0]) if inputs else None, expect))
    scenarios.sort(key=lambda s: s[1])
    failures = 0
    for input_path, expect_path in scenarios:
        problems = run_one(binary, input_path, expect_path)
        if problems:
            failures += 1
            print(f"FAIL {input_path or expect_path}")
            for p in problems:
                print(f"     {p}")
    print(f"{len(scenarios) - failures} of {len(scenarios)} scenarios passed")
    return 1 if failures or not scenarios else 0


if __name__ == "__main__":
    sys.exit(main())
