#include "analysis/general_trip.h"

#include <algorithm>
#include <cmath>

#include "kinematics/motion_profile.h"

namespace hoistway {
namespace {

double Busy(double mean) {
  return 1.0 - std::exp(-mean);
}

}  // namespace

LevelFlows FlowsOf(const GroupDemand& d) {
  LevelFlows f;
  const int n = d.FloorCount();
  f.level_m = d.level_m;
  f.up_out.assign(static_cast<std::size_t>(n), 0.0);
  f.up_in = f.down_out = f.down_in = f.up_out;
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      const double r = d.Rate(i, j);
      if (r <= 0.0) continue;
      f.total += r;
      if (j > i) {
        f.up_out[static_cast<std::size_t>(i)] += r;
        f.up_in[static_cast<std::size_t>(j)] += r;
      } else {
        f.down_out[static_cast<std::size_t>(i)] += r;
        f.down_in[static_cast<std::size_t>(j)] += r;
      }
    }
  }
  return f;
}

GeneralRoundTrip TripTermsAt(const LevelFlows& f, double t) {
  const std::size_t n = f.up_out.size();
  GeneralRoundTrip r;
  r.interval_s = t;
  r.passengers = f.total * t;

  // Pairs whose higher level is above k (A_k) and whose lower level is below k (B_k).
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
    // and a landing call at the highest and at the lowest reversal level.
    r.stops += Busy(up_in + up_out) + Busy(down_in + down_out);
    r.stops -= std::exp(-above[k]) * Busy(up_in) * Busy(down_out);
    r.stops -= std::exp(-below[k]) * Busy(down_in) * Busy(up_out);
    const double higher_above = k == 0 ? r.passengers : above[k - 1];
    const double lower_below = k + 1 == n ? r.passengers : below[k + 1];
    r.highest_level_m += (std::exp(-above[k]) - std::exp(-higher_above)) * f.level_m[k];
    r.lowest_level_m += (std::exp(-below[k]) - std::exp(-lower_below)) * f.level_m[k];
    load_up += up_out - up_in;
    r.max_car_load_persons = std::max(r.max_car_load_persons, load_up);
  }
  double load_down = 0.0;
  for (std::size_t k = n; k-- > 0;) {
    load_down += (f.down_out[k] - f.down_in[k]) * t;
    r.max_car_load_persons = std::max(r.max_car_load_persons, load_down);
  }
  return r;
}

double StopTimeS(const CarTiming& times, double interfloor_m) {
  const double t_v = interfloor_m / times.limits.speed_mps;
  const double t_f1 = MotionProfile::RestToRest(interfloor_m, times.limits).FlightTime();
  return t_f1 + times.StopOverhead() - t_v;
}

}  // namespace hoistway
