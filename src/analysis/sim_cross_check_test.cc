// The simulator cross-check of issue 3: the saturated simulation's mean round
// trip and rtt_kinematic_s agree within 1 %, and both match the Monte Carlo
// values of tests/data/validation/rtt/saturated-*.expected.json; and the
// double-deck general analysis of traffic periods against the simulation.
// (A test-only dependency on sim and dispatch; the analysis library itself
// does not depend on them.)
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <string>

#include "analysis/double_deck_general.h"
#include "analysis/group_demand.h"
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

struct PeriodCase {
  const char* name;
  PeriodSpec period;
  double tolerance;  // relative, on the round trip at the simulated interval
};

// The double-deck general analysis (double_deck_general.h) against the
// simulator: dd-A's cars and floors (dd-lunch.yaml), seed 1, 2 h with 15 min
// of warm-up, under a within-design mixed and a lunch-time period.
//
// What is compared: the simulated mean round trip (between a car's
// departures from G) with the calculated RTT at the simulated interval,
// i.e. for the passengers the simulated cars did carry. The solved interval
// itself is not compared: T = RTT(T) / L multiplies any error of RTT(T) by
// L / (L - dRTT/dT) (here about 2), and the figures stand further apart
// (mixed: 37.0 s calculated against 30.8 s simulated; lunch: 36.5 s against
// 26.8 s).
//
// The tolerance is set by what the general analysis itself does against
// this simulator, not by the double-deck terms: Peters's model lets every
// car collect all the calls of one interval and run to the expected highest
// reversal floor, while the simulated collective group splits the calls and
// reverses cars early, so the analysis runs above the simulation in two-way
// traffic. For single-deck rtt-B with the same comparison: +0.8 % (pure
// incoming, 11 %), +3.8 % (85/10/5, 11 %), +13.5 % (lunch, 9 %); and the
// double-deck up-peak round trip (ComputeDoubleDeckRtt), exact at
// saturation, is already about 5 % above the unsaturated simulation at P =
// 8.5 per deck. Observed here: +12.4 % (mixed) and +18.4 % (lunch).
// Summing the two decks' moves instead of taking their maximum gives +22.2 %
// and +24.1 %, outside both tolerances.
TEST(SimCrossCheckTest, DoubleDeckGeneralAnalysis) {
  const PeriodCase cases[] = {
      {"mixed 85/10/5 at 12 %", {7200.0, 12.0, 85.0, 10.0, 5.0}, 0.15},
      {"lunch 45/45/10 at 9 %", {7200.0, 9.0, 45.0, 45.0, 10.0}, 0.21},
  };
  Result<Building> loaded =
      LoadBuildingFile(testing::DataPath("validation/double-deck/dd-lunch.yaml"));
  ASSERT_TRUE(loaded.ok()) << loaded.error().message();
  for (const PeriodCase& c : cases) {
    SCOPED_TRACE(c.name);
    Building building = *loaded;
    building.traffic.periods = {c.period};
    SimulationOptions options;
    options.seed = 1;
    options.make_dispatcher = dispatch::MakeDispatcher;
    const Result<SimulationReport> sim = RunSimulation(building, options);
    ASSERT_TRUE(sim.ok()) << sim.error().message();
    const Result<BuildingRtt> rtt = AnalyzeRtt(building);
    ASSERT_TRUE(rtt.ok()) << rtt.error().message();
    const GroupRtt& g = rtt->groups.front();
    ASSERT_EQ(g.periods.size(), 1u);
    EXPECT_EQ(g.periods[0].result.state, DemandState::kWithinDesign);
    EXPECT_EQ(sim->in_system_at_end, 0);

    const DeckFlows flows =
        DeckFlowsFor(building, building.groups[0], DemandFor(building, GroupId(0), c.period));
    const double simulated = sim->groups.front().round_trip_time_s;
    const double calculated = DoubleDeckRoundTripAt(flows, g.times, g.double_deck->pair_height_m,
                                                    sim->groups.front().interval_s)
                                  .car.rtt_s;
    EXPECT_LT(std::fabs(calculated - simulated) / simulated, c.tolerance)
        << "simulated " << simulated << " s, calculated " << calculated << " s at the simulated "
        << "interval " << sim->groups.front().interval_s << " s";
  }
}

}  // namespace
}  // namespace hoistway
