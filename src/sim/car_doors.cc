// Doors and passenger transfer at a stop: direction lantern, alighting,
// boarding (one passenger at a time, in queue order, up to the loading
// limit), dwell, closing, and re-registration by those left behind.
#include <algorithm>

#include "sim/engine.h"

namespace hoistway {

// Which way the car will leave `floor`, given the direction it arrived in.
Direction Engine::ChooseLantern(Group& g, int c, Direction travel) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  if (!car.in_service) return Direction::kNone;
  const FloorIndex f = car.floor;
  const std::uint8_t here = car.stops[f.value()];
  const auto waiting = [&](Direction d) { return WaitingCount(g, c, f, d) > 0; };
  if (travel != Direction::kNone) {
    const Direction back = Reverse(travel);
    if (HasStopsBeyond(g, c, f, travel)) return travel;
    if (here & LandingCallBit(travel)) return travel;
    if (here & LandingCallBit(back)) return back;
    if (HasStopsBeyond(g, c, f, back)) return back;
    if (waiting(travel)) return travel;
    if (waiting(back)) return back;
    return Direction::kNone;
  }
  const bool up = here & kUpCall;
  const bool down = here & kDownCall;
  if (up && down) {
    // Both answered here: the older call first.
    return OldestWaiting(g, c, f, Direction::kDown) < OldestWaiting(g, c, f, Direction::kUp)
               ? Direction::kDown
               : Direction::kUp;
  }
  if (up) return Direction::kUp;
  if (down) return Direction::kDown;
  if (waiting(Direction::kUp)) return Direction::kUp;
  if (waiting(Direction::kDown)) return Direction::kDown;
  if (HasStopsBeyond(g, c, f, Direction::kUp)) return Direction::kUp;
  if (HasStopsBeyond(g, c, f, Direction::kDown)) return Direction::kDown;
  return Direction::kNone;
}

void Engine::OpenDoors(Group& g, int c, bool after_flight) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  const FloorIndex f = car.floor;
  const Tick advance = after_flight ? g.times.advance_opening : 0;
  // With advance door opening the doors begin to open before the car stops.
  const Tick began = after_flight ? std::max(car.depart_time, now_ - advance) : now_;
  const Tick open_done = now_ + std::max<Tick>(0, g.times.door_open - advance);
  g.doors_began[static_cast<std::size_t>(c)] = began;
  car.lantern = ChooseLantern(g, c, car.direction);

  if (g.double_deck) {
    AlightDoubleDeck(g, c, began, open_done);
    if (car.lantern != Direction::kNone) AnswerCall(g, f, car.lantern, c);
    SetPhase(g, c, CarPhase::kOpening, open_done);
    return;
  }
  // Everyone for this floor steps out first.
  Queue& out = Aboard(g, c, f);
  Tick step_end = open_done;
  g.dcs.riders[static_cast<std::size_t>(c) * floor_count_ + f.value()] = 0;
  while (out.size > 0) {
    const std::int32_t slot = Pop(out);
    g.mass_g[static_cast<std::size_t>(c)] -= slots_[static_cast<std::size_t>(slot)].mass_g;
    step_end += g.times.unloading;
    --car.load;
    EndLeg(g, slot, began, step_end);
  }
  car.stops[f.value()] &= static_cast<std::uint8_t>(~kCarCall);
  g.busy_until[static_cast<std::size_t>(c)] = step_end;
  if (car.lantern != Direction::kNone) AnswerCall(g, f, car.lantern, c);
  SetPhase(g, c, CarPhase::kOpening, open_done);
}

void Engine::DoorsOpened(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  if (car.lantern == Direction::kNone && car.in_service) {
    // Someone arrived while the doors were opening on a car with no direction.
    const FloorIndex f = car.floor;
    if (WaitingCount(g, c, f, Direction::kUp) > 0) {
      car.lantern = Direction::kUp;
    } else if (WaitingCount(g, c, f, Direction::kDown) > 0) {
      car.lantern = Direction::kDown;
    }
    if (car.lantern != Direction::kNone) AnswerCall(g, f, car.lantern, c);
  }
  car.phase = CarPhase::kOpen;
  BoardWaiting(g, c);
  ScheduleClose(g, c);
}

void Engine::BoardWaiting(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  if (!car.in_service || car.lantern == Direction::kNone) return;
  if (g.double_deck) return BoardWaitingDouble(g, c);
  const FloorIndex f = car.floor;
  const bool allocated = HasPanel(g, f);
  Queue& queue = WaitingQueue(g, c, f, car.lantern);
  LandingCallState& call = Call(g, f, car.lantern);
  const auto i = static_cast<std::size_t>(c);

  // Saturated up-peak: the lobby queue never runs dry; its people arrive as
  // the doors begin to open, so they have no wait.
  if (f == building_.main_entrance && car.lantern == Direction::kUp && UpPeakQueueOpen(g)) {
    while (queue.size + car.load < car.max_load) {
      const FloorIndex destination = planner_.DrawUpPeakDestination(g.id, saturated_random_);
      const std::int32_t slot =
          NewPassenger(g.id, f, destination, destination, g.doors_began[i], mean_mass_g_);
      const PassengerTrace& t = slots_[static_cast<std::size_t>(slot)].trace;
      metrics_.OnArrival(t.id, t.arrival);
      if (transfers_) metrics_.OnPersonArrival(t.person, t.arrival);
      Push(queue, slot);
      ++call.waiting;
    }
  }

  while (queue.size > 0 && CanBoard(g, c, queue.head)) {
    const std::int32_t slot = Pop(queue);
    if (!allocated) --call.waiting;
    PassengerTrace& t = slots_[static_cast<std::size_t>(slot)].trace;
    const Tick start = std::max(now_, g.busy_until[i]);
    g.busy_until[i] = start + g.times.loading;
    t.car = CarId(c);
    t.origin_doors_open = std::max(t.arrival, g.doors_began[i]);
    t.boarded = g.busy_until[i];
    Push(Aboard(g, c, t.destination), slot);
    car.stops[t.destination.value()] |= kCarCall;
    ++car.load;
    g.mass_g[i] += slots_[static_cast<std::size_t>(slot)].mass_g;
    ++g.dcs.riders[i * floor_count_ + t.destination.value()];
    if (allocated) RemoveAllocation(g, c, f, t.destination, 1);
  }
}

void Engine::ScheduleClose(Group& g, int c) {
  const Tick end = g.busy_until[static_cast<std::size_t>(c)] + g.times.door_dwell;
  SetPhase(g, c, CarPhase::kOpen, std::max(now_, end));
}

void Engine::StartClosing(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  SetPhase(g, c, CarPhase::kClosing, now_ + g.times.door_close);
  // Those allocated to this car at a destination panel keep it, left behind
  // or not: it comes back for them (Depart).
  if (HasPanel(g, car.floor)) return;
  // Those left behind (the car was full) press the button again.
  for (Direction d : {Direction::kUp, Direction::kDown}) {
    if (WaitingCount(g, c, car.floor, d) > 0 && !Call(g, car.floor, d).registered) {
      RegisterCall(g, car.floor, d);
    }
  }
}

}  // namespace hoistway
