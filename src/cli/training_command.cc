// `hoistway training`: the training centre's scenarios (docs/training.md):
// list the built-in ones, or check a folder of scenario files.
#include <fmt/core.h>

#include <filesystem>
#include <memory>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/read_file.h"
#include "training/scenario.h"

namespace hoistway::cli {
namespace {

struct TrainingArgs {
  bool list = false;
  std::string check;  // a scenario file, or a folder of them
};

// A scenario file is small: a page of YAML.
constexpr std::size_t kMaxScenarioFileBytes = 64 * 1024;

// The scenarios of `path`: every *.yaml of a folder, or the one file.
Result<std::vector<training::Scenario>> LoadPath(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return training::LoadScenarioDir(path);
  auto text = ReadSmallFile(path, kMaxScenarioFileBytes);
  if (!text.ok()) return text.error();
  auto scenario = training::ParseScenario(*text, path);
  if (!scenario.ok()) return scenario.error();
  return std::vector<training::Scenario>{std::move(*scenario)};
}

void PrintScenarios(const std::vector<training::Scenario>& scenarios) {
  fmt::print("{:<34} {:<11} {:<16} {:<28} {}\n", "id", "level", "lift",
             "fault (tower, or in service)", "title");
  for (const training::Scenario& s : scenarios) {
    const std::string fault = s.fault.empty() ? s.machine_fault + " (in service)" : s.fault;
    fmt::print("{:<34} {:<11} {:<16} {:<28} {}\n", s.id, training::ToString(s.level), s.lift, fault,
               s.title);
  }
}

int RunTraining(const TrainingArgs& args) {
  if (!args.check.empty()) {
    auto scenarios = LoadPath(args.check);
    if (!scenarios.ok()) {
      fmt::print(stderr, "error: {}\n", scenarios.error().message());
      return kExitBadInput;
    }
    fmt::print("{} scenarios, all valid\n", scenarios->size());
    PrintScenarios(*scenarios);
    return kExitOk;
  }
  PrintScenarios(training::BuiltInScenarios());
  return kExitOk;
}

}  // namespace

void AddTrainingCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TrainingArgs>();
  CLI::App* cmd = app.add_subcommand(
      "training", "Training centre: scenarios of faults staged on the tower's twin");
  cmd->add_flag("--list", args->list, "List the built-in scenarios (the default)");
  cmd->add_option("PATH", args->check, "A scenario file or a folder of them to check (as --check)");
  cmd->add_option(
      "--check", args->check,
      "Check a scenario file, or every *.yaml of a folder (exit 2 naming file, line, key)");
  cmd->footer(
      "Examples:\n"
      "  hoistway training --list\n"
      "  hoistway training --check data/training\n"
      "  hoistway training my-scenario.yaml\n"
      "\nExit codes: 0 valid, 2 bad input (one line on stderr naming the file, line and key)");
  cmd->callback([args, exit_code] { *exit_code = RunTraining(*args); });
}

}  // namespace hoistway::cli
