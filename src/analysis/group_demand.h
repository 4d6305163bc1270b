// The passenger demand one lift group carries in one traffic period: mean
// arrival rates lambda_ij (persons per second) from each served floor i to
// each served floor j, for the general analysis.
//
// The demand follows the simulator's traffic model (traffic/trip_planner.h,
// traffic/arrival_source.h) so that the two agree: arrivals at
// rate_pct_per_5min % of the building's population per 5 minutes, split by
// the period's incoming / outgoing / interfloor mix (normalised by its sum);
// upper floors drawn in proportion to population, entrances in proportion to
// entrance_share among those a route reaches, interfloor destinations in
// proportion to population among the other reachable floors; each trip rides
// the first group in the description that serves both its floors, or, when
// none does, its legs on several groups (core/routes.h), each leg counting
// as demand on its group.
#pragma once

#include <vector>

#include "core/building.h"
#include "core/ids.h"

namespace hoistway {

struct GroupDemand {
  std::vector<FloorIndex> floors;  // the group's served floors, ascending
  std::vector<double> level_m;     // their levels
  // rate[i * n + j]: persons per second from floors[i] to floors[j].
  std::vector<double> rate;

  int FloorCount() const { return static_cast<int>(floors.size()); }
  double Rate(int from, int to) const {
    return rate[static_cast<std::size_t>(from) * floors.size() + static_cast<std::size_t>(to)];
  }
  // Total persons per second this group carries.
  double TotalRate() const;
};

// The demand group `group` carries during `period` of `building`. Pure.
GroupDemand DemandFor(const Building& building, GroupId group, const PeriodSpec& period);

}  // namespace hoistway
