// The "A95"-style level of a set of values.
#pragma once

#include <span>

namespace hoistway::ride {

// The smallest value v of `values` such that at least the fraction p
// (0 < p <= 1) of the values are less than or equal to v: the
// nearest-rank percentile. ISO 18738-1 defines A95 (and V95) this way, as
// the level that 95 % of the values within the boundaries do not exceed.
// Reorders `values`; returns 0 for an empty span.
double NearestRankPercentile(std::span<double> values, double p);

}  // namespace hoistway::ride
