#include "study/study_report.h"

#include <fmt/core.h>

#include <algorithm>
#include <cstdlib>

#include "core/csv_field.h"
#include "core/targets.h"
#include "sim/report_json.h"

namespace hoistway::study {

namespace {

// A value as written in the study: numbers and booleans as such.
nlohmann::ordered_json ValueJson(const YamlNode& node) {
  switch (node.kind) {
    case YamlNode::Kind::kNull:
      return nullptr;
    case YamlNode::Kind::kScalar: {
      if (!node.plain) return node.text;
      if (node.text == "true") return true;
      if (node.text == "false") return false;
      char* end = nullptr;
      const double number = std::strtod(node.text.c_str(), &end);
      if (!node.text.empty() && end == node.text.c_str() + node.text.size()) {
        if (number == static_cast<double>(static_cast<long long>(number)) &&
            node.text.find_first_of(".eE") == std::string::npos) {
          return static_cast<long long>(number);
        }
        return number;
      }
      return node.text;
    }
    case YamlNode::Kind::kSequence: {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const YamlNode* item : node.items) list.push_back(ValueJson(*item));
      return list;
    }
    case YamlNode::Kind::kMap: {
      nlohmann::ordered_json map = nlohmann::ordered_json::object();
      for (const YamlNode::Entry& e : node.entries) map[e.key->text] = ValueJson(*e.value);
      return map;
    }
  }
  return nullptr;
}

std::size_t FigureIndex(std::string_view name) {
  const std::vector<StudyFigureDef> defs = StudyFigureDefs();
  for (std::size_t i = 0; i < defs.size(); ++i) {
    if (defs[i].name == name) return i;
  }
  return 0;
}

// The targets of the building judged on a design's figures (empty: none set).
std::vector<TargetCheck> Targets(const Study& study, const DesignResult& r) {
  if (!r.valid) return {};
  if (!study.targets.empty()) {
    std::vector<TargetCheck> checks;
    for (const StudyTarget& t : study.targets) {
      const double value = r.mean[FigureIndex(t.figure)];
      checks.push_back({t.figure, t.limit, value, t.at_most ? value <= t.limit : value >= t.limit});
    }
    return checks;
  }
  return CheckTargets(study.base.analysis, r.mean[FigureIndex("interval_s")],
                      r.mean[FigureIndex("handling_capacity_pct_per_5min")]);
}

bool Meets(const std::vector<TargetCheck>& checks) {
  return !checks.empty() &&
         std::all_of(checks.begin(), checks.end(), [](const TargetCheck& c) { return c.met; });
}

bool HasTargets(const Study& study) {
  return !study.targets.empty() || study.base.analysis.target_interval_s ||
         study.base.analysis.target_handling_capacity_pct;
}

// The first valid result (for naming the targets), or nullptr.
const DesignResult* FirstValid(const std::vector<DesignResult>& results) {
  for (const DesignResult& r : results) {
    if (r.valid) return &r;
  }
  return nullptr;
}

bool IsAtMost(const Study& study, std::string_view key) {
  for (const StudyTarget& t : study.targets) {
    if (t.figure == key) return t.at_most;
  }
  return key == "interval_s";  // analysis.targets: the interval at most, the capacity at least
}

}  // namespace

nlohmann::ordered_json StudyJson(const Study& study, const std::vector<DesignResult>& results) {
  const std::vector<StudyFigureDef> defs = StudyFigureDefs();
  nlohmann::ordered_json j;
  j["study"] = study.name;
  j["building"] = study.building_path;
  j["runs"] = study.runs;
  j["seed"] = study.seed;
  nlohmann::ordered_json vary = nlohmann::ordered_json::array();
  for (const Axis& a : study.axes) {
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const YamlNode* v : a.values) values.push_back(ValueJson(*v));
    vary.push_back({{"key", a.key}, {"values", values}});
  }
  j["vary"] = vary;
  nlohmann::ordered_json designs = nlohmann::ordered_json::array();
  std::size_t meeting = 0;
  for (std::size_t d = 0; d < results.size(); ++d) {
    const DesignResult& r = results[d];
    nlohmann::ordered_json design;
    design["id"] = d + 1;
    nlohmann::ordered_json parameters = nlohmann::ordered_json::object();
    const std::vector<std::size_t> point = study.Point(d);
    for (std::size_t a = 0; a < study.axes.size(); ++a) {
      parameters[study.axes[a].key] = ValueJson(*study.axes[a].values[point[a]]);
    }
    design["parameters"] = parameters;
    design["valid"] = r.valid;
    if (!r.valid) {
      design["note"] = r.note;
      designs.push_back(design);
      continue;
    }
    nlohmann::ordered_json figures = nlohmann::ordered_json::object();
    nlohmann::ordered_json half = nlohmann::ordered_json::object();
    for (std::size_t i = 0; i < defs.size(); ++i) {
      figures[std::string(defs[i].name)] = r.mean[i];
      half[std::string(defs[i].name)] = r.half_width_95[i];
    }
    design["figures"] = figures;
    design["confidence_95"] = half;
    const std::vector<TargetCheck> checks = Targets(study, r);
    if (!checks.empty()) {
      design["targets"] = TargetsJson(checks);
      design["meets_targets"] = Meets(checks);
      if (Meets(checks)) ++meeting;
    }
    designs.push_back(design);
  }
  j["designs"] = designs;
  if (HasTargets(study)) j["designs_meeting_targets"] = meeting;
  return j;
}

std::string StudyCsv(const Study& study, const std::vector<DesignResult>& results) {
  const std::vector<StudyFigureDef> defs = StudyFigureDefs();
  std::string out = "id";
  for (const Axis& a : study.axes) out += "," + CsvField(a.key);
  out += ",valid";
  for (const StudyFigureDef& d : defs) out += fmt::format(",{}", d.name);
  for (const StudyFigureDef& d : defs) out += fmt::format(",{}_ci95", d.name);
  out += ",meets_targets,note\n";
  for (std::size_t d = 0; d < results.size(); ++d) {
    const DesignResult& r = results[d];
    out += std::to_string(d + 1);
    const std::vector<std::size_t> point = study.Point(d);
    for (std::size_t a = 0; a < study.axes.size(); ++a) {
      out += "," + CsvField(study.axes[a].labels[point[a]]);
    }
    out += r.valid ? ",1" : ",0";
    for (std::size_t i = 0; i < defs.size(); ++i) {
      out += r.valid ? fmt::format(",{}", r.mean[i]) : ",";
    }
    for (std::size_t i = 0; i < defs.size(); ++i) {
      out += r.valid ? fmt::format(",{}", r.half_width_95[i]) : ",";
    }
    const std::vector<TargetCheck> checks = Targets(study, r);
    out += checks.empty() ? "," : (Meets(checks) ? ",1" : ",0");
    out += "," + CsvField(r.note) + "\n";
  }
  return out;
}

std::string StudyText(const Study& study, const std::vector<DesignResult>& results) {
  struct Column {
    std::string title;
    std::vector<std::string> cells;
  };
  std::vector<Column> columns;
  columns.push_back({"design", {}});
  for (const Axis& a : study.axes) columns.push_back({a.key, {}});
  const std::pair<std::string_view, std::string_view> shown[] = {
      {"mean wait (s)", "waiting_time_mean_s"},
      {"journey (s)", "journey_time_mean_s"},
      {"HC (%/5 min)", "handling_capacity_pct_per_5min"},
      {"interval (s)", "interval_s"},
  };
  for (const auto& s : shown) columns.push_back({std::string(s.first), {}});
  const bool targets = HasTargets(study);
  if (targets) columns.push_back({"targets", {}});
  std::size_t meeting = 0;
  for (std::size_t d = 0; d < results.size(); ++d) {
    const DesignResult& r = results[d];
    const std::vector<std::size_t> point = study.Point(d);
    std::size_t c = 0;
    columns[c++].cells.push_back(std::to_string(d + 1));
    for (std::size_t a = 0; a < study.axes.size(); ++a) {
      columns[c++].cells.push_back(study.axes[a].labels[point[a]]);
    }
    for (const auto& s : shown) {
      const std::size_t i = FigureIndex(s.second);
      if (!r.valid) {
        columns[c++].cells.push_back("-");
      } else if (study.runs > 1) {
        columns[c++].cells.push_back(fmt::format("{:.1f} ± {:.1f}", r.mean[i], r.half_width_95[i]));
      } else {
        columns[c++].cells.push_back(fmt::format("{:.1f}", r.mean[i]));
      }
    }
    if (targets) {
      const bool met = Meets(Targets(study, r));
      meeting += met ? 1 : 0;
      columns[c++].cells.push_back(!r.valid ? "invalid" : met ? "* met" : "not met");
    }
  }
  std::string out = fmt::format("Study: {} ({}), {} designs, {} runs each, seed {}\n", study.name,
                                study.building_path, results.size(), study.runs, study.seed);
  std::vector<std::size_t> widths;
  for (const Column& col : columns) {
    std::size_t w = col.title.size();
    for (const std::string& cell : col.cells) w = std::max(w, cell.size());
    widths.push_back(w);
  }
  for (std::size_t c = 0; c < columns.size(); ++c) {
    out += fmt::format("{}{:<{}}", c == 0 ? "" : "  ", columns[c].title, widths[c]);
  }
  out += "\n";
  for (std::size_t row = 0; row < results.size(); ++row) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      out += fmt::format("{}{:<{}}", c == 0 ? "" : "  ", columns[c].cells[row], widths[c]);
    }
    out += "\n";
  }
  if (targets) {
    std::string judged;
    const DesignResult* valid = FirstValid(results);
    for (const TargetCheck& c :
         valid != nullptr ? Targets(study, *valid) : std::vector<TargetCheck>{}) {
      judged += fmt::format("{}{} {} {:g}", judged.empty() ? "" : ", ", c.key,
                            IsAtMost(study, c.key) ? "<=" : ">=", c.target);
    }
    out += fmt::format(
        "{} of {} designs meet the targets ({}; marked *); figures are means over "
        "runs ± the 95 % half-width\n",
        meeting, results.size(), judged);
  } else {
    out += "figures are means over runs ± the 95 % half-width; no analysis.targets to judge\n";
  }
  return out;
}

}  // namespace hoistway::study
