// Where passengers come from and go to: origin and destination draws
// weighted by floor populations and entrance shares, and the groups that
// carry each trip (core/routes.h: one group, or several with changes at
// entrances and transfer floors). Only trips some route carries are drawn.
#pragma once

#include <cstdint>
#include <vector>

#include "core/building.h"
#include "core/ids.h"
#include "core/random.h"
#include "core/routes.h"
#include "core/status.h"

namespace hoistway {

enum class TripKind : std::uint8_t { kIncoming, kOutgoing, kInterfloor };

struct Trip {
  FloorIndex origin;
  FloorIndex destination;  // the final destination
  GroupId group;           // the group of the first leg
};

// Immutable after Create; Draw* are const and thread-compatible (the caller
// owns the Random).
class TripPlanner {
 public:
  // Builds the draw tables. Fails with kInvalidInput when the building has a
  // populated floor no group connects to an entrance, or when a traffic kind
  // with a positive share in some period has no possible trip.
  static Result<TripPlanner> Create(const Building& building);

  Trip Draw(TripKind kind, Random& random) const;
  bool CanDraw(TripKind kind) const;

  // The group that carries passengers from `origin` to `destination` alone:
  // the first group in the description that serves both; -1 if none.
  int GroupFor(FloorIndex origin, FloorIndex destination) const {
    return routes_.DirectGroup(origin, destination);
  }
  // The group of the first leg of the trip; -1 when no route carries it.
  int FirstGroup(FloorIndex origin, FloorIndex destination) const {
    const std::span<const Leg> legs = routes_.Legs(origin, destination);
    return legs.empty() ? -1 : legs.front().group.value();
  }
  // Every trip's legs.
  const Routes& routes() const { return routes_; }

  // A trip of period `period` (an index into traffic.periods) drawn from its
  // origin-destination table. Requires HasOdTable(period).
  Trip DrawFromOd(std::size_t period, Random& random) const;
  bool HasOdTable(std::size_t period) const { return period < od_.size() && !od_[period].empty(); }

  // Up-peak destination from the main entrance for group `group`, by population
  // among the floors the group serves above the entrance (saturated mode).
  FloorIndex DrawUpPeakDestination(GroupId group, Random& random) const;
  bool HasUpPeakDestinations(GroupId group) const;

 private:
  struct Choice {
    std::vector<FloorIndex> floors;
    WeightedChoice weights;
  };
  static Choice MakeChoice(std::vector<FloorIndex> floors, const std::vector<double>& weights);

  std::size_t n_ = 0;
  Routes routes_;
  Choice upper_by_population_;              // upper floors that reach an entrance
  std::vector<Choice> entrance_for_upper_;  // per floor: entrances reachable, by share
  std::vector<Choice> interfloor_from_;     // per floor: other upper floors reachable
  Choice interfloor_origin_;                // upper floors with an interfloor destination
  std::vector<Choice> up_peak_for_group_;   // per group
  std::vector<WeightedChoice> od_;          // per period: over origin x n + destination cells
  std::vector<std::vector<std::uint32_t>> od_cells_;  // per period: the cells of od_'s indices
};

}  // namespace hoistway
