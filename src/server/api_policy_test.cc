// The permission policy over the API in process: one table of routes with
// the permission and scope each needs (Api::AddRoutes), checked in one place
// (Api::Authorize) and by every event stream; the allowed actions derived
// from it; technicians recording in their own name and company only.
#include <gtest/gtest.h>

#include "server/api_test_fixture.h"
#include "server/embedded_web.h"

namespace hoistway::server {
namespace {

using nlohmann::json;

// Two companies, a technician of each, two lifts in two buildings (one
// linked to the fixture's owner), and a work order on each lift.
class PolicyTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    care_ = Id(Call("POST", "/api/v1/companies", admin_, R"({"name":"Care"})"));
    rival_ = Id(Call("POST", "/api/v1/companies", admin_, R"({"name":"Rival"})"));
    kim_ = Id(Call("POST", "/api/v1/technicians", admin_,
                   json{{"company_id", care_}, {"name", "Kim"}}.dump()));
    lee_ = Id(Call("POST", "/api/v1/technicians", admin_,
                   json{{"company_id", care_}, {"name", "Lee"}}.dump()));
    park_ = Id(Call("POST", "/api/v1/technicians", admin_,
                    json{{"company_id", rival_}, {"name", "Park"}}.dump()));
    tech_ = User("kim", "technician", care_, kim_);
    inspector_ = User("insp", "inspector");
    for (const auto& [reg, building, company] :
         {std::tuple{"1000001", "Owned House", care_}, {"1000002", "Other House", rival_}}) {
      json lift = json::parse(Lift(reg));
      lift["building"]["name"] = building;
      lift["company_id"] = company;
      ASSERT_EQ(Call("POST", "/api/v1/lifts", admin_, lift.dump()).status, 201);
    }
    const json users = json::parse(Call("GET", "/api/v1/users", admin_).body);
    for (const auto& u : users["items"]) {
      if (u["name"] == "owner") owner_id_ = u["id"];
    }
    const json building =
        json::parse(Call("GET", "/api/v1/lifts/1000001", admin_).body)["building"];
    ASSERT_EQ(Call("POST", "/api/v1/users/" + std::to_string(owner_id_) + "/buildings", admin_,
                   json{{"building_id", building["id"]}}.dump())
                  .status,
              200);
    own_order_ =
        Id(Call("POST", "/api/v1/lifts/1000001/work-orders", admin_,
                R"({"called_at":"2026-01-05T08:00","problem":"door","out_of_service":false})"));
    other_order_ =
        Id(Call("POST", "/api/v1/lifts/1000002/work-orders", admin_,
                R"({"called_at":"2026-01-05T08:00","problem":"door","out_of_service":false})"));
  }

  static std::int64_t Id(const HttpResponse& r) {
    EXPECT_EQ(r.status, 201) << r.body;
    return json::parse(r.body).value("id", std::int64_t{0});
  }

  std::string User(const std::string& name, const std::string& role,
                   std::optional<std::int64_t> company = std::nullopt,
                   std::optional<std::int64_t> technician = std::nullopt) {
    json body = {{"name", name}, {"role", role}};
    if (company) body["company_id"] = *company;
    if (technician) body["technician_id"] = *technician;
    auto r = Call("POST", "/api/v1/users", admin_, body.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return json::parse(r.body)["token"];
  }

  std::int64_t care_ = 0, rival_ = 0, kim_ = 0, lee_ = 0, park_ = 0, owner_id_ = 0;
  std::int64_t own_order_ = 0, other_order_ = 0;
  std::string tech_, inspector_;
};

// Regression: any signed-in owner could read any work order by its id.
TEST_F(PolicyTest, AWorkOrderIsReadOnlyByThoseWhoMayReadItsLift) {
  const auto path = [](std::int64_t id) { return "/api/v1/work-orders/" + std::to_string(id); };
  EXPECT_EQ(Call("GET", path(own_order_), owner_).status, 200);
  auto other = Call("GET", path(other_order_), owner_);
  EXPECT_EQ(other.status, 403);
  EXPECT_NE(other.body.find("not in a building linked to you"), std::string::npos) << other.body;
  EXPECT_EQ(Call("GET", path(other_order_), inspector_).status, 200);
  EXPECT_EQ(Call("GET", path(other_order_)).status, 401);
  EXPECT_EQ(Call("GET", path(999999), admin_).status, 404);
}

TEST_F(PolicyTest, TechniciansChangeOnlyTheirCompanysWorkOrders) {
  const std::string close = R"({"completed_at":"2026-01-05T10:00","cause":"x","action":"y"})";
  auto other = Call("PATCH", "/api/v1/work-orders/" + std::to_string(other_order_), tech_, close,
                    {{"if-match", "\"v1\""}});
  EXPECT_EQ(other.status, 403);
  EXPECT_NE(other.body.find("not maintained by your company"), std::string::npos);
  EXPECT_EQ(Call("PATCH", "/api/v1/work-orders/" + std::to_string(own_order_), tech_, close,
                 {{"if-match", "\"v1\""}})
                .status,
            200);
}

// Regression: a technician could record a self-inspection or a call-out in
// another company's or another technician's name.
TEST_F(PolicyTest, TechniciansRecordInTheirOwnNameAndCompanyOnly) {
  const auto self = [&](json extra) {
    json body = {{"visited_on", "2026-01-05"}, {"items", {{{"code", "SI01"}, {"grade", "A"}}}}};
    body.update(extra);
    return Call("POST", "/api/v1/lifts/1000001/self-inspections", tech_, body.dump());
  };
  auto r = self({{"company_id", rival_}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(json::parse(r.body)["field"], "company_id");
  r = self({{"technician_id", lee_}});  // a colleague: the user is linked to Kim
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(json::parse(r.body)["field"], "technician_id");
  r = self({{"technician_id", park_}});
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(json::parse(r.body)["field"], "technician_id");
  r = self(json::object());
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json::parse(r.body)["technician_id"], kim_);  // in their own name
  auto order = Call("POST", "/api/v1/lifts/1000001/work-orders", tech_,
                    json{{"called_at", "2026-01-06T08:00"},
                         {"problem", "noise"},
                         {"out_of_service", false},
                         {"technician_id", park_}}
                        .dump());
  EXPECT_EQ(order.status, 403);
  EXPECT_EQ(json::parse(order.body)["field"], "technician_id");
  // An administrator may attribute to anyone.
  EXPECT_EQ(Call("POST", "/api/v1/lifts/1000002/work-orders", admin_,
                 json{{"called_at", "2026-01-06T08:00"},
                      {"problem", "noise"},
                      {"out_of_service", false},
                      {"technician_id", park_}}
                     .dump())
                .status,
            201);
}

// The console draws no role table of its own: the lift says what the caller may do.
TEST_F(PolicyTest, ALiftSaysWhatTheCallerMayDoAndWhyNot) {
  const auto actions = [&](const std::string& token, const std::string& reg) {
    return json::parse(Call("GET", "/api/v1/lifts/" + reg, token).body);
  };
  const json own = actions(tech_, "1000001");
  EXPECT_EQ(own["allowed_actions"],
            json({"download_certificate", "record_self_inspection", "report_accident",
                  "open_work_order", "update_work_order", "handle_alarms", "view_telemetry"}));
  const json other = actions(tech_, "1000002");
  EXPECT_EQ(other["allowed_actions"], json({"download_certificate", "report_accident"}));
  ASSERT_EQ(other["unavailable_actions"].size(), 5u);  // the maintenance of another company's
                                                       // lift, its alarms and its telemetry
  EXPECT_EQ(other["unavailable_actions"][0]["action"], "record_self_inspection");
  EXPECT_EQ(other["unavailable_actions"][0]["reason"],
            "lift 1000002 is not maintained by your company");
  for (const json& action : other["unavailable_actions"]) {  // the console words it by its code
    EXPECT_EQ(action["code"], "not_your_company") << action;
  }
  EXPECT_EQ(actions(inspector_, "1000002")["allowed_actions"],
            json({"edit_lift", "download_certificate", "record_inspection", "report_accident",
                  "add_part", "view_telemetry"}));
  const json owners_other = actions(owner_, "1000002");  // the public view, and why
  EXPECT_FALSE(owners_other.contains("safety_manager"));
  EXPECT_EQ(owners_other["allowed_actions"], json::array());
  ASSERT_FALSE(owners_other["unavailable_actions"].empty());
  for (const json& action : owners_other["unavailable_actions"]) {
    EXPECT_EQ(action["code"], "not_your_building") << action;
  }
  EXPECT_FALSE(actions("", "1000001").contains("allowed_actions"));
  const json me = json::parse(Call("GET", "/api/v1/me", tech_).body);
  EXPECT_EQ(me["technician_id"], kim_);
  EXPECT_EQ(me["maintenance_company_id"], care_);  // ReachOf: the console's "my lifts"
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/me", admin_).body)["maintenance_company_id"], nullptr);
  EXPECT_NE(std::find(me["permissions"].begin(), me["permissions"].end(), "use_workbench"),
            me["permissions"].end());
}

// Regression: owners' event streams received the events of every lift.
TEST_F(PolicyTest, AnOwnersEventStreamCarriesOnlyTheirLifts) {
  auto stream = Call("GET", "/api/v1/events", owner_);
  ASSERT_TRUE(stream.event_stream);
  std::vector<std::string> seen;
  const auto id = hub_.Subscribe([&](const std::string& e) { seen.push_back(e); },
                                 stream.event_user, stream.event_session, stream.event_filter);
  const std::string accident = R"({"occurred_at":"2026-01-06T12:00","description":"stuck"})";
  ASSERT_EQ(Call("POST", "/api/v1/lifts/1000002/accidents", admin_, accident).status, 201);
  ASSERT_EQ(Call("POST", "/api/v1/lifts/1000001/accidents", admin_, accident).status, 201);
  hub_.Unsubscribe(id);
  EXPECT_EQ(seen,
            std::vector<std::string>{R"({"registration_no":"1000001","type":"accident.created"})"});
}

// Role-scoped views: an owner's summary counts their own lifts only.
TEST_F(PolicyTest, AnOwnersSummaryCountsTheirLiftsOnly) {
  const auto total = [&](const std::string& token) {
    std::int64_t sum = 0;
    const json summary = json::parse(Call("GET", "/api/v1/summary/regions", token).body);
    for (const auto& r : summary["regions"]) sum += r["total"].get<std::int64_t>();
    return sum;
  };
  EXPECT_EQ(total(admin_), 2);
  EXPECT_EQ(total(owner_), 1);
}

// Role-scoped views: an owner applies for an inspection of their own lifts
// (the action is on their lift, not on others), and the inspectors' queue
// lists the open applications.
TEST_F(PolicyTest, AnOwnerAppliesForAnInspectionOfTheirLiftsOnly) {
  const auto path = [](const std::string& reg) {
    return "/api/v1/lifts/" + reg + "/inspection-applications";
  };
  const std::string body = R"({"kind":"installation","note":"handed over by the installer"})";
  const json own_lift = json::parse(Call("GET", "/api/v1/lifts/1000001", owner_).body);
  EXPECT_NE(std::find(own_lift["allowed_actions"].begin(), own_lift["allowed_actions"].end(),
                      "apply_for_inspection"),
            own_lift["allowed_actions"].end());
  auto applied = Call("POST", path("1000001"), owner_, body);
  ASSERT_EQ(applied.status, 201) << applied.body;
  EXPECT_EQ(json::parse(applied.body)["applied_by"], "owner");
  EXPECT_EQ(json::parse(applied.body)["status"], "open");
  EXPECT_EQ(Call("POST", path("1000002"), owner_, body).status, 403);
  EXPECT_EQ(Call("POST", path("1000001"), inspector_, body).status, 403);
  EXPECT_EQ(Call("POST", path("1000001"), tech_, body).status, 403);
  auto again = Call("POST", path("1000001"), owner_, body);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(json::parse(again.body)["field"], "kind");
  auto unchosen = Call("POST", path("1000001"), owner_, R"({"note":"soon please"})");
  EXPECT_EQ(unchosen.status, 400);
  EXPECT_EQ(json::parse(unchosen.body)["field"], "kind");

  auto queue = Call("GET", "/api/v1/inspection-applications", inspector_);
  ASSERT_EQ(queue.status, 200) << queue.body;
  const json open = json::parse(queue.body);
  EXPECT_EQ(open["total"], 1);
  EXPECT_EQ(open["items"][0]["registration_no"], "1000001");
  EXPECT_EQ(Call("GET", "/api/v1/inspection-applications", owner_).status, 403);
  EXPECT_EQ(Call("GET", "/api/v1/inspection-applications", tech_).status, 403);
  EXPECT_EQ(Call("GET", path("1000001"), owner_).status, 200);
  EXPECT_EQ(Call("GET", path("1000002"), owner_).status, 403);
  const json timeline =
      json::parse(Call("GET", "/api/v1/lifts/1000001/timeline", owner_).body)["events"];
  EXPECT_TRUE(std::any_of(timeline.begin(), timeline.end(),
                          [](const json& e) { return e["type"] == "inspection_application"; }));
}

// The checklist of an inspection of a kind, for this lift, grouped by part.
TEST_F(PolicyTest, ALiftsChecklistByInspectionKind) {
  auto r = Call("GET", "/api/v1/lifts/1000001/checklist?kind=periodic", inspector_);
  ASSERT_EQ(r.status, 200) << r.body;
  const json checklist = json::parse(r.body);
  ASSERT_FALSE(checklist["parts"].empty());
  EXPECT_FALSE(checklist["parts"][0]["items"].empty());
  EXPECT_EQ(checklist["verdicts"]["pass_allows"], json({"pass", "na", "observation"}));
  auto bad = Call("GET", "/api/v1/lifts/1000001/checklist?kind=weekly", inspector_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(json::parse(bad.body)["field"], "kind");
  EXPECT_EQ(Call("GET", "/api/v1/lifts/1000002/checklist?kind=periodic", owner_).status, 403);
}

// Every operation of the API reference refuses the public unless it is one
// of the few public ones: no route escapes the table.
TEST_F(PolicyTest, EveryOtherRouteRefusesThePublic) {
  const std::set<std::string> kPublic = {
      "GET /api/v1/health",     "GET /api/v1/openapi.json", "GET /api/v1/info",
      "GET /api/v1/profile",    "GET /api/v1/lifts",        "GET /api/v1/lifts/{registration_no}",
      "POST /api/v1/auth/login"};
  const json doc = json::parse(OpenApiDocument());
  int refused = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") continue;
      std::string upper = method;
      for (auto& ch : upper) ch = static_cast<char>(std::toupper(ch));
      if (kPublic.contains(upper + " " + path)) continue;
      std::string concrete = path;
      for (const std::string name : {"{registration_no}", "{id}", "{certificate_no}"}) {
        if (auto at = concrete.find(name); at != std::string::npos)
          concrete.replace(at, name.size(), name == "{registration_no}" ? "1000001" : "1");
      }
      EXPECT_EQ(Call(upper, concrete, "", "{}").status, 401) << upper << " " << path;
      ++refused;
    }
  }
  EXPECT_GE(refused, 30);
}

}  // namespace
}  // namespace hoistway::server
