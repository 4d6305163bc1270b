#include "fleet/wear_faults.h"

#include <fmt/core.h>

namespace hoistway::fleet {
namespace {

constexpr double kDoorDriftPerRun_s = 0.02;
constexpr double kDoorFaultAbove = 0.40;  // fraction over nominal
constexpr double kLevellingDriftPerRun_mm = 0.05;
constexpr std::uint32_t kStartFailOneIn = 12;
constexpr std::uint32_t kLockFaultOneIn = 25;

}  // namespace

const std::vector<FaultInfo>& WearFaults::Catalogue() {
  static const std::vector<FaultInfo> kFaults = {
      {"door_operator_drift",
       "the door operator wears: closing time +20 ms a run, door close faults past +40 %"},
      {"levelling_drift", "levelling error +0.05 mm a run (brake or encoder wear)"},
      {"start_relay", "a failing start relay: one start in 12 fails and is tried again"},
      {"door_lock", "a dirty landing-door lock: a lock circuit fault on one run in 25"},
      {"stuck_car", "the next run with someone aboard stops between floors"},
      {"doors_jammed", "at the next stop with someone aboard the doors fail to open"},
  };
  return kFaults;
}

Status WearFaults::Inject(std::string_view name, double at_s) {
  if (name == "door_operator_drift") {
    door_drift_at_ = at_s;
  } else if (name == "levelling_drift") {
    levelling_drift_at_ = at_s;
  } else if (name == "start_relay") {
    start_relay_at_ = at_s;
  } else if (name == "door_lock") {
    door_lock_at_ = at_s;
  } else if (name == "stuck_car") {
    stuck_at_ = at_s;
  } else if (name == "doors_jammed") {
    jam_at_ = at_s;
  } else {
    return NotFound(fmt::format("no machine fault '{}'", name));
  }
  return Status::Ok();
}

double WearFaults::Door(const RunCommand& c, double door_s, double nominal_door_s, Random& random,
                        RunOutcome& out) {
  if (door_drift_at_ && c.at_s >= *door_drift_at_) {
    if (door_drift_run0_ == 0) door_drift_run0_ = runs_;
    door_s += kDoorDriftPerRun_s * static_cast<double>(runs_ - door_drift_run0_);
    if (door_s > nominal_door_s * (1 + kDoorFaultAbove) && random.Below(4) == 0) {
      out.door_close_attempts = 2 + static_cast<int>(random.Below(2));
    }
  }
  return door_s;
}

double WearFaults::Levelling(const RunCommand& c, double levelling_mm) {
  if (levelling_drift_at_ && c.at_s >= *levelling_drift_at_) {
    if (levelling_run0_ == 0) levelling_run0_ = runs_;
    const double drift = kLevellingDriftPerRun_mm * static_cast<double>(runs_ - levelling_run0_);
    levelling_mm += levelling_mm >= 0 ? drift : -drift;
  }
  return levelling_mm;
}

void WearFaults::Incidents(const RunCommand& c, Random& random, RunOutcome& out) {
  if (start_relay_at_ && c.at_s >= *start_relay_at_ && random.Below(kStartFailOneIn) == 0) {
    out.failed_starts = 1;
  }
  if (door_lock_at_ && c.at_s >= *door_lock_at_ && random.Below(kLockFaultOneIn) == 0) {
    out.door_lock_fault = true;
  }
  if (c.load_kg > 0 && stuck_at_ && c.at_s >= *stuck_at_ && c.to_floor != c.from_floor) {
    out.stuck = true;
    stuck_at_.reset();  // once
  } else if (c.load_kg > 0 && jam_at_ && c.at_s >= *jam_at_) {
    out.doors_jammed = true;
    jam_at_.reset();
  }
}

}  // namespace hoistway::fleet
