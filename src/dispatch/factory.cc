#include "dispatch/factory.h"

#include <fmt/core.h>

#include "core/dispatcher_names.h"
#include "dispatch/aca.h"
#include "dispatch/collective.h"
#include "dispatch/etd.h"
#include "dispatch/least_delay.h"
#include "dispatch/plugin.h"

namespace hoistway::dispatch {

Result<std::unique_ptr<Dispatcher>> MakeBuiltInDispatcher(const GroupSpec& group) {
  if (group.dispatcher == "collective") {
    return std::unique_ptr<Dispatcher>(std::make_unique<CollectiveDispatcher>());
  }
  if (group.dispatcher == "least_delay") {
    return std::unique_ptr<Dispatcher>(std::make_unique<LeastDelayDispatcher>());
  }
  if (group.dispatcher == "etd") {
    return std::unique_ptr<Dispatcher>(std::make_unique<EtdDispatcher>());
  }
  if (group.dispatcher == "aca") {
    return std::unique_ptr<Dispatcher>(std::make_unique<AcaDispatcher>(group.home_floor));
  }
  if (IsDispatcherPluginPath(group.dispatcher)) {
    return InvalidInput(fmt::format(
        "group '{}': dispatcher plug-ins run only from the command line, not on the server",
        group.name));
  }
  return InvalidInput(
      fmt::format("group '{}': unknown dispatcher '{}'", group.name, group.dispatcher));
}

Result<std::unique_ptr<Dispatcher>> MakeDispatcher(const GroupSpec& group) {
  if (IsDispatcherPluginPath(group.dispatcher))
    return LoadDispatcherPlugin(group.dispatcher, group);
  return MakeBuiltInDispatcher(group);
}

}  // namespace hoistway::dispatch
