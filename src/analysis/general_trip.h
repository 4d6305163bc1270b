// The stop, reversal and load terms of one round trip in Peters's general
// analysis ("Lift traffic analysis: formulae for the general case", BSER&T
// 11(2) 65-67, 1990), for any set of stopping levels and Poisson flows
// between them: the part of general_analysis.h that the double-deck general
// analysis (double_deck_general.h) shares, applied there to pairs of floors.
//
// Arrivals from level i to level j are Poisson with mean m_ij = lambda_ij T
// in one interval T. Per round trip: the chance of an up and of a down stop
// at each level, less the one stop that serves both a car call and a landing
// call at the highest and at the lowest reversal level, the expected
// highest and lowest reversal levels, and the highest expected load.
#pragma once

#include <vector>

#include "analysis/car_timing.h"
#include "analysis/group_demand.h"

namespace hoistway {

// Per-level sums of the rates lambda_ij (persons per second), so that one
// evaluation of a round trip is O(n).
struct LevelFlows {
  std::vector<double> level_m;   // the stopping levels, ascending
  std::vector<double> up_out;    // sum_{j>k} lambda_kj: landing calls up
  std::vector<double> up_in;     // sum_{i<k} lambda_ik: car calls on the way up
  std::vector<double> down_out;  // sum_{j<k} lambda_kj: landing calls down
  std::vector<double> down_in;   // sum_{i>k} lambda_ik: car calls on the way down
  double total = 0.0;            // sum of all lambda_ij

  int LevelCount() const { return static_cast<int>(level_m.size()); }
};

// The flows of `demand` between its floors. Pure.
LevelFlows FlowsOf(const GroupDemand& demand);

// Expected figures of one round trip at a given interval.
struct GeneralRoundTrip {
  double interval_s = 0.0;            // the T the figures are for
  double passengers = 0.0;            // M, passengers per round trip
  double stops = 0.0;                 // S, expected stops (up and down trips)
  double highest_level_m = 0.0;       // E[x_H] (over round trips with any demand)
  double lowest_level_m = 0.0;        // E[x_L]
  double max_car_load_persons = 0.0;  // highest expected load on the up or the down trip
  double rtt_s = 0.0;
};

// M, S, E[x_H], E[x_L] and the highest expected load of `flows` at interval
// `interval_s` (>= 0); rtt_s is left 0. Pure.
GeneralRoundTrip TripTermsAt(const LevelFlows& flows, double interval_s);

// t_s = t_f(1) + t_o + t_c + t_dw + t_sd - t_ad - t_v over one `interfloor_m`
// (> 0): what a stop adds to the round trip besides the transfers.
double StopTimeS(const CarTiming& times, double interfloor_m);

}  // namespace hoistway
