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

// A destination call: `persons` people (a batch) keyed `destination` at the
// panel of `origin` at `registered_at`.
struct DestinationCall {
  FloorIndex origin;
  FloorIndex destination;
  Tick registered_at = 0;
  int persons = 1;

  Direction direction() const { return destination > origin ? Direction::kUp : Direction::kDown; }
};

class Dispatcher {
 public:
  virtual ~Dispatcher() = default;

  // Chooses the car that will answer `call`. Called when a landing call is
  // registered, and again when the chosen car can no longer answer it (it
  // went out of service, or passed by full). Must return an in-service car
  // of the group, or kNoCar when none is in service. Deterministic: the same
  // view must give the same answer. Not called concurrently for one object.
  virtual CarId AssignLandingCall(const GroupView& group, const LandingCall& call) = 0;

  // Allocates `call`, made at a destination panel, to a car: its passengers
  // are told that car at once and board only it, so the allocation is final
  // (unless the car goes out of service, when they are allocated again; a
  // car that leaves them behind full comes back for them). Contract as AssignLandingCall. The
  // default treats it as a landing call in the call's direction, so controls written for up/down
  // buttons (and plug-ins of interface 1) work under destination control too.
  virtual CarId AssignDestinationCall(const GroupView& group, const DestinationCall& call) {
    return AssignLandingCall(group, {call.origin, call.direction(), call.registered_at});
  }
};

// Makes the dispatcher of one group (the name is GroupSpec::dispatcher).
using DispatcherFactory =
    std::function<Result<std::unique_ptr<Dispatcher>>(const GroupSpec& group)>;

}  // namespace hoistway
