// `hoistway sweep STUDY.yaml`: a grid of designs of one building, each
// simulated with the study's seed and runs; alone, or under
// `mpirun -n N hoistway sweep ...` spread over the ranks (docs/studies.md).
// Only rank 0 prints; every rank exits with the same code.
#include <fmt/core.h>

#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "study/design_run.h"
#include "study/study.h"
#include "study/study_report.h"
#include "study/sweep_world.h"

namespace hoistway::cli {

namespace {

struct SweepArgs {
  std::string study;
  bool json = false;
  bool csv = false;
};

int RunSweepCommand(const SweepArgs& args) {
  if (args.json && args.csv) return ReportError(InvalidInput("give --json or --csv, not both"));
  auto world = study::SweepWorld::Join();
  if (!world.ok()) return ReportError(world.error());
  const bool root = (*world)->rank() == 0;
  auto loaded = study::LoadStudyFile(args.study);
  if (!loaded.ok()) return root ? ReportError(loaded.error()) : ExitCodeFor(loaded.error());
  const study::Study& s = *loaded;
  const std::vector<study::DesignResult> results =
      (*world)->Run(s.DesignCount(), [&s](std::size_t design) {
        auto result = study::RunDesign(s, design);
        if (result.ok()) return std::move(result).value();
        study::DesignResult failed;
        failed.note = result.error().message();
        return failed;
      });
  if (!root) return kExitOk;
  if (args.json) {
    fmt::print("{}\n", study::StudyJson(s, results).dump(2));
  } else if (args.csv) {
    fmt::print("{}", study::StudyCsv(s, results));
  } else {
    fmt::print("{}", study::StudyText(s, results));
  }
  return kExitOk;
}

}  // namespace

void AddSweepCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SweepArgs>();
  CLI::App* cmd = app.add_subcommand(
      "sweep", "Simulate a grid of designs of one building (a study); also under mpirun -n N");
  cmd->add_option("study", args->study, "Study file (YAML): building, runs, seed, vary")
      ->required();
  cmd->add_flag("--json", args->json, "Print one JSON document on stdout (keys: docs/studies.md)");
  cmd->add_flag("--csv", args->csv, "Print the designs as CSV, one line per design");
  cmd->footer(
      "Examples:\n"
      "  hoistway sweep examples/studies/office-cars.yaml\n"
      "  hoistway sweep examples/studies/office-cars.yaml --csv > designs.csv\n"
      "  mpirun -n 4 hoistway sweep examples/studies/office-cars.yaml --json   # the same "
      "document\n"
      "  (as root: mpirun --allow-run-as-root --oversubscribe -n 2 ...)\n"
      "\nThe study file is in docs/studies.md. Exit codes: 0 success, 2 bad input (one line on "
      "stderr naming file, line and key).");
  cmd->callback([args, exit_code] { *exit_code = RunSweepCommand(*args); });
}

}  // namespace hoistway::cli
