#include "training/scenario.h"

#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "core/config_reader.h"
#include "core/did_you_mean.h"
#include "core/printable.h"
#include "core/read_file.h"
#include "core/yaml_tree.h"
#include "fleet/nominal_machine.h"
#include "monitor/rules_config.h"
#include "tower/example_lifts.h"
#include "tower/faults.h"
#include "tower/suite.h"
#include "training/embedded_data.h"

namespace hoistway::training {
namespace {

constexpr std::array<std::string_view, 14> kTopKeys = {
    "id",      "title",   "level",     "fault",   "machine_fault", "lift",        "complaint",
    "observe", "history", "diagnoses", "actions", "answer",        "explanation", "note"};
constexpr std::array<std::string_view, 5> kObserveKeys = {"tests", "traces", "ride", "telemetry",
                                                          "shows"};
constexpr std::array<std::string_view, 2> kChoiceKeys = {"id", "text"};
constexpr std::array<std::string_view, 2> kAnswerKeys = {"diagnosis", "actions"};
constexpr std::array<std::string_view, 3> kHistoryKeys = {"days_ago", "kind", "text"};
constexpr std::array<std::string_view, 4> kHistoryKinds = {"callout", "maintenance", "inspection",
                                                           "alarm"};
constexpr int kMaxHistoryDays = 3660;  // ten years
constexpr std::array<std::string_view, 4> kLevels = {"apprentice", "technician", "senior",
                                                     "inspector"};
constexpr std::size_t kMaxScenarioBytes = 64 * 1024;

// A stable id: lower-case letters, digits, '-' and '_'.
bool IsId(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// Reads `key` (a list of texts) into *out; false after an error.
bool ReadTextList(const MapReader& map, std::string_view key, std::vector<std::string>* out) {
  const YamlNode* list = map.List(key);
  if (list == nullptr) return map.errors().ok();
  for (std::size_t i = 0; i < list->items.size() && map.errors().ok(); ++i) {
    std::string text;
    if (ReadText(map.errors(), *list->items[i], fmt::format("{}[{}]", map.PathOf(key), i), &text)) {
      out->push_back(std::move(text));
    }
  }
  return map.errors().ok();
}

void ReadChoices(const MapReader& top, std::string_view key, std::vector<Choice>* out) {
  ConfigErrors& errors = top.errors();
  const YamlNode* list = top.List(key);
  if (list == nullptr) {
    if (errors.ok()) top.Require(key);
    return;
  }
  if (list->items.size() < 2 && errors.ok()) {
    top.FailAt(key, "needs at least two choices");
    return;
  }
  for (std::size_t i = 0; i < list->items.size() && errors.ok(); ++i) {
    const std::string path = fmt::format("{}[{}]", key, i);
    MapReader map(errors, *list->items[i], path, kChoiceKeys);
    if (!errors.ok()) return;
    Choice choice;
    map.Require("id");
    map.Require("text");
    map.Text("id", &choice.id);
    map.Text("text", &choice.text);
    if (!errors.ok()) return;
    if (!IsId(choice.id)) {
      map.FailAt("id", "must be lower-case letters, digits, '-' or '_'");
      return;
    }
    for (const Choice& earlier : *out) {
      if (earlier.id == choice.id) {
        map.FailAt("id", fmt::format("'{}' is already an earlier choice", choice.id));
        return;
      }
    }
    out->push_back(std::move(choice));
  }
}

std::vector<std::string_view> IdsOf(const std::vector<Choice>& choices) {
  std::vector<std::string_view> out;
  for (const Choice& c : choices) out.push_back(c.id);
  return out;
}

bool HasChoice(const std::vector<Choice>& choices, std::string_view id) {
  return std::any_of(choices.begin(), choices.end(), [&](const Choice& c) { return c.id == id; });
}

void ReadObserve(const MapReader& top, Scenario& s) {
  ConfigErrors& errors = top.errors();
  const YamlNode* node = top.Require("observe");
  if (node == nullptr || !errors.ok()) return;
  MapReader map(errors, *node, "observe", kObserveKeys);
  if (!errors.ok()) return;
  map.Require("tests");
  if (!ReadTextList(map, "tests", &s.observe.tests)) return;
  map.Bool("traces", &s.observe.traces);
  map.Bool("ride", &s.observe.ride);
  if (map.Bool("telemetry", &s.observe.telemetry) && s.observe.telemetry &&
      s.machine_fault.empty()) {
    map.FailAt("telemetry", "needs the scenario's machine_fault (what monitoring would see)");
    return;
  }
  if (!ReadTextList(map, "shows", &s.observe.shows)) return;
  if (!s.observe.shows.empty() && !s.observe.telemetry) {
    map.FailAt("shows", "needs telemetry: true (it is what monitoring shows)");
    return;
  }
  std::vector<std::string_view> shown = {"entrapment"};
  for (const auto& [kind, alarm] : monitor::DefaultRules().alarms) shown.push_back(alarm.cause);
  for (std::string_view name : monitor::SignalNames()) shown.push_back(name);
  for (std::size_t i = 0; i < s.observe.shows.size(); ++i) {
    const std::string& what = s.observe.shows[i];
    if (std::find(shown.begin(), shown.end(), what) == shown.end()) {
      errors.Fail(map.Find("shows")->items[i]->position, fmt::format("observe.shows[{}]", i),
                  fmt::format("'{}' is not an alarm cause, a signal or entrapment{}",
                              Printable(what), DidYouMean(what, shown)));
      return;
    }
  }
  std::vector<std::string_view> ids;
  for (const tower::TestInfo& t : tower::En8120Tests()) ids.push_back(t.id);
  for (std::size_t i = 0; i < s.observe.tests.size() && errors.ok(); ++i) {
    const std::string& id = s.observe.tests[i];
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
      const YamlNode* tests = map.Find("tests");
      errors.Fail(tests->items[i]->position, fmt::format("observe.tests[{}]", i),
                  fmt::format("unknown tower test '{}'{}", Printable(id), DidYouMean(id, ids)));
    }
  }
}

void ReadHistory(const MapReader& top, Scenario& s) {
  ConfigErrors& errors = top.errors();
  const YamlNode* list = top.List("history");
  if (list == nullptr) return;
  int previous_days = kMaxHistoryDays + 1;
  for (std::size_t i = 0; i < list->items.size() && errors.ok(); ++i) {
    const std::string path = fmt::format("history[{}]", i);
    MapReader map(errors, *list->items[i], path, kHistoryKeys);
    if (!errors.ok()) return;
    HistoryRecord record;
    std::string kind;
    map.RequiredInteger("days_ago",
                        NumberRange::NonNegative(kMaxHistoryDays, "days before the call-out"),
                        &record.days_ago);
    map.Require("kind");
    map.Require("text");
    map.Text("kind", &kind);
    map.Text("text", &record.text);
    if (!errors.ok()) return;
    if (record.days_ago > previous_days) {
      map.FailAt("days_ago", "the records go from the oldest to the newest (days_ago decreasing)");
      return;
    }
    previous_days = record.days_ago;
    if (std::find(kHistoryKinds.begin(), kHistoryKinds.end(), kind) == kHistoryKinds.end()) {
      map.FailAt("kind", fmt::format("must be one of callout, maintenance, inspection, alarm{}",
                                     DidYouMean(kind, kHistoryKinds)));
      return;
    }
    record.kind = kind;
    s.history.push_back(std::move(record));
  }
}

void ReadAnswer(const MapReader& top, Scenario& s) {
  ConfigErrors& errors = top.errors();
  const YamlNode* node = top.Require("answer");
  if (node == nullptr || !errors.ok()) return;
  MapReader map(errors, *node, "answer", kAnswerKeys);
  if (!errors.ok()) return;
  map.Require("diagnosis");
  map.Require("actions");
  map.Text("diagnosis", &s.right_diagnosis);
  if (!ReadTextList(map, "actions", &s.right_actions) || !errors.ok()) return;
  if (!HasChoice(s.diagnoses, s.right_diagnosis)) {
    map.FailAt("diagnosis",
               fmt::format("'{}' is not one of the diagnoses{}", Printable(s.right_diagnosis),
                           DidYouMean(s.right_diagnosis, IdsOf(s.diagnoses))));
    return;
  }
  if (s.right_actions.empty()) {
    map.FailAt("actions", "needs at least one right action");
    return;
  }
  for (const std::string& a : s.right_actions) {
    if (!HasChoice(s.actions, a)) {
      map.FailAt("actions", fmt::format("'{}' is not one of the actions{}", Printable(a),
                                        DidYouMean(a, IdsOf(s.actions))));
      return;
    }
  }
}

}  // namespace

const char* ToString(Level level) {
  return kLevels[static_cast<std::size_t>(level)].data();
}

Result<Scenario> ParseScenario(std::string_view text, const std::string& source) {
  auto document = ParseYaml(text, source);
  if (!document.ok()) return document.error();
  if (document->root() == nullptr) return InvalidInput(fmt::format("{}: empty scenario", source));
  ConfigErrors errors(source);
  MapReader top(errors, *document->root(), "", kTopKeys);
  Scenario s;
  s.source = source;
  if (!errors.ok()) return errors.error();
  for (const char* key : {"id", "title", "level", "lift", "complaint", "explanation"}) {
    top.Require(key);
  }
  top.Text("id", &s.id);
  top.Text("title", &s.title);
  top.Text("complaint", &s.complaint);
  top.Text("explanation", &s.explanation);
  if (errors.ok() && !IsId(s.id))
    top.FailAt("id", "must be lower-case letters, digits, '-' or '_'");
  std::string level;
  if (top.Text("level", &level) && errors.ok()) {
    const auto it = std::find(kLevels.begin(), kLevels.end(), level);
    if (it == kLevels.end()) {
      top.FailAt("level", fmt::format("must be one of apprentice, technician, senior, inspector{}",
                                      DidYouMean(level, kLevels)));
    } else {
      s.level = static_cast<Level>(it - kLevels.begin());
    }
  }
  if (top.Text("fault", &s.fault) && errors.ok()) {
    if (auto fault = tower::FindFault(tower::BuiltInFaults(), s.fault); !fault.ok()) {
      std::vector<std::string_view> names;
      for (const tower::Fault& f : tower::BuiltInFaults()) names.push_back(f.name);
      top.FailAt("fault", fmt::format("not a fault of the tower's catalogue '{}'{}",
                                      Printable(s.fault), DidYouMean(s.fault, names)));
    }
  }
  if (top.Text("lift", &s.lift) && errors.ok()) {
    std::vector<std::string> names;
    for (const tower::ExampleLiftText& e : tower::BuiltInExampleLifts()) names.push_back(e.name);
    if (std::find(names.begin(), names.end(), s.lift) == names.end()) {
      std::vector<std::string_view> views(names.begin(), names.end());
      top.FailAt("lift", fmt::format("not an example lift of examples/tower '{}'{}",
                                     Printable(s.lift), DidYouMean(s.lift, views)));
    }
  }
  if (top.Text("machine_fault", &s.machine_fault) && errors.ok()) {
    std::vector<std::string_view> names;
    for (const fleet::FaultInfo& f : fleet::NominalMachine::Catalogue()) names.push_back(f.name);
    if (std::find(names.begin(), names.end(), s.machine_fault) == names.end()) {
      top.FailAt("machine_fault",
                 fmt::format("not a fault of the emulator's machine '{}'{}",
                             Printable(s.machine_fault), DidYouMean(s.machine_fault, names)));
    }
  }
  if (errors.ok() && s.fault.empty() && s.machine_fault.empty()) {
    // A scenario stages a fault: the tower's, the machine's or both.
    errors.Fail(document->root()->position, "fault",
                "is required: a fault of the tower's catalogue, or machine_fault for one only "
                "monitoring sees");
  }
  if (errors.ok()) ReadObserve(top, s);
  if (errors.ok() && s.fault.empty() && !s.observe.telemetry) {
    top.FailAt("observe",
               "a scenario without a tower fault needs telemetry: true (where "
               "its machine_fault shows)");
  }
  if (errors.ok()) ReadHistory(top, s);
  if (errors.ok()) ReadChoices(top, "diagnoses", &s.diagnoses);
  if (errors.ok()) ReadChoices(top, "actions", &s.actions);
  if (errors.ok()) ReadAnswer(top, s);
  if (!errors.ok()) return errors.error();
  return s;
}

Result<std::vector<Scenario>> LoadScenarioDir(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml") paths.push_back(entry.path().string());
  }
  if (ec) return IoError(fmt::format("{}: cannot read the folder: {}", dir, ec.message()));
  std::sort(paths.begin(), paths.end());
  std::vector<Scenario> out;
  for (const std::string& path : paths) {
    auto text = ReadSmallFile(path, kMaxScenarioBytes);
    if (!text.ok()) return text.error();
    auto scenario = ParseScenario(*text, path);
    if (!scenario.ok()) return scenario.error();
    if (const Scenario* earlier = FindScenario(out, scenario->id)) {
      return InvalidInput(
          fmt::format("{}: id: '{}' is already the id of {}", path, scenario->id, earlier->source));
    }
    out.push_back(std::move(*scenario));
  }
  std::sort(out.begin(), out.end(),
            [](const Scenario& a, const Scenario& b) { return a.id < b.id; });
  return out;
}

const std::vector<Scenario>& BuiltInScenarios() {
  static const std::vector<Scenario> kScenarios = [] {
    std::vector<Scenario> out;
    for (const EmbeddedFile& file : EmbeddedTrainingFiles()) {
      if (file.path.starts_with("data/training/qualifications/")) continue;
      auto parsed = ParseScenario(file.text, std::string(file.path));
      if (parsed.ok()) out.push_back(std::move(parsed).value());
    }
    std::sort(out.begin(), out.end(),
              [](const Scenario& a, const Scenario& b) { return a.id < b.id; });
    return out;
  }();
  return kScenarios;
}

const Scenario* FindScenario(std::span<const Scenario> scenarios, std::string_view id) {
  for (const Scenario& s : scenarios) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

}  // namespace hoistway::training
