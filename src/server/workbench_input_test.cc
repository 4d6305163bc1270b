#include "server/workbench_input.h"

#include <gtest/gtest.h>

#include "server/workbench_test_data.h"

namespace hoistway::server {
namespace {

using nlohmann::json;
using testing::ExampleOffice;

TEST(WorkbenchInputTest, ReadsTheBuildingSeedAndRuns) {
  auto r = ParseWorkbenchRequest({{"building", ExampleOffice()}, {"seed", 7}, {"runs", 3}}, true);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->building.name, "Sixteen-floor office, morning up-peak");
  EXPECT_EQ(r->building.source, "building.yaml");
  EXPECT_EQ(r->seed, 7u);
  EXPECT_EQ(r->runs, 3);
  auto defaults = ParseWorkbenchRequest({{"building", ExampleOffice()}}, true);
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->seed, 1u);
  EXPECT_EQ(defaults->runs, 1);
}

TEST(WorkbenchInputTest, ABadDescriptionKeepsTheLoadersMessage) {
  std::string yaml = ExampleOffice();
  yaml.replace(yaml.find("rated_speed_mps"), 15, "rated_sped_mps");
  auto r = ParseWorkbenchRequest({{"building", yaml}}, false);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
  EXPECT_TRUE(r.error().message().starts_with("building.yaml:")) << r.error().message();
  EXPECT_NE(r.error().message().find("did you mean 'rated_speed_mps'"), std::string::npos)
      << r.error().message();
}

TEST(WorkbenchInputTest, RejectsMissingOversizedAndMistypedFields) {
  const auto message = [](const json& body) {
    auto r = ParseWorkbenchRequest(body, true);
    return r.ok() ? std::string("ok") : r.error().message();
  };
  EXPECT_TRUE(message(json::array()).starts_with("body:"));
  EXPECT_TRUE(message({{"building", ""}}).starts_with("building: is required"));
  EXPECT_TRUE(message({{"building", 42}}).starts_with("building: is required"));
  EXPECT_TRUE(message({{"building", std::string(300 * 1024, '#')}}).starts_with("building: is "));
  EXPECT_TRUE(message({{"building", ExampleOffice()}, {"runs", 21}}).starts_with("runs:"));
  EXPECT_TRUE(message({{"building", ExampleOffice()}, {"runs", 0}}).starts_with("runs:"));
  EXPECT_TRUE(message({{"building", ExampleOffice()}, {"runs", "2"}}).starts_with("runs:"));
  EXPECT_TRUE(message({{"building", ExampleOffice()}, {"seed", -1}}).starts_with("seed:"));
  EXPECT_TRUE(message({{"building", ExampleOffice()}, {"seed", 1.5}}).starts_with("seed:"));
}

TEST(WorkbenchInputTest, LimitsTheSimulatedTimeAndPassengers) {
  auto week = ParseWorkbenchRequest({{"building", ExampleOffice(7 * 86400)}}, true);
  EXPECT_TRUE(week.ok());
  auto longer = ParseWorkbenchRequest({{"building", ExampleOffice(8 * 86400)}}, true);
  ASSERT_FALSE(longer.ok());
  EXPECT_NE(longer.error().message().find("at most 604800 s (7 days)"), std::string::npos)
      << longer.error().message();
  // The RTT calculation does not simulate: no limit on the duration.
  EXPECT_TRUE(ParseWorkbenchRequest({{"building", ExampleOffice(8 * 86400)}}, false).ok());

  std::string crowded = ExampleOffice(7 * 86400);
  const std::string from = "population: 70}", to = "population: 7000}";
  for (auto at = crowded.find(from); at != std::string::npos; at = crowded.find(from, at)) {
    crowded.replace(at, from.size(), to);
    at += to.size();
  }
  auto many = ParseWorkbenchRequest({{"building", crowded}}, true);
  ASSERT_FALSE(many.ok());
  EXPECT_NE(many.error().message().find("passengers"), std::string::npos);
}

// The server must never dlopen a library that a request names.
TEST(WorkbenchInputTest, RefusesDispatcherPlugIns) {
  std::string yaml = ExampleOffice();
  yaml.replace(yaml.find("dispatcher: collective"), 22, "dispatcher: /tmp/evil.so");
  auto r = ParseWorkbenchRequest({{"building", yaml}}, true);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(
      r.error().message().starts_with("building: groups[0].dispatcher: '/tmp/evil.so' is a "
                                      "plug-in"))
      << r.error().message();
}

TEST(WorkbenchInputTest, ExpectedPassengersFollowTheArrivalRate) {
  auto r = ParseWorkbenchRequest({{"building", ExampleOffice()}}, true);
  ASSERT_TRUE(r.ok());
  // 16 floors x 70 persons, 12 % per 5 minutes, for an hour.
  EXPECT_NEAR(ExpectedPassengers(r->building), 1120 * 0.12 * 12, 1e-6);
}

}  // namespace
}  // namespace hoistway::server
