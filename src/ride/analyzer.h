// The ride-quality analysis of one recording, fed one sample at a time.
//
// Streaming: each sample passes at once through the weighting filters (Wk
// on z, Wd on x and y) into half-cycle peak trackers, and through the 10 Hz
// low-pass of the vertical motion; the raw samples are not kept. What is
// kept per sample is the vertical low-passed acceleration and the sound
// level (4 bytes each), because the run's boundaries are only known once
// the whole recording has been seen. Memory: about 8 bytes per sample plus
// one record per vibration half-cycle.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/status.h"
#include "ride/biquad.h"
#include "ride/envelope.h"
#include "ride/frequency_weighting.h"
#include "ride/motion_analysis.h"
#include "ride/peak_to_peak.h"
#include "ride/recording.h"
#include "ride/report.h"

namespace hoistway::ride {

struct AnalysisOptions {
  MotionOptions motion;             // boundary overrides, constant-speed fraction
  std::size_t trace_points = 1500;  // buckets per plotted trace
};

// A recording shorter than this cannot hold rest, a run and rest.
inline constexpr double kMinRecordingS = 2.0;
// Sample rates accepted (the weighting's 12.5 Hz corner needs more than 25 Hz).
inline constexpr double kMinSampleRateHz = 30.0;
inline constexpr double kMaxSampleRateHz = 100000.0;

// Not thread-safe; one analyzer per recording.
class RideAnalyzer final : public SampleSink {
 public:
  explicit RideAnalyzer(AnalysisOptions options = {});

  // Requires kMinSampleRateHz <= info.sample_rate_hz <= kMaxSampleRateHz
  // (readers check it). Call once, before Add.
  void Start(const RecordingInfo& info) override;
  // One sample in m/s^2 (gravity may be in it) and dB(A).
  void Add(const Sample& s) override;

  std::int64_t sample_count() const { return count_; }

  // Computes every figure. Fails (kInvalidInput) when the recording is too
  // short to hold a run, holds no complete run, or the overrides do not fit.
  // Call once, after the last Add.
  Result<RideReport> Finish();

 private:
  AnalysisOptions options_;
  RecordingInfo info_;
  std::vector<WeightingFilter> weighting_;  // x, y, z
  std::array<HalfCyclePeakTracker, kAxisCount> peaks_;
  std::array<BlockEnvelope, kAxisCount> envelopes_;
  Biquad motion_low_pass_;
  std::vector<float> acceleration_;  // vertical, 10 Hz low-passed, m/s^2
  std::vector<float> sound_;
  std::int64_t count_ = 0;
  bool started_ = false;
};

}  // namespace hoistway::ride
