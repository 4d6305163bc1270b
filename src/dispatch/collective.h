// Group collective control: each landing call goes to the car with the
// shortest estimated time of arrival (ETA); cars serve calls in their
// direction of travel and reverse at the furthest call (Barney, "Elevator
// Traffic Handbook", 2nd ed., ch. 14, "collective control" and ETA-based
// group supervisory control).
#pragma once

#include "sim/dispatcher.h"

namespace hoistway::dispatch {

class CollectiveDispatcher final : public Dispatcher {
 public:
  CarId AssignLandingCall(const GroupView& group, const LandingCall& call) override;
};

}  // namespace hoistway::dispatch
