// Kinetic energy of power-operated horizontal doors (EN 81-20 5.3.6.2.2.1 b):
// the energy of the car and landing doors' moving parts at the mean closing
// speed, which the standard measures over the closing travel less 25 mm at
// each end, must not exceed 10 J.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {
namespace {

constexpr double kEndZoneM = 0.025;  // left out at each end of the travel
constexpr double kDoorEnergyLimitJ = 10.0;

// The door operator's closing profile: accelerate at a to a cruise speed,
// cruise, decelerate at a to the closed position over `width`.
struct DoorProfile {
  double width = 0.0;
  double accel = 0.0;
  double cruise = 0.0;
  // Speed at distance s from the open position.
  double SpeedAt(double s) const {
    const double from_end = width - s;
    return std::min({cruise, std::sqrt(2.0 * accel * std::max(s, 0.0)),
                     std::sqrt(2.0 * accel * std::max(from_end, 0.0))});
  }
};

// Integrates the door's closing in time (steps of dt), starting with a
// small nudge so that it leaves the open position; returns the times it
// passes the two ends of the measuring zone and the total closing time.
struct DoorRun {
  double enter_s = NAN;
  double leave_s = NAN;
  double closed_s = NAN;
};

DoorRun Close(const DoorProfile& p, double dt, Trace* trace, bool record) {
  DoorRun run;
  double s = 0.0;
  double t = 0.0;
  const double nudge = 1e-6;  // the profile's speed is zero at the very start
  while (s < p.width - 1e-9 && t < 600.0) {
    const double v = std::max(p.SpeedAt(s), std::sqrt(2.0 * p.accel * nudge));
    // Midpoint step on ds/dt = v(s).
    const double v_mid = std::max(p.SpeedAt(s + 0.5 * v * dt), std::sqrt(2.0 * p.accel * nudge));
    const double s_next = std::min(p.width, s + v_mid * dt);
    const double step = s_next >= p.width ? (p.width - s) / v_mid : dt;
    const auto cross = [&](double level, double* at) {
      if (std::isnan(*at) && s < level && s_next >= level) *at = t + (level - s) / v_mid;
    };
    cross(kEndZoneM, &run.enter_s);
    cross(p.width - kEndZoneM, &run.leave_s);
    if (record) {
      trace->time_s.push_back(t);
      trace->position_m.push_back(s);
      trace->velocity_mps.push_back(v);
      trace->acceleration_mps2.push_back(0.0);
    }
    s = s_next;
    t += step;
  }
  run.closed_s = t;
  return run;
}

// The mean speed of `p` over the measuring zone, by quadrature of 1/v.
double ZoneMean(const DoorProfile& p) {
  constexpr int kSlices = 200;
  const double zone = p.width - 2.0 * kEndZoneM;
  double time = 0.0;
  for (int k = 0; k < kSlices; ++k) {
    const double s = kEndZoneM + (k + 0.5) * zone / kSlices;
    time += (zone / kSlices) / p.SpeedAt(s);
  }
  return zone / time;
}

// The cruise speed at which the mean speed over the measuring zone equals
// `mean`: the operator is commissioned to a mean closing speed.
double CruiseFor(double mean, double width, double accel) {
  double lo = mean, hi = 20.0 * mean;
  for (int i = 0; i < 50; ++i) {
    const double mid = 0.5 * (lo + hi);
    if (ZoneMean(DoorProfile{width, accel, mid}) < mean) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return 0.5 * (lo + hi);
}

}  // namespace

double MaxMeanClosingSpeed(const LiftSpec& lift) {
  // Without a cruise limit the profile is a triangle of peak sqrt(a w).
  const double width = lift.doors.opening_width_m;
  return ZoneMean(DoorProfile{width, lift.doors.acceleration_mps2,
                              std::sqrt(lift.doors.acceleration_mps2 * width)});
}

TestResult RunDoorKineticEnergy(const LiftSpec& lift, const ProcedureOptions& options) {
  const auto& doors = lift.doors;
  TestResult r;
  r.id = "door_kinetic_energy";
  r.clause = "EN 81-20 5.3.6.2.2.1 b";
  r.title = fmt::format("doors ({:.0f} kg moving) closing {:.2f} m at a mean {:.3f} m/s",
                        doors.moving_mass_kg, doors.opening_width_m, doors.closing_speed_mps);
  r.unit = "J";
  const DoorProfile profile{
      doors.opening_width_m, doors.acceleration_mps2,
      CruiseFor(doors.closing_speed_mps, doors.opening_width_m, doors.acceleration_mps2)};
  const DoorRun run = Close(profile, options.machine.time_step_s, &r.trace, options.traces);
  const double mean = (doors.opening_width_m - 2.0 * kEndZoneM) / (run.leave_s - run.enter_s);
  r.measured = 0.5 * doors.moving_mass_kg * mean * mean;
  r.comparison = Comparison::kAtMost;
  r.limit = kDoorEnergyLimitJ;
  r.limit_text = "<= 10 J at the mean closing speed";
  r.figures.push_back({"mean_closing_speed", mean, "m/s", "over the travel less 25 mm each end"});
  r.figures.push_back({"peak_energy", 0.5 * doors.moving_mass_kg * profile.cruise * profile.cruise,
                       "J", "at the operator's top speed"});
  r.figures.push_back({"closing_time", run.closed_s, "s", "from open to closed"});
  r.finding =
      fmt::format("{:.2f} J at a mean {:.3f} m/s ({:.3f} m/s at most); the doors close in {:.2f} s",
                  r.measured, mean, profile.cruise, run.closed_s);
  Judge(r);
  return r;
}

}  // namespace hoistway::tower
