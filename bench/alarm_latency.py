#!/usr/bin/env python3
"""Publish-to-alarm-visible latency under load.

Starts a Mosquitto of its own (data/mosquitto/hoistway.conf) on a free
loopback port, registers LIFTS lifts in a fresh SQLite registry, runs
`hoistway serve --broker` (its monitor stores telemetry, its API answers) and
`hoistway emulate` on the same lifts for load, then PROBES times: publish a
door_lock_fault event (mosquitto_pub, QoS 1) and poll GET /api/v1/alarms until
the alarm shows it (its count rises). The time from just before the publish
to the first answer that shows it is one latency. Prints the percentiles.

Usage: bench/alarm_latency.py build/release/hoistway [--lifts 2000] [--speedup 10] [--probes 200]
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, what):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise SystemExit("timed out waiting for " + what)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("hoistway")
    parser.add_argument("--lifts", type=int, default=2000)
    parser.add_argument("--speedup", type=float, default=10)
    parser.add_argument("--probes", type=int, default=200)
    args = parser.parse_args()
    binary = os.path.abspath(args.hoistway)
    tmp = tempfile.mkdtemp(prefix="hoistway_latency_")
    os.chmod(tmp, 0o755)
    processes = []
    try:
        port = free_port()
        with open(os.path.join(ROOT, "data/mosquitto/hoistway.conf")) as f:
            config = f.read()
        with open(os.path.join(tmp, "mosquitto.conf"), "w") as f:
            f.write(config + "\nlistener %d 127.0.0.1\npersistence false\n" % port)
        processes.append(subprocess.Popen([shutil.which("mosquitto") or "/usr/sbin/mosquitto", "-c",
                                           os.path.join(tmp, "mosquitto.conf")],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        db = "sqlite:" + os.path.join(tmp, "registry.db")
        numbers = ["%07d" % (9000001 + i) for i in range(args.lifts)]
        lifts = os.path.join(tmp, "lifts.json")
        with open(lifts, "w") as f:
            json.dump([{"elevatorNo": n, "buldNm": "Tower %d" % (i // 3), "address1": "%d Abay Ave" % (i // 3),
                        "sidoNm": "Almaty", "ratedSpeed": "1.6", "liveLoad": "1000", "ratedCap": "13",
                        "shuttleFloorCnt": "12", "frstInstallationDe": "20150301"}
                       for i, n in enumerate(numbers)], f)
        subprocess.run([binary, "admin", "import-korea", "--db", db, lifts], check=True, capture_output=True)
        token = subprocess.run([binary, "admin", "create-user", "--db", db, "--name", "bench", "--role", "admin"],
                               check=True, capture_output=True, text=True).stdout.strip().split()[-1]
        log = open(os.path.join(tmp, "serve.log"), "w+")
        processes.append(subprocess.Popen([binary, "serve", "--db", db, "--port", "0", "--broker",
                                           "mqtt://127.0.0.1:%d" % port, "--client-id", "latency-bench"],
                                          stdout=subprocess.DEVNULL, stderr=log))

        def address():
            log.seek(0)
            m = re.search(r"serving http://127\.0\.0\.1:(\d+)/", log.read())
            return m and int(m.group(1))
        http_port = wait_for(address, 60, "the server")
        emulate = subprocess.Popen([binary, "emulate", "--broker", "mqtt://127.0.0.1:%d" % port, "--db", db,
                                    "--lifts", str(args.lifts), "--speedup", str(args.speedup), "--duration",
                                    "1000000", "--json"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                   text=True)
        processes.append(emulate)
        time.sleep(5)  # the load runs
        conn = http.client.HTTPConnection("127.0.0.1", http_port)
        headers = {"Authorization": "Bearer " + token}

        def alarm_count(reg):
            conn.request("GET", "/api/v1/alarms?lift=%s&cause=door_lock&state=active" % reg, headers=headers)
            body = json.loads(conn.getresponse().read())
            return body["items"][0]["count"] if body["items"] else 0

        latencies = []
        seen = {}
        start_load = time.time()
        for i in range(args.probes):
            reg = numbers[(i * 7919) % len(numbers)]
            expected = seen.get(reg, alarm_count(reg)) + 1
            event = {"id": "probe-%d" % i, "time": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
                     "kind": "door_lock_fault", "floor": 1}
            t0 = time.perf_counter()
            subprocess.run(["mosquitto_pub", "-h", "127.0.0.1", "-p", str(port), "-q", "1", "-t",
                            "hoistway/v1/lift/%s/event" % reg, "-m", json.dumps(event)], check=True)
            while alarm_count(reg) < expected:
                if time.perf_counter() - t0 > 30:
                    raise SystemExit("probe %d: the alarm never showed" % i)
                time.sleep(0.002)
            latencies.append(time.perf_counter() - t0)
            seen[reg] = expected
            time.sleep(0.05)
        load_s = time.time() - start_load
        emulate.terminate()
        out, _ = emulate.communicate(timeout=30)
        summary = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
        latencies.sort()
        q = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))]
        rate = summary.get("messages", 0) / max(summary.get("wall_s", 1), 1e-9)
        print("load: %d emulated lifts at %gx, %.0f messages/s to the broker (%d messages), for %.0f s"
              % (args.lifts, args.speedup, rate, summary.get("messages", 0), load_s))
        print("publish -> alarm visible in GET /api/v1/alarms, %d probes: p50 %.0f ms, p90 %.0f ms, p99 %.0f ms, "
              "max %.0f ms (mean %.0f ms)" % (len(latencies), q(0.5) * 1000, q(0.9) * 1000, q(0.99) * 1000,
                                                latencies[-1] * 1000, statistics.mean(latencies) * 1000))
    finally:
        for p in reversed(processes):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(15)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
