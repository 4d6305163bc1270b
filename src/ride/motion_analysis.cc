#include "ride/motion_analysis.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "ride/percentile.h"
#include "ride/units.h"

namespace hoistway::ride {

namespace {

constexpr double kRestWindowS = 2.0;  // rest used for the offset, at most
// Integration runs from this long before boundary 0 to this long after
// boundary 3: lifts often move a little before the jerk line starts (brake
// release, a start kick), and the car is surely at rest there.
constexpr double kRestGuardS = 0.5;
constexpr double kMinRestS = 0.25;     // enough rest to trust its mean
constexpr double kA95Fraction = 0.95;  // ISO 18738-1 A95 / V95
constexpr double kUpsideDownLevel = -0.5 * kStandardGravityMps2;

std::int64_t ToIndex(double t_s, double fs, std::int64_t n) {
  return std::clamp<std::int64_t>(std::llround(t_s * fs), 0, n - 1);
}

SampleRange ToRange(double begin_s, double end_s, double fs, std::int64_t n) {
  const auto begin =
      std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor(begin_s * fs)), 0, n);
  const auto end =
      std::clamp<std::int64_t>(static_cast<std::int64_t>(std::ceil(end_s * fs)) + 1, begin, n);
  return {begin, end};
}

double Mean(std::span<const float> v) {
  double sum = 0.0;
  for (float x : v) sum += x;
  return v.empty() ? 0.0 : sum / static_cast<double>(v.size());
}

Result<std::size_t> SelectRun(const RunDetection& det, const BoundaryOverrides& ov, double fs) {
  if (ov.start_s && ov.end_s) {
    // The run whose middle lies between the given start and end.
    for (std::size_t k = 0; k < det.runs.size(); ++k) {
      const double mid = 0.5 *
                         static_cast<double>(det.runs[k].speeding_up.range.begin +
                                             det.runs[k].slowing_down.range.end) /
                         fs;
      if (mid >= *ov.start_s && mid <= *ov.end_s) return k;
    }
    return InvalidInput(fmt::format("no lift run between the given start {:.2f} s and end {:.2f} s",
                                    *ov.start_s, *ov.end_s));
  }
  if (ov.run < 1 || static_cast<std::size_t>(ov.run) > det.runs.size()) {
    return InvalidInput(fmt::format("run {} asked for, but the recording holds {} run{}", ov.run,
                                    det.runs.size(), det.runs.size() == 1 ? "" : "s"));
  }
  return static_cast<std::size_t>(ov.run - 1);
}

Status CheckOrder(const RunBoundaries& b, double duration_s) {
  const double t[] = {b.start_s, b.constant_speed_begin_s, b.constant_speed_end_s, b.end_s};
  if (b.start_s < 0.0 || b.end_s > duration_s + 1e-9) {
    return InvalidInput(
        fmt::format("run boundaries {:.2f} s to {:.2f} s lie outside the recording (0 to {:.2f} s)",
                    b.start_s, b.end_s, duration_s));
  }
  for (int i = 0; i < 3; ++i) {
    if (t[i] > t[i + 1] || (i != 1 && t[i] == t[i + 1])) {
      return InvalidInput(
          fmt::format("run boundaries out of order: start {:.2f} s, constant speed {:.2f} to "
                      "{:.2f} s, end {:.2f} s",
                      t[0], t[1], t[2], t[3]));
    }
  }
  return Status::Ok();
}

// The mean of up to 2 s of rest before `run`, else after it.
double RestOffset(std::span<const float> acc, SampleRange run, SampleRange search, double fs,
                  double fallback) {
  const auto window = static_cast<std::int64_t>(kRestWindowS * fs);
  const auto min_len = static_cast<std::int64_t>(kMinRestS * fs);
  const std::int64_t b_end = run.begin;
  const std::int64_t b_begin = std::max(search.begin, b_end - window);
  if (b_end - b_begin >= min_len) return Mean(acc.subspan(b_begin, b_end - b_begin));
  const std::int64_t a_begin = run.end;
  const std::int64_t a_end = std::min(search.end, a_begin + window);
  if (a_end - a_begin >= min_len) return Mean(acc.subspan(a_begin, a_end - a_begin));
  return fallback;
}

}  // namespace

Result<MotionAnalysis> AnalyzeMotion(std::span<const float> acc, double fs,
                                     const MotionOptions& options) {
  const auto n = static_cast<std::int64_t>(acc.size());
  const double duration_s = static_cast<double>(n) / fs;
  const BoundaryOverrides& ov = options.overrides;
  const RunDetection det = DetectRuns(acc, fs);
  if (det.runs.empty()) {
    return InvalidInput(fmt::format(
        "no lift run found: a run needs rest, an acceleration and a deceleration of opposite sign "
        "(largest sustained vertical acceleration {:.3f} m/s^2)",
        det.peak_mps2));
  }
  const Result<std::size_t> selected = SelectRun(det, ov, fs);
  if (!selected.ok()) return selected.error();
  const std::size_t k = *selected;
  const RunPulses& pulses = det.runs[k];
  const SampleRange search{k > 0 ? det.runs[k - 1].slowing_down.range.end : 0,
                           k + 1 < det.runs.size() ? det.runs[k + 1].speeding_up.range.begin : n};
  Result<std::array<JerkZone, 4>> zones = FindJerkZones(acc, fs, det, pulses, search);
  if (!zones.ok()) return zones.error();

  MotionAnalysis m;
  m.runs_detected = static_cast<int>(det.runs.size());
  m.run_index = static_cast<int>(k) + 1;
  RunBoundaries& b = m.boundaries;
  b.jerk_zones = *zones;
  b.overridden = ov.start_s || ov.end_s || ov.constant_speed_begin_s || ov.constant_speed_end_s;
  b.start_s = ov.start_s.value_or(std::max(0.0, b.jerk_zones[0].begin_s));
  b.end_s = ov.end_s.value_or(std::min(duration_s, b.jerk_zones[3].end_s));
  if (b.start_s < 0.0 || b.end_s <= b.start_s || b.end_s > duration_s + 1e-9) {
    return InvalidInput(
        fmt::format("run boundaries {:.2f} s to {:.2f} s do not fit the recording (0 to {:.2f} s)",
                    b.start_s, b.end_s, duration_s));
  }
  const std::int64_t i0 = ToIndex(b.start_s, fs, n);
  const std::int64_t i3 = std::max(i0 + 1, ToIndex(b.end_s, fs, n));
  m.run = {i0, i3 + 1};
  const auto guard = static_cast<std::int64_t>(kRestGuardS * fs);
  // The integrated span always holds the run, even if given boundaries reach
  // beyond the neighbouring runs.
  const SampleRange span{std::min(i0, std::max(search.begin, i0 - guard)),
                         std::max(i3 + 1, std::min(search.end, i3 + 1 + guard))};

  // Offset (and gravity) from the rest; the sign of gravity tells up from down.
  m.rest_offset_mps2 = RestOffset(acc, span, search, fs, det.offset_mps2);
  m.vertical_sign = options.gravity_included && m.rest_offset_mps2 < kUpsideDownLevel ? -1.0 : 1.0;
  m.integrated = span;
  const auto len = static_cast<std::size_t>(span.size());
  std::vector<double> a(len);
  for (std::size_t j = 0; j < len; ++j) {
    a[j] = m.vertical_sign * (acc[static_cast<std::size_t>(span.begin) + j] - m.rest_offset_mps2);
  }

  // Velocity by the trapezoidal rule, then the drift removed as a constant bias.
  const double dt = 1.0 / fs;
  std::vector<double> v(len, 0.0);
  for (std::size_t j = 1; j < len; ++j) v[j] = v[j - 1] + 0.5 * (a[j - 1] + a[j]) * dt;
  m.drift_mps = v.back();
  const double bias = m.drift_mps / (static_cast<double>(len - 1) * dt);
  for (std::size_t j = 0; j < len; ++j) {
    v[j] -= m.drift_mps * static_cast<double>(j) / static_cast<double>(len - 1);
    a[j] -= bias;
  }
  m.velocity_mps.resize(len);
  m.position_m.resize(len);
  double x = 0.0;
  std::size_t j_max = 0;
  for (std::size_t j = 0; j < len; ++j) {
    if (j > 0) x += 0.5 * (v[j - 1] + v[j]) * dt;
    m.velocity_mps[j] = static_cast<float>(v[j]);
    m.position_m[j] = static_cast<float>(x);
    if (std::fabs(v[j]) > std::fabs(v[j_max])) j_max = j;
  }
  MotionFigures& f = m.figures;
  f.travel_m = std::fabs(x);
  f.max_velocity_mps = std::fabs(v[j_max]);
  m.direction = v[j_max] >= 0.0 ? 1 : -1;

  // Constant speed: where the speed is within the given fraction of its maximum.
  const double level = options.constant_speed_fraction * f.max_velocity_mps;
  std::size_t c1 = j_max;
  std::size_t c2 = j_max;
  for (std::size_t j = 0; j < len; ++j) {
    if (std::fabs(v[j]) >= level) {
      c1 = std::min(c1, j);
      c2 = std::max(c2, j);
    }
  }
  b.constant_speed_begin_s = ov.constant_speed_begin_s.value_or(
      static_cast<double>(span.begin + static_cast<std::int64_t>(c1)) / fs);
  b.constant_speed_end_s = ov.constant_speed_end_s.value_or(
      static_cast<double>(span.begin + static_cast<std::int64_t>(c2)) / fs);
  if (Status s = CheckOrder(b, duration_s); !s.ok()) return s.error();
  const std::int64_t i1 = std::clamp(ToIndex(b.constant_speed_begin_s, fs, n), i0, i3);
  const std::int64_t i2 = std::clamp(ToIndex(b.constant_speed_end_s, fs, n), i1, i3);
  m.constant_speed = {i1, i2 + 1};
  for (int z = 0; z < 4; ++z) {
    m.jerk_zones[z] = ToRange(b.jerk_zones[z].begin_s, b.jerk_zones[z].end_s, fs, n);
  }
  m.cruise_s = std::max(0.0, b.jerk_zones[2].begin_s - b.jerk_zones[1].end_s);

  // Accelerations along the direction of travel; local(i) indexes a and v.
  const double dir = m.direction;
  auto local = [&](std::int64_t i) {
    return static_cast<std::size_t>(std::clamp(i, i0, i3) - span.begin);
  };
  auto max_over = [&](std::int64_t from, std::int64_t to, double sign) {
    double best = 0.0;
    for (std::size_t j = local(from); j <= local(to); ++j) best = std::max(best, sign * a[j]);
    return best;
  };
  auto a95_over = [&](SampleRange plateau, std::int64_t from, std::int64_t to, double sign) {
    if (plateau.size() < 2) plateau = {from, to + 1};
    std::vector<double> values;
    for (std::size_t j = local(plateau.begin); j <= local(plateau.end - 1); ++j)
      values.push_back(sign * a[j]);
    return NearestRankPercentile(values, kA95Fraction);
  };
  f.max_acceleration_mps2 = max_over(i0, i1, dir);
  f.max_deceleration_mps2 = max_over(i2, i3, -dir);
  f.a95_acceleration_mps2 = a95_over({m.jerk_zones[0].end, m.jerk_zones[1].begin}, i0, i1, dir);
  f.a95_deceleration_mps2 = a95_over({m.jerk_zones[2].end, m.jerk_zones[3].begin}, i2, i3, -dir);
  for (const JerkZone& z : b.jerk_zones) f.max_jerk_mps3 = std::max(f.max_jerk_mps3, z.jerk_mps3);

  std::vector<double> speeds;
  for (std::size_t j = local(i1); j <= local(i2); ++j) speeds.push_back(std::fabs(v[j]));
  f.v95_mps = NearestRankPercentile(speeds, kA95Fraction);
  return m;
}

}  // namespace hoistway::ride
