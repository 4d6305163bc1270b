#include "ride/traces.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include "ride/biquad.h"

namespace hoistway::ride {

namespace {

constexpr double kMarginS = 2.0;        // plotted either side of the run
constexpr double kJerkDisplayHz = 2.0;  // smoothing before differentiating
constexpr float kNoData = std::numeric_limits<float>::quiet_NaN();

std::int64_t CeilDiv(std::int64_t a, std::int64_t b) {
  return (a + b - 1) / b;
}

// Buckets of `bucket` samples over [begin, end) of a signal given by value(i).
template <typename Value>
Trace Envelope(const char* name, const char* unit, std::int64_t begin, std::int64_t end,
               std::int64_t bucket, double fs, Value value) {
  Trace t{name, unit, static_cast<double>(begin) / fs, static_cast<double>(bucket) / fs, {}, {}};
  for (std::int64_t b = begin; b < end; b += bucket) {
    float lo = std::numeric_limits<float>::infinity();
    float hi = -lo;
    for (std::int64_t i = b; i < std::min(end, b + bucket); ++i) {
      const float v = value(i);
      if (std::isnan(v)) continue;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
    t.low.push_back(lo <= hi ? lo : kNoData);
    t.high.push_back(lo <= hi ? hi : kNoData);
  }
  return t;
}

Trace FromBlocks(const char* name, const BlockEnvelope& env, std::int64_t begin, std::int64_t end,
                 std::size_t points, double fs) {
  const std::int64_t block = env.block_samples();
  const auto blocks = static_cast<std::int64_t>(env.low().size());
  const std::int64_t first = std::min(begin / block, blocks);
  const std::int64_t last = std::min(CeilDiv(end, block), blocks);
  const std::int64_t per =
      std::max<std::int64_t>(1, CeilDiv(last - first, static_cast<std::int64_t>(points)));
  Trace t{
      name, "mg", static_cast<double>(first * block) / fs, static_cast<double>(per * block) / fs,
      {},   {}};
  for (std::int64_t b = first; b < last; b += per) {
    const auto lo = env.low().begin() + b;
    const auto hi = env.high().begin() + b;
    const std::int64_t count = std::min(per, last - b);
    t.low.push_back(*std::min_element(lo, lo + count));
    t.high.push_back(*std::max_element(hi, hi + count));
  }
  return t;
}

}  // namespace

RideTraces BuildTraces(const TraceSources& src, const RideReport& report, std::size_t points) {
  const double fs = src.sample_rate_hz;
  const MotionAnalysis& m = report.motion;
  const auto n = static_cast<std::int64_t>(src.acceleration.size());
  const auto margin = static_cast<std::int64_t>(kMarginS * fs);
  const std::int64_t begin = std::max<std::int64_t>(0, m.run.begin - margin);
  const std::int64_t end = std::min(n, m.run.end + margin);
  const std::int64_t bucket =
      std::max<std::int64_t>(1, CeilDiv(end - begin, static_cast<std::int64_t>(points)));

  RideTraces t;
  t.begin_s = static_cast<double>(begin) / fs;
  t.end_s = static_cast<double>(end) / fs;
  for (int a = 0; a < kAxisCount; ++a) {
    t.vibration[a] = FromBlocks(kAxisNames[a], (*src.vibration)[a], begin, end, points, fs);
    const AxisVibration& v = report.vibration[a];
    t.max_pk_pk[a] = {Mark{v.iso.max_first.index / fs, v.iso.max_first.value},
                      Mark{v.iso.max_second.index / fs, v.iso.max_second.value}};
  }

  auto acceleration = [&](std::int64_t i) {
    return static_cast<float>(m.vertical_sign *
                              (src.acceleration[static_cast<std::size_t>(i)] - m.rest_offset_mps2));
  };
  t.acceleration = Envelope("acceleration", "m/s^2", begin, end, bucket, fs, acceleration);
  t.velocity = Envelope("velocity", "m/s", begin, end, bucket, fs, [&](std::int64_t i) {
    return m.integrated.Contains(i)
               ? m.velocity_mps[static_cast<std::size_t>(i - m.integrated.begin)]
               : 0.0f;
  });

  std::vector<float> smooth(static_cast<std::size_t>(end - begin));
  for (std::int64_t i = begin; i < end; ++i)
    smooth[static_cast<std::size_t>(i - begin)] = acceleration(i);
  if (kJerkDisplayHz < 0.45 * fs) {
    FilterZeroPhase(smooth,
                    BilinearTransform(AnalogLowPass(kJerkDisplayHz, std::numbers::sqrt2 / 2.0), fs,
                                      kJerkDisplayHz));
  }
  t.jerk = Envelope("jerk", "m/s^3", begin, end, bucket, fs, [&](std::int64_t i) {
    const auto j = static_cast<std::size_t>(i - begin);
    const std::size_t lo = j == 0 ? 0 : j - 1;
    const std::size_t hi = std::min(j + 1, smooth.size() - 1);
    return hi > lo
               ? static_cast<float>((smooth[hi] - smooth[lo]) * fs / static_cast<double>(hi - lo))
               : 0.0f;
  });
  if (!src.sound.empty()) {
    t.sound = Envelope("sound", "dB(A)", begin, end, bucket, fs, [&](std::int64_t i) {
      const float v = src.sound[static_cast<std::size_t>(i)];
      return v > 0.0f ? v : kNoData;
    });
  }
  return t;
}

}  // namespace hoistway::ride
