// Car decisions and motion: where to go next, departures, re-targeting in
// flight, arrivals. Collective rules: a car keeps its direction while it has
// stops ahead (car calls, or landing calls it answers), serves landing calls
// in its direction of travel on the way, and reverses at the furthest one.
#include <algorithm>

#include "sim/engine.h"

namespace hoistway {

namespace {
// Calls older than this are offered to the dispatcher again at every departure.
constexpr Tick kReofferAge = 20 * kTicksPerSecond;
}  // namespace

void Engine::OnCarEvent(Group& g, int c) {
  switch (g.cars[static_cast<std::size_t>(c)].phase) {
    case CarPhase::kStarting:
      Depart(g, c);
      break;
    case CarPhase::kMoving:
      Arrive(g, c);
      break;
    case CarPhase::kOpening:
      DoorsOpened(g, c);
      break;
    case CarPhase::kOpen:
      StartClosing(g, c);
      break;
    case CarPhase::kClosing:
      Decide(g, c);
      break;
    case CarPhase::kIdle:
      break;
  }
}

bool Engine::HasStopsBeyond(const Group& g, int c, FloorIndex f, Direction dir) const {
  const CarState& car = g.cars[static_cast<std::size_t>(c)];
  const int n = static_cast<int>(floor_count_);
  for (int x = f.value() + Step(dir); x >= 0 && x < n; x += Step(dir)) {
    if (car.stops[static_cast<std::size_t>(x)] != 0) return true;
  }
  return false;
}

// The car stands at its floor with doors closed: open again, start towards
// the next stop, go to park, or rest.
void Engine::Decide(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  const FloorIndex f = car.floor;
  car.parking = false;
  Direction dir = car.lantern != Direction::kNone ? car.lantern : car.direction;
  car.lantern = Direction::kNone;

  // Saturated up-peak: a car with nothing to do answers the endless lobby queue.
  if (UpPeakQueueOpen(g) && car.in_service && car.stops[f.value()] == 0 &&
      !HasStopsBeyond(g, c, f, Direction::kUp) && !HasStopsBeyond(g, c, f, Direction::kDown)) {
    car.stops[building_.main_entrance.value()] |= kUpCall;
  }

  // A landing call here that this car answers and can take: open again,
  // unless it has stops ahead and the call goes the other way. (A full car
  // leaves; it comes back for the call later.) A call whose first waiting
  // passenger could not step in now (a batch waiting for an emptier car, or
  // a passenger too heavy for the load aboard) opens nothing either: the
  // car, which has riders and so stops ahead, leaves and comes back; opening
  // again would repeat for ever.
  std::uint8_t here = car.stops[f.value()] & kLandingCalls;
  for (const Direction d : {Direction::kUp, Direction::kDown}) {
    if (!(here & LandingCallBit(d))) continue;
    if (WaitingBlocked(g, c, f, d)) {
      here &= static_cast<std::uint8_t>(~LandingCallBit(d));
    }
  }
  if (here != 0 && !Full(g, c)) {
    if (dir != Direction::kNone && (here & LandingCallBit(dir))) {
      car.direction = dir;
      OpenDoors(g, c, false);
      return;
    }
    if (dir == Direction::kNone || !HasStopsBeyond(g, c, f, dir)) {
      car.direction = Direction::kNone;
      OpenDoors(g, c, false);
      return;
    }
  }

  if (dir == Direction::kNone || !HasStopsBeyond(g, c, f, dir)) {
    if (HasStopsBeyond(g, c, f, Direction::kUp)) {
      dir = Direction::kUp;
    } else if (HasStopsBeyond(g, c, f, Direction::kDown)) {
      dir = Direction::kDown;
    } else {
      dir = Direction::kNone;
    }
  }
  if (dir == Direction::kNone) {
    if (g.parks && car.in_service && g.parking != f) {
      car.parking = true;
      dir = g.parking > f ? Direction::kUp : Direction::kDown;
    } else {
      car.direction = Direction::kNone;
      SetPhase(g, c, CarPhase::kIdle, kNever);
      if (car.in_service) ReofferCalls(g, kNever);
      return;
    }
  }
  car.direction = dir;
  SetPhase(g, c, CarPhase::kStarting, now_ + g.times.start_delay);
}

int Engine::NextTarget(const Group& g, int c, FloorIndex origin, Direction dir,
                       Tick elapsed) const {
  const CarState& car = g.cars[static_cast<std::size_t>(c)];
  const int n = static_cast<int>(floor_count_);
  const int step = Step(dir);
  // The furthest floor ahead with any stop: where the car reverses.
  int furthest = -1;
  for (int x = origin.value() + step; x >= 0 && x < n; x += step) {
    if (car.stops[static_cast<std::size_t>(x)] != 0) furthest = x;
  }
  const bool in_flight = elapsed >= 0;
  const bool can_extend = !in_flight || elapsed <= g.flights.Commit(origin, car.target);
  const auto reachable = [&](int x) {
    if (!in_flight) return true;
    const bool beyond_target = (x - car.target.value()) * step > 0;
    if (beyond_target) return can_extend;
    return elapsed <= g.flights.Commit(origin, FloorIndex(x));
  };
  const std::uint8_t along = LandingCallBit(dir);
  for (int x = origin.value() + step; x >= 0 && x < n; x += step) {
    const std::uint8_t s = car.stops[static_cast<std::size_t>(x)];
    if (s == 0 || !g.serves[static_cast<std::size_t>(x)] || !reachable(x)) continue;
    if (s & kCarCall) return x;
    if (PassesLandingCalls(g, c, FloorIndex(x))) continue;  // full: landing calls passed by
    if ((s & along) || x == furthest) return x;
  }
  if (car.parking && furthest < 0 && reachable(g.parking.value()) &&
      (g.parking.value() - origin.value()) * step > 0) {
    return g.parking.value();
  }
  return -1;
}

void Engine::Depart(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  const FloorIndex f = car.floor;
  const int target = NextTarget(g, c, f, car.direction, -1);
  if (target < 0) {
    // Its stops were answered by other cars during the start delay.
    SetPhase(g, c, CarPhase::kIdle, kNever);
    Decide(g, c);
    return;
  }
  // A round trip starts when the car leaves its home floor (the main
  // entrance, or for a group that does not stop there its lowest entrance or
  // sky lobby) towards the floors it mainly serves (not, say, down to a
  // car-park entrance).
  if (f == g.spec->home_floor && car.direction == g.main_direction) {
    metrics_.OnMainEntranceDeparture(g.id.value(), c, now_, car.load);
  }
  car.target = FloorIndex(target);
  car.depart_time = now_;
  SetPhase(g, c, CarPhase::kMoving, now_ + g.flights.Flight(f, car.target));
  // Passengers allocated to it and left behind here (it was full, or their
  // batch did not fit): it owes them a stop.
  if (HasPanel(g, f)) {
    for (const Direction d : {Direction::kUp, Direction::kDown}) {
      if (WaitingCount(g, c, f, d) > 0) car.stops[f.value()] |= LandingCallBit(d);
    }
  }
  // The group has changed: calls waiting long may now have a better car.
  ReofferCalls(g, now_ - kReofferAge);

  // A full car passes the landing calls it answers on the way: hand them on.
  // (Passengers allocated to it at a destination panel keep their car: it
  // comes back for them.)
  if (Full(g, c) || g.bypass_g >= 0) {
    const Direction dir = car.direction;
    for (int x = f.value() + Step(dir); x != target; x += Step(dir)) {
      const FloorIndex floor(x);
      if ((car.stops[static_cast<std::size_t>(x)] & LandingCallBit(dir)) && !HasPanel(g, floor) &&
          PassesLandingCalls(g, c, floor)) {
        ReassignCall(g, c, floor, dir);
      }
    }
  }
}

void Engine::Retarget(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  const int target = NextTarget(g, c, car.floor, car.direction, now_ - car.depart_time);
  if (target < 0 || target == car.target.value()) return;
  car.target = FloorIndex(target);
  SetPhase(g, c, CarPhase::kMoving, car.depart_time + g.flights.Flight(car.floor, car.target));
}

void Engine::Arrive(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  car.floor = car.target;
  car.parking = false;
  if (car.stops[car.floor.value()] != 0) {
    OpenDoors(g, c, true);
    return;
  }
  // Parked, or the call that brought it here was answered by another car.
  SetPhase(g, c, CarPhase::kIdle, kNever);
  Decide(g, c);
}

}  // namespace hoistway
