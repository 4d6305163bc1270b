// What the Test tower page may ask of the server: a lift description as text
// (parsed as "lift.yaml"), changes to it and faults to apply, and which tests
// to run. The same checks as `hoistway tower` (the description's keys and
// ranges, ValidateLift), so a bad request is a 400 naming the field.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/status.h"
#include "tower/lift_loader.h"

namespace hoistway::server {

// The name lift descriptions get in messages.
inline constexpr const char* kTowerSourceName = "lift.yaml";

struct TowerLimits {
  std::size_t max_lift_bytes = 64 * 1024;
  std::size_t max_changes = 50;  // entries of set, faults and tests each
};

struct TowerRequest {
  tower::LoadedLift lift;           // with the changes and faults applied, validated
  std::vector<std::string> faults;  // as given
  std::vector<std::string> tests;   // empty: all
};

// Reads {"lift": TEXT, "set"?: ["KEY=VALUE", ...], "faults"?: [NAME, ...],
// "tests"?: [ID, ...]}. Errors (kInvalidInput) are "FIELD: PROBLEM", the
// field being lift (the loader's message "lift.yaml:LINE:COLUMN: key:
// problem" as it is), set[i], faults[i] or tests; a description made invalid
// by a change names that change.
Result<TowerRequest> ParseTowerRequest(const nlohmann::json& body, const TowerLimits& limits = {});

}  // namespace hoistway::server
