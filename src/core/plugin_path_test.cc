#include <gtest/gtest.h>

#include <string>

#include "core/building_loader.h"

namespace hoistway {
namespace {

std::string WithDispatcher(const std::string& dispatcher) {
  return R"(
floors:
  - {name: G, height_m: 4.0, entrance: true}
  - {name: "1", height_m: 4.0, population: 50}
  - {name: "2", height_m: 4.0, population: 50}
groups:
  - name: A
    cars: 2
    dispatcher: )" +
         dispatcher + R"(
    car: {capacity_persons: 8, rated_speed_mps: 1.0, acceleration_mps2: 0.8, jerk_mps3: 1.0,
          door_open_s: 2.0, door_close_s: 3.0, passenger_transfer_s: 1.0}
traffic: {template: up_peak}
)";
}

// A plug-in path is relative to the description's folder, not to where
// hoistway happens to run.
TEST(PluginPathTest, RelativePathsAreRelativeToTheDescription) {
  auto b = ParseBuilding(WithDispatcher("plugins/control.so"), "studies/tower.yaml");
  ASSERT_TRUE(b.ok()) << b.error().message();
  EXPECT_EQ(b->groups[0].dispatcher, "studies/plugins/control.so");
  b = ParseBuilding(WithDispatcher("control.so"), "tower.yaml");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->groups[0].dispatcher, "./control.so");
  b = ParseBuilding(WithDispatcher("/opt/control.so"), "studies/tower.yaml");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->groups[0].dispatcher, "/opt/control.so");
  b = ParseBuilding(WithDispatcher("collective"), "studies/tower.yaml");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->groups[0].dispatcher, "collective");
}

}  // namespace
}  // namespace hoistway
