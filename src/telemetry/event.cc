#include "telemetry/event.h"

#include <array>

namespace hoistway::telemetry {
namespace {

struct KindEntry {
  EventKind kind;
  std::string_view name;
};

constexpr std::array<KindEntry, 18> kKinds = {{
    {EventKind::kTrip, "trip"},
    {EventKind::kSafetyCircuitOpen, "safety_circuit_open"},
    {EventKind::kDoorLockFault, "door_lock_fault"},
    {EventKind::kDoorCloseFault, "door_close_fault"},
    {EventKind::kDoorOpenFault, "door_open_fault"},
    {EventKind::kStoppedOutsideDoorZone, "stopped_outside_door_zone"},
    {EventKind::kStartFailure, "start_failure"},
    {EventKind::kRunTimeLimiter, "run_time_limiter"},
    {EventKind::kOverspeed, "overspeed"},
    {EventKind::kPositionLost, "position_lost"},
    {EventKind::kDriveOvertemperature, "drive_overtemperature"},
    {EventKind::kPowerLoss, "power_loss"},
    {EventKind::kPowerRestored, "power_restored"},
    {EventKind::kAlarmButton, "alarm_button"},
    {EventKind::kInspectionModeOn, "inspection_mode_on"},
    {EventKind::kInspectionModeOff, "inspection_mode_off"},
    {EventKind::kOutOfService, "out_of_service"},
    {EventKind::kInService, "in_service"},
}};

constexpr std::array<EventKind, kKinds.size()> MakeContractKinds() {
  std::array<EventKind, kKinds.size()> out{};
  for (std::size_t i = 0; i < kKinds.size(); ++i) out[i] = kKinds[i].kind;
  return out;
}
constexpr auto kContractKinds = MakeContractKinds();

}  // namespace

std::string_view KindName(EventKind kind) {
  for (const auto& entry : kKinds) {
    if (entry.kind == kind) return entry.name;
  }
  return "unknown";
}

EventKind KindFromName(std::string_view name) {
  for (const auto& entry : kKinds) {
    if (entry.name == name) return entry.kind;
  }
  return EventKind::kUnknown;
}

std::span<const EventKind> ContractKinds() {
  return kContractKinds;
}

}  // namespace hoistway::telemetry
