// The names a building description may give as a group's `dispatcher`.
#pragma once

#include <span>
#include <string_view>

namespace hoistway {

// Names of the built-in dispatchers, in the order --help lists them. The
// dispatch module registers its algorithms under exactly these names: add a
// name here when a dispatcher is added there, so that descriptions naming it
// load (a test in the dispatch module should check that the two lists agree).
std::span<const std::string_view> BuiltInDispatcherNames();

// True when `name` is a built-in dispatcher.
bool IsBuiltInDispatcher(std::string_view name);

// True when the built-in dispatcher `name` allocates destination calls only
// (aca): its group needs call_model destination or hybrid.
bool DispatcherNeedsDestinations(std::string_view name);

// True when `name` is a path to a dispatcher plug-in: a shared library whose
// file name ends in ".so" (loaded by the dispatch module, not checked here).
bool IsDispatcherPluginPath(std::string_view name);

}  // namespace hoistway
