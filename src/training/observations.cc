#include "training/observations.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "core/printable.h"
#include "tower/example_lifts.h"
#include "tower/faults.h"
#include "tower/report_json.h"
#include "tower/suite.h"
#include "training/telemetry_window.h"

namespace hoistway::training {
namespace {

using nlohmann::json;

// A trace is thinned to at most this many points: enough for a plot.
constexpr std::size_t kMaxTracePoints = 300;

json FiguresJson(const std::vector<tower::Figure>& figures) {
  json out = json::array();
  for (const tower::Figure& f : figures) {
    out.push_back({{"key", f.key},
                   {"value", tower::JsonNumber(f.value)},
                   {"unit", f.unit},
                   {"label", f.label}});
  }
  return out;
}

json Series(const std::vector<double>& values, std::size_t step) {
  json out = json::array();
  for (std::size_t i = 0; i < values.size(); i += step) out.push_back(tower::JsonNumber(values[i]));
  return out;
}

json TraceJson(const tower::Trace& t) {
  const std::size_t n = t.time_s.size();
  const std::size_t step = n > kMaxTracePoints ? (n + kMaxTracePoints - 1) / kMaxTracePoints : 1;
  return {{"time_s", Series(t.time_s, step)},
          {"position_m", Series(t.position_m, step)},
          {"velocity_mps", Series(t.velocity_mps, step)},
          {"acceleration_mps2", Series(t.acceleration_mps2, step)}};
}

json TestJson(const tower::TestResult& t) {
  return {{"id", t.id},
          {"clause", t.clause},
          {"title", t.title},
          {"measured", tower::JsonNumber(t.measured)},
          {"unit", t.unit},
          {"limit_text", t.limit_text},
          {"verdict", tower::ToString(t.verdict)},
          {"finding", t.finding},
          {"figures", FiguresJson(t.figures)}};
}

json RunJson(const tower::NormalRun& r) {
  return {{"id", r.id},
          {"title", r.title},
          {"flight_time_s", r.flight_time_s},
          {"max_speed_mps", r.max_speed_mps},
          {"speed_at_mid_travel_mps", r.speed_at_mid_travel_mps},
          {"stopping_error_mm", r.stopping_error_mm},
          {"ride", FiguresJson(r.ride)}};
}

Result<tower::TowerReport> Run(const Scenario& scenario, Staging staging,
                               std::span<const std::string> only, bool traces) {
  auto lift = StageLift(scenario, staging);
  if (!lift.ok()) return lift.error();
  tower::ProcedureOptions options;
  options.traces = traces;
  return tower::RunSuite(lift->description, tower::kDefaultSuite, options, only);
}

Result<std::string> AllowedTest(const Scenario& scenario, const json& request) {
  if (!request.contains("test") || !request["test"].is_string()) {
    return FieldError("test", "is required: one of the tests this scenario allows");
  }
  const std::string test = request["test"].get<std::string>();
  const auto& allowed = scenario.observe.tests;
  if (std::find(allowed.begin(), allowed.end(), test) == allowed.end()) {
    return FieldError("test", fmt::format("'{}' is not a test this scenario allows ({})",
                                          Printable(test), fmt::join(allowed, ", ")));
  }
  return test;
}

}  // namespace

Result<tower::LoadedLift> StageLift(const Scenario& scenario, Staging staging) {
  for (const tower::ExampleLiftText& example : tower::BuiltInExampleLifts()) {
    if (example.name != scenario.lift) continue;
    auto lift = tower::ParseLift(example.text, "examples/tower/" + example.name + ".yaml");
    if (!lift.ok()) return Error(ErrorCode::kInternal, lift.error().message());
    if (staging == Staging::kFaulty && !scenario.fault.empty()) {
      auto fault = tower::FindFault(tower::BuiltInFaults(), scenario.fault);
      if (!fault.ok()) return Error(ErrorCode::kInternal, fault.error().message());
      Status applied = tower::ApplyFault(*lift, **fault);
      if (!applied.ok()) return Error(ErrorCode::kInternal, applied.error().message());
    }
    Status valid = tower::ValidateLift(*lift);
    if (!valid.ok()) return Error(ErrorCode::kInternal, valid.error().message());
    return lift;
  }
  return Error(ErrorCode::kInternal, fmt::format("no example lift '{}'", scenario.lift));
}

Result<json> Observe(const Scenario& scenario, const json& request, Staging staging,
                     std::uint64_t seed) {
  if (!request.is_object() || !request.contains("kind") || !request["kind"].is_string()) {
    return FieldError("kind", "is required: test, trace, ride, telemetry or history");
  }
  const std::string kind = request["kind"].get<std::string>();
  if (kind == "telemetry") {
    if (!scenario.observe.telemetry) return FieldError("kind", "this scenario shows no telemetry");
    return EmulateTelemetry(staging == Staging::kFaulty ? scenario.machine_fault : "", seed);
  }
  if (kind == "history") {
    if (scenario.history.empty()) return FieldError("kind", "this scenario shows no history");
    json records = json::array();
    for (const HistoryRecord& r : scenario.history) {
      records.push_back({{"days_ago", r.days_ago}, {"kind", r.kind}, {"text", r.text}});
    }
    return json{{"kind", kind}, {"records", records}};
  }
  if (kind == "test" || kind == "trace") {
    if (kind == "trace" && !scenario.observe.traces) {
      return FieldError("kind", "this scenario shows no traces");
    }
    auto test = AllowedTest(scenario, request);
    if (!test.ok()) return test.error();
    const std::vector<std::string> only = {*test};
    auto report = Run(scenario, staging, only, kind == "trace");
    if (!report.ok()) return report.error();
    const tower::TestResult& result = report->tests.at(0);
    if (kind == "test") return json{{"kind", kind}, {"test", *test}, {"result", TestJson(result)}};
    // The tests judged on the normal runs (stopping accuracy, speed) have
    // no run of their own: their trace is the full-travel run's.
    const tower::Trace& trace = result.trace.time_s.empty() && !report->runs.empty()
                                    ? report->runs.front().trace
                                    : result.trace;
    return json{{"kind", kind}, {"test", *test}, {"trace", TraceJson(trace)}};
  }
  if (kind == "ride") {
    if (!scenario.observe.ride) return FieldError("kind", "this scenario shows no normal runs");
    // The suite always flies the normal runs; ask for its cheapest test.
    const std::vector<std::string> only = {"stopping_accuracy"};
    auto report = Run(scenario, staging, only, false);
    if (!report.ok()) return report.error();
    json runs = json::array();
    for (const tower::NormalRun& r : report->runs) runs.push_back(RunJson(r));
    return json{{"kind", kind}, {"runs", runs}};
  }
  return FieldError(
      "kind", fmt::format("'{}' is not test, trace, ride, telemetry or history", Printable(kind)));
}

json Briefing(const Scenario& scenario) {
  std::string lift_name = scenario.lift;
  if (auto lift = StageLift(scenario, Staging::kHealthy); lift.ok()) {
    lift_name = lift->description.name;
  }
  json tests = json::array();
  for (const std::string& id : scenario.observe.tests) {
    for (const tower::TestInfo& t : tower::En8120Tests()) {
      if (t.id == id) tests.push_back({{"id", t.id}, {"clause", t.clause}, {"what", t.what}});
    }
  }
  return {{"kind", "briefing"},
          {"complaint", scenario.complaint},
          {"lift", scenario.lift},
          {"lift_name", lift_name},
          {"tests", tests},
          {"traces", scenario.observe.traces},
          {"ride", scenario.observe.ride},
          {"telemetry", scenario.observe.telemetry},
          {"history", !scenario.history.empty()}};
}

}  // namespace hoistway::training
