#include "analysis/general_analysis.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "kinematics/motion_profile.h"

namespace hoistway {
namespace {

constexpr double kSecondsPer5Min = 300.0;
// The busy fixed point is searched above this interval; below it, a group
// with RTT(T)/T <= L is idle part of the time.
constexpr double kTinyInterval = 1e-6;
constexpr double kLargestInterval = 1e7;
// Below this many passengers per round trip the demand counts as light.
constexpr double kMinPassengersPerTrip = 1.0;

// Per-floor sums of the rates, so that one evaluation of RTT(T) is O(n).
struct FloorRates {
  std::vector<double> up_out;    // sum_{j>k} lambda_kj: landing calls up
  std::vector<double> up_in;     // sum_{i<k} lambda_ik: car calls on the way up
  std::vector<double> down_out;  // sum_{j<k} lambda_kj: landing calls down
  std::vector<double> down_in;   // sum_{i>k} lambda_ik: car calls on the way down
  double total = 0.0;

  explicit FloorRates(const GroupDemand& d) {
    const int n = d.FloorCount();
    up_out.assign(static_cast<std::size_t>(n), 0.0);
    up_in = down_out = down_in = up_out;
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < n; ++j) {
        const double r = d.Rate(i, j);
        if (r <= 0.0) continue;
        total += r;
        if (j > i) {
          up_out[static_cast<std::size_t>(i)] += r;
          up_in[static_cast<std::size_t>(j)] += r;
        } else {
          down_out[static_cast<std::size_t>(i)] += r;
          down_in[static_cast<std::size_t>(j)] += r;
        }
      }
    }
  }
};

double Busy(double mean) {
  return 1.0 - std::exp(-mean);
}

GeneralRoundTrip Evaluate(const GroupDemand& demand, const FloorRates& f, const CarTiming& times,
                          double interfloor_m, double t) {
  const std::size_t n = f.up_out.size();
  GeneralRoundTrip r;
  r.interval_s = t;
  r.passengers = f.total * t;

  // Pairs whose higher floor is above k (A_k) and whose lower floor is below k (B_k).
  std::vector<double> above(n, 0.0);
  std::vector<double> below(n, 0.0);
  for (std::size_t k = n; k-- > 1;) above[k - 1] = above[k] + (f.up_in[k] + f.down_out[k]) * t;
  for (std::size_t k = 1; k < n; ++k)
    below[k] = below[k - 1] + (f.up_out[k - 1] + f.down_in[k - 1]) * t;

  double load_up = 0.0;
  for (std::size_t k = 0; k < n; ++k) {
    const double up_in = f.up_in[k] * t;
    const double up_out = f.up_out[k] * t;
    const double down_in = f.down_in[k] * t;
    const double down_out = f.down_out[k] * t;
    // Up and down stops, less the single stop that serves both a car call
    // and a landing call at the highest and at the lowest reversal floor.
    r.stops += Busy(up_in + up_out) + Busy(down_in + down_out);
    r.stops -= std::exp(-above[k]) * Busy(up_in) * Busy(down_out);
    r.stops -= std::exp(-below[k]) * Busy(down_in) * Busy(up_out);
    const double higher_above = k == 0 ? r.passengers : above[k - 1];
    const double lower_below = k + 1 == n ? r.passengers : below[k + 1];
    r.highest_level_m += (std::exp(-above[k]) - std::exp(-higher_above)) * demand.level_m[k];
    r.lowest_level_m += (std::exp(-below[k]) - std::exp(-lower_below)) * demand.level_m[k];
    load_up += up_out - up_in;
    r.max_car_load_persons = std::max(r.max_car_load_persons, load_up);
  }
  double load_down = 0.0;
  for (std::size_t k = n; k-- > 0;) {
    load_down += (f.down_out[k] - f.down_in[k]) * t;
    r.max_car_load_persons = std::max(r.max_car_load_persons, load_down);
  }

  const double v = times.limits.speed_mps;
  const double t_v = interfloor_m / v;
  const double t_f1 = MotionProfile::RestToRest(interfloor_m, times.limits).FlightTime();
  const double t_s = t_f1 + times.StopOverhead() - t_v;
  r.rtt_s = 2.0 * (r.highest_level_m - r.lowest_level_m) / v + r.stops * t_s +
            r.passengers * (times.loading_s + times.unloading_s);
  return r;
}

// The highest expected load per second of interval (load is linear in T).
double LoadRate(const GroupDemand& demand, const FloorRates& f, const CarTiming& times,
                double interfloor_m) {
  return Evaluate(demand, f, times, interfloor_m, 1.0).max_car_load_persons;
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
  return Evaluate(demand, FloorRates(demand), times, interfloor_m, interval_s);
}

GeneralAnalysis RunGeneralAnalysis(const GroupDemand& demand, const GroupSpec& group,
                                   double capacity_factor, double interfloor_m,
                                   const GeneralAnalysisOptions& options) {
  GeneralAnalysis a;
  const FloorRates f(demand);
  const CarTiming times = CarTimingFor(group.car);
  const double cars = group.cars;
  a.demand_persons_per_5min = f.total * kSecondsPer5Min;
  if (f.total <= 0.0) return a;

  // h(T) = RTT(T) / T - L decreases with T; its root is the busy interval.
  auto excess = [&](double t) {
    return Evaluate(demand, f, times, interfloor_m, t).rtt_s / t - cars;
  };
  const double at_tiny = excess(kTinyInterval);
  auto light = [&] {
    a.state = DemandState::kLight;
    a.utilisation = std::min(1.0, (at_tiny + cars) / cars);
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
  a.trip = Evaluate(demand, f, times, interfloor_m, t);
  a.interval_s = a.trip.rtt_s / cars;
  a.carried_persons_per_5min = a.demand_persons_per_5min;
  // A busy solution whose trips carry less than one passenger is a car per
  // call, not a circulating group: the interval has no meaning there.
  if (a.trip.passengers < kMinPassengersPerTrip) return light();

  const double capacity = group.car.capacity_persons;
  const double max_load = group.car.MaxLoad();
  if (a.trip.max_car_load_persons > max_load) {
    // Full cars: passengers accumulate for T_full = max_load / load rate, the
    // rest wait for a later car.
    t = max_load / LoadRate(demand, f, times, interfloor_m);
    a.trip = Evaluate(demand, f, times, interfloor_m, t);
    a.interval_s = a.trip.rtt_s / cars;
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
