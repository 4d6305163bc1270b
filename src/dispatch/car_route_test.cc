#include "dispatch/car_route.h"

#include <gtest/gtest.h>

#include "dispatch/group_test_fixture.h"

namespace hoistway::dispatch {
namespace {

// The fixture's times: doors 2 s open + 3 s close, start delay 0.5 s, no
// dwell, 1 s per passenger in or out. A stop's fixed part is 5.5 s.
constexpr Tick kFixedStop = 2000 + 3000 + 500;
constexpr Tick kPerPerson = 1000;

class CarRouteTest : public GroupTest {
 protected:
  Insertion Insert(int car, int from, int to, int persons, int max_stops = 0) {
    const Direction d = to > from ? Direction::kUp : Direction::kDown;
    // The route reads the view until Insert returns: it must outlive both.
    const GroupView view = View();
    route_.Build(view, CarId(car), FloorIndex(from), d);
    return route_.Insert(FloorIndex(from), d, to, persons, max_stops);
  }
  CarRoute route_;
};

// An idle car at the origin opens at once; the ride is its stop there (one
// passenger boarding) and the flight.
TEST_F(CarRouteTest, IdleCarAtTheOrigin) {
  cars_.push_back(Car(CarPhase::kIdle, 0));
  UseDestinationState();
  const Insertion ins = Insert(0, 0, 5, 1);
  EXPECT_EQ(ins.wait, 0);
  EXPECT_EQ(ins.ride, kFixedStop + kPerPerson + Flight(0, 5));
  EXPECT_EQ(ins.delay, 0);
  EXPECT_EQ(ins.new_stops, 2);
  EXPECT_EQ(ins.pass, 0);
}

// An idle car elsewhere pays its start delay and flight first; going down to
// fetch an up call, the pickup is on its second pass.
TEST_F(CarRouteTest, IdleCarElsewhereComesFirst) {
  cars_.push_back(Car(CarPhase::kIdle, 3));
  UseDestinationState();
  const Insertion ins = Insert(0, 0, 5, 1);
  EXPECT_EQ(ins.wait, 500 + Flight(3, 0));
  EXPECT_EQ(ins.ride, kFixedStop + kPerPerson + Flight(0, 5));
  EXPECT_EQ(ins.pass, 1);
}

// A new stop on the way delays the passenger already allocated beyond it by
// the extra boarding, the stop, and the broken flight.
TEST_F(CarRouteTest, ANewStopDelaysThoseBeyondIt) {
  cars_.push_back(Car(CarPhase::kIdle, 0));
  UseDestinationState();
  Allocate(0, 0, 8, 1);
  const Insertion ins = Insert(0, 0, 5, 1);
  EXPECT_EQ(ins.wait, 0);
  EXPECT_EQ(ins.ride, kFixedStop + 2 * kPerPerson + Flight(0, 5));
  EXPECT_EQ(ins.new_stops, 1);
  EXPECT_EQ(ins.delay,
            kPerPerson + Flight(0, 5) + kFixedStop + kPerPerson + Flight(5, 8) - Flight(0, 8));
  // Going where the car stops anyway costs the other only the boarding.
  const Insertion same = Insert(0, 0, 8, 1);
  EXPECT_EQ(same.new_stops, 0);
  EXPECT_EQ(same.delay, kPerPerson);
}

// Riders count one by one: two riders to floor 8 are each delayed by a stop
// at 4 on the way.
TEST_F(CarRouteTest, RidersAreDelayedEach) {
  cars_.push_back(Car(CarPhase::kIdle, 0, Direction::kUp));
  cars_[0].phase = CarPhase::kStarting;
  cars_[0].phase_end = 500;
  UseDestinationState();
  Ride(0, 8, 2);
  const Insertion ins = Insert(0, 4, 6, 1);
  EXPECT_EQ(ins.wait, 500 + Flight(0, 4));
  EXPECT_EQ(ins.delay, 2 * (Flight(0, 4) + kFixedStop + kPerPerson + Flight(4, 6) + kFixedStop +
                            kPerPerson + Flight(6, 8) - Flight(0, 8)));
}

// A car that takes on 10 persons a pass and has 10 allocated for this trip
// takes the next ones on its next trip up: after going to 10 and back.
TEST_F(CarRouteTest, AFullTripSendsTheCallToTheNextTrip) {
  cars_.push_back(Car(CarPhase::kIdle, 0));
  UseDestinationState();
  Allocate(0, 0, 10, 10);
  const Insertion ins = Insert(0, 0, 5, 1);
  EXPECT_EQ(ins.pass, 2);
  EXPECT_EQ(ins.wait, kFixedStop + 10 * kPerPerson + Flight(0, 10) + kFixedStop + 10 * kPerPerson +
                          Flight(10, 0));
  EXPECT_EQ(ins.delay, 0);  // nobody else is on that trip
}

// With a cap on stops, a call that would add a stop beyond it waits for the
// car's next trip; one for a floor the trip stops at anyway does not.
TEST_F(CarRouteTest, AStopCapMovesNewStopsToTheNextTrip) {
  cars_.push_back(Car(CarPhase::kIdle, 0));
  UseDestinationState();
  Allocate(0, 0, 3, 1);
  Allocate(0, 0, 6, 1);
  EXPECT_EQ(Insert(0, 0, 9, 1).stops_on_pass, 4);  // 0, 3, 6, 9
  EXPECT_EQ(Insert(0, 0, 9, 1).pass, 0);
  EXPECT_EQ(Insert(0, 0, 9, 1, 3).pass, 2);
  EXPECT_EQ(Insert(0, 0, 6, 1, 3).pass, 0);
}

// A landing call being re-offered is not counted twice on its own car.
TEST_F(CarRouteTest, AnExcludedLandingCallIsLeftOut) {
  cars_.push_back(Car(CarPhase::kIdle, 0));
  cars_[0].stops[5] = kUpCall;
  calls_[5 * 2].registered = true;
  calls_[5 * 2].waiting = 3;
  const LandingCall call{FloorIndex(5), Direction::kUp, 0};
  const GroupView view = View();
  route_.Build(view, CarId(0), call.floor, call.direction);
  EXPECT_EQ(route_.Insert(call.floor, call.direction, -1, 3).new_stops, 0);
  route_.Build(view, CarId(0), call.floor, call.direction, &call);
  const Insertion ins = route_.Insert(call.floor, call.direction, -1, 3);
  EXPECT_EQ(ins.new_stops, 1);
  EXPECT_EQ(ins.wait, 500 + Flight(0, 5));
  EXPECT_FALSE(ins.over_capacity);
}

// The doors are open at the origin in the call's direction: no wait; the
// boarding lengthens the stop for everyone after it.
TEST_F(CarRouteTest, BoardingAtTheOpenDoors) {
  cars_.push_back(Car(CarPhase::kOpen, 0, Direction::kUp));
  cars_[0].phase_end = 1000;
  UseDestinationState();
  Allocate(0, 0, 7, 2);
  const Insertion ins = Insert(0, 0, 7, 1);
  EXPECT_TRUE(ins.on_current_stop);
  EXPECT_EQ(ins.wait, 0);
  EXPECT_EQ(ins.delay, 2 * kPerPerson);
  EXPECT_EQ(ins.ride, 1000 + 3000 + 500 + 3 * kPerPerson + Flight(0, 7));
}

}  // namespace
}  // namespace hoistway::dispatch
