// Adaptive call allocation (ACA): destination control oriented to the
// up-peak, after the "Destination Control (ACA)" dispatcher of Elevate
// (Peters Research; its manual refers to Barney, "Elevator Traffic
// Handbook", for the algorithm): when a call is keyed, every passenger's
// remaining waiting and transit time is estimated for each possible
// allocation, and the call goes to the car with the least cost
//
//   cost = persons x (wait + ride) + delay                 (minimum journey time)
//        + persons x kWaitPenalty x max(0, wait - kMaxWait) (waiting-time constraint)
//        + new_stops x kStopPenalty                        (reduction in number of stops)
//
// where wait and ride are the new passengers', delay the extra time to
// destination of everyone already allocated to or riding in the car, and
// new_stops the stops the call adds (origin, destination). Trips are capped:
// a call from the group's home floor (GroupSpec::home_floor: the main
// entrance, or the lowest entrance it serves) that would make its trip stop
// more than
// max(2, ceil(N / L) + 1) times (N floors the group serves above the
// entrance, L cars) goes on that car's next trip instead, so that each car
// serves a few floors per trip and the group's round trip shortens — the
// up-peak gain of destination control. Calls at floors without a panel
// (hybrid groups) go to the car with the shortest ETA, as collective does.
#pragma once

#include "dispatch/car_route.h"
#include "sim/dispatcher.h"

namespace hoistway::dispatch {

// The parameters of the ACA cost, in ticks (fixed; see docs/simulation.md).
struct AcaParameters {
  Tick max_wait = 60 * kTicksPerSecond;      // waits beyond this are penalised
  double wait_penalty = 2.0;                 // per tick of wait beyond max_wait, per person
  Tick stop_penalty = 10 * kTicksPerSecond;  // per stop added: about one stop's time
};

class AcaDispatcher final : public Dispatcher {
 public:
  // `home`: the floor whose trips are capped (GroupSpec::home_floor).
  explicit AcaDispatcher(FloorIndex home, AcaParameters parameters = {})
      : home_(home), parameters_(parameters) {}
  CarId AssignLandingCall(const GroupView& group, const LandingCall& call) override;
  CarId AssignDestinationCall(const GroupView& group, const DestinationCall& call) override;

 private:
  FloorIndex home_;
  AcaParameters parameters_;
  CarRoute route_;
};

// The most stops a trip from an entrance floor may make: max(2, ceil(N / L) + 1)
// for N floors served above `entrance` and L cars.
int AcaStopCap(const GroupView& group, FloorIndex entrance);

// The ACA cost of allocating `call` to `car` (kNever when out of service);
// `entrance_trip` applies the stop cap. Exposed for tests.
Tick AcaCost(const GroupView& group, CarId car, const DestinationCall& call,
             const AcaParameters& parameters, bool entrance_trip, CarRoute& route);

}  // namespace hoistway::dispatch
