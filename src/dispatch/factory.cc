#include "dispatch/factory.h"

#include <fmt/core.h>

#include "dispatch/collective.h"

namespace hoistway::dispatch {

Result<std::unique_ptr<Dispatcher>> MakeDispatcher(const GroupSpec& group) {
  if (group.dispatcher == "collective") {
    return std::unique_ptr<Dispatcher>(std::make_unique<CollectiveDispatcher>());
  }
  return InvalidInput(
      fmt::format("group '{}': unknown dispatcher '{}'", group.name, group.dispatcher));
}

}  // namespace hoistway::dispatch
