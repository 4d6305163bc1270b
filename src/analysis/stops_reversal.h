// Expected number of stops S and expected highest reversal floor H of an
// up-peak trip carrying P passengers, each of whom alights at floor i of the
// N served upper floors with probability share_i, independently.
//
// Equal populations (Barney, "Elevator Traffic Handbook", up-peak chapter;
// CIBSE Guide D, §3 round-trip-time formulae):
//   S = N (1 - (1 - 1/N)^P),   H = N - sum_{i=1}^{N-1} (i/N)^P.
// Unequal populations, share_i = U_i / U (same sources):
//   S = N - sum_{i=1}^{N} (1 - share_i)^P,
//   H = N - sum_{j=1}^{N-1} (sum_{i=1}^{j} share_i)^P.
// P need not be an integer (P = capacity factor x rated persons); the
// formulae extend to real P unchanged. H counts floors above the entrance.
#pragma once

#include <span>

namespace hoistway {

// S for `floors` (>= 1) equally populated floors and `passengers` (> 0) per trip.
double ExpectedStopsEqual(int floors, double passengers);
// H for `floors` (>= 1) equally populated floors and `passengers` (> 0) per trip.
double ExpectedHighestReversalEqual(int floors, double passengers);

// S for floors with the given destination shares (>= 0, summing to 1), bottom to top.
double ExpectedStops(std::span<const double> shares, double passengers);
// H for floors with the given destination shares (>= 0, summing to 1), bottom to top.
double ExpectedHighestReversal(std::span<const double> shares, double passengers);

// Expected number of entrance floors at which at least one of `passengers`
// boards, each choosing entrance e with probability shares[e]: the "+1" of
// the classical formula, which it equals with a single entrance.
double ExpectedEntranceStops(std::span<const double> shares, double passengers);

}  // namespace hoistway
