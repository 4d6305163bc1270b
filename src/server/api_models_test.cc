// Lift models and their type tests over the API: who may record them, the
// server's own run stored whole, the HTML report rendered again, and where
// they show (the lift, the model's certificate).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server/api_test_fixture.h"

namespace hoistway::server {
namespace {

using nlohmann::json;

std::string ExampleLift() {
  std::ifstream in(std::string(HOISTWAY_SOURCE_DIR) + "/examples/tower/mrl-630.yaml");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class ModelsApiTest : public ApiTest {
 protected:
  std::int64_t Model(const std::string& token, const std::string& name = "MRL-630") {
    auto r = Call("POST", "/api/v1/models", token,
                  json{{"manufacturer", "Hoist Works"}, {"name", name}}.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return json::parse(r.body)["id"].get<std::int64_t>();
  }
};

TEST_F(ModelsApiTest, InspectorsRecordTypeTestsOthersRead) {
  const std::string inspector = Token("inspector", registry::Role::kInspector);
  const std::string technician = Token("technician", registry::Role::kTechnician);
  EXPECT_EQ(
      Call("POST", "/api/v1/models", owner_, json{{"manufacturer", "A"}, {"name", "B"}}.dump())
          .status,
      403);
  EXPECT_EQ(
      Call("POST", "/api/v1/models", technician, json{{"manufacturer", "A"}, {"name", "B"}}.dump())
          .status,
      403);
  const auto id = Model(inspector);
  const std::string path = "/api/v1/models/" + std::to_string(id) + "/type-tests";
  const std::string body = json{{"lift", ExampleLift()}}.dump();
  EXPECT_EQ(Call("POST", path, owner_, body).status, 403);
  EXPECT_EQ(Call("POST", path, "", body).status, 401);
  auto r = Call("POST", path, inspector, body);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(Call("GET", "/api/v1/models/" + std::to_string(id), owner_).status, 200);
  EXPECT_EQ(Call("GET", "/api/v1/models", "").status, 401);
}

TEST_F(ModelsApiTest, TheServerRunsTheSuiteAndKeepsWhatItComputed) {
  const auto id = Model(admin_);
  auto r = Call("POST", "/api/v1/models/" + std::to_string(id) + "/type-tests", admin_,
                json{{"lift", ExampleLift()}, {"faults", {"worn_brake_lining"}}}.dump());
  ASSERT_EQ(r.status, 201) << r.body;
  const json created = json::parse(r.body);
  EXPECT_EQ(created["verdict"], "fail");
  EXPECT_EQ(created["failed"], json({"brake_125", "brake_one_set"}));
  EXPECT_EQ(created["submitted_by"], "admin");
  EXPECT_EQ(created["tests"][0]["id"], "brake_125");
  EXPECT_TRUE(created["tests"][0]["measured"].is_null());  // the car does not stop
  EXPECT_EQ(created["changes"]["faults"][0], "worn_brake_lining");

  auto full = Call("GET", "/api/v1/type-tests/" + std::to_string(created["id"].get<int>()), owner_);
  ASSERT_EQ(full.status, 200);
  const json stored = json::parse(full.body);
  EXPECT_EQ(stored["description"], ExampleLift());
  EXPECT_EQ(stored["report"]["verdict"], "fail");
  EXPECT_EQ(stored["report"]["tests"].size(), 12u);

  auto html =
      Call("GET", "/api/v1/type-tests/" + std::to_string(created["id"].get<int>()) + "/report.html",
           owner_);
  ASSERT_EQ(html.status, 200);
  EXPECT_NE(html.body.find("worn_brake_lining"), std::string::npos);
  EXPECT_EQ(html.body.find("otherwise than the stored record"),
            std::string::npos);  // same verdicts

  auto model = json::parse(Call("GET", "/api/v1/models/" + std::to_string(id), owner_).body);
  EXPECT_EQ(model["type_tests"].size(), 1u);
  auto list = json::parse(Call("GET", "/api/v1/models?q=Hoist", owner_).body);
  EXPECT_EQ(list["total"], 1);
  EXPECT_EQ(list["items"][0]["latest"]["verdict"], "fail");
}

TEST_F(ModelsApiTest, BadRequestsAreRefusedWithTheirField) {
  const auto id = Model(admin_);
  EXPECT_EQ(Call("POST", "/api/v1/models", admin_,
                 json{{"manufacturer", "Hoist Works"}, {"name", "MRL-630"}}.dump())
                .status,
            409);
  auto r = Call("POST", "/api/v1/models", admin_, json{{"manufacturer", "X"}}.dump());
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "name");
  const std::string path = "/api/v1/models/" + std::to_string(id) + "/type-tests";
  r = Call("POST", path, admin_, json{{"lift", ExampleLift()}, {"tests", {"brake_125"}}}.dump());
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "tests");
  r = Call("POST", path, admin_, json{{"lift", "lift: {}"}}.dump());
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "lift");
  EXPECT_EQ(
      Call("POST", "/api/v1/models/999/type-tests", admin_, json{{"lift", ExampleLift()}}.dump())
          .status,
      404);
  EXPECT_EQ(Call("GET", "/api/v1/type-tests/12345", admin_).status, 404);
  // Nothing was stored by the refused requests.
  EXPECT_EQ(
      json::parse(Call("GET", "/api/v1/models/" + std::to_string(id), admin_).body)["type_tests"]
          .size(),
      0u);
}

TEST_F(ModelsApiTest, TheLiftAndTheModelCertificateShowTheTypeTests) {
  const auto id = Model(admin_);
  ASSERT_EQ(Call("POST", "/api/v1/models/" + std::to_string(id) + "/type-tests", admin_,
                 json{{"lift", ExampleLift()}}.dump())
                .status,
            201);
  json lift = json::parse(Lift("1234567"));
  lift["manufacturer"] = "Hoist Works";
  lift["model"] = "MRL-630";
  ASSERT_EQ(Call("POST", "/api/v1/lifts", admin_, lift.dump()).status, 201);
  auto r = Call("GET", "/api/v1/lifts/1234567/type-tests", admin_);
  ASSERT_EQ(r.status, 200) << r.body;
  const json tests = json::parse(r.body);
  EXPECT_EQ(tests["model"]["id"], id);
  ASSERT_EQ(tests["items"].size(), 1u);
  EXPECT_EQ(tests["items"][0]["verdict"], "pass");
  // An owner of another building may not read the lift's records.
  EXPECT_EQ(Call("GET", "/api/v1/lifts/1234567/type-tests", owner_).status, 403);

  auto cert = Call("POST", "/api/v1/certificates", admin_,
                   json{{"certificate_no", "KC-M-1"},
                        {"subject", "model"},
                        {"model", "MRL-630"},
                        {"manufacturer", "Hoist Works"},
                        {"holder", "Hoist Works"},
                        {"issued_on", "2026-01-10"},
                        {"valid_until", "2031-01-10"}}
                       .dump());
  ASSERT_EQ(cert.status, 201) << cert.body;
  const json certificate = json::parse(Call("GET", "/api/v1/certificates/KC-M-1", admin_).body);
  EXPECT_EQ(certificate["model_id"], id);
  EXPECT_EQ(certificate["type_tests"].size(), 1u);
}

}  // namespace
}  // namespace hoistway::server
