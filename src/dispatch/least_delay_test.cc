#include "dispatch/least_delay.h"

#include <gtest/gtest.h>

#include "dispatch/collective.h"
#include "dispatch/group_test_fixture.h"

namespace hoistway::dispatch {
namespace {

using LeastDelayTest = GroupTest;

// Car 0 is about to leave floor 4 upwards with 8 people for floor 9; car 1
// stands empty at floor 0. An up call at floor 5 is sooner for car 0, so
// collective control sends it; the extra stop would delay all 8 riders by a
// stop each, so least-delay control sends car 1.
TEST_F(LeastDelayTest, SparesALoadedCarAStopThatAnIdleCarCanMake) {
  CarState loaded = Car(CarPhase::kOpen, 4, Direction::kUp);
  loaded.load = 8;
  loaded.stops[9] = kCarCall;
  cars_ = {loaded, Car(CarPhase::kIdle, 0)};
  const LandingCall call{FloorIndex(5), Direction::kUp, 0};
  const Tick eta0 = times_.door_close + times_.start_delay + Flight(4, 5);
  const Tick eta1 = times_.start_delay + Flight(0, 5);
  ASSERT_LT(eta0, eta1);               // the loaded car is sooner ...
  ASSERT_LT(eta1, eta0 + 8 * Stop());  // ... but not by 8 riders' delay
  EXPECT_EQ(LeastDelayCost(View(), CarId(0), call), eta0 + 8 * Stop());
  EXPECT_EQ(LeastDelayCost(View(), CarId(1), call), eta1);
  EXPECT_EQ(CollectiveDispatcher().AssignLandingCall(View(), call), CarId(0));
  EXPECT_EQ(LeastDelayDispatcher().AssignLandingCall(View(), call), CarId(1));
}

// Riders who alight before the call are not delayed; nor is anyone when the
// car stops there anyway.
TEST_F(LeastDelayTest, OnlyThoseStillAboardOrWaitingLaterAreDelayed) {
  CarState car = Car(CarPhase::kOpen, 4, Direction::kUp);
  car.load = 6;
  car.stops[5] = kCarCall;  // half the riders alight at 5, before the call at 7
  car.stops[9] = kCarCall;  // the other half at 9, after it
  cars_ = {car};
  const LandingCall call{FloorIndex(7), Direction::kUp, 0};
  const Tick eta = EstimateArrival(View(), CarId(0), call);
  EXPECT_EQ(LeastDelayCost(View(), CarId(0), call), eta + 3 * Stop());
  // Four people wait at an up call the car answers at floor 8: delayed too.
  cars_[0].stops[8] = kUpCall;
  calls_[8 * 2 + DirectionSlot(Direction::kUp)] = {true, 0, 0, 4};
  EXPECT_EQ(LeastDelayCost(View(), CarId(0), call), eta + 7 * Stop());
  // A car call at the call's floor: the car stops there anyway.
  cars_[0].stops[7] = kCarCall;
  EXPECT_EQ(LeastDelayCost(View(), CarId(0), call), EstimateArrival(View(), CarId(0), call));
}

// With nobody committed to any car it is collective control.
TEST_F(LeastDelayTest, EmptyCarsChooseAsCollectiveControl) {
  cars_ = {Car(CarPhase::kIdle, 0), Car(CarPhase::kIdle, 8), Car(CarPhase::kIdle, 3)};
  cars_[2].in_service = false;
  for (int floor = 0; floor <= 10; ++floor) {
    for (const Direction d : {Direction::kUp, Direction::kDown}) {
      const LandingCall call{FloorIndex(floor), d, 0};
      EXPECT_EQ(LeastDelayDispatcher().AssignLandingCall(View(), call),
                CollectiveDispatcher().AssignLandingCall(View(), call))
          << floor;
    }
  }
  EXPECT_EQ(LeastDelayCost(View(), CarId(2), {FloorIndex(3), Direction::kUp, 0}), kNever);
}

}  // namespace
}  // namespace hoistway::dispatch
