// The thresholds of the monitor's rules, as data (data/monitor/rules.yaml,
// compiled in; another file may be given). Every key is optional in a file:
// what it leaves out keeps the default.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "monitor/severity.h"

namespace hoistway::monitor {

// The alarm an event kind raises.
struct AlarmRule {
  std::string cause;
  Severity severity = Severity::kMinor;
  // safety_circuit_open during travel (detail.moving) is worse.
  std::optional<Severity> severity_when_moving;
};

struct EntrapmentRule {
  double after_s = 30;
  double min_load_kg = 20;
};

// A figure drifting up from the lift's own baseline (door closing time,
// levelling error).
struct DriftRule {
  int baseline_trips = 200;
  int recent_trips = 50;
  double rise_ratio = 0.25;  // door closing time: raised at baseline x (1 + rise_ratio)
  double min_rise = 0.3;     // ... and at least this far above it (s, or mm)
  double limit = 0;          // levelling error: raised at this absolute value too (0: none)
};

// Events per 1000 trips against the lift's own baseline rate.
struct RateRule {
  int baseline_trips = 2000;
  int window_trips = 500;
  double factor = 3;
  double min_per_1000_trips = 2;
  double min_events = 3;
};

struct RulesConfig {
  EntrapmentRule entrapment;
  std::map<std::string, AlarmRule, std::less<>> alarms;                     // by event kind name
  std::map<std::string, std::vector<std::string>, std::less<>> auto_close;  // event kind -> causes
  DriftRule door_close_time;
  DriftRule levelling_error;
  RateRule start_failures;
  RateRule door_faults;
  std::int64_t trips_interval = 40000;
  std::int64_t door_cycles_interval = 80000;
  std::string source = "data/monitor/rules.yaml";  // where it came from, for messages
};

// The names of the predictive signals the rules may raise (the keys of the
// rules file's `signals`).
std::span<const std::string_view> SignalNames();

// The compiled-in rules (data/monitor/rules.yaml).
const RulesConfig& DefaultRules();

// The default rules overridden by the YAML `text` (from `source`). Errors are
// kInvalidInput "<source>:<line>:<column>: <key.path>: <problem>".
Result<RulesConfig> ParseRules(std::string_view text, const std::string& source);

// Reads the file at `path` and parses it (kIo when it cannot be read).
Result<RulesConfig> LoadRulesFile(const std::string& path);

}  // namespace hoistway::monitor
