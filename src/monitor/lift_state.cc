#include "monitor/lift_state.h"

#include <fmt/core.h>

#include <iterator>
#include <nlohmann/json.hpp>

namespace hoistway::monitor {

using nlohmann::json;

namespace {

constexpr int kLayout = 1;

std::int64_t Ms(TimePoint t) {
  return t.time_since_epoch().count();
}
TimePoint FromMs(std::int64_t ms) {
  return TimePoint(std::chrono::milliseconds(ms));
}

// Appends comma-separated JSON values to a string (fmt's shortest
// round-trip form for doubles: what is read back is what was written).
class Writer {
 public:
  void Int(std::int64_t v) { Sep(), fmt::format_to(std::back_inserter(out_), "{}", v); }
  void Real(double v) { Sep(), fmt::format_to(std::back_inserter(out_), "{}", v); }
  void Bool(bool v) { Sep(), out_ += v ? '1' : '0'; }
  void Text(const std::string& v) { Sep(), out_ += json(v).dump(); }
  void Null() { Sep(), out_ += "null"; }
  void Time(const std::optional<TimePoint>& t) { t ? Int(Ms(*t)) : Null(); }
  void Open() { Sep(), out_ += '[', first_ = true; }
  void Close() { out_ += ']', first_ = false; }
  void Raw(const std::string& text) { Sep(), out_ += text; }
  std::string Take() { return std::move(out_); }

 private:
  void Sep() {
    if (!first_) out_ += ',';
    first_ = false;
  }
  std::string out_;
  bool first_ = true;
};

// Reads the values of one array in order; past its end, every read keeps
// the default (a shorter, older layout).
class Reader {
 public:
  explicit Reader(const json* array) : array_(array) {}
  const json* Next() {
    if (array_ == nullptr || !array_->is_array() || i_ >= array_->size()) return nullptr;
    return &(*array_)[i_++];
  }
  template <typename T>
  void Read(T* out) {
    const json* v = Next();
    if (v == nullptr || v->is_null()) return;
    if constexpr (std::is_same_v<T, bool>) {
      if (v->is_number()) *out = v->get<double>() != 0;
    } else if constexpr (std::is_same_v<T, std::string>) {
      if (v->is_string()) *out = v->get<std::string>();
    } else {
      if (v->is_number()) *out = v->get<T>();
    }
  }
  void Time(std::optional<TimePoint>* out) {
    const json* v = Next();
    if (v != nullptr && v->is_number_integer()) *out = FromMs(v->get<std::int64_t>());
  }

 private:
  const json* array_;
  std::size_t i_ = 0;
};

void WriteDrift(Writer& w, const DriftState& d) {
  w.Open();
  w.Int(d.baseline_samples);
  w.Real(d.baseline_sum);
  w.Int(d.recent_samples);
  w.Real(d.recent);
  w.Bool(d.raised);
  w.Close();
}
DriftState ReadDrift(const json* v) {
  DriftState d;
  Reader r(v);
  r.Read(&d.baseline_samples);
  r.Read(&d.baseline_sum);
  r.Read(&d.recent_samples);
  r.Read(&d.recent);
  r.Read(&d.raised);
  return d;
}

void WriteRate(Writer& w, const RateState& s) {
  w.Open();
  w.Int(s.baseline_trips);
  w.Real(s.baseline_events);
  w.Int(s.recent_trips);
  w.Real(s.recent_rate);
  w.Real(s.pending_events);
  w.Bool(s.raised);
  w.Close();
}
RateState ReadRate(const json* v) {
  RateState s;
  Reader r(v);
  r.Read(&s.baseline_trips);
  r.Read(&s.baseline_events);
  r.Read(&s.recent_trips);
  r.Read(&s.recent_rate);
  r.Read(&s.pending_events);
  r.Read(&s.raised);
  return s;
}

}  // namespace

std::string EncodeState(const LiftState& s) {
  Writer w;
  w.Open();
  w.Int(kLayout);
  if (s.status) {
    w.Open();
    w.Int(Ms(s.status->time));
    w.Text(s.status->mode);
    w.Int(s.status->floor);
    w.Bool(s.status->moving);
    w.Text(s.status->doors);
    w.Real(s.status->load_kg);
    w.Close();
  } else {
    w.Null();
  }
  if (s.counters) {
    w.Open();
    w.Int(Ms(s.counters->time));
    w.Int(s.counters->trips);
    w.Int(s.counters->door_cycles);
    w.Int(s.counters->motor_starts);
    w.Real(s.counters->running_hours);
    w.Close();
  } else {
    w.Null();
  }
  w.Time(s.last_event_at);
  w.Time(s.last_release);
  if (s.trap) {
    w.Open();
    w.Int(Ms(s.trap->since));
    w.Int(Ms(s.trap->learned));
    w.Text(s.trap->reason);
    w.Text(s.trap->event_id);
    s.trap->floor ? w.Int(*s.trap->floor) : w.Null();
    w.Real(s.trap->load_kg);
    w.Bool(s.trap->declared);
    w.Close();
  } else {
    w.Null();
  }
  w.Bool(s.out_of_service);
  w.Time(s.service_changed_at);
  json cleared = json::object();
  for (const auto& [cause, at] : s.cleared_at) cleared[cause] = Ms(at);
  w.Raw(cleared.dump());
  w.Bool(s.in_inspection);
  w.Time(s.maintained_at);
  w.Int(s.trips_at_maintenance);
  w.Int(s.door_cycles_at_maintenance);
  w.Bool(s.trips_raised);
  w.Bool(s.door_cycles_raised);
  WriteDrift(w, s.door_close);
  WriteDrift(w, s.levelling);
  WriteRate(w, s.start_failures);
  WriteRate(w, s.door_faults);
  w.Close();
  return w.Take();
}

Result<LiftState> DecodeState(std::string_view text) {
  LiftState s;
  if (text.empty()) return s;
  const json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_array() || j.empty() || !j[0].is_number_integer()) {
    return InvalidInput("lift state: not a state array");
  }
  Reader r(&j);
  int layout = 0;
  r.Read(&layout);
  if (const json* v = r.Next(); v != nullptr && v->is_array()) {
    telemetry::CarStatus st;
    Reader f(v);
    std::int64_t time = 0;
    f.Read(&time);
    st.time = FromMs(time);
    f.Read(&st.mode);
    f.Read(&st.floor);
    f.Read(&st.moving);
    f.Read(&st.doors);
    f.Read(&st.load_kg);
    s.status = st;
  }
  if (const json* v = r.Next(); v != nullptr && v->is_array()) {
    telemetry::Counters c;
    Reader f(v);
    std::int64_t time = 0;
    f.Read(&time);
    c.time = FromMs(time);
    f.Read(&c.trips);
    f.Read(&c.door_cycles);
    f.Read(&c.motor_starts);
    f.Read(&c.running_hours);
    s.counters = c;
  }
  r.Time(&s.last_event_at);
  r.Time(&s.last_release);
  if (const json* v = r.Next(); v != nullptr && v->is_array()) {
    Trap t;
    Reader f(v);
    std::int64_t since = 0, learned = 0;
    f.Read(&since);
    f.Read(&learned);
    t.since = FromMs(since);
    t.learned = FromMs(learned);
    f.Read(&t.reason);
    f.Read(&t.event_id);
    if (const json* floor = f.Next(); floor != nullptr && floor->is_number_integer()) {
      t.floor = floor->get<int>();
    }
    f.Read(&t.load_kg);
    f.Read(&t.declared);
    s.trap = t;
  }
  r.Read(&s.out_of_service);
  r.Time(&s.service_changed_at);
  if (const json* v = r.Next(); v != nullptr && v->is_object()) {
    for (const auto& [cause, at] : v->items()) {
      if (at.is_number_integer()) s.cleared_at[cause] = FromMs(at.get<std::int64_t>());
    }
  }
  r.Read(&s.in_inspection);
  r.Time(&s.maintained_at);
  r.Read(&s.trips_at_maintenance);
  r.Read(&s.door_cycles_at_maintenance);
  r.Read(&s.trips_raised);
  r.Read(&s.door_cycles_raised);
  s.door_close = ReadDrift(r.Next());
  s.levelling = ReadDrift(r.Next());
  s.start_failures = ReadRate(r.Next());
  s.door_faults = ReadRate(r.Next());
  (void)layout;  // layout 1 is the only one so far
  return s;
}

}  // namespace hoistway::monitor
