#include "fleet/twin_figures.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <numbers>

#include "kinematics/motion_profile.h"
#include "tower/example_lifts.h"
#include "tower/overrides.h"
#include "tower/procedures.h"

namespace hoistway::fleet {
namespace {

// The stop at a landing. The drive brings the car to the landing at its
// levelling speed and drops the brake there, as geared and many older
// variable-speed lifts do, holding its torque until the brake acts or, at
// the latest, for the brake's commissioned response time and a margin; the
// controller's stopping point is set up on the sound lift, so only a
// fault's difference from that stop shows as levelling error.
constexpr double kLevellingSpeedMps = 0.1;
constexpr double kTorqueHoldMarginS = 0.1;
constexpr double kStopWithinS = 5.0;
// A door operator is sized with this margin over the force its commissioned
// doors need: heavier panels accelerate no faster than its force allows.
constexpr double kDoorOperatorForceMargin = 1.5;
// Door kinetic energy the derived closing speed keeps below (EN 81-20
// 5.3.6.2.2.1 b allows 10 J).
constexpr double kDoorEnergyTargetJ = 9.0;
// Runs of this many floors measure rope slip with service friction.
constexpr int kSlipRunFloors = 3;

std::string Number(double v) {
  return fmt::format("{:.12g}", v);
}

const char* BaseFor(double speed_mps) {
  if (speed_mps <= 1.0) return "mrl-630";
  if (speed_mps <= 2.5) return "mr-1000-2to1";
  return "gearless-1600-4";
}

struct StopResult {
  double overrun_m = 0;
  bool ucmp = false;
};

StopResult StopAtLanding(const tower::LiftSpec& lift, double load_kg, int dir, double hold_s) {
  tower::LiftMachine m(lift, load_kg);
  const double landing = 0.5 * lift.travel_m;
  m.Place(landing, dir * kLevellingSpeedMps);
  m.ArmUcmp(landing, lift.ucmp.detection_distance_m, lift.ucmp.response_s);
  const double mass = m.MovingMass();
  const double gain = 2.0 * 2.0 * std::numbers::pi * 3.0;  // the speed loop (3 Hz, as the runs')
  bool released = false;
  m.SetDriveLaw([&](const tower::MachineState& s) {
    released = released || s.time_s >= hold_s || s.brake_force_n != 0.0;
    if (released) return 0.0;
    return -m.OutOfBalanceForce(s.position_m) +
           gain * mass * (dir * kLevellingSpeedMps - s.velocity_mps);
  });
  m.CommandBrake(lift.brake.sets, lift.brake.response_s);
  while (m.state().time_s < kStopWithinS && !(released && m.AtRest())) m.Step();
  StopResult out;
  out.overrun_m = (m.state().position_m - landing) * dir;
  for (const auto& e : m.events()) {
    if (e.what.find("unintended movement") != std::string::npos) out.ucmp = true;
  }
  return out;
}

}  // namespace

Result<tower::LoadedLift> TowerLiftFor(const MachineSpec& spec) {
  const std::string base = BaseFor(spec.rated_speed_mps);
  std::string_view text;
  for (const auto& example : tower::BuiltInExampleLifts()) {
    if (example.name == base) text = example.text;
  }
  auto parsed = tower::ParseLift(text, "examples/tower/" + base + ".yaml");
  if (!parsed.ok()) return parsed.error();
  tower::LoadedLift lift = std::move(*parsed);
  const tower::LiftSpec l0 = lift.description.lift;
  const double q = spec.rated_load_kg / l0.rated_load_kg;
  const double s = spec.rated_speed_mps / l0.rated_speed_mps;
  const int floors = std::max(spec.floors, 2);
  const double door_speed =
      std::min(l0.doors.opening_width_m / spec.door_close_s,
               std::sqrt(2.0 * kDoorEnergyTargetJ / (l0.doors.moving_mass_kg * q)));
  const std::pair<const char*, double> sets[] = {
      {"lift.rated_load_kg", spec.rated_load_kg},
      {"lift.car_mass_kg", l0.car_mass_kg * q},
      {"lift.rated_speed_mps", spec.rated_speed_mps},
      {"lift.acceleration_mps2", spec.acceleration_mps2},
      {"lift.floor_height_m", spec.floor_height_m},
      {"lift.travel_m", (floors - 1) * spec.floor_height_m},
      {"lift.brake.torque_per_set_nm", l0.brake.torque_per_set_nm * q},
      {"lift.safety_gear.braking_force_n", l0.safety_gear.braking_force_n * q},
      {"lift.governor.tripping_speed_mps", l0.governor.tripping_speed_mps * s},
      {"lift.buffers.car.stroke_m", l0.buffers.car.stroke_m * s * s},
      {"lift.doors.moving_mass_kg", l0.doors.moving_mass_kg * q},
      {"lift.doors.closing_speed_mps", door_speed},
  };
  const std::string origin = "the emulated lift's design";
  for (const auto& [key, value] : sets) {
    Status set = tower::SetParameter(lift, key, Number(value), origin);
    if (!set.ok()) return set.error();
  }
  lift.description.name = fmt::format("{} as {} kg {} m/s, {} floors", base, spec.rated_load_kg,
                                      spec.rated_speed_mps, floors);
  Status valid = tower::ValidateLift(lift);
  if (!valid.ok()) return valid.error();
  return lift;
}

Result<TwinFigures> ComputeTwinFigures(const tower::LoadedLift& sound, int floors,
                                       const std::vector<std::string>& faults) {
  tower::LoadedLift faulted = sound;
  for (const std::string& name : faults) {
    auto fault = tower::FindFault(tower::BuiltInFaults(), name);
    if (!fault.ok()) return fault.error();
    Status applied = tower::ApplyFault(faulted, **fault);
    if (!applied.ok()) return applied.error();
  }
  Status valid = tower::ValidateLift(faulted);
  if (!valid.ok()) return valid.error();
  const tower::LiftSpec& l0 = sound.description.lift;
  tower::LiftSpec lift = faulted.description.lift;
  TwinFigures out;
  out.floor_height_m = lift.floor_height_m;
  out.rated_load_kg = lift.rated_load_kg;
  out.governor_trip_mps = lift.governor.tripping_speed_mps;
  tower::ProcedureOptions options;
  options.traces = false;
  options.ride_figures = false;

  // Doors: the operator's force limits heavier panels' acceleration.
  tower::LiftSpec doors = lift;
  if (doors.doors.moving_mass_kg > l0.doors.moving_mass_kg) {
    doors.doors.acceleration_mps2 *= std::min(
        1.0, kDoorOperatorForceMargin * l0.doors.moving_mass_kg / doors.doors.moving_mass_kg);
  }
  const tower::TestResult door = tower::RunDoorKineticEnergy(doors, options);
  for (const auto& f : door.figures) {
    if (f.key == "closing_time") out.door_close_s = f.value;
  }

  // Runs up from the lowest landing with half load: the twin flies a few
  // distances (1, 2, 3, 5, 8, ... floors and the full travel); the drive's
  // profile gives every distance's flight time, and the flown run nearest
  // in distance the ratio of measured to profiled top speed.
  const int top = std::max(floors, 2) - 1;
  const double scale = lift.drive.speed_scale;
  const MotionLimits limits{lift.rated_speed_mps * scale, lift.acceleration_mps2 * scale,
                            lift.jerk_mps3 * scale};
  std::vector<int> flown;
  for (int a = 1, b = 2; a < top; std::tie(a, b) = std::pair(b, a + b)) flown.push_back(a);
  flown.push_back(top);
  std::map<int, tower::NormalRun> runs;
  for (int d : flown) {
    runs[d] = tower::FlyRun(lift, "service", 0.0, d * lift.floor_height_m, 0.5 * lift.rated_load_kg,
                            options);
  }
  out.stop_offset_mm = runs[1].stopping_error_mm;
  for (int d = 1; d <= top; ++d) {
    const MotionProfile profile = MotionProfile::RestToRest(d * lift.floor_height_m, limits);
    auto nearest = runs.lower_bound(d);
    if (nearest == runs.end()) --nearest;
    if (nearest != runs.begin() && nearest->first != d) {
      auto below = std::prev(nearest);
      if (d - below->first < nearest->first - d) nearest = below;
    }
    const MotionProfile flown_profile =
        MotionProfile::RestToRest(nearest->first * lift.floor_height_m, limits);
    const double ratio = nearest->second.max_speed_mps / flown_profile.PeakVelocity();
    out.flight_s.push_back(profile.FlightTime());
    out.max_speed_mps.push_back(profile.PeakVelocity() * ratio);
    out.governor_trips.push_back(nearest->first == d
                                     ? nearest->second.safety_gear_set
                                     : out.max_speed_mps.back() >= out.governor_trip_mps);
  }

  // Stops at a landing, by load and direction.
  const double hold_s = l0.brake.response_s + kTorqueHoldMarginS;
  for (std::size_t i = 0; i < kTwinLoadLevels.size(); ++i) {
    for (int d = 0; d < 2; ++d) {
      const StopResult stop =
          StopAtLanding(lift, kTwinLoadLevels[i] * lift.rated_load_kg, d == 0 ? -1 : 1, hold_s);
      out.overrun_m[i][d] = stop.overrun_m;
      out.ucmp_trips[i][d] = stop.ucmp;
    }
  }

  // Rope slip in service: EN 81-50 5.11.2.1's coefficient of the car
  // loading case (0.1), since its emergency-braking one, lower at speed, is
  // for emergency stops (with it a sound 4 m/s lift would slide in its
  // normal runs).
  tower::ProcedureOptions service = options;
  service.rope_friction = tower::RopeFriction::kLoading;
  const double span = std::min(kSlipRunFloors, top) * lift.floor_height_m;
  constexpr std::array<double, 3> kSlipLoads = {0.0, 0.5, 1.0};
  for (std::size_t i = 0; i < kSlipLoads.size(); ++i) {
    const double load = kSlipLoads[i] * lift.rated_load_kg;
    out.slip_m[i][0] = tower::FlyRun(lift, "slip", span, 0.0, load, service).slip_m;
    out.slip_m[i][1] = tower::FlyRun(lift, "slip", 0.0, span, load, service).slip_m;
  }
  return out;
}

Result<const TwinFigures*> TwinDesigns::Get(const MachineSpec& spec,
                                            const std::vector<std::string>& faults) {
  std::string key =
      fmt::format("{}|{}|{}|{}|{}|{}", spec.floors, spec.floor_height_m, spec.rated_load_kg,
                  spec.rated_speed_mps, spec.acceleration_mps2, spec.door_close_s);
  for (const auto& f : faults) key += "|" + f;
  if (auto it = figures_.find(key); it != figures_.end()) return it->second.get();
  if (auto it = errors_.find(key); it != errors_.end()) return InvalidInput(it->second);
  const std::clock_t start = std::clock();
  auto lift = TowerLiftFor(spec);
  Result<TwinFigures> figures = lift.ok() ? ComputeTwinFigures(*lift, spec.floors, faults)
                                          : Result<TwinFigures>(lift.error());
  cpu_s_ += static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  if (!figures.ok()) {
    errors_[key] = figures.error().message();
    return figures.error();
  }
  auto& slot = figures_[key];
  slot = std::make_unique<TwinFigures>(std::move(*figures));
  slot->base = BaseFor(spec.rated_speed_mps);
  return slot.get();
}

}  // namespace hoistway::fleet
