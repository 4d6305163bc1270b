// The built-in group controls, by the name used in building descriptions.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/building.h"
#include "core/status.h"
#include "sim/dispatcher.h"

namespace hoistway::dispatch {

// Makes the dispatcher named by `group.dispatcher`, one of the names of
// core/dispatcher_names.h (the loader has already checked the name).
// Errors: kInvalidInput for a name this factory does not know.
Result<std::unique_ptr<Dispatcher>> MakeDispatcher(const GroupSpec& group);

}  // namespace hoistway::dispatch
