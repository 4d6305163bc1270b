// The up-peak journey estimate of a sky-lobby design counts the escalator
// rides double-deck shuttles ask for, and nothing else changes with them.
#include "analysis/journey_estimate.h"

#include <gtest/gtest.h>

#include "analysis/rtt_analysis.h"
#include "core/building_loader.h"

namespace hoistway {
namespace {

Building DoubleDeckSkyLobby() {
  auto b = LoadBuildingFile(std::string(HOISTWAY_SOURCE_DIR) +
                            "/tests/scenarios/transfers/double-deck-sky-lobby.yaml");
  EXPECT_TRUE(b.ok()) << (b.ok() ? "" : b.error().message());
  return b.ok() ? std::move(b).value() : Building{};
}

// In that tower (G 0.7 and M 0.3 of the people coming in; 600 people below
// the sky lobby, 540 in the middle zone from S, 540 in the high zone from
// T) a person rides the escalator once when they come in at G for the high
// zone (the upper deck boards at M) or at M for the middle zone (the lower
// deck boards at G): 540 x 0.7 + 540 x 0.3 = 540 of 1,680 people.
TEST(JourneyEstimateTest, CountsTheEscalatorRidesOfDoubleDeckShuttles) {
  Building b = DoubleDeckSkyLobby();
  ASSERT_EQ(b.groups[1].deck, Deck::kDouble);
  b.groups[1].escalator_s = 0.0;
  const Result<BuildingRtt> without = AnalyzeRtt(b);
  b.groups[1].escalator_s = 15.0;
  const Result<BuildingRtt> with = AnalyzeRtt(b);
  ASSERT_TRUE(without.ok() && with.ok());
  EXPECT_NEAR(with->journey.mean_s - without->journey.mean_s, 15.0 * 540.0 / 1680.0, 1e-9);
  EXPECT_DOUBLE_EQ(with->journey.mean_changes, 1080.0 / 1680.0);
  // The shuttle's round trip does not depend on the escalators.
  EXPECT_DOUBLE_EQ(with->groups[1].classical.rtt_s, without->groups[1].classical.rtt_s);
}

}  // namespace
}  // namespace hoistway
