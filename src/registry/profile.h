// A regulation profile: a country's inspection regime as data (YAML), each
// rule with its legal source. Korea's is the default; see data/profiles/.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::registry {

// A condition under which the periodic interval changes; every set field must hold.
struct IntervalOverride {
  std::optional<int> age_years_at_least;
  std::optional<int> within_years_of_serious_event;
  std::vector<std::string> kind_in;
  int interval_months = 12;
  std::string source;
};

struct NamedCode {
  std::string code;
  std::string name;
  std::string local;   // name in the country's language, if given
  bool check = false;  // not yet confirmed by two sources
};

struct ChecklistTemplate {
  std::string code;
  std::string name;
  std::string unit;
  std::optional<double> max;
  std::optional<double> max_abs;
  std::string clause;
};

struct RegulationProfile {
  std::string id;
  std::string name;
  std::string name_local;  // the name in the country's language, if given
  std::string country;
  std::vector<std::string> inspection_kinds;
  int periodic_interval_months = 12;
  std::string periodic_source;
  std::vector<IntervalOverride> overrides;
  std::optional<int> remediation_days;  // conditional pass window; none: no conditional pass
  std::string remediation_source;
  bool fail_prohibits = true;
  std::string fail_source;
  std::optional<int> precision_first_after_years;  // none: no precision inspection
  int precision_interval_years = 3;
  std::string precision_source;
  int self_inspection_entry_days = 10;
  std::string self_inspection_source;
  std::vector<NamedCode> grades;
  std::vector<NamedCode> self_inspection_items;
  int serious_deaths_at_least = 1;
  int serious_hospitalisation_days_at_least = 7;
  int serious_treatment_days_at_least = 21;
  std::string serious_accident_source;
  std::vector<NamedCode> serious_failures;
  std::vector<std::string> failure_excluded_causes;
  std::vector<NamedCode> component_kinds;
  std::vector<ChecklistTemplate> checklist;
  std::string yaml;  // the text it was loaded from (served as-is by the API)

  // True when the profile lists `code` among its certified component kinds.
  bool HasComponentKind(std::string_view code) const;
  bool HasInspectionKind(std::string_view kind) const;
  bool HasGrade(std::string_view grade) const;
};

// Parses a profile from YAML text; errors name `origin` and the field.
Result<RegulationProfile> ParseProfile(std::string_view yaml, std::string_view origin);

// Loads a built-in profile by id ("korea", "uk-loler") or a YAML file by path.
Result<RegulationProfile> LoadProfile(std::string_view id_or_path);

// Ids of the profiles compiled into the binary (from data/profiles/).
std::vector<std::string> BuiltinProfileIds();

}  // namespace hoistway::registry
