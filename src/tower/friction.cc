#include "tower/friction.h"

#include <cmath>
#include <numbers>

namespace hoistway::tower {
namespace {

double Radians(double degrees) {
  return degrees * std::numbers::pi / 180.0;
}

}  // namespace

double MuEmergencyBraking(double rope_speed_mps) {
  return 0.1 / (1.0 + std::fabs(rope_speed_mps) / 10.0);
}

double FrictionFactor(const GrooveSpec& groove, double mu) {
  if (groove.type == GrooveType::kV) {
    return mu / std::sin(Radians(groove.angle_deg) / 2.0);
  }
  const double gamma = Radians(groove.seat_angle_deg);
  const double beta =
      groove.type == GrooveType::kUndercutU ? Radians(groove.undercut_angle_deg) : 0.0;
  const double numerator = 4.0 * (std::cos(gamma / 2.0) - std::sin(beta / 2.0));
  const double denominator = std::numbers::pi - beta - gamma - std::sin(beta) + std::sin(gamma);
  if (denominator <= 0.0) return std::nan("");
  return mu * numerator / denominator;
}

double TractionLimit(const GrooveSpec& groove, double mu, double wrap_angle_deg) {
  return std::exp(FrictionFactor(groove, mu) * Radians(wrap_angle_deg));
}

}  // namespace hoistway::tower
