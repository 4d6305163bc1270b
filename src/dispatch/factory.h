// The group controls, by the name used in building descriptions.
#pragma once

#include <memory>

#include "core/building.h"
#include "core/status.h"
#include "sim/dispatcher.h"

namespace hoistway::dispatch {

// Makes the dispatcher named by `group.dispatcher`: a built-in name of
// core/dispatcher_names.h, or a plug-in's path (loaded with dlopen, see
// sim/dispatcher_plugin.h). For the command line, where the user runs their
// own code. Errors: kInvalidInput for an unknown name or a bad plug-in.
Result<std::unique_ptr<Dispatcher>> MakeDispatcher(const GroupSpec& group);

// As MakeDispatcher, but built-ins only: for the server, which must never
// load a library a request names. A plug-in path is kInvalidInput.
Result<std::unique_ptr<Dispatcher>> MakeBuiltInDispatcher(const GroupSpec& group);

}  // namespace hoistway::dispatch
