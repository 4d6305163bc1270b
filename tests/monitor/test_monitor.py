#!/usr/bin/env python3
"""The real `hoistway monitor` against a real Mosquitto on loopback.

Each test class starts a broker of its own (data/mosquitto/hoistway.conf, the
configuration the project ships, with its unlimited queue) on a free port, or
on HOISTWAY_MONITOR_TEST_MQTT_PORT when set, so it can stop and restart it.
Events are published with mosquitto_pub (mosquitto-clients). The registry is
an SQLite file, or the PostgreSQL database hoistway_test_monitor_http beside
HOISTWAY_TEST_PG_URL (scripts/test-services.sh makes it).

Usage: test_monitor.py path/to/hoistway
"""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

HOISTWAY = None
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tests", "api"))
from openapi_check import OpenApi  # noqa: E402  (the API's document, as tests/api checks it)

OPENAPI = OpenApi()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(predicate, timeout, what, every=0.2):
    deadline = time.time() + timeout
    while time.time() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(every)
    raise AssertionError("timed out after %s s waiting for %s" % (timeout, what))


class Broker:
    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="hoistway_mqtt_")
        os.chmod(self.dir, 0o755)
        self.port = int(os.environ.get("HOISTWAY_MONITOR_TEST_MQTT_PORT") or free_port())
        self.url = "mqtt://127.0.0.1:%d" % self.port
        with open(os.path.join(ROOT, "data/mosquitto/hoistway.conf")) as f:
            config = f.read()
        with open(os.path.join(self.dir, "mosquitto.conf"), "w") as f:
            f.write(config + "\nlistener %d 127.0.0.1\npersistence false\n" % self.port)
        self.process = None
        self.start()

    def start(self):
        binary = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
        self.log = open(os.path.join(self.dir, "mosquitto.log"), "ab")
        self.process = subprocess.Popen([binary, "-c", os.path.join(self.dir, "mosquitto.conf")],
                                        stdout=self.log, stderr=self.log)

        def listening():
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return True
            except OSError:
                return False
        wait_for(listening, 10, "mosquitto on port %d" % self.port)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)
        self.process = None
        self.log.close()

    def close(self):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class Monitor:
    """One `hoistway monitor` process; its stderr goes to a file we read."""

    def __init__(self, broker, db, client_id, *extra):
        self.log_path = tempfile.mktemp(prefix="hoistway_monitor_", suffix=".log")
        self.log = open(self.log_path, "wb")
        self.process = subprocess.Popen(
            [HOISTWAY, "monitor", "--broker", broker.url, "--db", db, "--client-id", client_id,
             "--stats-every", "0", *extra], stdout=self.log, stderr=self.log)
        wait_for(lambda: "connected" in self.text() or self.process.poll() is not None, 30,
                 "the monitor to connect")
        assert self.process.poll() is None, self.text()

    def text(self):
        with open(self.log_path, errors="replace") as f:
            return f.read()

    def kill9(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)
        self.log.close()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(30)
        self.log.close()
        return self.process.returncode

    def stored(self):
        """Events this process stored, from its last line of counts."""
        found = re.findall(r"stored (\d+) events", self.text())
        return int(found[-1]) if found else 0


def import_lifts(db, numbers):
    path = tempfile.mktemp(prefix="hoistway_lifts_", suffix=".json")
    with open(path, "w") as f:
        json.dump([{"elevatorNo": n, "buldNm": "Tower %s" % n, "address1": "%s Abay Ave, Almaty" % n,
                    "sidoNm": "Almaty", "ratedSpeed": "1.6", "liveLoad": "1000", "ratedCap": "13",
                    "shuttleFloorCnt": "12", "frstInstallationDe": "20150301"} for n in numbers], f)
    try:
        subprocess.run([HOISTWAY, "admin", "import-korea", "--db", db, path], check=True,
                       capture_output=True, timeout=120)
    finally:
        os.unlink(path)


def event_line(n, kind="trip", at=None, detail=None):
    at = at or time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() - 60))
    e = {"id": "e-%06d" % n, "time": at, "kind": kind, "floor": n % 10}
    if detail is not None:
        e["detail"] = detail
    return json.dumps(e)


PUBLISHERS = []  # every publisher started, killed at the end of its test if still running


def publish(broker, topic, lines, qos=1):
    """Starts mosquitto_pub sending one message per line; returns a Publisher."""
    publisher = Publisher(broker, topic, lines, qos)
    PUBLISHERS.append(publisher)
    return publisher


class Publisher:
    """A running mosquitto_pub; wait() returns its exit code, its errors in `errors`."""

    def __init__(self, broker, topic, lines, qos):
        self.input = tempfile.TemporaryFile()
        self.input.write(("\n".join(lines) + "\n").encode())
        self.input.seek(0)
        self.output = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            ["mosquitto_pub", "-h", "127.0.0.1", "-p", str(broker.port), "-q", str(qos), "-t",
             topic, "-l"], stdin=self.input, stdout=self.output, stderr=self.output)
        self.errors = ""

    def wait(self, timeout):
        code = self.process.wait(timeout)
        self.output.seek(0)
        self.errors = self.output.read().decode(errors="replace")
        self.input.close()
        self.output.close()
        return code


def burst(broker, lifts, per_lift, fault_every, first=0):
    """Every lift sends events first..per_lift-1, a door_close_fault every `fault_every`."""
    processes = []
    for reg in lifts:
        lines = [event_line(i, "door_close_fault" if i % fault_every == 0 else "trip",
                            detail={"attempts": 2} if i % fault_every == 0 else
                            {"door_close_s": 3.0, "levelling_error_mm": 1.0})
                 for i in range(first, per_lift)]
        processes.append(publish(broker, "hoistway/v1/lift/%s/event" % reg, lines))
    return processes


class Sqlite:
    def __init__(self, path):
        self.path = path
        self.url = "sqlite:" + path

    def query(self, sql):
        with sqlite3.connect(self.path, timeout=30) as c:
            return c.execute(sql).fetchall()


class Postgres:
    def __init__(self, url):
        self.url = url
        subprocess.run(["psql", url, "-q", "-c", "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"],
                       check=True, capture_output=True)

    def query(self, sql):
        out = subprocess.run(["psql", self.url, "-At", "-F", "|", "-c", sql], check=True,
                             capture_output=True, text=True).stdout
        return [tuple(int(v) if re.fullmatch(r"-?\d+", v) else v for v in line.split("|"))
                for line in out.splitlines() if line]


LIFTS = ["7100%03d" % n for n in range(1, 11)]


class BrokerTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="hoistway_montest_")
        self.broker = Broker()
        self.monitors = []

    def tearDown(self):
        while PUBLISHERS:
            p = PUBLISHERS.pop()
            if p.process.poll() is None:
                p.process.kill()
                p.process.wait()
        for m in self.monitors:
            if m.process.poll() is None:
                m.kill9()
            os.unlink(m.log_path)
        self.broker.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def sqlite(self):
        db = Sqlite(os.path.join(self.tmp, "registry.db"))
        import_lifts(db.url, LIFTS)
        return db

    def monitor(self, db, client_id, *extra):
        m = Monitor(self.broker, db.url, client_id, *extra)
        self.monitors.append(m)
        return m

    def assert_stored_once(self, db, per_lift, fault_every):
        total = len(LIFTS) * per_lift
        self.assertEqual(db.query("SELECT COUNT(*) FROM telemetry_events")[0][0], total)
        self.assertEqual(db.query("SELECT COUNT(DISTINCT lift_id || ':' || event_id) FROM telemetry_events")[0][0], total)
        # Derived records too: one open door-fault alarm per lift, counting each fault once.
        faults = len(range(0, per_lift, fault_every))
        rows = db.query("SELECT count FROM alarms WHERE cause = 'door_faults' AND state = 'open'")
        self.assertEqual(sorted(r[0] for r in rows), [faults] * len(LIFTS))


class KillTest(BrokerTest):
    def test_kill_9_during_a_burst_loses_nothing_and_stores_nothing_twice(self):
        db = self.sqlite()
        per_lift, fault_every = 8000, 50
        # It receives a first batch while the test holds the database's write
        # lock, so it waits to store it. Had it acknowledged the batch before
        # committing, the broker would have forgotten it by the kill.
        monitor = self.monitor(db, "kill-test")
        lock = sqlite3.connect(db.path, timeout=30, isolation_level=None)
        lock.execute("BEGIN IMMEDIATE")
        for p in burst(self.broker, LIFTS, 10, fault_every):
            self.assertEqual(p.wait(60), 0, p.errors)
        time.sleep(2)
        monitor.kill9()
        lock.execute("ROLLBACK")
        lock.close()
        self.assertEqual(db.query("SELECT COUNT(*) FROM telemetry_events")[0][0], 0)
        # While it is away a backlog builds (more than Mosquitto's default
        # queue of 1000 a client).
        backlog = burst(self.broker, LIFTS, per_lift // 2, fault_every, first=10)
        for p in backlog:
            self.assertEqual(p.wait(120), 0, p.errors)
        # Then it returns to the full queue, with the second half of the burst
        # arriving meanwhile, so it is always in the middle of a batch: kill it
        # there, three times.
        monitor = self.monitor(db, "kill-test")
        rest = burst(self.broker, LIFTS, per_lift, fault_every, first=per_lift // 2)
        total = len(LIFTS) * per_lift
        stored_at_kills = []
        for share in (0.1, 0.3, 0.5):
            wait_for(lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0] > total * share,
                     60, "%d %% of the burst stored" % (share * 100), every=0.005)
            monitor.kill9()
            stored_at_kills.append(db.query("SELECT COUNT(*) FROM telemetry_events")[0][0])
            monitor = self.monitor(db, "kill-test")
        monitor.kill9()
        stored_at_kill = stored_at_kills[-1]
        self.assertLess(stored_at_kill, total, "killed too late to test anything")
        for p in rest:
            self.assertEqual(p.wait(120), 0, p.errors)
        # The broker held the rest, and what was in flight, for the session.
        again = self.monitor(db, "kill-test")
        wait_for(lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0] >= total, 120,
                 "the whole burst stored")
        time.sleep(1)  # anything delivered twice would arrive now
        self.assertEqual(again.stop(), 0)
        self.assert_stored_once(db, per_lift, fault_every)
        print("kill -9 test: %d events, stored when killed: %s" % (total, stored_at_kills),
              file=sys.stderr)


@unittest.skipUnless(os.environ.get("HOISTWAY_TEST_PG_URL"), "HOISTWAY_TEST_PG_URL is not set")
class SharedSubscriptionTest(BrokerTest):
    def test_two_monitors_on_one_postgresql_store_every_event_once(self):
        db = Postgres(os.environ["HOISTWAY_TEST_PG_URL"].rsplit("/", 1)[0] + "/hoistway_test_monitor_http")
        import_lifts(db.url, LIFTS)
        a = self.monitor(db, "monitor-a")
        b = self.monitor(db, "monitor-b")
        per_lift, fault_every = 1500, 30
        for p in burst(self.broker, LIFTS, per_lift, fault_every):
            self.assertEqual(p.wait(120), 0)
        total = len(LIFTS) * per_lift
        wait_for(lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0] >= total, 120,
                 "the whole burst stored")
        time.sleep(1)
        self.assertEqual(a.stop(), 0)
        self.assertEqual(b.stop(), 0)
        self.assert_stored_once(db, per_lift, fault_every)
        # Both took part, and together stored each event exactly once.
        self.assertGreater(a.stored(), 0, a.text())
        self.assertGreater(b.stored(), 0, b.text())
        self.assertEqual(a.stored() + b.stored(), total)


class RetireTest(BrokerTest):
    def test_a_monitor_away_keeps_its_share_until_it_returns_or_retires(self):
        db = self.sqlite()
        a = self.monitor(db, "retire-a")
        b = self.monitor(db, "retire-b")
        self.assertEqual(b.stop(), 0)  # away: the broker keeps b's share of the group's messages
        topic = "hoistway/v1/lift/7100004/event"
        self.assertEqual(publish(self.broker, topic, [event_line(i) for i in range(1000)]).wait(60), 0)
        count = lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0]
        wait_for(lambda: count() >= 300, 30, "a's share")
        time.sleep(1)
        self.assertLess(count(), 1000, "nothing was kept for the member that is away")
        # b returns only to store its share and leave the group for good.
        retiring = Monitor(self.broker, db.url, "retire-b", "--retire")
        self.assertEqual(retiring.process.wait(60), 0, retiring.text())
        self.assertIn("retired", retiring.text())
        retiring.log.close()
        os.unlink(retiring.log_path)
        self.assertEqual(count(), 1000)
        # From now on a receives everything.
        self.assertEqual(publish(self.broker, topic, [event_line(i) for i in range(1000, 2000)]).wait(60), 0)
        wait_for(lambda: count() == 2000, 30, "every event with a alone")
        self.assertEqual(a.stop(), 0)


class BrokerRestartTest(BrokerTest):
    def test_the_monitor_reconnects_when_the_broker_returns(self):
        db = self.sqlite()
        monitor = self.monitor(db, "restart-test")
        lines = [event_line(i) for i in range(500)]
        self.assertEqual(publish(self.broker, "hoistway/v1/lift/7100001/event", lines).wait(60), 0)
        wait_for(lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0] == 500, 60, "500 events")
        self.broker.stop()
        wait_for(lambda: "reconnecting by itself" in monitor.text(), 30, "the monitor to notice")
        time.sleep(2)
        self.assertIsNone(monitor.process.poll(), "the monitor must keep running")
        self.broker.start()
        wait_for(lambda: "broker reachable again" in monitor.text(), 30, "the monitor to reconnect")
        lines = [event_line(i) for i in range(500, 1000)]
        self.assertEqual(publish(self.broker, "hoistway/v1/lift/7100001/event", lines).wait(60), 0)
        wait_for(lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0] == 1000, 60, "1000 events")
        self.assertEqual(monitor.stop(), 0)


class BadInputTest(BrokerTest):
    def test_bad_messages_are_counted_and_logged_with_their_topic_and_stop_nothing(self):
        db = self.sqlite()
        monitor = self.monitor(db, "bad-input-test")
        now = time.time()
        iso = lambda t: time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(t))
        topic = "hoistway/v1/lift/7100002/event"
        bad = [
            (topic, '{"id": "b1", "time": '),                                      # malformed JSON
            (topic, json.dumps({"id": "b2", "time": iso(now), "kind": "trip", "floor": "5"})),  # wrong type
            (topic, json.dumps({"id": "b3", "time": iso(now - 40 * 86400), "kind": "trip"})),  # too old
            (topic, json.dumps({"id": "b4", "time": iso(now + 3600), "kind": "trip"})),        # future
            (topic, json.dumps({"id": "b5", "time": iso(now), "kind": "trip", "detail": {"x": "y" * 20000}})),
            ("hoistway/v1/lift/9999999/event", json.dumps({"id": "b6", "time": iso(now), "kind": "trip"})),
            ("hoistway/v1/lift/7100002/weather", "{}"),
        ]
        for t, payload in bad:
            self.assertEqual(publish(self.broker, t, [payload]).wait(30), 0)
        good = [event_line(i) for i in range(100)] + [
            json.dumps({"id": "u1", "time": iso(now), "kind": "car_light_off"})]
        self.assertEqual(publish(self.broker, topic, good).wait(30), 0)
        wait_for(lambda: db.query("SELECT COUNT(*) FROM telemetry_events")[0][0] == 101, 60, "101 events")
        self.assertIsNone(monitor.process.poll())
        self.assertEqual(monitor.stop(), 0)
        log = monitor.text()
        for fragment in ["refused hoistway/v1/lift/7100002/event: payload: not JSON",
                         "refused hoistway/v1/lift/7100002/event: floor: not an integer (wrong_field)",
                         "is more than 30 days in the past (time_out_of_window)",
                         "is more than 300 s in the future (time_out_of_window)",
                         "(oversized)",
                         "refused hoistway/v1/lift/9999999/event: no lift with registration number 9999999",
                         "refused hoistway/v1/lift/7100002/weather: not a topic of spec/telemetry.md (bad_topic)"]:
            self.assertIn(fragment, log)
        self.assertIn("refused 7 (oversized 1, malformed_json 1, wrong_field 1, time_out_of_window 2, "
                      "bad_topic 1, unknown_lift 1)", log)
        self.assertEqual(db.query("SELECT known FROM telemetry_events WHERE event_id = 'u1'"), [(0,)])


class EntrapmentTest(BrokerTest):
    def test_an_entrapment_opens_a_critical_alarm_a_rescue_and_a_draft_report(self):
        db = self.sqlite()
        rules = os.path.join(self.tmp, "rules.yaml")
        with open(rules, "w") as f:
            f.write("entrapment: {after_s: 2}\n")  # the contract's 30 s, shortened for the test
        self.monitor(db, "entrapment-test", "--rules", rules)
        iso = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
        status = {"time": iso, "mode": "normal", "floor": 4, "moving": False, "doors": "closed",
                  "load_kg": 300}
        self.assertEqual(publish(self.broker, "hoistway/v1/lift/7100003/status", [json.dumps(status)]).wait(30), 0)
        time.sleep(0.5)
        stop = json.dumps({"id": "s1", "time": iso, "kind": "stopped_outside_door_zone", "floor": 4})
        self.assertEqual(publish(self.broker, "hoistway/v1/lift/7100003/event", [stop]).wait(30), 0)
        wait_for(lambda: db.query("SELECT COUNT(*) FROM alarms WHERE cause = 'entrapment'")[0][0] == 1,
                 30, "the entrapment alarm")
        alarm = db.query("SELECT severity, state, work_order_id, accident_id, id FROM alarms "
                         "WHERE cause = 'entrapment'")[0]
        self.assertEqual(alarm[:2], ("critical", "open"))
        order = db.query("SELECT problem, origin, out_of_service, status FROM work_orders "
                         "WHERE id = %d" % alarm[2])[0]
        self.assertTrue(order[0].startswith("entrapment: rescue"), order)
        self.assertEqual(order[1:], ("alarm:%d" % alarm[4], 1, "open"))
        accident = db.query("SELECT kind, failure_type, draft, serious, persons_trapped FROM accidents "
                            "WHERE id = %d" % alarm[3])[0]
        self.assertEqual(accident, ("failure", "trapped_mid_travel", 1, 1, 4))


class ServeTest(BrokerTest):
    """`hoistway serve --demo --broker`: its monitor raises the alarm, and the
    API and the event streams show it only to those who answer for the lift
    (the permission policy), in the form openapi.json says."""

    def start_serve(self, db_path, rules):
        self.serve_log = open(os.path.join(self.tmp, "serve.log"), "w+")
        self.serve = subprocess.Popen(
            [HOISTWAY, "serve", "--demo", "--demo-lifts", "40", "--db", "sqlite:" + db_path,
             "--port", "0", "--broker", self.broker.url, "--rules", rules,
             "--client-id", "serve-test", "--sign-ins-per-minute", "1000"],
            stdout=subprocess.DEVNULL, stderr=self.serve_log)

        def port():
            with open(self.serve_log.name) as f:
                found = re.search(r"serving http://127\.0\.0\.1:(\d+)/", f.read())
            return int(found.group(1)) if found else (self.serve.poll() is not None and -1)
        self.port = wait_for(port, 60, "hoistway serve to listen")
        self.serve_log.seek(0)
        self.assertGreater(self.port, 0, self.serve_log.read())

    def tearDown(self):
        if getattr(self, "serve", None) and self.serve.poll() is None:
            self.serve.terminate()
            self.serve.wait(30)
        if getattr(self, "serve_log", None):
            self.serve_log.close()
        super().tearDown()

    def call(self, method, path, token=None, body=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Authorization": "Bearer " + token} if token else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        r = conn.getresponse()
        data = json.loads(r.read() or b"null")
        conn.close()
        OPENAPI.check(method, path, r.status, data)
        return r.status, data

    def sign_in(self, role):
        status, body = self.call("POST", "/api/v1/auth/login",
                                 body={"name": "demo-" + role, "password": "demo-" + role})
        self.assertEqual(status, 200, body)
        return body["token"]

    def entrapment(self, reg):
        iso = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime())
        status = {"time": iso, "mode": "normal", "floor": 4, "moving": False, "doors": "closed",
                  "load_kg": 300}
        self.assertEqual(publish(self.broker, "hoistway/v1/lift/%s/status" % reg,
                                 [json.dumps(status)]).wait(30), 0)
        time.sleep(0.3)
        stop = json.dumps({"id": "s-" + reg, "time": iso, "kind": "stopped_outside_door_zone",
                           "floor": 4})
        self.assertEqual(publish(self.broker, "hoistway/v1/lift/%s/event" % reg, [stop]).wait(30), 0)

    def test_alarms_reach_only_those_who_answer_for_the_lift(self):
        rules = os.path.join(self.tmp, "rules.yaml")
        with open(rules, "w") as f:
            f.write("entrapment: {after_s: 2}\n")
        db_path = os.path.join(self.tmp, "demo.db")
        self.start_serve(db_path, rules)
        db = Sqlite(db_path)
        owner_user, = db.query("SELECT id FROM users WHERE name = 'demo-owner'")[0]
        tech_company, = db.query("SELECT company_id FROM users WHERE name = 'demo-technician'")[0]
        mine = "SELECT registration_no FROM lifts WHERE building_id %s IN (SELECT building_id " \
               "FROM user_buildings WHERE user_id = %d) AND COALESCE(company_id, 0) %s %d " \
               "ORDER BY registration_no LIMIT 1"
        owners = db.query(mine % ("", owner_user, "=", tech_company))[0][0]        # both answer for it
        others = db.query(mine % ("NOT", owner_user, "!=", tech_company))[0][0]   # neither does
        admin, owner, tech = self.sign_in("admin"), self.sign_in("owner"), self.sign_in("technician")

        stream = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        stream.request("GET", "/api/v1/events?access_token=" + owner)
        events = stream.getresponse()
        self.assertEqual(events.fp.readline().strip(), b": connected")

        self.entrapment(others)
        self.entrapment(owners)

        def alarms(token):
            status, page = self.call("GET", "/api/v1/alarms?cause=entrapment", token)
            self.assertEqual(status, 200, page)
            return {a["registration_no"]: a for a in page["items"]}
        seen = wait_for(lambda: len(alarms(admin)) == 2 and alarms(admin), 30, "two entrapment alarms")
        self.assertEqual(set(alarms(owner)), {owners})
        self.assertEqual(set(alarms(tech)), {owners})
        self.assertEqual(self.call("GET", "/api/v1/lifts/%s/health" % others, owner)[0], 403)
        self.assertEqual(self.call("GET", "/api/v1/lifts/%s/events" % others, tech)[0], 403)
        status, health = self.call("GET", "/api/v1/lifts/%s/health" % owners, owner)
        self.assertEqual((status, health["open_alarms"][0]["cause"]), (200, "entrapment"))
        status, fleet = self.call("GET", "/api/v1/monitoring/fleet", owner)
        self.assertEqual(status, 200, fleet)
        self.assertNotIn(others, [lift["registration_no"] for lift in fleet["items"]])
        self.assertEqual(fleet["open_alarms"]["critical"], 1)
        status, lift = self.call("GET", "/api/v1/lifts/%s" % others, tech)
        self.assertIn("handle_alarms", [u["action"] for u in lift["unavailable_actions"]])

        # Another company's alarm is not the technician's to acknowledge; the
        # owner acknowledges none; the administrator may.
        other_alarm, own_alarm = seen[others]["id"], seen[owners]["id"]
        self.assertEqual(self.call("POST", "/api/v1/alarms/%d/ack" % other_alarm, tech, {})[0], 403)
        self.assertEqual(self.call("POST", "/api/v1/alarms/%d/ack" % own_alarm, owner, {})[0], 403)
        self.assertEqual(self.call("POST", "/api/v1/alarms/999999/ack", admin, {})[0], 404)
        status, acked = self.call("POST", "/api/v1/alarms/%d/ack" % other_alarm, admin, {})
        self.assertEqual((status, acked["state"]), (200, "acknowledged"))
        status, acked = self.call("POST", "/api/v1/alarms/%d/ack" % own_alarm, tech, {})
        self.assertEqual((status, acked["state"]), (200, "acknowledged"))

        # The owner's stream carried their lift's alarm and nothing of the other's.
        received = []
        while not any(e.get("type") == "alarm.acknowledged" for e in received):
            line = events.fp.readline()
            if line.startswith(b"data:"):
                received.append(json.loads(line[5:]))
        stream.close()
        alarm_events = [e for e in received if e["type"].startswith("alarm.")]
        self.assertEqual({e["registration_no"] for e in alarm_events}, {owners}, received)
        self.assertEqual([e["type"] for e in alarm_events], ["alarm.opened", "alarm.acknowledged"])


class CliBadInputTest(unittest.TestCase):
    """tests/data/monitor/cli_bad_input.tsv: each bad command line exits 2 with a clear first line."""

    def test_bad_command_lines_exit_2_with_a_message_naming_what_is_wrong(self):
        tmp = tempfile.mkdtemp(prefix="hoistway_montest_cli_")
        try:
            rules = os.path.join(tmp, "rules.yaml")
            with open(rules, "w") as f:
                f.write("entrapment:\n  door_cycles: 3\n")
            path = os.path.join(ROOT, "tests", "data", "monitor", "cli_bad_input.tsv")
            with open(path) as f:
                cases = [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]
            self.assertGreater(len(cases), 10)
            for args, expected in cases:
                words = [w.replace("{tmp}", tmp).replace("{rules}", rules) for w in args.split()]
                with self.subTest(args=args):
                    run = subprocess.run([HOISTWAY] + words, capture_output=True, text=True, timeout=30)
                    self.assertEqual(run.returncode, 2, run.stderr)
                    first = run.stderr.splitlines()[0] if run.stderr else ""
                    self.assertIn(expected, first)
                    self.assertEqual(run.stdout, "")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def main():
    global HOISTWAY
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    HOISTWAY = os.path.abspath(sys.argv.pop(1))
    if not shutil.which("mosquitto") and not os.path.exists("/usr/sbin/mosquitto"):
        print("mosquitto is not installed; skipping (scripts/setup.sh installs it)", file=sys.stderr)
        sys.exit(0)
    unittest.main(verbosity=2)


if __name__ == "__main__":
    main()
