// Journeys through a building's lift groups. A trip that one group serves
// (origin and destination both among its floors) is one leg on the first
// such group of the description. A trip that no single group serves is
// routed through the floors where people may change groups (entrances and
// floors marked `transfer: true`) by the route of least expected time, each
// change costing the change floor's `transfer_walk_s` (docs/simulation.md,
// "Transfers"). On a double-deck group a leg rides between pairs of floors
// (core/decks.h); one that ends at a change floor leaves the person there or,
// at a lobby of two levels, at its other level, whence they take the
// escalator; a journey's last leg may end at the other floor of its
// destination's pair, as a trip without changes does.
//
// The expected time of a leg is an estimate for choosing routes, not a
// result: half a nominal interval of the group (a round trip over its whole
// travel stopping at every floor it serves, divided by its cars) plus the
// ride (an approximate flight d / v + v / a + a / j and one stop). The
// simulation measures the real times.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "core/building.h"
#include "core/ids.h"

namespace hoistway {

// One ride of a journey: group `group` carries the person from `from` to `to`.
struct Leg {
  GroupId group;
  FloorIndex from;
  FloorIndex to;
};

// The legs of every trip of a building. Immutable after Build; thread-safe to read.
class Routes {
 public:
  Routes() = default;
  // Routes every ordered pair of distinct floors. O(n (K^2 G + n K G)) for n
  // floors, K change floors and G groups. Deterministic: ties go to the
  // route found first (change floors bottom to top, groups in description order).
  static Routes Build(const Building& building);

  int FloorCount() const { return static_cast<int>(n_); }
  // The first group of the description serving both floors, or -1.
  int DirectGroup(FloorIndex origin, FloorIndex destination) const {
    return direct_[Index(origin, destination)];
  }
  // The legs from `origin` to `destination` (empty when no route exists or
  // the floors are equal); one leg when a single group serves both.
  std::span<const Leg> Legs(FloorIndex origin, FloorIndex destination) const {
    const std::size_t i = Index(origin, destination);
    return {legs_.data() + offsets_[i], legs_.data() + offsets_[i + 1]};
  }
  bool Reachable(FloorIndex origin, FloorIndex destination) const {
    const std::size_t i = Index(origin, destination);
    return offsets_[i + 1] > offsets_[i];
  }
  // True when some trip of the building needs a change of group.
  bool HasTransfers() const { return has_transfers_; }

 private:
  std::size_t Index(FloorIndex o, FloorIndex d) const {
    return static_cast<std::size_t>(o.value()) * n_ + static_cast<std::size_t>(d.value());
  }

  std::size_t n_ = 0;
  std::vector<std::int32_t> direct_;    // n x n
  std::vector<std::uint32_t> offsets_;  // n x n + 1, into legs_
  std::vector<Leg> legs_;
  bool has_transfers_ = false;
};

// The expected time of a ride by `group` from `from` to `to` used to rank
// routes (see the header comment). Pure.
double ExpectedLegTimeS(const Building& building, const GroupSpec& group, FloorIndex from,
                        FloorIndex to);

}  // namespace hoistway
