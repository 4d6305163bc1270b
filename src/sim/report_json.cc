#include "sim/report_json.h"

#include <cmath>
#include <string>

namespace hoistway {

namespace {

nlohmann::ordered_json FiguresJson(const std::vector<Figure>& figures,
                                   const std::vector<GroupFigures>& groups) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const Figure& f : figures) {
    const nlohmann::ordered_json::json_pointer ptr(f.path);
    if (f.count && std::isfinite(f.value)) {
      j[ptr] = static_cast<std::int64_t>(std::llround(f.value));
    } else {
      j[ptr] = f.value;
    }
  }
  // Group names, beside their figures.
  for (std::size_t i = 0; i < groups.size() && j.contains("groups"); ++i) {
    nlohmann::ordered_json named = {{"name", groups[i].name}};
    named.update(j["groups"][i]);
    j["groups"][i] = named;
  }
  return j;
}

}  // namespace

nlohmann::ordered_json TargetsJson(const std::vector<TargetCheck>& checks) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const TargetCheck& c : checks) {
    j[std::string(c.key)] = {{"target", c.target}, {"value", c.value}, {"met", c.met}};
  }
  return j;
}

nlohmann::ordered_json SimulationJson(const Building& building, const ReplicatedReport& report) {
  nlohmann::ordered_json j;
  j["building"] = building.name;
  const std::vector<GroupFigures> groups =
      report.reports.empty() ? std::vector<GroupFigures>{} : report.reports.front().groups;
  j.update(FiguresJson(report.mean, groups));
  j["runs"] = report.runs;
  j["seed"] = report.seed;
  j["confidence_95"] = FiguresJson(report.half_width_95, groups);
  const std::vector<TargetCheck> targets =
      CheckTargets(building.analysis, j["interval_s"].get<double>(),
                   j["handling_capacity_pct_per_5min"].get<double>());
  if (!targets.empty()) j["targets"] = TargetsJson(targets);
  return j;
}

}  // namespace hoistway
