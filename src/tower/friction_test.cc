// The friction factor of EN 81-50 5.11.2.2 against worked values (the
// arithmetic is written out beside each), and against the pressure
// distribution the formula comes from, integrated numerically.
#include "tower/friction.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace hoistway::tower {
namespace {

constexpr double kPi = std::numbers::pi;

GrooveSpec V(double gamma) {
  return {GrooveType::kV, gamma, 0.0, 0.0};
}
GrooveSpec U(double gamma) {
  return {GrooveType::kU, 0.0, gamma, 0.0};
}
GrooveSpec Undercut(double gamma, double beta) {
  return {GrooveType::kUndercutU, 0.0, gamma, beta};
}

TEST(FrictionTest, VGrooveWorkedValues) {
  // gamma 40: f = 0.1 / sin 20 = 0.1 / 0.342020 = 0.292380; e^(f pi) = 2.505630
  EXPECT_NEAR(FrictionFactor(V(40), 0.1), 0.292380, 1e-6);
  EXPECT_NEAR(TractionLimit(V(40), 0.1, 180), 2.505630, 1e-5);
  // gamma 35: f = 0.1 / sin 17.5 = 0.1 / 0.300706 = 0.332551
  EXPECT_NEAR(FrictionFactor(V(35), 0.1), 0.332551, 1e-6);
  // gamma 45 at mu 0.2, wrap 160: f = 0.2 / 0.382683 = 0.522625; e^(0.522625 * 2.792527) = 4.301
  EXPECT_NEAR(TractionLimit(V(45), 0.2, 160), std::exp(0.522625 * 2.7925268), 1e-4);
}

TEST(FrictionTest, UGrooveWorkedValues) {
  // gamma 30, beta 0: 4 cos 15 = 3.863703; pi - 0.523599 + sin 30 = 3.117994;
  // f = 0.1 * 3.863703 / 3.117994 = 0.123916
  EXPECT_NEAR(FrictionFactor(U(30), 0.1), 0.123916, 1e-6);
  // gamma 25: 4 cos 12.5 = 3.905185; pi - 0.436332 + 0.422618 = 3.127879; f = 0.124851
  EXPECT_NEAR(FrictionFactor(U(25), 0.1), 0.124851, 1e-6);
}

TEST(FrictionTest, UndercutGrooveWorkedValues) {
  // gamma 30, beta 96: 4 (cos 15 - sin 48) = 4 (0.965926 - 0.743145) = 0.891124;
  // pi - 1.675516 - 0.523599 - sin 96 + sin 30 = 3.141593 - 1.675516 - 0.523599 - 0.994522 + 0.5
  // = 0.447956; f = 0.1 * 0.891124 / 0.447956 = 0.198931
  EXPECT_NEAR(FrictionFactor(Undercut(30, 96), 0.1), 0.198931, 1e-5);
  // gamma 30, beta 90: 4 (0.965926 - 0.707107) = 1.035276; pi - 1.570796 - 0.523599 - 1 + 0.5
  // = 0.547198; f = 0.1 * 1.035276 / 0.547198 = 0.189196
  EXPECT_NEAR(FrictionFactor(Undercut(30, 90), 0.1), 0.189196, 1e-5);
  // An undercut grips more than the plain U groove of the same seat.
  EXPECT_GT(FrictionFactor(Undercut(30, 60), 0.1), FrictionFactor(U(30), 0.1));
}

// The formula is mu times the ratio of the integral of a pressure p(phi) =
// cos(phi) over the contact to that of its radial component, the contact
// running from beta/2 to (pi - gamma)/2 either side of the groove's bottom.
double IntegratedFactor(double gamma_deg, double beta_deg, double mu) {
  const double from = beta_deg * kPi / 360.0;
  const double to = (kPi - gamma_deg * kPi / 180.0) / 2.0;
  constexpr int kSlices = 20000;
  double pressure = 0.0, radial = 0.0;
  for (int i = 0; i < kSlices; ++i) {
    const double phi = from + (i + 0.5) * (to - from) / kSlices;
    pressure += std::cos(phi);
    radial += std::cos(phi) * std::cos(phi);
  }
  return mu * pressure / radial;
}

TEST(FrictionTest, AgreesWithThePressureIntegral) {
  for (double gamma : {25.0, 30.0, 35.0, 45.0}) {
    for (double beta : {0.0, 75.0, 90.0, 96.0, 105.0}) {
      const GrooveSpec g = beta == 0.0 ? U(gamma) : Undercut(gamma, beta);
      EXPECT_NEAR(FrictionFactor(g, 0.1), IntegratedFactor(gamma, beta, 0.1), 1e-6)
          << "gamma " << gamma << " beta " << beta;
    }
  }
}

TEST(FrictionTest, EmergencyBrakingMuFallsWithRopeSpeed) {
  EXPECT_DOUBLE_EQ(MuEmergencyBraking(0.0), 0.1);
  EXPECT_NEAR(MuEmergencyBraking(1.0), 0.1 / 1.1, 1e-12);
  EXPECT_NEAR(MuEmergencyBraking(3.2), 0.1 / 1.32, 1e-12);  // 2:1 at 1.6 m/s
}

}  // namespace
}  // namespace hoistway::tower
