#include "sim/engine.h"

#include <algorithm>
#include <cassert>
#include <cmath>

#include <fmt/core.h>

#include "core/decks.h"

namespace hoistway {

namespace {

constexpr std::uint64_t kArrivalStream = 1;
constexpr std::uint64_t kSaturatedStream = 2;
constexpr std::uint64_t kBatchStream = 3;
constexpr std::uint64_t kMassStream = 4;
constexpr double kGramsPerKg = 1000.0;
// Drawn masses stay within 3 standard deviations of the mean, and above a
// child's mass (a normal distribution has no lower bound).
constexpr double kMassSpreadSds = 3.0;
constexpr double kLightestPassengerKg = 20.0;
constexpr int kProgressSteps = 100;
// The cancel flag is read every 4096 events (well under a millisecond).
constexpr std::uint64_t kCancelCheckMask = 4095;

MeasurementWindow WindowOf(const Building& b) {
  return {SecondsToTicks(b.report.warmup_s),
          SecondsToTicks(b.traffic.duration_s - b.report.cooldown_s)};
}

CarTimes TimesOf(const CarSpec& car) {
  CarTimes t;
  t.door_open = SecondsToTicks(car.door_open_s);
  t.door_close = SecondsToTicks(car.door_close_s);
  t.door_dwell = SecondsToTicks(car.door_dwell_s);
  t.advance_opening = SecondsToTicks(car.advance_door_opening_s);
  t.start_delay = SecondsToTicks(car.start_delay_s);
  t.loading = SecondsToTicks(car.loading_s);
  t.unloading = SecondsToTicks(car.unloading_s);
  return t;
}

}  // namespace

Engine::Engine(const Building& building, const TripPlanner& planner,
               const SimulationOptions& options)
    : building_(building),
      planner_(planner),
      options_(options),
      floor_count_(static_cast<std::size_t>(building.FloorCount())),
      traffic_end_(SecondsToTicks(building.traffic.duration_s)),
      end_(SecondsToTicks(building.traffic.duration_s + building.report.drain_s)),
      mean_mass_g_(static_cast<std::int32_t>(
          std::llround(building.traffic.passenger_mass_kg * kGramsPerKg))),
      arrivals_(building, planner, DeriveSeed(options.seed, options.replication, kArrivalStream),
                DeriveSeed(options.seed, options.replication, kBatchStream)),
      saturated_random_(DeriveSeed(options.seed, options.replication, kSaturatedStream)),
      mass_random_(DeriveSeed(options.seed, options.replication, kMassStream)),
      metrics_(WindowOf(building), building.TotalPopulation(),
               static_cast<int>(building.groups.size())) {
  transfers_ = planner.routes().HasTransfers();
  if (transfers_) metrics_.CountPersons();
}

Status Engine::Init() {
  if (!options_.make_dispatcher) return InvalidInput("no dispatcher factory given");
  std::vector<double> levels;
  for (const FloorSpec& f : building_.floors) levels.push_back(f.level_m);

  groups_.resize(building_.groups.size());
  int car_timers = 0;
  for (std::size_t gi = 0; gi < building_.groups.size(); ++gi) {
    const GroupSpec& spec = building_.groups[gi];
    Group& g = groups_[gi];
    g.spec = &spec;
    g.id = GroupId(static_cast<int>(gi));
    g.flights = FlightTable(
        levels, {spec.car.rated_speed_mps, spec.car.acceleration_mps2, spec.car.jerk_mps3});
    g.times = TimesOf(spec.car);
    g.served = spec.serves;
    g.serves.assign(floor_count_, 0);
    for (FloorIndex f : spec.serves) g.serves[f.value()] = 1;
    g.calls.assign(floor_count_ * 2, {});
    g.queues.assign(floor_count_ * 2, {});
    g.aboard.assign(floor_count_ * static_cast<std::size_t>(spec.cars), {});
    g.dcs.panels = spec.destination_panels;
    g.dcs.panels.resize(floor_count_, 0);
    g.dcs.allocations.assign(static_cast<std::size_t>(spec.cars), {});
    g.dcs.riders.assign(floor_count_ * static_cast<std::size_t>(spec.cars), 0);
    g.assigned.assign(floor_count_ * 2 * static_cast<std::size_t>(spec.cars), {});
    g.mass_g.assign(static_cast<std::size_t>(spec.cars), 0);
    g.rated_g = std::llround(spec.car.RatedLoadKg() * kGramsPerKg);
    if (spec.car.load_bypass) {
      g.bypass_g = std::llround(*spec.car.load_bypass * spec.car.RatedLoadKg() * kGramsPerKg);
    }
    auto dispatcher = options_.make_dispatcher(spec);
    if (!dispatcher.ok()) return dispatcher.error();
    g.dispatcher = std::move(dispatcher).value();

    switch (spec.parking) {
      case Parking::kMainEntrance:
        // The main entrance, or for a group that does not stop there its
        // home floor (a lower entrance, or a sky lobby).
        g.parks = true;
        g.parking = spec.parking_floor;
        break;
      case Parking::kFloor:
        g.parks = true;
        g.parking = spec.parking_floor;
        break;
      case Parking::kStay:
        g.parks = false;
        g.parking = spec.Serves(building_.main_entrance) ? building_.main_entrance : spec.serves[0];
        break;
    }
    if (!g.parks && !spec.Serves(g.parking)) g.parking = spec.serves[0];
    if (spec.deck == Deck::kDouble) {
      // The cars stop at the lower deck's floors; the upper deck serves the floor above.
      g.double_deck = true;
      g.lobby = spec.home_floor;
      g.escalator = SecondsToTicks(spec.escalator_s);
      g.deck_max = spec.car.MaxLoad();
      g.served.clear();
      g.serves.assign(floor_count_, 0);
      for (FloorIndex f : spec.serves) {
        if (DeckOf(g, f) != 0) continue;
        g.served.push_back(f);
        g.serves[f.value()] = 1;
      }
      for (FloorIndex f : spec.serves) {
        if (f.value() > g.lobby.value() + 1 && building_.floor(f).population > 0.0) {
          g.deck_destinations[DeckOf(g, f)] = true;
        }
      }
      g.parking = StopFloor(g, g.parking);
      g.rated_g *= 2;
      if (g.bypass_g >= 0) g.bypass_g *= 2;
      g.deck_load.assign(static_cast<std::size_t>(spec.cars) * 2, 0);
      g.deck_busy.assign(static_cast<std::size_t>(spec.cars) * 2, 0);
    }
    g.up_peak_queue = building_.traffic.saturated && spec.Serves(building_.main_entrance) &&
                      planner_.HasUpPeakDestinations(g.id);

    const auto above = std::count_if(spec.serves.begin(), spec.serves.end(),
                                     [&](FloorIndex f) { return f > spec.home_floor; });
    const auto below = std::count_if(spec.serves.begin(), spec.serves.end(),
                                     [&](FloorIndex f) { return f < spec.home_floor; });
    g.main_direction = above >= below ? Direction::kUp : Direction::kDown;

    CarState initial;
    initial.floor = g.parking;
    initial.target = g.parking;
    initial.max_load = spec.car.MaxLoad() * (g.double_deck ? 2 : 1);
    initial.stops.assign(floor_count_, 0);
    g.cars.assign(static_cast<std::size_t>(spec.cars), initial);
    g.first_timer = kFirstCarTimer + car_timers;
    car_timers += spec.cars;
    g.busy_until.assign(g.cars.size(), 0);
    g.doors_began.assign(g.cars.size(), 0);
  }

  timers_ = TimerQueue(kFirstCarTimer + car_timers);

  // Out-of-service spells: cars out at time 0 start out; the rest are events.
  for (std::size_t gi = 0; gi < groups_.size(); ++gi) {
    for (const OutOfService& oos : building_.groups[gi].out_of_service) {
      const Tick from = SecondsToTicks(oos.from_s);
      const Tick to = oos.to_s >= 1e15 ? kNever : SecondsToTicks(oos.to_s);
      const int c = oos.car.value();
      if (from <= 0) {
        groups_[gi].cars[static_cast<std::size_t>(c)].in_service = false;
      } else {
        service_changes_.push_back({from, seq_++, static_cast<int>(gi), c, false});
      }
      if (to < kNever) service_changes_.push_back({to, seq_++, static_cast<int>(gi), c, true});
    }
  }
  std::sort(service_changes_.begin(), service_changes_.end(),
            [](const ServiceChange& a, const ServiceChange& b) {
              return a.time != b.time ? a.time < b.time : a.seq < b.seq;
            });
  if (!service_changes_.empty()) {
    timers_.Set(kServiceTimer, service_changes_[0].time, service_changes_[0].seq);
  }

  // The expected number of arrivals, with a margin for Poisson spread: the
  // records then never grow by doubling.
  double expected = static_cast<double>(building_.traffic.passengers.size());
  double cycle_s = 0.0;
  for (const PeriodSpec& p : building_.traffic.periods) cycle_s += p.duration_s;
  for (const PeriodSpec& p : building_.traffic.periods) {
    expected += building_.TotalPopulation() * p.rate_pct_per_5min / 100.0 / kSecondsPer5Min *
                p.duration_s * building_.traffic.duration_s / std::max(cycle_s, 1.0);
  }
  metrics_.Expect(static_cast<std::int64_t>(expected * 1.02 + 4.0 * std::sqrt(expected) + 16.0));

  next_arrival_ = arrivals_.Next();
  if (next_arrival_.time != kNever) timers_.Set(kArrivalTimer, next_arrival_.time, seq_++);
  return Status::Ok();
}

Result<SimulationReport> Engine::Run() {
  // Cars start idle at their parking floors; the saturated lobby calls them.
  for (Group& g : groups_) {
    for (int c = 0; c < static_cast<int>(g.cars.size()); ++c) Decide(g, c);
  }

  const Tick progress_span = std::max<Tick>(1, traffic_end_ / kProgressSteps);
  Tick next_progress = progress_span;
  while (!timers_.empty()) {
    const int timer = timers_.Top();
    const Tick time = timers_.TopTime();
    if (time > end_) break;
    now_ = time;
    ++events_;
    if (timer == kArrivalTimer) {
      timers_.Clear(timer);
      OnArrival();
    } else if (timer == kWalkTimer) {
      OnWalkEnd();
    } else if (timer == kServiceTimer) {
      const ServiceChange change = service_changes_[next_service_change_++];
      if (next_service_change_ < service_changes_.size()) {
        const ServiceChange& next = service_changes_[next_service_change_];
        timers_.Set(kServiceTimer, next.time, next.seq);
      } else {
        timers_.Clear(timer);
      }
      OnServiceChange(groups_[static_cast<std::size_t>(change.group)], change.car,
                      change.in_service);
    } else {
      timers_.Clear(timer);
      // Groups are few: find the car's group by its first timer.
      std::size_t gi = groups_.size() - 1;
      while (groups_[gi].first_timer > timer) --gi;
      OnCarEvent(groups_[gi], timer - groups_[gi].first_timer);
    }
    if (options_.cancel != nullptr && (events_ & kCancelCheckMask) == 0 &&
        options_.cancel->load(std::memory_order_relaxed)) {
      return Error(ErrorCode::kCancelled, "the simulation was cancelled");
    }
    if (options_.progress != nullptr && now_ >= next_progress) {
      options_.progress->OnProgress(
          std::min(1.0, static_cast<double>(now_) / static_cast<double>(traffic_end_)));
      next_progress = now_ + progress_span;
    }
    // Done when no one can arrive any more and everyone has been delivered.
    if (active_ == 0 && next_arrival_.time == kNever && now_ >= traffic_end_) break;
  }
  if (options_.progress != nullptr) options_.progress->OnProgress(1.0);

  // Whoever is still waiting or riding is reported, not lost.
  if (options_.passengers != nullptr) {
    for (const Slot& s : slots_) {
      if (s.trace.arrival < 0) continue;
      if (!s.walking || s.escalator) {
        options_.passengers->OnUndelivered(s.trace);
        continue;
      }
      // Walking to the next group: the leg not yet begun.
      const Leg& next =
          planner_.routes().Legs(s.journey_origin, s.final_destination)[s.trace.leg + 1];
      PassengerTrace t;
      t.id = PassengerId(-1);
      t.person = s.trace.person;
      t.leg = s.trace.leg + 1;
      t.group = next.group;
      t.origin = next.from;
      t.destination = next.to;
      options_.passengers->OnUndelivered(t);
    }
  }

  std::vector<std::string> names;
  for (const GroupSpec& g : building_.groups) names.push_back(g.name);
  SimulationReport report = metrics_.Finish(names);
  report.simulated_s = TicksToSeconds(now_);
  report.events = events_;
  report.seed = options_.seed;
  return report;
}

void Engine::ScheduleCar(Group& g, int c) {
  timers_.Set(g.first_timer + c, g.cars[static_cast<std::size_t>(c)].phase_end, seq_++);
}

void Engine::SetPhase(Group& g, int c, CarPhase phase, Tick end) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  car.phase = phase;
  car.phase_end = end;
  if (end != kNever) {
    ScheduleCar(g, c);
  } else {
    timers_.Clear(g.first_timer + c);
  }
  if (options_.cars != nullptr) options_.cars->OnCarPhase(now_, g.id, CarId(c), car);
}

// ---------------------------------------------------------------- passengers

std::int32_t Engine::NewSlot() {
  if (free_slot_ >= 0) {
    const std::int32_t s = free_slot_;
    free_slot_ = slots_[static_cast<std::size_t>(s)].next;
    slots_[static_cast<std::size_t>(s)] = Slot{};
    return s;
  }
  slots_.emplace_back();
  return static_cast<std::int32_t>(slots_.size() - 1);
}

std::int32_t Engine::NewPassenger(GroupId group, FloorIndex origin, FloorIndex destination,
                                  FloorIndex final_destination, Tick arrival, std::int32_t mass_g) {
  const std::int32_t slot = NewSlot();
  Slot& s = slots_[static_cast<std::size_t>(slot)];
  s.trace.id = PassengerId(next_id_++);
  s.trace.person = PassengerId(next_person_++);
  s.trace.group = group;
  s.trace.origin = origin;
  s.trace.destination = destination;
  s.trace.arrival = arrival;
  s.journey_origin = origin;
  s.final_destination = final_destination;
  s.mass_g = mass_g;
  ++active_;
  return slot;
}

void Engine::FreeSlot(std::int32_t slot) {
  Slot& s = slots_[static_cast<std::size_t>(slot)];
  s.trace.arrival = -1;
  s.next = free_slot_;
  free_slot_ = slot;
  --active_;
}

void Engine::Push(Queue& q, std::int32_t slot) {
  slots_[static_cast<std::size_t>(slot)].next = -1;
  if (q.tail >= 0) {
    slots_[static_cast<std::size_t>(q.tail)].next = slot;
  } else {
    q.head = slot;
  }
  q.tail = slot;
  ++q.size;
}

std::int32_t Engine::Pop(Queue& q) {
  const std::int32_t slot = q.head;
  q.head = slots_[static_cast<std::size_t>(slot)].next;
  if (q.head < 0) q.tail = -1;
  --q.size;
  return slot;
}

std::int32_t Engine::DrawMass() {
  const TrafficSpec& traffic = building_.traffic;
  const double spread = kMassSpreadSds * traffic.passenger_mass_sd_kg;
  const double kg =
      std::clamp(mass_random_.Normal(traffic.passenger_mass_kg, traffic.passenger_mass_sd_kg),
                 std::max(kLightestPassengerKg, traffic.passenger_mass_kg - spread),
                 traffic.passenger_mass_kg + spread);
  return static_cast<std::int32_t>(std::llround(kg * kGramsPerKg));
}

void Engine::OnArrival() {
  const Arrival a = next_arrival_;
  next_arrival_ = arrivals_.Next();
  if (next_arrival_.time != kNever) timers_.Set(kArrivalTimer, next_arrival_.time, seq_++);

  // A batch is consecutive passengers with one trip, queued together.
  Group& g = groups_[static_cast<std::size_t>(a.trip.group.value())];
  if (g.double_deck) return OnDoubleDeckArrival(g, a);
  // The first leg's end: the destination itself unless the person changes groups.
  const FloorIndex first_stop =
      transfers_ ? planner_.routes().Legs(a.trip.origin, a.trip.destination)[0].to
                 : a.trip.destination;
  const Direction dir = first_stop > a.trip.origin ? Direction::kUp : Direction::kDown;
  const bool allocated = HasPanel(g, a.trip.origin);
  batch_scratch_.clear();
  for (int k = 0; k < a.persons; ++k) {
    const std::int32_t slot =
        NewPassenger(a.trip.group, a.trip.origin, first_stop, a.trip.destination, now_,
                     building_.traffic.passenger_mass_sd_kg > 0.0 ? DrawMass() : mean_mass_g_);
    Slot& s = slots_[static_cast<std::size_t>(slot)];
    const PassengerTrace& t = s.trace;
    s.batch_left = a.persons - 1 - k;
    metrics_.OnArrival(t.id, now_);
    if (transfers_) metrics_.OnPersonArrival(t.person, now_);
    if (allocated) {
      batch_scratch_.push_back(slot);
    } else {
      Admit(g, slot, a.trip.origin, dir);  // each presses (or finds pressed) the button
    }
  }
  if (allocated) {
    // One destination call for the batch (a copy: allocation may re-enter).
    const std::vector<std::int32_t> batch = batch_scratch_;
    Allocate(g, batch, now_);
  }
}

void Engine::Admit(Group& g, std::int32_t slot, FloorIndex floor, Direction dir) {
  Queue& queue = LandingQueue(g, floor, dir);
  // The landing call is made where the car stops (double deck: the pair's lower floor).
  const FloorIndex stop = StopFloor(g, floor);
  // A car standing here with doors opening or open, leaving this way (or
  // undecided), takes the passenger without a landing call.
  for (int c = 0; c < static_cast<int>(g.cars.size()); ++c) {
    CarState& car = g.cars[static_cast<std::size_t>(c)];
    if (!car.in_service || car.floor != stop) continue;
    if (car.phase != CarPhase::kOpening && car.phase != CarPhase::kOpen) continue;
    if (car.lantern != dir && car.lantern != Direction::kNone) continue;
    if (car.phase == CarPhase::kOpen && Full(g, c)) continue;
    Push(queue, slot);
    ++Call(g, stop, dir).waiting;
    if (car.lantern == Direction::kNone) {
      car.lantern = dir;
      AnswerCall(g, stop, dir, c);
    }
    if (car.phase == CarPhase::kOpen) {
      BoardWaiting(g, c);
      ScheduleClose(g, c);
    }
    return;
  }
  Push(queue, slot);
  LandingCallState& call = Call(g, stop, dir);
  ++call.waiting;
  if (!call.registered) RegisterCall(g, stop, dir);
}

void Engine::EndLeg(Group& g, std::int32_t slot, Tick doors_open, Tick alighted) {
  Slot& s = slots_[static_cast<std::size_t>(slot)];
  PassengerTrace& t = s.trace;
  t.destination_doors_open = doors_open;
  t.alighted = alighted;
  metrics_.OnDelivered(t.id, g.id.value(), t.origin_doors_open, doors_open);
  if (options_.passengers != nullptr) options_.passengers->OnDelivered(t);
  // The last leg (a double-deck car may leave its rider at the other floor
  // of the destination's pair).
  if (!transfers_ || static_cast<std::size_t>(t.leg) + 1 >=
                         planner_.routes().Legs(s.journey_origin, s.final_destination).size()) {
    if (transfers_) metrics_.OnPersonDelivered(t.person, doors_open);
    FreeSlot(slot);
    return;
  }
  // On to the next group, after the walk at this change floor (and the
  // escalator when a double-deck car left the person at the lobby's other level).
  s.walking = true;
  const Leg& next = planner_.routes().Legs(s.journey_origin, s.final_destination)[t.leg + 1];
  Tick walk = SecondsToTicks(building_.floor(next.from).transfer_walk_s);
  if (next.from != t.destination) walk += g.escalator;
  walks_.push({alighted + walk, seq_++, slot});
  const Walk& first = walks_.top();
  timers_.Set(kWalkTimer, first.time, first.seq);
}

void Engine::OnWalkEnd() {
  const std::int32_t slot = walks_.top().slot;
  walks_.pop();
  if (walks_.empty()) {
    timers_.Clear(kWalkTimer);
  } else {
    timers_.Set(kWalkTimer, walks_.top().time, walks_.top().seq);
  }
  Slot& s = slots_[static_cast<std::size_t>(slot)];
  if (s.escalator) return EscalatorEnd(slot);
  const int leg = s.trace.leg + 1;
  const Leg& next = planner_.routes().Legs(s.journey_origin, s.final_destination)[leg];
  PassengerTrace t;
  t.id = PassengerId(next_id_++);
  t.person = s.trace.person;
  t.leg = leg;
  t.group = next.group;
  t.origin = next.from;
  t.destination = next.to;
  t.arrival = now_;
  s.trace = t;
  s.walking = false;
  s.batch_left = 0;  // people walk on one by one
  Group& g = groups_[static_cast<std::size_t>(next.group.value())];
  if (g.double_deck) {
    const GroupSpec& spec = building_.groups[static_cast<std::size_t>(next.group.value())];
    const DeckRide ride = RideOnDecks(building_, spec, next.from, next.to);
    s.trace.origin = ride.board;
    s.trace.destination = ride.alight;
    if (ride.board != next.from) return RideEscalator(g, slot);
  }
  metrics_.OnArrival(s.trace.id, now_);
  BeginLeg(slot);
}

void Engine::BeginLeg(std::int32_t slot) {
  const PassengerTrace& t = slots_[static_cast<std::size_t>(slot)].trace;
  Group& g = groups_[static_cast<std::size_t>(t.group.value())];
  if (HasPanel(g, t.origin)) {
    Allocate(g, {slot}, now_);
    return;
  }
  Admit(g, slot, t.origin, t.destination > t.origin ? Direction::kUp : Direction::kDown);
}

// ------------------------------------------------------------- landing calls

GroupView Engine::View(const Group& g) const {
  return GroupView(now_, g.id, g.cars, g.flights, g.times, g.served, g.serves, g.calls, &g.dcs);
}

Tick Engine::OldestWaiting(Group& g, int c, FloorIndex f, Direction d) {
  if (HasPanel(g, f)) {
    // At `f`, and for double-deck cars at the floor above as well.
    Tick oldest = kNever;
    for (int level = f.value(); level <= f.value() + (g.double_deck ? 1 : 0); ++level) {
      if (static_cast<std::size_t>(level) >= floor_count_) break;
      const Queue& q = Assigned(g, c, FloorIndex(level), d);
      if (q.size > 0)
        oldest = std::min(oldest, slots_[static_cast<std::size_t>(q.head)].trace.arrival);
    }
    return oldest;
  }
  const LandingCallState& call = Call(g, f, d);
  return call.registered ? call.registered_at : kNever;
}

void Engine::RegisterCall(Group& g, FloorIndex floor, Direction dir) {
  LandingCallState& call = Call(g, floor, dir);
  if (!call.registered) g.registered.push_back(floor.value() * 2 + DirectionSlot(dir));
  call.registered = true;
  call.registered_at = now_;
  call.assigned_car = -1;
  AssignCall(g, floor, dir);
}

CarId Engine::Checked(const Group& g, CarId chosen) const {
  const int n = static_cast<int>(g.cars.size());
  if (chosen == kNoCar ||
      (chosen.value() >= 0 && chosen.value() < n && g.cars[chosen.value()].in_service)) {
    return chosen;
  }
  // A dispatcher broke its contract: fall back to the first car in service.
  for (int c = 0; c < n; ++c) {
    if (g.cars[static_cast<std::size_t>(c)].in_service) return CarId(c);
  }
  return kNoCar;
}

void Engine::AssignCall(Group& g, FloorIndex floor, Direction dir) {
  LandingCallState& call = Call(g, floor, dir);
  const GroupView view = View(g);
  const CarId chosen =
      Checked(g, g.dispatcher->AssignLandingCall(view, {floor, dir, call.registered_at}));
  if (chosen == kNoCar) return;  // retried when a car comes back into service
  call.assigned_car = chosen.value();
  g.cars[static_cast<std::size_t>(chosen.value())].stops[floor.value()] |= LandingCallBit(dir);
  OnStopAdded(g, chosen.value(), floor);
}

void Engine::ReassignCall(Group& g, int car, FloorIndex floor, Direction dir) {
  g.cars[static_cast<std::size_t>(car)].stops[floor.value()] &=
      static_cast<std::uint8_t>(~LandingCallBit(dir));
  LandingCallState& call = Call(g, floor, dir);
  if (!call.registered || call.assigned_car != car) return;
  call.assigned_car = -1;
  AssignCall(g, floor, dir);
}

void Engine::AnswerCall(Group& g, FloorIndex floor, Direction dir, int car) {
  const std::uint8_t bit = LandingCallBit(dir);
  g.cars[static_cast<std::size_t>(car)].stops[floor.value()] &= static_cast<std::uint8_t>(~bit);
  if (HasPanel(g, floor)) return;  // the car's own passengers board: no shared call
  LandingCallState& call = Call(g, floor, dir);
  if (!call.registered) return;
  if (call.assigned_car >= 0 && call.assigned_car != car) {
    g.cars[static_cast<std::size_t>(call.assigned_car)].stops[floor.value()] &=
        static_cast<std::uint8_t>(~bit);
  }
  call.registered = false;
  call.assigned_car = -1;
  const std::int32_t index = floor.value() * 2 + DirectionSlot(dir);
  auto it = std::find(g.registered.begin(), g.registered.end(), index);
  *it = g.registered.back();
  g.registered.pop_back();
}

// Offers the dispatcher again every call registered before
// `registered_before` whose car is not yet on its way to stop there, so it
// can move calls to a car that has become better placed (re-allocation, as
// ETA group controls do). Called for all calls when a car becomes free, and
// for long-waiting calls at every departure. A dispatcher that keeps its
// first choice returns the assigned car.
void Engine::ReofferCalls(Group& g, Tick registered_before) {
  if (reoffering_) return;
  reoffering_ = true;
  // Indices, not references: a re-assignment may register or answer calls.
  reoffer_scratch_.assign(g.registered.begin(), g.registered.end());
  for (std::int32_t index : reoffer_scratch_) {
    LandingCallState& call = g.calls[static_cast<std::size_t>(index)];
    if (!call.registered || call.assigned_car < 0 || call.registered_at >= registered_before) {
      continue;
    }
    const FloorIndex f(index / 2);
    const Direction d = index % 2 == 0 ? Direction::kUp : Direction::kDown;
    const int current = call.assigned_car;
    const CarState& car = g.cars[static_cast<std::size_t>(current)];
    if (car.phase == CarPhase::kMoving && car.target == f) continue;  // on its way to stop there
    const CarId chosen = g.dispatcher->AssignLandingCall(View(g), {f, d, call.registered_at});
    if (chosen == kNoCar || chosen.value() == current || chosen.value() < 0 ||
        chosen.value() >= static_cast<int>(g.cars.size()) ||
        !g.cars[static_cast<std::size_t>(chosen.value())].in_service) {
      continue;
    }
    g.cars[static_cast<std::size_t>(current)].stops[f.value()] &=
        static_cast<std::uint8_t>(~LandingCallBit(d));
    call.assigned_car = chosen.value();
    g.cars[static_cast<std::size_t>(chosen.value())].stops[f.value()] |= LandingCallBit(d);
    OnStopAdded(g, chosen.value(), f);
  }
  reoffering_ = false;
}

void Engine::OnStopAdded(Group& g, int c, FloorIndex floor) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  switch (car.phase) {
    case CarPhase::kIdle:
      Decide(g, c);
      break;
    case CarPhase::kMoving:
      Retarget(g, c);
      break;
    case CarPhase::kOpening:
    case CarPhase::kOpen: {
      // Standing here with the doors open and no direction yet: take the call.
      if (car.floor != floor || car.lantern != Direction::kNone) break;
      const Direction dir =
          (car.stops[floor.value()] & kUpCall) ? Direction::kUp : Direction::kDown;
      car.lantern = dir;
      AnswerCall(g, floor, dir, c);
      if (car.phase == CarPhase::kOpen) {
        BoardWaiting(g, c);
        ScheduleClose(g, c);
      }
      break;
    }
    default:
      break;  // decided when the doors have closed, or at departure
  }
}

void Engine::OnServiceChange(Group& g, int c, bool in_service) {
  CarState& car = g.cars[static_cast<std::size_t>(c)];
  if (car.in_service == in_service) return;
  car.in_service = in_service;
  if (!in_service) {
    // Hand its landing calls and allocated passengers to other cars; it
    // delivers who is aboard.
    for (std::size_t f = 0; f < floor_count_; ++f) {
      const FloorIndex floor(static_cast<int>(f));
      for (Direction d : {Direction::kUp, Direction::kDown}) {
        if (HasPanel(g, floor)) {
          car.stops[f] &= static_cast<std::uint8_t>(~LandingCallBit(d));
          if (Assigned(g, c, floor, d).size > 0) Reallocate(g, c, floor, d);
        } else if (car.stops[f] & LandingCallBit(d)) {
          ReassignCall(g, c, floor, d);
        }
      }
    }
    if (car.phase == CarPhase::kIdle) Decide(g, c);
    return;
  }
  // Back in service: calls no car could take are assigned again.
  if (!g.unallocated.empty()) {
    std::vector<std::int32_t> waiting;
    waiting.swap(g.unallocated);
    AllocateRuns(g, waiting);
  }
  for (std::size_t f = 0; f < floor_count_; ++f) {
    for (Direction d : {Direction::kUp, Direction::kDown}) {
      const FloorIndex floor(static_cast<int>(f));
      LandingCallState& call = Call(g, floor, d);
      if (call.registered && call.assigned_car < 0) AssignCall(g, floor, d);
    }
  }
  if (car.phase == CarPhase::kIdle) Decide(g, c);
}

// ------------------------------------------------------------------- entry

Result<SimulationReport> RunSimulation(const Building& building, const SimulationOptions& options) {
  auto planner = TripPlanner::Create(building);
  if (!planner.ok()) return planner.error();
  Engine engine(building, *planner, options);
  const Status status = engine.Init();
  if (!status.ok()) return status.error();
  return engine.Run();
}

}  // namespace hoistway
