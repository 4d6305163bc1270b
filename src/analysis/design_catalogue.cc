#include "analysis/design_catalogue.h"

#include <algorithm>
#include <cmath>

namespace hoistway {
namespace {

constexpr double kPersonMassKg = 75.0;  // EN 81-20: one person per 75 kg of rated load

constexpr double kCostPerCar = 1.0;
constexpr double kCostPerTonne = 0.6;
constexpr double kCostPerMps = 0.2;

}  // namespace

int PersonsForRatedLoad(double rated_load_kg) {
  return static_cast<int>(std::floor(rated_load_kg / kPersonMassKg + 1e-9));
}

SpeedClass SpeedClassFor(double speed_mps) {
  if (speed_mps < 2.5) return {0.0, 0.0};
  if (speed_mps <= 4.0) return {0.9, 1.2};
  if (speed_mps <= 6.0) return {1.0, 1.4};
  return {1.2, 1.6};
}

CarTiming DesignCarTiming(const CarSpec& base, double speed_mps) {
  CarTiming t = CarTimingFor(base);
  const SpeedClass c = SpeedClassFor(speed_mps);
  t.limits.speed_mps = speed_mps;
  t.limits.acceleration_mps2 = std::max(base.acceleration_mps2, c.min_acceleration_mps2);
  t.limits.jerk_mps3 = std::max(base.jerk_mps3, c.min_jerk_mps3);
  return t;
}

double CostProxy(double rated_load_kg, double speed_mps, int cars) {
  return cars * (kCostPerCar + kCostPerTonne * rated_load_kg / 1000.0 + kCostPerMps * speed_mps);
}

}  // namespace hoistway
