// What `hoistway size` chooses from: standard rated loads and speeds, the
// car performance assumed at each speed, and the cost proxy that ranks the
// designs. The assumptions are stated here and in docs/rtt.md.
#pragma once

#include <vector>

#include "analysis/car_timing.h"
#include "core/building.h"

namespace hoistway {

// Rated loads (kg) of the ISO 8100-32 / ISO 4190-1 passenger lift series.
inline const std::vector<double>& StandardRatedLoadsKg() {
  static const std::vector<double> loads = {630, 800, 1000, 1275, 1350, 1600, 1800, 2000, 2500};
  return loads;
}

// Rated speeds (m/s): the ISO 4190-1 steps up to 4 m/s, then whole numbers to 10 m/s.
inline const std::vector<double>& StandardSpeedsMps() {
  static const std::vector<double> speeds = {1.0, 1.6, 1.75, 2.0, 2.5, 3.0, 3.5,
                                             4.0, 5.0, 6.0,  7.0, 8.0, 9.0, 10.0};
  return speeds;
}

// Rated persons of a rated load: floor(kg / 75), as spec/building.md and EN 81-20 count them.
int PersonsForRatedLoad(double rated_load_kg);

// The least acceleration and jerk assumed for a speed class: faster lifts
// need more of both to make use of their speed. These are our assumptions,
// within the ranges usual for passenger lifts of each band:
//   v < 2.5 m/s: the building's values; 2.5-4 m/s: 0.9 m/s^2, 1.2 m/s^3;
//   5-6 m/s: 1.0, 1.4; 7-10 m/s: 1.2, 1.6.
struct SpeedClass {
  double min_acceleration_mps2 = 0.0;
  double min_jerk_mps3 = 0.0;
};
SpeedClass SpeedClassFor(double speed_mps);

// The times of a candidate car: the building's car (`base`) with the rated
// speed replaced, acceleration and jerk raised to the speed class's minimum,
// and door and transfer times kept (they depend on the door and the people,
// not the speed).
CarTiming DesignCarTiming(const CarSpec& base, double speed_mps);

// The cost proxy of a group: cars x (1 + 0.6 Q/1000 + 0.2 v), in units of
// roughly "one basic lift". A fixed part per car (shaft, landing doors,
// controller), a part growing with rated load Q in kg (car, shaft area,
// machine) and one growing with rated speed v in m/s (machine, drive, guide
// rails). It ranks designs; it is not a price.
double CostProxy(double rated_load_kg, double speed_mps, int cars);

}  // namespace hoistway
