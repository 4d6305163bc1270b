// The fixture of the API's in-process tests: an Api over a fresh SQLite file
// with an admin and an owner, and Call() to send it one request.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "registry/auth.h"
#include "registry/profile.h"
#include "registry/repository.h"
#include "server/api.h"

namespace hoistway::server {

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("hoistway_api_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto db = registry::OpenDatabase("sqlite:" + (dir_ / "r.db").string());
    // The clock stands still at the fixture's start plus `clock_offset_`: a
    // test moves time on without sleeping, and a second that passes
    // meanwhile changes no figure.
    auto repo = registry::Repository::Open(std::move(*db), *registry::LoadProfile("korea"),
                                           [this] { return start_ + clock_offset_; });
    ASSERT_TRUE(repo.ok()) << repo.error().message();
    repo_ = std::move(*repo);
    api_ = std::make_unique<Api>(*repo_, hub_, Options());
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
    return nlohmann::json{
        {"registration_no", reg},
        {"building", {{"name", "Tower"}, {"address", "1 Abay Ave"}, {"region", "Medeu"}}},
        {"kind", "passenger"},
        {"rated_load_kg", 1000},
        {"rated_speed_mps", 1.6},
        {"persons", 13},
        {"installed_on", "2015-03-01"}}
        .dump();
  }

  // The Api's options; a test may override them.
  virtual ApiOptions Options() {
    ApiOptions options;
    options.static_dir = (dir_ / "dist").string();
    options.version = "test";
    return options;
  }

  std::filesystem::path dir_;
  std::unique_ptr<registry::Repository> repo_;
  EventHub hub_;
  std::unique_ptr<Api> api_;
  std::string admin_, owner_;
  const std::chrono::sys_seconds start_ = registry::Now();
  std::chrono::seconds clock_offset_{0};
};

}  // namespace hoistway::server
