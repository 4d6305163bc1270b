#include "monitor/lift_state.h"

#include <fmt/core.h>

namespace hoistway::monitor {

using nlohmann::json;

namespace {

std::int64_t Ms(TimePoint t) {
  return t.time_since_epoch().count();
}
TimePoint FromMs(std::int64_t ms) {
  return TimePoint(std::chrono::milliseconds(ms));
}

void PutTime(json& j, const char* key, const std::optional<TimePoint>& t) {
  if (t) j[key] = Ms(*t);
}
std::optional<TimePoint> GetTime(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number_integer()) return std::nullopt;
  return FromMs(it->get<std::int64_t>());
}

template <typename T>
void Get(const json& j, const char* key, T* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return;
  if constexpr (std::is_same_v<T, bool>) {
    if (it->is_boolean()) *out = it->get<bool>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (it->is_string()) *out = it->get<std::string>();
  } else {
    if (it->is_number()) *out = it->get<T>();
  }
}

json DriftJson(const DriftState& d) {
  return {{"baseline_samples", d.baseline_samples},
          {"baseline_sum", d.baseline_sum},
          {"recent_samples", d.recent_samples},
          {"recent", d.recent},
          {"raised", d.raised}};
}
DriftState DriftFrom(const json& j) {
  DriftState d;
  if (!j.is_object()) return d;
  Get(j, "baseline_samples", &d.baseline_samples);
  Get(j, "baseline_sum", &d.baseline_sum);
  Get(j, "recent_samples", &d.recent_samples);
  Get(j, "recent", &d.recent);
  Get(j, "raised", &d.raised);
  return d;
}

json RateJson(const RateState& r) {
  return {{"baseline_trips", r.baseline_trips}, {"baseline_events", r.baseline_events},
          {"recent_trips", r.recent_trips},     {"recent_rate", r.recent_rate},
          {"pending_events", r.pending_events}, {"raised", r.raised}};
}
RateState RateFrom(const json& j) {
  RateState r;
  if (!j.is_object()) return r;
  Get(j, "baseline_trips", &r.baseline_trips);
  Get(j, "baseline_events", &r.baseline_events);
  Get(j, "recent_trips", &r.recent_trips);
  Get(j, "recent_rate", &r.recent_rate);
  Get(j, "pending_events", &r.pending_events);
  Get(j, "raised", &r.raised);
  return r;
}

}  // namespace

json ToJson(const LiftState& s) {
  json j = json::object();
  if (s.status) {
    j["status"] = {{"time", Ms(s.status->time)}, {"mode", s.status->mode},
                   {"floor", s.status->floor},   {"moving", s.status->moving},
                   {"doors", s.status->doors},   {"load_kg", s.status->load_kg}};
  }
  if (s.counters) {
    j["counters"] = {{"time", Ms(s.counters->time)},
                     {"trips", s.counters->trips},
                     {"door_cycles", s.counters->door_cycles},
                     {"motor_starts", s.counters->motor_starts},
                     {"running_hours", s.counters->running_hours}};
  }
  PutTime(j, "last_event_at", s.last_event_at);
  PutTime(j, "last_release", s.last_release);
  if (s.trap) {
    json t = {{"since", Ms(s.trap->since)}, {"learned", Ms(s.trap->learned)},
              {"reason", s.trap->reason},   {"event_id", s.trap->event_id},
              {"load_kg", s.trap->load_kg}, {"declared", s.trap->declared}};
    if (s.trap->floor) t["floor"] = *s.trap->floor;
    j["trap"] = std::move(t);
  }
  j["out_of_service"] = s.out_of_service;
  PutTime(j, "service_changed_at", s.service_changed_at);
  json cleared = json::object();
  for (const auto& [cause, at] : s.cleared_at) cleared[cause] = Ms(at);
  j["cleared_at"] = std::move(cleared);
  j["in_inspection"] = s.in_inspection;
  PutTime(j, "maintained_at", s.maintained_at);
  j["trips_at_maintenance"] = s.trips_at_maintenance;
  j["door_cycles_at_maintenance"] = s.door_cycles_at_maintenance;
  j["trips_raised"] = s.trips_raised;
  j["door_cycles_raised"] = s.door_cycles_raised;
  j["door_close"] = DriftJson(s.door_close);
  j["levelling"] = DriftJson(s.levelling);
  j["start_failures"] = RateJson(s.start_failures);
  j["door_faults"] = RateJson(s.door_faults);
  return j;
}

Result<LiftState> LiftStateFromJson(std::string_view text) {
  LiftState s;
  if (text.empty()) return s;
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    return InvalidInput(fmt::format("lift state: not a JSON object"));
  }
  if (auto it = j.find("status"); it != j.end() && it->is_object()) {
    telemetry::CarStatus st;
    st.time = GetTime(*it, "time").value_or(TimePoint{});
    Get(*it, "mode", &st.mode);
    Get(*it, "floor", &st.floor);
    Get(*it, "moving", &st.moving);
    Get(*it, "doors", &st.doors);
    Get(*it, "load_kg", &st.load_kg);
    s.status = st;
  }
  if (auto it = j.find("counters"); it != j.end() && it->is_object()) {
    telemetry::Counters c;
    c.time = GetTime(*it, "time").value_or(TimePoint{});
    Get(*it, "trips", &c.trips);
    Get(*it, "door_cycles", &c.door_cycles);
    Get(*it, "motor_starts", &c.motor_starts);
    Get(*it, "running_hours", &c.running_hours);
    s.counters = c;
  }
  s.last_event_at = GetTime(j, "last_event_at");
  s.last_release = GetTime(j, "last_release");
  if (auto it = j.find("trap"); it != j.end() && it->is_object()) {
    Trap t;
    t.since = GetTime(*it, "since").value_or(TimePoint{});
    t.learned = GetTime(*it, "learned").value_or(t.since);
    Get(*it, "reason", &t.reason);
    Get(*it, "event_id", &t.event_id);
    Get(*it, "load_kg", &t.load_kg);
    Get(*it, "declared", &t.declared);
    if (auto f = it->find("floor"); f != it->end() && f->is_number_integer())
      t.floor = f->get<int>();
    s.trap = t;
  }
  Get(j, "out_of_service", &s.out_of_service);
  s.service_changed_at = GetTime(j, "service_changed_at");
  if (auto it = j.find("cleared_at"); it != j.end() && it->is_object()) {
    for (const auto& [cause, at] : it->items()) {
      if (at.is_number_integer()) s.cleared_at[cause] = FromMs(at.get<std::int64_t>());
    }
  }
  Get(j, "in_inspection", &s.in_inspection);
  s.maintained_at = GetTime(j, "maintained_at");
  Get(j, "trips_at_maintenance", &s.trips_at_maintenance);
  Get(j, "door_cycles_at_maintenance", &s.door_cycles_at_maintenance);
  Get(j, "trips_raised", &s.trips_raised);
  Get(j, "door_cycles_raised", &s.door_cycles_raised);
  if (auto it = j.find("door_close"); it != j.end()) s.door_close = DriftFrom(*it);
  if (auto it = j.find("levelling"); it != j.end()) s.levelling = DriftFrom(*it);
  if (auto it = j.find("start_failures"); it != j.end()) s.start_failures = RateFrom(*it);
  if (auto it = j.find("door_faults"); it != j.end()) s.door_faults = RateFrom(*it);
  return s;
}

}  // namespace hoistway::monitor
