// `hoistway size`: thin over the analysis module.
#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "analysis/report_json.h"
#include "analysis/report_text.h"
#include "analysis/sizing.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "sim/replications.h"

namespace hoistway::cli {
namespace {

struct SizeArgs {
  std::string building;
  bool json = false;
  bool verify = false;
  int top = 5;
  int verify_top = 3;
  int runs = 3;
  std::uint64_t seed = 1;
};

// Simulates one design with the building's traffic: means over the runs.
Result<SimulatedCheck> SimulateDesign(const Building& building, GroupId group, const Design& design,
                                      const SizeArgs& args) {
  ReplicationOptions options;
  options.runs = args.runs;
  options.seed = args.seed;
  options.make_dispatcher = dispatch::MakeDispatcher;
  Result<ReplicatedReport> replicated =
      RunReplications(BuildingWithDesign(building, group, design), options);
  if (!replicated.ok()) return replicated.error();
  SimulatedCheck check;
  check.runs = replicated->runs;
  for (const SimulationReport& r : replicated->reports) {
    const GroupFigures& g = r.groups.at(static_cast<std::size_t>(group.value()));
    check.waiting_mean_s += r.waiting_time_s.mean;
    check.waiting_p90_s += r.waiting_time_s.p90;
    check.pct_waiting_over_60s += r.pct_waiting_over_60s;
    check.time_to_destination_mean_s += r.time_to_destination_s.mean;
    check.round_trip_time_s += g.round_trip_time_s;
    check.interval_s += g.interval_s;
    check.passengers_delivered += static_cast<double>(g.passengers_delivered);
  }
  const double n = static_cast<double>(replicated->reports.size());
  for (double* figure : {&check.waiting_mean_s, &check.waiting_p90_s, &check.pct_waiting_over_60s,
                         &check.time_to_destination_mean_s, &check.round_trip_time_s,
                         &check.interval_s, &check.passengers_delivered}) {
    *figure /= n;
  }
  return check;
}

// --verify: simulates the first `verify_top` designs listed for each group.
Status Verify(const Building& building, Sizing& sizing, const SizeArgs& args) {
  for (std::size_t g = 0; g < sizing.groups.size(); ++g) {
    std::vector<Design>& designs = sizing.groups[g].designs;
    const std::size_t count = std::min(designs.size(), static_cast<std::size_t>(args.verify_top));
    for (std::size_t i = 0; i < count; ++i) {
      Result<SimulatedCheck> check =
          SimulateDesign(building, GroupId(static_cast<int>(g)), designs[i], args);
      if (!check.ok()) return check.error();
      designs[i].simulated = *check;
    }
  }
  return Status::Ok();
}

int RunSize(const SizeArgs& args) {
  Result<Building> building = LoadBuildingFile(args.building);
  if (!building.ok()) return ReportError(building.error());
  SizingOptions options;
  options.keep = args.top;
  Result<Sizing> sizing = SizeBuilding(*building, options);
  if (!sizing.ok()) return ReportError(sizing.error());
  if (args.verify) {
    if (Status verified = Verify(*building, *sizing, args); !verified.ok()) {
      return ReportError(verified.error());
    }
  }
  if (args.json) {
    fmt::print("{}\n", SizingJson(*sizing, building->name, building->source).dump(2));
  } else {
    const std::string label =
        building->name.empty() ? building->source : building->name + " (" + building->source + ")";
    fmt::print("{}", SizingText(*sizing, label));
  }
  if (!sizing->AllMet()) {
    for (const GroupSizing& g : sizing->groups) {
      if (g.Met()) continue;
      fmt::print(stderr,
                 "hoistway: {}: group {}: no design of the grid meets analysis.targets; the "
                 "closest are listed\n",
                 building->source, g.group);
      break;
    }
    return kExitFailedCheck;
  }
  return kExitOk;
}

}  // namespace

void AddSizeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SizeArgs>();
  CLI::App* cmd = app.add_subcommand(
      "size", "Smallest-cost lift groups meeting analysis.targets (rated load, speed, cars)");
  cmd->add_option("building", args->building, "Building description (YAML or JSON)")->required();
  cmd->add_flag("--json", args->json, "Print one JSON document on stdout (keys: docs/rtt.md)");
  cmd->add_flag("--verify", args->verify,
                "Simulate the best designs with the building's traffic and add their simulated "
                "waiting times");
  cmd->add_option("--verify-top", args->verify_top, "Designs per group that --verify simulates")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--runs", args->runs, "Replications per simulated design (--verify)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  cmd->add_option("--seed", args->seed, "Random seed of the simulations (--verify)")
      ->capture_default_str();
  cmd->add_option("--top", args->top, "Designs listed per group")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  cmd->footer(
      "Examples:\n"
      "  hoistway size tests/scenarios/size/office.yaml\n"
      "  hoistway size tests/scenarios/size/office.yaml --top 10 --json\n"
      "  hoistway size tests/scenarios/size/office.yaml --verify --runs 5\n"
      "The building needs targets, e.g.\n"
      "  analysis: {targets: {interval_s: 30, handling_capacity_pct: 12}}\n"
      "\nThe grid: rated loads 630-2500 kg (ISO 4190-1 series), speeds 1.0-10 m/s,\n"
      "1-8 cars per group. A design meets analysis.targets (interval_s,\n"
      "handling_capacity_pct) on the longer of its classical and exact-kinematics\n"
      "round trips; designs are ranked by the cost proxy cars x (1 + 0.6 Q/1000 + 0.2 v).\n"
      "Assumptions: docs/rtt.md.\n"
      "Exit codes: 0 designs found, 1 no design meets the targets (the closest are listed),\n"
      "2 bad input (one line on stderr naming file and key).");
  cmd->callback([args, exit_code] { *exit_code = RunSize(*args); });
}

}  // namespace hoistway::cli
