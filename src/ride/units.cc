#include "ride/units.h"

namespace hoistway::ride {

double ToMps2(AccelerationUnit unit) {
  switch (unit) {
    case AccelerationUnit::kMilliG:
      return kMilliGInMps2;
    case AccelerationUnit::kG:
      return kStandardGravityMps2;
    case AccelerationUnit::kMetresPerSecondSquared:
      break;
  }
  return 1.0;
}

std::string_view UnitName(AccelerationUnit unit) {
  switch (unit) {
    case AccelerationUnit::kMilliG:
      return "mg";
    case AccelerationUnit::kG:
      return "g";
    case AccelerationUnit::kMetresPerSecondSquared:
      break;
  }
  return "m/s^2";
}

}  // namespace hoistway::ride
