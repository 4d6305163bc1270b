// The tower's endpoints in process: who may use them, a run with its
// traces, the HTML report, the catalogue and bad requests.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server/api_test_fixture.h"

namespace hoistway::server {
namespace {

using nlohmann::json;

std::string Example(const std::string& name) {
  std::ifstream in(std::string(HOISTWAY_SOURCE_DIR) + "/examples/tower/" + name + ".yaml");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_F(ApiTest, TowerIsForSignedInUsers) {
  const std::string body = json{{"lift", Example("mrl-630")}}.dump();
  EXPECT_EQ(Call("POST", "/api/v1/tower/runs", "", body).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/tower/faults").status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/tower/catalogue").status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/tower/runs", owner_, body).status, 200);
}

TEST_F(ApiTest, TowerRunAnswersWithTheReportAndItsTraces) {
  auto r = Call("POST", "/api/v1/tower/runs", admin_,
                json{{"lift", Example("mr-1000-2to1")}, {"faults", {"worn_grooves"}}}.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  const json report = json::parse(r.body);
  EXPECT_EQ(report["verdict"], "fail");
  EXPECT_EQ(report["source"], "lift.yaml");
  EXPECT_EQ(report["faults"][0], "worn_grooves");
  ASSERT_EQ(report["tests"].size(), 12u);
  EXPECT_EQ(report["tests"][2]["id"], "traction_loading");
  EXPECT_EQ(report["tests"][2]["verdict"], "fail");
  const json& trace = report["tests"][0]["trace"];
  EXPECT_GT(trace["time_s"].size(), 100u);
  EXPECT_LE(trace["time_s"].size(), 600u);
  EXPECT_EQ(trace["time_s"].size(), trace["velocity_mps"].size());
  EXPECT_EQ(report["runs"][0]["id"], "full_travel");
  EXPECT_EQ(report["runs"][0]["ride_units"]["max_velocity_mps"]["unit"], "m/s");
  EXPECT_EQ(report["tests"][0]["figure_units"]["retardation"]["unit"], "m/s2");
  EXPECT_NEAR(report["ride"]["max_velocity_mps"].get<double>(), 1.6, 0.01);
}

TEST_F(ApiTest, TowerRunCanAnswerWithTheHtmlReport) {
  auto r = Call("POST", "/api/v1/tower/runs?format=html", admin_,
                json{{"lift", Example("mrl-630")}, {"tests", {"buffer"}}}.dump());
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("<h1>Virtual test tower: MRL 630 kg"), std::string::npos);
  EXPECT_NE(r.body.find("<svg"), std::string::npos);
}

TEST_F(ApiTest, TowerRefusesBadRequestsWithTheirField) {
  auto r =
      Call("POST", "/api/v1/tower/runs", admin_,
           json{{"lift", Example("mrl-630")}, {"set", {"lift.counterweight_balance=2"}}}.dump());
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "set[0]");
  r = Call("POST", "/api/v1/tower/runs", admin_, json{{"lift", "lift: {rated_load: 1}"}}.dump());
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "lift");
  EXPECT_NE(json::parse(r.body)["message"].get<std::string>().find("did you mean 'rated_load_kg'"),
            std::string::npos);
  r = Call("POST", "/api/v1/tower/runs", admin_,
           json{{"lift", Example("mrl-630")}, {"tests", {"brake"}}}.dump());
  ASSERT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(json::parse(r.body)["field"], "tests");
}

TEST_F(ApiTest, TowerCatalogueOffersTheExamplesAndTheFaults) {
  auto r = Call("GET", "/api/v1/tower/catalogue", owner_);
  ASSERT_EQ(r.status, 200);
  const json catalogue = json::parse(r.body);
  EXPECT_EQ(catalogue["suite"], "en81-20");
  EXPECT_EQ(catalogue["tests"].size(), 12u);
  ASSERT_EQ(catalogue["examples"].size(), 3u);
  EXPECT_EQ(catalogue["examples"][0]["name"], "gearless-1600-4");
  EXPECT_EQ(catalogue["examples"][0]["text"], Example("gearless-1600-4"));
  r = Call("GET", "/api/v1/tower/faults", owner_);
  ASSERT_EQ(r.status, 200);
  EXPECT_GE(json::parse(r.body)["items"].size(), 12u);
}

}  // namespace
}  // namespace hoistway::server
