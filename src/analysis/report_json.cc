#include "analysis/report_json.h"

#include "analysis/report_text.h"

namespace hoistway {
namespace {

nlohmann::json PeriodJson(const PeriodAnalysis& p) {
  const GeneralAnalysis& a = p.result;
  nlohmann::json j;
  j["period"] = p.period;
  j["rate_pct_per_5min"] = p.spec.rate_pct_per_5min;
  j["incoming_pct"] = p.spec.incoming_pct;
  j["outgoing_pct"] = p.spec.outgoing_pct;
  j["interfloor_pct"] = p.spec.interfloor_pct;
  j["state"] = DemandStateName(a.state);
  j["demand_persons_per_5min"] = a.demand_persons_per_5min;
  j["carried_persons_per_5min"] = a.carried_persons_per_5min;
  j["utilisation"] = a.utilisation;
  if (a.state != DemandState::kNoDemand && a.state != DemandState::kLight) {
    j["interval_s"] = a.interval_s;
    j["rtt_s"] = a.trip.rtt_s;
    j["passengers_per_trip"] = a.trip.passengers;
    j["stops"] = a.trip.stops;
    j["highest_reversal_level_m"] = a.trip.highest_level_m;
    j["lowest_reversal_level_m"] = a.trip.lowest_level_m;
    j["max_car_load_persons"] = a.trip.max_car_load_persons;
    j["car_load_pct"] = a.car_load_pct;
    j["iterations"] = a.iterations;
  }
  if (p.decks) {
    // Double-deck cars: max_car_load_persons and car_load_pct are the fuller
    // deck's, against one deck's capacity.
    const DeckFigures& d = *p.decks;
    j["loads_per_deck"] = true;
    j["walked_persons_per_5min"] = d.walked_persons_per_5min;
    if (a.state != DemandState::kNoDemand && a.state != DemandState::kLight) {
      j["double_deck"] = {{"stops_lower", d.stops_lower},
                          {"stops_upper", d.stops_upper},
                          {"coincident_stops", d.coincident_stops},
                          {"load_lower_persons", d.load_lower_persons},
                          {"load_upper_persons", d.load_upper_persons},
                          {"transfer_moves", d.transfer_moves}};
    }
  }
  return j;
}

// The classical round trip and what it carries, under the contract's keys
// (spec/outputs.md), shared by rtt and size.
void PutClassicalKeys(const UpPeakRtt& c, const Throughput& t, nlohmann::json& j) {
  j["P"] = c.passengers;
  j["S"] = c.stops;
  j["H"] = c.highest_reversal;
  j["t_v_s"] = c.t_v_s;
  j["t_f1_s"] = c.t_f1_s;
  j["t_s_s"] = c.t_s_s;
  j["t_p_s"] = c.t_p_s;
  j["rtt_s"] = c.rtt_s;
  j["interval_s"] = t.interval_s;
  j["handling_capacity_persons_per_5min"] = t.persons_per_5min;
  j["handling_capacity_pct"] = t.pct_of_population;
}

void PutContractKeys(const GroupRtt& g, nlohmann::json& j) {
  PutClassicalKeys(g.classical, g.throughput, j);
  j["rtt_kinematic_s"] = g.kinematic.rtt_s;
  j["interval_kinematic_s"] = g.kinematic_throughput.interval_s;
  j["handling_capacity_kinematic_persons_per_5min"] = g.kinematic_throughput.persons_per_5min;
  j["handling_capacity_kinematic_pct"] = g.kinematic_throughput.pct_of_population;
}

}  // namespace

const char* PassengersBasisName(PassengersBasis basis) {
  switch (basis) {
    case PassengersBasis::kCapacityFactor:
      return "capacity_factor";
    case PassengersBasis::kSaturated:
      return "saturated";
    case PassengersBasis::kGiven:
      return "given";
  }
  return "unknown";
}

nlohmann::json GroupRttJson(const GroupRtt& g) {
  nlohmann::json j;
  j["group"] = g.group;
  j["cars"] = g.cars;
  j["capacity_persons"] = g.capacity_persons;
  j["capacity_factor"] = g.capacity_factor;
  j["passengers_basis"] = PassengersBasisName(g.basis);
  PutContractKeys(g, j);
  j["population"] = g.zone.population;
  j["floors_served_above_entrance"] = g.zone.UpperCount();
  j["equal_populations"] = g.zone.equal_populations;
  j["interfloor_m"] = g.zone.interfloor_m;
  j["express_m"] = g.zone.express_m;
  j["t_express_s"] = g.classical.t_express_s;
  j["shuttle"] = g.classical.two_stop;
  if (g.classical.two_stop) j["t_f_shuttle_s"] = g.classical.t_f_shuttle_s;
  j["carries_legs_of_journeys"] = g.zone.transfers;
  nlohmann::json entrances = nlohmann::json::array();
  for (const ZoneFloor& e : g.zone.entrances) {
    entrances.push_back({{"floor", e.name}, {"level_m", e.level_m}, {"share", e.share}});
  }
  j["entrances"] = entrances;
  j["entrance_stops"] = g.classical.entrance_stops;
  j["entrance_run_m"] = g.classical.entrance_run_m;
  j["t_entrance_s"] = g.classical.t_entrance_s;
  j["kinematic_expected_flight_s"] = g.kinematic.expected_flight_s;
  j["kinematic_expected_stops"] = g.kinematic.expected_stops;
  j["deck"] = g.double_deck ? "double" : "single";
  if (g.double_deck) {
    const DoubleDeckRtt& d = *g.double_deck;
    j["double_deck"] = {{"passengers_per_deck", d.passengers_per_deck},
                        {"passengers_upper_deck", d.passengers_upper},
                        {"pairs", d.pairs},
                        {"S", d.stops},
                        {"S_lower", d.stops_lower},
                        {"S_upper", d.stops_upper},
                        {"coincident_stops", d.coincident_stops},
                        {"H", d.highest_reversal},
                        {"pair_height_m", d.pair_height_m},
                        {"t_v_s", d.t_v_s},
                        {"t_f1_s", d.t_f1_s},
                        {"t_s_s", d.t_s_s},
                        {"loading_s", d.loading_s},
                        {"alighting_moves", d.alighting_moves},
                        {"unloading_s", d.unloading_s},
                        {"rtt_s", d.rtt_s},
                        {"kinematic_expected_flight_s", d.kinematic_expected_flight_s},
                        {"rtt_kinematic_s", d.rtt_kinematic_s}};
  }
  nlohmann::json periods = nlohmann::json::array();
  for (const PeriodAnalysis& p : g.periods) periods.push_back(PeriodJson(p));
  j["general_analysis"] = periods;
  return j;
}

nlohmann::json RttJson(const BuildingRtt& rtt) {
  nlohmann::json j;
  j["building"] = rtt.building;
  j["source"] = rtt.source;
  if (!rtt.groups.empty()) {
    j["group"] = rtt.groups.front().group;
    PutContractKeys(rtt.groups.front(), j);
  }
  nlohmann::json groups = nlohmann::json::array();
  for (const GroupRtt& g : rtt.groups) groups.push_back(GroupRttJson(g));
  j["groups"] = groups;
  j["journey_time_estimate_s"] = {{"mean", rtt.journey.mean_s},
                                  {"max", rtt.journey.max_s},
                                  {"max_floor", rtt.journey.max_floor},
                                  {"changes_per_person", rtt.journey.mean_changes}};
  return j;
}

nlohmann::json DesignJson(const Design& d) {
  nlohmann::json j;
  j["cars"] = d.cars;
  j["rated_load_kg"] = d.rated_load_kg;
  j["capacity_persons"] = d.capacity_persons;
  j["speed_mps"] = d.speed_mps;
  j["acceleration_mps2"] = d.times.limits.acceleration_mps2;
  j["jerk_mps3"] = d.times.limits.jerk_mps3;
  j["cost"] = d.cost;
  j["meets_targets"] = d.meets;
  j["shortfall_pct"] = 100.0 * d.shortfall;
  PutClassicalKeys(d.classical, d.throughput, j);
  j["rtt_kinematic_s"] = d.rtt_kinematic_s;
  j["interval_kinematic_s"] = d.kinematic_throughput.interval_s;
  j["handling_capacity_kinematic_pct"] = d.kinematic_throughput.pct_of_population;
  j["judged_interval_s"] = d.JudgedInterval();
  j["judged_handling_capacity_pct"] = d.JudgedHandlingCapacityPct();
  if (d.simulated) {
    const SimulatedCheck& sim = *d.simulated;
    j["simulated"] = {{"runs", sim.runs},
                      {"waiting_time_s_mean", sim.waiting_mean_s},
                      {"waiting_time_s_p90", sim.waiting_p90_s},
                      {"pct_waiting_over_60s", sim.pct_waiting_over_60s},
                      {"time_to_destination_s_mean", sim.time_to_destination_mean_s},
                      {"round_trip_time_s", sim.round_trip_time_s},
                      {"interval_s", sim.interval_s},
                      {"passengers_delivered", sim.passengers_delivered}};
  }
  return j;
}

nlohmann::json SizingJson(const Sizing& sizing, const std::string& building,
                          const std::string& source) {
  nlohmann::json j;
  j["building"] = building;
  j["source"] = source;
  nlohmann::json targets = nlohmann::json::object();
  if (sizing.target_interval_s) targets["interval_s"] = *sizing.target_interval_s;
  if (sizing.target_handling_capacity_pct) {
    targets["handling_capacity_pct"] = *sizing.target_handling_capacity_pct;
  }
  j["targets"] = targets;
  j["cost_proxy"] = CostProxyFormula();
  j["all_met"] = sizing.AllMet();
  nlohmann::json groups = nlohmann::json::array();
  for (const GroupSizing& g : sizing.groups) {
    nlohmann::json group;
    group["group"] = g.group;
    group["deck"] = g.double_deck ? "double" : "single";
    group["population"] = g.population;
    group["evaluated"] = g.evaluated;
    group["meeting"] = g.meeting;
    group["skipped_speeds"] = g.skipped_speeds;
    group["met"] = g.Met();
    nlohmann::json designs = nlohmann::json::array();
    for (const Design& d : g.designs) designs.push_back(DesignJson(d));
    group["designs"] = designs;
    groups.push_back(group);
  }
  j["groups"] = groups;
  if (!sizing.groups.empty() && sizing.groups.front().Met()) {  // the first group's cheapest
    j["best"] = DesignJson(sizing.groups.front().designs.front());
  }
  return j;
}

}  // namespace hoistway
