// hoistway: the command line. Thin over the libraries: each subcommand lives
// in its own <name>_command.cc and is registered here.
#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include "cli/commands.h"
#include "cli/exit_codes.h"

int main(int argc, char** argv) {
  CLI::App app{
      "hoistway: open tools for the lift industry (traffic analysis and simulation,\n"
      "ride quality, virtual test tower, certification and inspection registry)."};
  app.footer(
      "Examples:\n"
      "  hoistway simulate examples/office.yaml --runs 10 --html office.html\n"
      "  hoistway compare examples/office.yaml --dispatcher collective --dispatcher etd\n"
      "  hoistway sweep examples/studies/office-cars.yaml     # a grid of designs\n"
      "  hoistway rtt examples/office.yaml --explain\n"
      "  hoistway size tests/scenarios/size/office.yaml\n"
      "  hoistway ride tests/data/validation/ride/2024F1447R01.txt --html ride.html\n"
      "  hoistway tower examples/tower/mrl-630.yaml --html tower.html\n"
      "  hoistway serve --demo --db sqlite:demo.sqlite      # then open http://127.0.0.1:8080/\n"
      "  hoistway monitor --broker mqtt://127.0.0.1:1883 --db sqlite:demo.sqlite\n"
      "  hoistway emulate --broker mqtt://127.0.0.1:1883 --lifts 20 --duration 600\n"
      "  hoistway <subcommand> --help                       # options and more examples\n"
      "\nExit codes: 0 success, 1 failed check or verdict, 2 bad input.");
  app.require_subcommand(1);
  app.set_version_flag("--version", "hoistway 0.1.0");

  int exit_code = hoistway::cli::kExitOk;
  hoistway::cli::AddSimulateCommand(app, &exit_code);
  hoistway::cli::AddCompareCommand(app, &exit_code);
  hoistway::cli::AddSweepCommand(app, &exit_code);
  hoistway::cli::AddRttCommand(app, &exit_code);
  hoistway::cli::AddSizeCommand(app, &exit_code);
  hoistway::cli::AddRideCommand(app, &exit_code);
  hoistway::cli::AddTowerCommand(app, &exit_code);
  hoistway::cli::AddTrainingCommand(app, &exit_code);
  hoistway::cli::AddServeCommand(app, &exit_code);
  hoistway::cli::AddAdminCommand(app, &exit_code);
  hoistway::cli::AddMonitorCommand(app, &exit_code);
  hoistway::cli::AddEmulateCommand(app, &exit_code);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : hoistway::cli::kExitBadInput;
  }
  return exit_code;
}
