// Lift models and their type tests on the virtual test tower: the records a
// model's certification points at (docs/registry.md, docs/tower.md).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hoistway::registry {

// A lift model, by manufacturer and name (as lifts and model certificates
// name it).
struct LiftModel {
  std::int64_t id = 0;
  std::string manufacturer;
  std::string name;
  std::string created_at;       // YYYY-MM-DDTHH:MM:SSZ
  std::int64_t type_tests = 0;  // how many are recorded (read only)
};

// One test of a type test, as the tower judged it.
struct TypeTestResult {
  std::string test_id;  // brake_125, ...
  std::string clause;
  std::optional<double> measured;  // absent: unbounded (a car that does not stop)
  std::string unit;
  std::optional<double> limit;
  std::string verdict;  // pass | fail
};

// A run of the tower's suite on a description of the model, computed by the
// server (never taken from the client) and kept whole.
struct TypeTest {
  std::int64_t id = 0;
  std::int64_t model_id = 0;
  std::string run_at;  // YYYY-MM-DDTHH:MM:SSZ
  std::string suite;
  std::string lift_name;  // the description's name
  std::string verdict;    // pass | fail
  std::string submitted_by;
  std::string description;  // the YAML it was run on
  std::string changes;      // JSON {"set": [...], "faults": [...]}
  std::string report;       // the tower report as JSON (no traces)
  std::vector<TypeTestResult> results;
};

}  // namespace hoistway::registry
