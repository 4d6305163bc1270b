// The classical up-peak round-trip-time calculation (CIBSE Guide D §3;
// Barney, "Elevator Traffic Handbook"; ISO 8100-32):
//
//   t_v = d_f / v                       time to pass one floor at rated speed
//   t_s = t_f(d_f) + t_o + t_c + t_dw + t_sd - t_ad - t_v
//                                       time lost per stop (t_dw = 0 in the
//                                       standard form, which omits door dwell)
//   RTT = 2 H t_v + (S + 1) t_s + 2 P t_p
//
// extended, in the way of Khaleel, Al-Sharif and Salahat (3rd Symposium on
// Lift and Escalator Technologies, 2013), for the special conditions the
// building may have:
//   express zone:     + 2 t_E,   t_E = d_E / v (the run past unserved floors)
//   several entrances: the "+1" becomes S_E, the expected number of entrance
//                     floors with a boarder, and + 2 t_B, t_B = E[x_base - x_L] / v
//                     (the run down to the lowest entrance with a boarder).
// With one entrance and no express zone these terms vanish and the formula is
// the textbook one.
#pragma once

#include "analysis/car_timing.h"
#include "analysis/served_zone.h"

namespace hoistway {

struct UpPeakRtt {
  double passengers = 0.0;        // P
  double stops = 0.0;             // S, expected stops at upper floors
  double highest_reversal = 0.0;  // H, in floors above the base entrance
  double entrance_stops = 1.0;    // S_E, expected entrance floors with a boarder
  double entrance_run_m = 0.0;    // E[x_base - x_L], expected run below the base entrance
  double t_v_s = 0.0;             // d_f / v
  double t_f1_s = 0.0;            // jerk-limited flight over d_f
  double t_s_s = 0.0;             // time lost per stop
  double t_p_s = 0.0;             // transfer time per passenger movement
  double t_express_s = 0.0;       // t_E = d_E / v
  double t_entrance_s = 0.0;      // t_B = E[x_base - x_L] / v
  // A shuttle (one boarding floor, one alighting floor): its round trip is
  // certain, two flights and two stops (Barney, Elevator Traffic Handbook,
  // shuttle lifts):
  //   RTT = 2 t_f(d) + 2 (t_o + t_c + t_dw + t_sd - t_ad) + 2 P t_p,
  // with t_f(d) the jerk-limited flight over the whole distance d; rtt_s is
  // that figure (the general form's flight estimate d / v + t_f(d_f) - t_v
  // is poor over a long express run).
  bool two_stop = false;
  double t_f_shuttle_s = 0.0;  // t_f(d)
  double rtt_s = 0.0;
};

// The classical round trip of `zone` for a car with `times` carrying
// `passengers` (> 0) from the entrances. Pure; never fails.
UpPeakRtt ComputeUpPeakRtt(const ServedZone& zone, const CarTiming& times, double passengers);

// Interval and handling capacity of a group (CIBSE Guide D §3):
//   interval = RTT / L,  HC = 300 P / interval persons per 5 minutes,
//   %POP = 100 HC / U.
struct Throughput {
  double interval_s = 0.0;
  double persons_per_5min = 0.0;
  double pct_of_population = 0.0;
};

// Throughput of `cars` (>= 1) cars with round trip `rtt_s` carrying
// `passengers` each, for a population of `population` (> 0).
Throughput ThroughputFor(double rtt_s, double passengers, int cars, double population);

}  // namespace hoistway
