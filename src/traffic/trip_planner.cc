#include "traffic/trip_planner.h"

#include <fmt/core.h>

namespace hoistway {

TripPlanner::Choice TripPlanner::MakeChoice(std::vector<FloorIndex> floors,
                                            const std::vector<double>& weights) {
  Choice c;
  c.floors = std::move(floors);
  if (!c.floors.empty()) c.weights = WeightedChoice(weights);
  return c;
}

Result<TripPlanner> TripPlanner::Create(const Building& building) {
  TripPlanner t;
  const int n = building.FloorCount();
  t.n_ = static_cast<std::size_t>(n);
  t.routes_ = Routes::Build(building);
  const auto reachable = [&t](FloorIndex o, FloorIndex d) { return t.routes_.Reachable(o, d); };

  std::vector<FloorIndex> uppers;
  std::vector<double> upper_weights;
  t.entrance_for_upper_.resize(t.n_);
  for (int f = 0; f < n; ++f) {
    const FloorSpec& floor = building.floors[f];
    if (floor.entrance || floor.population <= 0.0) continue;
    std::vector<FloorIndex> entrances;
    std::vector<double> shares;
    for (int e = 0; e < n; ++e) {
      if (!building.floors[e].entrance || !reachable(FloorIndex(e), FloorIndex(f)) ||
          !reachable(FloorIndex(f), FloorIndex(e))) {
        continue;
      }
      entrances.push_back(FloorIndex(e));
      shares.push_back(building.floors[e].entrance_share);
    }
    if (entrances.empty()) {
      return InvalidInput(fmt::format(
          "{}: floor '{}' has a population but no group connects it to an entrance floor",
          building.source, floor.name));
    }
    t.entrance_for_upper_[f] = MakeChoice(std::move(entrances), shares);
    uppers.push_back(FloorIndex(f));
    upper_weights.push_back(floor.population);
  }
  t.upper_by_population_ = MakeChoice(uppers, upper_weights);

  t.interfloor_from_.resize(t.n_);
  std::vector<FloorIndex> origins;
  std::vector<double> origin_weights;
  for (FloorIndex o : uppers) {
    std::vector<FloorIndex> dests;
    std::vector<double> weights;
    for (FloorIndex d : uppers) {
      if (d == o || !reachable(o, d)) continue;
      dests.push_back(d);
      weights.push_back(building.floor(d).population);
    }
    if (dests.empty()) continue;
    t.interfloor_from_[o.value()] = MakeChoice(std::move(dests), weights);
    origins.push_back(o);
    origin_weights.push_back(building.floor(o).population);
  }
  t.interfloor_origin_ = MakeChoice(std::move(origins), origin_weights);

  for (const GroupSpec& group : building.groups) {
    std::vector<FloorIndex> dests;
    std::vector<double> weights;
    for (FloorIndex f : group.serves) {
      const FloorSpec& floor = building.floor(f);
      if (f <= building.main_entrance || floor.entrance || floor.population <= 0.0) continue;
      dests.push_back(f);
      weights.push_back(floor.population);
    }
    t.up_peak_for_group_.push_back(MakeChoice(std::move(dests), weights));
  }

  // Origin-destination tables: the cells with a share, drawn by it.
  t.od_.resize(building.traffic.periods.size());
  t.od_cells_.resize(building.traffic.periods.size());
  for (std::size_t p = 0; p < building.traffic.periods.size(); ++p) {
    const PeriodSpec& period = building.traffic.periods[p];
    if (period.od.empty()) continue;
    std::vector<double> weights;
    for (std::size_t cell = 0; cell < period.od.size(); ++cell) {
      if (period.od[cell] <= 0.0) continue;
      const auto o = static_cast<int>(cell / t.n_);
      const auto d = static_cast<int>(cell % t.n_);
      if (!reachable(FloorIndex(o), FloorIndex(d))) {
        return InvalidInput(fmt::format("{}: row '{}', column '{}': no route joins the floors",
                                        period.od_source, building.floor(FloorIndex(o)).name,
                                        building.floor(FloorIndex(d)).name));
      }
      t.od_cells_[p].push_back(static_cast<std::uint32_t>(cell));
      weights.push_back(period.od[cell]);
    }
    t.od_[p] = WeightedChoice(weights);
  }
  // Every traffic kind some period asks for must be possible.
  for (const PeriodSpec& period : building.traffic.periods) {
    if (period.rate_pct_per_5min <= 0.0 || !period.od.empty()) continue;
    if ((period.incoming_pct > 0.0 || period.outgoing_pct > 0.0) &&
        !t.CanDraw(TripKind::kIncoming)) {
      return InvalidInput(
          fmt::format("{}: traffic.periods: incoming and outgoing traffic need a "
                      "populated floor that is not an entrance",
                      building.source));
    }
    if (period.interfloor_pct > 0.0 && !t.CanDraw(TripKind::kInterfloor)) {
      return InvalidInput(fmt::format(
          "{}: traffic.periods: interfloor traffic needs two populated upper floors served by the "
          "same group",
          building.source));
    }
  }
  return t;
}

bool TripPlanner::CanDraw(TripKind kind) const {
  if (kind == TripKind::kInterfloor) return !interfloor_origin_.floors.empty();
  return !upper_by_population_.floors.empty();
}

Trip TripPlanner::Draw(TripKind kind, Random& random) const {
  Trip trip;
  switch (kind) {
    case TripKind::kIncoming:
    case TripKind::kOutgoing: {
      const FloorIndex upper =
          upper_by_population_.floors[upper_by_population_.weights.Draw(random)];
      const Choice& entrances = entrance_for_upper_[upper.value()];
      const FloorIndex entrance = entrances.floors[entrances.weights.Draw(random)];
      trip.origin = kind == TripKind::kIncoming ? entrance : upper;
      trip.destination = kind == TripKind::kIncoming ? upper : entrance;
      break;
    }
    case TripKind::kInterfloor: {
      trip.origin = interfloor_origin_.floors[interfloor_origin_.weights.Draw(random)];
      const Choice& dests = interfloor_from_[trip.origin.value()];
      trip.destination = dests.floors[dests.weights.Draw(random)];
      break;
    }
  }
  trip.group = GroupId(FirstGroup(trip.origin, trip.destination));
  return trip;
}

Trip TripPlanner::DrawFromOd(std::size_t period, Random& random) const {
  const std::uint32_t cell = od_cells_[period][od_[period].Draw(random)];
  Trip trip;
  trip.origin = FloorIndex(static_cast<int>(cell / n_));
  trip.destination = FloorIndex(static_cast<int>(cell % n_));
  trip.group = GroupId(FirstGroup(trip.origin, trip.destination));
  return trip;
}

bool TripPlanner::HasUpPeakDestinations(GroupId group) const {
  return !up_peak_for_group_[group.value()].floors.empty();
}

FloorIndex TripPlanner::DrawUpPeakDestination(GroupId group, Random& random) const {
  const Choice& c = up_peak_for_group_[group.value()];
  return c.floors[c.weights.Draw(random)];
}

}  // namespace hoistway
