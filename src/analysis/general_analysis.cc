#include "analysis/general_analysis.h"

#include <algorithm>
#include <cmath>

namespace hoistway {
namespace {

// The busy fixed point is searched above this interval; below it, a group
// with RTT(T)/T <= L is idle part of the time.
constexpr double kTinyInterval = 1e-6;
constexpr double kLargestInterval = 1e7;
// Below this many passengers per round trip the demand counts as light.
constexpr double kMinPassengersPerTrip = 1.0;

GeneralRoundTrip Evaluate(const LevelFlows& f, const CarTiming& times, double interfloor_m,
                          double t) {
  GeneralRoundTrip r = TripTermsAt(f, t);
  const double v = times.limits.speed_mps;
  r.rtt_s = 2.0 * (r.highest_level_m - r.lowest_level_m) / v +
            r.stops * StopTimeS(times, interfloor_m) +
            r.passengers * (times.loading_s + times.unloading_s);
  return r;
}

}  // namespace

const char* DemandStateName(DemandState state) {
  switch (state) {
    case DemandState::kNoDemand:
      return "no demand";
    case DemandState::kLight:
      return "light";
    case DemandState::kWithinDesign:
      return "within design load";
    case DemandState::kOverDesignLoad:
      return "over design load";
    case DemandState::kSaturated:
      return "saturated";
  }
  return "unknown";
}

GeneralRoundTrip RoundTripAt(const GroupDemand& demand, const CarTiming& times, double interfloor_m,
                             double interval_s) {
  return Evaluate(FlowsOf(demand), times, interfloor_m, interval_s);
}

GeneralAnalysis RunGeneralAnalysis(const GroupDemand& demand, const GroupSpec& group,
                                   double capacity_factor, double interfloor_m,
                                   const GeneralAnalysisOptions& options) {
  const LevelFlows f = FlowsOf(demand);
  const CarTiming times = CarTimingFor(group.car);
  return SolveGeneralAnalysis([&](double t) { return Evaluate(f, times, interfloor_m, t); },
                              f.total, group.cars, group.car, capacity_factor, options);
}

GeneralAnalysis SolveGeneralAnalysis(const RoundTripModel& trip_at, double demand_rate, int cars,
                                     const CarSpec& car, double capacity_factor,
                                     const GeneralAnalysisOptions& options) {
  GeneralAnalysis a;
  a.demand_persons_per_5min = demand_rate * kSecondsPer5Min;
  if (demand_rate <= 0.0) return a;

  // h(T) = RTT(T) / T - L decreases with T; its root is the busy interval.
  const double l = cars;
  auto excess = [&](double t) { return trip_at(t).rtt_s / t - l; };
  const double at_tiny = excess(kTinyInterval);
  auto light = [&] {
    a.state = DemandState::kLight;
    a.utilisation = std::min(1.0, (at_tiny + l) / l);
    a.carried_persons_per_5min = a.demand_persons_per_5min;
    a.interval_s = 0.0;
    a.trip = {};
    return a;
  };
  if (at_tiny <= 0.0) return light();
  double lo = kTinyInterval;
  double hi = 1.0;
  while (hi < kLargestInterval && excess(hi) > 0.0) {
    lo = hi;
    hi *= 2.0;
  }
  while (a.iterations < options.max_iterations && hi - lo > options.tolerance_s) {
    const double mid = 0.5 * (lo + hi);
    (excess(mid) > 0.0 ? lo : hi) = mid;
    ++a.iterations;
  }
  double t = 0.5 * (lo + hi);
  a.utilisation = 1.0;
  a.trip = trip_at(t);
  a.interval_s = a.trip.rtt_s / l;
  a.carried_persons_per_5min = a.demand_persons_per_5min;
  // A busy solution whose trips carry less than one passenger is a car per
  // call, not a circulating group: the interval has no meaning there.
  if (a.trip.passengers < kMinPassengersPerTrip) return light();

  const double capacity = car.capacity_persons;
  const double max_load = car.MaxLoad();
  if (a.trip.max_car_load_persons > max_load) {
    // Full cars: passengers accumulate for T_full = max_load / load rate (the
    // load is linear in T), the rest wait for a later car.
    t = max_load / trip_at(1.0).max_car_load_persons;
    a.trip = trip_at(t);
    a.interval_s = a.trip.rtt_s / l;
    a.carried_persons_per_5min = a.trip.passengers * kSecondsPer5Min / a.interval_s;
    a.state = DemandState::kSaturated;
  } else if (a.trip.max_car_load_persons > capacity_factor * capacity) {
    a.state = DemandState::kOverDesignLoad;
  } else {
    a.state = DemandState::kWithinDesign;
  }
  a.car_load_pct = capacity > 0.0 ? 100.0 * a.trip.max_car_load_persons / capacity : 0.0;
  return a;
}

}  // namespace hoistway
