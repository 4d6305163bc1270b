// A regulation profile: a country's inspection regime as data (YAML), each
// rule with its legal source, and the checklists its inspectors fill in, by
// lift kind and inspection kind, each item with its source. Korea's is the
// default; see data/profiles/ and data/checklists/.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::registry {

// A name in other languages: "ko" -> "...", "ru" -> "...".
using LocalNames = std::map<std::string, std::string, std::less<>>;

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
  std::string local;   // the name in the profile's language, if given (names[language])
  bool check = false;  // not yet confirmed by two sources
  LocalNames names;
};

// A part of the lift a checklist groups its items by (machine room, car, well, pit, landing).
struct ChecklistPart {
  std::string code;
  std::string name;
  LocalNames names;
};

// One item of an inspection checklist.
struct ChecklistTemplate {
  std::string code;
  std::string name;
  std::string unit;  // of the measured value; "" when nothing is measured
  std::optional<double> min;
  std::optional<double> max;
  std::optional<double> max_abs;
  std::string clause;  // the item's source (criterion, standard clause)
  std::string part;    // a ChecklistPart code
  LocalNames names;
  std::vector<std::string> lift_kinds;        // empty: every kind
  std::vector<std::string> inspection_kinds;  // empty: every inspection kind
  bool check = false;                         // not yet confirmed against the criteria's text

  bool AppliesTo(std::string_view lift_kind, std::string_view inspection_kind) const;
  // True when `measured` lies beyond the item's limits.
  bool Exceeds(double measured) const;
  // The limits in words of `language` (messages.h), e.g. "at most 150 N",
  // "within ±10 mm"; "" when none.
  std::string LimitText(std::string_view language = "en") const;
};

struct RegulationProfile {
  std::string id;
  std::string name;
  std::string name_local;  // the name in the country's language, if given
  std::string country;
  std::string language;  // of the country ("ko"): whose names `local` holds
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
  // Which checklist results each verdict may carry: a pass with a defect is
  // refused unless the profile allows it here.
  std::vector<std::string> pass_allows = {"pass", "na", "observation"};
  std::vector<std::string> conditional_allows = {"pass", "na", "observation", "defect"};
  std::string verdicts_source;
  std::vector<ChecklistPart> checklist_parts;
  std::vector<ChecklistTemplate> checklist;  // of every checklist, grouped by part
  std::vector<std::string> checklist_sources;
  std::string yaml;  // the text it was loaded from (served as-is by the API)

  // True when the profile lists `code` among its certified component kinds.
  bool HasComponentKind(std::string_view code) const;
  bool HasInspectionKind(std::string_view kind) const;
  bool HasGrade(std::string_view grade) const;
  // The checklist of an inspection of `inspection_kind` of a lift of `lift_kind`.
  std::vector<const ChecklistTemplate*> ChecklistFor(std::string_view lift_kind,
                                                     std::string_view inspection_kind) const;
  // The item `code` of any checklist; nullptr when the profile has none.
  const ChecklistTemplate* FindChecklistItem(std::string_view code) const;
  // Whether a verdict ("pass", "conditional", "fail") may carry an item of `result`.
  bool VerdictAllows(std::string_view verdict, std::string_view result) const;
};

// Reads the text of a checklist the profile names (checklists: [id, ...]);
// kNotFound when there is none.
using ChecklistSource = std::function<Result<std::string>(std::string_view id)>;

// Parses a profile from YAML text with the strict reader of building files
// (core/config_reader.h: unknown keys, wrong types and values out of range
// are errors naming "<origin>:<line>:<column>: <key.path>"). Its checklists
// are read through `checklists`.
Result<RegulationProfile> ParseProfile(std::string_view yaml, std::string_view origin,
                                       const ChecklistSource& checklists);

// Loads a built-in profile by id ("korea", "uk-loler", "en81") with its
// built-in checklists, or a YAML file by path, whose checklists are
// built-in ids or files beside it ("<id>.yaml").
Result<RegulationProfile> LoadProfile(std::string_view id_or_path);

// Ids of the profiles compiled into the binary (from data/profiles/).
std::vector<std::string> BuiltinProfileIds();

}  // namespace hoistway::registry
