#include "monitor/rules.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "telemetry/rfc3339.h"

namespace hoistway::monitor {

using nlohmann::json;
using telemetry::EventKind;

namespace {

std::chrono::milliseconds Seconds(double s) {
  return std::chrono::milliseconds(static_cast<std::int64_t>(std::llround(s * 1000)));
}

double Round(double value, double unit) {
  return std::round(value / unit) * unit;
}

// --- entrapment ---------------------------------------------------------

void Declare(const RulesConfig& rules, LiftState& s, TimePoint at, std::vector<Action>& out) {
  Trap& trap = *s.trap;
  trap.declared = true;
  DeclareEntrapment d;
  d.since = trap.since;
  d.at = std::max(at, trap.since + Seconds(rules.entrapment.after_s));
  d.reason = trap.reason;
  d.event_id = trap.event_id;
  d.floor = trap.floor;
  d.load_kg = trap.load_kg;
  d.waited_s = std::chrono::duration<double>(at - trap.since).count();
  out.push_back(std::move(d));
}

// Time `t` has been reached by the lift's own stream: if a trap began at
// least the rule's wait earlier and nothing released it since, it is an
// entrapment (checked before the message at `t` may release it).
void CheckEvidence(const RulesConfig& rules, LiftState& s, TimePoint t, std::vector<Action>& out) {
  if (s.trap && !s.trap->declared && t - s.trap->since >= Seconds(rules.entrapment.after_s)) {
    Declare(rules, s, t, out);
  }
}

void Release(LiftState& s, TimePoint t) {
  if (!s.last_release || t > *s.last_release) s.last_release = t;
  if (s.trap && t > s.trap->since) s.trap.reset();
}

void MaybeTrap(const RulesConfig& rules, LiftState& s, const telemetry::Event& e, TimePoint now) {
  bool trapped = false;
  double load = 0;
  if (e.kind == EventKind::kStoppedOutsideDoorZone || e.kind == EventKind::kDoorOpenFault) {
    std::optional<double> known = e.detail.load_kg;
    if (!known && s.status) known = s.status->load_kg;
    if (known && *known >= rules.entrapment.min_load_kg) {
      trapped = true;
      load = *known;
    }
  } else if (e.kind == EventKind::kAlarmButton) {
    // Pressed with the car stopped and its doors closed.
    trapped = s.status && !s.status->moving && s.status->doors == "closed";
    if (s.status) load = s.status->load_kg;
  }
  if (!trapped) return;
  if (s.last_release && e.time <= *s.last_release) return;  // released already (late message)
  if (s.trap && s.trap->since <= e.time) return;            // the earlier trap stands
  Trap trap;
  trap.since = e.time;
  trap.learned = now;
  trap.reason = e.kind_name;
  trap.event_id = e.id;
  trap.floor = e.floor ? e.floor : (s.status ? std::optional<int>(s.status->floor) : std::nullopt);
  trap.load_kg = load;
  s.trap = trap;
}

// --- predictive signals ---------------------------------------------------

struct DriftSpec {
  const char* name;
  const char* unit;
  bool ratio;  // the threshold is also a ratio of the baseline
};

double DriftThreshold(const DriftRule& rule, const DriftSpec& spec, double baseline) {
  double threshold = baseline + rule.min_rise;
  if (spec.ratio) threshold = std::max(threshold, baseline * (1 + rule.rise_ratio));
  if (rule.limit > 0) threshold = std::min(threshold, rule.limit);
  return threshold;
}

json DriftFigures(const DriftRule& rule, const DriftSpec& spec, const DriftState& d) {
  const double baseline = d.baseline();
  return {{"baseline", Round(baseline, 0.001)},
          {"recent", Round(d.recent, 0.001)},
          {"threshold", Round(DriftThreshold(rule, spec, baseline), 0.001)},
          {"unit", spec.unit},
          {"baseline_trips", d.baseline_samples},
          {"recent_trips", d.recent_samples}};
}

void UpdateDrift(const DriftRule& rule, const DriftSpec& spec, DriftState& d, double value,
                 TimePoint at, std::vector<Action>& out) {
  if (!d.learned(rule.baseline_trips)) {
    d.baseline_sum += value;
    ++d.baseline_samples;
    if (d.learned(rule.baseline_trips)) d.recent = d.baseline();
    return;
  }
  d.recent += (value - d.recent) / rule.recent_trips;
  ++d.recent_samples;
  const double baseline = d.baseline();
  const double threshold = DriftThreshold(rule, spec, baseline);
  if (!d.raised && d.recent_samples >= rule.recent_trips && d.recent >= threshold) {
    d.raised = true;
    RaiseSignal signal;
    signal.name = spec.name;
    signal.at = at;
    signal.figures = DriftFigures(rule, spec, d);
    signal.summary =
        fmt::format("{} {:.2f} {} over the last ~{} trips, baseline {:.2f} {}", spec.name, d.recent,
                    spec.unit, rule.recent_trips, baseline, spec.unit);
    out.push_back(std::move(signal));
  } else if (d.raised && d.recent < baseline + (threshold - baseline) / 2) {
    d.raised = false;  // back to normal; the alarm stays until people close it
  }
}

json RateFigures(const RateRule& rule, const RateState& r) {
  const double base = r.baseline_trips > 0 ? r.baseline_events / r.baseline_trips : 0;
  const double threshold = std::max(base * rule.factor, rule.min_per_1000_trips / 1000);
  return {{"baseline_per_1000_trips", Round(base * 1000, 0.01)},
          {"recent_per_1000_trips", Round(r.recent_rate * 1000, 0.01)},
          {"threshold_per_1000_trips", Round(threshold * 1000, 0.01)},
          {"events_in_window", Round(r.recent_rate * rule.window_trips, 0.1)},
          {"window_trips", rule.window_trips},
          {"baseline_trips", r.baseline_trips}};
}

void CountTrip(const RateRule& rule, const char* name, RateState& r, TimePoint at,
               std::vector<Action>& out) {
  const double events = r.pending_events;
  r.pending_events = 0;
  if (r.baseline_trips < rule.baseline_trips) {
    ++r.baseline_trips;
    r.baseline_events += events;
    if (r.baseline_trips == rule.baseline_trips)
      r.recent_rate = r.baseline_events / r.baseline_trips;
    return;
  }
  r.recent_rate += (events - r.recent_rate) / rule.window_trips;
  ++r.recent_trips;
  const double base = r.baseline_events / r.baseline_trips;
  const double threshold = std::max(base * rule.factor, rule.min_per_1000_trips / 1000);
  const double in_window = r.recent_rate * rule.window_trips;
  if (!r.raised && r.recent_rate >= threshold && in_window >= rule.min_events) {
    r.raised = true;
    RaiseSignal signal;
    signal.name = name;
    signal.at = at;
    signal.figures = RateFigures(rule, r);
    signal.summary = fmt::format("{} {:.1f} per 1000 trips, baseline {:.1f}", name,
                                 r.recent_rate * 1000, base * 1000);
    out.push_back(std::move(signal));
  } else if (r.raised && r.recent_rate < threshold / 2) {
    r.raised = false;
  }
}

constexpr DriftSpec kDoorClose{"door_close_time", "s", true};
constexpr DriftSpec kLevelling{"levelling_error", "mm", false};

void OnTrip(const RulesConfig& rules, LiftState& s, const telemetry::Event& e,
            std::vector<Action>& out) {
  if (auto v = e.detail.door_close_s) {
    UpdateDrift(rules.door_close_time, kDoorClose, s.door_close, *v, e.time, out);
  }
  if (auto v = e.detail.levelling_error_mm) {
    UpdateDrift(rules.levelling_error, kLevelling, s.levelling, std::abs(*v), e.time, out);
  }
  CountTrip(rules.start_failures, "start_failures", s.start_failures, e.time, out);
  CountTrip(rules.door_faults, "door_faults", s.door_faults, e.time, out);
}

void CheckIntervals(const RulesConfig& rules, LiftState& s, TimePoint at,
                    std::vector<Action>& out) {
  if (!s.counters) return;
  if (s.trips_at_maintenance < 0) s.trips_at_maintenance = s.counters->trips;
  if (s.door_cycles_at_maintenance < 0) s.door_cycles_at_maintenance = s.counters->door_cycles;
  const struct {
    const char* name;
    std::int64_t since;
    std::int64_t interval;
    bool* raised;
  } checks[] = {
      {"trips_since_maintenance", s.counters->trips - s.trips_at_maintenance, rules.trips_interval,
       &s.trips_raised},
      {"door_cycles_since_maintenance", s.counters->door_cycles - s.door_cycles_at_maintenance,
       rules.door_cycles_interval, &s.door_cycles_raised},
  };
  for (const auto& c : checks) {
    if (*c.raised || c.since <= c.interval) continue;
    *c.raised = true;
    RaiseSignal signal;
    signal.name = c.name;
    signal.at = at;
    signal.figures = {{"since_maintenance", c.since}, {"interval", c.interval}};
    if (s.maintained_at) signal.figures["maintained_at"] = telemetry::FormatTime(*s.maintained_at);
    signal.summary =
        fmt::format("{} {} since the last maintenance (interval {})", c.name, c.since, c.interval);
    out.push_back(std::move(signal));
  }
}

void Maintained(LiftState& s, TimePoint at) {
  s.in_inspection = false;
  s.maintained_at = at;
  s.trips_at_maintenance = s.counters ? s.counters->trips : -1;
  s.door_cycles_at_maintenance = s.counters ? s.counters->door_cycles : -1;
  s.trips_raised = false;
  s.door_cycles_raised = false;
  s.door_close = {};
  s.levelling = {};
  s.start_failures = {};
  s.door_faults = {};
}

// --- alarms and service ----------------------------------------------------

void MaybeAlarm(const RulesConfig& rules, LiftState& s, const telemetry::Event& e,
                std::vector<Action>& out) {
  auto rule = rules.alarms.find(e.kind_name);
  if (rule == rules.alarms.end()) return;
  auto cleared = s.cleared_at.find(rule->second.cause);
  if (cleared != s.cleared_at.end() && e.time <= cleared->second) return;  // older than its close
  RaiseAlarm alarm;
  alarm.cause = rule->second.cause;
  alarm.severity = rule->second.severity;
  if (rule->second.severity_when_moving && e.detail.moving.value_or(false)) {
    alarm.severity = *rule->second.severity_when_moving;
  }
  alarm.at = e.time;
  alarm.event_id = e.id;
  alarm.figures = {{"kind", e.kind_name}};
  if (e.floor) alarm.figures["floor"] = *e.floor;
  if (e.detail_json != "{}") {
    json detail = json::parse(e.detail_json, nullptr, false);
    if (detail.is_object()) alarm.figures["detail"] = std::move(detail);
  }
  out.push_back(std::move(alarm));
}

void MaybeAutoClose(const RulesConfig& rules, LiftState& s, const telemetry::Event& e,
                    std::vector<Action>& out) {
  auto rule = rules.auto_close.find(e.kind_name);
  if (rule == rules.auto_close.end() || rule->second.empty()) return;
  CloseAlarms close;
  close.at = e.time;
  close.reason = fmt::format("{} {}", e.kind_name, e.id);
  for (const auto& cause : rule->second) {
    auto& at = s.cleared_at[cause];
    if (at < e.time) at = e.time;
    close.causes.push_back(cause);
  }
  out.push_back(std::move(close));
}

void ServiceChange(LiftState& s, const telemetry::Event& e, std::vector<Action>& out) {
  if (s.service_changed_at && e.time <= *s.service_changed_at) return;  // a late message
  s.service_changed_at = e.time;
  if (e.kind == EventKind::kOutOfService && !s.out_of_service) {
    s.out_of_service = true;
    out.push_back(StartDowntime{e.time, e.detail.reason.value_or("")});
  } else if (e.kind == EventKind::kInService && s.out_of_service) {
    s.out_of_service = false;
    out.push_back(EndDowntime{e.time});
  }
}

}  // namespace

std::vector<Action> OnEvent(const RulesConfig& rules, LiftState& s, const telemetry::Event& e,
                            TimePoint now) {
  std::vector<Action> out;
  CheckEvidence(rules, s, e.time, out);
  if (!s.last_event_at || e.time > *s.last_event_at) s.last_event_at = e.time;
  switch (e.kind) {
    case EventKind::kTrip:
      Release(s, e.time);
      OnTrip(rules, s, e, out);
      break;
    case EventKind::kStartFailure:
      s.start_failures.pending_events += 1;
      break;
    case EventKind::kDoorCloseFault:
    case EventKind::kDoorOpenFault:
    case EventKind::kDoorLockFault:
      s.door_faults.pending_events += 1;
      break;
    case EventKind::kOutOfService:
    case EventKind::kInService:
      ServiceChange(s, e, out);
      break;
    case EventKind::kInspectionModeOn:
      s.in_inspection = true;
      break;
    case EventKind::kInspectionModeOff:
      Maintained(s, e.time);
      break;
    default:
      break;
  }
  MaybeAlarm(rules, s, e, out);
  MaybeAutoClose(rules, s, e, out);
  MaybeTrap(rules, s, e, now);
  auto ticked = OnTick(rules, s, now);
  out.insert(out.end(), std::make_move_iterator(ticked.begin()),
             std::make_move_iterator(ticked.end()));
  return out;
}

std::vector<Action> OnStatus(const RulesConfig& rules, LiftState& s,
                             const telemetry::CarStatus& status, TimePoint now) {
  std::vector<Action> out;
  CheckEvidence(rules, s, status.time, out);
  if (!s.status || status.time >= s.status->time) s.status = status;
  if (status.doors == "open" || status.doors == "opening") Release(s, status.time);
  auto ticked = OnTick(rules, s, now);
  out.insert(out.end(), std::make_move_iterator(ticked.begin()),
             std::make_move_iterator(ticked.end()));
  return out;
}

std::vector<Action> OnCounters(const RulesConfig& rules, LiftState& s,
                               const telemetry::Counters& counters, TimePoint now) {
  std::vector<Action> out;
  CheckEvidence(rules, s, counters.time, out);
  if (!s.counters || counters.time >= s.counters->time) s.counters = counters;
  CheckIntervals(rules, s, counters.time, out);
  auto ticked = OnTick(rules, s, now);
  out.insert(out.end(), std::make_move_iterator(ticked.begin()),
             std::make_move_iterator(ticked.end()));
  return out;
}

std::vector<Action> OnTick(const RulesConfig& rules, LiftState& s, TimePoint now) {
  std::vector<Action> out;
  auto deadline = Deadline(rules, s);
  if (deadline && now >= *deadline) Declare(rules, s, now, out);
  return out;
}

std::optional<TimePoint> Deadline(const RulesConfig& rules, const LiftState& s) {
  if (!s.trap || s.trap->declared) return std::nullopt;
  // Wait the rule's time from when the monitor heard of it, so a gateway
  // catching up can still deliver the trip that released the car.
  return std::max(s.trap->since, s.trap->learned) + Seconds(rules.entrapment.after_s);
}

json SignalFigures(const RulesConfig& rules, const LiftState& s) {
  json out = json::array();
  auto drift = [&](const DriftRule& rule, const DriftSpec& spec, const DriftState& d) {
    json figures = DriftFigures(rule, spec, d);
    figures["learning"] = !d.learned(rule.baseline_trips);
    out.push_back({{"name", spec.name}, {"raised", d.raised}, {"figures", figures}});
  };
  drift(rules.door_close_time, kDoorClose, s.door_close);
  drift(rules.levelling_error, kLevelling, s.levelling);
  auto rate = [&](const RateRule& rule, const char* name, const RateState& r) {
    json figures = RateFigures(rule, r);
    figures["learning"] = r.baseline_trips < rule.baseline_trips;
    out.push_back({{"name", name}, {"raised", r.raised}, {"figures", figures}});
  };
  rate(rules.start_failures, "start_failures", s.start_failures);
  rate(rules.door_faults, "door_faults", s.door_faults);
  auto since = [](std::int64_t now_count, std::int64_t at) -> json {
    if (at < 0) return nullptr;
    return now_count - at;
  };
  out.push_back({{"name", "trips_since_maintenance"},
                 {"raised", s.trips_raised},
                 {"figures",
                  {{"since_maintenance",
                    s.counters ? since(s.counters->trips, s.trips_at_maintenance) : json(nullptr)},
                   {"interval", rules.trips_interval}}}});
  out.push_back({{"name", "door_cycles_since_maintenance"},
                 {"raised", s.door_cycles_raised},
                 {"figures",
                  {{"since_maintenance",
                    s.counters ? since(s.counters->door_cycles, s.door_cycles_at_maintenance)
                               : json(nullptr)},
                   {"interval", rules.door_cycles_interval}}}});
  return out;
}

}  // namespace hoistway::monitor
