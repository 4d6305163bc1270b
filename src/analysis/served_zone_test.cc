#include "analysis/served_zone.h"

#include <gtest/gtest.h>

#include "analysis/test_buildings.h"

namespace hoistway {
namespace {

TEST(ServedZoneTest, UniformBuilding) {
  const Result<ServedZone> zone = MakeServedZone(testing::RttCaseA(), GroupId(0));
  ASSERT_TRUE(zone.ok()) << zone.error().message();
  EXPECT_EQ(zone->entrances.size(), 1u);
  EXPECT_EQ(zone->UpperCount(), 10);
  EXPECT_DOUBLE_EQ(zone->population, 800.0);
  EXPECT_DOUBLE_EQ(zone->interfloor_m, 3.3);
  EXPECT_DOUBLE_EQ(zone->express_m, 0.0);
  EXPECT_TRUE(zone->equal_populations);
}

// A taller lobby without an express zone: d_f = travel / N (CIBSE Guide D).
TEST(ServedZoneTest, TallLobbyAveragesTheTravel) {
  Building b = testing::RttCaseA();
  b.floors[0].height_m = 6.3;
  testing::DeriveLevels(b);
  const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
  ASSERT_TRUE(zone.ok());
  EXPECT_DOUBLE_EQ(zone->interfloor_m, (6.3 + 9 * 3.3) / 10);
  EXPECT_DOUBLE_EQ(zone->express_m, 0.0);
}

// A high-rise group serving G and 6..10: floors 1..5 are its express zone.
TEST(ServedZoneTest, ExpressZone) {
  Building b = testing::RttCaseA();
  b.groups[0].serves = {FloorIndex(0), FloorIndex(6), FloorIndex(7),
                        FloorIndex(8), FloorIndex(9), FloorIndex(10)};
  const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
  ASSERT_TRUE(zone.ok());
  EXPECT_EQ(zone->UpperCount(), 5);
  EXPECT_DOUBLE_EQ(zone->interfloor_m, 3.3);
  EXPECT_NEAR(zone->express_m, 5 * 3.3, 1e-12);  // 6 floors up to floor 6, less one d_f
  EXPECT_DOUBLE_EQ(zone->population, 400.0);
}

// Two groups both serving floor 5: its passengers ride the first group.
TEST(ServedZoneTest, SharedFloorGoesToTheFirstGroup) {
  Building b = testing::RttCaseA();
  GroupSpec high = b.groups[0];
  high.name = "B";
  high.serves = {FloorIndex(0), FloorIndex(5), FloorIndex(6), FloorIndex(7),
                 FloorIndex(8), FloorIndex(9), FloorIndex(10)};
  b.groups[0].serves = {FloorIndex(0), FloorIndex(1), FloorIndex(2),
                        FloorIndex(3), FloorIndex(4), FloorIndex(5)};
  b.groups.push_back(high);
  const Result<ServedZone> low_zone = MakeServedZone(b, GroupId(0));
  const Result<ServedZone> high_zone = MakeServedZone(b, GroupId(1));
  ASSERT_TRUE(low_zone.ok() && high_zone.ok());
  EXPECT_DOUBLE_EQ(low_zone->population, 400.0);
  EXPECT_DOUBLE_EQ(high_zone->population, 400.0);
  EXPECT_DOUBLE_EQ(high_zone->upper.front().share, 0.0);  // floor 5: carried by A
  EXPECT_FALSE(high_zone->equal_populations);
}

TEST(ServedZoneTest, TwoEntrances) {
  Building b = testing::RttCaseA();
  b.floors[1].entrance = true;  // floor 1 becomes a second entrance (e.g. a car park)
  b.floors[1].population = 0.0;
  b.floors[0].entrance_share = 3.0;
  b.floors[1].entrance_share = 1.0;
  const Result<ServedZone> zone = MakeServedZone(b, GroupId(0));
  ASSERT_TRUE(zone.ok()) << zone.error().message();
  ASSERT_EQ(zone->entrances.size(), 2u);
  EXPECT_DOUBLE_EQ(zone->entrances[0].share, 0.75);
  EXPECT_DOUBLE_EQ(zone->base_level_m, 3.3);
  EXPECT_EQ(zone->UpperCount(), 9);
}

TEST(ServedZoneTest, Errors) {
  Building no_population = testing::RttCaseA();
  no_population.source = "b.yaml";
  for (FloorSpec& f : no_population.floors) f.population = 0.0;
  const Result<ServedZone> a = MakeServedZone(no_population, GroupId(0));
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(a.error().message().find("b.yaml: groups[0] (A)"), std::string::npos);
  EXPECT_NE(a.error().message().find("population"), std::string::npos);

  Building no_entrance = testing::RttCaseA();
  no_entrance.floors[0].entrance = false;
  const Result<ServedZone> b = MakeServedZone(no_entrance, GroupId(0));
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.error().message().find("entrance"), std::string::npos);

  Building entrance_above = testing::RttCaseA();
  entrance_above.floors[5].entrance = true;
  const Result<ServedZone> c = MakeServedZone(entrance_above, GroupId(0));
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.error().message().find("below entrance floor 5"), std::string::npos);
}

}  // namespace
}  // namespace hoistway
