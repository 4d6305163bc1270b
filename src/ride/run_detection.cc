#include "ride/run_detection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "ride/biquad.h"

namespace hoistway::ride {

namespace {

constexpr double kDetectionRateHz = 50.0;      // rate of the smoothed copy
constexpr double kDetectionSmoothingHz = 1.0;  // its zero-phase low-pass
constexpr double kPulseThreshold = 0.3;        // fraction of the largest magnitude
constexpr double kMinPulseS = 0.3;             // shorter excursions are not lift motion
constexpr double kMinPeakMps2 = 0.05;          // below this the car did not move
constexpr double kJerkSmoothingHz = 5.0;       // zero-phase low-pass for the ramps
constexpr double kPlateauFraction = 0.8;       // of the smoothed peak: the plateau
constexpr double kLowLevel = 0.1;              // ramp points of ISO-style jerk measurement
constexpr double kMidLevel = 0.5;
constexpr double kHighLevel = 0.9;
constexpr double kButterworthQ = std::numbers::sqrt2 / 2.0;

BiquadCoefficients LowPass(double f_hz, double fs) {
  return BilinearTransform(AnalogLowPass(f_hz, kButterworthQ), fs, f_hz);
}

std::vector<Pulse> FindPulses(const std::vector<float>& d, double threshold, std::int64_t step,
                              double rate) {
  std::vector<Pulse> pulses;
  const auto min_len = static_cast<std::int64_t>(std::ceil(kMinPulseS * rate));
  const auto n = static_cast<std::int64_t>(d.size());
  std::int64_t i = 0;
  while (i < n) {
    const float v = d[static_cast<std::size_t>(i)];
    if (std::fabs(v) <= threshold) {
      ++i;
      continue;
    }
    const int sign = v > 0 ? 1 : -1;
    std::int64_t j = i;
    while (j<n&& static_cast<double>(sign) * d[static_cast<std::size_t>(j)]> threshold) ++j;
    if (j - i >= min_len) pulses.push_back({{i * step, j * step}, sign});
    i = j;
  }
  return pulses;
}

// Fractional index where sign * s crosses `level`, scanning from `from`
// towards `limit` (inclusive) in steps of `dir`; `limit` if it never does.
double Crossing(std::span<const float> s, std::int64_t from, std::int64_t limit, int dir,
                double level, int sign) {
  auto value = [&](std::int64_t i) {
    return sign * static_cast<double>(s[static_cast<std::size_t>(i)]);
  };
  const bool above = value(from) >= level;
  for (std::int64_t i = from + dir; dir > 0 ? i <= limit : i >= limit; i += dir) {
    const double v = value(i);
    if ((v >= level) != above) {
      const double prev = value(i - dir);
      const double frac = (level - prev) / (v - prev);
      return static_cast<double>(i - dir) + dir * frac;
    }
  }
  return static_cast<double>(limit);
}

struct PulseZones {
  JerkZone rising;   // from rest to the plateau
  JerkZone falling;  // from the plateau back to rest
};

Result<PulseZones> ZonesOfPulse(std::span<const float> s, std::int64_t offset, double fs,
                                const RunDetection& detection, const Pulse& pulse) {
  const int sign = pulse.sign;
  // The plateau: where the heavily smoothed signal is within 80 % of its peak.
  const auto& d = detection.smoothed;
  const std::int64_t j0 = pulse.range.begin / detection.step;
  const std::int64_t j1 =
      std::min<std::int64_t>(pulse.range.end / detection.step, static_cast<std::int64_t>(d.size()));
  double peak = 0.0;
  for (std::int64_t j = j0; j < j1; ++j) peak = std::max(peak, sign * static_cast<double>(d[j]));
  std::int64_t plateau_begin = -1;
  std::int64_t plateau_end = -1;
  for (std::int64_t j = j0; j < j1; ++j) {
    if (static_cast<double>(sign) * d[j] >= kPlateauFraction * peak) {
      if (plateau_begin < 0) plateau_begin = j;
      plateau_end = j + 1;
    }
  }
  const auto n = static_cast<std::int64_t>(s.size());
  const std::int64_t p0 =
      std::clamp<std::int64_t>(plateau_begin * detection.step - offset, 0, n - 1);
  const std::int64_t p1 =
      std::clamp<std::int64_t>(plateau_end * detection.step - offset, p0 + 1, n);
  // Plateau level L: the median over the plateau, robust to vibration.
  std::vector<float> plateau(s.begin() + p0, s.begin() + p1);
  for (float& v : plateau) v *= static_cast<float>(sign);
  std::nth_element(plateau.begin(),
                   plateau.begin() + static_cast<std::ptrdiff_t>(plateau.size() / 2),
                   plateau.end());
  const double level = plateau[plateau.size() / 2];
  if (level <= 0.0) return InvalidInput("the acceleration has no plateau to measure jerk against");

  auto value = [&](std::int64_t i) {
    return sign * static_cast<double>(s[static_cast<std::size_t>(i)]);
  };
  auto seconds = [&](double index) { return (index + static_cast<double>(offset)) / fs; };
  auto zone = [&](double t_low, double t_high) {
    // The 10 %-90 % line, extended to 0 % and 100 % of the plateau.
    const double span = std::max(std::fabs(t_high - t_low), 1.0);
    const double ext = span * kLowLevel / (kHighLevel - kLowLevel);
    const double begin = std::min(t_low, t_high) - ext;
    const double end = std::max(t_low, t_high) + ext;
    return JerkZone{seconds(begin), seconds(end), (kHighLevel - kLowLevel) * level * fs / span};
  };

  // Rising edge: back from the plateau to the 50 % point, then out to 10 % and 90 %.
  std::int64_t mid = p0;
  while (mid > 0 && value(mid - 1) >= kMidLevel * level) --mid;
  if (mid == 0 && value(0) >= kLowLevel * level) {
    return InvalidInput("the recording starts in motion: no rest before the first acceleration");
  }
  const double rise_low = Crossing(s, mid, 0, -1, kLowLevel * level, 1 * sign);
  const double rise_high = Crossing(s, mid, p1 - 1, +1, kHighLevel * level, sign);
  // Falling edge: forward from the plateau to the 50 % point.
  std::int64_t mid2 = p1 - 1;
  while (mid2 < n - 1 && value(mid2 + 1) >= kMidLevel * level) ++mid2;
  if (mid2 == n - 1 && value(n - 1) >= kLowLevel * level) {
    return InvalidInput("the recording ends in motion: no rest after the last deceleration");
  }
  const double fall_high = Crossing(s, mid2, p0, -1, kHighLevel * level, sign);
  const double fall_low = Crossing(s, mid2, n - 1, +1, kLowLevel * level, sign);
  return PulseZones{zone(rise_low, rise_high), zone(fall_high, fall_low)};
}

}  // namespace

RunDetection DetectRuns(std::span<const float> acceleration, double sample_rate_hz) {
  RunDetection r;
  r.step = std::max<std::int64_t>(1, static_cast<std::int64_t>(sample_rate_hz / kDetectionRateHz));
  const double rate = sample_rate_hz / static_cast<double>(r.step);
  for (std::size_t i = 0; i < acceleration.size(); i += static_cast<std::size_t>(r.step)) {
    r.smoothed.push_back(acceleration[i]);
  }
  if (r.smoothed.empty()) return r;
  std::vector<float> sorted = r.smoothed;
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() / 2),
                   sorted.end());
  r.offset_mps2 = sorted[sorted.size() / 2];
  for (float& v : r.smoothed) v -= static_cast<float>(r.offset_mps2);
  if (kDetectionSmoothingHz < 0.45 * rate) {
    FilterZeroPhase(r.smoothed, LowPass(kDetectionSmoothingHz, rate));
  }
  for (float v : r.smoothed) r.peak_mps2 = std::max(r.peak_mps2, std::fabs(static_cast<double>(v)));
  if (r.peak_mps2 < kMinPeakMps2) return r;

  const std::vector<Pulse> pulses =
      FindPulses(r.smoothed, kPulseThreshold * r.peak_mps2, r.step, rate);
  for (std::size_t i = 0; i + 1 < pulses.size();) {
    if (pulses[i].sign != pulses[i + 1].sign) {
      r.runs.push_back({pulses[i], pulses[i + 1]});
      i += 2;
    } else {
      ++i;  // an unpaired pulse (a run cut off by the recording's start)
    }
  }
  return r;
}

Result<std::array<JerkZone, 4>> FindJerkZones(std::span<const float> acceleration,
                                              double sample_rate_hz, const RunDetection& detection,
                                              const RunPulses& run, SampleRange search) {
  std::vector<float> s(acceleration.begin() + search.begin, acceleration.begin() + search.end);
  for (float& v : s) v -= static_cast<float>(detection.offset_mps2);
  if (kJerkSmoothingHz < 0.45 * sample_rate_hz) {
    FilterZeroPhase(s, LowPass(kJerkSmoothingHz, sample_rate_hz));
  }
  const Result<PulseZones> up =
      ZonesOfPulse(s, search.begin, sample_rate_hz, detection, run.speeding_up);
  if (!up.ok()) return up.error();
  const Result<PulseZones> down =
      ZonesOfPulse(s, search.begin, sample_rate_hz, detection, run.slowing_down);
  if (!down.ok()) return down.error();
  return std::array<JerkZone, 4>{up->rising, up->falling, down->rising, down->falling};
}

}  // namespace hoistway::ride
