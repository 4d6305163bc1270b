#include "ride/peak_to_peak.h"

#include <algorithm>

#include "ride/percentile.h"

namespace hoistway::ride {

namespace {

// A95: the level 95 % of the peak-to-peak values do not exceed.
constexpr double kA95Fraction = 0.95;

bool Included(const HalfCyclePeak& p, SampleRange region, std::span<const SampleRange> excluded) {
  const auto i = static_cast<std::int64_t>(p.index);
  if (!region.Contains(i)) return false;
  return std::none_of(excluded.begin(), excluded.end(),
                      [i](const SampleRange& r) { return r.Contains(i); });
}

}  // namespace

void HalfCyclePeakTracker::Finish() {
  if (started_) peaks_.push_back({peak_index_, static_cast<float>(peak_value_)});
  started_ = false;
}

PeakToPeakStats PeakToPeakIn(std::span<const HalfCyclePeak> peaks, SampleRange region,
                             std::span<const SampleRange> excluded) {
  PeakToPeakStats stats;
  const auto first = std::lower_bound(peaks.begin(), peaks.end(), region.begin,
                                      [](const HalfCyclePeak& p, std::int64_t i) {
                                        return static_cast<std::int64_t>(p.index) < i;
                                      });
  std::vector<double> values;
  for (auto it = first; it != peaks.end() && std::next(it) != peaks.end(); ++it) {
    const HalfCyclePeak& a = *it;
    const HalfCyclePeak& b = *std::next(it);
    if (static_cast<std::int64_t>(b.index) >= region.end) break;
    if (!Included(a, region, excluded) || !Included(b, region, excluded)) continue;
    const double pk_pk =
        std::fabs(static_cast<double>(a.value)) + std::fabs(static_cast<double>(b.value));
    values.push_back(pk_pk);
    if (pk_pk > stats.max_pk_pk) {
      stats.max_pk_pk = pk_pk;
      stats.max_first = a;
      stats.max_second = b;
    }
  }
  stats.count = values.size();
  stats.a95_pk_pk = NearestRankPercentile(values, kA95Fraction);
  return stats;
}

}  // namespace hoistway::ride
