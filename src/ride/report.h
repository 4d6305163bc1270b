// Everything `hoistway ride` finds in one recording: the figures, the
// boundaries they were computed within, and decimated traces to plot.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ride/frequency_weighting.h"
#include "ride/motion_analysis.h"
#include "ride/peak_to_peak.h"
#include "ride/recording.h"
#include "ride/sound.h"

namespace hoistway::ride {

inline constexpr int kAxisCount = 3;  // x, y, z
inline constexpr std::array<const char*, kAxisCount> kAxisNames = {"x", "y", "z"};

// Vibration of one axis, in mg, frequency-weighted.
struct AxisVibration {
  Weighting weighting = Weighting::kWd;
  // The figures ISO 18738-1 asks for: within boundaries 0..3, and for the
  // vertical axis without the jerk zones (their ramps of acceleration are
  // motion, not vibration).
  PeakToPeakStats iso;
  PeakToPeakStats run;             // boundaries 0..3, everything
  PeakToPeakStats constant_speed;  // boundaries 1..2
};

struct SoundReport {
  std::optional<SoundFigures> constant_speed;  // boundaries 1..2: the headline figures
  std::optional<SoundFigures> run;             // boundaries 0..3
  std::optional<SoundFigures> recording;       // every reading
};

// A signal to plot: for each of its buckets (of dt_s from t0_s) the lowest
// and highest value. NaN marks a bucket without data.
struct Trace {
  std::string name;
  std::string unit;
  double t0_s = 0.0;
  double dt_s = 0.0;
  std::vector<float> low;
  std::vector<float> high;
};

// A point of a trace to mark (e.g. the peaks of the largest peak-to-peak).
struct Mark {
  double t_s = 0.0;
  double value = 0.0;
};

struct RideTraces {
  double begin_s = 0.0;  // the plotted window: the run with 2 s either side
  double end_s = 0.0;
  std::array<Trace, kAxisCount> vibration;                  // weighted, mg
  std::array<std::array<Mark, 2>, kAxisCount> max_pk_pk{};  // peaks of the ISO maximum
  Trace acceleration;                                       // vertical, 10 Hz, m/s^2
  Trace velocity;                                           // m/s
  Trace jerk;                                               // m/s^3, for display
  std::optional<Trace> sound;                               // dB(A)
};

struct RideReport {
  RecordingInfo recording;
  std::int64_t samples = 0;
  double duration_s = 0.0;
  MotionAnalysis motion;
  std::array<AxisVibration, kAxisCount> vibration;
  SoundReport sound;
  RideTraces traces;
};

}  // namespace hoistway::ride
