#include "core/dispatcher_names.h"

#include <algorithm>

namespace hoistway {

namespace {

// Keep in step with the registrations in src/dispatch.
constexpr std::string_view kBuiltInDispatchers[] = {"collective", "least_delay", "etd", "aca"};

constexpr std::string_view kPluginSuffix = ".so";

}  // namespace

std::span<const std::string_view> BuiltInDispatcherNames() {
  return kBuiltInDispatchers;
}

bool IsBuiltInDispatcher(std::string_view name) {
  return std::find(std::begin(kBuiltInDispatchers), std::end(kBuiltInDispatchers), name) !=
         std::end(kBuiltInDispatchers);
}

bool DispatcherNeedsDestinations(std::string_view name) {
  return name == "aca";
}

bool IsDispatcherPluginPath(std::string_view name) {
  // A bare ".so" or a path ending in "/.so" names no file.
  if (name.size() <= kPluginSuffix.size() || !name.ends_with(kPluginSuffix)) return false;
  return name[name.size() - kPluginSuffix.size() - 1] != '/';
}

}  // namespace hoistway
