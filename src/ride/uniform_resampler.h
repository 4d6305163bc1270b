// Turning timestamped rows into samples on a uniform time grid.
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "ride/csv_row.h"
#include "ride/recording.h"

namespace hoistway::ride {

// Interpolates rows linearly onto t0 + k / rate, t0 the first row's time,
// and hands each grid sample (converted to m/s^2) to a sink. Keeps a
// reference to the sink.
class UniformResampler {
 public:
  // Longer holes in the time column are errors.
  static constexpr double kMaxGapS = 1.0;

  // seconds_per_unit converts the time column to s; to_mps2 the axes to m/s^2.
  UniformResampler(double rate_hz, double seconds_per_unit, double to_mps2, bool sound,
                   SampleSink& sink);

  // Adds the next row (line `line` of `path`). Fails (kInvalidInput) when
  // time does not increase or jumps by more than kMaxGapS.
  Status Push(const CsvRow& row, std::int64_t line, const std::string& path);

  std::int64_t samples() const { return samples_; }

 private:
  double Grid(std::int64_t k) const { return t0_ + static_cast<double>(k) / rate_; }
  void Emit(const CsvRow& a, const CsvRow& b, double w);

  double rate_;
  double scale_;
  double to_mps2_;
  bool sound_;
  SampleSink& sink_;
  bool has_prev_ = false;
  CsvRow prev_;
  double prev_t_ = 0.0;
  double t0_ = 0.0;
  std::int64_t next_ = 0;
  std::int64_t samples_ = 0;
};

}  // namespace hoistway::ride
