// The motion of the car during one run: boundaries, velocity, distance and
// the ISO 18738-1 motion figures, from the vertical acceleration.
//
// Boundaries (all in seconds from the start of the recording):
//   0  start of motion   start of jerk zone 1 (see run_detection.h)
//   1  start of constant speed: the first instant the speed reaches 95 % of
//      its maximum
//   2  end of constant speed: the last instant the speed is at 95 % of its
//      maximum
//   3  end of motion     end of jerk zone 4
// Each can be overridden. The acceleration (low-passed at 10 Hz, ISO
// 18738-1) is integrated (trapezoidal rule) from 0.5 s before boundary 0 to
// 0.5 s after boundary 3 (lifts often stir before the jerk line starts:
// brake release, a start kick), after removing the mean of up to 2 s of
// rest before that (after it, when the car was not at rest long enough
// before). The car is at rest at both ends, so what velocity remains at the
// end is drift (a residual offset, sensor tilt): it is removed as a linear
// trend, i.e. as a constant acceleration bias, and reported.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <vector>

#include "core/status.h"
#include "ride/peak_to_peak.h"
#include "ride/run_detection.h"

namespace hoistway::ride {

// Boundaries given by the user instead of detected, in seconds from the
// start of the recording.
struct BoundaryOverrides {
  std::optional<double> start_s;
  std::optional<double> constant_speed_begin_s;
  std::optional<double> constant_speed_end_s;
  std::optional<double> end_s;
  int run = 1;  // which run of a recording holding several (1-based)
};

struct MotionOptions {
  BoundaryOverrides overrides;
  // The constant-speed region is where the speed is at least this fraction
  // of its maximum.
  double constant_speed_fraction = 0.95;
  // The vertical axis contains gravity: its rest level tells which way is up.
  bool gravity_included = false;
};

struct RunBoundaries {
  double start_s = 0.0;
  double constant_speed_begin_s = 0.0;
  double constant_speed_end_s = 0.0;
  double end_s = 0.0;
  std::array<JerkZone, 4> jerk_zones{};
  bool overridden = false;  // at least one boundary came from the user
};

// ISO 18738-1 motion figures; accelerations are magnitudes.
struct MotionFigures {
  double travel_m = 0.0;
  double max_velocity_mps = 0.0;
  double v95_mps = 0.0;                // level 95 % of the speeds at constant speed do not exceed
  double max_acceleration_mps2 = 0.0;  // speeding up, between boundaries 0 and 1
  double max_deceleration_mps2 = 0.0;  // slowing down, between boundaries 2 and 3
  double a95_acceleration_mps2 = 0.0;  // A95 between jerk zones 1 and 2
  double a95_deceleration_mps2 = 0.0;  // A95 between jerk zones 3 and 4
  double max_jerk_mps3 = 0.0;          // largest of the four jerk zones
};

struct MotionAnalysis {
  RunBoundaries boundaries;
  MotionFigures figures;
  int runs_detected = 0;
  int run_index = 1;              // which of them this is (1-based)
  int direction = 1;              // +1 up, -1 down
  double rest_offset_mps2 = 0.0;  // removed from the vertical channel (gravity, offset)
  double vertical_sign = 1.0;     // -1 when the vertical axis pointed down
  double drift_mps = 0.0;         // velocity left at boundary 3 before drift removal
  double cruise_s = 0.0;          // from jerk zone 2's end to zone 3's start (0: no cruise)
  SampleRange run;                // boundaries 0..3 as samples
  SampleRange integrated;         // the run with 0.5 s of rest either side
  SampleRange constant_speed;     // boundaries 1..2 as samples
  std::array<SampleRange, 4> jerk_zones{};
  std::vector<float> velocity_mps;  // over `integrated`, signed (positive up)
  std::vector<float> position_m;    // over `integrated`, from 0 at its start
};

// Analyses the run selected by options.overrides.run. `acceleration` is the
// vertical channel, low-passed at 10 Hz, in m/s^2. Fails (kInvalidInput)
// when no complete run is found or the boundaries are inconsistent.
Result<MotionAnalysis> AnalyzeMotion(std::span<const float> acceleration, double sample_rate_hz,
                                     const MotionOptions& options);

}  // namespace hoistway::ride
