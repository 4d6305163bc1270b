#include "fleet/nominal_machine.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

namespace hoistway::fleet {
namespace {

// A normal draw with mean 0 and deviation 1 (Irwin-Hall: twelve uniforms),
// from the seeded stream, the same on every platform.
double Normal(Random& random) {
  double sum = 0;
  for (int i = 0; i < 12; ++i) sum += random.Uniform();
  return sum - 6;
}

constexpr double kDoorDriftPerRun_s = 0.02;
constexpr double kDoorFaultAbove = 0.40;  // fraction over nominal
constexpr double kLevellingDriftPerRun_mm = 0.05;
constexpr std::uint32_t kStartFailOneIn = 12;
constexpr std::uint32_t kLockFaultOneIn = 25;
constexpr double kLevellingSigma_mm = 1.5;

}  // namespace

NominalMachine::NominalMachine(MachineSpec spec, std::uint64_t seed) : spec_(spec), random_(seed) {}

const std::vector<FaultInfo>& NominalMachine::Catalogue() {
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

std::vector<FaultInfo> NominalMachine::Faults() const {
  return Catalogue();
}

Status NominalMachine::InjectFault(std::string_view name, double at_s) {
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

RunOutcome NominalMachine::Run(const RunCommand& c) {
  ++runs_;
  RunOutcome out;
  const double travel_m = std::abs(c.to_floor - c.from_floor) * spec_.floor_height_m;
  // Top speed of a trapezoidal profile (jerk left out): sqrt(a d) when the
  // run is too short to reach the rated speed.
  out.max_speed_mps =
      std::min(spec_.rated_speed_mps, std::sqrt(spec_.acceleration_mps2 * travel_m));
  out.max_speed_mps = std::round(out.max_speed_mps * 0.99 * 1000 + Normal(random_) * 5) / 1000;
  const double planned = c.planned_s > 0 ? c.planned_s
                                         : travel_m / std::max(out.max_speed_mps, 0.1) +
                                               out.max_speed_mps / spec_.acceleration_mps2;
  out.duration_s = std::max(0.5, planned + Normal(random_) * 0.1);

  double door = spec_.door_close_s * (1 + 0.02 * Normal(random_));
  if (door_drift_at_ && c.at_s >= *door_drift_at_) {
    if (door_drift_run0_ == 0) door_drift_run0_ = runs_;
    door += kDoorDriftPerRun_s * static_cast<double>(runs_ - door_drift_run0_);
    if (door > spec_.door_close_s * (1 + kDoorFaultAbove) && random_.Below(4) == 0) {
      out.door_close_attempts = 2 + static_cast<int>(random_.Below(2));
    }
  }
  out.door_close_s = std::round(door * 1000) / 1000;

  double levelling = kLevellingSigma_mm * Normal(random_);
  if (levelling_drift_at_ && c.at_s >= *levelling_drift_at_) {
    if (levelling_run0_ == 0) levelling_run0_ = runs_;
    const double drift = kLevellingDriftPerRun_mm * static_cast<double>(runs_ - levelling_run0_);
    levelling += levelling >= 0 ? drift : -drift;
  }
  out.levelling_error_mm = std::round(levelling * 10) / 10;

  if (start_relay_at_ && c.at_s >= *start_relay_at_ && random_.Below(kStartFailOneIn) == 0) {
    out.failed_starts = 1;
  }
  if (door_lock_at_ && c.at_s >= *door_lock_at_ && random_.Below(kLockFaultOneIn) == 0) {
    out.door_lock_fault = true;
  }
  if (c.load_kg > 0 && stuck_at_ && c.at_s >= *stuck_at_ && c.to_floor != c.from_floor) {
    out.stuck = true;
    stuck_at_.reset();  // once
  } else if (c.load_kg > 0 && jam_at_ && c.at_s >= *jam_at_) {
    out.doors_jammed = true;
    jam_at_.reset();
  }
  return out;
}

}  // namespace hoistway::fleet
