// hoistway ride: ISO 18738-1 ride-quality analysis of one recording.
#include <fmt/core.h>

#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "core/output_file.h"
#include "ride/figures.h"
#include "ride/limits.h"
#include "ride/recording_reader.h"
#include "ride/report_html.h"
#include "ride/report_json.h"
#include "ride/report_text.h"

namespace hoistway::cli {

namespace {

struct RideArgs {
  std::string recording;
  bool json = false;
  std::string html;
  std::string limits;
  std::string format = "auto";
  double rate_hz = 0.0;
  std::string units;
  double run_start_s = 0.0;
  double run_end_s = 0.0;
  double constant_start_s = 0.0;
  double constant_end_s = 0.0;
  int run = 1;
  // Which optional values were given.
  CLI::Option* rate_option = nullptr;
  CLI::Option* run_start_option = nullptr;
  CLI::Option* run_end_option = nullptr;
  CLI::Option* constant_start_option = nullptr;
  CLI::Option* constant_end_option = nullptr;
};

std::optional<double> Given(const CLI::Option* option, double value) {
  return option->count() > 0 ? std::optional<double>(value) : std::nullopt;
}

std::optional<ride::AccelerationUnit> ParseUnits(const std::string& units) {
  if (units == "mg") return ride::AccelerationUnit::kMilliG;
  if (units == "g") return ride::AccelerationUnit::kG;
  if (units == "m/s^2" || units == "mps2") return ride::AccelerationUnit::kMetresPerSecondSquared;
  return std::nullopt;
}

int RunRide(const RideArgs& args) {
  std::vector<ride::Limit> limits;
  const bool limits_given = !args.limits.empty();
  if (limits_given) {
    Result<std::vector<ride::Limit>> parsed = ride::ReadLimitsFile(args.limits);
    if (!parsed.ok()) return ReportError(parsed.error());
    limits = std::move(parsed).value();
  }
  ride::ReadOptions read;
  if (args.format == "eva") read.format = ride::RecordingFormat::kEva;
  if (args.format == "csv" || args.format == "phyphox") read.format = ride::RecordingFormat::kCsv;
  read.sample_rate_hz = Given(args.rate_option, args.rate_hz);
  read.unit = ParseUnits(args.units);
  ride::AnalysisOptions analysis;
  ride::BoundaryOverrides& b = analysis.motion.overrides;
  b.start_s = Given(args.run_start_option, args.run_start_s);
  b.end_s = Given(args.run_end_option, args.run_end_s);
  b.constant_speed_begin_s = Given(args.constant_start_option, args.constant_start_s);
  b.constant_speed_end_s = Given(args.constant_end_option, args.constant_end_s);
  b.run = args.run;
  if (b.start_s.has_value() != b.end_s.has_value()) {
    return ReportError(InvalidInput("--run-start and --run-end go together"));
  }

  Result<ride::RideReport> report = ride::AnalyzeRecording(args.recording, read, analysis);
  if (!report.ok()) return ReportError(report.error());
  const std::vector<ride::Figure> figures = ride::FiguresOf(*report);
  const std::vector<ride::LimitCheck> checks = ride::CheckLimits(limits, figures);

  if (!args.html.empty()) {
    auto out = OutputFile::Open(args.html);
    if (!out.ok()) return ReportError(out.error());
    const Status written = (*out)->Commit(ride::FormatHtmlReport(*report, checks, limits_given));
    if (!written.ok()) return ReportError(written.error());
  }
  if (args.json) {
    fmt::print("{}\n", ride::ReportToJson(*report, checks, limits_given).dump(2));
  } else {
    fmt::print("{}", ride::FormatTextReport(*report, checks, limits_given));
  }
  return ride::AnyFailed(checks) ? kExitFailedCheck : kExitOk;
}

}  // namespace

void AddRideCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<RideArgs>();
  CLI::App* cmd = app.add_subcommand(
      "ride", "Ride-quality analysis of a lift recording (ISO 18738-1): vibration, motion, sound");
  cmd->add_option("RECORDING", args->recording,
                  "EVA text file (EVIMP1), CSV with a header, or a phyphox acceleration export; "
                  "- reads standard input")
      ->required();
  cmd->add_flag("--json", args->json, "Print one JSON document on stdout (keys: docs/ride.md)");
  cmd->add_option("--html", args->html, "Also write a self-contained HTML report with charts");
  cmd->add_option("--limits", args->limits,
                  "Acceptance limits, one per line: '<figure> <= <value>'; exit 1 if any fails");
  cmd->add_option("--format", args->format, "Input format (default: recognised from the content)")
      ->check(CLI::IsMember({"auto", "eva", "csv", "phyphox"}));
  args->rate_option = cmd->add_option("--rate", args->rate_hz,
                                      "Sample rate in Hz, for a CSV without a time column or to "
                                      "resample one")
                          ->check(CLI::Range(30.0, 100000.0));
  cmd->add_option("--units", args->units, "Units of x, y, z in a CSV whose header does not say")
      ->check(CLI::IsMember({"mg", "g", "m/s^2", "mps2"}));
  args->run_start_option = cmd->add_option("--run-start", args->run_start_s,
                                           "Start of motion (boundary 0), s from the start");
  args->run_end_option =
      cmd->add_option("--run-end", args->run_end_s, "End of motion (boundary 3), s from the start");
  args->constant_start_option = cmd->add_option("--constant-speed-start", args->constant_start_s,
                                                "Start of constant speed (boundary 1), s");
  args->constant_end_option = cmd->add_option("--constant-speed-end", args->constant_end_s,
                                              "End of constant speed (boundary 2), s");
  cmd->add_option("--run", args->run,
                  "Which run to analyse when the recording holds several (default 1)")
      ->check(CLI::PositiveNumber);
  cmd->footer(
      "Examples:\n"
      "  hoistway ride 2024F1447R01.txt\n"
      "  hoistway ride ride.csv --json\n"
      "  hoistway ride ride.txt --html report.html --limits limits.txt\n"
      "  hoistway ride phone.csv --run 2 --constant-speed-start 12 --constant-speed-end 20\n"
      "  hoistway ride data.csv --rate 1000 --units mg\n"
      "\nLimits file: one '<figure> <= <value>' per line, figures named as in --json,\n"
      "e.g. 'vibration_mg.z.max_pk_pk <= 15' or 'sound_dba.max <= 50'.\n"
      "Exit codes: 0 success, 1 a limit failed, 2 bad input (one line on stderr naming\n"
      "the file and line). Details: docs/ride.md.");
  cmd->callback([args, exit_code] { *exit_code = RunRide(*args); });
}

}  // namespace hoistway::cli
