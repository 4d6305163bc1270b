// What a connected lift reports (spec/telemetry.md): events, its retained
// status and its counters, as plain values. The wire form is in codec.h.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/status.h"

namespace hoistway::telemetry {

// Instants of telemetry: UTC with millisecond resolution.
using TimePoint = std::chrono::sys_time<std::chrono::milliseconds>;

// The event kinds of the contract (BACnet Lift faults and the EN 627 minimum
// log). kUnknown is a kind the contract does not list: kept and flagged.
enum class EventKind : std::uint8_t {
  kTrip,
  kSafetyCircuitOpen,
  kDoorLockFault,
  kDoorCloseFault,
  kDoorOpenFault,
  kStoppedOutsideDoorZone,
  kStartFailure,
  kRunTimeLimiter,
  kOverspeed,
  kPositionLost,
  kDriveOvertemperature,
  kPowerLoss,
  kPowerRestored,
  kAlarmButton,
  kInspectionModeOn,
  kInspectionModeOff,
  kOutOfService,
  kInService,
  kUnknown,
};

// The contract's name of `kind` ("door_close_fault"); "unknown" for kUnknown.
std::string_view KindName(EventKind kind);
// The kind named `name`, or kUnknown.
EventKind KindFromName(std::string_view name);
// Every kind of the contract, in the order of spec/telemetry.md (no kUnknown).
std::span<const EventKind> ContractKinds();

// The detail keys of the contract, typed (absent: nullopt). Other keys an
// event carries stay in Event::detail_json only.
struct EventDetail {
  std::optional<std::int64_t> from_floor, to_floor, attempts;
  std::optional<double> duration_s, max_speed_mps, levelling_error_mm, door_close_s, load_kg,
      speed_mps, celsius;
  std::optional<bool> moving;
  std::optional<std::string> start, reason;
};

// One event of one lift. `id` is unique per lift (the key of de-duplication).
struct Event {
  std::string id;
  TimePoint time{};
  EventKind kind = EventKind::kUnknown;
  std::string kind_name;           // as sent; differs from KindName only for kUnknown
  std::optional<int> floor;        // where it happened, when the lift said
  std::string detail_json = "{}";  // the detail object, compact JSON (what is stored)
  EventDetail detail;              // what the rules read of it (SetDetail keeps both in step)
};

// Sets `event`'s detail (both forms) from a JSON object (null: none), checking the types
// of the contract's keys for the event's kind; kInvalidInput "detail.KEY:
// PROBLEM" otherwise (the event is unchanged).
Status SetDetail(Event* event, const nlohmann::json& detail);

// The retained status of a lift (topic .../status).
struct CarStatus {
  TimePoint time{};
  std::string mode;  // normal, inspection, out_of_service, fire, ... (BACnet car modes)
  int floor = 0;
  bool moving = false;
  std::string doors;  // open | closed | opening | closing
  double load_kg = 0;
};

// Totals since installation (topic .../counters).
struct Counters {
  TimePoint time{};
  std::int64_t trips = 0;
  std::int64_t door_cycles = 0;
  std::int64_t motor_starts = 0;
  double running_hours = 0;
};

// The door states a status may report.
inline constexpr std::string_view kDoorStates[] = {"open", "closed", "opening", "closing"};

}  // namespace hoistway::telemetry
