#include "analysis/report_text.h"

#include <fmt/core.h>

#include <iterator>

namespace hoistway {
namespace {

template <typename... Args>
void Line(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
  out += '\n';
}

std::string Targets(const Sizing& s) {
  std::string t;
  if (s.target_interval_s) t += fmt::format("interval <= {:g} s", *s.target_interval_s);
  if (s.target_handling_capacity_pct) {
    if (!t.empty()) t += ", ";
    t += fmt::format("handling capacity >= {:g} %", *s.target_handling_capacity_pct);
  }
  return t;
}

// One line per traffic period of the general analysis; for double-deck
// cars the load is the fuller deck's, against one deck's capacity.
void PeriodLines(std::string& out, const GroupRtt& g) {
  for (const PeriodAnalysis& p : g.periods) {
    const GeneralAnalysis& a = p.result;
    std::string figures;
    if (a.state == DemandState::kLight) {
      figures =
          fmt::format("no busy interval (car utilisation about {:.0f} %)", 100 * a.utilisation);
    } else if (a.state != DemandState::kNoDemand && p.decks) {
      figures = fmt::format(
          "interval {:.1f} s, load of the fuller deck {:.0f} %, {:.1f} stops ({:.1f} coincident)",
          a.interval_s, a.car_load_pct, a.trip.stops, p.decks->coincident_stops);
    } else if (a.state != DemandState::kNoDemand) {
      figures = fmt::format("interval {:.1f} s, car load {:.0f} %", a.interval_s, a.car_load_pct);
    }
    Line(out, "  general analysis, period {} ({:g} %/5 min, {:g}/{:g}/{:g} in/out/inter): {}{}{}",
         p.period + 1, p.spec.rate_pct_per_5min, p.spec.incoming_pct, p.spec.outgoing_pct,
         p.spec.interfloor_pct, figures, figures.empty() ? "" : ", ", DemandStateName(a.state));
  }
}

}  // namespace

const char* CostProxyFormula() {
  return "cars x (1 + 0.6 Q/1000 + 0.2 v), Q in kg, v in m/s";
}

std::string RttText(const BuildingRtt& rtt) {
  std::string out;
  Line(out, "{}{}", rtt.building, rtt.source.empty() ? "" : " (" + rtt.source + ")");
  for (const GroupRtt& g : rtt.groups) {
    const ServedZone& z = g.zone;
    const UpPeakRtt& c = g.classical;
    Line(out, "group {}: {} car{} x {} persons, {:g} m/s; {} floors {} to {} above {} (U = {:g})",
         g.group, g.cars, g.cars == 1 ? "" : "s", g.capacity_persons, g.times.limits.speed_mps,
         z.UpperCount(), z.upper.front().name, z.upper.back().name, z.entrances.back().name,
         z.population);
    if (z.express_m > 0.0) {
      Line(out, "  express zone: run d_E = {:.2f} m beyond one interfloor d_f = {:.3f} m",
           z.express_m, z.interfloor_m);
    }
    if (z.transfers) {
      Line(out,
           "  carries legs of journeys with changes: boards at {}, population = persons "
           "carried up",
           z.entrances.back().name);
    }
    if (c.two_stop && !g.double_deck) {
      Line(out,
           "  shuttle, two stops: RTT = 2 t_f(d) + 2 (t_o + t_c + t_dw + t_sd - t_ad) + 2 P "
           "t_p, t_f(d) = {:.3f} s",
           c.t_f_shuttle_s);
    }
    if (z.entrances.size() > 1) {
      Line(out, "  {} entrances: S_E = {:.3f} entrance stops, run below {} E = {:.2f} m",
           z.entrances.size(), c.entrance_stops, z.entrances.back().name, c.entrance_run_m);
    }
    if (g.double_deck) {
      const DoubleDeckRtt& d = *g.double_deck;
      Line(out,
           "  double deck: {} pairs above the lobby, P = {:.2f} per deck, pair height d_p = "
           "{:.3f} m",
           d.pairs, d.passengers_per_deck, d.pair_height_m);
      Line(out,
           "  S = {:.3f} stops ({:.3f} lower deck, {:.3f} upper, {:.3f} coincident)   H = {:.3f} "
           "pairs",
           d.stops, d.stops_lower, d.stops_upper, d.coincident_stops, d.highest_reversal);
      Line(out,
           "  t_v = {:.3f} s   t_f(1) = {:.3f} s   t_s = {:.3f} s   loading P t_l = {:.2f} s   "
           "unloading {:.3f} moves = {:.2f} s",
           d.t_v_s, d.t_f1_s, d.t_s_s, d.loading_s, d.alighting_moves, d.unloading_s);
      if (d.two_stop) {
        Line(out,
             "  shuttle, two stops: RTT = 2 t_f(d) + 2 (t_o + t_c + t_dw + t_sd - t_ad) + P t_l "
             "+ t_u sum E[max], t_f(d) = {:.3f} s",
             d.t_f_shuttle_s);
      }
      Line(out,
           "  RTT = {} = {:.2f} s   interval = "
           "{:.2f} s   HC = {:.1f} persons / 5 min = {:.2f} %",
           d.two_stop ? "2 t_f(d) + 2 t_stop + P t_l + t_u sum E[max]"
                      : "2 H t_v + (S + 1) t_s + P t_l + t_u sum E[max]",
           c.rtt_s, g.throughput.interval_s, g.throughput.persons_per_5min,
           g.throughput.pct_of_population);
      Line(out, "  exact kinematics: RTT = {:.2f} s   interval = {:.2f} s   HC = {:.2f} %",
           g.kinematic.rtt_s, g.kinematic_throughput.interval_s,
           g.kinematic_throughput.pct_of_population);
      if (!g.periods.empty()) {
        Line(out,
             "  general analysis of the periods: double-deck form (Peters, Mehta and Haddon "
             "1996), loads per deck");
      }
      PeriodLines(out, g);
      continue;
    }
    Line(out, "  P = {:.2f}   S = {:.3f}   H = {:.3f}", c.passengers, c.stops, c.highest_reversal);
    Line(out, "  t_v = {:.3f} s   t_f(1) = {:.3f} s   t_s = {:.3f} s   t_p = {:.3f} s", c.t_v_s,
         c.t_f1_s, c.t_s_s, c.t_p_s);
    Line(out, "  RTT = {:.2f} s   interval = {:.2f} s   HC = {:.1f} persons / 5 min = {:.2f} %",
         c.rtt_s, g.throughput.interval_s, g.throughput.persons_per_5min,
         g.throughput.pct_of_population);
    Line(out, "  exact kinematics: RTT = {:.2f} s   interval = {:.2f} s   HC = {:.2f} %",
         g.kinematic.rtt_s, g.kinematic_throughput.interval_s,
         g.kinematic_throughput.pct_of_population);
    PeriodLines(out, g);
  }
  if (rtt.journey.mean_changes > 0.0) {
    Line(out,
         "journeys from the entrances (up-peak estimate, changes of group at entrances and sky "
         "lobbies): mean {:.1f} s, longest {:.1f} s (floor {}), {:.2f} changes per person",
         rtt.journey.mean_s, rtt.journey.max_s, rtt.journey.max_floor, rtt.journey.mean_changes);
  }
  Line(out, "(--explain prints the calculation step by step; --json the figures)");
  return out;
}

std::string SizingText(const Sizing& sizing, const std::string& building_label) {
  std::string out;
  Line(out, "Sizing {}: targets {}", building_label, Targets(sizing));
  Line(out, "cost proxy: {}", CostProxyFormula());
  for (const GroupSizing& g : sizing.groups) {
    Line(out, "");
    Line(out, "group {} (U = {:g}): {} designs judged, {} meet the targets{}", g.group,
         g.population, g.evaluated, g.meeting,
         g.skipped_speeds > 0 ? fmt::format(" ({} speed{} skipped: not reached over the travel)",
                                            g.skipped_speeds, g.skipped_speeds == 1 ? "" : "s")
                              : "");
    if (g.double_deck) {
      Line(out,
           "  double-deck cars: load and persons are each deck's, P both decks' (cost as for twice "
           "the load)");
    }
    if (!g.Met()) Line(out, "no design of the grid meets the targets; the closest:");
    Line(out, "  {:>4} {:>4} {:>7} {:>7} {:>5} {:>6} {:>5} {:>7} {:>9} {:>8} {:>6}{}", "rank",
         "cars", "load kg", "persons", "m/s", "cost", "P", "RTT s", "RTT kin s", "interval", "HC %",
         g.Met() ? "" : "  shortfall");
    for (std::size_t i = 0; i < g.designs.size(); ++i) {
      const Design& d = g.designs[i];
      Line(out,
           "  {:>4} {:>4} {:>7g} {:>7} {:>5g} {:>6.2f} {:>5.1f} {:>7.1f} {:>9.1f} {:>8.1f} "
           "{:>6.1f}{}",
           i + 1, d.cars, d.rated_load_kg, d.capacity_persons, d.speed_mps, d.cost,
           d.classical.passengers, d.classical.rtt_s, d.rtt_kinematic_s, d.JudgedInterval(),
           d.JudgedHandlingCapacityPct(),
           g.Met() ? "" : fmt::format("  {:>8.1f} %", 100.0 * d.shortfall));
    }
    bool any_simulated = false;
    for (const Design& d : g.designs) any_simulated = any_simulated || d.simulated.has_value();
    if (!any_simulated) continue;
    Line(out, "  simulated with the building's traffic (--verify):");
    Line(out, "  {:>4} {:>5} {:>9} {:>9} {:>9} {:>9} {:>10}", "rank", "runs", "AWT s", "p90 s",
         "% > 60 s", "TTD s", "interval s");
    for (std::size_t i = 0; i < g.designs.size(); ++i) {
      if (!g.designs[i].simulated) continue;
      const SimulatedCheck& sim = *g.designs[i].simulated;
      Line(out, "  {:>4} {:>5} {:>9.1f} {:>9.1f} {:>9.1f} {:>9.1f} {:>10.1f}", i + 1, sim.runs,
           sim.waiting_mean_s, sim.waiting_p90_s, sim.pct_waiting_over_60s,
           sim.time_to_destination_mean_s, sim.interval_s);
    }
  }
  Line(out, "");
  Line(out, "interval and HC are the conservative figures: the longer of the classical and the");
  Line(out, "exact-kinematics round trips.");
  return out;
}

}  // namespace hoistway
