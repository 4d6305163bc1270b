// Ingest speed of the monitor: N events of M lifts stored, each exactly once,
// with the rules run on every one (trips with their full detail, a door fault
// every 97th event).
//
//   monitor_ingest_bench [--events N] [--lifts M] [--batch B] [--db URL] [--broker mqtt://H:P]
//
// Without --broker the batches go straight into IngestPipeline::Process (the
// part of the monitor that decodes, de-duplicates, applies the rules and
// commits): the store's speed. With --broker the same events are published at
// QoS 1 to the broker while a MonitorLoop with a persistent session takes
// them in: the whole path, acknowledgements after commit included.
// The database is made afresh: an SQLite file (default /tmp/monitor_bench.db),
// or a PostgreSQL database whose name starts with hoistway_bench or
// hoistway_test (wiped). At the end the stored events are counted.
#include <fmt/core.h>
#include <unistd.h>

#include <time.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "monitor/ingest.h"
#include "monitor/monitor_loop.h"
#include "registry/repository.h"
#include "telemetry/broker_url.h"
#include "telemetry/codec.h"
#include "telemetry/mqtt_client.h"
#include "telemetry/rfc3339.h"
#include "telemetry/topics.h"

namespace {

using namespace hoistway;
using Clock = std::chrono::steady_clock;

struct Options {
  std::int64_t events = 1'000'000;
  int lifts = 1000;
  std::size_t batch = 10000;
  std::string db = "sqlite:/tmp/monitor_bench.db";
  std::string broker;
};

double Seconds(Clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

// CPU time of this thread: what the ingest itself costs, whatever else the
// machine is doing (the wall-clock rate is printed too).
double ThreadCpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

telemetry::TimePoint Now() {
  return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::string Reg(int lift) {
  return fmt::format("{:07}", 8000000 + lift);
}

Result<std::unique_ptr<registry::Repository>> FreshRegistry(const Options& o) {
  if (o.db.starts_with("sqlite:")) {
    const std::string path = o.db.substr(7);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  } else {
    const std::string name = o.db.substr(o.db.rfind('/') + 1);
    if (!name.starts_with("hoistway_bench") && !name.starts_with("hoistway_test")) {
      return InvalidInput(
          "refusing to wipe a database not named hoistway_bench* or hoistway_test*");
    }
    auto db = registry::OpenDatabase(o.db);
    if (!db.ok()) return db.error();
    auto c = (*db)->Connect();
    if (!c.ok()) return c.error();
    Status wiped = (*c)->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    if (!wiped.ok()) return wiped.error();
  }
  auto db = registry::OpenDatabase(o.db);
  if (!db.ok()) return db.error();
  auto profile = registry::LoadProfile("korea");
  if (!profile.ok()) return profile.error();
  auto repository = registry::Repository::Open(std::move(*db), std::move(*profile), registry::Now);
  if (!repository.ok()) return repository.error();
  auto tx = (*repository)->Begin(registry::TxMode::kWrite, "bench");
  if (!tx.ok()) return tx.error();
  for (int i = 0; i < o.lifts; ++i) {
    registry::Lift l;
    l.registration_no = Reg(i);
    l.building = {0, fmt::format("Bench tower {}", i / 4), fmt::format("{} Bench St", i / 4),
                  "Medeu", "office"};
    l.rated_load_kg = 1000;
    l.persons = 13;
    l.rated_speed_mps = 1.6;
    l.floors_served = 12;
    l.installed_on = "2015-03-01";
    auto lift = tx->CreateLift(l);
    if (!lift.ok()) return lift.error();
  }
  Status committed = tx->Commit();
  if (!committed.ok()) return committed.error();
  return repository;
}

// Event k: lift k % lifts; a trip with its full detail, or a door fault.
telemetry::MqttMessage Message(std::int64_t k, int lifts, telemetry::TimePoint base) {
  const int lift = static_cast<int>(k % lifts);
  telemetry::Event e;
  e.id = fmt::format("b-{:09}", k);
  e.time = base + std::chrono::milliseconds(k % 50'000);
  e.floor = static_cast<int>(k % 12);
  if (k % 97 == 0) {
    e.kind = telemetry::EventKind::kDoorCloseFault;
    (void)telemetry::SetDetail(&e, {{"attempts", 2}});
  } else {
    e.kind = telemetry::EventKind::kTrip;
    (void)telemetry::SetDetail(&e,
                               {{"from_floor", 0},
                                {"to_floor", static_cast<int>(k % 12)},
                                {"start", telemetry::FormatTime(e.time - std::chrono::seconds(12))},
                                {"duration_s", 11.8},
                                {"max_speed_mps", 1.6},
                                {"levelling_error_mm", static_cast<double>(k % 7) - 3.0},
                                {"door_close_s", 3.0 + static_cast<double>(k % 5) * 0.02},
                                {"load_kg", 225.0}});
  }
  e.kind_name = std::string(telemetry::KindName(e.kind));
  return {telemetry::EventTopic(Reg(lift)), telemetry::EncodeEvent(e), false};
}

class Quiet final : public monitor::IngestObserver {
 public:
  void OnBadMessage(const std::string& topic, telemetry::BadInput, const std::string& m) override {
    fmt::print(stderr, "bad message on {}: {}\n", topic, m);
  }
  void OnAlarmChanged(const monitor::AlarmChange&) override {}
};

int Direct(const Options& o, registry::Repository& repository) {
  const telemetry::TimePoint base = Now() - std::chrono::minutes(1);
  Quiet quiet;
  monitor::IngestPipeline pipeline(repository, {}, Now, &quiet);
  // Every batch made first, so that only the ingest is timed (and profiled).
  std::vector<std::vector<telemetry::MqttMessage>> batches;
  std::size_t bytes = 0;
  for (std::int64_t k = 0; k < o.events;) {
    auto& batch = batches.emplace_back();
    for (std::size_t i = 0; i < o.batch && k < o.events; ++i, ++k) {
      batch.push_back(Message(k, o.lifts, base));
      bytes += batch.back().payload.size();
    }
  }
  Clock::duration busy{};
  double cpu = 0;
  for (const auto& batch : batches) {
    const auto start = Clock::now();
    const double cpu_start = ThreadCpuSeconds();
    Status done = pipeline.Process(batch);
    cpu += ThreadCpuSeconds() - cpu_start;
    busy += Clock::now() - start;
    if (!done.ok()) return fmt::print(stderr, "{}\n", done.error().message()), 1;
  }
  const auto& c = pipeline.counts();
  fmt::print(
      "{} events of {} lifts ({:.0f} bytes each) in {} batches of {}: {:.2f} s, {:.0f} events/s; "
      "{:.2f} s of CPU in the ingest thread, {:.0f} events per CPU second\n",
      o.events, o.lifts, static_cast<double>(bytes) / static_cast<double>(o.events), c.batches,
      o.batch, Seconds(busy), static_cast<double>(o.events) / Seconds(busy), cpu,
      static_cast<double>(o.events) / cpu);
  fmt::print("stored {} (duplicates {}), alarms opened {}, refused {}\n", c.events_stored,
             c.duplicates, c.alarms_opened, c.bad_total());
  // Deliver a tenth again, as a broker would after a crash: stored once still.
  std::vector<telemetry::MqttMessage> batch;
  const auto start = Clock::now();
  std::int64_t again = 0;
  for (std::int64_t k = 0; k < o.events / 10; ++k, ++again) {
    batch.push_back(Message(k, o.lifts, base));
    if (batch.size() == o.batch) {
      if (!pipeline.Process(batch).ok()) return 1;
      batch.clear();
    }
  }
  if (!batch.empty() && !pipeline.Process(batch).ok()) return 1;
  fmt::print(
      "delivered again: {} events in {:.2f} s ({:.0f} events/s), stored {} in all, "
      "duplicates {}\n",
      again, Seconds(Clock::now() - start),
      static_cast<double>(again) / Seconds(Clock::now() - start), pipeline.counts().events_stored,
      pipeline.counts().duplicates);
  return pipeline.counts().events_stored == static_cast<std::uint64_t>(o.events) ? 0 : 1;
}

int ThroughBroker(const Options& o, registry::Repository& repository) {
  auto address = telemetry::ParseBrokerUrl(o.broker);
  if (!address.ok()) return fmt::print(stderr, "{}\n", address.error().message()), 2;
  const telemetry::TimePoint base = Now() - std::chrono::minutes(1);
  telemetry::MqttOptions sub;
  sub.client_id = fmt::format("bench-monitor-{}", getpid());
  sub.persistent_session = true;
  // Its own group and a short session: a member of a shared subscription
  // that is away keeps its share of the messages (docs/monitoring.md).
  sub.session_expiry_s = 60;
  sub.receive_maximum = static_cast<int>(o.batch * 2);
  auto client = telemetry::MakeMqttClient(*address, sub);
  Quiet quiet;
  monitor::IngestPipeline pipeline(repository, {}, Now, &quiet);
  monitor::MonitorLoopOptions loop_options;
  loop_options.max_batch = o.batch;
  loop_options.stats_every = std::chrono::seconds(0);
  loop_options.wait = std::chrono::milliseconds(20);
  monitor::MonitorLoop loop(*client, pipeline, loop_options, [](const std::string&) {});
  std::atomic<bool> stop{false};
  const std::string group = fmt::format("bench-{}", getpid());
  std::thread monitor([&] { (void)loop.Run(telemetry::LiftTopicsFilter(group), stop); });
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // subscribed

  telemetry::MqttOptions pub;
  pub.client_id = fmt::format("bench-publisher-{}", getpid());
  auto publisher = telemetry::MakeMqttClient(*address, pub);
  if (!publisher->Connect().ok()) return fmt::print(stderr, "cannot connect\n"), 1;
  const auto start = Clock::now();
  for (std::int64_t k = 0; k < o.events; ++k) {
    auto m = Message(k, o.lifts, base);
    if (!publisher->Publish(m.topic, m.payload, 1, false).ok()) return 1;
    if (k % 500 == 499) {
      // Stay well inside MQTT's 65535 message ids.
      do {
        (void)publisher->Flush(
            std::chrono::milliseconds(publisher->publishes_in_flight() > 20000 ? 10 : 0));
      } while (publisher->publishes_in_flight() > 20000);
    }
  }
  (void)publisher->Flush(std::chrono::seconds(120));
  const double published = Seconds(Clock::now() - start);
  while (pipeline.counts().events_stored < static_cast<std::uint64_t>(o.events) &&
         Seconds(Clock::now() - start) < 600) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  const double stored = Seconds(Clock::now() - start);
  stop.store(true);
  monitor.join();
  publisher->Disconnect();
  fmt::print(
      "{} events of {} lifts through {}: published at QoS 1 in {:.2f} s; all stored after "
      "{:.2f} s: {:.0f} events/s end to end\n",
      o.events, o.lifts, o.broker, published, stored, static_cast<double>(o.events) / stored);
  fmt::print("stored {} (duplicates {}) in {} batches\n", pipeline.counts().events_stored,
             pipeline.counts().duplicates, pipeline.counts().batches);
  return pipeline.counts().events_stored == static_cast<std::uint64_t>(o.events) ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const std::string value = argv[i + 1];
    if (key == "--events") {
      o.events = std::stoll(value);
    } else if (key == "--lifts") {
      o.lifts = std::stoi(value);
    } else if (key == "--batch") {
      o.batch = static_cast<std::size_t>(std::stoul(value));
    } else if (key == "--db") {
      o.db =
          value.starts_with("postgres") || value.starts_with("sqlite:") ? value : "sqlite:" + value;
    } else if (key == "--broker") {
      o.broker = value;
    } else {
      fmt::print(stderr, "unknown option {}\n", key);
      return 2;
    }
  }
  auto repository = FreshRegistry(o);
  if (!repository.ok()) return fmt::print(stderr, "{}\n", repository.error().message()), 1;
  fmt::print("database {}\n", (*repository)->database().Describe());
  return o.broker.empty() ? Direct(o, **repository) : ThroughBroker(o, **repository);
}
