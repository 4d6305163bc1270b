// hoistway monitor: telemetry ingest alone (spec/telemetry.md). Several
// monitors share one subscription and one (PostgreSQL) registry.
#include <fmt/core.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <chrono>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/registry_open.h"
#include "cli/stop_signal.h"
#include "monitor/monitor_service.h"
#include "monitor/rules_config.h"
#include "telemetry/broker_url.h"

namespace hoistway::cli {
namespace {

struct MonitorCommandOptions {
  std::string broker;
  std::string db = kDefaultDb;
  std::string profile = "korea";
  std::string rules;
  std::string client_id;
  std::string group = "hoistway";
  std::size_t batch = 10000;
  int stats_every_s = 60;
  bool retire = false;
};

std::string DefaultClientId() {
  std::array<char, 256> host{};
  if (gethostname(host.data(), host.size() - 1) != 0) return "hoistway-monitor";
  return std::string("hoistway-monitor-") + host.data();
}

void Log(const std::string& line) {
  fmt::print(stderr, "hoistway monitor: {}\n", line);
  std::fflush(stderr);
}

int RunMonitorCommand(const MonitorCommandOptions& o) {
  auto broker = telemetry::ParseBrokerUrl(o.broker);
  if (!broker.ok()) return ReportError(broker.error());
  monitor::MonitorServiceOptions options;
  options.broker = *broker;
  options.client_id = o.client_id.empty() ? DefaultClientId() : o.client_id;
  options.group = o.group;
  options.loop.max_batch = o.batch;
  options.loop.stats_every = std::chrono::seconds(o.stats_every_s);
  options.loop.retire = o.retire;
  if (!o.rules.empty()) {
    auto rules = monitor::LoadRulesFile(o.rules);
    if (!rules.ok()) return ReportError(rules.error());
    options.ingest.rules = std::move(*rules);
  }
  std::atomic<bool> stop{false};
  StopOnSignal on_signal(&stop);
  auto repository = OpenRegistry(o.db, o.profile);
  if (!repository.ok()) return ReportError(repository.error());
  Log(fmt::format("storing in {}", (*repository)->database().Describe()));
  Status run = monitor::RunMonitor(
      **repository, options,
      [] {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(
            std::chrono::system_clock::now());
      },
      Log, stop);
  if (!run.ok()) return ReportError(run.error());
  Log("stopped");
  return kExitOk;
}

}  // namespace

void AddMonitorCommand(CLI::App& app, int* exit_code) {
  auto options = std::make_shared<MonitorCommandOptions>();
  auto* cmd = app.add_subcommand(
      "monitor",
      "Ingest lift telemetry from an MQTT broker into the registry: events, alarms, "
      "entrapments, predictive maintenance");
  cmd->add_option("--broker", options->broker, "mqtt://HOST:PORT of the MQTT broker")->required();
  cmd->add_option("--db", options->db, "sqlite:PATH or postgresql://user@host:port/db")
      ->capture_default_str();
  cmd->add_option("--profile", options->profile,
                  "regulation profile: korea, uk-loler, or a YAML file")
      ->capture_default_str();
  cmd->add_option("--rules", options->rules,
                  "a rules file over the defaults (data/monitor/rules.yaml)");
  cmd->add_option("--client-id", options->client_id,
                  "MQTT client id: the broker keeps this monitor's queue under it while it is "
                  "away; each monitor its own (default: hoistway-monitor-HOSTNAME)");
  cmd->add_option("--group", options->group,
                  "shared-subscription group: monitors of one group share the messages")
      ->capture_default_str();
  cmd->add_option("--batch", options->batch, "most messages stored in one transaction")
      ->check(CLI::Range(1, 30000))
      ->capture_default_str();
  cmd->add_option("--stats-every", options->stats_every_s,
                  "seconds between lines of counts on stderr (0: only at the end)")
      ->check(CLI::Range(0, 86400))
      ->capture_default_str();
  cmd->add_flag("--retire", options->retire,
                "store what the broker kept for this --client-id, then end its session for good "
                "(a monitor of a shared subscription that will not come back)");
  cmd->footer(
      "Examples:\n"
      "  hoistway monitor --broker mqtt://127.0.0.1:1883 --db sqlite:registry.db\n"
      "  hoistway monitor --broker mqtt://10.0.0.5:1883 --db postgresql://hoistway@db/registry "
      "--client-id monitor-a\n"
      "  hoistway monitor --broker mqtt://127.0.0.1:1883 --rules my-rules.yaml\n"
      "Stops on Ctrl-C or SIGTERM after committing and acknowledging its batch; a kill -9 loses\n"
      "nothing either (the broker delivers again what was not acknowledged). See "
      "docs/monitoring.md.");
  cmd->callback([options, exit_code] { *exit_code = RunMonitorCommand(*options); });
}

}  // namespace hoistway::cli
