#include "analysis/general_analysis.h"

#include <gtest/gtest.h>

#include <cmath>

#include "analysis/served_zone.h"
#include "analysis/test_buildings.h"
#include "analysis/up_peak_rtt.h"

namespace hoistway {
namespace {

PeriodSpec Period(double rate_pct, double in, double out, double inter) {
  return {3600.0, rate_pct, in, out, inter};
}

// Pure up-peak in Poisson form: the lobby stop has probability
// 1 - exp(-lambda T), floor j 1 - exp(-lambda p_j T) (Peters 1990).
TEST(GeneralAnalysisTest, PureUpPeakIsThePoissonFormOfTheClassical) {
  const Building b = testing::RttCaseA();
  const GroupDemand demand = DemandFor(b, GroupId(0), Period(12, 100, 0, 0));
  const double lambda = 0.12 * 800 / 300;
  EXPECT_NEAR(demand.TotalRate(), lambda, 1e-12);
  const CarTiming times = CarTimingFor(b.groups[0].car);
  const double t = 30.0;
  const GeneralRoundTrip trip = RoundTripAt(demand, times, 3.3, t);
  const double m = lambda * t;
  const double expected_stops = (1 - std::exp(-m)) + 10 * (1 - std::exp(-m / 10));
  EXPECT_NEAR(trip.stops, expected_stops, 1e-9);
  EXPECT_NEAR(trip.passengers, m, 1e-9);
  EXPECT_NEAR(trip.max_car_load_persons, m, 1e-9);
  EXPECT_NEAR(trip.lowest_level_m, 0.0, 1e-12);
  double h = 0.0;  // E[H] in floors: sum_k k (e^{-m(N-k)/N} - e^{-m(N-k+1)/N})
  for (int k = 1; k <= 10; ++k)
    h += k * (std::exp(-m * (10 - k) / 10) - std::exp(-m * (11 - k) / 10));
  EXPECT_NEAR(trip.highest_level_m, 3.3 * h, 1e-9);
}

// The solved interval is the fixed point T = RTT(T) / L, and at the classical
// design load the two methods agree to within the Poisson-binomial difference.
TEST(GeneralAnalysisTest, SolvesTheFixedPoint) {
  const Building b = testing::RttCaseA();
  const GroupDemand demand = DemandFor(b, GroupId(0), Period(14.0, 100, 0, 0));
  const GeneralAnalysis a = RunGeneralAnalysis(demand, b.groups[0], 0.8, 3.3);
  ASSERT_EQ(a.state, DemandState::kWithinDesign);
  EXPECT_NEAR(a.interval_s, a.trip.interval_s, 1e-5);
  EXPECT_NEAR(a.interval_s * 4, a.trip.rtt_s, 1e-4);
  EXPECT_GT(a.iterations, 0);
  // 14 % per 5 min is close to the classical handling capacity (14.55 %), so
  // the load is close to the classical P = 12.8 and the interval to 33 s.
  EXPECT_NEAR(a.trip.passengers, 12.8, 1.5);
  EXPECT_NEAR(a.interval_s, 33.0, 3.0);
}

// Down-peak mirrors up-peak: the same stops, reversal floors and round trip.
TEST(GeneralAnalysisTest, DownPeakMirrorsUpPeak) {
  const Building b = testing::RttCaseB();
  const CarTiming times = CarTimingFor(b.groups[0].car);
  const GeneralRoundTrip up =
      RoundTripAt(DemandFor(b, GroupId(0), Period(10, 100, 0, 0)), times, 4.0, 25.0);
  const GeneralRoundTrip down =
      RoundTripAt(DemandFor(b, GroupId(0), Period(10, 0, 100, 0)), times, 4.0, 25.0);
  EXPECT_NEAR(up.stops, down.stops, 1e-9);
  EXPECT_NEAR(up.rtt_s, down.rtt_s, 1e-9);
  EXPECT_NEAR(up.max_car_load_persons, down.max_car_load_persons, 1e-9);
}

// Mixed traffic stops more and reverses lower than pure interfloor at the top.
TEST(GeneralAnalysisTest, MixedTrafficConverges) {
  const Building b = testing::RttCaseB();
  const GroupDemand demand = DemandFor(b, GroupId(0), Period(12, 45, 45, 10));
  const GeneralAnalysis a = RunGeneralAnalysis(demand, b.groups[0], 0.8, 4.0);
  EXPECT_NE(a.state, DemandState::kLight);
  EXPECT_NEAR(a.interval_s * b.groups[0].cars, a.trip.rtt_s, 1e-4);
  EXPECT_GT(a.trip.lowest_level_m, -1e-12);
  EXPECT_LT(a.trip.highest_level_m, 64.0);
  EXPECT_DOUBLE_EQ(a.carried_persons_per_5min, a.demand_persons_per_5min);
}

TEST(GeneralAnalysisTest, LightDemandLeavesCarsIdle) {
  const Building b = testing::RttCaseB();
  const GroupDemand demand = DemandFor(b, GroupId(0), Period(0.5, 100, 0, 0));
  const GeneralAnalysis a = RunGeneralAnalysis(demand, b.groups[0], 0.8, 4.0);
  EXPECT_EQ(a.state, DemandState::kLight);
  EXPECT_GT(a.utilisation, 0.0);
  EXPECT_LT(a.utilisation, 1.0);
}

TEST(GeneralAnalysisTest, OverloadSaturates) {
  const Building b = testing::RttCaseA();
  const GroupDemand demand = DemandFor(b, GroupId(0), Period(40, 100, 0, 0));
  const GeneralAnalysis a = RunGeneralAnalysis(demand, b.groups[0], 0.8, 3.3);
  ASSERT_EQ(a.state, DemandState::kSaturated);
  EXPECT_NEAR(a.trip.max_car_load_persons, 16.0, 1e-9);
  EXPECT_LT(a.carried_persons_per_5min, a.demand_persons_per_5min);
  EXPECT_NEAR(a.car_load_pct, 100.0, 1e-9);
}

TEST(GeneralAnalysisTest, NoDemand) {
  const Building b = testing::RttCaseA();
  const GeneralAnalysis a =
      RunGeneralAnalysis(DemandFor(b, GroupId(0), Period(0, 100, 0, 0)), b.groups[0], 0.8, 3.3);
  EXPECT_EQ(a.state, DemandState::kNoDemand);
}

// The demand of one floor pair goes to the first group serving both; a trip
// between the zones is two legs, one on each group, changing at G.
TEST(GeneralAnalysisTest, DemandIsSplitBetweenGroups) {
  Building b = testing::RttCaseA();
  GroupSpec high = b.groups[0];
  high.name = "B";
  high.serves = {FloorIndex(0), FloorIndex(6), FloorIndex(7),
                 FloorIndex(8), FloorIndex(9), FloorIndex(10)};
  b.groups[0].serves = {FloorIndex(0), FloorIndex(1), FloorIndex(2),
                        FloorIndex(3), FloorIndex(4), FloorIndex(5)};
  b.groups.push_back(high);
  const PeriodSpec period = Period(12, 80, 10, 10);
  const GroupDemand low = DemandFor(b, GroupId(0), period);
  const GroupDemand top = DemandFor(b, GroupId(1), period);
  // Everything is carried, half by each group. Interfloor destinations are
  // drawn among all 9 other upper floors, as in the simulator; the 5 in the
  // other zone are reached with a change at G, so those trips count twice.
  const double total = 0.12 * 800 / 300;
  const double interfloor = total * 0.1;
  EXPECT_NEAR(low.TotalRate() + top.TotalRate(), total + interfloor * 5.0 / 9.0, 1e-12);
  EXPECT_NEAR(low.TotalRate(), top.TotalRate(), 1e-12);
}

}  // namespace
}  // namespace hoistway
