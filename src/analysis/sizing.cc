#include "analysis/sizing.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "analysis/double_deck_rtt.h"
#include "analysis/kinematic_rtt.h"
#include "analysis/rtt_analysis.h"
#include "analysis/served_zone.h"
#include "kinematics/motion_profile.h"

namespace hoistway {
namespace {

// A speed counts as reached when the peak velocity over the whole travel is
// within this fraction of it.
constexpr double kReachedFraction = 1.0 - 1e-9;

std::string Prefix(const Building& building) {
  return building.source.empty() ? "" : building.source + ": ";
}

double Shortfall(const Design& d, const Sizing& targets) {
  double worst = -1e300;
  if (targets.target_interval_s) {
    worst = std::max(worst, d.JudgedInterval() / *targets.target_interval_s - 1.0);
  }
  if (targets.target_handling_capacity_pct) {
    worst = std::max(worst,
                     *targets.target_handling_capacity_pct / d.JudgedHandlingCapacityPct() - 1.0);
  }
  return worst;
}

bool CheaperThan(const Design& a, const Design& b) {
  if (a.cost != b.cost) return a.cost < b.cost;
  if (a.cars != b.cars) return a.cars < b.cars;
  return a.JudgedInterval() < b.JudgedInterval();
}

bool CloserThan(const Design& a, const Design& b) {
  if (a.shortfall != b.shortfall) return a.shortfall < b.shortfall;
  return CheaperThan(a, b);
}

GroupSizing SizeGroup(const Building& building, const GroupSpec& group, const ServedZone& zone,
                      const Sizing& targets, const SizingOptions& options) {
  GroupSizing out;
  out.group = group.name;
  out.double_deck = group.deck == Deck::kDouble;
  out.population = zone.population;
  const double travel = zone.upper.back().level_m - zone.entrances.front().level_m;

  std::vector<Design> meeting;
  std::vector<Design> closest;
  for (std::size_t s = 0; s < options.speeds_mps.size(); ++s) {
    const double speed = options.speeds_mps[s];
    const CarTiming times = DesignCarTiming(group.car, speed);
    const bool reached =
        MotionProfile::RestToRest(travel, times.limits).PeakVelocity() >= speed * kReachedFraction;
    if (!reached && s > 0) {
      ++out.skipped_speeds;
      continue;
    }
    const ZoneFlights flights(zone, times.limits);
    for (double load : options.rated_loads_kg) {
      CarSpec car = group.car;
      car.capacity_persons = PersonsForRatedLoad(load);
      car.rated_load_kg = load;
      double passengers = PassengersPerTrip(building, car);
      UpPeakRtt classical;
      double kinematic = 0.0;
      // A double-deck car has two decks of `load` each: its passengers are
      // both decks', its cost that of twice the load.
      double cost_load = load;
      if (group.deck == Deck::kDouble) {
        Result<DoubleDeckRtt> dd = ComputeDoubleDeckRtt(building, group, zone, times, passengers);
        if (!dd.ok()) continue;  // checked by SizeBuilding: never for a sized group
        classical = AsUpPeakRtt(*dd);
        passengers = classical.passengers;
        kinematic = dd->rtt_kinematic_s;
        cost_load = 2.0 * load;
      } else {
        classical = ComputeUpPeakRtt(zone, times, passengers);
        kinematic = ComputeKinematicRtt(zone, flights, times, passengers).rtt_s;
      }
      for (int cars = options.min_cars; cars <= options.max_cars; ++cars) {
        Design d;
        d.rated_load_kg = load;
        d.capacity_persons = car.capacity_persons;
        d.speed_mps = speed;
        d.cars = cars;
        d.times = times;
        d.classical = classical;
        d.throughput = ThroughputFor(classical.rtt_s, passengers, cars, zone.population);
        d.rtt_kinematic_s = kinematic;
        d.kinematic_throughput = ThroughputFor(kinematic, passengers, cars, zone.population);
        d.cost = CostProxy(cost_load, speed, cars);
        d.shortfall = Shortfall(d, targets);
        d.meets = d.shortfall <= 0.0;
        ++out.evaluated;
        (d.meets ? meeting : closest).push_back(d);
      }
    }
  }
  out.meeting = static_cast<int>(meeting.size());
  std::vector<Design>& pool = meeting.empty() ? closest : meeting;
  const auto order = meeting.empty() ? CloserThan : CheaperThan;
  const std::size_t keep =
      std::min(pool.size(), static_cast<std::size_t>(std::max(options.keep, 0)));
  std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(keep), pool.end(),
                    order);
  pool.resize(keep);
  out.designs = std::move(pool);
  return out;
}

}  // namespace

double Design::JudgedInterval() const {
  return std::max(throughput.interval_s, kinematic_throughput.interval_s);
}

double Design::JudgedHandlingCapacityPct() const {
  return std::min(throughput.pct_of_population, kinematic_throughput.pct_of_population);
}

Building BuildingWithDesign(const Building& building, GroupId group, const Design& design) {
  Building out = building;
  GroupSpec& g = out.groups[static_cast<std::size_t>(group.value())];
  g.cars = design.cars;
  g.car.capacity_persons = design.capacity_persons;
  g.car.rated_load_kg = design.rated_load_kg;
  g.car.rated_speed_mps = design.times.limits.speed_mps;
  g.car.acceleration_mps2 = design.times.limits.acceleration_mps2;
  g.car.jerk_mps3 = design.times.limits.jerk_mps3;
  // Outages stay for the cars the design still has.
  std::erase_if(g.out_of_service,
                [&](const OutOfService& o) { return o.car.value() >= design.cars; });
  return out;
}

bool Sizing::AllMet() const {
  return std::all_of(groups.begin(), groups.end(), [](const GroupSizing& g) { return g.Met(); });
}

Status CheckSizingInput(const Building& building) {
  if (Status s = CheckRttInput(building); !s.ok()) return s;
  const AnalysisSpec& a = building.analysis;
  const std::string prefix = Prefix(building);
  if (!a.target_interval_s && !a.target_handling_capacity_pct) {
    return InvalidInput(fmt::format(
        "{}analysis.targets: size needs a target (interval_s, handling_capacity_pct, or both)",
        prefix));
  }
  if (a.target_interval_s && !(*a.target_interval_s > 0.0)) {
    return InvalidInput(fmt::format("{}analysis.targets.interval_s must be positive, got {}",
                                    prefix, *a.target_interval_s));
  }
  if (a.target_handling_capacity_pct && !(*a.target_handling_capacity_pct > 0.0)) {
    return InvalidInput(
        fmt::format("{}analysis.targets.handling_capacity_pct must be positive, got {}", prefix,
                    *a.target_handling_capacity_pct));
  }
  return Status::Ok();
}

Result<Sizing> SizeBuilding(const Building& building, const SizingOptions& options) {
  if (Status s = CheckSizingInput(building); !s.ok()) return s.error();
  Sizing sizing;
  sizing.target_interval_s = building.analysis.target_interval_s;
  sizing.target_handling_capacity_pct = building.analysis.target_handling_capacity_pct;
  for (int g = 0; g < static_cast<int>(building.groups.size()); ++g) {
    const GroupSpec& group = building.groups[static_cast<std::size_t>(g)];
    Result<ServedZone> zone = MakeServedZone(building, GroupId(g));
    if (!zone.ok()) return zone.error();
    // A double-deck group the round trip refuses (no populated pair above the
    // lobby) is refused once, here, with the group's own car.
    if (group.deck == Deck::kDouble) {
      auto dd = ComputeDoubleDeckRtt(building, group, *zone, CarTimingFor(group.car),
                                     PassengersPerTrip(building, group.car));
      if (!dd.ok()) return dd.error();
    }
    sizing.groups.push_back(SizeGroup(building, group, *zone, sizing, options));
  }
  return sizing;
}

}  // namespace hoistway
