#include "dispatch/aca.h"

#include <gtest/gtest.h>

#include "dispatch/group_test_fixture.h"

namespace hoistway::dispatch {
namespace {

using AcaTest = GroupTest;

// ten floors above the lobby, L cars: max(2, ceil(10 / L) + 1) stops a trip.
TEST_F(AcaTest, TheStopCapFollowsFloorsPerCar) {
  cars_.assign(4, Car(CarPhase::kIdle, 0));
  EXPECT_EQ(AcaStopCap(View(), FloorIndex(0)), 4);  // ceil(10 / 4) + 1
  cars_.assign(1, Car(CarPhase::kIdle, 0));
  EXPECT_EQ(AcaStopCap(View(), FloorIndex(0)), 11);
  cars_.assign(20, Car(CarPhase::kIdle, 0));
  EXPECT_EQ(AcaStopCap(View(), FloorIndex(0)), 2);
  EXPECT_EQ(AcaStopCap(View(), FloorIndex(10)), 2);  // nothing above the top floor
}

// Car 0 stands at the lobby with its doors open and a trip stopping at 2, 4
// and 6; car 1 is at floor 10, its doors open for 8 s more (cars 2 and 3
// are out of service; with 4
// cars the cap is ceil(10 / 4) + 1 = 4 stops). A call to 9 is cheapest on
// car 0 by cost alone, but would be its trip's fifth stop: ACA fetches car 1.
// A call to 4 adds no stop and joins car 0.
TEST_F(AcaTest, ACappedTripTakesNoNewStop) {
  cars_ = {Car(CarPhase::kOpen, 0, Direction::kUp), Car(CarPhase::kOpen, 10, Direction::kDown),
           Car(CarPhase::kIdle, 5), Car(CarPhase::kIdle, 5)};
  cars_[0].phase_end = 2000;
  cars_[1].phase_end = 8000;
  cars_[2].in_service = false;
  cars_[3].in_service = false;
  UseDestinationState();
  Allocate(0, 0, 2, 1);
  Allocate(0, 0, 4, 1);
  Allocate(0, 0, 6, 1);
  ASSERT_EQ(AcaStopCap(View(), FloorIndex(0)), 4);
  const DestinationCall to9{FloorIndex(0), FloorIndex(9), 0, 1};
  CarRoute route;
  ASSERT_LT(AcaCost(View(), CarId(0), to9, {}, false, route),
            AcaCost(View(), CarId(1), to9, {}, false, route));
  AcaDispatcher aca(FloorIndex(0));
  EXPECT_EQ(aca.AssignDestinationCall(View(), to9), CarId(1));
  EXPECT_EQ(aca.AssignDestinationCall(View(), {FloorIndex(0), FloorIndex(4), 0, 1}), CarId(0));
}

// The cost: journey time, a penalty per second of wait beyond the limit,
// and one per stop added.
TEST_F(AcaTest, TheCostFunction) {
  cars_ = {Car(CarPhase::kIdle, 10)};
  UseDestinationState();
  const DestinationCall call{FloorIndex(0), FloorIndex(5), 0, 2};
  CarRoute route;
  const GroupView view = View();
  route.Build(view, CarId(0), call.origin, Direction::kUp);
  const Insertion ins = route.Insert(call.origin, Direction::kUp, 5, 2);
  AcaParameters p;
  p.max_wait = 5000;  // the car needs longer than 5 s to come down
  ASSERT_GT(ins.wait, p.max_wait);
  const Tick expected =
      2 * (ins.wait + ins.ride) + 2 * 2 * (ins.wait - p.max_wait) + 2 * p.stop_penalty;
  EXPECT_EQ(AcaCost(View(), CarId(0), call, p, true, route), expected);
}

}  // namespace
}  // namespace hoistway::dispatch
