#include "dispatch/eta.h"

#include <gtest/gtest.h>

#include <vector>

#include "dispatch/collective.h"
#include "dispatch/group_test_fixture.h"

namespace hoistway::dispatch {
namespace {

using EtaTest = GroupTest;

TEST_F(EtaTest, IdleCarGoesStraightThere) {
  cars_ = {Car(CarPhase::kIdle, 0)};
  const LandingCall call{FloorIndex(5), Direction::kUp, 0};
  EXPECT_EQ(EstimateArrival(View(), CarId(0), call), times_.start_delay + Flight(0, 5));
  cars_ = {Car(CarPhase::kIdle, 5)};
  EXPECT_EQ(EstimateArrival(View(), CarId(0), call), 0);
}

TEST_F(EtaTest, StopsOnTheWayEachCostAStop) {
  CarState car = Car(CarPhase::kOpen, 2, Direction::kUp);
  car.phase_end = 1000;  // doors close in 1 s
  car.stops[6] = kCarCall;
  cars_ = {car};
  const Tick leave = 1000 + times_.door_close + times_.start_delay;
  EXPECT_EQ(EstimateArrival(View(), CarId(0), {FloorIndex(8), Direction::kUp, 0}),
            leave + Flight(2, 6) + Stop() + Flight(6, 8));
  // A down call below the furthest stop is served after reversing there.
  EXPECT_EQ(EstimateArrival(View(), CarId(0), {FloorIndex(4), Direction::kDown, 0}),
            leave + Flight(2, 6) + Stop() + Flight(6, 4));
  // A down call above every stop: the car turns at the call.
  EXPECT_EQ(EstimateArrival(View(), CarId(0), {FloorIndex(9), Direction::kDown, 0}),
            leave + Flight(2, 6) + Stop() + Flight(6, 9));
}

TEST_F(EtaTest, CallBehindTheCarNeedsAFullLoop) {
  CarState car = Car(CarPhase::kOpen, 5, Direction::kUp);
  car.phase_end = 0;
  car.stops[8] = kCarCall;
  cars_ = {car};
  const Tick leave = times_.door_close + times_.start_delay;
  // Up call at 2: up to 8, down to 2 (no stops below), then it can go up.
  EXPECT_EQ(EstimateArrival(View(), CarId(0), {FloorIndex(2), Direction::kUp, 0}),
            leave + Flight(5, 8) + Stop() + Flight(8, 2));
}

TEST_F(EtaTest, AFullCarCannotTakeACallOnItsPass) {
  CarState car = Car(CarPhase::kOpen, 1, Direction::kUp);
  car.phase_end = 0;
  car.stops[9] = kCarCall;
  car.load = car.max_load;
  cars_ = {car};
  const LandingCall call{FloorIndex(5), Direction::kUp, 0};
  CarState roomy = car;
  roomy.load = 0;
  const Tick full_eta = EstimateArrival(View(), CarId(0), call);
  cars_ = {roomy};
  EXPECT_GT(full_eta, EstimateArrival(View(), CarId(0), call));
}

TEST_F(EtaTest, CollectiveChoosesTheSoonestAndKeepsTiesWithTheAssignedCar) {
  cars_ = {Car(CarPhase::kIdle, 0), Car(CarPhase::kIdle, 6), Car(CarPhase::kIdle, 4)};
  CollectiveDispatcher d;
  const LandingCall call{FloorIndex(5), Direction::kUp, 0};
  // Cars at 4 and 6 are equally far (one floor): the lower number wins...
  EXPECT_EQ(d.AssignLandingCall(View(), call), CarId(1));
  // ...unless the other one already has the call.
  calls_[5 * 2].registered = true;
  calls_[5 * 2].assigned_car = 2;
  EXPECT_EQ(d.AssignLandingCall(View(), call), CarId(2));
  // Cars out of service are never chosen; with none in service, kNoCar.
  for (CarState& c : cars_) c.in_service = false;
  EXPECT_EQ(d.AssignLandingCall(View(), call), kNoCar);
}

}  // namespace
}  // namespace hoistway::dispatch
