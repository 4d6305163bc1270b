// The narrow window through which a dispatcher sees one lift group: cars,
// registered landing calls, timings and a clock. Read-only, valid only
// during the dispatcher call it is passed to.
#pragma once

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

class GroupView {
 public:
  GroupView(Tick now, GroupId id, const std::vector<CarState>& cars, const FlightTable& flights,
            const CarTimes& times, const std::vector<FloorIndex>& served,
            const std::vector<std::uint8_t>& serves_floor,
            const std::vector<LandingCallState>& calls)
      : now_(now),
        id_(id),
        cars_(cars),
        flights_(flights),
        times_(times),
        served_(served),
        serves_floor_(serves_floor),
        calls_(calls) {}

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

 private:
  Tick now_;
  GroupId id_;
  const std::vector<CarState>& cars_;
  const FlightTable& flights_;
  const CarTimes& times_;
  const std::vector<FloorIndex>& served_;
  const std::vector<std::uint8_t>& serves_floor_;
  const std::vector<LandingCallState>& calls_;
};

}  // namespace hoistway
