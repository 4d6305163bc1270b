#!/usr/bin/env python3
"""Independent hand calculation and Monte Carlo of the double-deck cases.

NOT A PUBLISHED EXAMPLE. No published double-deck worked example with
figures was found (README.md). This script re-derives every figure of
dd-A / dd-B from the yaml files with its own code (Python standard library
only, no hoistway code), step by step, and estimates the saturated up-peak
round trip of saturated-dd-A / -B by Monte Carlo with exact jerk-limited
flights between the drawn stops. It writes the *.expected.json files:

    python3 tests/data/validation/double-deck/hand_calculation.py [--trips N]

Method (docs/rtt.md, "Double-deck cars"): CIBSE Guide D (2015) §3 and
Barney's "double floors"; Peters, Mehta and Haddon, BSER&T 17(4) 1996 for
the stops and reversal floor with two decks; transfers in parallel through
both decks' doors.
"""
import json
import math
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def read_case(path):
    """The few keys these cases use, read from the flow-style yaml."""
    floors, car, cars, cf = [], {}, 0, 0.8
    for line in path.read_text().splitlines():
        m = re.match(r"\s*- \{name: \"?([^\",]+)\"?, height_m: ([\d.]+), population: ([\d.]+)", line)
        if m:
            floors.append((m.group(1), float(m.group(2)), float(m.group(3)), "entrance" in line))
            continue
        m = re.match(r"\s+(\w+): ([\d.]+)$", line)
        if m and m.group(1) not in ("duration_s", "escalator_s"):
            key, value = m.group(1), float(m.group(2))
            if key == "cars":
                cars = int(value)
            elif key == "capacity_factor":
                cf = value
            else:
                car[key] = value
    return floors, car, cars, cf, "saturated: true" in path.read_text()


def flight(d, v, a, j):
    """Rest-to-rest jerk-limited flight time over d (Peters, ELEVCON 1995)."""
    if d <= 0:
        return 0.0

    def t_acc(speed):  # time to reach `speed` from rest
        return speed / a + a / j if speed >= a * a / j else 2.0 * math.sqrt(speed / j)

    if d >= v * t_acc(v):
        return d / v + t_acc(v)
    lo, hi = 0.0, v  # peak speed reached: vp t_acc(vp) = d
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if mid * t_acc(mid) < d:
            lo = mid
        else:
            hi = mid
    return 2.0 * t_acc(0.5 * (lo + hi))


def binom_cdf(n, p):
    pmf = [math.comb(n, m) * p**m * (1 - p) ** (n - m) for m in range(n + 1)]
    out, s = [], 0.0
    for x in pmf:
        s += x
        out.append(s)
    return out


def e_max(n, p, q):
    """E[max(X, Y)], X ~ B(n, p), Y ~ B(n, q), n real: linear between integers."""
    def whole(k):
        if k <= 0:
            return 0.0
        fx, fy = binom_cdf(k, p), binom_cdf(k, q)
        return sum(1 - fx[m - 1] * fy[m - 1] for m in range(1, k + 1))

    lo = math.floor(n)
    frac = n - lo
    return whole(lo) if frac == 0 else (1 - frac) * whole(lo) + frac * whole(lo + 1)


def pairs_of(floors):
    """Lobby = floors[0] (lower level) and floors[1]; pairs k = 1..M above."""
    levels, x = [], 0.0
    for _, h, _, _ in floors:
        levels.append(x)
        x += h
    m = (len(floors) - 2) // 2
    lower = [floors[2 * k][2] for k in range(1, m + 1)]
    upper = [floors[2 * k + 1][2] for k in range(1, m + 1)]
    u = [p / sum(lower) for p in lower]
    w = [p / sum(upper) for p in upper]
    pair_levels = [levels[2 * k] for k in range(1, m + 1)]
    return m, u, w, levels[0], pair_levels


def hand_calculation(name):
    floors, car, cars, cf, _ = read_case(HERE / f"{name}.yaml")
    v, a, j = car["rated_speed_mps"], car["acceleration_mps2"], car["jerk_mps3"]
    t_l = t_u = car["passenger_transfer_s"]
    overhead = car["door_open_s"] + car["door_close_s"]
    P = cf * car["capacity_persons"]
    m, u, w, x0, px = pairs_of(floors)
    population = sum(f[2] for f in floors)
    steps = [f"{name}: P = {cf} x {car['capacity_persons']:g} = {P:g} per deck, M = {m} pairs"]
    S = sum(1 - (1 - u[k]) ** P * (1 - w[k]) ** P for k in range(m))
    U = [sum(u[: k + 1]) for k in range(m)]
    W = [sum(w[: k + 1]) for k in range(m)]
    H = m - sum(U[k] ** P * W[k] ** P for k in range(m - 1))
    S_lower = sum(1 - (1 - x) ** P for x in u)
    S_upper = sum(1 - (1 - x) ** P for x in w)
    steps.append(f"S = sum_k 1 - (1-u_k)^P (1-w_k)^P = {S:.6f} (lower alone {S_lower:.6f}, upper alone {S_upper:.6f})")
    steps.append(f"H = M - sum_j U_j^P W_j^P = {H:.6f} pairs")
    d_p = (px[-1] - x0) / m
    t_v = d_p / v
    t_f1 = flight(d_p, v, a, j)
    t_s = t_f1 + overhead - t_v
    steps.append(f"d_p = {d_p:.4f} m, t_v = {t_v:.6f} s, t_f(1) = {t_f1:.6f} s, t_s = {t_s:.6f} s")
    moves = sum(e_max(P, u[k], w[k]) for k in range(m))
    loading = P * t_l
    unloading = moves * t_u
    steps.append(f"loading P t_l = {loading:.4f} s, sum_k E[max] = {moves:.6f}, unloading = {unloading:.6f} s")
    rtt = 2 * H * t_v + (S + 1) * t_s + loading + unloading
    steps.append(f"RTT = 2 H t_v + (S+1) t_s + P t_l + t_u sum E[max] = {2*H*t_v:.4f} + {(S+1)*t_s:.4f} + {loading:.4f} + {unloading:.4f} = {rtt:.6f} s")
    interval = rtt / cars
    hc = 300 * 2 * P / interval
    steps.append(f"interval = {interval:.6f} s, HC = 300 x 2P / interval = {hc:.6f} persons/5 min = {100*hc/population:.6f} %")
    expected = {
        "P": 2 * P, "S": S, "H": H, "t_v_s": t_v, "t_f1_s": t_f1, "t_s_s": t_s, "rtt_s": rtt,
        "interval_s": interval, "handling_capacity_persons_per_5min": hc,
        "handling_capacity_pct": 100 * hc / population,
        "double_deck": {"passengers_per_deck": P, "pairs": m, "S_lower": S_lower,
                        "S_upper": S_upper, "coincident_stops": S_lower + S_upper - S,
                        "pair_height_m": d_p, "loading_s": loading, "alighting_moves": moves,
                        "unloading_s": unloading},
    }
    return expected, steps


def monte_carlo(name, trips, seed=20261203):
    floors, car, cars, _, _ = read_case(HERE / f"{name}.yaml")
    v, a, j = car["rated_speed_mps"], car["acceleration_mps2"], car["jerk_mps3"]
    t_l = t_u = car["passenger_transfer_s"]
    overhead = car["door_open_s"] + car["door_close_s"]
    P = int(math.floor(car["capacity_persons"] * car.get("loading_limit", 1.0)))
    m, u, w, x0, px = pairs_of(floors)
    levels = [x0] + px
    rng = random.Random(seed)
    pairs = list(range(1, m + 1))
    total = stops_sum = high_sum = 0.0
    for _ in range(trips):
        lower = rng.choices(pairs, weights=u, k=P)
        upper = rng.choices(pairs, weights=w, k=P)
        stops = sorted(set(lower) | set(upper))
        t = P * t_l  # both decks board at once, P each
        at = 0
        for s in stops:
            t += flight(levels[s] - levels[at], v, a, j)
            t += overhead + t_u * max(lower.count(s), upper.count(s))
            at = s
        t += flight(levels[at] - levels[0], v, a, j) + overhead  # back, and the lobby's doors
        total += t
        stops_sum += len(stops)
        high_sum += stops[-1]
    rtt = total / trips
    return {"car_load_persons_mean": 2 * P, "round_trip_time_s": rtt,
            "interval_s": rtt / cars, "S_monte_carlo": stops_sum / trips,
            "H_monte_carlo": high_sum / trips, "trips": trips, "seed": seed}


def main():
    trips = 200000
    if "--trips" in sys.argv:
        trips = int(sys.argv[sys.argv.index("--trips") + 1])
    for name in ("dd-A", "dd-B"):
        expected, steps = hand_calculation(name)
        print("\n".join(steps) + "\n")
        (HERE / f"{name}.expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    for name in ("saturated-dd-A", "saturated-dd-B"):
        expected = monte_carlo(name, trips)
        print(name, json.dumps(expected))
        (HERE / f"{name}.expected.json").write_text(json.dumps(expected, indent=1) + "\n")


if __name__ == "__main__":
    main()
