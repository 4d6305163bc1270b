#include "analysis/stops_reversal.h"

#include <cmath>

namespace hoistway {

double ExpectedStopsEqual(int floors, double passengers) {
  const double n = floors;
  return n * (1.0 - std::pow(1.0 - 1.0 / n, passengers));
}

double ExpectedHighestReversalEqual(int floors, double passengers) {
  const double n = floors;
  double sum = 0.0;
  for (int i = 1; i < floors; ++i) sum += std::pow(i / n, passengers);
  return n - sum;
}

double ExpectedStops(std::span<const double> shares, double passengers) {
  double sum = 0.0;
  for (double share : shares) sum += std::pow(1.0 - share, passengers);
  return static_cast<double>(shares.size()) - sum;
}

double ExpectedHighestReversal(std::span<const double> shares, double passengers) {
  double sum = 0.0;
  double cumulative = 0.0;
  for (std::size_t j = 0; j + 1 < shares.size(); ++j) {
    cumulative += shares[j];
    sum += std::pow(cumulative, passengers);
  }
  return static_cast<double>(shares.size()) - sum;
}

double ExpectedEntranceStops(std::span<const double> shares, double passengers) {
  return ExpectedStops(shares, passengers);
}

}  // namespace hoistway
