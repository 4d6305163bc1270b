#include "dispatch/collective.h"

#include "dispatch/cheapest_car.h"
#include "dispatch/eta.h"

namespace hoistway::dispatch {

CarId CollectiveDispatcher::AssignLandingCall(const GroupView& group, const LandingCall& call) {
  return CheapestCar(group, call,
                     [&](CarId car, Tick best) { return EstimateArrival(group, car, call, best); });
}

}  // namespace hoistway::dispatch
