// The demo fleet's lift models and their type tests: each demo model (the
// model certificates DEMO-M-001.., "DL-100".. of registry/demo_fleet.h) is
// registered and tested on the tower with one of the example lifts, one of
// them first with a fault (a failed test, then a passing one), so that the
// console's lift pages and certificates show type tests. Fictional data.
#pragma once

#include <chrono>

#include "core/status.h"
#include "registry/repository.h"

namespace hoistway::server {

// Adds the models and their type tests, dated before `now`, in one
// transaction. Call once, right after registry::FillDemoFleet.
Status AddDemoTypeTests(registry::Repository& repository, std::chrono::sys_seconds now);

}  // namespace hoistway::server
