// Jerk-limited motion of a lift car from rest to rest.
//
// The car accelerates with jerk +j up to at most acceleration a, reaches at
// most the rated speed v, and mirrors the acceleration phase to stop: seven
// phases of constant jerk (+j, 0, -j, 0, -j, 0, +j). Four regimes arise
// (Peters, "Ideal lift kinematics", ELEVCON 1995): rated speed and full
// acceleration reached; full acceleration only; rated speed only (always the
// case when v < a^2/j, where the acceleration peaks at sqrt(v j)); neither.
#pragma once

namespace hoistway {

struct MotionLimits {
  double speed_mps = 0.0;          // rated speed v > 0
  double acceleration_mps2 = 0.0;  // a > 0
  double jerk_mps3 = 0.0;          // j > 0
};

enum class MotionRegime {
  kFullSpeedFullAcceleration,  // reaches v and a: cruises at v
  kFullAccelerationOnly,       // reaches a, peaks below v
  kFullSpeedOnly,              // reaches v with peak acceleration sqrt(v j) < a
  kNeither,                    // peaks below v and below a
};

struct MotionState {
  double position_m = 0.0;  // distance travelled from the start
  double velocity_mps = 0.0;
  double acceleration_mps2 = 0.0;
  double jerk_mps3 = 0.0;
};

// One rest-to-rest trip. Immutable and cheap to copy.
class MotionProfile {
 public:
  // The fastest trip over `distance_m` (>= 0) within `limits` (all > 0).
  static MotionProfile RestToRest(double distance_m, const MotionLimits& limits);

  double distance_m() const { return distance_m_; }
  // Total time from the start of motion to standstill.
  double FlightTime() const { return 4.0 * t_jerk_ + 2.0 * t_const_acc_ + t_cruise_; }
  double PeakVelocity() const { return peak_velocity_; }
  double PeakAcceleration() const { return peak_acceleration_; }
  MotionRegime regime() const { return regime_; }

  // Position, velocity, acceleration and jerk at `t` seconds after the start;
  // t is clamped to [0, FlightTime()].
  MotionState At(double t) const;

  // Every rest-to-rest trip from the same start with the same limits follows
  // the same curve until it has to start slowing down: a shorter trip leaves
  // the common curve first. This is the instant this trip leaves it, i.e. the
  // latest moment a car heading further could still be told to stop here.
  double CommitTime() const;

 private:
  double distance_m_ = 0.0;
  double jerk_ = 0.0;
  double t_jerk_ = 0.0;       // duration of each of the four constant-jerk phases
  double t_const_acc_ = 0.0;  // duration of each constant-acceleration phase
  double t_cruise_ = 0.0;     // duration at peak velocity
  double peak_velocity_ = 0.0;
  double peak_acceleration_ = 0.0;
  MotionRegime regime_ = MotionRegime::kNeither;
};

}  // namespace hoistway
