// The traffic workbench's endpoints in process: who may use them, the RTT
// figures, a simulation from submission to its charts' data, cancellation,
// and the limits.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "server/api_test_fixture.h"
#include "server/workbench_test_data.h"

namespace hoistway::server {
namespace {

using nlohmann::json;
using testing::ExampleOffice;
using testing::kLongDurationS;

class WorkbenchApiTest : public ApiTest {
 protected:
  std::string Body(double duration_s = 3600, int runs = 1) {
    return json{{"building", ExampleOffice(duration_s)}, {"seed", 1}, {"runs", runs}}.dump();
  }

  // Polls the job until `done` holds for it (or two minutes pass).
  template <typename Pred>
  json PollUntil(const std::string& id, const std::string& token, Pred done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(2);
    json job;
    while (std::chrono::steady_clock::now() < deadline) {
      auto r = Call("GET", "/api/v1/workbench/simulations/" + id, token);
      EXPECT_EQ(r.status, 200) << r.body;
      job = json::parse(r.body);
      if (done(job)) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return job;
  }
};

TEST_F(WorkbenchApiTest, OnlySignedInUsersMayUseIt) {
  EXPECT_EQ(Call("POST", "/api/v1/workbench/rtt", "", Body()).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/workbench/simulations", "", Body()).status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/workbench/simulations/abc").status, 401);
  EXPECT_EQ(Call("DELETE", "/api/v1/workbench/simulations/abc").status, 401);
  // Every role may: the owner is the least privileged one.
  EXPECT_EQ(Call("POST", "/api/v1/workbench/rtt", owner_, Body()).status, 200);
}

TEST_F(WorkbenchApiTest, RttAnswersWithTheFigures) {
  auto r = Call("POST", "/api/v1/workbench/rtt", admin_, Body());
  ASSERT_EQ(r.status, 200) << r.body;
  const json rtt = json::parse(r.body);
  EXPECT_EQ(rtt["source"], "building.yaml");
  for (const char* key : {"P", "S", "H", "rtt_s", "interval_s", "handling_capacity_pct"}) {
    EXPECT_TRUE(rtt.contains(key)) << key;
  }
  EXPECT_EQ(rtt["groups"].size(), 1u);
}

TEST_F(WorkbenchApiTest, ABadBuildingIsA400WithTheLoadersLine) {
  std::string yaml = ExampleOffice();
  yaml.replace(yaml.find("cars: 8"), 7, "cars: many");
  auto r = Call("POST", "/api/v1/workbench/rtt", admin_, json{{"building", yaml}}.dump());
  ASSERT_EQ(r.status, 400);
  const json error = json::parse(r.body);
  EXPECT_EQ(error["field"], "building");
  const std::string message = error["message"];
  EXPECT_TRUE(message.starts_with("building.yaml:")) << message;
  EXPECT_NE(message.find("groups[0].cars"), std::string::npos) << message;
  // The same for a simulation, and the limits.
  r = Call("POST", "/api/v1/workbench/simulations", admin_, json{{"building", yaml}}.dump());
  EXPECT_EQ(r.status, 400);
  r = Call("POST", "/api/v1/workbench/simulations", admin_, Body(3600, 21));
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "runs");
  r = Call("POST", "/api/v1/workbench/simulations", admin_, Body(8 * 86400));
  ASSERT_EQ(r.status, 400);
  EXPECT_NE(json::parse(r.body)["message"].get<std::string>().find("7 days"), std::string::npos);
  r = Call("POST", "/api/v1/workbench/rtt", admin_, "{\"building\":");
  EXPECT_EQ(json::parse(r.body)["field"], "body");
}

TEST_F(WorkbenchApiTest, ASimulationRunsInTheBackgroundToItsCharts) {
  auto r = Call("POST", "/api/v1/workbench/simulations", owner_, Body(3600, 2));
  ASSERT_EQ(r.status, 202) << r.body;
  const json started = json::parse(r.body);
  const std::string id = started["id"];
  EXPECT_TRUE(started["status"] == "queued" || started["status"] == "running");
  // Someone else's job does not exist for them.
  EXPECT_EQ(Call("GET", "/api/v1/workbench/simulations/" + id, admin_).status, 404);
  EXPECT_EQ(Call("DELETE", "/api/v1/workbench/simulations/" + id, admin_).status, 404);

  const json job = PollUntil(id, owner_, [](const json& j) { return j["status"] == "done"; });
  ASSERT_EQ(job["status"], "done") << job.dump();
  EXPECT_EQ(job["progress"], 1.0);
  EXPECT_EQ(job["result"]["report"]["runs"], 2);
  const json& timeline = job["result"]["timeline"];
  for (const char* key : {"waiting_histogram", "waiting_mean", "delivered", "cars", "floors"}) {
    EXPECT_FALSE(timeline[key].empty()) << key;
  }
}

// A simulation paired with a pinned baseline: both on the same passengers,
// the comparison's differences with intervals, both timelines; the targets
// of the description checked in the report and in the RTT.
TEST_F(WorkbenchApiTest, ASimulationComparedWithItsBaseline) {
  std::string current = ExampleOffice(1800);
  current.replace(current.find("cars: 8"), 7, "cars: 7");
  const json body = {
      {"building", current}, {"baseline", ExampleOffice(1800)}, {"seed", 2}, {"runs", 3}};
  auto r = Call("POST", "/api/v1/workbench/simulations", owner_, body.dump());
  ASSERT_EQ(r.status, 202) << r.body;
  EXPECT_EQ(json::parse(r.body)["comparison"], true);
  const json job = PollUntil(json::parse(r.body)["id"], owner_,
                             [](const json& j) { return j["status"] == "done"; });
  ASSERT_EQ(job["status"], "done") << job.dump();
  const json& c = job["result"]["comparison"];
  EXPECT_EQ(c["a"], "pinned");
  EXPECT_EQ(c["b"], "current");
  EXPECT_EQ(c["runs"], 3);
  const json& wait = c["figures"]["waiting_time_mean_s"];
  EXPECT_GT(wait["difference"].get<double>(), 0.0);  // one car fewer: longer waits
  EXPECT_LE(wait["ci95_low"].get<double>(), wait["difference"].get<double>());
  EXPECT_EQ(c["reports"]["b"], job["result"]["report"]);
  EXPECT_FALSE(job["result"]["baseline_timeline"]["cars"].empty());
  // examples/office.yaml sets an interval and a handling capacity target.
  EXPECT_TRUE(job["result"]["report"]["targets"]["interval_s"].contains("met"));
  r = Call("POST", "/api/v1/workbench/rtt", owner_, Body());
  ASSERT_EQ(r.status, 200);
  const json rtt = json::parse(r.body);
  EXPECT_EQ(rtt["groups"][0]["targets"]["interval_s"]["target"], 30.0);
  // A bad baseline is its own field.
  r = Call("POST", "/api/v1/workbench/simulations", owner_,
           json{{"building", current}, {"baseline", "floors: []"}}.dump());
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "baseline");
}

TEST_F(WorkbenchApiTest, DeleteCancelsARunningSimulation) {
  auto r = Call("POST", "/api/v1/workbench/simulations", admin_, Body(kLongDurationS, 4));
  ASSERT_EQ(r.status, 202) << r.body;
  const std::string id = json::parse(r.body)["id"];
  PollUntil(id, admin_, [](const json& j) { return j["progress"].get<double>() > 0.0; });
  r = Call("DELETE", "/api/v1/workbench/simulations/" + id, admin_);
  ASSERT_TRUE(r.status == 202 || r.status == 200) << r.body;  // 202 while it stops
  EXPECT_TRUE(json::parse(r.body)["cancel_requested"]);
  const json job = PollUntil(id, admin_, [](const json& j) { return j["status"] != "running"; });
  EXPECT_EQ(job["status"], "cancelled");
  EXPECT_FALSE(job.contains("result"));
}

TEST_F(WorkbenchApiTest, TooManySimulationsOfOneUserAre429) {
  ASSERT_EQ(Call("POST", "/api/v1/workbench/simulations", admin_, Body(kLongDurationS, 4)).status,
            202);
  ASSERT_EQ(Call("POST", "/api/v1/workbench/simulations", admin_, Body(kLongDurationS, 4)).status,
            202);
  auto r = Call("POST", "/api/v1/workbench/simulations", admin_, Body());
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(json::parse(r.body)["error"], "too_many_simulations");
  // Shutting down cancels them (the fixture's TearDown destroys the Api too).
  api_->Shutdown();
  EXPECT_EQ(Call("POST", "/api/v1/workbench/simulations", owner_, Body()).status, 503);
}

TEST_F(WorkbenchApiTest, SimulationProgressReachesOnlyItsOwnersStreams) {
  std::vector<std::string> mine, theirs;
  std::mutex mutex;
  // User ids: the fixture creates admin (1) then owner (2).
  hub_.Subscribe(
      [&](const std::string& e) {
        std::lock_guard lock(mutex);
        mine.push_back(e);
      },
      2);
  hub_.Subscribe(
      [&](const std::string& e) {
        std::lock_guard lock(mutex);
        theirs.push_back(e);
      },
      1);
  auto r = Call("POST", "/api/v1/workbench/simulations", owner_, Body());
  ASSERT_EQ(r.status, 202);
  const std::string id = json::parse(r.body)["id"];
  PollUntil(id, owner_, [](const json& j) { return j["status"] == "done"; });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));  // the last event follows the state
  std::lock_guard lock(mutex);
  ASSERT_FALSE(mine.empty());
  EXPECT_NE(mine.back().find("simulation.finished"), std::string::npos);
  EXPECT_TRUE(theirs.empty());
}

TEST_F(WorkbenchApiTest, InfoListsDemoSignInsOnlyForTheDemo) {
  auto r = Call("GET", "/api/v1/info");
  ASSERT_EQ(r.status, 200);
  EXPECT_FALSE(json::parse(r.body).contains("demo_sign_ins"));
}

}  // namespace
}  // namespace hoistway::server
