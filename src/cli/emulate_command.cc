// hoistway emulate: a fleet of emulated connected lifts publishing telemetry.
#include <fmt/core.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>
#include <thread>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/registry_open.h"
#include "cli/stop_signal.h"
#include "fleet/emulator.h"
#include "fleet/nominal_machine.h"
#include "telemetry/broker_url.h"
#include "telemetry/mqtt_client.h"

namespace hoistway::cli {
namespace {

using Steady = std::chrono::steady_clock;

constexpr std::size_t kMaxInFlight = 20000;

struct EmulateOptions {
  std::string broker;
  int lifts = 20;
  double duration_s = 3600;
  double speedup = 1;
  std::uint64_t seed = 1;
  std::vector<std::string> faults;
  std::string db;
  std::string profile = "korea";
  bool list_faults = false;
  bool json = false;
};

class MqttSink final : public fleet::TelemetrySink {
 public:
  explicit MqttSink(telemetry::MqttClient& client) : client_(client) {}
  void Send(const std::string& topic, const std::string& payload, bool retained) override {
    if (!client_.Publish(topic, payload, 1, retained).ok()) ++failed;
  }
  std::uint64_t failed = 0;

 private:
  telemetry::MqttClient& client_;
};

void Log(const std::string& line) {
  fmt::print(stderr, "hoistway emulate: {}\n", line);
  std::fflush(stderr);
}

// The first `count` lifts of the registry, by registration number.
Result<std::vector<fleet::EmulatedLift>> RegistryFleet(const EmulateOptions& o) {
  auto repository = OpenRegistry(o.db, o.profile);
  if (!repository.ok()) return repository.error();
  auto tx = (*repository)->Begin(registry::TxMode::kRead, "emulate");
  if (!tx.ok()) return tx.error();
  std::vector<fleet::EmulatedLift> out;
  registry::LiftFilter filter;
  filter.per_page = registry::kMaxPerPage;
  for (filter.page = 1; static_cast<int>(out.size()) < o.lifts; ++filter.page) {
    auto page = tx->ListLifts(filter);
    if (!page.ok()) return page.error();
    for (const auto& lift : page->items) {
      if (static_cast<int>(out.size()) >= o.lifts) break;
      fleet::EmulatedLift e;
      e.registration_no = lift.registration_no;
      e.building = lift.building.name + "|" + lift.building.address;
      e.machine.floors = lift.floors_served > 1 ? lift.floors_served : 10;
      if (lift.rated_load_kg > 0) e.machine.rated_load_kg = lift.rated_load_kg;
      if (lift.rated_speed_mps > 0) e.machine.rated_speed_mps = lift.rated_speed_mps;
      out.push_back(std::move(e));
    }
    if (page->items.size() < static_cast<std::size_t>(filter.per_page)) break;
  }
  if (out.empty()) return InvalidInput(fmt::format("--db {}: the registry has no lifts", o.db));
  return out;
}

double CpuSeconds() {
  return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

int RunEmulate(const EmulateOptions& o) {
  if (o.list_faults) {
    for (const auto& f : fleet::NominalMachine::Catalogue())
      fmt::print("{:22} {}\n", f.name, f.summary);
    for (const auto& f : fleet::LiftIncidents()) fmt::print("{:22} {}\n", f.name, f.summary);
    return kExitOk;
  }
  auto broker = telemetry::ParseBrokerUrl(o.broker);
  if (!broker.ok()) return ReportError(broker.error());
  std::vector<fleet::ScheduledFault> faults;
  for (const auto& text : o.faults) {
    auto fault = fleet::ParseFaultSpec(text);
    if (!fault.ok()) return ReportError(fault.error());
    faults.push_back(*fault);
  }
  auto lifts =
      o.db.empty()
          ? Result<std::vector<fleet::EmulatedLift>>(fleet::GeneratedFleet(o.lifts, o.seed))
          : RegistryFleet(o);
  if (!lifts.ok()) return ReportError(lifts.error());
  const std::size_t count = lifts->size();

  fleet::EmulatorOptions options;
  options.duration_s = o.duration_s;
  options.speedup = o.speedup;
  options.seed = o.seed;
  options.origin =
      std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  auto emulator = fleet::Emulator::Create(
      std::move(*lifts), options, faults, [](const fleet::EmulatedLift& lift, std::uint64_t seed) {
        return std::make_unique<fleet::NominalMachine>(lift.machine, seed);
      });
  if (!emulator.ok()) return ReportError(emulator.error());

  std::atomic<bool> stop{false};
  StopOnSignal on_signal(&stop);
  // The clock starts now, the first window of traffic planned.
  (*emulator)->Start(
      std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
  telemetry::MqttOptions mqtt;
  mqtt.client_id = fmt::format("hoistway-emulate-{}", getpid());
  auto client = telemetry::MakeMqttClient(*broker, mqtt);
  Status connected = client->Connect();
  if (!connected.ok()) return ReportError(connected.error());
  Log(fmt::format("{} lifts{} for {} s at {}x on {} (seed {})", count,
                  o.db.empty() ? " (generated, 9000001...)" : " of " + o.db, o.duration_s,
                  o.speedup, telemetry::ToString(*broker), o.seed));

  MqttSink sink(*client);
  const auto wall0 = Steady::now();
  const double cpu0 = CpuSeconds();
  double max_lag_s = 0;
  bool broker_down = false;
  while (!(*emulator)->finished() && !stop.load()) {
    const double target = std::chrono::duration<double>(Steady::now() - wall0).count() * o.speedup;
    Status advanced = (*emulator)->AdvanceTo(target, sink);
    if (!advanced.ok()) return ReportError(advanced.error());
    const double lag =
        std::chrono::duration<double>(Steady::now() - wall0).count() - target / o.speedup;
    max_lag_s = std::max(max_lag_s, lag);
    Status flushed = client->Flush(std::chrono::milliseconds(0));
    // Stay well inside MQTT's 65535 message ids when the broker lags.
    while (flushed.ok() && client->publishes_in_flight() > kMaxInFlight) {
      flushed = client->Flush(std::chrono::milliseconds(10));
    }
    if (!flushed.ok() && !broker_down)
      Log(flushed.error().message() + " (retrying; messages kept)");
    if (flushed.ok() && broker_down) Log("broker reachable again");
    broker_down = !flushed.ok();
    // Sleep until the next message is due (at most 50 ms: keep the connection served).
    const auto due =
        wall0 + std::chrono::duration_cast<Steady::duration>(
                    std::chrono::duration<double>((*emulator)->next_due_s() / o.speedup));
    const auto wake = std::min(due, Steady::now() + std::chrono::milliseconds(50));
    if (wake > Steady::now()) std::this_thread::sleep_until(wake);
  }
  (void)client->Flush(std::chrono::milliseconds(10000));
  const std::size_t unsent = client->publishes_in_flight();
  client->Disconnect();
  const double cpu_s = CpuSeconds() - cpu0;
  const double wall_s = std::chrono::duration<double>(Steady::now() - wall0).count();
  const auto& stats = (*emulator)->stats();
  if (o.json) {
    fmt::print("{}\n", nlohmann::json{{"lifts", count},
                                      {"duration_s", o.duration_s},
                                      {"speedup", o.speedup},
                                      {"seed", o.seed},
                                      {"messages", stats.messages},
                                      {"events", stats.events},
                                      {"trips", stats.trips},
                                      {"fault_events", stats.faults},
                                      {"unacknowledged", unsent},
                                      {"publish_errors", sink.failed},
                                      {"wall_s", wall_s},
                                      {"cpu_s", cpu_s},
                                      {"max_lag_s", max_lag_s}}
                           .dump());
  }
  Log(
      fmt::format("{} messages ({} trips, {} fault events) in {:.1f} s, {:.1f} s of CPU; "
                  "{} not acknowledged by the broker; the furthest behind the clock: {:.3f} s",
                  stats.messages, stats.trips, stats.faults, wall_s, cpu_s, unsent, max_lag_s));
  return unsent == 0 ? kExitOk : kExitFailedCheck;
}

}  // namespace

void AddEmulateCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<EmulateOptions>();
  auto* cmd = app.add_subcommand(
      "emulate",
      "Emulate a fleet of connected lifts (traffic simulator runs through a machine "
      "model), publishing telemetry to an MQTT broker");
  cmd->add_option("--broker", options->broker, "mqtt://HOST:PORT of the MQTT broker");
  cmd->add_option("--lifts", options->lifts, "how many lifts")
      ->check(CLI::Range(1, 1'000'000))
      ->capture_default_str();
  cmd->add_option("--duration", options->duration_s, "emulated seconds")
      ->check(CLI::Range(1.0, 365.0 * 86400))
      ->capture_default_str();
  cmd->add_option("--speedup", options->speedup, "emulated seconds per second of the clock")
      ->check(CLI::Range(0.01, 10000.0))
      ->capture_default_str();
  cmd->add_option("--seed", options->seed, "the same seed gives the same fleet and traffic")
      ->capture_default_str();
  cmd->add_option("--fault", options->faults,
                  "REG:NAME@TIME: fault NAME on lift REG at TIME emulated seconds (90, 5m, 1h); "
                  "repeatable; --list-faults names them");
  cmd->add_option("--db", options->db,
                  "take the lifts from this registry (sqlite:PATH or postgresql://...) instead of "
                  "generating 9000001...");
  cmd->add_option("--profile", options->profile, "regulation profile of --db")
      ->capture_default_str();
  cmd->add_flag("--list-faults", options->list_faults, "print the faults that can be staged");
  cmd->add_flag("--json", options->json, "print a JSON summary on stdout at the end");
  cmd->footer(
      "Examples:\n"
      "  hoistway emulate --broker mqtt://127.0.0.1:1883 --lifts 20 --duration 600\n"
      "  hoistway emulate --broker mqtt://127.0.0.1:1883 --db sqlite:hoistway-demo.sqlite "
      "--lifts 300 --speedup 10 \\\n"
      "      --fault 9000007:stuck_car@120 --fault 9000012:door_operator_drift@0\n"
      "  hoistway emulate --list-faults\n"
      "Lifts without --db are numbered like the demo fleet (9000001...), so `serve --demo` knows "
      "them.");
  cmd->callback([options, exit_code, cmd] {
    if (!options->list_faults && options->broker.empty()) {
      *exit_code = ReportError(InvalidInput("emulate: --broker is required"));
      (void)cmd;
      return;
    }
    *exit_code = RunEmulate(*options);
  });
}

}  // namespace hoistway::cli
