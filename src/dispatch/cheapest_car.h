// The choice every cost-based group control makes: the in-service car with
// the least cost for a landing call.
#pragma once

#include "core/sim_time.h"
#include "sim/dispatcher.h"

namespace hoistway::dispatch {

// The in-service car of `group` for which `cost(car, best_so_far)` is least,
// or kNoCar when none is in service. A call stays with the car it is
// assigned to (`current`, -1 for none) unless another is strictly cheaper;
// other ties go to the lower car number. `cost` may stop early and return any value above
// `best_so_far` once it is sure to exceed it.
template <typename Cost>
CarId CheapestCar(const GroupView& group, int current, Cost cost) {
  CarId best = kNoCar;
  Tick best_cost = kNever;
  for (int c = 0; c < group.car_count(); ++c) {
    const CarId id(c);
    if (!group.car(id).in_service) continue;
    const Tick value = cost(id, best_cost);
    if (best == kNoCar || value < best_cost || (value == best_cost && c == current)) {
      best_cost = value;
      best = id;
    }
  }
  return best;
}

// As above, with the car `call` is assigned to (if any) as the current one.
template <typename Cost>
CarId CheapestCar(const GroupView& group, const LandingCall& call, Cost cost) {
  return CheapestCar(group, group.landing_call(call.floor, call.direction).assigned_car, cost);
}

}  // namespace hoistway::dispatch
