// A type test as the registry keeps it: the server runs the tower's suite
// on a request and turns the report into a record. One place for the API
// (POST /models/{id}/type-tests) and the demo fleet.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "core/status.h"
#include "registry/type_test.h"

namespace hoistway::server {

struct TypeTestOrigin {
  std::int64_t model_id = 0;
  std::string run_at;  // YYYY-MM-DDTHH:MM:SSZ; empty: the transaction's time
  std::string submitted_by;
};

// Parses `body` ({lift, set?, faults?}; no tests: the whole suite runs),
// runs the en81-20 suite and returns the record to store. Errors as
// ParseTowerRequest's (kInvalidInput naming the field).
Result<registry::TypeTest> RunTypeTest(const nlohmann::json& body, const TypeTestOrigin& origin);

}  // namespace hoistway::server
