// Units of the acceleration channels of a ride-quality recording.
#pragma once

#include <string_view>

namespace hoistway::ride {

// Standard acceleration of gravity g_n (ISO 80000-3:2019, item 3-9.1; 3rd CGPM, 1901).
inline constexpr double kStandardGravityMps2 = 9.80665;
// One milli-g in m/s^2.
inline constexpr double kMilliGInMps2 = kStandardGravityMps2 / 1000.0;

enum class AccelerationUnit {
  kMilliG,                  // mg, as the EVA instruments write
  kMetresPerSecondSquared,  // m/s^2, as phone apps write
  kG,                       // g (multiples of g_n)
};

// Multiply a value in `unit` by this to get m/s^2.
double ToMps2(AccelerationUnit unit);

// "mg", "m/s^2" or "g".
std::string_view UnitName(AccelerationUnit unit);

}  // namespace hoistway::ride
