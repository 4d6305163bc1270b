#include "dispatch/collective.h"

#include "dispatch/eta.h"

namespace hoistway::dispatch {

CarId CollectiveDispatcher::AssignLandingCall(const GroupView& group, const LandingCall& call) {
  // A call already assigned stays with its car unless another is strictly
  // sooner; otherwise ties go to the lower car number.
  const int current = group.landing_call(call.floor, call.direction).assigned_car;
  CarId best = kNoCar;
  Tick best_eta = kNever;
  for (int c = 0; c < group.car_count(); ++c) {
    const CarId id(c);
    if (!group.car(id).in_service) continue;
    const Tick eta = EstimateArrival(group, id, call, best_eta);
    if (eta < best_eta || (eta == best_eta && c == current)) {
      best_eta = eta;
      best = id;
    }
  }
  return best;
}

}  // namespace hoistway::dispatch
