#include "analysis/stops_reversal.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/test_data.h"

namespace hoistway {
namespace {

// tests/data/validation/stops_and_reversal.csv (Barney; CIBSE Guide D,
// confirmed by Monte Carlo), printed to 4 decimals.
TEST(StopsReversalTest, MatchesPublishedTable) {
  const auto rows = testing::ReadCsv(testing::DataPath("validation/stops_and_reversal.csv"));
  ASSERT_GE(rows.size(), 70u);
  for (const auto& row : rows) {
    const int n = std::stoi(row.at("floors_above_lobby"));
    const double p = std::stod(row.at("passengers_per_trip"));
    const double s = std::stod(row.at("S"));
    const double h = std::stod(row.at("H"));
    EXPECT_NEAR(ExpectedStopsEqual(n, p), s, 5e-5) << "N=" << n << " P=" << p;
    EXPECT_NEAR(ExpectedHighestReversalEqual(n, p), h, 5e-5) << "N=" << n << " P=" << p;
    // The unequal-population formulas reduce to the equal ones.
    const std::vector<double> shares(static_cast<std::size_t>(n), 1.0 / n);
    EXPECT_NEAR(ExpectedStops(shares, p), s, 5e-5) << "N=" << n << " P=" << p;
    EXPECT_NEAR(ExpectedHighestReversal(shares, p), h, 5e-5) << "N=" << n << " P=" << p;
  }
}

// Unequal populations by enumeration: two floors with shares 0.25 and 0.75 and
// two passengers. S = 2 - (0.75^2 + 0.25^2) = 1.375; H = 2 - 0.25^2 = 1.9375.
TEST(StopsReversalTest, UnequalPopulationsByHand) {
  const std::vector<double> shares = {0.25, 0.75};
  EXPECT_DOUBLE_EQ(ExpectedStops(shares, 2.0), 1.375);
  EXPECT_DOUBLE_EQ(ExpectedHighestReversal(shares, 2.0), 1.9375);
}

// A population concentrated on fewer floors means fewer stops.
TEST(StopsReversalTest, UnequalPopulationsStopLess) {
  const std::vector<double> equal = {0.25, 0.25, 0.25, 0.25};
  const std::vector<double> skewed = {0.1, 0.1, 0.1, 0.7};
  EXPECT_LT(ExpectedStops(skewed, 10.0), ExpectedStops(equal, 10.0));
  EXPECT_GT(ExpectedHighestReversal(skewed, 10.0), 3.9);
}

TEST(StopsReversalTest, EntranceStops) {
  EXPECT_DOUBLE_EQ(ExpectedEntranceStops(std::vector<double>{1.0}, 12.8), 1.0);
  // Two equal entrances, P = 2: 2 - 2 * 0.5^2 = 1.5.
  EXPECT_DOUBLE_EQ(ExpectedEntranceStops(std::vector<double>{0.5, 0.5}, 2.0), 1.5);
}

}  // namespace
}  // namespace hoistway
