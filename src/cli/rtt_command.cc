// `hoistway rtt`: thin over the analysis module.
#include <fmt/core.h>

#include <memory>
#include <string>

#include "analysis/explain.h"
#include "analysis/report_html.h"
#include "analysis/report_json.h"
#include "analysis/report_text.h"
#include "analysis/rtt_analysis.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/building_loader.h"
#include "core/output_file.h"

namespace hoistway::cli {
namespace {

struct RttArgs {
  std::string building;
  bool json = false;
  bool explain = false;
  std::string html;
};

int RunRtt(const RttArgs& args) {
  Result<Building> building = LoadBuildingFile(args.building);
  if (!building.ok()) return ReportError(building.error());
  std::unique_ptr<OutputFile> html;
  if (!args.html.empty()) {
    auto opened = OutputFile::Open(args.html);
    if (!opened.ok()) return ReportError(opened.error());
    html = std::move(opened).value();
  }
  Result<BuildingRtt> rtt = AnalyzeRtt(*building);
  if (!rtt.ok()) return ReportError(rtt.error());
  if (html) {
    const Status written = html->Commit(RttHtml(*rtt));
    if (!written.ok()) return ReportError(written.error());
  }
  if (args.json) {
    nlohmann::json document = RttJson(*rtt);
    if (args.explain) document["explain"] = ExplainRtt(*rtt);
    fmt::print("{}\n", document.dump(2));
  } else if (args.explain) {
    fmt::print("{}", ExplainRtt(*rtt));
  } else {
    fmt::print("{}", RttText(*rtt));
  }
  return kExitOk;
}

}  // namespace

void AddRttCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RttArgs>();
  CLI::App* cmd = app.add_subcommand(
      "rtt",
      "Round-trip-time calculation (CIBSE Guide D / ISO 8100-32 up-peak, exact kinematics, "
      "general analysis)");
  cmd->add_option("building", args->building, "Building description (YAML or JSON)")->required();
  cmd->add_flag("--json", args->json,
                "Print one JSON document on stdout (keys: spec/outputs.md, docs/rtt.md)");
  cmd->add_flag("--explain", args->explain,
                "Print the calculation step by step, each formula with its numbers and source");
  cmd->add_option("--html", args->html,
                  "Also write a self-contained HTML report with charts and the worked example");
  cmd->footer(
      "Examples:\n"
      "  hoistway rtt examples/office.yaml\n"
      "  hoistway rtt examples/office.yaml --explain\n"
      "  hoistway rtt examples/office.yaml --html office-rtt.html\n"
      "  hoistway rtt tests/data/validation/rtt/rtt-A.yaml --json\n"
      "\nP = analysis.capacity_factor x capacity_persons (the full load with traffic.saturated).\n"
      "rtt_s is the classical figure; rtt_kinematic_s the same trip with exact jerk-limited\n"
      "flights. Method and sources: docs/rtt.md.\n"
      "Exit codes: 0 success, 2 bad input (one line on stderr naming file and key).");
  cmd->callback([args, exit_code] { *exit_code = RunRtt(*args); });
}

}  // namespace hoistway::cli
