// Destination control: a passenger (or a batch) keys a destination at a
// landing's panel and is told a car at once; the allocation is final unless
// that car goes out of service (a car that leaves them behind full comes
// back for them). The car's
// landing-call bit at the origin means "pick up the passengers allocated to
// me there"; the dispatcher sees those passengers' destinations before the
// car arrives (GroupView::allocations).
#include <algorithm>

#include "sim/engine.h"

namespace hoistway {

void Engine::Allocate(Group& g, const std::vector<std::int32_t>& slots, Tick registered_at) {
  if (slots.empty()) return;
  const PassengerTrace& first = slots_[static_cast<std::size_t>(slots.front())].trace;
  // They wait at their floor; the call and the allocation are made where the
  // car stops (double deck: the pairs' lower floors).
  const FloorIndex origin = first.origin;
  const FloorIndex stop = StopFloor(g, origin);
  const DestinationCall call{stop, StopFloor(g, first.destination), registered_at,
                             static_cast<int>(slots.size())};
  const Direction dir = call.direction();

  const CarId chosen = Checked(g, g.dispatcher->AssignDestinationCall(View(g), call));
  if (chosen == kNoCar) {
    // No car in service: allocated when one comes back.
    g.unallocated.insert(g.unallocated.end(), slots.begin(), slots.end());
    return;
  }
  const int c = chosen.value();
  Queue& queue = Assigned(g, c, origin, dir);
  for (std::int32_t slot : slots) Push(queue, slot);
  g.dcs.allocations[static_cast<std::size_t>(c)].push_back(
      {call.origin, call.destination, call.persons, registered_at});

  CarState& car = g.cars[static_cast<std::size_t>(c)];
  // The car stands here with its doors opening or open and can go their way.
  if (car.floor == stop && (car.phase == CarPhase::kOpening || car.phase == CarPhase::kOpen) &&
      (car.lantern == dir || car.lantern == Direction::kNone)) {
    car.lantern = dir;
    if (car.phase == CarPhase::kOpen) {
      BoardWaiting(g, c);
      ScheduleClose(g, c);
    }
    return;
  }
  car.stops[stop.value()] |= LandingCallBit(dir);
  OnStopAdded(g, c, stop);
}

void Engine::Reallocate(Group& g, int c, FloorIndex f, Direction d) {
  Queue& queue = Assigned(g, c, f, d);
  std::vector<std::int32_t> waiting;
  while (queue.size > 0) waiting.push_back(Pop(queue));
  for (std::int32_t slot : waiting) {
    RemoveAllocation(g, c, f, slots_[static_cast<std::size_t>(slot)].trace.destination, 1);
  }
  AllocateRuns(g, waiting);
}

void Engine::AllocateRuns(Group& g, const std::vector<std::int32_t>& waiting) {
  // A fresh call per run of one origin and destination (a batch stays together).
  std::vector<std::int32_t> run;
  for (std::size_t i = 0; i < waiting.size(); ++i) {
    run.push_back(waiting[i]);
    const PassengerTrace& t = slots_[static_cast<std::size_t>(waiting[i])].trace;
    if (i + 1 == waiting.size() ||
        slots_[static_cast<std::size_t>(waiting[i + 1])].trace.origin != t.origin ||
        slots_[static_cast<std::size_t>(waiting[i + 1])].trace.destination != t.destination) {
      Allocate(g, run, now_);
      run.clear();
    }
  }
}

void Engine::RemoveAllocation(Group& g, int c, FloorIndex origin, FloorIndex destination,
                              int persons) {
  // Allocations are kept by the car's stop floors (Allocate).
  const FloorIndex from = StopFloor(g, origin);
  const FloorIndex to = StopFloor(g, destination);
  std::vector<Allocation>& list = g.dcs.allocations[static_cast<std::size_t>(c)];
  for (auto it = list.begin(); it != list.end() && persons > 0;) {
    if (it->origin != from || it->destination != to) {
      ++it;
      continue;
    }
    const int taken = std::min(persons, it->persons);
    it->persons -= taken;
    persons -= taken;
    it = it->persons == 0 ? list.erase(it) : it + 1;
  }
}

}  // namespace hoistway
