#include "analysis/journey_estimate.h"

#include <algorithm>
#include <cmath>

#include "core/decks.h"
#include "core/routes.h"
#include "kinematics/motion_profile.h"

namespace hoistway {

namespace {

// Expected time of one up-peak leg of `g` from `from` to `to`: half the
// interval, then the ride (see the header).
double LegS(const Building& building, const GroupSpec& spec, const GroupRtt& g, FloorIndex from,
            FloorIndex to) {
  const UpPeakRtt& c = g.classical;
  const double flight =
      MotionProfile::RestToRest(building.Distance(from, to), g.times.limits).FlightTime();
  if (g.double_deck) {
    // The decks load and unload in parallel (double_deck_rtt.h): P t_load of
    // the fuller deck, and each stop between holds the doors for the deck
    // with more people alighting.
    const DoubleDeckRtt& d = *g.double_deck;
    double between = 0.0;  // expected stops at the pairs strictly between
    for (const DeckPair& k : d.pair) {
      if (k.lower <= PairFloor(spec, from) || k.lower >= PairFloor(spec, to)) continue;
      between += PairStopChance(d, k);
    }
    const double unloading_per_stop = d.stops > 0.0 ? d.unloading_s / d.stops : 0.0;
    return g.throughput.interval_s / 2.0 + d.loading_s + flight +
           between * (d.t_s_s + unloading_per_stop);
  }
  double between = 0.0;  // expected stops strictly between the floors
  for (const ZoneFloor& k : g.zone.upper) {
    if (k.floor > from && k.floor < to) between += 1.0 - std::pow(1.0 - k.share, c.passengers);
  }
  const double alighting_per_stop = c.stops > 0.0 ? c.passengers / c.stops : 0.0;
  return g.throughput.interval_s / 2.0 + c.passengers * g.times.loading_s + flight +
         between * (c.t_s_s + alighting_per_stop * g.times.unloading_s);
}

}  // namespace

JourneyEstimate EstimateUpPeakJourneys(const Building& building, const BuildingRtt& rtt) {
  JourneyEstimate out;
  const Routes routes = Routes::Build(building);
  double weight = 0.0;
  for (int f = 0; f < building.FloorCount(); ++f) {
    const FloorSpec& upper = building.floor(FloorIndex(f));
    if (upper.entrance || upper.population <= 0.0) continue;
    double shares = 0.0;
    double journey = 0.0;
    double changes = 0.0;
    for (int e = 0; e < building.FloorCount(); ++e) {
      const FloorSpec& entrance = building.floor(FloorIndex(e));
      if (!entrance.entrance || !routes.Reachable(FloorIndex(e), FloorIndex(f))) continue;
      double t = 0.0;
      const auto legs = routes.Legs(FloorIndex(e), FloorIndex(f));
      for (std::size_t i = 0; i < legs.size(); ++i) {
        const GroupRtt& g = rtt.groups[static_cast<std::size_t>(legs[i].group.value())];
        const GroupSpec& spec = building.groups[static_cast<std::size_t>(legs[i].group.value())];
        if (i > 0) t += building.floor(legs[i].from).transfer_walk_s;
        if (spec.deck == Deck::kDouble) {
          const int rides =
              EscalatorRides(building, spec, legs[i].from, legs[i].to, i + 1 < legs.size());
          t += std::max(0, rides) * spec.escalator_s;
        }
        t += LegS(building, spec, g, legs[i].from, legs[i].to);
      }
      journey += entrance.entrance_share * t;
      changes += entrance.entrance_share * static_cast<double>(legs.size() - 1);
      shares += entrance.entrance_share;
    }
    if (shares <= 0.0) continue;
    journey /= shares;
    out.mean_s += upper.population * journey;
    out.mean_changes += upper.population * changes / shares;
    weight += upper.population;
    if (journey > out.max_s) {
      out.max_s = journey;
      out.max_floor = upper.name;
    }
  }
  if (weight > 0.0) {
    out.mean_s /= weight;
    out.mean_changes /= weight;
  }
  return out;
}

}  // namespace hoistway
