#include <gtest/gtest.h>

#include "core/building_loader.h"

namespace hoistway {
namespace {

constexpr const char* kBuilding = R"(
floors:
  - {name: G, height_m: 4.0, entrance: true}
  - {name: "1", height_m: 4.0}
  - {name: "2", height_m: 4.0}
groups:
  - name: A
    cars: 1
    car: {capacity_persons: 8, rated_speed_mps: 1.0, acceleration_mps2: 0.8, jerk_mps3: 1.0,
          door_open_s: 2.0, door_close_s: 3.0, passenger_transfer_s: 1.0}
traffic:
  passengers:
    - {time_s: 30, from: "2", to: G}
    - {time_s: 5, from: G, to: "1"}
    - {time_s: 30, from: "1", to: "2"}
)";

TEST(ScriptedPassengersTest, AreSortedByTimeKeepingTheListOrderOfTies) {
  auto b = ParseBuilding(kBuilding, "scripted.yaml");
  ASSERT_TRUE(b.ok()) << b.error().message();
  const auto& p = b->traffic.passengers;
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].time_s, 5.0);
  EXPECT_EQ(p[1].origin, FloorIndex(2));  // the first of the two at 30 s
  EXPECT_EQ(p[2].origin, FloorIndex(1));
  EXPECT_TRUE(b->traffic.periods.empty());
  // Without duration_s: one second after the last arrival.
  EXPECT_DOUBLE_EQ(b->traffic.duration_s, 31.0);
  // No population is needed for scripted traffic.
  EXPECT_EQ(b->TotalPopulation(), 0.0);
}

}  // namespace
}  // namespace hoistway
