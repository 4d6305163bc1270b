#include "tower/report_json.h"

#include <cmath>

namespace hoistway::tower {
namespace {

using nlohmann::json;

const char* ComparisonName(Comparison c) {
  switch (c) {
    case Comparison::kAtMost:
      return "at_most";
    case Comparison::kAtLeast:
      return "at_least";
    case Comparison::kWithin:
      return "within";
    case Comparison::kStops:
      return "stops";
    case Comparison::kPositive:
      return "positive";
  }
  return "?";
}

json FiguresJson(const std::vector<Figure>& figures) {
  json out = json::object();
  for (const Figure& f : figures) out[f.key] = JsonNumber(f.value);
  return out;
}

json FigureUnits(const std::vector<Figure>& figures) {
  json out = json::object();
  for (const Figure& f : figures) out[f.key] = {{"unit", f.unit}, {"label", f.label}};
  return out;
}

json EventsJson(const std::vector<MachineEvent>& events) {
  json out = json::array();
  for (const MachineEvent& e : events) {
    out.push_back({{"time_s", e.time_s}, {"position_m", e.position_m}, {"what", e.what}});
  }
  return out;
}

json Series(const std::vector<double>& values, std::size_t step) {
  json out = json::array();
  for (std::size_t i = 0; i < values.size(); i += step) out.push_back(JsonNumber(values[i]));
  return out;
}

json TraceJson(const Trace& t, std::size_t max_points) {
  const std::size_t n = t.time_s.size();
  const std::size_t step = n > max_points ? (n + max_points - 1) / max_points : 1;
  json out = {{"time_s", Series(t.time_s, step)},
              {"position_m", Series(t.position_m, step)},
              {"velocity_mps", Series(t.velocity_mps, step)},
              {"acceleration_mps2", Series(t.acceleration_mps2, step)}};
  if (!t.jerk_mps3.empty()) out["jerk_mps3"] = Series(t.jerk_mps3, step);
  out["acceleration_limit_mps2"] = JsonNumber(t.acceleration_limit_mps2);
  return out;
}

}  // namespace

json FaultJson(const Fault& f) {
  return {{"name", f.name},           {"title", f.title},
          {"component", f.component}, {"description", f.description},
          {"symptom", f.symptom},     {"reference", f.reference},
          {"fails", f.fails}};
}

json JsonNumber(double value) {
  return std::isfinite(value) ? json(value) : json(nullptr);
}

json ReportJson(const TowerReport& r, const JsonOptions& options) {
  json out;
  out["lift"] = r.lift;
  out["source"] = r.source;
  out["suite"] = r.suite;
  out["verdict"] = ToString(r.verdict);
  out["faults"] = r.faults;
  json overrides = json::array();
  for (const Override& o : r.overrides) {
    overrides.push_back({{"key", o.key}, {"value", o.value}, {"origin", o.origin}});
  }
  out["overrides"] = overrides;
  json tests = json::array();
  for (const TestResult& t : r.tests) {
    json j = {{"id", t.id},
              {"clause", t.clause},
              {"title", t.title},
              {"measured", JsonNumber(t.measured)},
              {"unit", t.unit},
              {"limit", JsonNumber(t.limit)},
              {"limit_text", t.limit_text},
              {"comparison", ComparisonName(t.comparison)},
              {"verdict", ToString(t.verdict)},
              {"finding", t.finding},
              {"figures", FiguresJson(t.figures)},
              {"figure_units", FigureUnits(t.figures)},
              {"events", EventsJson(t.events)}};
    if (std::isfinite(t.limit_low)) j["limit_low"] = t.limit_low;
    // Each other figure also in a key of its own (spec/tower.md).
    for (const Figure& f : t.figures) {
      if (!j.contains(f.key)) j[f.key] = JsonNumber(f.value);
    }
    if (options.traces && !t.trace.time_s.empty())
      j["trace"] = TraceJson(t.trace, options.max_points);
    tests.push_back(std::move(j));
  }
  out["tests"] = tests;
  json runs = json::array();
  for (const NormalRun& run : r.runs) {
    json j = {{"id", run.id},
              {"title", run.title},
              {"distance_m", run.distance_m},
              {"load_kg", run.load_kg},
              {"direction", run.direction > 0 ? "up" : "down"},
              {"flight_time_s", run.flight_time_s},
              {"max_speed_mps", run.max_speed_mps},
              {"speed_at_mid_travel_mps", run.speed_at_mid_travel_mps},
              {"stopping_error_mm", run.stopping_error_mm},
              {"ride", FiguresJson(run.ride)},
              {"ride_units", FigureUnits(run.ride)},
              {"events", EventsJson(run.events)}};
    if (!run.ride_error.empty()) j["ride_error"] = run.ride_error;
    if (options.traces && !run.trace.time_s.empty())
      j["trace"] = TraceJson(run.trace, options.max_points);
    runs.push_back(std::move(j));
  }
  out["runs"] = runs;
  // The ride figures of the full-travel run, as the contract asks.
  for (const NormalRun& run : r.runs) {
    if (run.id == "full_travel") out["ride"] = FiguresJson(run.ride);
  }
  return out;
}

}  // namespace hoistway::tower
