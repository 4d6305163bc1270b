// The simulator cross-check of issue 3: the saturated simulation's mean round
// trip and rtt_kinematic_s agree within 1 %, and both match the Monte Carlo
// values of tests/data/validation/rtt/saturated-*.expected.json.
// (A test-only dependency on sim and dispatch; the analysis library itself
// does not depend on them.)
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "analysis/rtt_analysis.h"
#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "sim/simulation.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

constexpr double kTolerance = 0.01;

void CrossCheck(const std::string& name, const std::string& folder = "rtt") {
  Result<Building> building =
      LoadBuildingFile(testing::DataPath("validation/" + folder + "/" + name + ".yaml"));
  ASSERT_TRUE(building.ok()) << building.error().message();
  const Result<BuildingRtt> rtt = AnalyzeRtt(*building);
  ASSERT_TRUE(rtt.ok()) << rtt.error().message();
  SimulationOptions options;
  options.seed = 1;
  options.make_dispatcher = dispatch::MakeDispatcher;
  const Result<SimulationReport> sim = RunSimulation(*building, options);
  ASSERT_TRUE(sim.ok()) << sim.error().message();

  const double kinematic = rtt->groups.front().kinematic.rtt_s;
  const double simulated = sim->groups.front().round_trip_time_s;
  const double monte_carlo =
      nlohmann::json::parse(testing::ReadFile(testing::DataPath("validation/" + folder + "/" +
                                                                name + ".expected.json")))
          .at("round_trip_time_s")
          .get<double>();
  EXPECT_EQ(sim->groups.front().car_load_persons_mean, rtt->groups.front().classical.passengers);
  EXPECT_LT(std::fabs(simulated - kinematic) / kinematic, kTolerance)
      << name << ": simulated " << simulated << " s, rtt_kinematic_s " << kinematic << " s";
  EXPECT_LT(std::fabs(simulated - monte_carlo) / monte_carlo, kTolerance)
      << name << ": simulated " << simulated << " s, Monte Carlo " << monte_carlo << " s";
  EXPECT_LT(std::fabs(kinematic - monte_carlo) / monte_carlo, kTolerance);
  EXPECT_LT(std::fabs(sim->groups.front().interval_s -
                      rtt->groups.front().kinematic_throughput.interval_s) /
                rtt->groups.front().kinematic_throughput.interval_s,
            kTolerance);
}

TEST(SimCrossCheckTest, SaturatedA) {
  CrossCheck("saturated-A");
}
TEST(SimCrossCheckTest, SaturatedB) {
  CrossCheck("saturated-B");
}
// Double-deck cars (issue 14): coincident stops, both decks' doors, the
// saturated lobby of two levels.
TEST(SimCrossCheckTest, SaturatedDoubleDeckA) {
  CrossCheck("saturated-dd-A", "double-deck");
}
TEST(SimCrossCheckTest, SaturatedDoubleDeckB) {
  CrossCheck("saturated-dd-B", "double-deck");
}

}  // namespace
}  // namespace hoistway
