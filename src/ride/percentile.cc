#include "ride/percentile.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace hoistway::ride {

double NearestRankPercentile(std::span<double> values, double p) {
  assert(p > 0.0 && p <= 1.0);
  if (values.empty()) return 0.0;
  const double n = static_cast<double>(values.size());
  // Rank ceil(p n), 1-based; the epsilon keeps 0.95 * 20 from rounding up to 20.
  constexpr double kRankEpsilon = 1e-9;
  const auto rank = static_cast<std::size_t>(std::max(1.0, std::ceil(p * n - kRankEpsilon)));
  const auto nth = values.begin() + static_cast<std::ptrdiff_t>(rank - 1);
  std::nth_element(values.begin(), nth, values.end());
  return *nth;
}

}  // namespace hoistway::ride
