// Estimated time to destination (ETD) group control, after Smith and Peters,
// "ETD algorithm with destination dispatch and booster options" (ELEVCON
// 2002; Elevator World, July 2002) and "Enhancements to the ETD dispatcher
// algorithm" (ELEVCON 2004): each call goes to the car for which the new
// passengers' time to destination (wait plus ride) plus the delay the call
// imposes on everyone already allocated to that car (riders and waiting
// passengers, each by their later arrival) is least. It works in the three
// modes those papers describe: destination panels everywhere, up/down
// buttons (the destination is unknown, so only the wait and the delays
// count), and both in one group (hybrid).
//
// The estimate follows each car's collective route (dispatch/car_route.h)
// with exact flight times and a dwell per stop from the persons boarding and
// alighting there. A car that cannot take the persons on the pickup's pass
// serves them a pass later (its next trip that way); one that cannot even
// then is chosen only when every car is in that state.
#pragma once

#include "core/sim_time.h"
#include "dispatch/car_route.h"
#include "sim/dispatcher.h"

namespace hoistway::dispatch {

// The weights of the ETD cost: how much a tick of the new passengers' wait,
// of their ride, and of the others' delay count. The papers let them be set
// (2004: "adjust the relative importance of waiting and transit times");
// the defaults weigh every second of anyone's journey alike.
struct EtdWeights {
  double wait = 1.0;
  double ride = 1.0;
  double delay = 1.0;
};

class EtdDispatcher final : public Dispatcher {
 public:
  explicit EtdDispatcher(EtdWeights weights = {}) : weights_(weights) {}
  CarId AssignLandingCall(const GroupView& group, const LandingCall& call) override;
  CarId AssignDestinationCall(const GroupView& group, const DestinationCall& call) override;

 private:
  EtdWeights weights_;
  CarRoute route_;  // scratch, reused between calls
};

// The ETD cost of allocating `call` to car `car` (kNever for a car out of
// service), in ticks weighted by `weights`, with `route` as scratch. Exposed
// for tests and for explaining a choice.
Tick EtdCost(const GroupView& group, CarId car, const DestinationCall& call,
             const EtdWeights& weights, CarRoute& route);

// The same for a landing call (destination unknown: the wait of the persons
// waiting there, at least one, and the delay imposed on the others).
Tick EtdLandingCost(const GroupView& group, CarId car, const LandingCall& call,
                    const EtdWeights& weights, CarRoute& route);

}  // namespace hoistway::dispatch
