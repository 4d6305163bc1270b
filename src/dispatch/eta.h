// Estimated time of arrival of a car at a landing call, following the
// collective route the car will take (its committed stops in order, with
// their stop times). Shared by the ETA-based group controls.
#pragma once

#include "core/sim_time.h"
#include "sim/group_view.h"

namespace hoistway::dispatch {

// Time a stop adds to a trip: doors open and close, start delay, and one
// passenger in and one out (a typical stop; the real count is unknown).
Tick TypicalStopTime(const CarTimes& times);

// Where a car's collective route starts: a floor, a direction (kNone for an
// idle car), the ticks until it can move on from there, and whether it has
// already left that floor in that direction (doors closing or start delay
// running), so it cannot stop there again on this pass.
struct RouteStart {
  int floor;
  Direction dir;
  Tick delay;
  bool departed;
};
RouteStart StartOf(const GroupView& view, CarId car);

// Ticks from now until car `car` could begin opening its doors at
// `call.floor` to leave in `call.direction`, serving its committed stops on
// the way. A full car is assumed unable to take the call on its current pass.
// The estimate may stop early and return any value above `give_up_after`
// once it is sure to exceed it (to compare cars cheaply).
Tick EstimateArrival(const GroupView& group, CarId car, const LandingCall& call,
                     Tick give_up_after = kNever);

}  // namespace hoistway::dispatch
