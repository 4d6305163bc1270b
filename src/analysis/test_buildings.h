// Buildings built in code for the analysis tests (test-only header).
#pragma once

#include <string>
#include <vector>

#include "core/building.h"

namespace hoistway::testing {

// A car as the validation cases describe it (rtt-A.yaml).
inline CarSpec ValidationCar(int persons, double speed, double door_open, double door_close,
                             double start_delay) {
  CarSpec car;
  car.capacity_persons = persons;
  car.rated_speed_mps = speed;
  car.acceleration_mps2 = 1.0;
  car.jerk_mps3 = 1.5;
  car.door_open_s = door_open;
  car.door_close_s = door_close;
  car.start_delay_s = start_delay;
  car.loading_s = 1.2;
  car.unloading_s = 1.2;
  return car;
}

// Sets level_m from the heights, bottom to top.
inline void DeriveLevels(Building& b) {
  double level = 0.0;
  for (FloorSpec& f : b.floors) {
    f.level_m = level;
    level += f.height_m;
  }
}

// An entrance floor G and `above` floors of `height` m with `population` each,
// one group of `cars` cars of `car`, serving every floor.
inline Building UniformBuilding(int above, double height, double population, int cars,
                                const CarSpec& car) {
  Building b;
  b.name = "uniform";
  b.floors.push_back({"G", height, 0.0, 0.0, true, 1.0});
  for (int i = 1; i <= above; ++i) {
    b.floors.push_back({std::to_string(i), height, 0.0, population, false, 1.0});
  }
  DeriveLevels(b);
  b.main_entrance = FloorIndex(0);
  GroupSpec g;
  g.name = "A";
  g.cars = cars;
  g.car = car;
  for (int i = 0; i <= above; ++i) g.serves.push_back(FloorIndex(i));
  b.groups.push_back(g);
  b.traffic.periods.push_back({3600.0, 12.0, 100.0, 0.0, 0.0});
  b.analysis.capacity_factor = 0.8;
  return b;
}

// tests/data/validation/rtt/rtt-A.yaml
inline Building RttCaseA() {
  return UniformBuilding(10, 3.3, 80, 4, ValidationCar(16, 1.6, 2.0, 3.0, 0.0));
}
// tests/data/validation/rtt/rtt-B.yaml
inline Building RttCaseB() {
  return UniformBuilding(16, 4.0, 100, 6, ValidationCar(21, 2.5, 1.8, 2.9, 0.5));
}

}  // namespace hoistway::testing
