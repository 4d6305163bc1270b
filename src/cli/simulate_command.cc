// `hoistway simulate`: thin over the sim and dispatch modules.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <optional>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress_printer.h"
#include "cli/simulation_text.h"
#include "core/building_loader.h"
#include "core/call_model.h"
#include "core/dispatcher_names.h"
#include "core/output_file.h"
#include "dispatch/factory.h"
#include "sim/observer_list.h"
#include "sim/passenger_log.h"
#include "sim/replications.h"
#include "sim/report_html.h"
#include "sim/report_json.h"
#include "sim/timeline.h"

namespace hoistway::cli {

namespace {

struct SimulateArgs {
  std::string building;
  std::uint64_t seed = 1;
  int runs = 1;
  int threads = 0;
  bool json = false;
  std::string passenger_log;
  std::string html;
  std::optional<double> duration_s;
  std::string dispatcher;  // empty: each group's own
  std::string call_model;  // empty: each group's own
};

int RunSimulate(const SimulateArgs& args) {
  auto loaded = LoadBuildingFile(args.building);
  if (!loaded.ok()) return ReportError(loaded.error());
  Building building = std::move(loaded).value();
  if (args.duration_s) {
    if (!(*args.duration_s > 0.0))
      return ReportError(InvalidInput("--duration must be greater than 0"));
    const double measured =
        *args.duration_s - building.report.warmup_s - building.report.cooldown_s;
    if (!(measured > 0.0)) {
      return ReportError(
          InvalidInput("--duration must exceed report.warmup_s + report.cooldown_s"));
    }
    building.traffic.duration_s = *args.duration_s;
  }
  ControlOverride control;
  if (!args.dispatcher.empty()) control.dispatcher = args.dispatcher;
  if (!args.call_model.empty()) {
    auto model = ParseCallModel(args.call_model);
    if (!model.ok()) return ReportError(InvalidInput("--call-model: " + model.error().message()));
    control.call_model = *model;
  }
  const Status applied = ApplyControlOverride(building, control);
  if (!applied.ok()) {
    return ReportError(
        InvalidInput(fmt::format("{}: {}", args.building, applied.error().message())));
  }

  std::unique_ptr<CsvPassengerLog> log;
  if (!args.passenger_log.empty()) {
    auto opened = CsvPassengerLog::Open(args.passenger_log, building);
    if (!opened.ok()) return ReportError(opened.error());
    log = std::move(opened).value();
  }
  std::unique_ptr<OutputFile> html;
  if (!args.html.empty()) {
    auto opened = OutputFile::Open(args.html);
    if (!opened.ok()) return ReportError(opened.error());
    html = std::move(opened).value();
  }
  TimelineRecorder timeline(building);
  PassengerObserverList passengers;
  passengers.Add(log.get());
  if (html) passengers.Add(&timeline);

  ReplicatedReport report;
  {
    ProgressPrinter progress("simulating");
    ReplicationOptions options;
    options.runs = args.runs;
    options.threads = args.threads;
    options.seed = args.seed;
    options.make_dispatcher = dispatch::MakeDispatcher;
    options.passengers = passengers.empty() ? nullptr : &passengers;
    options.cars = html ? &timeline : nullptr;
    options.progress = progress.enabled() ? &progress : nullptr;
    auto result = RunReplications(building, options);
    if (!result.ok()) return ReportError(result.error());
    report = std::move(result).value();
  }
  if (log) {
    const Status finished = log->Finish();
    if (!finished.ok()) return ReportError(finished.error());
  }
  if (html) {
    const double end_s = report.reports.front().simulated_s;
    const Status written =
        html->Commit(SimulationHtml(building, args.building, report, timeline.Finish(end_s)));
    if (!written.ok()) return ReportError(written.error());
  }

  if (args.json) {
    fmt::print("{}\n", SimulationJson(building, report).dump(2));
  } else {
    fmt::print("{}", SimulationText(building, args.building, report));
  }
  return kExitOk;
}

}  // namespace

void AddSimulateCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SimulateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "simulate", "Simulate a building's lift traffic (discrete-event, deterministic)");
  cmd->add_option("building", args->building, "Building description (YAML or JSON)")->required();
  cmd->add_option("--seed", args->seed, "Random seed (same seed, same result)")
      ->capture_default_str();
  cmd->add_option("--runs", args->runs,
                  "Independent replications, run in parallel; figures become "
                  "means with 95 % confidence half-widths")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--threads", args->threads,
                  "Threads for --runs (default: one per core); results "
                  "do not depend on it")
      ->check(CLI::Range(0, 1024));
  cmd->add_flag("--json", args->json,
                "Print one JSON document on stdout (keys: docs/simulation.md)");
  cmd->add_option("--passenger-log", args->passenger_log,
                  "Write one CSV row per passenger with every timestamp (first run only)");
  cmd->add_option(
      "--html", args->html,
      "Write a self-contained HTML report with charts (trajectory diagram, waiting-time "
      "distribution, queues over time)");
  cmd->add_option("--duration", args->duration_s,
                  "Override traffic.duration_s (periods repeat to fill it)");
  const std::vector<std::string> dispatchers(BuiltInDispatcherNames().begin(),
                                             BuiltInDispatcherNames().end());
  cmd->add_option("--dispatcher", args->dispatcher,
                  "Give every group this built-in group control instead of its own, "
                  "to compare controls on one building")
      ->check(CLI::IsMember(dispatchers));
  cmd->add_option("--call-model", args->call_model,
                  "Give every group this call model (conventional, destination, hybrid) "
                  "instead of its own");
  cmd->footer(
      "Examples:\n"
      "  hoistway simulate examples/office.yaml\n"
      "  hoistway simulate examples/office.yaml --seed 7 --runs 20 --json\n"
      "  hoistway simulate examples/office.yaml --passenger-log passengers.csv\n"
      "  hoistway simulate examples/office.yaml --html office-report.html\n"
      "  hoistway simulate examples/office.yaml --runs 10 --dispatcher least_delay\n"
      "  hoistway simulate examples/office.yaml --call-model destination --dispatcher etd\n"
      "  hoistway simulate tests/data/validation/rtt/saturated-A.yaml   # RTT check\n"
      "\nTraffic templates: up_peak, down_peak, lunch, interfloor, office_day,\n"
      "modern_office_day "
      "(traffic: {template: NAME}); see docs/building-format.md.\n"
      "Exit codes: 0 success, 2 bad input (one line on stderr naming file, line and key).");
  cmd->callback([args, exit_code] { *exit_code = RunSimulate(*args); });
}

}  // namespace hoistway::cli
