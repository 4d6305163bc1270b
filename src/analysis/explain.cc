#include "analysis/explain.h"

#include <fmt/core.h>

#include <iterator>
#include <string>

#include "analysis/general_analysis.h"

namespace hoistway {
namespace {

class Writer {
 public:
  template <typename... Args>
  void Line(fmt::format_string<Args...> format, Args&&... args) {
    fmt::format_to(std::back_inserter(text_), format, std::forward<Args>(args)...);
    text_ += '\n';
  }
  void Blank() { text_ += '\n'; }
  std::string Take() { return std::move(text_); }

 private:
  std::string text_;
};

void ExplainPassengers(const GroupRtt& g, Writer& w) {
  const double p = g.classical.passengers;
  w.Line("1. Passengers per trip");
  switch (g.basis) {
    case PassengersBasis::kCapacityFactor:
      w.Line("   P = capacity factor x rated persons = {:g} x {} = {:.4g}", g.capacity_factor,
             g.capacity_persons, p);
      break;
    case PassengersBasis::kSaturated:
      w.Line("   traffic.saturated: every car leaves full, so P = the car's loading limit = {:.4g}",
             p);
      break;
    case PassengersBasis::kGiven:
      w.Line("   P = {:.4g} (given)", p);
      break;
  }
  w.Blank();
}

void ExplainZone(const GroupRtt& g, Writer& w) {
  const ServedZone& z = g.zone;
  w.Line("2. The served zone");
  std::string entrances;
  for (const ZoneFloor& e : z.entrances) {
    if (!entrances.empty()) entrances += ", ";
    entrances +=
        z.entrances.size() == 1 ? e.name : fmt::format("{} ({:.0f} %)", e.name, 100 * e.share);
  }
  w.Line("   entrance floor{}: {}", z.entrances.size() == 1 ? "" : "s", entrances);
  w.Line("   N = {} floors served above {} ({} to {}), population U = {:g} ({} populations)",
         z.UpperCount(), z.entrances.back().name, z.upper.front().name, z.upper.back().name,
         z.population, z.equal_populations ? "equal" : "unequal");
  if (z.express_m > 0.0) {
    w.Line("   express zone: floors between {} and {} are not served", z.entrances.back().name,
           z.upper.front().name);
    w.Line("   d_f = average interfloor height of the local zone = {:.3f} m", z.interfloor_m);
    w.Line("   d_E = run to the first served floor beyond one d_f = {:.3f} m", z.express_m);
  } else {
    w.Line(
        "   d_f = (x_top - x_entrance) / N = {:.3f} / {} = {:.4f} m   [CIBSE Guide D: average "
        "interfloor distance]",
        z.upper.back().level_m - z.base_level_m, z.UpperCount(), z.interfloor_m);
  }
  w.Blank();
}

void ExplainStops(const GroupRtt& g, Writer& w) {
  const UpPeakRtt& c = g.classical;
  const ServedZone& z = g.zone;
  const double p = c.passengers;
  w.Line("3. Expected stops S and highest reversal floor H   [Barney; CIBSE Guide D]");
  if (z.equal_populations) {
    w.Line("   S = N (1 - (1 - 1/N)^P) = {} x (1 - (1 - 1/{})^{:.4g}) = {:.4f}", z.UpperCount(),
           z.UpperCount(), p, c.stops);
    w.Line("   H = N - sum_{{i=1}}^{{N-1}} (i/N)^P = {} - {:.4f} = {:.4f}", z.UpperCount(),
           z.UpperCount() - c.highest_reversal, c.highest_reversal);
  } else {
    w.Line("   with u_i = U_i / U the share of floor i:");
    w.Line("   S = N - sum_i (1 - u_i)^P = {} - {:.4f} = {:.4f}", z.UpperCount(),
           z.UpperCount() - c.stops, c.stops);
    w.Line("   H = N - sum_{{j=1}}^{{N-1}} (sum_{{i<=j}} u_i)^P = {} - {:.4f} = {:.4f}",
           z.UpperCount(), z.UpperCount() - c.highest_reversal, c.highest_reversal);
  }
  if (z.entrances.size() > 1) {
    w.Line(
        "   entrance stops S_E = E - sum_e (1 - s_e)^P = {:.4f}   [Khaleel, Al-Sharif, Salahat "
        "2013]",
        c.entrance_stops);
    w.Line("   run below the highest entrance E[x_base - x_L] = {:.3f} m", c.entrance_run_m);
  }
  w.Blank();
}

void ExplainTimes(const GroupRtt& g, Writer& w) {
  const UpPeakRtt& c = g.classical;
  const CarTiming& t = g.times;
  const MotionLimits& m = t.limits;
  w.Line("4. Times");
  w.Line("   t_v = d_f / v = {:.4f} / {:g} = {:.4f} s", g.zone.interfloor_m, m.speed_mps, c.t_v_s);
  w.Line(
      "   t_f(1) = jerk-limited flight over d_f (v {:g} m/s, a {:g} m/s^2, j {:g} m/s^3) = {:.4f} s"
      "   [Peters, ELEVCON 1995]",
      m.speed_mps, m.acceleration_mps2, m.jerk_mps3, c.t_f1_s);
  w.Line("   t_s = t_f(1) + t_o + t_c + t_dw + t_sd - t_ad - t_v");
  w.Line("       = {:.4f} + {:g} + {:g} + {:g} + {:g} - {:g} - {:.4f} = {:.4f} s", c.t_f1_s,
         t.door_open_s, t.door_close_s, t.door_dwell_s, t.start_delay_s, t.advance_door_opening_s,
         c.t_v_s, c.t_s_s);
  w.Line("   t_p = (t_load + t_unload) / 2 = ({:g} + {:g}) / 2 = {:.4g} s", t.loading_s,
         t.unloading_s, c.t_p_s);
  if (g.zone.express_m > 0.0) {
    w.Line("   t_E = d_E / v = {:.3f} / {:g} = {:.4f} s", g.zone.express_m, m.speed_mps,
           c.t_express_s);
  }
  if (g.zone.entrances.size() > 1) {
    w.Line("   t_B = E[x_base - x_L] / v = {:.3f} / {:g} = {:.4f} s", c.entrance_run_m, m.speed_mps,
           c.t_entrance_s);
  }
  w.Blank();
}

void ExplainRoundTrip(const GroupRtt& g, Writer& w) {
  const UpPeakRtt& c = g.classical;
  const bool express = g.zone.express_m > 0.0;
  const bool entrances = g.zone.entrances.size() > 1;
  const double travel = 2.0 * c.highest_reversal * c.t_v_s;
  const double stops = (c.stops + c.entrance_stops) * c.t_s_s;
  const double transfer = 2.0 * c.passengers * c.t_p_s;
  w.Line("5. Round trip time   [CIBSE Guide D; ISO 8100-32]");
  w.Line("   RTT = 2 H t_v{}{} + ({}) t_s + 2 P t_p", express ? " + 2 t_E" : "",
         entrances ? " + 2 t_B" : "", entrances ? "S + S_E" : "S + 1");
  std::string extra;
  if (express) extra += fmt::format(" + 2 x {:.4f}", c.t_express_s);
  if (entrances) extra += fmt::format(" + 2 x {:.4f}", c.t_entrance_s);
  w.Line("       = 2 x {:.4f} x {:.4f}{} + ({:.4f} + {:.4f}) x {:.4f} + 2 x {:.4g} x {:.4g}",
         c.highest_reversal, c.t_v_s, extra, c.stops, c.entrance_stops, c.t_s_s, c.passengers,
         c.t_p_s);
  std::string extra_sum;
  if (express) extra_sum += fmt::format(" + {:.4f}", 2.0 * c.t_express_s);
  if (entrances) extra_sum += fmt::format(" + {:.4f}", 2.0 * c.t_entrance_s);
  w.Line("       = {:.4f}{} + {:.4f} + {:.4f} = {:.4f} s", travel, extra_sum, stops, transfer,
         c.rtt_s);
  w.Blank();

  const Throughput& tp = g.throughput;
  w.Line("6. Interval and handling capacity   [CIBSE Guide D]");
  w.Line("   interval = RTT / L = {:.4f} / {} = {:.4f} s", c.rtt_s, g.cars, tp.interval_s);
  w.Line("   HC = 300 P / interval = 300 x {:.4g} / {:.4f} = {:.4f} persons per 5 min",
         c.passengers, tp.interval_s, tp.persons_per_5min);
  w.Line("   %POP = 100 HC / U = 100 x {:.4f} / {:g} = {:.4f} %", tp.persons_per_5min,
         g.zone.population, tp.pct_of_population);
  w.Blank();
}

void ExplainKinematic(const GroupRtt& g, Writer& w) {
  const KinematicRtt& k = g.kinematic;
  const CarTiming& t = g.times;
  const double p = g.classical.passengers;
  w.Line("7. The same trip with exact jerk-limited flights (rtt_kinematic_s)");
  w.Line("   expected over the stop distribution: the chance that floors i < k are consecutive");
  w.Line("   stops is q(B) - q(B+i) - q(B+k) + q(B+i+k), B the floors between them and");
  w.Line("   q(A) = ((1 - s_A)(1 - p_A))^P the chance that nobody boards (s) or alights (p) in A");
  w.Line("   E[flights] = {:.4f} s,  E[stops] = {:.4f}", k.expected_flight_s, k.expected_stops);
  constexpr const char* kFormula =
      "   RTT_kin = E[flights] + E[stops] (t_o + t_c + t_dw + t_sd - t_ad) + P (t_load + t_unload)";
  w.Line("{}", kFormula);
  w.Line("           = {:.4f} + {:.4f} x {:.4g} + {:.4g} x {:.4g} = {:.4f} s", k.expected_flight_s,
         k.expected_stops, t.StopOverhead(), p, t.loading_s + t.unloading_s, k.rtt_s);
  w.Line("           ({:+.2f} % on the classical figure)",
         100.0 * (k.rtt_s / g.classical.rtt_s - 1.0));
  w.Line("   interval = {:.4f} s, HC = {:.4f} persons per 5 min = {:.4f} %",
         g.kinematic_throughput.interval_s, g.kinematic_throughput.persons_per_5min,
         g.kinematic_throughput.pct_of_population);
  w.Blank();
}

void ExplainGeneral(const GroupRtt& g, Writer& w) {
  if (g.periods.empty()) return;
  if (g.double_deck) {
    w.Line(
        "8. General analysis of the traffic periods, double-deck   [Peters, Mehta and Haddon, "
        "BSER&T 17(4), 1996]");
    w.Line(
        "   flows between pairs of floors, per deck; RTT = 2 (x_H - x_L) / v + S t_s + t_p sum "
        "E[max(X, Y)]");
  } else {
    w.Line("8. General analysis of the traffic periods   [Peters, BSER&T 11(2), 1990]");
  }
  w.Line(
      "   Poisson arrivals m_ij = lambda_ij T; the interval T = RTT(T) / L is solved by iteration");
  for (const PeriodAnalysis& p : g.periods) {
    const GeneralAnalysis& a = p.result;
    w.Line(
        "   period {}: {:g} % of the population per 5 min, {:g} / {:g} / {:g} % in / out / "
        "interfloor",
        p.period + 1, p.spec.rate_pct_per_5min, p.spec.incoming_pct, p.spec.outgoing_pct,
        p.spec.interfloor_pct);
    w.Line("      demand on this group {:.2f} persons per 5 min: {}", a.demand_persons_per_5min,
           DemandStateName(a.state));
    if (a.state == DemandState::kLight) {
      w.Line(
          "      no busy interval: the cars idle part of the time or carry under one passenger a "
          "trip (utilisation about {:.1f} %)",
          100 * a.utilisation);
    } else if (a.state != DemandState::kNoDemand) {
      w.Line(
          "      T = {:.2f} s after {} iterations, RTT = {:.2f} s, {:.2f} passengers and {:.2f} "
          "stops "
          "per trip,",
          a.interval_s, a.iterations, a.trip.rtt_s, a.trip.passengers, a.trip.stops);
      w.Line(
          "      highest {} load {:.2f} persons = {:.1f} % of capacity; carried {:.2f} persons "
          "per 5 min",
          p.decks ? "deck" : "car", a.trip.max_car_load_persons, a.car_load_pct,
          a.carried_persons_per_5min);
      if (p.decks) {
        const DeckFigures& d = *p.decks;
        w.Line(
            "      decks alone {:.2f} (lower) and {:.2f} (upper) stops, {:.2f} coincident; loads "
            "{:.2f} and {:.2f}; sum E[max(X, Y)] = {:.2f} moves x t_p",
            d.stops_lower, d.stops_upper, d.coincident_stops, d.load_lower_persons,
            d.load_upper_persons, d.transfer_moves);
      }
    }
    if (p.decks && p.decks->walked_persons_per_5min > 0.0) {
      w.Line("      walked within one pair (no car): {:.2f} persons per 5 min",
             p.decks->walked_persons_per_5min);
    }
  }
  w.Blank();
}

// deck: double (double_deck_rtt.h): the double-floor method, step by step.
void ExplainDoubleDeck(const GroupRtt& g, Writer& w) {
  const DoubleDeckRtt& d = *g.double_deck;
  const CarTiming& t = g.times;
  w.Line("Double-deck cars: one stop serves a pair of floors (lower deck, upper deck)");
  w.Line("   [CIBSE Guide D: double floors; Peters, Mehta and Haddon, BSER&T 17(4) 1996]");
  w.Blank();
  w.Line("1. Passengers: P = {:.4g} per deck ({:.4g} upper), M = {} pairs above the lobby",
         d.passengers_per_deck, d.passengers_upper, d.pairs);
  w.Line("2. S = sum_k [1 - (1 - u_k)^P (1 - w_k)^P] = {:.4f}", d.stops);
  w.Line("   each deck alone: {:.4f} (lower), {:.4f} (upper); coincident stops {:.4f}",
         d.stops_lower, d.stops_upper, d.coincident_stops);
  w.Line("   H = M - sum_{{j=1}}^{{M-1}} (U_j W_j)^P = {:.4f} pairs", d.highest_reversal);
  w.Line("3. d_p = {:.4f} m, t_v = d_p / v = {:.4f} s, t_f(1) = {:.4f} s", d.pair_height_m, d.t_v_s,
         d.t_f1_s);
  w.Line("   t_s = t_f(1) + t_o + t_c + t_dw + t_sd - t_ad - t_v = {:.4f} s", d.t_s_s);
  w.Line("4. transfers in parallel: P t_load = {:.4f} s; sum_k E[max(X_k, Y_k)] = {:.4f} moves",
         d.loading_s, d.alighting_moves);
  w.Line("   x t_unload {:.4g} s = {:.4f} s", t.unloading_s, d.unloading_s);
  w.Line("5. RTT = 2 H t_v + (S + 1) t_s + P t_load + t_unload sum E[max]");
  w.Line("       = {:.4f} + {:.4f} + {:.4f} + {:.4f} = {:.4f} s",
         2.0 * d.highest_reversal * d.t_v_s, (d.stops + 1.0) * d.t_s_s, d.loading_s, d.unloading_s,
         d.rtt_s);
  w.Line("6. interval = RTT / L = {:.4f} s, HC = {:.4f} persons per 5 min = {:.4f} %",
         g.throughput.interval_s, g.throughput.persons_per_5min, g.throughput.pct_of_population);
  w.Line("7. with exact flights between consecutive stopping pairs: E[flights] = {:.4f} s,",
         d.kinematic_expected_flight_s);
  w.Line("   RTT_kin = {:.4f} s, interval = {:.4f} s", d.rtt_kinematic_s,
         g.kinematic_throughput.interval_s);
  w.Blank();
}

}  // namespace

std::string ExplainRtt(const BuildingRtt& rtt) {
  Writer w;
  for (const GroupRtt& g : rtt.groups) {
    w.Line("Round-trip-time calculation: {}{}, group {} ({} car{})", rtt.building,
           rtt.source.empty() ? "" : " (" + rtt.source + ")", g.group, g.cars,
           g.cars == 1 ? "" : "s");
    w.Line("Classical up-peak method of CIBSE Guide D and ISO 8100-32 (Barney form).");
    w.Blank();
    if (g.double_deck) {
      ExplainDoubleDeck(g, w);
      ExplainGeneral(g, w);
      continue;
    }
    ExplainPassengers(g, w);
    ExplainZone(g, w);
    ExplainStops(g, w);
    ExplainTimes(g, w);
    ExplainRoundTrip(g, w);
    ExplainKinematic(g, w);
    ExplainGeneral(g, w);
  }
  return w.Take();
}

}  // namespace hoistway
