#include "core/routes.h"

#include <gtest/gtest.h>

#include "core/building_loader.h"
#include "core/building_test_data.h"
#include "core/decks.h"

namespace hoistway {
namespace {

// G, 1, 2, S (sky lobby), 4, 5: a low group G-2, a shuttle G-S, a high group S-5.
constexpr char kSkyLobby[] = R"(name: Sky lobby
floors:
  - {name: G, height_m: 4.0, entrance: true, transfer_walk_s: 10}
  - {name: "1", height_m: 4.0, population: 50}
  - {name: "2", height_m: 4.0, population: 50}
  - {name: S, height_m: 4.0, transfer: true, transfer_walk_s: 15}
  - {name: "4", height_m: 4.0, population: 50}
  - {name: "5", height_m: 4.0, population: 50}
groups:
  - name: Low
    serves: [G, "1", "2"]
    cars: 2
    car: &car {capacity_persons: 13, rated_speed_mps: 1.6, acceleration_mps2: 1.0, jerk_mps3: 1.5,
               door_open_s: 2.0, door_close_s: 3.0, passenger_transfer_s: 1.2}
  - name: Shuttle
    serves: [G, S]
    cars: 1
    car: *car
  - name: High
    serves: [S, "4", "5"]
    cars: 2
    car: *car
traffic:
  template: lunch
)";

Building Load(const std::string& text) {
  auto b = ParseBuilding(text, "t.yaml");
  EXPECT_TRUE(b.ok()) << (b.ok() ? "" : b.error().message());
  return b.ok() ? std::move(b).value() : Building{};
}

TEST(RoutesTest, DirectTripsAreOneLegOnTheFirstGroupServingBoth) {
  const Building b = Load(kSkyLobby);
  const Routes r = Routes::Build(b);
  ASSERT_EQ(r.Legs(FloorIndex(0), FloorIndex(2)).size(), 1u);
  EXPECT_EQ(r.Legs(FloorIndex(0), FloorIndex(2))[0].group.value(), 0);
  EXPECT_EQ(r.DirectGroup(FloorIndex(0), FloorIndex(3)), 1);
  EXPECT_EQ(r.DirectGroup(FloorIndex(0), FloorIndex(4)), -1);
  EXPECT_TRUE(r.HasTransfers());
}

TEST(RoutesTest, TripsAcrossZonesChangeAtTheSkyLobbyAndTheEntrance) {
  const Building b = Load(kSkyLobby);
  const Routes r = Routes::Build(b);
  // G -> 5: shuttle to S, high group to 5.
  const auto up = r.Legs(FloorIndex(0), FloorIndex(5));
  ASSERT_EQ(up.size(), 2u);
  EXPECT_EQ(up[0].group.value(), 1);
  EXPECT_EQ(up[0].to.value(), 3);
  EXPECT_EQ(up[1].group.value(), 2);
  EXPECT_EQ(up[1].from.value(), 3);
  EXPECT_EQ(up[1].to.value(), 5);
  // 1 -> 4: low group to G, shuttle to S, high group to 4; and back the same way.
  for (const auto& [o, d] : {std::pair{1, 4}, std::pair{4, 1}}) {
    const auto legs = r.Legs(FloorIndex(o), FloorIndex(d));
    ASSERT_EQ(legs.size(), 3u) << o << " -> " << d;
    EXPECT_EQ(legs.front().from.value(), o);
    EXPECT_EQ(legs.back().to.value(), d);
    for (std::size_t i = 1; i < legs.size(); ++i) EXPECT_EQ(legs[i].from, legs[i - 1].to);
  }
}

TEST(RoutesTest, NoRouteWithoutAChangeFloor) {
  // The same groups, but S is not a transfer floor: the high zone is cut off
  // (the loader refuses such a building; Routes only reports it).
  Building b = Load(kSkyLobby);
  b.floors[3].transfer = false;
  const Routes r = Routes::Build(b);
  EXPECT_FALSE(r.Reachable(FloorIndex(0), FloorIndex(5)));
  EXPECT_TRUE(r.Reachable(FloorIndex(0), FloorIndex(3)));
  EXPECT_TRUE(r.Reachable(FloorIndex(1), FloorIndex(2)));
}

TEST(RoutesTest, TheQuickerOfTwoShuttlesIsChosen) {
  // A second, faster shuttle from G to S: the route to 5 takes it.
  std::string text = testing::With(kSkyLobby, "  - name: High\n",
                                   "  - name: Express\n    serves: [G, S]\n    cars: 2\n"
                                   "    car: {capacity_persons: 13, rated_speed_mps: 6.0, "
                                   "acceleration_mps2: 1.0, jerk_mps3: 1.5, door_open_s: 2.0, "
                                   "door_close_s: 3.0, passenger_transfer_s: 1.2}\n"
                                   "  - name: High\n");
  const Building b = Load(text);
  const Routes r = Routes::Build(b);
  const auto legs = r.Legs(FloorIndex(0), FloorIndex(5));
  ASSERT_EQ(legs.size(), 2u);
  EXPECT_EQ(b.groups[static_cast<std::size_t>(legs[0].group.value())].name, "Express");
  EXPECT_LT(ExpectedLegTimeS(b, b.groups[2], FloorIndex(0), FloorIndex(3)),
            ExpectedLegTimeS(b, b.groups[1], FloorIndex(0), FloorIndex(3)));
}

// Double-deck shuttles between two lobbies of two levels: G/M below (both
// entrances), S/T above (both transfer floors); a middle group from S, a
// high group from T, and a double-deck local group from S/T whose decks
// stop at 6/7 and 8/9 (core/decks.h).
constexpr char kDoubleDeckSkyLobby[] = R"(name: Double-deck sky lobby
floors:
  - {name: G, height_m: 4.0, entrance: true, transfer_walk_s: 10}
  - {name: M, height_m: 4.0, entrance: true, transfer_walk_s: 10}
  - {name: "2", height_m: 4.0, population: 50}
  - {name: "3", height_m: 4.0, population: 50}
  - {name: S, height_m: 4.0, transfer: true, transfer_walk_s: 15}
  - {name: T, height_m: 4.0, transfer: true, transfer_walk_s: 15}
  - {name: "6", height_m: 4.0, population: 50}
  - {name: "7", height_m: 4.0, population: 50}
  - {name: "8", height_m: 4.0, population: 50}
  - {name: "9", height_m: 4.0, population: 50}
  - {name: "10", height_m: 4.0, population: 50}
groups:
  - name: Low
    serves: [G, "2", "3"]
    cars: 2
    car: &car {capacity_persons: 13, rated_speed_mps: 1.6, acceleration_mps2: 1.0, jerk_mps3: 1.5,
               door_open_s: 2.0, door_close_s: 3.0, passenger_transfer_s: 1.2}
  - name: Shuttle
    serves: [G, M, S, T]
    deck: double
    escalator_s: 20
    cars: 2
    car: *car
  - name: Decks
    serves: [S, T, "6", "7", "8", "9"]
    deck: double
    cars: 2
    car: *car
  - name: Roof
    serves: [T, "10"]
    cars: 1
    car: *car
traffic:
  template: lunch
)";

TEST(RoutesTest, DoubleDeckLegsRideBetweenPairsAndEndWhereTheNextLegBegins) {
  const Building b = Load(kDoubleDeckSkyLobby);
  const Routes r = Routes::Build(b);
  const auto floor = [&](const char* name) {
    for (int f = 0; f < b.FloorCount(); ++f) {
      if (b.floor(FloorIndex(f)).name == name) return FloorIndex(f);
    }
    return FloorIndex(-1);
  };
  // G -> 10: the shuttle to T (the upper deck, boarded at M by the escalator),
  // then the roof group.
  const auto up = r.Legs(floor("G"), floor("10"));
  ASSERT_EQ(up.size(), 2u);
  EXPECT_EQ(up[0].group.value(), 1);
  EXPECT_EQ(up[0].to, floor("T"));
  EXPECT_EQ(up[1].group.value(), 3);
  // 6 -> 10: 6 is a lower deck's floor of Decks, so its car leaves the person
  // at S, the other level of the sky lobby: the escalator up to T, then Roof.
  const auto across = r.Legs(floor("6"), floor("10"));
  ASSERT_EQ(across.size(), 2u);
  EXPECT_EQ(across[0].group.value(), 2);
  EXPECT_EQ(across[0].to, floor("T"));
  EXPECT_EQ(RideOnDecks(b, b.groups[2], floor("6"), floor("T")).alight, floor("S"));
  // No leg rides within one pair: G and M, S and T are walked by the escalator.
  for (int o = 0; o < b.FloorCount(); ++o) {
    for (int d = 0; d < b.FloorCount(); ++d) {
      const auto legs = r.Legs(FloorIndex(o), FloorIndex(d));
      for (std::size_t i = 0; i < legs.size(); ++i) {
        const GroupSpec& g = b.groups[static_cast<std::size_t>(legs[i].group.value())];
        if (i > 0) EXPECT_EQ(legs[i].from, legs[i - 1].to);
        if (g.deck != Deck::kDouble) continue;
        if (legs.size() > 1) {
          EXPECT_NE(PairFloor(g, legs[i].from), PairFloor(g, legs[i].to)) << o << " -> " << d;
        }
        // A leg before a change leaves the person at the change floor or at
        // the other level of a lobby of two levels.
        const FloorIndex alight = RideOnDecks(b, g, legs[i].from, legs[i].to).alight;
        if (i + 1 < legs.size() && alight != legs[i].to) {
          EXPECT_TRUE(IsTwoLevelLobby(b, g, legs[i].to)) << o << " -> " << d;
        }
      }
    }
  }
}

TEST(RoutesLoaderTest, UnreachableFloorsAndLonelyTransferFloorsAreRefused) {
  auto lonely = ParseBuilding(testing::With(kSkyLobby, "  - name: High\n    serves: [S,",
                                            "  - name: High\n    serves: [\"2\","),
                              "t.yaml");
  ASSERT_FALSE(lonely.ok());
  EXPECT_NE(lonely.error().message().find("floors[3].transfer: floor 'S' is a transfer floor but "
                                          "only group 'Shuttle' serves it"),
            std::string::npos)
      << lonely.error().message();
  auto cut = ParseBuilding(
      testing::With(kSkyLobby, "{name: S, height_m: 4.0, transfer: true, transfer_walk_s: 15}",
                    "{name: S, height_m: 4.0}"),
      "t.yaml");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().message().find("t.yaml:7:5: floors[4]: floor '4' has a population of 50 "
                                       "but no group serves both it and an entrance floor, even "
                                       "with changes"),
            std::string::npos)
      << cut.error().message();
  auto walk = ParseBuilding(testing::With(kSkyLobby, "{name: \"1\", height_m: 4.0,",
                                          "{name: \"1\", transfer_walk_s: 3, height_m: 4.0,"),
                            "t.yaml");
  ASSERT_FALSE(walk.ok());
  EXPECT_NE(walk.error().message().find("floors[1].transfer_walk_s: only a floor where people "
                                        "change groups"),
            std::string::npos)
      << walk.error().message();
}

}  // namespace
}  // namespace hoistway
