#include "registry/profile.h"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "registry/embedded_data.h"

namespace hoistway::registry {
namespace {

std::string Str(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  return value && value.IsScalar() ? value.as<std::string>() : std::string();
}

std::optional<int> OptInt(const YAML::Node& node, const char* key) {
  const YAML::Node value = node[key];
  if (!value || value.IsNull()) return std::nullopt;
  return value.as<int>();
}

std::vector<NamedCode> Codes(const YAML::Node& list) {
  std::vector<NamedCode> out;
  if (!list || !list.IsSequence()) return out;
  for (const auto& item : list) {
    NamedCode code{Str(item, "code"), Str(item, "name"), Str(item, "local"), false};
    if (code.name.empty()) code.name = Str(item, "meaning");
    if (item["check"]) code.check = item["check"].as<bool>();
    out.push_back(std::move(code));
  }
  return out;
}

Result<RegulationProfile> ParseNode(const YAML::Node& root, std::string_view yaml) {
  RegulationProfile p;
  p.yaml = std::string(yaml);
  p.id = Str(root, "id");
  if (p.id.empty()) return InvalidInput("id: missing");
  p.name = Str(root, "name");
  p.name_local = Str(root, "name_local");
  p.country = Str(root, "country");
  if (const auto kinds = root["inspection_kinds"]) {
    for (const auto& k : kinds) p.inspection_kinds.push_back(k.as<std::string>());
  }
  const YAML::Node periodic = root["periodic"];
  if (!periodic || !periodic["interval_months"])
    return InvalidInput("periodic.interval_months: missing");
  p.periodic_interval_months = periodic["interval_months"].as<int>();
  if (p.periodic_interval_months <= 0)
    return InvalidInput("periodic.interval_months: must be positive");
  p.periodic_source = Str(periodic, "source");
  if (const auto overrides = periodic["overrides"]) {
    for (const auto& o : overrides) {
      IntervalOverride rule;
      const YAML::Node when = o["when"];
      if (!when) return InvalidInput("periodic.overrides[].when: missing");
      rule.age_years_at_least = OptInt(when, "age_years_at_least");
      rule.within_years_of_serious_event = OptInt(when, "within_years_of_serious_event");
      if (const auto kinds = when["kind_in"]) {
        for (const auto& k : kinds) rule.kind_in.push_back(k.as<std::string>());
      }
      if (!o["interval_months"])
        return InvalidInput("periodic.overrides[].interval_months: missing");
      rule.interval_months = o["interval_months"].as<int>();
      rule.source = Str(o, "source");
      p.overrides.push_back(std::move(rule));
    }
  }
  if (const auto cond = root["conditional_pass"]) {
    p.remediation_days = OptInt(cond, "remediation_days");
    p.remediation_source = Str(cond, "source");
  }
  if (const auto fail = root["fail"]) {
    if (fail["prohibits_operation"]) p.fail_prohibits = fail["prohibits_operation"].as<bool>();
    p.fail_source = Str(fail, "source");
  }
  if (const auto precision = root["precision"]) {
    p.precision_first_after_years = OptInt(precision, "first_after_years");
    p.precision_interval_years = OptInt(precision, "interval_years").value_or(3);
    p.precision_source = Str(precision, "source");
  }
  if (const auto self = root["self_inspection"]) {
    p.self_inspection_entry_days = OptInt(self, "entry_within_days").value_or(10);
    p.self_inspection_source = Str(self, "source");
    p.grades = Codes(self["grades"]);
    p.self_inspection_items = Codes(self["items"]);
  }
  if (const auto accident = root["accident"]; accident && accident["serious_accident"]) {
    const YAML::Node s = accident["serious_accident"];
    p.serious_deaths_at_least = OptInt(s, "deaths_at_least").value_or(1);
    p.serious_hospitalisation_days_at_least =
        OptInt(s, "hospitalisation_days_at_least").value_or(7);
    p.serious_treatment_days_at_least = OptInt(s, "treatment_days_at_least").value_or(21);
    p.serious_accident_source = Str(s, "source");
  }
  if (const auto failures = root["serious_failures"]) {
    p.serious_failures = Codes(failures["kinds"]);
    if (const auto ex = failures["excluded_causes"]) {
      for (const auto& c : ex) p.failure_excluded_causes.push_back(c.as<std::string>());
    }
  }
  if (const auto comps = root["component_kinds"]) p.component_kinds = Codes(comps["kinds"]);
  if (const auto checklist = root["checklist"]; checklist && checklist["items"]) {
    for (const auto& item : checklist["items"]) {
      ChecklistTemplate t{Str(item, "code"),  Str(item, "name"), Str(item, "unit"), {}, {},
                          Str(item, "clause")};
      if (item["max"]) t.max = item["max"].as<double>();
      if (item["max_abs"]) t.max_abs = item["max_abs"].as<double>();
      p.checklist.push_back(std::move(t));
    }
  }
  if (p.grades.empty()) return InvalidInput("self_inspection.grades: missing");
  return p;
}

}  // namespace

bool RegulationProfile::HasComponentKind(std::string_view code) const {
  return std::any_of(component_kinds.begin(), component_kinds.end(),
                     [&](const NamedCode& c) { return c.code == code; });
}

bool RegulationProfile::HasInspectionKind(std::string_view kind) const {
  return std::find(inspection_kinds.begin(), inspection_kinds.end(), kind) !=
         inspection_kinds.end();
}

bool RegulationProfile::HasGrade(std::string_view grade) const {
  return std::any_of(grades.begin(), grades.end(),
                     [&](const NamedCode& g) { return g.code == grade; });
}

Result<RegulationProfile> ParseProfile(std::string_view yaml, std::string_view origin) {
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    auto profile = ParseNode(root, yaml);
    if (!profile.ok())
      return InvalidInput(fmt::format("{}: {}", origin, profile.error().message()));
    return profile;
  } catch (const YAML::Exception& e) {
    return InvalidInput(fmt::format("{}:{}: {}", origin, e.mark.line + 1, e.msg));
  }
}

Result<RegulationProfile> LoadProfile(std::string_view id_or_path) {
  for (const auto& file : EmbeddedDataFiles()) {
    if (file.path == "profiles/" + std::string(id_or_path) + ".yaml") {
      return ParseProfile(file.text, file.path);
    }
  }
  std::ifstream in{std::string(id_or_path)};
  if (!in) {
    return InvalidInput(
        fmt::format("profile '{}' is neither a built-in profile ({}) nor a readable file",
                    id_or_path, fmt::join(BuiltinProfileIds(), ", ")));
  }
  std::stringstream text;
  text << in.rdbuf();
  return ParseProfile(text.str(), id_or_path);
}

std::vector<std::string> BuiltinProfileIds() {
  std::vector<std::string> ids;
  constexpr std::string_view kPrefix = "profiles/", kSuffix = ".yaml";
  for (const auto& file : EmbeddedDataFiles()) {
    if (!file.path.starts_with(kPrefix) || !file.path.ends_with(kSuffix)) continue;
    ids.emplace_back(
        file.path.substr(kPrefix.size(), file.path.size() - kPrefix.size() - kSuffix.size()));
  }
  return ids;
}

}  // namespace hoistway::registry
