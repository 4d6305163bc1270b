// Registration of the subcommands. Each Add*Command attaches one subcommand
// to `app`; when it runs, it stores its exit code in `*exit_code`
// (0 success, 1 failed check or verdict, 2 bad input).
#pragma once

#include <CLI/CLI.hpp>

namespace hoistway::cli {

void AddSimulateCommand(CLI::App& app, int* exit_code);
void AddCompareCommand(CLI::App& app, int* exit_code);
void AddSweepCommand(CLI::App& app, int* exit_code);
void AddRttCommand(CLI::App& app, int* exit_code);
void AddSizeCommand(CLI::App& app, int* exit_code);
void AddRideCommand(CLI::App& app, int* exit_code);
void AddTowerCommand(CLI::App& app, int* exit_code);
void AddServeCommand(CLI::App& app, int* exit_code);
void AddAdminCommand(CLI::App& app, int* exit_code);
void AddMonitorCommand(CLI::App& app, int* exit_code);
void AddEmulateCommand(CLI::App& app, int* exit_code);
void AddTrainingCommand(CLI::App& app, int* exit_code);

}  // namespace hoistway::cli
