#include "analysis/rtt_analysis.h"

#include <fmt/core.h>

#include "analysis/group_demand.h"
#include "analysis/journey_estimate.h"

namespace hoistway {
namespace {

std::string Prefix(const Building& building) {
  return building.source.empty() ? "" : building.source + ": ";
}

}  // namespace

double PassengersPerTrip(const Building& building, const CarSpec& car, PassengersBasis* basis) {
  if (building.traffic.saturated) {
    if (basis != nullptr) *basis = PassengersBasis::kSaturated;
    return car.MaxLoad();
  }
  if (basis != nullptr) *basis = PassengersBasis::kCapacityFactor;
  return building.analysis.capacity_factor * car.capacity_persons;
}

Status CheckRttInput(const Building& building) {
  const std::string prefix = Prefix(building);
  const double cf = building.analysis.capacity_factor;
  if (!(cf > 0.0 && cf <= 1.0)) {
    return InvalidInput(
        fmt::format("{}analysis.capacity_factor must be in (0, 1], got {}", prefix, cf));
  }
  if (building.TotalPopulation() <= 0.0) {
    return InvalidInput(fmt::format(
        "{}floors: no floor has a population (floors[].population): the RTT calculation needs "
        "passengers",
        prefix));
  }
  if (building.groups.empty()) {
    return InvalidInput(fmt::format("{}groups: no lift group to analyse", prefix));
  }
  for (std::size_t index = 0; index < building.groups.size(); ++index) {
    const GroupSpec& g = building.groups[index];
    const CarSpec& car = g.car;
    const auto bad = [&](const char* key, double value) {
      return InvalidInput(
          fmt::format("{}groups[{}].{} must be positive, got {}", prefix, index, key, value));
    };
    if (g.cars < 1) return bad("cars", g.cars);
    if (car.capacity_persons < 1) return bad("car.capacity_persons", car.capacity_persons);
    if (!(car.rated_speed_mps > 0.0)) return bad("car.rated_speed_mps", car.rated_speed_mps);
    if (!(car.acceleration_mps2 > 0.0)) return bad("car.acceleration_mps2", car.acceleration_mps2);
    if (!(car.jerk_mps3 > 0.0)) return bad("car.jerk_mps3", car.jerk_mps3);
  }
  return Status::Ok();
}

Result<BuildingRtt> AnalyzeRtt(const Building& building, const RttOptions& options) {
  if (Status s = CheckRttInput(building); !s.ok()) return s.error();
  if (options.passengers && !(*options.passengers > 0.0)) {
    return InvalidInput(
        fmt::format("passengers per trip must be positive, got {}", *options.passengers));
  }
  BuildingRtt out;
  out.building = building.name;
  out.source = building.source;
  for (int g = 0; g < static_cast<int>(building.groups.size()); ++g) {
    const GroupSpec& spec = building.groups[static_cast<std::size_t>(g)];
    Result<ServedZone> zone = MakeServedZone(building, GroupId(g));
    if (!zone.ok()) return zone.error();

    GroupRtt r;
    r.group = spec.name;
    r.cars = spec.cars;
    r.capacity_persons = spec.car.capacity_persons;
    r.capacity_factor = building.analysis.capacity_factor;
    r.zone = std::move(zone).value();
    r.times = CarTimingFor(spec.car);
    double passengers = PassengersPerTrip(building, spec.car, &r.basis);
    if (options.passengers) {
      passengers = *options.passengers;
      r.basis = PassengersBasis::kGiven;
    }
    if (spec.deck == Deck::kDouble) {
      Result<DoubleDeckRtt> dd = ComputeDoubleDeckRtt(building, spec, r.zone, r.times, passengers);
      if (!dd.ok()) return dd.error();
      const DoubleDeckRtt& d = *dd;
      const double both = d.passengers_per_deck + d.passengers_upper;
      r.classical = AsUpPeakRtt(d);
      r.throughput = ThroughputFor(d.rtt_s, both, r.cars, r.zone.population);
      r.kinematic.expected_flight_s = d.kinematic_expected_flight_s;
      r.kinematic.expected_stops = d.stops + 1.0;
      r.kinematic.rtt_s = d.rtt_kinematic_s;
      r.kinematic_throughput = ThroughputFor(d.rtt_kinematic_s, both, r.cars, r.zone.population);
      r.double_deck = d;
    } else {
      r.classical = ComputeUpPeakRtt(r.zone, r.times, passengers);
      r.throughput = ThroughputFor(r.classical.rtt_s, passengers, r.cars, r.zone.population);
      r.kinematic = ComputeKinematicRtt(r.zone, r.times, passengers);
      r.kinematic_throughput =
          ThroughputFor(r.kinematic.rtt_s, passengers, r.cars, r.zone.population);
    }

    if (options.general_analysis && !building.traffic.saturated) {
      const double cf = building.analysis.capacity_factor;
      const auto& periods = building.traffic.periods;
      for (int p = 0; p < static_cast<int>(periods.size()); ++p) {
        const PeriodSpec& period = periods[static_cast<std::size_t>(p)];
        const GroupDemand demand = DemandFor(building, GroupId(g), period);
        PeriodAnalysis a{p, period, {}, {}};
        if (r.double_deck) {
          DoubleDeckGeneralAnalysis dd = RunDoubleDeckGeneralAnalysis(building, spec, demand, cf,
                                                                      r.double_deck->pair_height_m);
          a.result = dd.result;
          a.decks = dd.decks;
        } else {
          a.result = RunGeneralAnalysis(demand, spec, cf, r.zone.interfloor_m);
        }
        r.periods.push_back(std::move(a));
      }
    }
    out.groups.push_back(std::move(r));
  }
  out.journey = EstimateUpPeakJourneys(building, out);
  return out;
}

}  // namespace hoistway
