// A clearly marked fictional fleet for demonstrations and the web console's
// tests: lifts in Almaty buildings, with inspection, maintenance and accident
// histories. Every building name starts with "[DEMO]" and the database's meta
// key "demo" is set to "fictional".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "registry/date.h"
#include "registry/repository.h"

namespace hoistway::registry {

struct DemoOptions {
  int lifts = 300;
  std::uint64_t seed = 2026;
  std::optional<Date> today;  // nullopt: the day of the repository's clock
};

// Demo user names and their passwords ("demo-" + role), one per role.
struct DemoUser {
  std::string name;
  std::string role;
  std::string password;
};

// The demo users, one per role: "demo-admin" with password "demo-admin", and
// so on. They are public knowledge (docs/registry.md), so the web console
// may list them when the server runs the demo.
std::vector<DemoUser> DemoUsers();

struct DemoReport {
  int lifts = 0;
  int inspections = 0;
  std::vector<DemoUser> users;
};

// Fills an EMPTY database (kConflict if it holds any lift) in one transaction.
// Deterministic for a given seed and day.
Result<DemoReport> FillDemoFleet(Repository& repository, const DemoOptions& options);

}  // namespace hoistway::registry
