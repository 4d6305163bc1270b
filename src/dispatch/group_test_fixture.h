// A lift group for dispatcher tests: eleven floors 4 m apart, one car type,
// timings in ticks; tests fill `cars_` and `calls_` and take a View().
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "dispatch/eta.h"
#include "sim/group_view.h"

namespace hoistway::dispatch {

class GroupTest : public ::testing::Test {
 protected:
  GroupTest() {
    std::vector<double> levels;
    for (int f = 0; f <= 10; ++f) {
      levels.push_back(4.0 * f);
      served_.push_back(FloorIndex(f));
    }
    flights_ = FlightTable(levels, {2.5, 1.0, 1.5});
    serves_.assign(11, 1);
    calls_.assign(22, {});
    times_.door_open = 2000;
    times_.door_close = 3000;
    times_.start_delay = 500;
    times_.loading = 1000;
    times_.unloading = 1000;
  }
  CarState Car(CarPhase phase, int floor, Direction dir = Direction::kNone) {
    CarState c;
    c.phase = phase;
    c.floor = FloorIndex(floor);
    c.target = FloorIndex(floor);
    c.direction = dir;
    c.lantern = dir;
    c.max_load = 10;
    c.stops.assign(11, 0);
    return c;
  }
  GroupView View(Tick now = 0) {
    return GroupView(now, GroupId(0), cars_, flights_, times_, served_, serves_, calls_, &dcs_);
  }
  // Room for allocations and riders of the cars added so far, with
  // destination panels at every floor or (false) none.
  void UseDestinationState(bool panels = true) {
    dcs_.panels.assign(11, panels ? 1 : 0);
    dcs_.allocations.assign(cars_.size(), {});
    dcs_.riders.assign(cars_.size() * 11, 0);
  }
  // `persons` allocated to car `c`, waiting at `from` to go to `to`.
  void Allocate(int c, int from, int to, int persons) {
    dcs_.allocations[static_cast<std::size_t>(c)].push_back(
        {FloorIndex(from), FloorIndex(to), persons, 0});
    cars_[static_cast<std::size_t>(c)].stops[static_cast<std::size_t>(from)] |=
        LandingCallBit(to > from ? Direction::kUp : Direction::kDown);
  }
  // `persons` riding in car `c` to `to`.
  void Ride(int c, int to, int persons) {
    dcs_.riders[static_cast<std::size_t>(c) * 11 + static_cast<std::size_t>(to)] += persons;
    cars_[static_cast<std::size_t>(c)].stops[static_cast<std::size_t>(to)] |= kCarCall;
    cars_[static_cast<std::size_t>(c)].load += persons;
  }
  Tick Flight(int a, int b) { return flights_.Flight(FloorIndex(a), FloorIndex(b)); }
  Tick Stop() { return TypicalStopTime(times_); }

  std::vector<CarState> cars_;
  FlightTable flights_;
  CarTimes times_;
  std::vector<FloorIndex> served_;
  std::vector<std::uint8_t> serves_;
  std::vector<LandingCallState> calls_;
  DestinationState dcs_;  // empty (no panels) unless a test asks for them
};

}  // namespace hoistway::dispatch
