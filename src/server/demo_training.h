// The demo fleet's training records: the demo users (registry/demo_fleet.h)
// have trained on some scenarios of data/training, passed some and failed
// others, so that the console's trainer view has results. Each answer is
// graded by the training module, as a real one is. Fictional data.
#pragma once

#include <chrono>

#include "core/status.h"
#include "registry/repository.h"

namespace hoistway::server {

// Adds the sessions, dated before `now`, in one transaction. Call once,
// after registry::FillDemoFleet (the demo users must exist).
Status AddDemoTraining(registry::Repository& repository, std::chrono::sys_seconds now);

}  // namespace hoistway::server
