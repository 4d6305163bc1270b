// Estimated time of arrival of a car at a landing call, following the
// collective route the car will take (its committed stops in order, with
// their stop times). Shared by the ETA-based group controls.
#pragma once

#include <algorithm>

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
// (Inline: it is on the hot path of every estimate.)
[[gnu::always_inline]] inline RouteStart StartOf(const GroupView& view, CarId id) {
  const CarState& car = view.car(id);
  const CarTimes& t = view.times();
  const Tick remaining =
      car.phase_end == kNever ? 0 : std::max<Tick>(0, car.phase_end - view.now());
  switch (car.phase) {
    case CarPhase::kIdle:
      return {car.floor.value(), Direction::kNone, 0, false};
    case CarPhase::kStarting:
      return {car.floor.value(), car.direction, remaining, true};
    case CarPhase::kMoving: {
      const FloorIndex next = view.NextStoppableFloor(id);
      const Tick to_next =
          std::max<Tick>(0, car.depart_time + view.flights().Flight(car.floor, next) - view.now());
      return {next.value(), car.direction, to_next, false};
    }
    case CarPhase::kOpening:
      return {car.floor.value(), car.lantern,
              remaining + t.loading + t.door_dwell + t.door_close + t.start_delay, false};
    case CarPhase::kOpen:
      return {car.floor.value(), car.lantern, remaining + t.door_close + t.start_delay, false};
    case CarPhase::kClosing:
      return {car.floor.value(), car.lantern != Direction::kNone ? car.lantern : car.direction,
              remaining + t.start_delay, true};
  }
  return {car.floor.value(), Direction::kNone, 0, false};
}

// Ticks from now until car `car` could begin opening its doors at
// `call.floor` to leave in `call.direction`, serving its committed stops on
// the way. A full car is assumed unable to take the call on its current pass.
// The estimate may stop early and return any value above `give_up_after`
// once it is sure to exceed it (to compare cars cheaply).
Tick EstimateArrival(const GroupView& group, CarId car, const LandingCall& call,
                     Tick give_up_after = kNever);

}  // namespace hoistway::dispatch
