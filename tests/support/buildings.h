// Building descriptions made in code for unit tests (the loader has its own
// tests; these keep module tests independent of the YAML format).
#pragma once

#include <string>

#include "core/building.h"

namespace hoistway::testing {

struct UniformBuildingOptions {
  int floors_above_lobby = 10;
  double height_m = 4.0;
  double population_per_floor = 100.0;
  int cars = 4;
  int capacity = 16;
  double speed = 2.5;
  double acceleration = 1.0;
  double jerk = 1.5;
  double door_open = 1.8;
  double door_close = 2.9;
  double transfer = 1.2;
  double start_delay = 0.5;
  double loading_limit = 1.0;
  double duration_s = 3600.0;
  double rate_pct = 12.0;
  double incoming = 85.0;
  double outgoing = 5.0;
  double interfloor = 10.0;
};

// A lobby (entrance, population 0) and N equal upper floors, one group serving all.
inline Building MakeUniformBuilding(const UniformBuildingOptions& o = {}) {
  Building b;
  b.name = "test building";
  b.source = "test.yaml";
  double level = 0.0;
  for (int i = 0; i <= o.floors_above_lobby; ++i) {
    FloorSpec f;
    f.name = i == 0 ? "G" : std::to_string(i);
    f.height_m = o.height_m;
    f.level_m = level;
    level += o.height_m;
    f.population = i == 0 ? 0.0 : o.population_per_floor;
    f.entrance = i == 0;
    b.floors.push_back(f);
  }
  b.main_entrance = FloorIndex(0);
  GroupSpec g;
  g.name = "A";
  for (int i = 0; i <= o.floors_above_lobby; ++i) g.serves.push_back(FloorIndex(i));
  g.cars = o.cars;
  g.car.capacity_persons = o.capacity;
  g.car.rated_speed_mps = o.speed;
  g.car.acceleration_mps2 = o.acceleration;
  g.car.jerk_mps3 = o.jerk;
  g.car.door_open_s = o.door_open;
  g.car.door_close_s = o.door_close;
  g.car.start_delay_s = o.start_delay;
  g.car.loading_s = o.transfer;
  g.car.unloading_s = o.transfer;
  g.car.loading_limit = o.loading_limit;
  g.parking_floor = FloorIndex(0);
  b.groups.push_back(g);
  b.traffic.duration_s = o.duration_s;
  PeriodSpec p;
  p.duration_s = o.duration_s;
  p.rate_pct_per_5min = o.rate_pct;
  p.incoming_pct = o.incoming;
  p.outgoing_pct = o.outgoing;
  p.interfloor_pct = o.interfloor;
  b.traffic.periods.push_back(p);
  return b;
}

}  // namespace hoistway::testing
