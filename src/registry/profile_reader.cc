// ParseProfile: a regulation profile and its checklists read with the strict
// reader of building files (core/config_reader.h): every map is read through
// the keys it may hold, so a misspelt key is an error naming its place, not
// a rule silently left out.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <set>

#include "core/config_reader.h"
#include "core/yaml_tree.h"
#include "registry/profile.h"

namespace hoistway::registry {
namespace {

using Keys = std::span<const std::string_view>;

constexpr std::string_view kTopKeys[] = {"id",
                                         "name",
                                         "name_local",
                                         "names",
                                         "country",
                                         "language",
                                         "sources",
                                         "registration_number",
                                         "inspection_kinds",
                                         "installation",
                                         "periodic",
                                         "conditional_pass",
                                         "fail",
                                         "precision",
                                         "adhoc_triggers",
                                         "self_inspection",
                                         "accident",
                                         "serious_failures",
                                         "component_kinds",
                                         "verdicts",
                                         "checklists"};
constexpr std::string_view kRegistrationKeys[] = {"digits", "source"};
constexpr std::string_view kInstallationKeys[] = {"report_within_days", "source"};
constexpr std::string_view kPeriodicKeys[] = {"interval_months", "source", "overrides"};
constexpr std::string_view kOverrideKeys[] = {"when", "interval_months", "source", "check"};
constexpr std::string_view kWhenKeys[] = {"age_years_at_least", "within_years_of_serious_event",
                                          "kind_in"};
constexpr std::string_view kConditionalKeys[] = {"remediation_days", "closed_by", "source",
                                                 "check"};
constexpr std::string_view kFailKeys[] = {"prohibits_operation", "source"};
constexpr std::string_view kPrecisionKeys[] = {"first_after_years", "interval_years", "source"};
constexpr std::string_view kSelfKeys[] = {"entry_within_days", "source", "grades", "items"};
constexpr std::string_view kCodeKeys[] = {"code", "name", "meaning", "local", "names", "check"};
constexpr std::string_view kAccidentKeys[] = {"serious_accident", "report", "report_source"};
constexpr std::string_view kSeriousKeys[] = {"deaths_at_least", "hospitalisation_days_at_least",
                                             "treatment_days_at_least", "source", "check"};
constexpr std::string_view kFailuresKeys[] = {"source", "kinds", "excluded_causes"};
constexpr std::string_view kComponentKeys[] = {"source", "kinds"};
constexpr std::string_view kVerdictKeys[] = {"source", "pass_allows", "conditional_allows"};
constexpr std::string_view kNameKeys[] = {"en", "ko", "ru"};
constexpr std::string_view kChecklistKeys[] = {
    "id", "name", "names", "source", "check", "lift_kinds", "inspection_kinds", "parts"};
constexpr std::string_view kPartKeys[] = {"code", "name", "names", "items"};
constexpr std::string_view kItemKeys[] = {
    "code", "name", "names",   "source",     "check",           "unit",
    "min",  "max",  "max_abs", "lift_kinds", "inspection_kinds"};

// The results a checklist item may have (json_parse.cc accepts these).
constexpr std::string_view kItemResults[] = {"pass", "fail", "na", "defect", "observation"};
constexpr std::string_view kInspectionKinds[] = {"installation", "periodic", "adhoc", "precision"};

const NumberRange kMonths = NumberRange::Between(1, 120, "ten years");
const NumberRange kDays = NumberRange::Between(0, 3650, "ten years");
const NumberRange kYears = NumberRange::Between(1, 100, "a century");
const NumberRange kCount = NumberRange::Between(0, 100000);
const NumberRange kLimit = NumberRange::Between(-1e9, 1e9);

// A list of texts at `key`; absent leaves *out alone.
void TextList(const MapReader& m, std::string_view key, std::vector<std::string>* out) {
  const YamlNode* list = m.List(key);
  if (list == nullptr) return;
  out->clear();
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    std::string text;
    if (ReadText(m.errors(), *list->items[i], fmt::format("{}[{}]", m.PathOf(key), i), &text)) {
      out->push_back(std::move(text));
    }
  }
}

// Each text of the list at `key` must be one of `allowed`.
void CheckAllOf(const MapReader& m, std::string_view key, const std::vector<std::string>& values,
                std::span<const std::string_view> allowed) {
  for (const auto& v : values) {
    if (std::find(allowed.begin(), allowed.end(), v) == allowed.end()) {
      m.FailAt(key, fmt::format("'{}' is not one of: {}", v, fmt::join(allowed, ", ")));
      return;
    }
  }
}

void Names(const MapReader& m, LocalNames* out) {
  const YamlNode* node = m.Find("names");
  if (node == nullptr) return;
  const MapReader n(m.errors(), *node, m.PathOf("names"), kNameKeys);
  for (const auto key : kNameKeys) {
    std::string text;
    if (n.Text(key, &text)) (*out)[std::string(key)] = std::move(text);
  }
}

// A sub-map at `key` read through `keys`; nullopt when absent.
std::optional<MapReader> Section(const MapReader& m, std::string_view key, Keys keys) {
  const YamlNode* node = m.Find(key);
  if (node == nullptr) return std::nullopt;
  return MapReader(m.errors(), *node, m.PathOf(key), keys);
}

std::vector<NamedCode> Codes(const MapReader& m, std::string_view key, const std::string& language,
                             bool required) {
  std::vector<NamedCode> out;
  const YamlNode* list = required ? m.Require(key) : m.Find(key);
  if (list == nullptr) return out;
  if (!list->IsSequence()) {
    m.FailAt(key, "expected a list");
    return out;
  }
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->items.size(); ++i) {
    const MapReader c(m.errors(), *list->items[i], fmt::format("{}[{}]", m.PathOf(key), i),
                      kCodeKeys);
    NamedCode code;
    if (c.Require("code") != nullptr) c.Text("code", &code.code);
    if (!c.Text("name", &code.name)) c.Text("meaning", &code.name);
    c.Text("local", &code.local);
    c.Bool("check", &code.check);
    Names(c, &code.names);
    if (code.local.empty() && code.names.contains(language)) code.local = code.names[language];
    if (!code.local.empty() && !language.empty()) code.names.emplace(language, code.local);
    if (!seen.insert(code.code).second)
      c.FailAt("code", fmt::format("'{}' is listed twice", code.code));
    out.push_back(std::move(code));
  }
  return out;
}

// One checklist file (data/checklists/<id>.yaml): parts holding items.
void ReadChecklist(const YamlNode& root, ConfigErrors& errors, RegulationProfile* p,
                   std::set<std::string>* codes) {
  const MapReader top(errors, root, "", kChecklistKeys);
  std::string source;
  if (top.Require("source") != nullptr && top.Text("source", &source)) {
    p->checklist_sources.push_back(source);
  }
  bool all_check = false;
  top.Bool("check", &all_check);
  std::vector<std::string> lift_kinds;
  TextList(top, "lift_kinds", &lift_kinds);
  std::vector<std::string> inspection_kinds;  // of every item, unless it says otherwise
  TextList(top, "inspection_kinds", &inspection_kinds);
  CheckAllOf(top, "inspection_kinds", inspection_kinds, kInspectionKinds);
  const YamlNode* parts = top.List("parts");
  if (parts == nullptr) {
    top.Require("parts");
    return;
  }
  for (std::size_t i = 0; i < parts->items.size(); ++i) {
    const MapReader pm(errors, *parts->items[i], fmt::format("parts[{}]", i), kPartKeys);
    ChecklistPart part;
    if (pm.Require("code") != nullptr) pm.Text("code", &part.code);
    if (pm.Require("name") != nullptr) pm.Text("name", &part.name);
    Names(pm, &part.names);
    const bool known = std::any_of(p->checklist_parts.begin(), p->checklist_parts.end(),
                                   [&](const ChecklistPart& q) { return q.code == part.code; });
    if (!known) p->checklist_parts.push_back(part);
    const YamlNode* items = pm.List("items");
    if (items == nullptr) {
      pm.Require("items");
      continue;
    }
    for (std::size_t k = 0; k < items->items.size(); ++k) {
      const MapReader im(errors, *items->items[k], fmt::format("{}.items[{}]", pm.path(), k),
                         kItemKeys);
      ChecklistTemplate t;
      t.part = part.code;
      t.lift_kinds = lift_kinds;
      t.inspection_kinds = inspection_kinds;
      t.check = all_check;
      if (im.Require("code") != nullptr) im.Text("code", &t.code);
      if (im.Require("name") != nullptr) im.Text("name", &t.name);
      if (im.Require("source") != nullptr) im.Text("source", &t.clause);
      Names(im, &t.names);
      im.Bool("check", &t.check);
      im.Text("unit", &t.unit);
      for (auto [key, limit] :
           {std::pair{"min", &t.min}, {"max", &t.max}, {"max_abs", &t.max_abs}}) {
        double value = 0;
        if (im.Number(key, kLimit, &value)) *limit = value;
      }
      if ((t.min || t.max || t.max_abs) && t.unit.empty()) {
        im.FailAt("unit", "an item with a limit needs the unit of its measured value");
      }
      TextList(im, "lift_kinds", &t.lift_kinds);
      TextList(im, "inspection_kinds", &t.inspection_kinds);
      CheckAllOf(im, "inspection_kinds", t.inspection_kinds, kInspectionKinds);
      if (!codes->insert(t.code).second) {
        im.FailAt("code", fmt::format("'{}' is already an item of the profile", t.code));
      }
      p->checklist.push_back(std::move(t));
    }
  }
}

// Reads the profile; returns the first error of one of its checklists (in
// their own files' terms), which `top`'s errors cannot hold.
std::optional<Error> ReadTop(const MapReader& top, RegulationProfile& p,
                             const ChecklistSource& checklists) {
  ConfigErrors& errors = top.errors();
  if (top.Require("id") != nullptr) top.Text("id", &p.id);
  if (top.Require("name") != nullptr) top.Text("name", &p.name);
  top.Text("name_local", &p.name_local);
  top.Text("country", &p.country);
  top.Text("language", &p.language);
  if (const YamlNode* sources = top.Find("sources")) {
    if (!sources->IsMap()) top.FailAt("sources", "expected a map of texts");
    for (const auto& entry : sources->entries) {
      std::string text;
      ReadText(errors, *entry.value, top.PathOf("sources") + "." + entry.key->text, &text);
    }
  }
  if (auto r = Section(top, "registration_number", kRegistrationKeys)) {
    int digits = 0;
    r->Integer("digits", NumberRange::Between(1, 20), &digits);
  }
  if (auto i = Section(top, "installation", kInstallationKeys)) {
    int days = 0;
    i->Integer("report_within_days", kDays, &days);
  }
  TextList(top, "inspection_kinds", &p.inspection_kinds);
  CheckAllOf(top, "inspection_kinds", p.inspection_kinds, kInspectionKinds);
  if (top.Require("periodic") != nullptr) {
    const MapReader periodic(errors, *top.Find("periodic"), "periodic", kPeriodicKeys);
    periodic.RequiredInteger("interval_months", kMonths, &p.periodic_interval_months);
    periodic.Text("source", &p.periodic_source);
    if (const YamlNode* list = periodic.List("overrides")) {
      for (std::size_t i = 0; i < list->items.size(); ++i) {
        const MapReader o(errors, *list->items[i], fmt::format("periodic.overrides[{}]", i),
                          kOverrideKeys);
        IntervalOverride rule;
        if (const YamlNode* when = o.Require("when")) {
          const MapReader w(errors, *when, o.PathOf("when"), kWhenKeys);
          int years = 0;
          if (w.Integer("age_years_at_least", kYears, &years)) rule.age_years_at_least = years;
          if (w.Integer("within_years_of_serious_event", kYears, &years)) {
            rule.within_years_of_serious_event = years;
          }
          TextList(w, "kind_in", &rule.kind_in);
        }
        o.RequiredInteger("interval_months", kMonths, &rule.interval_months);
        o.Text("source", &rule.source);
        bool check = false;
        o.Bool("check", &check);
        p.overrides.push_back(std::move(rule));
      }
    }
  }
  if (auto c = Section(top, "conditional_pass", kConditionalKeys)) {
    int days = 0;
    if (c->RequiredInteger("remediation_days", NumberRange::Between(1, 3650), &days)) {
      p.remediation_days = days;
    }
    c->Text("source", &p.remediation_source);
    std::string closed_by;
    c->Text("closed_by", &closed_by);
    bool check = false;
    c->Bool("check", &check);
  }
  if (auto f = Section(top, "fail", kFailKeys)) {
    f->Bool("prohibits_operation", &p.fail_prohibits);
    f->Text("source", &p.fail_source);
  }
  if (auto pr = Section(top, "precision", kPrecisionKeys)) {
    int years = 0;
    if (pr->RequiredInteger("first_after_years", kYears, &years)) {
      p.precision_first_after_years = years;
    }
    pr->Integer("interval_years", kYears, &p.precision_interval_years);
    pr->Text("source", &p.precision_source);
  }
  std::vector<std::string> triggers;
  TextList(top, "adhoc_triggers", &triggers);
  if (top.Require("self_inspection") != nullptr) {
    const MapReader s(errors, *top.Find("self_inspection"), "self_inspection", kSelfKeys);
    s.Integer("entry_within_days", kDays, &p.self_inspection_entry_days);
    s.Text("source", &p.self_inspection_source);
    p.grades = Codes(s, "grades", p.language, /*required=*/true);
    p.self_inspection_items = Codes(s, "items", p.language, false);
  }
  if (auto a = Section(top, "accident", kAccidentKeys)) {
    if (auto s = Section(*a, "serious_accident", kSeriousKeys)) {
      s->Integer("deaths_at_least", NumberRange::Between(1, 100000), &p.serious_deaths_at_least);
      s->Integer("hospitalisation_days_at_least", kDays, &p.serious_hospitalisation_days_at_least);
      s->Integer("treatment_days_at_least", kDays, &p.serious_treatment_days_at_least);
      s->Text("source", &p.serious_accident_source);
      bool check = false;
      s->Bool("check", &check);
    }
    std::string text;
    a->Text("report", &text);
    a->Text("report_source", &text);
  }
  if (auto f = Section(top, "serious_failures", kFailuresKeys)) {
    std::string source;
    f->Text("source", &source);
    p.serious_failures = Codes(*f, "kinds", p.language, false);
    TextList(*f, "excluded_causes", &p.failure_excluded_causes);
  }
  if (auto c = Section(top, "component_kinds", kComponentKeys)) {
    std::string source;
    c->Text("source", &source);
    p.component_kinds = Codes(*c, "kinds", p.language, false);
  }
  if (auto v = Section(top, "verdicts", kVerdictKeys)) {
    v->Text("source", &p.verdicts_source);
    TextList(*v, "pass_allows", &p.pass_allows);
    CheckAllOf(*v, "pass_allows", p.pass_allows, kItemResults);
    TextList(*v, "conditional_allows", &p.conditional_allows);
    CheckAllOf(*v, "conditional_allows", p.conditional_allows, kItemResults);
  }
  std::vector<std::string> ids;
  TextList(top, "checklists", &ids);
  std::set<std::string> codes;
  for (std::size_t i = 0; i < ids.size() && errors.ok(); ++i) {
    auto text = checklists(ids[i]);
    if (!text.ok()) {
      top.FailAt("checklists", fmt::format("[{}]: {}", i, text.error().message()));
      return std::nullopt;
    }
    const std::string origin = fmt::format("checklists/{}.yaml", ids[i]);
    auto document = ParseYaml(*text, origin);
    if (!document.ok()) return document.error();
    ConfigErrors checklist_errors(origin);
    if (document->root() != nullptr) ReadChecklist(*document->root(), checklist_errors, &p, &codes);
    if (!checklist_errors.ok()) return checklist_errors.error();
  }
  return std::nullopt;
}

}  // namespace

Result<RegulationProfile> ParseProfile(std::string_view yaml, std::string_view origin,
                                       const ChecklistSource& checklists) {
  auto document = ParseYaml(yaml, std::string(origin));
  if (!document.ok()) return document.error();
  if (document->root() == nullptr)
    return InvalidInput(fmt::format("{}: the file is empty", origin));
  ConfigErrors errors{std::string(origin)};
  RegulationProfile p;
  p.yaml = std::string(yaml);
  const MapReader top(errors, *document->root(), "", kTopKeys);
  std::optional<Error> checklist_error = ReadTop(top, p, checklists);
  if (!errors.ok()) return errors.error();
  if (checklist_error) return *checklist_error;
  return p;
}

}  // namespace hoistway::registry
