#include "dispatch/etd.h"

#include <algorithm>
#include <cmath>

#include "dispatch/cheapest_car.h"

namespace hoistway::dispatch {

namespace {

// A car that cannot take the persons even on its next trip that way costs
// this much more per person (ten minutes): chosen only when all are so.
constexpr Tick kOverCapacityPenalty = 600 * kTicksPerSecond;

Tick Weighted(double weight, Tick ticks) {
  return static_cast<Tick>(std::llround(weight * static_cast<double>(ticks)));
}

}  // namespace

Tick EtdCost(const GroupView& group, CarId car, const DestinationCall& call,
             const EtdWeights& weights, CarRoute& route) {
  if (!group.car(car).in_service) return kNever;
  route.Build(group, car, call.origin, call.direction());
  const Insertion ins =
      route.Insert(call.origin, call.direction(), call.destination.value(), call.persons);
  Tick cost = call.persons * (Weighted(weights.wait, ins.wait) + Weighted(weights.ride, ins.ride)) +
              Weighted(weights.delay, ins.delay);
  if (ins.over_capacity) cost += call.persons * kOverCapacityPenalty;
  return cost;
}

Tick EtdLandingCost(const GroupView& group, CarId car, const LandingCall& call,
                    const EtdWeights& weights, CarRoute& route) {
  if (!group.car(car).in_service) return kNever;
  route.Build(group, car, call.floor, call.direction, &call);
  const int persons = std::max(1, group.landing_call(call.floor, call.direction).waiting);
  const Insertion ins = route.Insert(call.floor, call.direction, -1, persons);
  Tick cost = persons * Weighted(weights.wait, ins.wait) + Weighted(weights.delay, ins.delay);
  if (ins.over_capacity) cost += persons * kOverCapacityPenalty;
  return cost;
}

CarId EtdDispatcher::AssignLandingCall(const GroupView& group, const LandingCall& call) {
  return CheapestCar(group, call, [&](CarId car, Tick) {
    return EtdLandingCost(group, car, call, weights_, route_);
  });
}

CarId EtdDispatcher::AssignDestinationCall(const GroupView& group, const DestinationCall& call) {
  return CheapestCar(group, -1,
                     [&](CarId car, Tick) { return EtdCost(group, car, call, weights_, route_); });
}

}  // namespace hoistway::dispatch
