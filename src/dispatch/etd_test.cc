#include "dispatch/etd.h"

#include <gtest/gtest.h>

#include "dispatch/collective.h"
#include "dispatch/group_test_fixture.h"

namespace hoistway::dispatch {
namespace {

class EtdTest : public GroupTest {
 protected:
  Tick Cost(int car, const DestinationCall& call) {
    return EtdCost(View(), CarId(car), call, {}, route_);
  }
  CarRoute route_;
};

// Car 0 stands at the lobby with its doors open, four people allocated to
// floor 8; car 1 is idle at floor 10. A call from the lobby to 8 joins car 0
// (no wait, no new stop). A call to floor 2 would make car 0 stop on the way
// and delay those four: ETD fetches car 1 from floor 10 instead.
TEST_F(EtdTest, GroupsByDestinationAndSparesOthersAStop) {
  cars_ = {Car(CarPhase::kOpen, 0, Direction::kUp), Car(CarPhase::kIdle, 10)};
  cars_[0].phase_end = 2000;
  UseDestinationState();
  Allocate(0, 0, 8, 4);
  EtdDispatcher etd;
  const DestinationCall to8{FloorIndex(0), FloorIndex(8), 0, 1};
  const DestinationCall to2{FloorIndex(0), FloorIndex(2), 0, 1};
  EXPECT_EQ(etd.AssignDestinationCall(View(), to8), CarId(0));
  EXPECT_EQ(etd.AssignDestinationCall(View(), to2), CarId(1));
  // The costs are the new passenger's time to destination plus the others' delay.
  const GroupView view = View();
  route_.Build(view, CarId(0), to2.origin, Direction::kUp);
  const Insertion ins = route_.Insert(to2.origin, Direction::kUp, 2, 1);
  EXPECT_GT(ins.delay, 4 * (times_.door_open + times_.door_close));
  EXPECT_EQ(Cost(0, to2), ins.wait + ins.ride + ins.delay);
  EXPECT_LT(Cost(1, to2), Cost(0, to2));
  EXPECT_GT(Cost(1, to8), Cost(0, to8));
}

// A batch counts each of its persons' time to destination.
TEST_F(EtdTest, ABatchWeighsByItsSize) {
  cars_ = {Car(CarPhase::kIdle, 0)};
  UseDestinationState();
  const DestinationCall one{FloorIndex(0), FloorIndex(6), 0, 1};
  const DestinationCall three{FloorIndex(0), FloorIndex(6), 0, 3};
  const GroupView view = View();
  route_.Build(view, CarId(0), three.origin, Direction::kUp);
  const Insertion ins = route_.Insert(three.origin, Direction::kUp, 6, 3);
  EXPECT_EQ(Cost(0, three), 3 * (ins.wait + ins.ride));
  EXPECT_LT(Cost(0, one), Cost(0, three));
}

// Out of service: never chosen; none in service: kNoCar.
TEST_F(EtdTest, OnlyCarsInService) {
  cars_ = {Car(CarPhase::kIdle, 0), Car(CarPhase::kIdle, 5)};
  cars_[0].in_service = false;
  UseDestinationState();
  EtdDispatcher etd;
  const DestinationCall call{FloorIndex(0), FloorIndex(3), 0, 1};
  EXPECT_EQ(Cost(0, call), kNever);
  EXPECT_EQ(etd.AssignDestinationCall(View(), call), CarId(1));
  cars_[1].in_service = false;
  EXPECT_EQ(etd.AssignDestinationCall(View(), call), kNoCar);
}

// Up/down buttons and nobody committed to any car: the wait is all there is,
// so ETD chooses as collective control does.
TEST_F(EtdTest, WithoutDestinationsOrRidersItIsCollectiveControl) {
  cars_ = {Car(CarPhase::kIdle, 0), Car(CarPhase::kIdle, 8), Car(CarPhase::kIdle, 3)};
  EtdDispatcher etd;
  for (int floor = 0; floor <= 10; ++floor) {
    for (const Direction d : {Direction::kUp, Direction::kDown}) {
      const LandingCall call{FloorIndex(floor), d, 0};
      EXPECT_EQ(etd.AssignLandingCall(View(), call),
                CollectiveDispatcher().AssignLandingCall(View(), call))
          << floor;
    }
  }
}

// Up/down buttons: a loaded car about to pass the call floor costs its
// riders' delay; an idle car further away is chosen (as least_delay does).
TEST_F(EtdTest, LandingCallsWeighTheRidersDelay) {
  cars_ = {Car(CarPhase::kOpen, 4, Direction::kUp), Car(CarPhase::kIdle, 0)};
  UseDestinationState(false);
  Ride(0, 9, 8);
  const LandingCall call{FloorIndex(5), Direction::kUp, 0};
  ASSERT_EQ(CollectiveDispatcher().AssignLandingCall(View(), call), CarId(0));
  EXPECT_EQ(EtdDispatcher().AssignLandingCall(View(), call), CarId(1));
}

}  // namespace
}  // namespace hoistway::dispatch
