// The API of connected lifts in process: data arrives through the monitor's
// ingest (no broker needed for that), requests through Api::Handle.
#include <gtest/gtest.h>

#include "monitor/ingest.h"
#include "server/api_test_fixture.h"
#include "telemetry/rfc3339.h"

namespace hoistway::server {
namespace {

using nlohmann::json;

class ApiMonitorTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    // Two companies, a lift each, in two buildings; a technician of the first.
    for (const char* name : {"Lift Co A", "Lift Co B"}) {
      auto r = Call("POST", "/api/v1/companies", admin_, json{{"name", name}}.dump());
      ASSERT_EQ(r.status, 201) << r.body;
    }
    for (auto [reg, company, building] :
         {std::tuple{"7000001", 1, "Tower A"}, std::tuple{"7000002", 2, "Tower B"}}) {
      json lift = json::parse(Lift(reg));
      lift["company_id"] = company;
      lift["building"]["name"] = building;
      auto r = Call("POST", "/api/v1/lifts", admin_, lift.dump());
      ASSERT_EQ(r.status, 201) << r.body;
    }
    technician_ = UserToken("tech-a", registry::Role::kTechnician, 1);
    pipeline_ = std::make_unique<monitor::IngestPipeline>(
        *repo_, monitor::IngestOptions{}, [this] { return Now(); }, nullptr);
  }

  telemetry::TimePoint Now() const {
    return std::chrono::time_point_cast<std::chrono::milliseconds>(start_ + clock_offset_);
  }
  std::string At(std::chrono::seconds before) const {
    return telemetry::FormatTime(Now() - before);
  }

  std::string UserToken(const std::string& name, registry::Role role,
                        std::optional<std::int64_t> company) {
    auto tx = repo_->Begin(registry::TxMode::kWrite, "test");
    const std::string token = *registry::GenerateToken();
    registry::User u;
    u.name = name;
    u.role = role;
    u.company_id = company;
    EXPECT_TRUE(tx->CreateUser(u, registry::HashToken(token), "").ok());
    EXPECT_TRUE(tx->Commit().ok());
    return token;
  }

  void Send(const std::string& reg, json event) {
    ASSERT_TRUE(pipeline_->Process({{"hoistway/v1/lift/" + reg + "/event", event.dump()}}).ok());
  }

  json Get(const std::string& path, const std::string& token) {
    auto r = Call("GET", path, token);
    EXPECT_EQ(r.status, 200) << path << ": " << r.body;
    return json::parse(r.body, nullptr, false);
  }

  std::string technician_;
  std::unique_ptr<monitor::IngestPipeline> pipeline_;
};

TEST_F(ApiMonitorTest, AlarmsListWithFiltersPagesAndTheContractKeys) {
  Send("7000001", {{"id", "a1"}, {"time", At(std::chrono::seconds(50))}, {"kind", "overspeed"}});
  Send("7000001",
       {{"id", "a2"}, {"time", At(std::chrono::seconds(40))}, {"kind", "door_close_fault"}});
  Send("7000001",
       {{"id", "a3"}, {"time", At(std::chrono::seconds(30))}, {"kind", "door_close_fault"}});
  Send("7000002",
       {{"id", "b1"}, {"time", At(std::chrono::seconds(20))}, {"kind", "door_lock_fault"}});
  json all = Get("/api/v1/alarms", admin_);
  ASSERT_EQ(all["total"], 3);
  for (const char* key :
       {"id", "registration_no", "cause", "severity", "state", "opened_at", "count"}) {
    EXPECT_TRUE(all["items"][0].contains(key)) << key;
  }
  EXPECT_EQ(all["items"][0]["cause"], "overspeed");  // critical first
  json doors = Get("/api/v1/alarms?lift=7000001&severity=minor", admin_);
  ASSERT_EQ(doors["total"], 1);
  EXPECT_EQ(doors["items"][0]["cause"], "door_faults");
  EXPECT_EQ(doors["items"][0]["count"], 2);
  json page2 = Get("/api/v1/alarms?per_page=2&page=2", admin_);
  EXPECT_EQ(page2["items"].size(), 1u);
  EXPECT_EQ(page2["total"], 3);
  auto bad = Call("GET", "/api/v1/alarms?state=sleeping", admin_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(json::parse(bad.body)["field"], "state");
  EXPECT_EQ(Call("GET", "/api/v1/alarms?lift=12", admin_).status, 400);
  EXPECT_EQ(Call("GET", "/api/v1/alarms").status, 401);
}

TEST_F(ApiMonitorTest, AcknowledgeAndCloseAreAuditedAndStreamed) {
  std::vector<std::string> streamed;
  hub_.Subscribe([&](const std::string& e) { streamed.push_back(e); });
  Send("7000001",
       {{"id", "a1"}, {"time", At(std::chrono::seconds(5))}, {"kind", "door_lock_fault"}});
  const std::int64_t id = Get("/api/v1/alarms", admin_)["items"][0]["id"];
  const std::string path = "/api/v1/alarms/" + std::to_string(id);
  auto acked = Call("POST", path + "/ack", technician_);
  ASSERT_EQ(acked.status, 200) << acked.body;
  EXPECT_EQ(json::parse(acked.body)["state"], "acknowledged");
  EXPECT_EQ(json::parse(acked.body)["acknowledged_by"], "tech-a");
  EXPECT_EQ(Call("POST", path + "/ack", technician_).status, 409);
  EXPECT_EQ(Call("POST", path + "/close", technician_, R"({"note": 5})").status, 400);
  auto closed = Call("POST", path + "/close", admin_, R"({"note": "lock cleaned"})");
  ASSERT_EQ(closed.status, 200) << closed.body;
  EXPECT_EQ(json::parse(closed.body)["close_note"], "lock cleaned");
  EXPECT_EQ(Call("POST", path + "/close", admin_).status, 409);
  EXPECT_EQ(Call("POST", "/api/v1/alarms/99999/ack", admin_).status, 404);
  EXPECT_EQ(Call("POST", path + "/ack", owner_).status, 403);  // owners do not
  json audit = Get("/api/v1/audit?entity=alarm", admin_);
  EXPECT_EQ(audit["total"], 3);
  ASSERT_EQ(streamed.size(), 2u);
  EXPECT_EQ(json::parse(streamed[0]), (json{{"type", "alarm.acknowledged"},
                                            {"id", id},
                                            {"registration_no", "7000001"},
                                            {"severity", "major"},
                                            {"state", "acknowledged"}}));
  EXPECT_EQ(json::parse(streamed[1])["type"], "alarm.closed");
}

TEST_F(ApiMonitorTest, ACompanySeesItsLiftsAndAnOwnerTheirBuildings) {
  Send("7000001",
       {{"id", "a1"}, {"time", At(std::chrono::seconds(5))}, {"kind", "door_lock_fault"}});
  Send("7000002",
       {{"id", "b1"}, {"time", At(std::chrono::seconds(5))}, {"kind", "door_lock_fault"}});
  json mine = Get("/api/v1/alarms", technician_);
  ASSERT_EQ(mine["total"], 1);
  EXPECT_EQ(mine["items"][0]["registration_no"], "7000001");
  EXPECT_EQ(Call("GET", "/api/v1/lifts/7000002/events", technician_).status, 403);
  EXPECT_EQ(Call("GET", "/api/v1/lifts/7000002/health", technician_).status, 403);
  const std::int64_t other = Get("/api/v1/alarms?lift=7000002", admin_)["items"][0]["id"];
  EXPECT_EQ(Call("POST", "/api/v1/alarms/" + std::to_string(other) + "/ack", technician_).status,
            403);
  // The owner answers for Tower B only.
  EXPECT_EQ(Get("/api/v1/alarms", owner_)["total"], 0);
  const std::int64_t building = Get("/api/v1/lifts/7000002", admin_)["building"]["id"];
  auto link =
      Call("POST", "/api/v1/users/2/buildings", admin_, json{{"building_id", building}}.dump());
  ASSERT_EQ(link.status, 200) << link.body;
  json owned = Get("/api/v1/alarms", owner_);
  ASSERT_EQ(owned["total"], 1);
  EXPECT_EQ(owned["items"][0]["registration_no"], "7000002");
  EXPECT_EQ(Call("GET", "/api/v1/lifts/7000001/events", owner_).status, 403);
  EXPECT_EQ(Get("/api/v1/monitoring/fleet", owner_)["total"], 1);
  EXPECT_EQ(Get("/api/v1/monitoring/fleet", technician_)["total"], 1);
  EXPECT_EQ(Get("/api/v1/monitoring/fleet", admin_)["total"], 2);
  EXPECT_EQ(Call("GET", "/api/v1/monitoring/fleet").status, 401);
}

TEST_F(ApiMonitorTest, ALiftsEventsByKindSinceAndPage) {
  for (int i = 0; i < 30; ++i) {
    Send("7000001", {{"id", "t" + std::to_string(i)},
                     {"time", At(std::chrono::seconds(300 - i * 10))},
                     {"kind", i % 10 == 0 ? "door_close_fault" : "trip"}});
  }
  Send("7000001",
       {{"id", "t0"}, {"time", At(std::chrono::seconds(300))}, {"kind", "trip"}});  // again
  json all = Get("/api/v1/lifts/7000001/events?per_page=10", admin_);
  EXPECT_EQ(all["total"], 30);
  EXPECT_EQ(all["items"].size(), 10u);
  EXPECT_EQ(all["items"][0]["event_id"], "t29");  // newest first
  for (const char* key : {"event_id", "time", "kind", "floor", "detail", "received_at"}) {
    EXPECT_TRUE(all["items"][0].contains(key)) << key;
  }
  EXPECT_EQ(Get("/api/v1/lifts/7000001/events?kind=door_close_fault", admin_)["total"], 3);
  EXPECT_EQ(
      Get("/api/v1/lifts/7000001/events?since=" + At(std::chrono::seconds(100)), admin_)["total"],
      10);
  auto bad = Call("GET", "/api/v1/lifts/7000001/events?since=yesterday", admin_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(json::parse(bad.body)["field"], "since");
  EXPECT_EQ(Call("GET", "/api/v1/lifts/7999999/events", admin_).status, 404);
}

TEST_F(ApiMonitorTest, HealthGivesAvailabilityCountersStatusAndSignals) {
  // Out of service for 6 of the last 24 hours, then back.
  clock_offset_ = std::chrono::hours(0);
  Send("7000001", {{"id", "o1"},
                   {"time", At(std::chrono::hours(10))},
                   {"kind", "out_of_service"},
                   {"detail", {{"reason", "repair"}}}});
  Send("7000001", {{"id", "o2"}, {"time", At(std::chrono::hours(4))}, {"kind", "in_service"}});
  ASSERT_TRUE(
      pipeline_
          ->Process(
              {{"hoistway/v1/lift/7000001/status", json{{"time", At(std::chrono::seconds(1))},
                                                        {"mode", "normal"},
                                                        {"floor", 3},
                                                        {"moving", false},
                                                        {"doors", "closed"},
                                                        {"load_kg", 0}}
                                                       .dump()},
               {"hoistway/v1/lift/7000001/counters", json{{"time", At(std::chrono::seconds(1))},
                                                          {"trips", 1234},
                                                          {"door_cycles", 2500},
                                                          {"motor_starts", 1300},
                                                          {"running_hours", 99.5}}
                                                         .dump()}})
          .ok());
  json health = Get("/api/v1/lifts/7000001/health", admin_);
  EXPECT_EQ(health["connected"], true);
  EXPECT_NEAR(health["availability"]["downtime_s"].get<double>(), 6 * 3600, 1);
  EXPECT_NEAR(health["availability"]["fraction"].get<double>(), 1 - 6.0 / (30 * 24), 1e-9);
  EXPECT_EQ(health["availability"]["daily"].size(), 30u);
  EXPECT_EQ(health["counters"]["trips"], 1234);
  EXPECT_EQ(health["status"]["floor"], 3);
  EXPECT_EQ(health["out_of_service"], false);
  ASSERT_EQ(health["signals"].size(), 6u);
  EXPECT_EQ(health["signals"][4]["name"], "trips_since_maintenance");
  EXPECT_EQ(health["signals"][4]["figures"]["since_maintenance"], 0);
  EXPECT_EQ(health["open_alarms"].size(), 0u);  // out_of_service closed by in_service
  json silent = Get("/api/v1/lifts/7000002/health", admin_);
  EXPECT_EQ(silent["connected"], false);
  EXPECT_TRUE(silent["status"].is_null());
  EXPECT_EQ(silent["availability"]["fraction"], 1.0);
  json fleet = Get("/api/v1/monitoring/fleet", admin_);
  EXPECT_EQ(fleet["connected"], 1);
  EXPECT_NEAR(fleet["availability"]["fraction"].get<double>(), 1 - 6.0 / (30 * 24), 1e-9);
  EXPECT_EQ(fleet["items"][0]["floor"], 3);
  EXPECT_EQ(fleet["items"][1]["last_seen_at"], "");
}

}  // namespace
}  // namespace hoistway::server
