#include "dispatch/least_delay.h"

#include <algorithm>

#include "dispatch/cheapest_car.h"
#include "dispatch/eta.h"

namespace hoistway::dispatch {
namespace {

// True when the car already has a stop at the call's floor that serves the
// call's direction: a landing call there the same way, or a car call there
// on a pass in that direction.
bool AlreadyStops(const CarState& car, const LandingCall& call) {
  const std::uint8_t s = car.stops[static_cast<std::size_t>(call.floor.value())];
  if (s & LandingCallBit(call.direction)) return true;
  const Direction travel = car.phase == CarPhase::kMoving || car.phase == CarPhase::kStarting
                               ? car.direction
                               : car.lantern;
  return (s & kCarCall) && travel == call.direction;
}

}  // namespace

Tick LeastDelayCost(const GroupView& group, CarId id, const LandingCall& call) {
  const CarState& car = group.car(id);
  if (!car.in_service) return kNever;
  const Tick eta = EstimateArrival(group, id, call);
  if (AlreadyStops(car, call)) return eta;

  // Persons waiting at the car's other landing calls that it reaches later.
  int delayed = 0;
  // Car-call floors: reached before the new stop (their passengers are
  // spared) or after it (delayed); the load is shared among them evenly.
  int car_calls = 0;
  int car_calls_after = 0;
  for (int f = 0; f < group.floor_count(); ++f) {
    const std::uint8_t s = car.stops[static_cast<std::size_t>(f)];
    if (s == 0) continue;
    for (const Direction d : {Direction::kUp, Direction::kDown}) {
      if (!(s & LandingCallBit(d)) || (f == call.floor.value() && d == call.direction)) continue;
      if (EstimateArrival(group, id, {FloorIndex(f), d, 0}) > eta) {
        delayed += std::max(1, group.landing_call(FloorIndex(f), d).waiting);
      }
    }
    if (s & kCarCall) {
      ++car_calls;
      // A car call is reached like a landing call in the car's direction of
      // travel (its passengers alight whichever way the car leaves). For a
      // full car this places it a pass late: an overestimate of the delay.
      const Direction travel = car.direction != Direction::kNone ? car.direction : car.lantern;
      if (travel != Direction::kNone &&
          EstimateArrival(group, id, {FloorIndex(f), travel, 0}) > eta) {
        ++car_calls_after;
      }
    }
  }
  if (car_calls > 0) delayed += (car.load * car_calls_after + car_calls - 1) / car_calls;
  return eta + static_cast<Tick>(delayed) * TypicalStopTime(group.times());
}

CarId LeastDelayDispatcher::AssignLandingCall(const GroupView& group, const LandingCall& call) {
  return CheapestCar(group, call,
                     [&](CarId car, Tick) { return LeastDelayCost(group, car, call); });
}

}  // namespace hoistway::dispatch
