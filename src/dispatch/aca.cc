#include "dispatch/aca.h"

#include <algorithm>
#include <cmath>

#include "dispatch/cheapest_car.h"
#include "dispatch/eta.h"

namespace hoistway::dispatch {

namespace {

constexpr int kMinStopCap = 2;

}  // namespace

int AcaStopCap(const GroupView& group, FloorIndex entrance) {
  const std::vector<FloorIndex>& served = group.served_floors();
  const auto above =
      std::count_if(served.begin(), served.end(), [&](FloorIndex f) { return f > entrance; });
  const int cars = std::max(1, group.car_count());
  const int per_car = static_cast<int>((above + cars - 1) / cars);
  return std::max(kMinStopCap, per_car + 1);
}

Tick AcaCost(const GroupView& group, CarId car, const DestinationCall& call, const AcaParameters& p,
             bool entrance_trip, CarRoute& route) {
  if (!group.car(car).in_service) return kNever;
  route.Build(group, car, call.origin, call.direction());
  const int cap = entrance_trip ? AcaStopCap(group, call.origin) : 0;
  const Insertion ins =
      route.Insert(call.origin, call.direction(), call.destination.value(), call.persons, cap);
  Tick cost = call.persons * (ins.wait + ins.ride) + ins.delay;
  if (ins.wait > p.max_wait) {
    cost += call.persons * static_cast<Tick>(std::llround(
                               p.wait_penalty * static_cast<double>(ins.wait - p.max_wait)));
  }
  cost += ins.new_stops * p.stop_penalty;
  return cost;
}

CarId AcaDispatcher::AssignLandingCall(const GroupView& group, const LandingCall& call) {
  return CheapestCar(group, call,
                     [&](CarId car, Tick best) { return EstimateArrival(group, car, call, best); });
}

CarId AcaDispatcher::AssignDestinationCall(const GroupView& group, const DestinationCall& call) {
  const bool entrance_trip = call.origin == home_;
  return CheapestCar(group, -1, [&](CarId car, Tick) {
    return AcaCost(group, car, call, parameters_, entrance_trip, route_);
  });
}

}  // namespace hoistway::dispatch
