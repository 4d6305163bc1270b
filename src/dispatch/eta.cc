#include "dispatch/eta.h"

#include <algorithm>

namespace hoistway::dispatch {

Tick TypicalStopTime(const CarTimes& t) {
  return std::max<Tick>(0, t.door_open - t.advance_opening) + t.door_close + t.start_delay +
         t.loading + t.unloading + t.door_dwell;
}

Tick EstimateArrival(const GroupView& view, CarId id, const LandingCall& call, Tick give_up_after) {
  const CarState& car = view.car(id);
  const FlightTable& flights = view.flights();
  const Tick stop_time = TypicalStopTime(view.times());
  const int n = view.floor_count();
  const int g = call.floor.value();
  const RouteStart start = StartOf(view, id);
  const auto flight = [&](int a, int b) { return flights.Flight(FloorIndex(a), FloorIndex(b)); };

  if (start.dir == Direction::kNone) {
    if (start.floor == g) return start.delay;
    return start.delay + view.times().start_delay + flight(start.floor, g);
  }

  Tick eta = start.delay;
  int pos = start.floor;
  // Up to three passes: on, back, and on again.
  for (int pass = 0; pass < 3; ++pass) {
    const Direction dir = pass % 2 == 0 ? start.dir : Reverse(start.dir);
    const int step = Step(dir);
    const std::uint8_t along = LandingCallBit(dir);
    int furthest = -1;
    for (int x = pos + step; x >= 0 && x < n; x += step) {
      if (car.stops[static_cast<std::size_t>(x)] != 0) furthest = x;
    }
    const bool ahead = (g - pos) * step > 0;
    const bool here = g == pos && !(pass == 0 && start.departed);
    const bool can_take = !(pass == 0 && car.full());
    if (call.direction == dir && can_take && here) return eta;
    const bool served_on_pass = call.direction == dir && can_take && ahead;
    const bool turns_at_call =
        call.direction != dir && ahead && (furthest < 0 || (g - furthest) * step >= 0);
    const int end = served_on_pass || turns_at_call ? g : furthest;
    if (end < 0) continue;  // nothing this way: the car turns where it is
    // Stops strictly between pos and end, each costing a stop.
    for (int x = pos + step; x != end; x += step) {
      const std::uint8_t s = car.stops[static_cast<std::size_t>(x)];
      if ((s & kCarCall) || (s & along)) {
        eta += flight(pos, x) + stop_time;
        pos = x;
        if (eta > give_up_after) return eta;
      }
    }
    eta += flight(pos, end);
    if (served_on_pass || turns_at_call) return eta;
    eta += stop_time;
    pos = end;
    if (eta > give_up_after) return eta;
  }
  return eta + flight(pos, g);
}

}  // namespace hoistway::dispatch
