#include "fleet/nominal_machine.h"

#include <gtest/gtest.h>

namespace hoistway::fleet {
namespace {

RunCommand Command(double at_s, double load = 300) {
  return {at_s, 0, 6, load, 12.0};
}

TEST(NominalMachineTest, NominalRunsAreNearTheirSpec) {
  NominalMachine machine({}, 7);
  double door_sum = 0, levelling_sum = 0;
  for (int i = 0; i < 1000; ++i) {
    RunOutcome out = machine.Run(Command(i * 30));
    EXPECT_EQ(out.failed_starts, 0);
    EXPECT_EQ(out.door_close_attempts, 1);
    EXPECT_FALSE(out.stuck || out.doors_jammed || out.door_lock_fault);
    EXPECT_NEAR(out.duration_s, 12.0, 0.7);
    EXPECT_LE(out.max_speed_mps, 1.6);
    door_sum += out.door_close_s;
    levelling_sum += std::abs(out.levelling_error_mm);
  }
  EXPECT_NEAR(door_sum / 1000, 3.0, 0.02);
  EXPECT_NEAR(levelling_sum / 1000, 1.2, 0.2);  // E|N(0, 1.5)| = 1.5 sqrt(2/pi)
}

TEST(NominalMachineTest, DoorOperatorDriftGrowsFromItsStart) {
  NominalMachine machine({}, 7);
  ASSERT_TRUE(machine.InjectFault("door_operator_drift", 3000).ok());
  EXPECT_NEAR(machine.Run(Command(100)).door_close_s, 3.0, 0.3);
  RunOutcome out;
  int faults = 0;
  for (int i = 0; i < 200; ++i) {
    out = machine.Run(Command(3000 + i * 30));
    if (out.door_close_attempts > 1) ++faults;
  }
  EXPECT_NEAR(out.door_close_s, 3.0 + 0.02 * 199, 0.3);
  EXPECT_GT(faults, 5);  // past +40 % (after about 60 runs), one run in four
}

TEST(NominalMachineTest, StartRelayFailsAboutOneStartInTwelve) {
  NominalMachine machine({}, 11);
  ASSERT_TRUE(machine.InjectFault("start_relay", 0).ok());
  int failures = 0;
  for (int i = 0; i < 1200; ++i) failures += machine.Run(Command(i)).failed_starts;
  EXPECT_GT(failures, 60);
  EXPECT_LT(failures, 150);
}

TEST(NominalMachineTest, StuckCarNeedsSomeoneAboardAndHappensOnce) {
  NominalMachine machine({}, 3);
  ASSERT_TRUE(machine.InjectFault("stuck_car", 10).ok());
  EXPECT_FALSE(machine.Run(Command(5)).stuck);      // before the fault
  EXPECT_FALSE(machine.Run(Command(20, 0)).stuck);  // empty car
  EXPECT_TRUE(machine.Run(Command(30)).stuck);
  EXPECT_FALSE(machine.Run(Command(40)).stuck);
}

TEST(NominalMachineTest, UnknownFaultIsNotFoundAndTheSameSeedGivesTheSameRuns) {
  NominalMachine a({}, 5), b({}, 5), c({}, 6);
  EXPECT_EQ(a.InjectFault("flux_capacitor", 0).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(a.Faults().size(), 6u);
  bool differ = false;
  for (int i = 0; i < 50; ++i) {
    const RunOutcome x = a.Run(Command(i)), y = b.Run(Command(i)), z = c.Run(Command(i));
    EXPECT_EQ(x.door_close_s, y.door_close_s);
    EXPECT_EQ(x.levelling_error_mm, y.levelling_error_mm);
    differ |= x.levelling_error_mm != z.levelling_error_mm;
  }
  EXPECT_TRUE(differ);
}

}  // namespace
}  // namespace hoistway::fleet
