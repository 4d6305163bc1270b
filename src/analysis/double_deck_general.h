// The general analysis of traffic periods (general_analysis.h) for a group
// of double-deck cars: Peters, Mehta and Haddon, "Lift traffic analysis:
// general formulae for double-deck lifts", BSER&T 17(4) 209-213 (1996),
// which extends Peters's 1990 general analysis to double-deck cars
// (docs/rtt.md, "Double-deck cars").
//
// The car stops at pairs of floors counted from its lobby (core/decks.h):
// the lower deck at the floor an even count above the lobby, the upper deck
// at the floor above. Each trip of the period's demand (group_demand.h)
// rides the deck the simulator gives it (core/decks.h RideOnDecks: from a
// lobby of two levels the deck of the destination, elsewhere the deck of the
// origin, alighting at that deck's floor of the destination's pair); a trip
// within one pair is walked and carried by no car. So the demand becomes
// Poisson flows lambda^d_kl per deck d between pairs k, l. Per direction the
// car stops at pair k when anyone of either deck boards or alights there:
// with the flows of both decks summed by pair, the stop and reversal terms
// are exactly those of the single-deck analysis on the pairs
// (general_trip.h), the levels being the lower decks' floors and t_s taken
// over the mean pair height d_p. Then, per round trip,
//   coincident stops = S_lower + S_upper - S   (each deck's flows alone)
//   load: each deck's own, against one deck's capacity; the demand state
//         and the car load % are those of the fuller deck
//   transfers: the decks load and unload in parallel, so each stop lasts
//         as long as the deck with more moves: t_p sum over the up and the
//         down stops at each pair of E[max(X, Y)], X and Y the two decks'
//         independent Poisson move counts (boarding plus alighting) there
//   RTT(T) = 2 (x_H - x_L) / v + S t_s + t_p sum E[max(X, Y)]
// and the interval T = RTT / L is solved as for single-deck cars.
//
// Approximations, beyond those of the single-deck analysis: one t_p = (t_load
// + t_unload) / 2 per move (exact when both are equal, as with
// passenger_transfer_s); at a reversal pair served in one stop by a car call
// and a landing call, the up and the down moves are maxed separately (an
// over-estimate of that stop's transfer); escalator rides at a two-level
// lobby are the passengers' time, not the car's, and are left out; a trip
// whose destination's pair the deck serves at the other floor ends there
// (the last floor by the stairs, as in the simulator).
#pragma once

#include <vector>

#include "analysis/car_timing.h"
#include "analysis/general_analysis.h"
#include "analysis/general_trip.h"
#include "analysis/group_demand.h"
#include "core/building.h"

namespace hoistway {

// A double-deck group's demand as flows between its pairs.
struct DeckFlows {
  std::vector<FloorIndex> pairs;  // the lower deck's floor of each pair served, ascending
  LevelFlows car;                 // both decks' flows, summed by pair
  LevelFlows lower;               // the lower deck's passengers alone
  LevelFlows upper;               // the upper deck's
  double walked_rate = 0.0;       // persons per second walking within one pair
};

// The flows of `demand` (DemandFor of double-deck `group` of `building`). Pure.
DeckFlows DeckFlowsFor(const Building& building, const GroupSpec& group, const GroupDemand& demand);

// What a double-deck round trip adds to the car's figures.
struct DeckFigures {
  double stops_lower = 0.0;              // stops the lower deck alone would make
  double stops_upper = 0.0;              // the upper deck alone
  double coincident_stops = 0.0;         // stops serving both decks: S_lower + S_upper - S
  double load_lower_persons = 0.0;       // highest expected load of the lower deck
  double load_upper_persons = 0.0;       // of the upper deck
  double transfer_moves = 0.0;           // sum over the car's stops of E[max(X, Y)]
  double walked_persons_per_5min = 0.0;  // trips within one pair: by the stairs
};

struct DoubleDeckRoundTrip {
  // The car's figures: S its stops, levels of the lower deck's floors, M both
  // decks' passengers, max_car_load_persons the fuller deck's.
  GeneralRoundTrip car;
  DeckFigures decks;
};

// The round trip at `interval_s` (> 0), t_s over `pair_height_m` (> 0). Pure.
DoubleDeckRoundTrip DoubleDeckRoundTripAt(const DeckFlows& flows, const CarTiming& times,
                                          double pair_height_m, double interval_s);

struct DoubleDeckGeneralAnalysis {
  GeneralAnalysis result;  // car load % and demand state of the fuller deck
  DeckFigures decks;       // at the solved interval (only walked_... when light)
};

// Solves the interval of double-deck `group` under `demand` as
// RunGeneralAnalysis does for single-deck cars; `capacity_factor` sets each
// deck's design load. Pure; never fails.
DoubleDeckGeneralAnalysis RunDoubleDeckGeneralAnalysis(const Building& building,
                                                       const GroupSpec& group,
                                                       const GroupDemand& demand,
                                                       double capacity_factor, double pair_height_m,
                                                       const GeneralAnalysisOptions& options = {});

// E[max(X, Y)] for independent Poisson X, Y of means a, b (>= 0). Exposed for tests.
double ExpectedMaxOfPoissons(double a, double b);

}  // namespace hoistway
