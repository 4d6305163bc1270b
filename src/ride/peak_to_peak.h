// Peak-to-peak vibration values as ISO 18738-1 defines them.
//
// The weighted signal is cut into half-cycles at its zero crossings; each
// half-cycle's peak is its largest magnitude. A peak-to-peak value is the
// sum of the magnitudes of two adjacent peaks (which are of opposite sign by
// construction). Within given boundaries the figures are the maximum of
// these values and their A95, the level 95 % of them do not exceed
// (ISO 18738-1:2012, clause 3 terms "peak-to-peak value" and "A95").
#pragma once

#include <cmath>
#include <cstdint>
#include <span>
#include <vector>

namespace hoistway::ride {

// A half-open range of sample indices [begin, end).
struct SampleRange {
  std::int64_t begin = 0;
  std::int64_t end = 0;

  bool Contains(std::int64_t i) const { return i >= begin && i < end; }
  std::int64_t size() const { return end > begin ? end - begin : 0; }
};

// The peak of one half-cycle: where it is and its signed value.
struct HalfCyclePeak {
  std::uint32_t index = 0;
  float value = 0.0f;
};

// Splits a signal arriving one sample at a time into half-cycles and keeps
// each one's peak. A sample of exactly 0 counts as positive.
class HalfCyclePeakTracker {
 public:
  void Add(double v, std::uint32_t index) {
    const bool positive = v >= 0.0;
    if (!started_ || positive != positive_) {
      if (started_) peaks_.push_back({peak_index_, static_cast<float>(peak_value_)});
      started_ = true;
      positive_ = positive;
      peak_index_ = index;
      peak_value_ = v;
    } else if (std::fabs(v) > std::fabs(peak_value_)) {
      peak_index_ = index;
      peak_value_ = v;
    }
  }
  // Closes the last (possibly partial) half-cycle. Call once, at the end.
  void Finish();
  // Peaks in order of time.
  const std::vector<HalfCyclePeak>& peaks() const { return peaks_; }

 private:
  std::vector<HalfCyclePeak> peaks_;
  bool started_ = false;
  bool positive_ = true;
  std::uint32_t peak_index_ = 0;
  double peak_value_ = 0.0;
};

struct PeakToPeakStats {
  double max_pk_pk = 0.0;
  double a95_pk_pk = 0.0;
  std::size_t count = 0;    // peak-to-peak values within the boundaries
  HalfCyclePeak max_first;  // the two peaks of the largest value
  HalfCyclePeak max_second;
};

// Peak-to-peak figures of the pairs of adjacent half-cycle peaks that both
// lie in `region` and in none of the `excluded` ranges. `peaks` must be in
// order of index (as HalfCyclePeakTracker gives them).
PeakToPeakStats PeakToPeakIn(std::span<const HalfCyclePeak> peaks, SampleRange region,
                             std::span<const SampleRange> excluded = {});

}  // namespace hoistway::ride
