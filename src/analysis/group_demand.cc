#include "analysis/group_demand.h"

#include "core/routes.h"

#include <numeric>

namespace hoistway {
namespace {

bool GroupServes(const GroupSpec& group, FloorIndex floor) {
  return group.serves.empty() || group.Serves(floor);
}

bool IsUpper(const FloorSpec& floor) {
  return !floor.entrance && floor.population > 0.0;
}

}  // namespace

double GroupDemand::TotalRate() const {
  return std::accumulate(rate.begin(), rate.end(), 0.0);
}

GroupDemand DemandFor(const Building& building, GroupId group, const PeriodSpec& period) {
  const int n_building = building.FloorCount();
  const GroupSpec& spec = building.groups[static_cast<std::size_t>(group.value())];
  GroupDemand d;
  std::vector<int> position(static_cast<std::size_t>(n_building), -1);
  for (int f = 0; f < n_building; ++f) {
    if (!GroupServes(spec, FloorIndex(f))) continue;
    position[static_cast<std::size_t>(f)] = d.FloorCount();
    d.floors.push_back(FloorIndex(f));
    d.level_m.push_back(building.floor(FloorIndex(f)).level_m);
  }
  const std::size_t n = d.floors.size();
  d.rate.assign(n * n, 0.0);

  const double mix = period.incoming_pct + period.outgoing_pct + period.interfloor_pct;
  if (mix <= 0.0 || period.rate_pct_per_5min <= 0.0) return d;
  const double total_rate =
      building.TotalPopulation() * period.rate_pct_per_5min / 100.0 / kSecondsPer5Min;
  const double incoming = total_rate * period.incoming_pct / mix;
  const double outgoing = total_rate * period.outgoing_pct / mix;
  const double interfloor = total_rate * period.interfloor_pct / mix;

  // Trips as the simulator makes them (core/routes.h): one group, or legs
  // on several with changes at entrances and sky lobbies; each leg this
  // group rides is demand on it.
  const Routes routes = Routes::Build(building);
  const auto reachable = [&routes](int a, int b) {
    return routes.Reachable(FloorIndex(a), FloorIndex(b));
  };
  auto add = [&](FloorIndex from, FloorIndex to, double rate) {
    for (const Leg& leg : routes.Legs(from, to)) {
      if (leg.group != group) continue;
      const int i = position[static_cast<std::size_t>(leg.from.value())];
      const int j = position[static_cast<std::size_t>(leg.to.value())];
      d.rate[static_cast<std::size_t>(i) * n + static_cast<std::size_t>(j)] += rate;
    }
  };

  // Incoming and outgoing: upper floors that reach an entrance, by population.
  double reachable_population = 0.0;
  std::vector<double> entrance_weight(static_cast<std::size_t>(n_building), 0.0);
  for (int f = 0; f < n_building; ++f) {
    const FloorSpec& floor = building.floor(FloorIndex(f));
    if (!IsUpper(floor)) continue;
    double shares = 0.0;
    for (int e = 0; e < n_building; ++e) {
      const FloorSpec& entrance = building.floor(FloorIndex(e));
      if (entrance.entrance && reachable(e, f) && reachable(f, e)) {
        shares += entrance.entrance_share;
      }
    }
    entrance_weight[static_cast<std::size_t>(f)] = shares;
    if (shares > 0.0) reachable_population += floor.population;
  }
  if (reachable_population > 0.0) {
    for (int f = 0; f < n_building; ++f) {
      const double shares = entrance_weight[static_cast<std::size_t>(f)];
      if (shares <= 0.0) continue;
      const double p_floor = building.floor(FloorIndex(f)).population / reachable_population;
      for (int e = 0; e < n_building; ++e) {
        const FloorSpec& entrance = building.floor(FloorIndex(e));
        if (!entrance.entrance || !reachable(e, f) || !reachable(f, e)) {
          continue;
        }
        const double p = p_floor * entrance.entrance_share / shares;
        add(FloorIndex(e), FloorIndex(f), incoming * p);
        add(FloorIndex(f), FloorIndex(e), outgoing * p);
      }
    }
  }

  // Interfloor: origins by population among upper floors with a reachable
  // destination; destinations by population among those.
  std::vector<double> destination_population(static_cast<std::size_t>(n_building), 0.0);
  double origin_population = 0.0;
  for (int o = 0; o < n_building; ++o) {
    if (!IsUpper(building.floor(FloorIndex(o)))) continue;
    for (int t = 0; t < n_building; ++t) {
      const FloorSpec& to = building.floor(FloorIndex(t));
      if (t == o || !IsUpper(to) || !reachable(o, t)) {
        continue;
      }
      destination_population[static_cast<std::size_t>(o)] += to.population;
    }
    if (destination_population[static_cast<std::size_t>(o)] > 0.0) {
      origin_population += building.floor(FloorIndex(o)).population;
    }
  }
  if (origin_population <= 0.0) return d;
  for (int o = 0; o < n_building; ++o) {
    const double dest_total = destination_population[static_cast<std::size_t>(o)];
    if (dest_total <= 0.0) continue;
    const double p_origin = building.floor(FloorIndex(o)).population / origin_population;
    for (int t = 0; t < n_building; ++t) {
      const FloorSpec& to = building.floor(FloorIndex(t));
      if (t == o || !IsUpper(to) || !reachable(o, t)) {
        continue;
      }
      add(FloorIndex(o), FloorIndex(t), interfloor * p_origin * to.population / dest_total);
    }
  }
  return d;
}

}  // namespace hoistway
