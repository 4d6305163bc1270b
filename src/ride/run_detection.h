// Finding lift runs, and the jerk zones of a run, in the vertical
// acceleration of a recording.
//
// A run is an acceleration pulse followed by a deceleration pulse of the
// opposite sign. Pulses are found on a strongly smoothed copy of the
// signal (zero-phase 1 Hz low-pass, decimated to about 50 samples/s): a
// pulse is where the smoothed acceleration stays beyond 30 % of its largest
// magnitude for at least 0.3 s. Door operations and steps in the car are
// too short to count.
//
// Each pulse has two jerk zones, where the acceleration ramps between rest
// and its plateau. A zone is found on a zero-phase 5 Hz low-pass of the
// signal: the times t10 and t90 where the ramp crosses 10 % and 90 % of the
// plateau level L give the jerk 0.8 L / (t90 - t10); the zone is that
// straight line extended to 0 and to L. (Measuring jerk between the 10 %
// and 90 % points keeps vibration on the signal from dominating it.)
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "core/status.h"
#include "ride/peak_to_peak.h"

namespace hoistway::ride {

// A pulse of acceleration: full-rate sample indices and sign (+1 or -1).
struct Pulse {
  SampleRange range;
  int sign = 1;
};

// The two pulses of one run, in order of time.
struct RunPulses {
  Pulse speeding_up;
  Pulse slowing_down;
};

struct RunDetection {
  std::vector<RunPulses> runs;
  double offset_mps2 = 0.0;  // median of the signal: the level at rest or cruising
  double peak_mps2 = 0.0;    // largest magnitude of the smoothed, offset-free signal
  // The smoothed signal, offset removed, one value every `step` samples.
  std::vector<float> smoothed;
  std::int64_t step = 1;
};

// Finds the runs in `acceleration` (vertical, m/s^2, any constant offset,
// already low-passed at 10 Hz) sampled at sample_rate_hz.
RunDetection DetectRuns(std::span<const float> acceleration, double sample_rate_hz);

// One jerk zone, in seconds from the start of the recording, and the
// magnitude of its jerk.
struct JerkZone {
  double begin_s = 0.0;
  double end_s = 0.0;
  double jerk_mps3 = 0.0;
};

// The four jerk zones of `run` (start and end of the speeding-up pulse,
// start and end of the slowing-down pulse), searched within `search`.
// Fails (kInvalidInput) when a ramp cannot be followed to its 10 % level.
Result<std::array<JerkZone, 4>> FindJerkZones(std::span<const float> acceleration,
                                              double sample_rate_hz, const RunDetection& detection,
                                              const RunPulses& run, SampleRange search);

}  // namespace hoistway::ride
