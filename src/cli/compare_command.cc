// `hoistway compare`: two designs, or two group controls on one design, run
// on the same passengers (common random numbers), figure by figure with the
// paired difference and its 95 % interval. Thin over sim/comparison.h.
#include <fmt/core.h>

#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/progress_printer.h"
#include "core/building_loader.h"
#include "core/call_model.h"
#include "core/dispatcher_names.h"
#include "dispatch/factory.h"
#include "sim/comparison.h"
#include "sim/comparison_json.h"

namespace hoistway::cli {

namespace {

constexpr int kDefaultRuns = 10;

struct CompareArgs {
  std::vector<std::string> files;
  std::vector<std::string> dispatchers;
  std::vector<std::string> call_models;
  std::uint64_t seed = 1;
  int runs = kDefaultRuns;
  int threads = 0;
  bool json = false;
  std::optional<double> duration_s;
};

struct Side {
  std::string file;
  ControlOverride control;
  Building building;
  std::string label;
};

// The k-th of one or two values given for an option (one applies to both).
template <typename T>
std::optional<T> Pick(const std::vector<T>& values, std::size_t k) {
  if (values.empty()) return std::nullopt;
  return values.size() == 1 ? values[0] : values[k];
}

Result<Side> MakeSide(const CompareArgs& args, std::size_t k) {
  Side side;
  side.file = args.files.size() == 1 ? args.files[0] : args.files[k];
  auto loaded = LoadBuildingFile(side.file);
  if (!loaded.ok()) return loaded.error();
  side.building = std::move(loaded).value();
  side.control.dispatcher = Pick(args.dispatchers, k);
  if (auto model = Pick(args.call_models, k)) {
    auto parsed = ParseCallModel(*model);
    if (!parsed.ok()) return InvalidInput("--call-model: " + parsed.error().message());
    side.control.call_model = *parsed;
  }
  const Status applied = ApplyControlOverride(side.building, side.control);
  if (!applied.ok()) {
    return InvalidInput(fmt::format("{}: {}", side.file, applied.error().message()));
  }
  if (args.duration_s) side.building.traffic.duration_s = *args.duration_s;
  const std::string control = DescribeControl(side.control);
  side.label = control.empty() ? side.file : fmt::format("{} ({})", side.file, control);
  return side;
}

std::string Number(double v) {
  return std::isfinite(v) ? fmt::format("{:.2f}", v) : std::string("-");
}

std::string CompareText(const Side& a, const Side& b, const Comparison& c, std::uint64_t seed) {
  std::string out;
  const auto line = [&out](const std::string& s) { out += s + "\n"; };
  line(fmt::format("A: {}", a.label));
  line(fmt::format("B: {}", b.label));
  line(
      fmt::format("seed {}, {} runs each, the same passengers run by run (common random "
                  "numbers); B - A with its paired 95 % interval",
                  seed, c.a.runs));
  line("");
  line(fmt::format("  {:<46}{:>10}{:>10}{:>10}{:>22}  {}", "figure", "A", "B", "B - A",
                   "95 % interval", "significant"));
  const std::vector<ComparedFigureDef> defs = ComparedFigureDefs();
  for (std::size_t i = 0; i < c.figures.size(); ++i) {
    const ComparedFigure& f = c.figures[i];
    const std::string interval =
        f.ci95_low ? fmt::format("[{}, {}]", Number(*f.ci95_low), Number(*f.ci95_high))
                   : std::string("(one run)");
    line(fmt::format("  {:<46}{:>10}{:>10}{:>10}{:>22}  {}",
                     fmt::format("{} ({})", f.name, defs[i].unit), Number(f.a), Number(f.b),
                     Number(f.difference), interval, f.significant ? "yes" : "no"));
  }
  return out;
}

int RunCompare(const CompareArgs& args) {
  if (args.dispatchers.size() > 2 || args.call_models.size() > 2) {
    return ReportError(
        InvalidInput("give --dispatcher and --call-model at most twice (A, then B)"));
  }
  if (args.files.size() == 1 && args.dispatchers.size() < 2 && args.call_models.size() < 2) {
    return ReportError(InvalidInput(
        "compare needs two sides: give B.yaml, or --dispatcher twice (or --call-model twice), "
        "e.g. compare office.yaml --dispatcher collective --dispatcher etd"));
  }
  if (args.duration_s && !(*args.duration_s > 0.0)) {
    return ReportError(InvalidInput("--duration must be greater than 0"));
  }
  auto a = MakeSide(args, 0);
  if (!a.ok()) return ReportError(a.error());
  auto b = MakeSide(args, 1);
  if (!b.ok()) return ReportError(b.error());

  Comparison comparison;
  {
    ProgressPrinter progress("simulating A, then B");
    ReplicationOptions options;
    options.runs = args.runs;
    options.threads = args.threads;
    options.seed = args.seed;
    options.make_dispatcher = dispatch::MakeDispatcher;
    auto result = RunComparison(a->building, b->building, options);
    if (!result.ok()) return ReportError(result.error());
    comparison = std::move(result).value();
  }
  if (args.json) {
    fmt::print("{}\n",
               ComparisonJson(a->building, a->label, b->building, b->label, comparison, args.seed)
                   .dump(2));
  } else {
    fmt::print("{}", CompareText(*a, *b, comparison, args.seed));
  }
  return kExitOk;
}

}  // namespace

void AddCompareCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CompareArgs>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare two designs, or two group controls, on the same passengers (paired runs)");
  cmd->add_option("files", args->files, "A.yaml [B.yaml]: one or two building descriptions")
      ->required()
      ->expected(1, 2);
  const std::vector<std::string> dispatchers(BuiltInDispatcherNames().begin(),
                                             BuiltInDispatcherNames().end());
  cmd->add_option("--dispatcher", args->dispatchers,
                  "A built-in group control for every group; twice: A's, then B's")
      ->check(CLI::IsMember(dispatchers))
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--call-model", args->call_models,
                  "conventional, destination or hybrid for every group; twice: A's, then B's")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--seed", args->seed, "Random seed (both sides use the same)")
      ->capture_default_str();
  cmd->add_option("--runs", args->runs, "Replications of each side, paired run by run")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--threads", args->threads,
                  "Threads (default: one per core); results do not depend on it")
      ->check(CLI::Range(0, 1024));
  cmd->add_flag("--json", args->json,
                "Print one JSON document on stdout (keys: docs/simulation.md, \"Comparing\")");
  cmd->add_option("--duration", args->duration_s,
                  "Override traffic.duration_s of both sides (periods repeat to fill it)");
  cmd->footer(
      "Examples:\n"
      "  hoistway compare examples/office.yaml --dispatcher collective --dispatcher least_delay\n"
      "  hoistway compare examples/office.yaml --call-model conventional --call-model "
      "destination \\\n"
      "      --dispatcher collective --dispatcher etd --runs 20 --json\n"
      "  hoistway compare office-6-cars.yaml office-7-cars.yaml --seed 3\n"
      "\nEach side's figures equal `hoistway simulate` of that side with the same --seed and\n"
      "--runs. A figure's difference is B - A; significant means its paired 95 % interval\n"
      "excludes 0 (no interval with --runs 1).\n"
      "Exit codes: 0 success, 2 bad input (one line on stderr naming file, line and key).");
  cmd->callback([args, exit_code] { *exit_code = RunCompare(*args); });
}

}  // namespace hoistway::cli
