// hoistway tower: the virtual test tower. Loads a lift, applies --set and
// --fault, runs the suite (or a sweep over --vary), prints the report.
#include <fmt/core.h>
#include <fmt/format.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/http_post.h"
#include "core/output_file.h"
#include "tower/faults.h"
#include "tower/lift_loader.h"
#include "tower/overrides.h"
#include "tower/parameters.h"
#include "tower/report_html.h"
#include "tower/report_json.h"
#include "tower/report_text.h"
#include "tower/suite.h"
#include "tower/sweep.h"
#include "tower/traces_csv.h"

namespace hoistway::cli {
namespace {

struct TowerArgs {
  std::string lift;
  std::string suite = std::string(tower::kDefaultSuite);
  std::vector<std::string> sets;
  std::vector<std::string> faults;
  std::vector<std::string> tests;
  std::vector<std::string> vary;
  bool json = false;
  bool csv = false;
  bool list_faults = false;
  bool list_keys = false;
  std::string html;
  std::string traces;
  double time_step_s = 1e-3;
  std::string submit;  // server URL: record as a type test
  std::string token;
  std::int64_t model = 0;
};

Status WriteFile(const std::string& path, const std::string& content) {
  auto out = OutputFile::Open(path);
  if (!out.ok()) return out.error();
  return (*out)->Commit(content);
}

int ListFaults(bool json) {
  const auto& faults = tower::BuiltInFaults();
  if (json) {
    nlohmann::json out = nlohmann::json::array();
    for (const tower::Fault& f : faults) out.push_back(tower::FaultJson(f));
    fmt::print("{}\n", out.dump(2));
    return kExitOk;
  }
  for (const tower::Fault& f : faults) {
    fmt::print("{:<26} {}\n", f.name, f.title);
    fmt::print("{:<26} fails: {}\n", "",
               f.fails.empty() ? std::string("no test (a symptom in service)")
                               : fmt::format("{}", fmt::join(f.fails, ", ")));
  }
  return kExitOk;
}

int ListKeys() {
  for (const tower::Parameter& p : tower::Parameters()) {
    fmt::print("{:<46} {:<6} {}{}\n", p.path, p.unit, p.meaning, p.required ? "" : " (optional)");
  }
  return kExitOk;
}

// Sends the description and its changes to the registry as a type test of
// `args.model`; the server runs the suite itself and keeps its report.
int Submit(const TowerArgs& args) {
  std::ifstream in(args.lift, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  const nlohmann::json body = {{"lift", text.str()}, {"set", args.sets}, {"faults", args.faults}};
  auto reply = HttpPostJson(args.submit, fmt::format("/api/v1/models/{}/type-tests", args.model),
                            args.token, body.dump());
  if (!reply.ok()) return ReportError(reply.error());
  const nlohmann::json answer = nlohmann::json::parse(reply->body, nullptr, false);
  if (reply->status != 201) {
    const std::string message = answer.is_object() && answer.contains("message")
                                    ? answer["message"].get<std::string>()
                                    : reply->body.substr(0, 200);
    const Error error(reply->status >= 400 && reply->status < 500 ? ErrorCode::kInvalidInput
                                                                  : ErrorCode::kUnavailable,
                      fmt::format("--submit: the server answered {}: {}", reply->status, message));
    return ReportError(error);
  }
  fmt::print(
      stderr,
      "hoistway: recorded as type test {} of model {}, verdict {}: {}/api/v1/type-tests/{}\n",
      answer.value("id", 0), args.model, answer.value("verdict", ""), args.submit,
      answer.value("id", 0));
  return kExitOk;
}

int RunTower(const TowerArgs& args) {
  if (args.list_faults) return ListFaults(args.json);
  if (args.list_keys) return ListKeys();
  if (args.lift.empty())
    return ReportError(InvalidInput("tower: LIFT (a lift description) is required"));
  if (args.csv && args.vary.empty())
    return ReportError(InvalidInput("--csv goes with --vary (a sweep)"));
  if (!args.submit.empty() && (args.model <= 0 || !args.vary.empty() || !args.tests.empty())) {
    return ReportError(
        InvalidInput("--submit needs --model ID (a model of the registry) and the whole suite "
                     "(no --vary, no --test)"));
  }
  auto lift = tower::LoadLiftFile(args.lift);
  if (!lift.ok()) return ReportError(lift.error());
  // The design as changed by --set, then the faults on it.
  for (const std::string& set : args.sets) {
    const Status applied = tower::ApplySet(*lift, set);
    if (!applied.ok()) return ReportError(applied.error());
  }
  for (const std::string& name : args.faults) {
    auto fault = tower::FindFault(tower::BuiltInFaults(), name);
    if (!fault.ok()) return ReportError(fault.error());
    const Status applied = tower::ApplyFault(*lift, **fault);
    if (!applied.ok()) return ReportError(applied.error());
  }
  tower::ProcedureOptions options;
  options.machine.time_step_s = args.time_step_s;

  if (!args.vary.empty()) {
    std::vector<tower::SweepAxis> axes;
    for (const std::string& spec : args.vary) {
      auto axis = tower::ParseVary(spec);
      if (!axis.ok()) return ReportError(axis.error());
      axes.push_back(std::move(axis).value());
    }
    options.traces = false;
    options.ride_figures = false;
    auto rows = tower::RunSweep(*lift, axes, args.suite, options, args.tests);
    if (!rows.ok()) return ReportError(rows.error());
    std::size_t passing = 0;
    for (const tower::SweepRow& r : *rows)
      passing += r.valid && r.verdict == tower::Verdict::kPass ? 1 : 0;
    if (args.json) {
      nlohmann::json out;
      out["lift"] = lift->description.name;
      out["suite"] = args.suite;
      nlohmann::json vary = nlohmann::json::array();
      for (const auto& a : axes) vary.push_back({{"key", a.key}, {"values", a.values}});
      out["vary"] = vary;
      nlohmann::json designs = nlohmann::json::array();
      for (std::size_t i = 0; i < rows->size(); ++i) {
        const tower::SweepRow& r = (*rows)[i];
        nlohmann::json d = {{"id", i + 1},
                            {"verdict", r.valid ? tower::ToString(r.verdict) : "invalid"}};
        nlohmann::json parameters = nlohmann::json::object();
        for (std::size_t a = 0; a < axes.size(); ++a) parameters[axes[a].key] = r.values[a];
        d["parameters"] = parameters;
        if (!r.valid) d["error"] = r.error;
        nlohmann::json tests = nlohmann::json::object();
        for (const tower::SweepTest& t : r.tests) {
          tests[t.id] = {{"measured", tower::JsonNumber(t.measured)},
                         {"verdict", tower::ToString(t.verdict)}};
        }
        d["tests"] = tests;
        designs.push_back(std::move(d));
      }
      out["designs"] = designs;
      out["passing"] = passing;
      fmt::print("{}\n", out.dump(2));
    } else {
      fmt::print("{}", tower::FormatSweepCsv(axes, *rows));
      if (!args.csv) fmt::print("# {} of {} designs pass\n", passing, rows->size());
    }
    return kExitOk;
  }

  const Status valid = tower::ValidateLift(*lift);
  if (!valid.ok()) return ReportError(valid.error());
  auto report = tower::RunSuite(lift->description, args.suite, options, args.tests);
  if (!report.ok()) return ReportError(report.error());
  report->source = args.lift;
  report->faults = args.faults;
  report->overrides = tower::OverridesOf(*lift);
  if (!args.html.empty()) {
    const Status written = WriteFile(args.html, tower::FormatHtmlReport(*report));
    if (!written.ok()) return ReportError(written.error());
  }
  if (!args.traces.empty()) {
    const Status written = WriteFile(args.traces, tower::FormatTracesCsv(*report));
    if (!written.ok()) return ReportError(written.error());
  }
  if (args.json) {
    fmt::print("{}\n", tower::ReportJson(*report).dump(2));
  } else {
    fmt::print("{}", tower::FormatTextReport(*report));
  }
  if (!args.submit.empty()) {
    const int submitted = Submit(args);
    if (submitted != kExitOk) return submitted;
  }
  return report->verdict == tower::Verdict::kPass ? kExitOk : kExitFailedCheck;
}

}  // namespace

void AddTowerCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TowerArgs>();
  CLI::App* cmd = app.add_subcommand(
      "tower", "Virtual test tower: EN 81-20 type tests of one lift on its digital twin");
  cmd->add_option("LIFT", args->lift, "Lift description (YAML or JSON; docs/tower.md)");
  cmd->add_option("--suite", args->suite, "Test suite (default en81-20)");
  cmd->add_option("--set", args->sets, "Change a key before testing: KEY=VALUE (repeatable)");
  cmd->add_option("--fault", args->faults,
                  "Apply a fault of the catalogue (repeatable; --list-faults)");
  cmd->add_option("--test", args->tests, "Run only this test (repeatable; ids as in the report)");
  cmd->add_option("--vary", args->vary,
                  "Sweep: KEY=FROM:TO:COUNT or KEY=V1,V2,... (repeatable: every combination)");
  cmd->add_flag("--json", args->json, "Print one JSON document on stdout (docs/tower.md)");
  cmd->add_flag("--csv", args->csv, "With --vary: the sweep as CSV only");
  cmd->add_option("--html", args->html, "Also write the HTML test report with each test's traces");
  cmd->add_option("--traces", args->traces,
                  "Also write the normal runs' traces as CSV (hoistway ride reads it)");
  cmd->add_option("--time-step", args->time_step_s,
                  "Integration step of the twin, s (default 0.001)")
      ->check(CLI::Range(1e-5, 0.01));
  cmd->add_option(
      "--submit", args->submit,
      "Also record the run as a type test in a registry: http://HOST:PORT of hoistway serve");
  cmd->add_option("--token", args->token, "API token for --submit (an inspector's or an admin's)");
  cmd->add_option("--model", args->model,
                  "With --submit: the model's id in the registry (GET /api/v1/models)");
  cmd->add_flag("--list-faults", args->list_faults, "List the fault catalogue and exit");
  cmd->add_flag("--list-keys", args->list_keys, "List the keys of a lift description and exit");
  cmd->footer(
      "Examples:\n"
      "  hoistway tower examples/tower/mrl-630.yaml\n"
      "  hoistway tower examples/tower/mrl-630.yaml --fault worn_brake_lining --html report.html\n"
      "  hoistway tower examples/tower/mr-1000-2to1.yaml --set lift.brake.torque_per_set_nm=400 "
      "--json\n"
      "  hoistway tower examples/tower/mrl-630.yaml --traces runs.csv && hoistway ride runs.csv\n"
      "  hoistway tower examples/tower/mrl-630.yaml --vary lift.brake.torque_per_set_nm=200:600:41 "
      "--csv\n"
      "  hoistway tower --list-faults\n"
      "  hoistway tower lift.yaml --submit http://127.0.0.1:8080 --token T --model 3   # a type "
      "test in the registry\n"
      "\nExit codes: 0 every test passed, 1 a test failed, 2 bad input (one line on stderr\n"
      "naming the file, line and key). Details: docs/tower.md.");
  cmd->callback([args, exit_code] { *exit_code = RunTower(*args); });
}

}  // namespace hoistway::cli
