#include "kinematics/motion_profile.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "kinematics/flight_table.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

// Published flight times (tests/data/validation/kinematics.csv, from the
// closed-form regimes of Peters, ELEVCON 1995): must match to 1 ms.
TEST(MotionProfileTest, MatchesPublishedFlightTimes) {
  const auto rows = testing::ReadCsv(testing::DataPath("validation/kinematics.csv"));
  ASSERT_GE(rows.size(), 16u);
  for (const auto& row : rows) {
    const double d = std::stod(row.at("distance_m"));
    const MotionLimits limits{std::stod(row.at("rated_speed_mps")),
                              std::stod(row.at("acceleration_mps2")),
                              std::stod(row.at("jerk_mps3"))};
    const double expected = std::stod(row.at("flight_time_s"));
    const MotionProfile p = MotionProfile::RestToRest(d, limits);
    EXPECT_NEAR(p.FlightTime(), expected, 0.001)
        << "D=" << d << " v=" << limits.speed_mps << " a=" << limits.acceleration_mps2
        << " j=" << limits.jerk_mps3;
  }
}

// Integrating the profile numerically must give the same distance, and the
// motion must stay within the limits, start and end at rest, and be
// continuous in position, velocity and acceleration.
TEST(MotionProfileTest, ProfileIsConsistentInEveryRegime) {
  const MotionLimits limits_set[] = {
      {1.6, 1.0, 1.5}, {6.0, 1.2, 1.8}, {0.4, 1.0, 1.0}, {2.5, 1.0, 1.0}, {1.0, 0.4, 1.4}};
  const double distances[] = {0.05, 0.5, 3.3, 4.0, 10.0, 33.0, 100.0};
  for (const MotionLimits& limits : limits_set) {
    for (double d : distances) {
      const MotionProfile p = MotionProfile::RestToRest(d, limits);
      const double T = p.FlightTime();
      constexpr int kSteps = 20000;
      const double dt = T / kSteps;
      double x = 0.0;
      MotionState prev = p.At(0.0);
      EXPECT_DOUBLE_EQ(prev.velocity_mps, 0.0);
      for (int i = 1; i <= kSteps; ++i) {
        const MotionState s = p.At(i * dt);
        x += 0.5 * (prev.velocity_mps + s.velocity_mps) * dt;  // trapezoid
        ASSERT_LE(s.velocity_mps, limits.speed_mps + 1e-9);
        ASSERT_LE(std::fabs(s.acceleration_mps2), limits.acceleration_mps2 + 1e-9);
        ASSERT_NEAR(s.velocity_mps, prev.velocity_mps, limits.acceleration_mps2 * dt + 1e-9);
        prev = s;
      }
      EXPECT_NEAR(x, d, 1e-4 * std::max(1.0, d)) << "D=" << d;
      EXPECT_NEAR(p.At(T).position_m, d, 1e-9);
      EXPECT_NEAR(p.At(T).velocity_mps, 0.0, 1e-9);
      EXPECT_NEAR(p.At(T).acceleration_mps2, 0.0, 1e-9);
    }
  }
}

TEST(MotionProfileTest, RegimesAreClassified) {
  EXPECT_EQ(MotionProfile::RestToRest(100.0, {6.0, 1.2, 1.8}).regime(),
            MotionRegime::kFullSpeedFullAcceleration);
  EXPECT_EQ(MotionProfile::RestToRest(3.3, {1.6, 1.0, 1.5}).regime(),
            MotionRegime::kFullAccelerationOnly);
  EXPECT_EQ(MotionProfile::RestToRest(3.5, {0.4, 1.0, 1.0}).regime(), MotionRegime::kFullSpeedOnly);
  EXPECT_EQ(MotionProfile::RestToRest(0.05, {1.0, 1.0, 1.0}).regime(), MotionRegime::kNeither);
}

// A shorter trip follows a longer one exactly until its commit time, and
// leaves it right after: the basis of re-targeting a moving car.
TEST(MotionProfileTest, ShorterTripsShareTheCurveUntilCommit) {
  const MotionLimits limits{2.5, 1.0, 1.5};
  for (double shorter : {0.4, 2.0, 4.0, 12.0}) {
    const MotionProfile a = MotionProfile::RestToRest(shorter, limits);
    const MotionProfile b = MotionProfile::RestToRest(40.0, limits);
    const double commit = a.CommitTime();
    for (double t = 0.0; t <= commit; t += commit / 50.0) {
      ASSERT_NEAR(a.At(t).position_m, b.At(t).position_m, 1e-9) << "D=" << shorter;
      ASSERT_NEAR(a.At(t).velocity_mps, b.At(t).velocity_mps, 1e-9);
    }
    const double after = commit + 0.05;
    EXPECT_GT(std::fabs(a.At(after).acceleration_mps2 - b.At(after).acceleration_mps2), 1e-3)
        << "D=" << shorter;
  }
}

TEST(FlightTableTest, SymmetricAndZeroOnDiagonal) {
  FlightTable table({0.0, 4.0, 8.0, 12.5}, {2.5, 1.0, 1.5});
  EXPECT_EQ(table.Flight(FloorIndex(1), FloorIndex(1)), 0);
  EXPECT_EQ(table.Flight(FloorIndex(0), FloorIndex(1)), 4722);  // 4.7218 s
  EXPECT_EQ(table.Flight(FloorIndex(3), FloorIndex(0)), table.Flight(FloorIndex(0), FloorIndex(3)));
  EXPECT_LT(table.Commit(FloorIndex(0), FloorIndex(3)), table.Flight(FloorIndex(0), FloorIndex(3)));
}

}  // namespace
}  // namespace hoistway
