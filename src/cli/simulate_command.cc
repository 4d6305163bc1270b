#include "cli/commands.h"

namespace hoistway::cli {

void AddSimulateCommand(CLI::App& app, int* exit_code) {
  auto* cmd = app.add_subcommand("simulate", "Simulate a building's lift traffic");
  cmd->callback([exit_code] { *exit_code = 0; });
}

}  // namespace hoistway::cli
