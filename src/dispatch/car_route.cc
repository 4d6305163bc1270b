#include "dispatch/car_route.h"

#include <algorithm>

#include "dispatch/eta.h"

namespace hoistway::dispatch {

namespace {

// Walks a route stop by stop and gives each its arrival: the time the doors
// begin to open there.
class Walker {
 public:
  Walker(const GroupView& view, int start_floor, Tick start_delay, bool idle, bool doors_open,
         int start_key)
      : view_(view),
        pos_(start_floor),
        t_(start_delay),
        idle_(idle),
        doors_open_(doors_open),
        start_key_(start_key) {}

  Tick Visit(int key, int floor, int boarding, int alighting) {
    const CarTimes& times = view_.times();
    const Tick transfers = times.loading * boarding + times.unloading * alighting;
    if (!moved_ && key == start_key_) {
      // A stop at the start floor before the car moves: the doors are open
      // already, or open at once (the start delay counts only if it moves).
      moved_ = true;
      last_ = doors_open_ ? 0 : t_;
      t_ = doors_open_ ? t_ + times.loading * boarding : last_ + FixedDwell() + transfers;
      return last_;
    }
    if (moved_ && floor == pos_) {
      // The car turns at a floor where it stops anyway: one stop.
      t_ += transfers;
      return last_;
    }
    if (!moved_ && idle_) t_ += times.start_delay;
    moved_ = true;
    last_ = t_ + view_.flights().Flight(FloorIndex(pos_), FloorIndex(floor));
    t_ = last_ + FixedDwell() + transfers;
    pos_ = floor;
    return last_;
  }

 private:
  Tick FixedDwell() const {
    const CarTimes& t = view_.times();
    return std::max<Tick>(0, t.door_open - t.advance_opening) + t.door_close + t.start_delay +
           t.door_dwell;
  }

  const GroupView& view_;
  int pos_;
  Tick t_;
  bool idle_;
  bool doors_open_;
  int start_key_;
  bool moved_ = false;
  Tick last_ = 0;
};

}  // namespace

int CarRoute::Key(int pass, int floor) const {
  const Direction d = pass % 2 == 0 ? d0_ : Reverse(d0_);
  return pass * n_ + (d == Direction::kUp ? floor : n_ - 1 - floor);
}

bool CarRoute::Ahead(int floor) const {
  return (floor - start_floor_) * Step(d0_) > 0;
}

int CarRoute::PassFor(int floor, Direction d) const {
  if (d != d0_) return 1;
  return Ahead(floor) || (floor == start_floor_ && !departed_) ? 0 : 2;
}

void CarRoute::Add(int key, int floor, int boarding, int alighting, int unknown) {
  stops_.push_back({key, floor, boarding, alighting, unknown, 0});
}

int CarRoute::PassWithRoom(int pass, int persons) const {
  // A batch larger than the car boards in parts: it needs an empty car.
  persons = std::min(persons, max_load_);
  while (pass + 2 <= kMaxPass) {
    const int room = pass < static_cast<int>(room_.size()) ? room_[pass] : max_load_;
    const int taken = pass < static_cast<int>(picked_up_.size()) ? picked_up_[pass] : 0;
    if (taken + persons <= room) break;
    pass += 2;
  }
  return pass;
}

void CarRoute::Build(const GroupView& view, CarId car, FloorIndex towards, Direction call_direction,
                     const LandingCall* exclude) {
  view_ = &view;
  n_ = view.floor_count();
  const CarState& state = view.car(car);
  const RouteStart start = StartOf(view, car);
  start_floor_ = start.floor;
  start_delay_ = start.delay;
  departed_ = start.departed;
  idle_ = state.phase == CarPhase::kIdle;
  doors_open_ = state.phase == CarPhase::kOpening || state.phase == CarPhase::kOpen;
  d0_ = start.dir;
  if (d0_ == Direction::kNone) {
    d0_ = towards.value() > start_floor_   ? Direction::kUp
          : towards.value() < start_floor_ ? Direction::kDown
                                           : call_direction;
  }
  load_ = state.load;
  max_load_ = state.max_load;
  stops_.clear();
  picked_up_.assign(2, 0);
  room_.assign(2, max_load_);
  room_[0] = max_load_ - load_;

  for (int f = 0; f < n_; ++f) {
    const std::uint8_t bits = state.stops[static_cast<std::size_t>(f)];
    int riders = view.riders_to(car, FloorIndex(f));
    if (riders == 0 && (bits & kCarCall)) riders = 1;  // counts unknown: one at least
    if (riders > 0) {
      const int pass = PassFor(f, d0_) == 0 ? 0 : 1;
      if (pass == 1) room_[1] -= riders;
      Add(Key(pass, f), f, 0, riders, 0);
    }
    if (view.HasDestinationPanel(FloorIndex(f))) continue;  // its allocations say who boards
    for (const Direction d : {Direction::kUp, Direction::kDown}) {
      if (!(bits & LandingCallBit(d))) continue;
      if (exclude != nullptr && exclude->floor.value() == f && exclude->direction == d) continue;
      const int persons = std::max(1, view.landing_call(FloorIndex(f), d).waiting);
      const int pass = PassFor(f, d);
      if (pass < static_cast<int>(picked_up_.size())) picked_up_[pass] += persons;
      Add(Key(pass, f), f, persons, 0, persons);
    }
  }
  for (const Allocation& a : view.allocations(car)) {
    const Direction d = a.destination > a.origin ? Direction::kUp : Direction::kDown;
    const int pass = PassWithRoom(PassFor(a.origin.value(), d), a.persons);
    if (pass >= static_cast<int>(picked_up_.size())) {
      picked_up_.resize(static_cast<std::size_t>(pass) + 1, 0);
    }
    picked_up_[pass] += std::min(a.persons, max_load_);
    Add(Key(pass, a.origin.value()), a.origin.value(), a.persons, 0, 0);
    Add(Key(pass, a.destination.value()), a.destination.value(), 0, a.persons, 0);
  }

  // In route order, one stop per key.
  std::sort(stops_.begin(), stops_.end(),
            [](const Stop& a, const Stop& b) { return a.key < b.key; });
  std::size_t out = 0;
  for (std::size_t i = 0; i < stops_.size(); ++i) {
    if (out > 0 && stops_[out - 1].key == stops_[i].key) {
      stops_[out - 1].boarding += stops_[i].boarding;
      stops_[out - 1].alighting += stops_[i].alighting;
      stops_[out - 1].waiting_unknown += stops_[i].waiting_unknown;
    } else {
      stops_[out++] = stops_[i];
    }
  }
  stops_.resize(out);
  Walker walk(view, start_floor_, start_delay_, idle_, doors_open_, StartKey());
  for (Stop& s : stops_) s.arrival = walk.Visit(s.key, s.floor, s.boarding, s.alighting);
}

int CarRoute::StartKey() const {
  return departed_ ? -1 : Key(0, start_floor_);
}

Insertion CarRoute::Insert(FloorIndex origin, Direction direction, int destination, int persons,
                           int max_stops) const {
  const int first = PassFor(origin.value(), direction);
  int pass = destination >= 0 ? PassWithRoom(first, persons) : first;
  for (;;) {
    const Insertion ins = InsertOn(pass, origin, destination, persons);
    const bool capped = max_stops > 0 && destination >= 0 && ins.new_stops > 0 &&
                        ins.stops_on_pass > max_stops && pass + 2 <= kMaxPass;
    if (!capped) return ins;
    pass = PassWithRoom(pass + 2, persons);
  }
}

Insertion CarRoute::InsertOn(int pass, FloorIndex origin, int destination, int persons) const {
  Insertion ins;
  {
    ins.pass = pass;
    const int ko = Key(pass, origin.value());
    const int kd = destination >= 0 ? Key(pass, destination) : -1;
    Walker walk(*view_, start_floor_, start_delay_, idle_, doors_open_, StartKey());
    int load = load_;
    bool over = false;
    Tick origin_arrival = 0;
    Tick destination_arrival = 0;
    // Merge the new stops (ko, kd) into the route, in key order.
    std::size_t i = 0;
    bool did_o = false;
    bool did_d = kd < 0;
    while (i < stops_.size() || !did_o || !did_d) {
      const int next_existing = i < stops_.size() ? stops_[i].key : kNeverKey;
      const int next_new = !did_o ? ko : (!did_d ? kd : kNeverKey);
      const int key = std::min(next_existing, next_new);
      int boarding = 0;
      int alighting = 0;
      const Stop* old = nullptr;
      if (next_existing == key) {
        old = &stops_[i++];
        boarding = old->boarding;
        alighting = old->alighting;
      }
      const bool is_origin = !did_o && key == ko;
      const bool is_destination = did_o && !did_d && key == kd;
      if (is_origin) {
        boarding += persons;
        did_o = true;
        if (old == nullptr) ++ins.new_stops;
      } else if (is_destination) {
        alighting += persons;
        did_d = true;
        if (old == nullptr) ++ins.new_stops;
      }
      const int floor = old != nullptr ? old->floor : is_origin ? origin.value() : destination;
      const Tick arrival = walk.Visit(key, floor, boarding, alighting);
      if (old != nullptr) {
        ins.delay += (arrival - old->arrival) * (old->alighting + old->waiting_unknown);
      }
      if (is_origin) {
        origin_arrival = arrival;
        ins.on_current_stop = key == StartKey() && doors_open_;
      }
      if (is_destination) destination_arrival = arrival;
      load += boarding - alighting;
      // A landing call's persons board on this pass whatever the car holds.
      if (kd < 0 && is_origin && load > max_load_) over = true;
      if (did_o && key / n_ == pass) ++ins.stops_on_pass;
    }
    ins.wait = origin_arrival;
    ins.ride = destination >= 0 ? destination_arrival - origin_arrival : 0;
    ins.over_capacity = over;
  }
  return ins;
}

}  // namespace hoistway::dispatch
