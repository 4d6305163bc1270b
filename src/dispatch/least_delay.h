// Least-delay group control: each landing call goes to the car for which the
// estimated time of arrival at the call, plus the delay that one more stop
// imposes on the people already committed to that car, is least. Those people
// are the passengers aboard who will still be riding when the car reaches
// the call, and the persons waiting at the car's other landing calls that it
// reaches after this one; each is delayed by one typical stop. A car that
// already stops there in the call's direction costs only its ETA.
//
// This is the cost idea of "estimated time to destination" control (Smith &
// Peters, "ETD algorithm with destination dispatch and booster options",
// Elevator World, July 2002) applied without destination information, which
// conventional up/down landing calls do not give: it trades a slightly longer
// wait for the new caller against the journeys of many others.
#pragma once

#include "sim/dispatcher.h"

namespace hoistway::dispatch {

class LeastDelayDispatcher final : public Dispatcher {
 public:
  CarId AssignLandingCall(const GroupView& group, const LandingCall& call) override;
};

// The cost LeastDelayDispatcher gives car `car` for `call`, in ticks (kNever
// for a car out of service). Exposed for tests and for explaining a choice.
Tick LeastDelayCost(const GroupView& group, CarId car, const LandingCall& call);

}  // namespace hoistway::dispatch
