// The double-deck general analysis (double_deck_general.h): its exact
// reduction to the single-deck analysis, its up-peak limit against the
// double-deck up-peak round trip, and E[max] of two Poisson counts. The
// cross-check against the simulator is in sim_cross_check_test.cc.
#include "analysis/double_deck_general.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "analysis/double_deck_rtt.h"
#include "analysis/rtt_analysis.h"
#include "analysis/served_zone.h"
#include "analysis/test_buildings.h"
#include "core/building_loader.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

constexpr double kExact = 1e-9;

PeriodSpec Period(double rate_pct, double in, double out, double inter) {
  return {3600.0, rate_pct, in, out, inter};
}

// A double-deck building whose upper decks' floors are empty: a two-level
// lobby G / M (M no entrance), then `pairs` pairs of floors of `height` m,
// the lower floor of each with `population`, the upper floor with none.
Building LowerDeckOnly(int pairs, double height, double population, int cars, const CarSpec& car) {
  Building b;
  b.name = "lower deck only";
  b.floors.push_back({"G", height, 0.0, 0.0, true, 1.0});
  b.floors.push_back({"M", height, 0.0, 0.0, false, 1.0});
  for (int k = 1; k <= pairs; ++k) {
    b.floors.push_back({std::to_string(2 * k), height, 0.0, population, false, 1.0});
    b.floors.push_back({std::to_string(2 * k + 1), height, 0.0, 0.0, false, 1.0});
  }
  testing::DeriveLevels(b);
  b.main_entrance = FloorIndex(0);
  GroupSpec g;
  g.name = "DD";
  g.cars = cars;
  g.car = car;
  g.deck = Deck::kDouble;
  for (int i = 0; i < b.FloorCount(); ++i) g.serves.push_back(FloorIndex(i));
  b.groups.push_back(g);
  b.analysis.capacity_factor = 0.8;
  return b;
}

struct ReductionCase {
  const char* name;
  PeriodSpec period;
};

// Exact special case: with nobody on the upper decks' floors and nobody
// arriving at M, every passenger rides the lower deck, E[max(X, 0)] = E[X],
// and the double-deck analysis is the single-deck analysis of a building of
// the lower decks' floors alone at the pair levels (pair height = interfloor).
TEST(DoubleDeckGeneralTest, LowerDeckOnlyIsTheSingleDeckAnalysisOfThePairs) {
  const ReductionCase cases[] = {
      {"up-peak", Period(12, 100, 0, 0)},      {"down-peak", Period(12, 0, 100, 0)},
      {"lunch", Period(13, 45, 45, 10)},       {"interfloor", Period(6, 0, 0, 100)},
      {"mixed, busy", Period(20, 40, 40, 20)}, {"overloaded", Period(60, 45, 45, 10)},
      {"light", Period(0.5, 45, 45, 10)},
  };
  const CarSpec car = testing::ValidationCar(20, 2.5, 2.0, 3.0, 0.5);
  const double height = 4.0;
  const Building dd = LowerDeckOnly(10, height, 100, 4, car);
  const Building sd = testing::UniformBuilding(10, 2 * height, 100, 4, car);
  for (const ReductionCase& c : cases) {
    SCOPED_TRACE(c.name);
    const GroupDemand dd_demand = DemandFor(dd, GroupId(0), c.period);
    const GroupDemand sd_demand = DemandFor(sd, GroupId(0), c.period);
    const DoubleDeckGeneralAnalysis a =
        RunDoubleDeckGeneralAnalysis(dd, dd.groups[0], dd_demand, 0.8, 2 * height);
    const GeneralAnalysis s = RunGeneralAnalysis(sd_demand, sd.groups[0], 0.8, 2 * height);
    EXPECT_EQ(a.result.state, s.state);
    EXPECT_NEAR(a.result.interval_s, s.interval_s, 1e-6);
    EXPECT_NEAR(a.result.trip.rtt_s, s.trip.rtt_s, 1e-6);
    EXPECT_NEAR(a.result.trip.stops, s.trip.stops, 1e-6);
    EXPECT_NEAR(a.result.trip.passengers, s.trip.passengers, 1e-6);
    EXPECT_NEAR(a.result.trip.highest_level_m, s.trip.highest_level_m, 1e-6);
    EXPECT_NEAR(a.result.trip.lowest_level_m, s.trip.lowest_level_m, 1e-6);
    EXPECT_NEAR(a.result.car_load_pct, s.car_load_pct, 1e-6);
    EXPECT_NEAR(a.result.utilisation, s.utilisation, 1e-9);
    EXPECT_NEAR(a.decks.coincident_stops, 0.0, kExact);
    EXPECT_NEAR(a.decks.stops_upper, 0.0, kExact);

    // At any one interval the round trips agree to rounding.
    const DeckFlows flows = DeckFlowsFor(dd, dd.groups[0], dd_demand);
    const DoubleDeckRoundTrip at =
        DoubleDeckRoundTripAt(flows, CarTimingFor(car), 2 * height, 40.0);
    const GeneralRoundTrip single = RoundTripAt(sd_demand, CarTimingFor(car), 2 * height, 40.0);
    EXPECT_NEAR(at.car.rtt_s, single.rtt_s, 1e-9);
    EXPECT_NEAR(at.car.stops, single.stops, 1e-12);
    EXPECT_NEAR(at.decks.transfer_moves, 2 * single.passengers, 1e-9);
  }
}

// E[max(X, Y)] by the double sum over the two Poisson distributions.
double BruteForceMax(double a, double b) {
  constexpr int kTerms = 120;
  double e = 0.0;
  double px = std::exp(-a);
  for (int x = 0; x < kTerms; ++x) {
    double py = std::exp(-b);
    for (int y = 0; y < kTerms; ++y) {
      e += px * py * std::max(x, y);
      py *= b / (y + 1);
    }
    px *= a / (x + 1);
  }
  return e;
}

TEST(DoubleDeckGeneralTest, ExpectedMaxOfPoissons) {
  const double means[][2] = {{0.0, 0.0}, {3.5, 0.0},   {0.0, 2.0},  {1.0, 1.0},
                             {0.3, 2.2}, {16.0, 16.0}, {25.0, 9.0}, {40.0, 2.0}};
  for (const auto& m : means) {
    EXPECT_NEAR(ExpectedMaxOfPoissons(m[0], m[1]), BruteForceMax(m[0], m[1]), 1e-9)
        << m[0] << ", " << m[1];
  }
  // One deck empty: E[X].
  EXPECT_NEAR(ExpectedMaxOfPoissons(3.5, 0.0), 3.5, kExact);
  // Large equal means: about mu + sqrt(mu / pi) (the normal limit, Clark
  // 1961); the Poisson sum and the normal branch agree across the switch.
  EXPECT_NEAR(ExpectedMaxOfPoissons(150.0, 150.0), 150.0 + std::sqrt(150.0 / M_PI), 0.05);
  EXPECT_NEAR(ExpectedMaxOfPoissons(199.9, 199.9), ExpectedMaxOfPoissons(200.1, 200.1), 0.25);
}

Building Load(const std::string& name) {
  Result<Building> b = LoadBuildingFile(testing::DataPath("validation/double-deck/" + name));
  EXPECT_TRUE(b.ok()) << b.error().message();
  return b.ok() ? std::move(b).value() : Building{};
}

struct UpPeakLimitCase {
  const char* file;
  double passengers_per_deck;
  double tolerance;  // relative, on the RTT
};

// Pure incoming traffic at the interval that gives each deck P passengers
// on average, against ComputeDoubleDeckRtt at P per deck. The two differ only
// in the passenger counts: Poisson (the general analysis) against exactly P
// (the up-peak form). The stop and reversal terms differ by the Poisson-
// binomial difference, below 1 % with 10 and more pairs; the transfers
// differ more: at the lobby E[max(X, Y)] of two Poisson(P) loads is about
// P + sqrt(P / pi) moves against P (+2.3 moves, 2.7 s, at P = 16), and at
// the upper pairs the Poisson counts are likewise more spread. So the
// general analysis is longer, by under 3 %.
// S and H: e^{-2P/M} against (1 - 1/M)^{2P} per pair; with M = 10 pairs
// and 2P = 16 passengers the stops differ by 2 %.
constexpr double kStopsTolerance = 0.03;

TEST(DoubleDeckGeneralTest, PureIncomingApproachesTheDoubleDeckUpPeak) {
  const UpPeakLimitCase cases[] = {
      {"dd-A.yaml", 16.0, 0.03},
      {"dd-A.yaml", 8.0, 0.03},
      {"dd-B.yaml", 12.0, 0.03},
  };
  for (const UpPeakLimitCase& c : cases) {
    SCOPED_TRACE(std::string(c.file) + " P = " + std::to_string(c.passengers_per_deck));
    const Building b = Load(c.file);
    const GroupSpec& group = b.groups[0];
    const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
    ASSERT_TRUE(zone.ok());
    const CarTiming times = CarTimingFor(group.car);
    const Result<DoubleDeckRtt> up =
        ComputeDoubleDeckRtt(b, group, *zone, times, c.passengers_per_deck);
    ASSERT_TRUE(up.ok());
    const DeckFlows flows = DeckFlowsFor(b, group, DemandFor(b, GroupId(0), Period(12, 100, 0, 0)));
    // The fuller deck's load is proportional to T.
    const double per_second =
        DoubleDeckRoundTripAt(flows, times, up->pair_height_m, 1.0).car.max_car_load_persons;
    const double t = c.passengers_per_deck / per_second;
    const DoubleDeckRoundTrip general = DoubleDeckRoundTripAt(flows, times, up->pair_height_m, t);
    EXPECT_NEAR(general.car.max_car_load_persons, c.passengers_per_deck, 1e-9);
    EXPECT_GT(general.car.rtt_s, up->rtt_s);
    EXPECT_LT(std::fabs(general.car.rtt_s - up->rtt_s) / up->rtt_s, c.tolerance)
        << "general " << general.car.rtt_s << " s, up-peak " << up->rtt_s << " s";
    // Stops above the lobby: the up-peak S is for the pairs above the lobby,
    // the general S counts the lobby stop too (certain at these loads).
    EXPECT_NEAR(general.car.stops - 1.0, up->stops, kStopsTolerance * up->stops);
    EXPECT_NEAR(general.car.highest_level_m,
                b.floor(group.home_floor).level_m + up->highest_reversal * up->pair_height_m,
                kStopsTolerance * up->highest_reversal * up->pair_height_m);
  }
}

// The report figures: rtt gives a double-deck group its periods.
TEST(DoubleDeckGeneralTest, RttAnalysesThePeriodsOfDoubleDeckGroups) {
  Building b = Load("dd-A.yaml");
  b.traffic.periods = {Period(8, 45, 45, 10), Period(0.2, 0, 0, 100)};
  const Result<BuildingRtt> rtt = AnalyzeRtt(b);
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  const GroupRtt& g = rtt->groups.front();
  ASSERT_EQ(g.periods.size(), 2u);
  ASSERT_TRUE(g.periods[0].decks.has_value());
  EXPECT_EQ(g.periods[0].result.state, DemandState::kWithinDesign);
  EXPECT_GT(g.periods[0].decks->coincident_stops, 0.0);
  EXPECT_EQ(g.periods[1].result.state, DemandState::kLight);
  // A tenth of the interfloor trips stays within one pair and is walked.
  EXPECT_GT(g.periods[1].decks->walked_persons_per_5min, 0.0);
}

}  // namespace
}  // namespace hoistway
