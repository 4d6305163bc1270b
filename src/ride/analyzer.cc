#include "ride/analyzer.h"

#include <fmt/core.h>

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numbers>

#include "ride/traces.h"
#include "ride/units.h"

namespace hoistway::ride {

namespace {

// ISO 18738-1: the vertical acceleration for the motion figures is
// low-passed at 10 Hz (here a 2-pole Butterworth).
constexpr double kMotionLowPassHz = 10.0;
// The 2-pole Butterworth low-pass delays low frequencies by sqrt(2)/w_c
// (its group delay at 0 Hz); the stored signal is advanced by as much so
// that boundaries and velocity line up with the raw recording.
constexpr double kMotionDelayS = std::numbers::sqrt2 / (2.0 * std::numbers::pi * kMotionLowPassHz);
// Envelope blocks of the weighted vibration: 100 per second.
constexpr double kEnvelopeBlocksPerS = 100.0;
constexpr double kMps2ToMilliG = 1.0 / kMilliGInMps2;
// Peak indices are 32-bit.
constexpr std::int64_t kMaxSamples = std::numeric_limits<std::uint32_t>::max();

}  // namespace

RideAnalyzer::RideAnalyzer(AnalysisOptions options) : options_(options) {}

void RideAnalyzer::Start(const RecordingInfo& info) {
  assert(!started_);
  assert(info.sample_rate_hz >= kMinSampleRateHz && info.sample_rate_hz <= kMaxSampleRateHz);
  started_ = true;
  info_ = info;
  const double fs = info.sample_rate_hz;
  weighting_ = {WeightingFilter(Weighting::kWd, fs), WeightingFilter(Weighting::kWd, fs),
                WeightingFilter(Weighting::kWk, fs)};
  const auto block = std::max<std::int64_t>(1, std::llround(fs / kEnvelopeBlocksPerS));
  for (BlockEnvelope& e : envelopes_) e = BlockEnvelope(block);
  motion_low_pass_ = Biquad(BilinearTransform(
      AnalogLowPass(kMotionLowPassHz, std::numbers::sqrt2 / 2.0), fs, kMotionLowPassHz));
}

void RideAnalyzer::Add(const Sample& s) {
  assert(started_);
  if (count_ >= kMaxSamples) {
    ++count_;
    return;  // Finish reports it
  }
  const std::array<double, kAxisCount> xyz = {s.x, s.y, s.z};
  if (count_ == 0) {
    // Start as if the first sample had always been there: no step transient.
    for (int a = 0; a < kAxisCount; ++a) weighting_[a].Prime(xyz[a]);
    motion_low_pass_.Prime(s.z);
  }
  const auto index = static_cast<std::uint32_t>(count_);
  for (int a = 0; a < kAxisCount; ++a) {
    const double w = weighting_[a].Process(xyz[a]) * kMps2ToMilliG;
    peaks_[a].Add(w, index);
    envelopes_[a].Add(static_cast<float>(w));
  }
  acceleration_.push_back(static_cast<float>(motion_low_pass_.Process(s.z)));
  if (info_.has_sound) sound_.push_back(static_cast<float>(s.sound_dba));
  ++count_;
}

Result<RideReport> RideAnalyzer::Finish() {
  assert(started_);
  const double fs = info_.sample_rate_hz;
  for (auto& p : peaks_) p.Finish();
  for (auto& e : envelopes_) e.Finish();
  if (count_ > kMaxSamples) {
    return InvalidInput(fmt::format("recording too long: {} samples, at most {} can be analysed",
                                    count_, kMaxSamples));
  }
  const double duration_s = static_cast<double>(count_) / fs;
  if (duration_s < kMinRecordingS) {
    return InvalidInput(
        fmt::format("recording too short to hold a run: {} samples ({:.2f} s at {:g} Hz), at least "
                    "{:g} s needed",
                    count_, duration_s, fs, kMinRecordingS));
  }
  const auto delay = std::min<std::size_t>(
      acceleration_.size() - 1, static_cast<std::size_t>(std::llround(kMotionDelayS * fs)));
  acceleration_.erase(acceleration_.begin(),
                      acceleration_.begin() + static_cast<std::ptrdiff_t>(delay));
  acceleration_.insert(acceleration_.end(), delay, acceleration_.back());
  MotionOptions motion_options = options_.motion;
  motion_options.gravity_included = info_.gravity == Gravity::kIncluded;
  Result<MotionAnalysis> motion = AnalyzeMotion(acceleration_, fs, motion_options);
  if (!motion.ok()) return motion.error();

  RideReport report;
  report.recording = info_;
  report.samples = count_;
  report.duration_s = duration_s;
  report.motion = std::move(motion).value();
  const MotionAnalysis& m = report.motion;
  for (int a = 0; a < kAxisCount; ++a) {
    AxisVibration& v = report.vibration[a];
    const auto& peaks = peaks_[a].peaks();
    v.weighting = a == 2 ? Weighting::kWk : Weighting::kWd;
    v.run = PeakToPeakIn(peaks, m.run);
    v.constant_speed = PeakToPeakIn(peaks, m.constant_speed);
    v.iso = a == 2 ? PeakToPeakIn(peaks, m.run, m.jerk_zones) : v.run;
  }
  if (info_.has_sound) {
    report.sound.constant_speed = SoundIn(sound_, m.constant_speed);
    report.sound.run = SoundIn(sound_, m.run);
    report.sound.recording = SoundIn(sound_, {0, count_});
  }
  TraceSources sources{fs, acceleration_, sound_, &envelopes_};
  report.traces = BuildTraces(sources, report, options_.trace_points);
  return report;
}

}  // namespace hoistway::ride
