// Double-deck cars (docs/simulation.md, "Double-deck cars"): two decks
// fixed one above the other, the lower at the floors an even count from the
// lobby, the upper at the floor above each. A car stands, stops and is
// called at the lower deck's floor; one stop serves both decks' passengers
// (a coincident stop when both have someone). Each deck has its own load
// and its own doors: passengers move through both at once, and the car
// leaves when the slower deck is done. Under destination control a person
// waits at their level in the queue of the car they were told; the call,
// the allocation and the car's riders are counted at the pair's floor
// (destination_calls.cc), so a dispatcher sees the car's stops.
//
// A person rides the deck core/decks.h gives: at a lobby of two levels (the
// group's lobby, a sky lobby) the deck of the floor they ride to (riding the
// escalator between the levels when they stand at the other one), elsewhere
// the deck of their floor. A trip between floors of different decks ends at
// the floor of the rider's deck in the destination's pair (the last floor by
// the stairs is not timed); a trip within one pair is walked and never calls
// a car. A leg of a journey with changes ends at its change floor itself
// (core/routes.h).
#include <algorithm>

#include "core/decks.h"
#include "sim/engine.h"

namespace hoistway {

namespace {
// Draws of a saturated lobby's destination before giving up on a deck
// (its floors' share is then below 1e-6 of the population: never in practice).
constexpr int kMaxDeckDraws = 1000000;
}  // namespace

void Engine::OnDoubleDeckArrival(Group& g, const Arrival& a) {
  const GroupSpec& spec = building_.groups[static_cast<std::size_t>(g.id.value())];
  const FloorIndex origin = a.trip.origin;
  const FloorIndex destination = a.trip.destination;
  // The first leg's end: the destination itself unless the person changes groups.
  const FloorIndex leg_end =
      transfers_ ? planner_.routes().Legs(origin, destination)[0].to : destination;
  const DeckRide ride = RideOnDecks(building_, spec, origin, leg_end);
  if (PairFloor(spec, ride.board) == PairFloor(spec, ride.alight)) return;  // the stairs
  // At a destination panel the batch makes one call (after the escalator,
  // when it rides one: EscalatorEnd).
  const bool allocated = HasPanel(g, ride.board) && ride.board == origin;
  batch_scratch_.clear();
  for (int k = 0; k < a.persons; ++k) {
    // Without changes the journey ends where the deck leaves the person.
    const std::int32_t slot = NewPassenger(
        a.trip.group, ride.board, ride.alight, transfers_ ? destination : ride.alight, now_,
        building_.traffic.passenger_mass_sd_kg > 0.0 ? DrawMass() : mean_mass_g_);
    Slot& s = slots_[static_cast<std::size_t>(slot)];
    s.journey_origin = origin;
    s.batch_left = a.persons - 1 - k;
    if (transfers_) metrics_.OnPersonArrival(s.trace.person, now_);
    if (ride.board != origin) {
      RideEscalator(g, slot);
      continue;
    }
    metrics_.OnArrival(s.trace.id, now_);
    if (allocated) {
      batch_scratch_.push_back(slot);
    } else {
      BeginLeg(slot);
    }
  }
  if (allocated) {
    const std::vector<std::int32_t> batch = batch_scratch_;  // a copy: allocation may re-enter
    Allocate(g, batch, now_);
  }
}

void Engine::RideEscalator(Group& g, std::int32_t slot) {
  Slot& s = slots_[static_cast<std::size_t>(slot)];
  // The wait begins at the other level. Metrics keep passengers in id order,
  // so the arrival is recorded now, at the time the escalator ride will end.
  metrics_.OnArrival(s.trace.id, now_ + g.escalator);
  s.walking = true;
  s.escalator = true;
  walks_.push({now_ + g.escalator, seq_++, slot});
  timers_.Set(kWalkTimer, walks_.top().time, walks_.top().seq);
}

void Engine::EscalatorEnd(std::int32_t slot) {
  Slot& s = slots_[static_cast<std::size_t>(slot)];
  s.walking = false;
  s.escalator = false;
  PassengerTrace& t = s.trace;
  t.arrival = now_;  // Metrics has it already (at the escalator's foot, for this time)
  Group& g = groups_[static_cast<std::size_t>(t.group.value())];
  if (!HasPanel(g, t.origin)) return BeginLeg(slot);
  // A batch's rides end at one tick, one after another (consecutive walk
  // entries): its last member makes the batch's one destination call.
  escalator_batch_.push_back(slot);
  if (s.batch_left > 0) return;
  const std::vector<std::int32_t> batch = std::move(escalator_batch_);
  escalator_batch_.clear();
  Allocate(g, batch, now_);
}

void Engine::AlightDoubleDeck(Group& g, int c, Tick began, Tick open_done) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  const FloorIndex f = car.floor;
  Tick slowest = open_done;
  g.dcs.riders[static_cast<std::size_t>(c) * floor_count_ + f.value()] = 0;
  for (int deck = 0; deck < 2; ++deck) {
    const FloorIndex level(f.value() + deck);
    const auto d = static_cast<std::size_t>(c) * 2 + static_cast<std::size_t>(deck);
    Tick step_end = open_done;
    if (static_cast<std::size_t>(level.value()) < floor_count_) {
      Queue& out = Aboard(g, c, level);
      while (out.size > 0) {
        const std::int32_t slot = Pop(out);
        g.mass_g[static_cast<std::size_t>(c)] -= slots_[static_cast<std::size_t>(slot)].mass_g;
        step_end += g.times.unloading;
        --car.load;
        --g.deck_load[d];
        EndLeg(g, slot, began, step_end);
      }
    }
    g.deck_busy[d] = step_end;
    slowest = std::max(slowest, step_end);
  }
  car.stops[f.value()] &= static_cast<std::uint8_t>(~kCarCall);
  g.busy_until[static_cast<std::size_t>(c)] = slowest;
}

void Engine::BoardWaitingDouble(Group& g, int c) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  const FloorIndex f = car.floor;
  const auto i = static_cast<std::size_t>(c);
  LandingCallState& call = Call(g, f, car.lantern);
  const bool saturated =
      f == building_.main_entrance && car.lantern == Direction::kUp && UpPeakQueueOpen(g);
  for (int deck = 0; deck < 2; ++deck) {
    const FloorIndex level(f.value() + deck);
    if (static_cast<std::size_t>(level.value()) >= floor_count_) continue;
    const std::size_t d = i * 2 + static_cast<std::size_t>(deck);
    const bool allocated = HasPanel(g, level);
    Queue& queue = WaitingQueue(g, c, level, car.lantern);

    // Saturated up-peak: an endless queue at each lobby level, of people for
    // that level's deck, arriving as the doors begin to open.
    if (saturated && g.deck_destinations[deck]) {
      while (queue.size + g.deck_load[d] < g.deck_max) {
        FloorIndex destination = planner_.DrawUpPeakDestination(g.id, saturated_random_);
        for (int draws = 1; DeckOf(g, destination) != deck && draws < kMaxDeckDraws; ++draws) {
          destination = planner_.DrawUpPeakDestination(g.id, saturated_random_);
        }
        if (DeckOf(g, destination) != deck) break;
        const std::int32_t slot =
            NewPassenger(g.id, level, destination, destination, g.doors_began[i], mean_mass_g_);
        const PassengerTrace& t = slots_[static_cast<std::size_t>(slot)].trace;
        metrics_.OnArrival(t.id, t.arrival);
        Push(queue, slot);
        if (!allocated) ++call.waiting;
      }
    }

    while (queue.size > 0 && g.deck_load[d] < g.deck_max) {
      const std::int32_t slot = Pop(queue);
      if (!allocated) --call.waiting;
      PassengerTrace& t = slots_[static_cast<std::size_t>(slot)].trace;
      const Tick start = std::max(now_, g.deck_busy[d]);
      g.deck_busy[d] = start + g.times.loading;
      t.car = CarId(c);
      t.origin_doors_open = std::max(t.arrival, g.doors_began[i]);
      t.boarded = g.deck_busy[d];
      Push(Aboard(g, c, t.destination), slot);
      car.stops[StopFloor(g, t.destination).value()] |= kCarCall;
      ++car.load;
      ++g.deck_load[d];
      g.mass_g[i] += slots_[static_cast<std::size_t>(slot)].mass_g;
      ++g.dcs.riders[i * floor_count_ + StopFloor(g, t.destination).value()];
      if (allocated) RemoveAllocation(g, c, level, t.destination, 1);
    }
  }
  g.busy_until[i] = std::max({g.busy_until[i], g.deck_busy[i * 2], g.deck_busy[i * 2 + 1]});
}

int Engine::WaitingCount(Group& g, int c, FloorIndex f, Direction d) {
  if (!g.double_deck) return WaitingQueue(g, c, f, d).size;
  int n = WaitingQueue(g, c, f, d).size;
  if (static_cast<std::size_t>(f.value()) + 1 < floor_count_) {
    n += WaitingQueue(g, c, FloorIndex(f.value() + 1), d).size;
  }
  return n;
}

bool Engine::WaitingBlocked(Group& g, int c, FloorIndex f, Direction d) {
  if (!g.double_deck) {
    const Queue& waiting = WaitingQueue(g, c, f, d);
    return waiting.size > 0 && !CanBoard(g, c, waiting.head);
  }
  bool someone = false;
  for (int deck = 0; deck < 2; ++deck) {
    const FloorIndex level(f.value() + deck);
    if (static_cast<std::size_t>(level.value()) >= floor_count_) continue;
    if (WaitingQueue(g, c, level, d).size == 0) continue;
    someone = true;
    if (g.deck_load[static_cast<std::size_t>(c) * 2 + static_cast<std::size_t>(deck)] <
        g.deck_max) {
      return false;
    }
  }
  return someone;
}

}  // namespace hoistway
