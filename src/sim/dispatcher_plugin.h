// Writing a dispatcher as a plug-in: a shared library that a building
// description names by path (`dispatcher: ./my_control.so`). The plug-in
// implements hoistway::Dispatcher (sim/dispatcher.h) against the headers of
// sim/ and kinematics/ only (every function it may call is inline), and
// exports three C functions, which HOISTWAY_DISPATCHER_PLUGIN(Class) defines:
//
//   #include "sim/dispatcher_plugin.h"
//   class NearestCar final : public hoistway::Dispatcher { ... };
//   HOISTWAY_DISPATCHER_PLUGIN(NearestCar)
//
// Build it with the same compiler and standard library as hoistway (C++
// objects cross the boundary). It must be deterministic for runs to be
// reproducible, and may be made once per group per run, from several threads
// at once (one object is never used by two threads).
#pragma once

#include "sim/dispatcher.h"

// Bumped whenever Dispatcher, GroupView, CarState or LandingCall change layout.
// Interface 2 added destination calls (Dispatcher::AssignDestinationCall,
// appended to the virtual table) and GroupView's destination state
// (appended members); plug-ins built for interface 1 still load, and their
// landing-call choice answers destination calls too.
#define HOISTWAY_DISPATCHER_ABI 2
// The oldest interface a plug-in may be built for and still load.
#define HOISTWAY_DISPATCHER_ABI_OLDEST 1

extern "C" {
using HoistwayDispatcherAbiFn = int (*)();
using HoistwayCreateDispatcherFn = hoistway::Dispatcher* (*)(const char* group_name, int cars);
using HoistwayDestroyDispatcherFn = void (*)(hoistway::Dispatcher* dispatcher);
}

#define HOISTWAY_DISPATCHER_PLUGIN(Class)                                                    \
  extern "C" __attribute__((visibility("default"))) int hoistway_dispatcher_abi() {          \
    return HOISTWAY_DISPATCHER_ABI;                                                          \
  }                                                                                          \
  extern "C" __attribute__((visibility("default"))) hoistway::Dispatcher*                    \
  hoistway_create_dispatcher(const char* group_name, int cars) {                             \
    return new Class(group_name, cars); /* NOLINT(cppcoreguidelines-owning-memory): C ABI */ \
  }                                                                                          \
  extern "C" __attribute__((visibility("default"))) void hoistway_destroy_dispatcher(        \
      hoistway::Dispatcher* dispatcher) {                                                    \
    delete dispatcher; /* NOLINT(cppcoreguidelines-owning-memory): C ABI */                  \
  }
