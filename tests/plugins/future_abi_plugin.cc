// A dispatcher plug-in that claims a plug-in interface newer than this
// hoistway's: the loader must refuse it with a clear message (it never asks
// it for a dispatcher).
#include "sim/dispatcher_plugin.h"

extern "C" __attribute__((visibility("default"))) int hoistway_dispatcher_abi() {
  return HOISTWAY_DISPATCHER_ABI + 1;
}
extern "C" __attribute__((visibility("default"))) hoistway::Dispatcher* hoistway_create_dispatcher(
    const char* /*group_name*/, int /*cars*/) {
  return nullptr;
}
extern "C" __attribute__((visibility("default"))) void hoistway_destroy_dispatcher(
    hoistway::Dispatcher* /*dispatcher*/) {}
