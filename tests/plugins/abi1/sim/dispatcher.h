// The group-control interface. Built-in algorithms (src/dispatch) and user
// plug-ins implement it; the engine calls it and never the reverse.
#pragma once

#include <functional>
#include <memory>

#include "core/building.h"
#include "core/status.h"
#include "sim/group_view.h"

namespace hoistway {

inline constexpr CarId kNoCar{-1};

class Dispatcher {
 public:
  virtual ~Dispatcher() = default;

  // Chooses the car that will answer `call`. Called when a landing call is
  // registered, and again when the chosen car can no longer answer it (it
  // went out of service, or passed by full). Must return an in-service car
  // of the group, or kNoCar when none is in service. Deterministic: the same
  // view must give the same answer. Not called concurrently for one object.
  virtual CarId AssignLandingCall(const GroupView& group, const LandingCall& call) = 0;
};

// Makes the dispatcher of one group (the name is GroupSpec::dispatcher).
using DispatcherFactory =
    std::function<Result<std::unique_ptr<Dispatcher>>(const GroupSpec& group)>;

}  // namespace hoistway
