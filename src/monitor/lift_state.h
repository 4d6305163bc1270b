// What the rules remember about one lift between messages: the last status
// and counters, a possible entrapment in the making, the service state, and
// the learning state of each predictive signal. Stored with the lift (as
// JSON) so that any monitor of a shared subscription can continue it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "core/status.h"
#include "telemetry/event.h"

namespace hoistway::monitor {

using telemetry::TimePoint;

// A figure (door closing time, levelling error) against its own baseline.
struct DriftState {
  int baseline_samples = 0;
  double baseline_sum = 0;
  int recent_samples = 0;  // samples since the baseline was complete
  double recent = 0;       // exponentially weighted moving average
  bool raised = false;

  bool learned(int baseline_trips) const { return baseline_samples >= baseline_trips; }
  double baseline() const { return baseline_samples > 0 ? baseline_sum / baseline_samples : 0; }
};

// Events per trip against their baseline rate.
struct RateState {
  int baseline_trips = 0;
  double baseline_events = 0;
  std::int64_t recent_trips = 0;  // trips since the baseline was complete
  double recent_rate = 0;         // events per trip, moving average
  double pending_events = 0;      // events since the last trip
  bool raised = false;
};

// The car stopped with someone inside, not yet released.
struct Trap {
  TimePoint since{};    // the event that began it
  TimePoint learned{};  // when the monitor heard of it (its own clock)
  std::string reason;   // the event kind
  std::string event_id;
  std::optional<int> floor;
  double load_kg = 0;
  bool declared = false;  // the entrapment's alarm and records are made
};

struct LiftState {
  std::optional<telemetry::CarStatus> status;
  std::optional<telemetry::Counters> counters;
  std::optional<TimePoint> last_event_at;  // the newest event time seen
  // Entrapment: the newest trip or door opening, and the trap in progress.
  std::optional<TimePoint> last_release;
  std::optional<Trap> trap;
  // Service periods (availability) and auto-closing: newest change wins.
  bool out_of_service = false;
  std::optional<TimePoint> service_changed_at;
  std::map<std::string, TimePoint> cleared_at;  // cause -> last automatic close
  // Maintenance visits (inspection mode on, then off) restart the baselines.
  bool in_inspection = false;
  std::optional<TimePoint> maintained_at;
  std::int64_t trips_at_maintenance = -1;  // -1: not yet known
  std::int64_t door_cycles_at_maintenance = -1;
  bool trips_raised = false;
  bool door_cycles_raised = false;
  DriftState door_close;
  DriftState levelling;
  RateState start_failures;
  RateState door_faults;
};

// The stored form: a compact JSON array (times as milliseconds since 1970),
// written once per lift per batch, so its size and speed count. The first
// element is the layout's version; fields are only ever appended, and a
// shorter array (an older monitor's) leaves the missing fields at their
// defaults.
std::string EncodeState(const LiftState& state);
// Back from EncodeState's text; "" gives a fresh state. kInvalidInput for
// text that is not such an array.
Result<LiftState> DecodeState(std::string_view text);

}  // namespace hoistway::monitor
