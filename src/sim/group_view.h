// The narrow window through which a dispatcher sees one lift group: cars,
// registered landing calls, destination calls allocated and not yet boarded,
// riders' destinations, timings and a clock. Read-only, valid only
// during the dispatcher call it is passed to.
#pragma once

#include <cstdint>
#include <vector>

#include "core/ids.h"
#include "core/sim_time.h"
#include "kinematics/flight_table.h"
#include "sim/car_state.h"
#include "sim/direction.h"

namespace hoistway {

// Car timings of a group, in ticks.
struct CarTimes {
  Tick door_open = 0;
  Tick door_close = 0;
  Tick door_dwell = 0;
  Tick advance_opening = 0;
  Tick start_delay = 0;
  Tick loading = 0;    // per passenger boarding
  Tick unloading = 0;  // per passenger alighting
};

struct LandingCallState {
  bool registered = false;
  Tick registered_at = 0;
  int assigned_car = -1;  // -1: no car (none available yet)
  int waiting = 0;        // persons queued (known to group controls with counting sensors)
};

struct LandingCall {
  FloorIndex floor;
  Direction direction = Direction::kUp;
  Tick registered_at = 0;
};

// A destination call allocated to a car whose passengers have not boarded
// yet (they wait at `origin` for that car).
struct Allocation {
  FloorIndex origin;
  FloorIndex destination;
  int persons = 0;
  Tick registered_at = 0;
};

// What destination control adds to a group's state (plug-in interface 2).
struct DestinationState {
  std::vector<std::uint8_t> panels;                  // per floor: 1 where a destination panel is
  std::vector<std::vector<Allocation>> allocations;  // per car, in the order they were made
  std::vector<std::int32_t> riders;  // per car x floor: persons aboard alighting there
};

class GroupView {
 public:
  GroupView(Tick now, GroupId id, const std::vector<CarState>& cars, const FlightTable& flights,
            const CarTimes& times, const std::vector<FloorIndex>& served,
            const std::vector<std::uint8_t>& serves_floor,
            const std::vector<LandingCallState>& calls,
            const DestinationState* destinations = nullptr)
      : now_(now),
        id_(id),
        cars_(cars),
        flights_(flights),
        times_(times),
        served_(served),
        serves_floor_(serves_floor),
        calls_(calls),
        destinations_(destinations) {}

  Tick now() const { return now_; }
  GroupId id() const { return id_; }
  int car_count() const { return static_cast<int>(cars_.size()); }
  const CarState& car(CarId c) const { return cars_[c.value()]; }
  const FlightTable& flights() const { return flights_; }
  const CarTimes& times() const { return times_; }
  // Floors this group serves, ascending.
  const std::vector<FloorIndex>& served_floors() const { return served_; }
  bool Serves(FloorIndex f) const { return serves_floor_[f.value()] != 0; }
  int floor_count() const { return static_cast<int>(serves_floor_.size()); }
  const LandingCallState& landing_call(FloorIndex f, Direction d) const {
    return calls_[static_cast<std::size_t>(f.value()) * 2 + DirectionSlot(d)];
  }

  // The first floor ahead at which the car can still stop: for a stationary
  // car its own floor; in flight, the nearest floor (towards its target)
  // whose stop it can still commit to, given jerk-limited motion. (Inline, as
  // is all of this class, so that dispatcher plug-ins need only headers.)
  FloorIndex NextStoppableFloor(CarId c) const {
    const CarState& car = cars_[c.value()];
    if (car.phase != CarPhase::kMoving) return car.floor;
    const Tick elapsed = now_ - car.depart_time;
    const int step = Step(car.direction);
    for (int f = car.floor.value() + step; f != car.target.value(); f += step) {
      if (serves_floor_[f] && elapsed <= flights_.Commit(car.floor, FloorIndex(f))) {
        return FloorIndex(f);
      }
    }
    return car.target;
  }

  // --- Since plug-in interface 2 (destination control). The members behind
  // these are appended, so plug-ins built for interface 1 still read the
  // ones above in place.

  // True when passengers key their destination at floor `f` (call_model
  // destination, or hybrid at its panel floors).
  bool HasDestinationPanel(FloorIndex f) const {
    return destinations_ != nullptr && !destinations_->panels.empty() &&
           destinations_->panels[static_cast<std::size_t>(f.value())] != 0;
  }
  // The destination calls allocated to car `c` whose passengers wait to board.
  const std::vector<Allocation>& allocations(CarId c) const {
    static const std::vector<Allocation> kNone;
    if (destinations_ == nullptr || destinations_->allocations.empty()) return kNone;
    return destinations_->allocations[static_cast<std::size_t>(c.value())];
  }
  // Persons aboard car `c` who alight at floor `f` (0 when unknown).
  int riders_to(CarId c, FloorIndex f) const {
    if (destinations_ == nullptr || destinations_->riders.empty()) return 0;
    return destinations_->riders[static_cast<std::size_t>(c.value()) * serves_floor_.size() +
                                 static_cast<std::size_t>(f.value())];
  }

 private:
  Tick now_;
  GroupId id_;
  const std::vector<CarState>& cars_;
  const FlightTable& flights_;
  const CarTimes& times_;
  const std::vector<FloorIndex>& served_;
  const std::vector<std::uint8_t>& serves_floor_;
  const std::vector<LandingCallState>& calls_;
  const DestinationState* destinations_;  // interface 2; may be null
};

}  // namespace hoistway
