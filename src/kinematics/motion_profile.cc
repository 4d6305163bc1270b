#include "kinematics/motion_profile.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>

namespace hoistway {

MotionProfile MotionProfile::RestToRest(double distance_m, const MotionLimits& limits) {
  const double v = limits.speed_mps;
  const double a = limits.acceleration_mps2;
  const double j = limits.jerk_mps3;
  assert(v > 0 && a > 0 && j > 0 && distance_m >= 0);

  MotionProfile p;
  p.distance_m_ = distance_m;
  p.jerk_ = j;
  if (distance_m <= 0.0) return p;

  // Acceleration phase to rated speed: peak acceleration a_p = min(a, sqrt(v j)),
  // duration v/a_p + a_p/j, distance v/2 times that.
  const double a_peak = std::min(a, std::sqrt(v * j));
  const double accel_time = v / a_peak + a_peak / j;
  const double accel_distance = 0.5 * v * accel_time;

  if (2.0 * accel_distance <= distance_m) {
    p.regime_ =
        a_peak < a ? MotionRegime::kFullSpeedOnly : MotionRegime::kFullSpeedFullAcceleration;
    p.peak_velocity_ = v;
    p.peak_acceleration_ = a_peak;
    p.t_jerk_ = a_peak / j;
    p.t_const_acc_ = v / a_peak - a_peak / j;
    p.t_cruise_ = (distance_m - 2.0 * accel_distance) / v;
    return p;
  }

  // No cruise. With the full acceleration a reached, the peak velocity v'
  // solves D = v' (v'/a + a/j); this needs D >= 2 a^3 / j^2 (then v' >= a^2/j).
  const double full_accel_distance = 2.0 * a * a * a / (j * j);
  if (distance_m >= full_accel_distance) {
    const double r = a / j;
    const double v_peak = 0.5 * a * (-r + std::sqrt(r * r + 4.0 * distance_m / a));
    p.regime_ = MotionRegime::kFullAccelerationOnly;
    p.peak_velocity_ = v_peak;
    p.peak_acceleration_ = a;
    p.t_jerk_ = r;
    p.t_const_acc_ = std::max(0.0, v_peak / a - r);
    return p;
  }

  // Pure jerk phases: D = 2 j t^3.
  const double t = std::cbrt(distance_m / (2.0 * j));
  p.regime_ = MotionRegime::kNeither;
  p.t_jerk_ = t;
  p.peak_acceleration_ = j * t;
  p.peak_velocity_ = j * t * t;
  return p;
}

MotionState MotionProfile::At(double t) const {
  const std::array<double, 7> durations = {t_jerk_, t_const_acc_, t_jerk_, t_cruise_,
                                           t_jerk_, t_const_acc_, t_jerk_};
  const std::array<double, 7> jerks = {jerk_, 0.0, -jerk_, 0.0, -jerk_, 0.0, jerk_};
  t = std::clamp(t, 0.0, FlightTime());

  double x = 0.0;
  double v = 0.0;
  double acc = 0.0;
  for (std::size_t i = 0; i < durations.size(); ++i) {
    const double dt = std::min(t, durations[i]);
    const double jk = jerks[i];
    x += v * dt + 0.5 * acc * dt * dt + jk * dt * dt * dt / 6.0;
    v += acc * dt + 0.5 * jk * dt * dt;
    acc += jk * dt;
    if (t <= durations[i]) {
      return {x, v, acc, t < durations[i] ? jk : 0.0};
    }
    t -= durations[i];
  }
  return {distance_m_, 0.0, 0.0, 0.0};
}

double MotionProfile::CommitTime() const {
  if (t_cruise_ > 0.0) return FlightTime() - (2.0 * t_jerk_ + t_const_acc_);
  return t_jerk_ + t_const_acc_;
}

}  // namespace hoistway
