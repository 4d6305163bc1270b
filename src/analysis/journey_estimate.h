// The whole building's journey time in the morning up-peak, estimated from
// the groups' round-trip-time figures: for each populated floor, the route
// from the entrances (core/routes.h: one group, or a shuttle to a sky lobby
// and a local group from there) costs, leg by leg,
//   wait  = interval / 2                (random arrivals, regular departures)
//   ride  = P t_load + t_f(a, b) + n_ab (t_s + (P / S) t_unload)
// where P, S, t_s and the interval are the group's classical up-peak figures,
// t_f(a, b) the jerk-limited flight from the boarding floor a to the
// alighting floor b, and n_ab the expected stops strictly between them
// (sum of 1 - (1 - p_k)^P over the zone's floors k); plus the walk at each
// change floor, and the escalator rides between the levels of two-level
// lobbies a double-deck leg asks for (core/decks.h; for double decks P t_load
// is the fuller deck's and each stop between waits for the deck with more
// people alighting, as in double_deck_rtt.h). A first-order estimate for comparing sky-lobby
// designs (waits in a loaded group are longer than half the interval); the simulation measures
// journeys (journey_time_s).
#pragma once

#include "analysis/rtt_analysis.h"
#include "core/building.h"

namespace hoistway {

// Requires `rtt` = AnalyzeRtt(building) (every group analysed). Pure.
JourneyEstimate EstimateUpPeakJourneys(const Building& building, const BuildingRtt& rtt);

}  // namespace hoistway
