#include "ride/uniform_resampler.h"

#include <fmt/core.h>

#include <cmath>

#include "ride/reader_support.h"

namespace hoistway::ride {

UniformResampler::UniformResampler(double rate_hz, double seconds_per_unit, double to_mps2,
                                   bool sound, SampleSink& sink)
    : rate_(rate_hz), scale_(seconds_per_unit), to_mps2_(to_mps2), sound_(sound), sink_(sink) {}

Status UniformResampler::Push(const CsvRow& row, std::int64_t line, const std::string& path) {
  const double t = row.t * scale_;
  if (!has_prev_) {
    t0_ = t;
    Emit(row, row, 0.0);
    next_ = 1;
  } else {
    if (t <= prev_t_) {
      return LineError(
          path, line,
          fmt::format("time {:g} s does not increase (the row before says {:g} s)", t, prev_t_));
    }
    if (t - prev_t_ > kMaxGapS) {
      return LineError(path, line, fmt::format("gap of {:.3g} s in the time column", t - prev_t_));
    }
    for (double tg = Grid(next_); tg <= t; tg = Grid(++next_)) {
      Emit(prev_, row, (tg - prev_t_) / (t - prev_t_));
    }
  }
  has_prev_ = true;
  prev_ = row;
  prev_t_ = t;
  return Status::Ok();
}

void UniformResampler::Emit(const CsvRow& a, const CsvRow& b, double w) {
  auto mix = [w](double p, double q) { return p + (q - p) * w; };
  sink_.Add({mix(a.x, b.x) * to_mps2_, mix(a.y, b.y) * to_mps2_, mix(a.z, b.z) * to_mps2_,
             sound_ ? mix(a.sound, b.sound) : std::nan("")});
  ++samples_;
}

}  // namespace hoistway::ride
