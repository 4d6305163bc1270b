#include "analysis/served_zone.h"

#include "core/routes.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

namespace hoistway {
namespace {

// Shares equal within this relative tolerance count as equal populations.
constexpr double kEqualShareTolerance = 1e-9;

bool GroupServes(const GroupSpec& group, FloorIndex floor) {
  return group.serves.empty() || group.Serves(floor);
}

// The part of the trips between `upper` and the entrance floors that group
// `group` carries. As in the simulator's trip planner (traffic/trip_planner.h),
// a passenger uses an entrance in proportion to its entrance_share among the
// entrances some group connects to `upper`, and rides the first group in the
// description that serves both floors.
double CarriedShare(const Building& building, GroupId group, FloorIndex upper) {
  double reachable = 0.0;
  double carried = 0.0;
  for (int e = 0; e < building.FloorCount(); ++e) {
    const FloorIndex entrance(e);
    const FloorSpec& spec = building.floor(entrance);
    if (!spec.entrance) continue;
    for (std::size_t g = 0; g < building.groups.size(); ++g) {
      const GroupSpec& candidate = building.groups[g];
      if (!GroupServes(candidate, entrance) || !GroupServes(candidate, upper)) continue;
      reachable += spec.entrance_share;
      if (static_cast<int>(g) == group.value()) carried += spec.entrance_share;
      break;
    }
  }
  return reachable > 0.0 ? carried / reachable : 0.0;
}

// "office.yaml: groups[1] (High)", the key path the loader's messages use.
std::string Where(const Building& building, GroupId group) {
  const std::string prefix = building.source.empty() ? "" : building.source + ": ";
  return fmt::format("{}groups[{}] ({})", prefix, group.value(),
                     building.groups[static_cast<std::size_t>(group.value())].name);
}

// Where the up-peak legs ridden on `group` board and alight, weighted by the
// persons who ride them: every populated floor's people come in from the
// entrances (by share) along their routes (core/routes.h), so a shuttle's
// people board at the lobby and alight at its sky lobby, and a sky-lobby
// group's board at the sky lobby.
struct LegFlows {
  std::vector<double> boarding;   // per floor
  std::vector<double> alighting;  // per floor
};

LegFlows UpPeakLegFlows(const Building& building, GroupId group, const Routes& routes) {
  const auto n = static_cast<std::size_t>(building.FloorCount());
  LegFlows flows{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  for (int f = 0; f < building.FloorCount(); ++f) {
    const FloorSpec& upper = building.floor(FloorIndex(f));
    if (upper.entrance || upper.population <= 0.0) continue;
    double reachable = 0.0;
    for (int e = 0; e < building.FloorCount(); ++e) {
      const FloorSpec& entrance = building.floor(FloorIndex(e));
      if (entrance.entrance && routes.Reachable(FloorIndex(e), FloorIndex(f))) {
        reachable += entrance.entrance_share;
      }
    }
    for (int e = 0; e < building.FloorCount() && reachable > 0.0; ++e) {
      const FloorSpec& entrance = building.floor(FloorIndex(e));
      if (!entrance.entrance || !routes.Reachable(FloorIndex(e), FloorIndex(f))) continue;
      const double persons = upper.population * entrance.entrance_share / reachable;
      for (const Leg& leg : routes.Legs(FloorIndex(e), FloorIndex(f))) {
        if (leg.group != group || leg.to < leg.from) continue;
        flows.boarding[static_cast<std::size_t>(leg.from.value())] += persons;
        flows.alighting[static_cast<std::size_t>(leg.to.value())] += persons;
      }
    }
  }
  return flows;
}

// The zone of a group whose up-peak passengers change groups (a shuttle to
// a sky lobby, a local group above one): boarding floors play the entrances,
// alighting floors the upper floors. Empty entrances when it carries nobody up.
ServedZone TransferZone(const Building& building, GroupId group_id) {
  const GroupSpec& group = building.groups[static_cast<std::size_t>(group_id.value())];
  const Routes routes = Routes::Build(building);
  const LegFlows flows = UpPeakLegFlows(building, group_id, routes);
  ServedZone zone;
  zone.group_name = group.name;
  zone.transfers = true;
  double boarding = 0.0;
  for (int f = 0; f < building.FloorCount(); ++f) {
    const double b = flows.boarding[static_cast<std::size_t>(f)];
    if (b <= 0.0) continue;
    const FloorSpec& spec = building.floor(FloorIndex(f));
    zone.entrances.push_back({FloorIndex(f), spec.name, spec.level_m, b});
    boarding += b;
  }
  if (zone.entrances.empty()) return zone;
  for (ZoneFloor& e : zone.entrances) e.share /= boarding;
  zone.base_level_m = zone.entrances.back().level_m;
  for (int f = zone.entrances.back().floor.value() + 1; f < building.FloorCount(); ++f) {
    const double a = flows.alighting[static_cast<std::size_t>(f)];
    if (a <= 0.0) continue;
    const FloorSpec& spec = building.floor(FloorIndex(f));
    zone.upper.push_back({FloorIndex(f), spec.name, spec.level_m, a});
    zone.population += a;
  }
  return zone;
}

// Shares, equal populations, d_f and d_E of a zone whose entrances and
// upper floors are found.
Result<ServedZone> FinishZone(const Building& building, GroupId group_id, const std::string& where,
                              ServedZone zone) {
  const GroupSpec& group = building.groups[static_cast<std::size_t>(group_id.value())];
  if (zone.upper.empty() || zone.population <= 0.0) {
    return InvalidInput(fmt::format(
        "{}: the floors it serves above its entrance have no population (floors[].population): "
        "the RTT calculation needs somewhere for passengers to go",
        where));
  }
  for (ZoneFloor& u : zone.upper) u.share /= zone.population;
  const double first_share = zone.upper.front().share;
  zone.equal_populations =
      std::all_of(zone.upper.begin(), zone.upper.end(), [&](const ZoneFloor& u) {
        return std::fabs(u.share - first_share) <= kEqualShareTolerance * first_share;
      });

  // d_f and d_E (CIBSE Guide D: d_f is the average interfloor distance of the
  // floors served above the main terminal; an express zone adds its run).
  const int n = zone.UpperCount();
  const ZoneFloor& first = zone.upper.front();
  const ZoneFloor& top = zone.upper.back();
  bool express = false;
  for (int f = zone.entrances.back().floor.value() + 1; f < first.floor.value(); ++f) {
    express = express || !GroupServes(group, FloorIndex(f));
  }
  if (!express) {
    zone.interfloor_m = (top.level_m - zone.base_level_m) / n;
  } else {
    zone.interfloor_m = n > 1 ? (top.level_m - first.level_m) / (n - 1)
                              : building.Distance(FloorIndex(first.floor.value() - 1), first.floor);
    zone.express_m = std::max(0.0, first.level_m - zone.base_level_m - zone.interfloor_m);
  }
  if (zone.interfloor_m <= 0.0) {
    return InvalidInput(
        fmt::format("{}: the floors it serves have zero height (floors[].height_m)", where));
  }
  return zone;
}

}  // namespace

Result<ServedZone> MakeServedZone(const Building& building, GroupId group_id) {
  const GroupSpec& group = building.groups[static_cast<std::size_t>(group_id.value())];
  const std::string where = Where(building, group_id);
  ServedZone zone;
  zone.group_name = group.name;
  // A group that carries its up-peak passengers only as a leg of their
  // journey: its zone comes from their routes.
  bool carries_directly = false;
  for (FloorIndex f : group.serves) {
    const FloorSpec& spec = building.floor(f);
    carries_directly = carries_directly || (!spec.entrance && spec.population > 0.0 &&
                                            CarriedShare(building, group_id, f) > 0.0);
  }
  if (!carries_directly) {
    ServedZone transfer = TransferZone(building, group_id);
    if (!transfer.entrances.empty() && transfer.population > 0.0) {
      zone = std::move(transfer);
      return FinishZone(building, group_id, where, std::move(zone));
    }
  }

  // Entrances are the served entrance floors; the highest of them is the base.
  double entrance_weight = 0.0;
  for (int f = 0; f < building.FloorCount(); ++f) {
    const FloorIndex index(f);
    const FloorSpec& spec = building.floor(index);
    if (!spec.entrance || !GroupServes(group, index)) continue;
    zone.entrances.push_back({index, spec.name, spec.level_m, spec.entrance_share});
    entrance_weight += spec.entrance_share;
  }
  if (zone.entrances.empty()) {
    return InvalidInput(fmt::format(
        "{}: serves no entrance floor (floors[].entrance): the up-peak round trip starts at one",
        where));
  }
  if (entrance_weight <= 0.0) {
    return InvalidInput(
        fmt::format("{}: the entrance floors it serves all have entrance_share 0", where));
  }
  for (ZoneFloor& e : zone.entrances) e.share /= entrance_weight;
  const ZoneFloor& base = zone.entrances.back();
  zone.base_level_m = base.level_m;

  // Upper floors: served, not entrances, with the part of their population
  // this group carries (see CarriedShare).
  for (int f = 0; f < building.FloorCount(); ++f) {
    const FloorIndex index(f);
    const FloorSpec& spec = building.floor(index);
    if (spec.entrance || !GroupServes(group, index)) continue;
    const double population = spec.population * CarriedShare(building, group_id, index);
    if (index < base.floor) {
      if (population > 0.0) {
        return InvalidInput(fmt::format(
            "{}: populated floor {} lies below entrance floor {}: the up-peak RTT method needs "
            "every entrance below the floors it serves (use `hoistway simulate`)",
            where, spec.name, base.name));
      }
      continue;  // an unpopulated floor below the entrances: up-peak cars never go there
    }
    zone.upper.push_back({index, spec.name, spec.level_m, population});
    zone.population += population;
  }
  return FinishZone(building, group_id, where, std::move(zone));
}

}  // namespace hoistway
