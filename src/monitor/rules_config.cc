#include "monitor/rules_config.h"

#include <fmt/core.h>

#include <fstream>
#include <sstream>

#include "core/config_reader.h"
#include "core/yaml_tree.h"
#include "monitor/embedded_rules.h"
#include "telemetry/event.h"

namespace hoistway::monitor {
namespace {

constexpr std::string_view kTopKeys[] = {"entrapment", "alarms", "auto_close", "signals"};
constexpr std::string_view kEntrapmentKeys[] = {"after_s", "min_load_kg"};
constexpr std::string_view kAlarmKeys[] = {"cause", "severity", "severity_when_moving"};
constexpr std::string_view kSignalKeys[] = {
    "door_close_time", "levelling_error",         "start_failures",
    "door_faults",     "trips_since_maintenance", "door_cycles_since_maintenance"};
constexpr std::string_view kDoorKeys[] = {"baseline_trips", "recent_trips", "rise_ratio",
                                          "min_rise_s"};
constexpr std::string_view kLevellingKeys[] = {"baseline_trips", "recent_trips", "min_rise_mm",
                                               "limit_mm"};
constexpr std::string_view kRateKeys[] = {"baseline_trips", "window_trips", "factor",
                                          "min_per_1000_trips", "min_events"};
constexpr std::string_view kIntervalKeys[] = {"interval"};

constexpr double kMaxTrips = 1e7;

bool IsCause(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  for (char c : text) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

void ReadSeverity(const MapReader& map, std::string_view key, std::optional<Severity>* out) {
  std::string text;
  if (!map.Text(key, &text)) return;
  auto severity = ParseSeverity(text);
  if (!severity) {
    map.FailAt(key, fmt::format("'{}' is not critical, major or minor", text));
    return;
  }
  *out = severity;
}

void ReadAlarms(const MapReader& top, RulesConfig* rules) {
  const YamlNode* node = top.Find("alarms");
  if (node == nullptr) return;
  if (!node->IsMap()) {
    top.FailAt("alarms", "must be a map of event kinds");
    return;
  }
  for (const auto& entry : node->entries) {
    const std::string& kind = entry.key->text;
    const std::string path = "alarms." + kind;
    if (telemetry::KindFromName(kind) == telemetry::EventKind::kUnknown) {
      top.errors().Fail(entry.key->position, path, "not an event kind of spec/telemetry.md");
      return;
    }
    MapReader alarm(top.errors(), *entry.value, path, kAlarmKeys);
    AlarmRule rule = rules->alarms.contains(kind) ? rules->alarms[kind] : AlarmRule{};
    if (alarm.Text("cause", &rule.cause) && !IsCause(rule.cause)) {
      alarm.FailAt("cause", "must be snake_case letters, digits and _");
    }
    std::optional<Severity> severity;
    ReadSeverity(alarm, "severity", &severity);
    if (severity) rule.severity = *severity;
    ReadSeverity(alarm, "severity_when_moving", &rule.severity_when_moving);
    if (rule.cause.empty()) alarm.Require("cause");
    rules->alarms[kind] = rule;
  }
}

void ReadAutoClose(const MapReader& top, RulesConfig* rules) {
  const YamlNode* node = top.Find("auto_close");
  if (node == nullptr) return;
  if (!node->IsMap()) {
    top.FailAt("auto_close", "must be a map of event kinds to lists of causes");
    return;
  }
  for (const auto& entry : node->entries) {
    const std::string& kind = entry.key->text;
    const std::string path = "auto_close." + kind;
    if (telemetry::KindFromName(kind) == telemetry::EventKind::kUnknown) {
      top.errors().Fail(entry.key->position, path, "not an event kind of spec/telemetry.md");
      return;
    }
    if (!entry.value->IsSequence()) {
      top.errors().Fail(entry.value->position, path, "must be a list of causes");
      return;
    }
    std::vector<std::string> causes;
    for (const YamlNode* item : entry.value->items) {
      std::string cause;
      if (!ReadText(top.errors(), *item, path, &cause)) return;
      if (!IsCause(cause) || cause == "entrapment") {
        top.errors().Fail(item->position, path,
                          fmt::format("'{}' cannot be closed automatically", cause));
        return;
      }
      causes.push_back(cause);
    }
    rules->auto_close[kind] = causes;
  }
}

void ReadTrips(const MapReader& map, std::string_view key, int* out) {
  map.Integer(key, NumberRange::Between(1, kMaxTrips), out);
}

void ReadSignals(const MapReader& top, RulesConfig* rules) {
  const YamlNode* node = top.Find("signals");
  if (node == nullptr) return;
  MapReader signals(top.errors(), *node, "signals", kSignalKeys);
  if (const YamlNode* n = signals.Find("door_close_time")) {
    MapReader m(top.errors(), *n, signals.PathOf("door_close_time"), kDoorKeys);
    DriftRule& r = rules->door_close_time;
    ReadTrips(m, "baseline_trips", &r.baseline_trips);
    ReadTrips(m, "recent_trips", &r.recent_trips);
    m.Number("rise_ratio", NumberRange::Positive(10), &r.rise_ratio);
    m.Number("min_rise_s", NumberRange::NonNegative(60), &r.min_rise);
  }
  if (const YamlNode* n = signals.Find("levelling_error")) {
    MapReader m(top.errors(), *n, signals.PathOf("levelling_error"), kLevellingKeys);
    DriftRule& r = rules->levelling_error;
    ReadTrips(m, "baseline_trips", &r.baseline_trips);
    ReadTrips(m, "recent_trips", &r.recent_trips);
    m.Number("min_rise_mm", NumberRange::Positive(1000), &r.min_rise);
    m.Number("limit_mm", NumberRange::NonNegative(1000), &r.limit);
  }
  const std::pair<std::string_view, RateRule*> rates[] = {
      {"start_failures", &rules->start_failures}, {"door_faults", &rules->door_faults}};
  for (const auto& [key, rule] : rates) {
    const YamlNode* n = signals.Find(key);
    if (n == nullptr) continue;
    MapReader m(top.errors(), *n, signals.PathOf(key), kRateKeys);
    ReadTrips(m, "baseline_trips", &rule->baseline_trips);
    ReadTrips(m, "window_trips", &rule->window_trips);
    m.Number("factor", NumberRange::Positive(1000), &rule->factor);
    m.Number("min_per_1000_trips", NumberRange::NonNegative(1000), &rule->min_per_1000_trips);
    m.Number("min_events", NumberRange::NonNegative(1e6), &rule->min_events);
  }
  const std::pair<std::string_view, std::int64_t*> intervals[] = {
      {"trips_since_maintenance", &rules->trips_interval},
      {"door_cycles_since_maintenance", &rules->door_cycles_interval}};
  for (const auto& [key, target] : intervals) {
    const YamlNode* n = signals.Find(key);
    if (n == nullptr) continue;
    MapReader m(top.errors(), *n, signals.PathOf(key), kIntervalKeys);
    double interval = static_cast<double>(*target);
    if (m.Number("interval", NumberRange::Between(1, 1e12), &interval)) {
      *target = static_cast<std::int64_t>(interval);
    }
  }
}

Result<RulesConfig> Parse(RulesConfig rules, std::string_view text, const std::string& source) {
  auto doc = ParseYaml(text, source);
  if (!doc.ok()) return doc.error();
  rules.source = source;
  if (doc->root() == nullptr) return rules;  // an empty file changes nothing
  ConfigErrors errors(source);
  MapReader top(errors, *doc->root(), "", kTopKeys);
  if (const YamlNode* n = top.Find("entrapment")) {
    MapReader m(errors, *n, "entrapment", kEntrapmentKeys);
    m.Number("after_s", NumberRange::Positive(3600), &rules.entrapment.after_s);
    m.Number("min_load_kg", NumberRange::NonNegative(10000), &rules.entrapment.min_load_kg);
  }
  ReadAlarms(top, &rules);
  ReadAutoClose(top, &rules);
  ReadSignals(top, &rules);
  if (!errors.ok()) return errors.error();
  return rules;
}

}  // namespace

std::span<const std::string_view> SignalNames() {
  return kSignalKeys;
}

const RulesConfig& DefaultRules() {
  static const RulesConfig kRules = [] {
    for (const auto& file : EmbeddedRulesFiles()) {
      if (file.path == "rules.yaml") {
        auto parsed = Parse(RulesConfig{}, file.text, "data/monitor/rules.yaml");
        if (parsed.ok()) return *parsed;
      }
    }
    return RulesConfig{};  // unreachable: the build embeds a file the tests parse
  }();
  return kRules;
}

Result<RulesConfig> ParseRules(std::string_view text, const std::string& source) {
  return Parse(DefaultRules(), text, source);
}

Result<RulesConfig> LoadRulesFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return IoError(fmt::format("{}: cannot read the rules file", path));
  std::stringstream text;
  text << file.rdbuf();
  return ParseRules(text.str(), path);
}

}  // namespace hoistway::monitor
