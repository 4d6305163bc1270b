// What the Test tower page may send: a description, changes, faults and
// tests, each refused with its field when wrong.
#include "server/tower_input.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace hoistway::server {
namespace {

using nlohmann::json;

std::string Example() {
  std::ifstream in(std::string(HOISTWAY_SOURCE_DIR) + "/examples/tower/mrl-630.yaml");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Bad {
  json body;
  const char* message;  // the start of the error: "FIELD: ..."
};

TEST(TowerInputTest, AGoodRequestIsValidatedAndChanged) {
  auto r = ParseTowerRequest(json{{"lift", Example()},
                                  {"set", {"lift.brake.torque_per_set_nm=500"}},
                                  {"faults", {"fast_doors"}},
                                  {"tests", {"brake_125"}}});
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_DOUBLE_EQ(r->lift.description.lift.brake.torque_per_set_nm, 500);
  EXPECT_DOUBLE_EQ(r->lift.description.lift.doors.closing_speed_mps, 0.5);
  EXPECT_EQ(r->lift.origins.at("lift.doors.closing_speed_mps"), "--fault fast_doors");
  EXPECT_EQ(r->tests, std::vector<std::string>{"brake_125"});
}

TEST(TowerInputTest, BadRequestsNameTheirField) {
  const std::string lift = Example();
  const Bad cases[] = {
      {json::array(), "body: must be a JSON object"},
      {json::object(), "lift: is required"},
      {json{{"lift", ""}}, "lift: is required"},
      {json{{"lift", lift}, {"sets", json::array()}}, "sets: unknown field"},
      {json{{"lift", "lift:\n  rated_load_kg: -1\n"}},
       "lift: lift.yaml:2:18: lift.rated_load_kg: must be greater than 0"},
      {json{{"lift", lift}, {"set", "lift.travel_m=3"}}, "set: must be a list of strings"},
      {json{{"lift", lift}, {"set", {"lift.travel_m"}}},
       "set[0]: --set lift.travel_m: expected KEY=VALUE"},
      {json{{"lift", lift}, {"set", {"lift.travel_m=1", "lift.car_mass_kg=-3"}}},
       "set[1]: --set lift.car_mass_kg=-3: lift.car_mass_kg: must be greater than 0"},
      {json{{"lift", lift}, {"set", {"lift.brake.torque_per_set_nm=40"}}},
       "set[0]: --set lift.brake.torque_per_set_nm=40: lift.brake.torque_per_set_nm: the brake "
       "cannot hold"},
      {json{{"lift", lift}, {"faults", {"worn_brake_linings"}}},
       "faults[0]: --fault: unknown fault"},
      {json{{"lift", lift}, {"faults", {1}}}, "faults[0]: must be a non-empty string"},
      {json{{"lift", std::string(70000, '#')}}, "lift: is 70000 bytes"},
  };
  for (const Bad& c : cases) {
    auto r = ParseTowerRequest(c.body);
    ASSERT_FALSE(r.ok()) << c.body.dump().substr(0, 80);
    EXPECT_TRUE(r.error().message().starts_with(c.message)) << r.error().message();
  }
}

}  // namespace
}  // namespace hoistway::server
