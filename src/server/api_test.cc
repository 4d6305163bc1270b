// The API in process, over a real SQLite file (no HTTP): routing, roles,
// errors and conditional updates. The black-box tests over HTTP are in
// tests/api/test_api.py.
#include "server/api.h"

#include <gtest/gtest.h>

#include "server/api_test_fixture.h"
#include "server/embedded_web.h"

namespace hoistway::server {
namespace {

using nlohmann::json;

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

  // Unlinking (the owner sold the building) takes the full records away again.
  const std::string path = "/api/v1/users/" + std::to_string(owner_id) + "/buildings/" +
                           std::to_string(building["id"].get<std::int64_t>());
  EXPECT_EQ(Call("DELETE", path, owner_).status, 403);
  auto unlink = Call("DELETE", path, admin_);
  ASSERT_EQ(unlink.status, 200) << unlink.body;
  EXPECT_EQ(json::parse(unlink.body)["linked"], false);
  EXPECT_EQ(Call("DELETE", path, admin_).status, 404);
  EXPECT_EQ(Call("DELETE", "/api/v1/users/x/buildings/1", admin_).status, 404);
  EXPECT_EQ(Call("GET", "/api/v1/lifts/1234567/timeline", owner_).status, 403);
  EXPECT_EQ(json::parse(Call("GET", "/api/v1/lifts", owner_).body)["total"], 0);
}

// Regression: POST /users with an unknown company answered 409 with the SQL
// statement that failed. Now 400 naming the field, and no SQL in any answer.
TEST_F(ApiTest, UnknownReferencesNameTheirFieldAndNoSql) {
  auto r = Call("POST", "/api/v1/users", admin_,
                R"({"name":"tech","role":"technician","company_id":4242})");
  ASSERT_EQ(r.status, 400) << r.body;
  const json body = json::parse(r.body);
  EXPECT_EQ(body["field"], "company_id");
  EXPECT_EQ(body["problem"], "no company 4242");
  for (const char* sql : {"INSERT", "SELECT", "sqlite", "postgres", "constraint"}) {
    EXPECT_EQ(r.body.find(sql), std::string::npos) << sql << " in " << r.body;
  }
}

// Regression: signing out of the console left its token valid for ever.
TEST_F(ApiTest, SignOutRevokesTheToken) {
  const std::string token = Token("kim", registry::Role::kInspector);
  ASSERT_EQ(Call("GET", "/api/v1/me", token).status, 200);
  EXPECT_EQ(Call("POST", "/api/v1/auth/logout", token).status, 204);
  EXPECT_EQ(Call("GET", "/api/v1/me", token).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/auth/logout", token).status, 401);
  EXPECT_EQ(Call("POST", "/api/v1/auth/logout").status, 401);
  EXPECT_EQ(Call("GET", "/api/v1/me", admin_).status, 200);  // other users' tokens stay
}

// Sign-in: sessions expire; failed attempts lock a name for a while.
class SignInTest : public ApiTest {
 protected:
  // An inspector with a password; returns the API token of POST /users.
  std::string CreateUser(const std::string& name, const std::string& password) {
    auto r = Call("POST", "/api/v1/users", admin_,
                  json{{"name", name}, {"role", "inspector"}, {"password", password}}.dump());
    EXPECT_EQ(r.status, 201) << r.body;
    return json::parse(r.body)["token"];
  }
  HttpResponse Login(const std::string& name, const std::string& password) {
    return Call("POST", "/api/v1/auth/login", "",
                json{{"name", name}, {"password", password}}.dump());
  }
  static std::string Header(const HttpResponse& r, std::string_view name) {
    for (const auto& [k, v] : r.headers) {
      if (k == name) return v;
    }
    return "";
  }
};

TEST_F(SignInTest, SessionsExpireAndApiTokensDoNot) {
  const std::string api_token = CreateUser("kim", "secret-password");
  auto login = Login("kim", "secret-password");
  ASSERT_EQ(login.status, 200) << login.body;
  const json session = json::parse(login.body);
  const std::string token = session["token"];
  auto expires_at = registry::ParseTimestamp(session["expires_at"].get<std::string>());
  ASSERT_TRUE(expires_at.ok());
  EXPECT_EQ(*expires_at, start_ + std::chrono::hours(12));  // the test clock stands still
  clock_offset_ = std::chrono::hours(12) - std::chrono::minutes(1);
  EXPECT_EQ(Call("GET", "/api/v1/me", token).status, 200);
  clock_offset_ = std::chrono::hours(12) + std::chrono::minutes(1);
  auto expired = Call("GET", "/api/v1/me", token);
  EXPECT_EQ(expired.status, 401);
  EXPECT_EQ(json::parse(expired.body)["error"], "unauthorized");
  EXPECT_NE(json::parse(expired.body)["message"].get<std::string>().find("session has expired"),
            std::string::npos);
  // Tokens of admin create-user / POST /users are for scripts: no expiry.
  clock_offset_ = std::chrono::hours(24 * 365);
  EXPECT_EQ(Call("GET", "/api/v1/me", api_token).status, 200);
  EXPECT_EQ(Call("GET", "/api/v1/me", admin_).status, 200);
}

TEST_F(SignInTest, ExpiredSessionsAreDeletedAtSignIn) {
  CreateUser("kim", "secret-password");
  const std::string old = json::parse(Login("kim", "secret-password").body)["token"];
  clock_offset_ = std::chrono::hours(13);
  EXPECT_NE(Call("GET", "/api/v1/me", old).body.find("expired"), std::string::npos);
  ASSERT_EQ(Login("kim", "secret-password").status, 200);
  auto gone = Call("GET", "/api/v1/me", old);  // pruned: now simply unknown
  EXPECT_EQ(gone.status, 401);
  EXPECT_NE(gone.body.find("not valid"), std::string::npos) << gone.body;
}

TEST_F(SignInTest, FiveFailuresLockTheNameEvenForTheRightPassword) {
  CreateUser("kim", "secret-password");
  for (int i = 0; i < 5; ++i) {
    auto r = Login("kim", "guess-" + std::to_string(i));
    EXPECT_EQ(r.status, 401) << i;
    EXPECT_EQ(json::parse(r.body)["message"], "wrong name or password");
  }
  auto locked = Login("kim", "secret-password");
  EXPECT_EQ(locked.status, 429);
  EXPECT_EQ(json::parse(locked.body)["error"], "too_many_attempts");
  EXPECT_EQ(Header(locked, "Retry-After"), "900");
  clock_offset_ = std::chrono::minutes(10);
  EXPECT_EQ(Header(Login("kim", "secret-password"), "Retry-After"), "300");
  clock_offset_ = std::chrono::minutes(15);
  EXPECT_EQ(Login("kim", "secret-password").status, 200);
}

TEST_F(SignInTest, UnknownNamesAreLockedAlikeAndOtherNamesNot) {
  CreateUser("kim", "secret-password");
  for (int i = 0; i < 5; ++i) {
    auto r = Login("nobody", "guess");
    EXPECT_EQ(r.status, 401);
    EXPECT_EQ(json::parse(r.body)["message"], "wrong name or password");
  }
  EXPECT_EQ(Login("nobody", "guess").status, 429);  // as for a real name: no hint it is unknown
  EXPECT_EQ(Login("kim", "secret-password").status, 200);
}

TEST_F(SignInTest, SuccessResetsTheCount) {
  CreateUser("kim", "secret-password");
  for (int i = 0; i < 4; ++i) EXPECT_EQ(Login("kim", "guess").status, 401);
  ASSERT_EQ(Login("kim", "secret-password").status, 200);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Login("kim", "guess").status, 401) << i;
  EXPECT_EQ(Login("kim", "guess").status, 429);
}

TEST_F(SignInTest, BadInputNamesTheField) {
  auto r = Call("POST", "/api/v1/auth/login", "", "[1]");
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "name");
  r = Call("POST", "/api/v1/auth/login", "", R"({"name":"kim","password":7})");
  ASSERT_EQ(r.status, 400);
  EXPECT_EQ(json::parse(r.body)["field"], "password");
  r = Call("POST", "/api/v1/auth/login", "", "{oops");
  EXPECT_EQ(json::parse(r.body)["field"], "body");
  r = Login(std::string(200'000, 'n'), "guess");  // any name: a fixed-size key
  EXPECT_EQ(r.status, 401);
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
