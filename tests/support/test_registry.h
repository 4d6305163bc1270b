// A fresh registry database for one test: an SQLite file in a temporary
// folder, or the PostgreSQL database hoistway_test_monitor beside
// HOISTWAY_TEST_PG_URL (scripts/test-services.sh makes it), wiped first.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "registry/repository.h"

namespace hoistway::testing {

// "sqlite" or "postgres": the backends a parameterised test runs over.
inline const std::string kBackends[] = {"sqlite", "postgres"};

class TestRegistry {
 public:
  // Opens a fresh database of `backend`; `skip` is set (with the reason) when
  // PostgreSQL is not available, and the test should GTEST_SKIP.
  TestRegistry(const std::string& backend, std::string* skip) {
    static int counter = 0;
    if (backend == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() /
             ("hoistway_tel_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
      std::filesystem::remove_all(dir_);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "registry.db").string();
    } else {
      const char* base = std::getenv("HOISTWAY_TEST_PG_URL");
      if (base == nullptr || *base == '\0') {
        *skip = "HOISTWAY_TEST_PG_URL is not set (scripts/test.sh sets it)";
        return;
      }
      const std::string text(base);
      url_ = text.substr(0, text.rfind('/')) + "/hoistway_test_monitor";
      auto db = registry::OpenDatabase(url_);
      EXPECT_TRUE(db.ok());
      auto connection = (*db)->Connect();
      EXPECT_TRUE(connection.ok()) << connection.error().message();
      if (!connection.ok()) return;
      EXPECT_TRUE(
          (*connection)->ExecScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;").ok());
    }
    repository_ = Open();
  }
  ~TestRegistry() {
    repository_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  // Another repository on the same database (a second process would have one).
  std::unique_ptr<registry::Repository> Open() {
    auto db = registry::OpenDatabase(url_);
    EXPECT_TRUE(db.ok());
    auto profile = registry::LoadProfile("korea");
    EXPECT_TRUE(profile.ok());
    // The wall clock: the telemetry these tests store is stamped with it too.
    auto repo = registry::Repository::Open(std::move(*db), std::move(*profile), registry::Now);
    EXPECT_TRUE(repo.ok()) << repo.error().message();
    return repo.ok() ? std::move(*repo) : nullptr;
  }

  registry::Repository& repository() { return *repository_; }
  const std::string& url() const { return url_; }

  registry::Transaction Write(const std::string& actor = "tester") {
    auto tx = repository_->Begin(registry::TxMode::kWrite, actor);
    EXPECT_TRUE(tx.ok()) << tx.error().message();
    return std::move(*tx);
  }

  // Registers lift `reg` (in a building of its own, maintained by company
  // `company_id` when given) and returns its id.
  std::int64_t AddLift(const std::string& reg, std::optional<std::int64_t> company_id = {}) {
    auto tx = Write();
    registry::Lift l;
    l.registration_no = reg;
    l.building = {0, "Tower " + reg, reg + " Abay Ave, Almaty", "Medeu", "office"};
    l.rated_load_kg = 1000;
    l.persons = 13;
    l.rated_speed_mps = 1.6;
    l.floors_served = 12;
    l.installed_on = "2015-03-01";
    l.company_id = company_id;
    auto lift = tx.CreateLift(l);
    EXPECT_TRUE(lift.ok()) << lift.error().message();
    EXPECT_TRUE(tx.Commit().ok());
    return lift.ok() ? lift->id : 0;
  }

 private:
  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<registry::Repository> repository_;
};

}  // namespace hoistway::testing
