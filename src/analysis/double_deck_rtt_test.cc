// The double-deck round trip (double_deck_rtt.h) against the independent hand
// calculation of tests/data/validation/double-deck/ (NOT a published worked
// example: none with figures was found; see that folder's README.md), and
// the saturated up-peak against its Monte Carlo.
#include "analysis/double_deck_rtt.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "analysis/report_json.h"
#include "analysis/rtt_analysis.h"
#include "analysis/sizing.h"
#include "analysis/stops_reversal.h"
#include "core/building_loader.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

constexpr double kRelativeTolerance = 1e-4;
constexpr double kMonteCarloTolerance = 0.01;

std::string Path(const std::string& name) {
  return testing::DataPath("validation/double-deck/" + name);
}

Building Load(const std::string& name) {
  Result<Building> b = LoadBuildingFile(Path(name));
  EXPECT_TRUE(b.ok()) << b.error().message();
  return b.ok() ? std::move(b).value() : Building{};
}

void ExpectNumbers(const nlohmann::json& expected, const nlohmann::json& actual,
                   const std::string& label) {
  for (const auto& [key, value] : expected.items()) {
    ASSERT_TRUE(actual.contains(key)) << label << ": missing key " << key;
    if (value.is_object()) {
      ExpectNumbers(value, actual.at(key), label + "." + key);
      continue;
    }
    const double want = value.get<double>();
    const double got = actual.at(key).get<double>();
    EXPECT_LT(std::fabs(got - want), kRelativeTolerance * std::max(1.0, std::fabs(want)))
        << label << " " << key << ": expected " << want << ", got " << got;
  }
}

void ExpectHandCalculation(const std::string& name) {
  const Result<BuildingRtt> rtt = AnalyzeRtt(Load(name + ".yaml"));
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  const nlohmann::json expected =
      nlohmann::json::parse(testing::ReadFile(Path(name + ".expected.json")));
  ExpectNumbers(expected, RttJson(*rtt).at("groups").at(0), name);
}

TEST(DoubleDeckRttTest, CaseAEqualPopulationsMatchesTheHandCalculation) {
  ExpectHandCalculation("dd-A");
}

TEST(DoubleDeckRttTest, CaseBUnequalPopulationsMatchesTheHandCalculation) {
  ExpectHandCalculation("dd-B");
}

// Equal populations: S and H are those of one car with M floors and 2P
// passengers (Barney's "double floors").
TEST(DoubleDeckRttTest, EqualPopulationsAreDoubleFloors) {
  const Result<BuildingRtt> rtt = AnalyzeRtt(Load("dd-A.yaml"));
  ASSERT_TRUE(rtt.ok());
  const DoubleDeckRtt& d = *rtt->groups.front().double_deck;
  EXPECT_NEAR(d.stops, ExpectedStopsEqual(d.pairs, 2.0 * d.passengers_per_deck), 1e-9);
  EXPECT_NEAR(d.highest_reversal,
              ExpectedHighestReversalEqual(d.pairs, 2.0 * d.passengers_per_deck), 1e-9);
}

TEST(DoubleDeckRttTest, ExpectedMaxOfBinomials) {
  // One passenger per deck: E[max] = P(either alights) = 1 - (1 - p)(1 - q).
  EXPECT_NEAR(ExpectedMaxOfBinomials(1.0, 0.3, 0.2), 1.0 - 0.7 * 0.8, 1e-12);
  // One deck empty: E[max] = E[X] = n p.
  EXPECT_NEAR(ExpectedMaxOfBinomials(7.0, 0.25, 0.0), 7 * 0.25, 1e-12);
  // Certain alighting: n.
  EXPECT_NEAR(ExpectedMaxOfBinomials(5.0, 1.0, 1.0), 5.0, 1e-12);
  // Real n: between the whole numbers around it.
  const double low = ExpectedMaxOfBinomials(12.0, 0.1, 0.1);
  const double high = ExpectedMaxOfBinomials(13.0, 0.1, 0.1);
  EXPECT_NEAR(ExpectedMaxOfBinomials(12.8, 0.1, 0.1), 0.2 * low + 0.8 * high, 1e-12);
}

// Saturated up-peak: rtt_kinematic_s against a 200,000-trip Monte Carlo with
// exact flights between the drawn stops (hand_calculation.py).
void ExpectSaturated(const std::string& name) {
  const nlohmann::json expected =
      nlohmann::json::parse(testing::ReadFile(Path(name + ".expected.json")));
  const Result<BuildingRtt> rtt = AnalyzeRtt(Load(name + ".yaml"));
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  const GroupRtt& g = rtt->groups.front();
  EXPECT_EQ(g.basis, PassengersBasis::kSaturated);
  EXPECT_DOUBLE_EQ(g.classical.passengers, expected.at("car_load_persons_mean").get<double>());
  const double mc = expected.at("round_trip_time_s").get<double>();
  EXPECT_LT(std::fabs(g.kinematic.rtt_s - mc) / mc, kMonteCarloTolerance)
      << name << ": rtt_kinematic_s " << g.kinematic.rtt_s << " vs Monte Carlo " << mc;
  EXPECT_NEAR(g.classical.stops, expected.at("S_monte_carlo").get<double>(), 0.02);
  EXPECT_NEAR(g.classical.highest_reversal, expected.at("H_monte_carlo").get<double>(), 0.02);
}

TEST(DoubleDeckRttTest, SaturatedAMatchesMonteCarlo) {
  ExpectSaturated("saturated-dd-A");
}
TEST(DoubleDeckRttTest, SaturatedBMatchesMonteCarlo) {
  ExpectSaturated("saturated-dd-B");
}

// Sizing searches double-deck designs with the same round trip as `rtt`:
// each design's figures are those `rtt` gives the building with that design.
TEST(DoubleDeckRttTest, SizingJudgesEachDesignByTheDoubleDeckRoundTrip) {
  Building b = Load("dd-A.yaml");
  b.analysis.target_interval_s = 45.0;
  const Result<Sizing> sizing = SizeBuilding(b);
  ASSERT_TRUE(sizing.ok()) << sizing.error().message();
  const GroupSizing& g = sizing->groups.front();
  EXPECT_TRUE(g.double_deck);
  ASSERT_FALSE(g.designs.empty());
  for (const Design& d : g.designs) {
    const Result<BuildingRtt> rtt = AnalyzeRtt(BuildingWithDesign(b, GroupId(0), d));
    ASSERT_TRUE(rtt.ok()) << rtt.error().message();
    const GroupRtt& r = rtt->groups.front();
    ASSERT_TRUE(r.double_deck.has_value());
    EXPECT_NEAR(d.classical.rtt_s, r.classical.rtt_s, 1e-9);
    EXPECT_NEAR(d.classical.passengers, r.classical.passengers, 1e-9);
    EXPECT_NEAR(d.rtt_kinematic_s, r.kinematic.rtt_s, 1e-9);
    EXPECT_NEAR(d.throughput.interval_s, r.throughput.interval_s, 1e-9);
    EXPECT_LE(d.JudgedInterval(), 45.0);
  }
  // A double-deck car costs as a single car of twice the load would.
  const Design& first = g.designs.front();
  EXPECT_NEAR(first.cost, CostProxy(2.0 * first.rated_load_kg, first.speed_mps, first.cars), 1e-9);
}

}  // namespace
}  // namespace hoistway
