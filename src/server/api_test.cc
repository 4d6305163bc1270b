// The API in process, over a real SQLite file (no HTTP): routing, roles,
// errors and conditional updates. The black-box tests over HTTP are in
// tests/api/test_api.py.
#include "server/api.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "registry/auth.h"
#include "server/embedded_web.h"

namespace hoistway::server {
namespace {

using nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("hoistway_api_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto db = registry::OpenDatabase("sqlite:" + (dir_ / "r.db").string());
    auto repo = registry::Repository::Open(std::move(*db), *registry::LoadProfile("korea"));
    ASSERT_TRUE(repo.ok()) << repo.error().message();
    repo_ = std::move(*repo);
    api_ = std::make_unique<Api>(*repo_, hub_, ApiOptions{(dir_ / "dist").string(), "test"});
    admin_ = Token("admin", registry::Role::kAdmin);
    owner_ = Token("owner", registry::Role::kOwner);
  }
  void TearDown() override {
    api_.reset();
    repo_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string Token(const std::string& name, registry::Role role) {
    auto tx = repo_->Begin(registry::TxMode::kWrite, "test");
    const std::string token = *registry::GenerateToken();
    registry::User u;
    u.name = name;
    u.role = role;
    EXPECT_TRUE(tx->CreateUser(u, registry::HashToken(token), "").ok());
    EXPECT_TRUE(tx->Commit().ok());
    return token;
  }

  HttpResponse Call(std::string method, std::string path, std::string token = "",
                    std::string body = "", std::map<std::string, std::string> headers = {}) {
    HttpRequest r;
    r.method = std::move(method);
    std::string target = std::move(path);
    EXPECT_TRUE(ParseTarget(target, &r.path, &r.query));
    r.body = std::move(body);
    r.headers = std::move(headers);
    if (!token.empty()) r.headers["authorization"] = "Bearer " + token;
    return api_->Handle(r);
  }

  static std::string Lift(const std::string& reg) {
    return json{{"registration_no", reg},
                {"building", {{"name", "Tower"}, {"address", "1 Abay Ave"}, {"region", "Medeu"}}},
                {"kind", "passenger"},
                {"rated_load_kg", 1000},
                {"rated_speed_mps", 1.6},
                {"persons", 13},
                {"installed_on", "2015-03-01"}}
        .dump();
  }

  std::filesystem::path dir_;
  std::unique_ptr<registry::Repository> repo_;
  EventHub hub_;
  std::unique_ptr<Api> api_;
  std::string admin_, owner_;
};

TEST_F(ApiTest, HealthIsOk) {
  auto r = Call("GET", "/api/v1/health");
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(json::parse(r.body), json({{"status", "ok"}}));
}

TEST_F(ApiTest, WritesNeedATokenAndTheRightRole) {
  EXPECT_EQ(Call("POST", "/api/v1/lifts", "", Lift("1234567")).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/lifts", "hw_bogus", Lift("1234567")).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/lifts", owner_, Lift("1234567")).status, 403);
  EXPECT_EQ(Call("POST", "/api/v1/lifts", admin_, Lift("1234567")).status, 201);
  EXPECT_EQ(Call("POST", "/api/v1/lifts", admin_, Lift("1234567")).status, 409);
}

TEST_F(ApiTest, BadInputNamesTheField) {
  json body = json::parse(Lift("1234567"));
  body["rated_speed_mps"] = "fast";
  auto r = Call("POST", "/api/v1/lifts", admin_, body.dump());
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "rated_speed_mps");
  r = Call("POST", "/api/v1/lifts", admin_, "{not json");
  EXPECT_EQ(json::parse(r.body)["field"], "body");
  r = Call("GET", "/api/v1/lifts?per_page=100000", admin_);
  EXPECT_EQ(json::parse(r.body)["field"], "per_page");
}

TEST_F(ApiTest, PublicSeesOnlyThePublicView) {
  ASSERT_EQ(Call("POST", "/api/v1/lifts", admin_, Lift("1234567")).status, 201);
  auto r = Call("GET", "/api/v1/lifts/1234567");
  ASSERT_EQ(r.status, 200);
  const json lift = json::parse(r.body);
  EXPECT_TRUE(lift.contains("validity"));
  EXPECT_FALSE(lift.contains("safety_manager"));
  EXPECT_EQ(Call("GET", "/api/v1/lifts/1234567/inspections").status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/lifts/7654321").status, 404);
}

TEST_F(ApiTest, PatchNeedsTheCurrentETag) {
  auto created = Call("POST", "/api/v1/lifts", admin_, Lift("1234567"));
  std::string etag;
  for (const auto& [k, v] : created.headers) {
    if (k == "ETag") etag = v;
  }
  ASSERT_EQ(etag, "\"v1\"");
  const std::string change = R"({"safety_manager":"Kim"})";
  EXPECT_EQ(Call("PATCH", "/api/v1/lifts/1234567", admin_, change).status, 428);
  EXPECT_EQ(Call("PATCH", "/api/v1/lifts/1234567", admin_, change, {{"if-match", "\"v9\""}}).status,
            412);
  auto ok = Call("PATCH", "/api/v1/lifts/1234567", admin_, change, {{"if-match", etag}});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(json::parse(ok.body)["safety_manager"], "Kim");
  EXPECT_EQ(Call("PATCH", "/api/v1/lifts/1234567", admin_, change, {{"if-match", etag}}).status,
            412);
}

TEST_F(ApiTest, FailedRequestsWriteNothing) {
  ASSERT_EQ(Call("POST", "/api/v1/lifts", admin_, Lift("1234567")).status, 201);
  auto bad = Call(
      "POST", "/api/v1/lifts/1234567/inspections", admin_,
      R"({"kind":"periodic","date":"2025-01-01","result":"pass","items":[{"code":"x","result":"bad"}]})");
  EXPECT_EQ(bad.status, 400);
  auto audit = json::parse(Call("GET", "/api/v1/audit?entity=inspection", admin_).body);
  EXPECT_EQ(audit["total"], 0);
}

TEST_F(ApiTest, OwnersGetFullRecordsOnlyForTheirBuildings) {
  ASSERT_EQ(Call("POST", "/api/v1/lifts", admin_, Lift("1234567")).status, 201);
  auto own = Call("GET", "/api/v1/lifts/1234567", owner_);
  ASSERT_EQ(own.status, 200);
  EXPECT_FALSE(json::parse(own.body).contains("safety_manager"));  // not linked yet: public view
  EXPECT_EQ(Call("GET", "/api/v1/lifts/1234567/timeline", owner_).status, 403);
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/lifts", owner_).body)["total"], 0);
  const json users = json::parse(Call("GET", "/api/v1/users", admin_).body);
  std::int64_t owner_id = 0;
  for (const auto& u : users["items"]) {
    if (u["name"] == "owner") owner_id = u["id"];
  }
  const json building = json::parse(Call("GET", "/api/v1/lifts/1234567", admin_).body)["building"];
  auto link = Call("POST", "/api/v1/users/" + std::to_string(owner_id) + "/buildings", admin_,
                   json{{"building_id", building["id"]}}.dump());
  ASSERT_EQ(link.status, 200) << link.body;
  EXPECT_TRUE(
      json::parse(Call("GET", "/api/v1/lifts/1234567", owner_).body).contains("safety_manager"));
  EXPECT_EQ(Call("GET", "/api/v1/lifts/1234567/timeline", owner_).status, 200);
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/lifts", owner_).body)["total"], 1);
}

TEST_F(ApiTest, UnknownPathsAndMethods) {
  EXPECT_EQ(Call("GET", "/api/v1/nothing").status, 404);
  EXPECT_EQ(Call("DELETE", "/api/v1/lifts").status, 405);
  auto page = Call("GET", "/");
  EXPECT_EQ(page.status, 200);  // the placeholder page: no console built
  EXPECT_NE(page.body.find("openapi.json"), std::string::npos);
}

}  // namespace
}  // namespace hoistway::server

namespace hoistway::server {
namespace {

// Every operation of the OpenAPI document has a route (the document is the
// API reference, so it must not promise what the router lacks).
TEST_F(ApiTest, OpenApiDocumentMatchesTheRoutes) {
  const json doc = json::parse(OpenApiDocument());
  ASSERT_TRUE(doc["openapi"].get<std::string>().starts_with("3."));
  int operations = 0;
  for (const auto& [path, item] : doc["paths"].items()) {
    std::string concrete = path;
    for (const auto& [name, value] :
         {std::pair<std::string, std::string>{"{registration_no}", "1234567"},
          {"{id}", "1"},
          {"{certificate_no}", "KC-1"}}) {
      if (auto at = concrete.find(name); at != std::string::npos)
        concrete.replace(at, name.size(), value);
    }
    for (const auto& [method, op] : item.items()) {
      if (method == "parameters") continue;
      std::string upper = method;
      for (auto& ch : upper) ch = static_cast<char>(std::toupper(ch));
      if (upper == "GET" && concrete == "/api/v1/events") continue;  // a stream
      auto r = Call(upper, concrete, admin_, "{}");
      ++operations;
      EXPECT_NE(r.status, 405) << upper << " " << path;
      if (r.status == 404) {
        EXPECT_EQ(json::parse(r.body)["message"].get<std::string>().find("no endpoint"),
                  std::string::npos)
            << upper << " " << path;
      }
    }
  }
  EXPECT_GE(operations, 38);
}

}  // namespace
}  // namespace hoistway::server
