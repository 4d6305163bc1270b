// Loading a dispatcher plug-in (see sim/dispatcher_plugin.h) from a shared
// library with dlopen.
#pragma once

#include <memory>
#include <string>

#include "core/building.h"
#include "core/status.h"
#include "sim/dispatcher.h"

namespace hoistway::dispatch {

// Loads the library at `path` (kept loaded while the dispatcher lives) and
// makes the dispatcher of `group`. Errors (kInvalidInput, naming the path):
// the library cannot be loaded, lacks the plug-in functions, was built for
// a plug-in interface this hoistway does not load (older than
// HOISTWAY_DISPATCHER_ABI_OLDEST or newer than HOISTWAY_DISPATCHER_ABI), or
// returns no dispatcher; the message starts with GroupSpec::dispatcher_at
// (file, line and key) when set. Thread-safe.
Result<std::unique_ptr<Dispatcher>> LoadDispatcherPlugin(const std::string& path,
                                                         const GroupSpec& group);

}  // namespace hoistway::dispatch
