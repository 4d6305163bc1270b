// The up-peak round trip of a group of double-deck cars (docs/rtt.md,
// "Double-deck cars").
//
// Method: CIBSE Guide D (2015) §3 and Barney, "Elevator Traffic Handbook",
// treat a double-deck car as a single car serving "double floors": the
// lower deck stops at the floors an even count above the lobby, the upper
// deck at the floor above each, and one stop of the car serves one pair.
// The stop and reversal terms follow Peters, Mehta and Haddon, "Lift
// traffic analysis: general formulae for double-deck lifts", BSER&T 17(4)
// 209-213 (1996), specialised to pure up-peak, and Al-Sharif et al.'s
// exact up-peak treatment (BSER&T, 2017, doi:10.1177/0143624416672505) and
// its passenger transfer efficiency coefficient (Al-Sharif, AlOsta,
// Abualhomos and Suhweil, 7th Symposium on Lift and Escalator Technologies,
// 2017: the decks alight at once, a stop lasting as long as the slower deck):
// each deck leaves the two-level lobby with P passengers, its own floors'
// shares u_k (lower) and w_k (upper) for pair k = 1..M, independently, so
//
//   the car does not stop at pair k:  (1 - u_k)^P (1 - w_k)^P
//   S = sum_k [1 - (1 - u_k)^P (1 - w_k)^P]            stops, coincident ones once
//   H = M - sum_{j=1}^{M-1} (U_j)^P (W_j)^P             U_j, W_j: shares of pairs <= j
//   d_p = (x_top pair - x_lobby) / M,  t_v = d_p / v,  t_f(1) over d_p
//   t_s = t_f(1) + t_o + t_c + t_dw + t_sd - t_ad - t_v
//   transfers: the decks load in parallel at the lobby (P t_load) and unload
//     in parallel at each stop, the doors held for the deck with more
//     alighting: t_unload sum_k E[max(X_k, Y_k)], X_k ~ B(P, u_k), Y_k ~ B(P, w_k)
//   RTT = 2 H t_v + (S + 1) t_s + P t_load + t_unload sum_k E[max(X_k, Y_k)]
//
// With equal populations S and H are those of a single car with M floors
// and 2P passengers (Barney's "double floors"). The same trip with exact
// jerk-limited flights between consecutive stops is computed as in
// kinematic_rtt.h. No published worked example with figures was found to
// validate against; tests/data/validation/double-deck/README.md documents
// the independent hand calculation and Monte Carlo used instead.
#pragma once

#include <vector>

#include "analysis/car_timing.h"
#include "analysis/served_zone.h"
#include "analysis/up_peak_rtt.h"
#include "core/building.h"
#include "core/status.h"

namespace hoistway {

// One pair of floors a double-deck car serves in one stop.
struct DeckPair {
  FloorIndex lower;
  double level_m = 0.0;      // of the lower deck's floor
  double lower_share = 0.0;  // u_k: share of the lower deck's passengers alighting here
  double upper_share = 0.0;  // w_k: share of the upper deck's passengers
};

struct DoubleDeckRtt {
  double passengers_per_deck = 0.0;  // P (0 for a deck whose floors have no population)
  double passengers_upper = 0.0;     // P of the upper deck
  int pairs = 0;                     // M, pairs served above the lobby
  std::vector<DeckPair> pair;
  double stops = 0.0;             // S, stops of the car above the lobby
  double stops_lower = 0.0;       // stops the lower deck alone would make
  double stops_upper = 0.0;       // stops the upper deck alone would make
  double coincident_stops = 0.0;  // stops serving both decks: S_lower + S_upper - S
  double highest_reversal = 0.0;  // H, in pairs above the lobby
  double pair_height_m = 0.0;     // d_p
  double t_v_s = 0.0;
  double t_f1_s = 0.0;
  double t_s_s = 0.0;
  double loading_s = 0.0;        // P t_load
  double alighting_moves = 0.0;  // sum_k E[max(X_k, Y_k)]
  double unloading_s = 0.0;      // t_unload x alighting_moves
  double rtt_s = 0.0;
  // A shuttle (one pair served above the lobby): RTT = 2 t_f(d) + 2 (t_o +
  // t_c + t_dw + t_sd - t_ad) + P t_load + t_unload sum E[max], d from the
  // lobby to the pair.
  bool two_stop = false;
  double t_f_shuttle_s = 0.0;
  double kinematic_expected_flight_s = 0.0;
  double rtt_kinematic_s = 0.0;
};

// The chance that the car stops at pair `p` of `d` on its way up: someone of
// either deck alights there.
double PairStopChance(const DoubleDeckRtt& d, const DeckPair& p);

// The classical figures of a double-deck round trip as those of one car
// carrying both decks' passengers (what `rtt` and `size` report for any
// group): P is both decks', t_p their loading and unloading per passenger.
UpPeakRtt AsUpPeakRtt(const DoubleDeckRtt& d);

// The double-deck round trip of `group` (deck: double) with the served
// floors' shares of `zone`, P = `passengers_per_deck` per deck. Errors
// (kInvalidInput naming the group): no populated pair above the lobby.
Result<DoubleDeckRtt> ComputeDoubleDeckRtt(const Building& building, const GroupSpec& group,
                                           const ServedZone& zone, const CarTiming& times,
                                           double passengers_per_deck);

// E[max(X, Y)] for independent X ~ B(n, p), Y ~ B(n, q); n may be real (linear
// interpolation between the whole numbers around it). Exposed for tests.
double ExpectedMaxOfBinomials(double n, double p, double q);

}  // namespace hoistway
