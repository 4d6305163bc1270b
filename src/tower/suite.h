// Test suites of the tower: which procedures run, in which order.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "tower/lift.h"
#include "tower/procedures.h"
#include "tower/report.h"

namespace hoistway::tower {

struct TestInfo {
  std::string_view id;
  std::string_view clause;
  std::string_view what;  // one line
};

// The tests of suite `en81-20` (the only suite so far), in report order.
std::span<const TestInfo> En8120Tests();
inline constexpr std::string_view kDefaultSuite = "en81-20";

// Runs `suite` on `lift` (which must have passed ValidateLift): every test,
// or those named in `only` (test ids), and the normal runs. The report's
// lift, suite, tests, runs and verdict are filled; overrides and faults are
// the caller's. Errors (kInvalidInput): an unknown suite or test id, with
// the list of valid ones. Thread-safe (no shared state).
Result<TowerReport> RunSuite(const LiftDescription& lift, std::string_view suite,
                             const ProcedureOptions& options,
                             std::span<const std::string> only = {});

}  // namespace hoistway::tower
