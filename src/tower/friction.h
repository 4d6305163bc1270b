// Traction of the ropes on the sheave (EN 81-50:2020, 5.11): the friction
// factor of a groove and the tension ratio the ropes can carry without
// slipping (Euler-Eytelwein).
#pragma once

#include "tower/lift.h"

namespace hoistway::tower {

// Coefficients of friction of EN 81-50 5.11.2.1 (steel ropes on cast iron
// or steel sheaves).
inline constexpr double kMuLoading = 0.1;  // car loading (static)
inline constexpr double kMuStalled = 0.2;  // car stalled (counterweight on its buffer)
// Emergency braking: mu = 0.1 / (1 + v_rope / 10), v_rope in m/s.
double MuEmergencyBraking(double rope_speed_mps);

// The friction factor f of `groove` for a coefficient `mu` (EN 81-50
// 5.11.2.2): V groove (hardened) f = mu / sin(gamma/2); U and undercut
// grooves f = mu * 4 (cos(gamma/2) - sin(beta/2)) /
// (pi - beta - gamma - sin(beta) + sin(gamma)), gamma the seat angle and
// beta the undercut angle (0 for a U groove). NaN or <= 0 when the angles
// give no valid factor.
double FrictionFactor(const GrooveSpec& groove, double mu);

// e^(f alpha): the largest ratio T1/T2 of rope tensions either side of the
// sheave that friction carries, with alpha the wrap angle.
double TractionLimit(const GrooveSpec& groove, double mu, double wrap_angle_deg);

}  // namespace hoistway::tower
