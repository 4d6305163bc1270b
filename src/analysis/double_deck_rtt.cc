#include "analysis/double_deck_rtt.h"

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

#include "core/decks.h"
#include "kinematics/motion_profile.h"

namespace hoistway {
namespace {

// P(X <= m) for X ~ B(n, p), n whole.
std::vector<double> BinomialCdf(int n, double p) {
  std::vector<double> pmf(static_cast<std::size_t>(n) + 1, 0.0);
  pmf[0] = std::pow(1.0 - p, n);
  for (int m = 1; m <= n; ++m) {
    // Recurrence on the pmf; for p = 1 every mass sits at n.
    pmf[static_cast<std::size_t>(m)] =
        p >= 1.0 ? (m == n ? 1.0 : 0.0)
                 : pmf[static_cast<std::size_t>(m) - 1] * (n - m + 1) / m * p / (1.0 - p);
  }
  std::vector<double> cdf(pmf.size());
  double sum = 0.0;
  for (std::size_t m = 0; m < pmf.size(); ++m) cdf[m] = (sum += pmf[m]);
  return cdf;
}

double ExpectedMaxWhole(int n, double p, double q) {
  if (n <= 0) return 0.0;
  const std::vector<double> fx = BinomialCdf(n, p);
  const std::vector<double> fy = BinomialCdf(n, q);
  // E[max] = sum_{m >= 1} P(max >= m) = sum_{m=1}^{n} (1 - F_X(m - 1) F_Y(m - 1)).
  double e = 0.0;
  for (int m = 1; m <= n; ++m) {
    e += 1.0 - fx[static_cast<std::size_t>(m) - 1] * fy[static_cast<std::size_t>(m) - 1];
  }
  return e;
}

double FlightS(double distance_m, const MotionLimits& limits) {
  if (distance_m <= 0.0) return 0.0;
  return MotionProfile::RestToRest(distance_m, limits).FlightTime();
}

}  // namespace

double ExpectedMaxOfBinomials(double n, double p, double q) {
  if (!(n > 0.0)) return 0.0;
  const double low = std::floor(n);
  const double frac = n - low;
  const double e_low = ExpectedMaxWhole(static_cast<int>(low), p, q);
  if (frac == 0.0) return e_low;
  return (1.0 - frac) * e_low + frac * ExpectedMaxWhole(static_cast<int>(low) + 1, p, q);
}

double PairStopChance(const DoubleDeckRtt& d, const DeckPair& p) {
  return 1.0 - std::pow(std::max(0.0, 1.0 - p.lower_share), d.passengers_per_deck) *
                   std::pow(std::max(0.0, 1.0 - p.upper_share), d.passengers_upper);
}

UpPeakRtt AsUpPeakRtt(const DoubleDeckRtt& d) {
  const double both = d.passengers_per_deck + d.passengers_upper;
  UpPeakRtt r;
  r.passengers = both;
  r.stops = d.stops;
  r.highest_reversal = d.highest_reversal;
  r.t_v_s = d.t_v_s;
  r.t_f1_s = d.t_f1_s;
  r.t_s_s = d.t_s_s;
  r.t_p_s = both > 0.0 ? (d.loading_s + d.unloading_s) / (2.0 * both) : 0.0;
  r.rtt_s = d.rtt_s;
  r.two_stop = d.two_stop;
  r.t_f_shuttle_s = d.t_f_shuttle_s;
  return r;
}

Result<DoubleDeckRtt> ComputeDoubleDeckRtt(const Building& building, const GroupSpec& group,
                                           const ServedZone& zone, const CarTiming& times,
                                           double passengers_per_deck) {
  const int lobby = group.home_floor.value();
  const double lobby_level = building.floor(group.home_floor).level_m;
  DoubleDeckRtt r;

  // Pairs above the lobby, with each deck's share of its own passengers.
  double lower_total = 0.0;
  double upper_total = 0.0;
  for (const ZoneFloor& f : zone.upper) {
    if (f.floor.value() < lobby + 2) continue;
    (DeckOf(group, f.floor) == 0 ? lower_total : upper_total) += f.share;
  }
  int top_pair = 0;
  for (FloorIndex f : group.serves) top_pair = std::max(top_pair, (f.value() - lobby) / 2);
  if (top_pair < 1 || lower_total + upper_total <= 0.0) {
    return InvalidInput(
        fmt::format("{}group '{}': a double-deck group needs populated floors above its lobby",
                    building.source.empty() ? "" : building.source + ": ", group.name));
  }
  r.pairs = top_pair;
  r.pair.resize(static_cast<std::size_t>(top_pair));
  for (int k = 1; k <= top_pair; ++k) {
    DeckPair& p = r.pair[static_cast<std::size_t>(k) - 1];
    p.lower = FloorIndex(lobby + 2 * k);
    p.level_m = building.floor(p.lower).level_m;
  }
  for (const ZoneFloor& f : zone.upper) {
    if (f.floor.value() < lobby + 2) continue;
    const int k = (f.floor.value() - lobby) / 2;
    DeckPair& p = r.pair[static_cast<std::size_t>(k) - 1];
    if (DeckOf(group, f.floor) == 0) {
      p.lower_share = f.share / lower_total;
    } else {
      if (upper_total > 0.0) p.upper_share = f.share / upper_total;
    }
  }
  if (lower_total <= 0.0) {
    for (DeckPair& p : r.pair) p.lower_share = 0.0;
  }
  const double pl = lower_total > 0.0 ? passengers_per_deck : 0.0;
  const double pu = upper_total > 0.0 ? passengers_per_deck : 0.0;
  r.passengers_per_deck = pl;
  r.passengers_upper = pu;
  const int m = r.pairs;

  // The chance that no passenger alights in pairs [a, b] (1-based, inclusive).
  std::vector<double> u_prefix{0.0};
  std::vector<double> w_prefix{0.0};
  for (const DeckPair& p : r.pair) {
    u_prefix.push_back(u_prefix.back() + p.lower_share);
    w_prefix.push_back(w_prefix.back() + p.upper_share);
  }
  const auto none = [&](double u, double w) {
    return std::pow(std::max(0.0, 1.0 - u), pl) * std::pow(std::max(0.0, 1.0 - w), pu);
  };

  // Stops and reversal floor.
  for (const DeckPair& p : r.pair) {
    r.stops += PairStopChance(r, p);
    r.stops_lower += 1.0 - std::pow(1.0 - p.lower_share, pl);
    r.stops_upper += 1.0 - std::pow(1.0 - p.upper_share, pu);
  }
  r.coincident_stops = r.stops_lower + r.stops_upper - r.stops;
  r.highest_reversal = m;
  for (int j = 1; j < m; ++j) {
    r.highest_reversal -= std::pow(u_prefix[static_cast<std::size_t>(j)], pl) *
                          std::pow(w_prefix[static_cast<std::size_t>(j)], pu);
  }

  // Times over the average pair height.
  const double v = times.limits.speed_mps;
  r.pair_height_m = (r.pair.back().level_m - lobby_level) / m;
  r.t_v_s = r.pair_height_m / v;
  r.t_f1_s = FlightS(r.pair_height_m, times.limits);
  r.t_s_s = r.t_f1_s + times.StopOverhead() - r.t_v_s;
  r.loading_s = std::max(pl, pu) * times.loading_s;
  for (const DeckPair& p : r.pair) {
    // A deck with nobody aboard contributes no alighting: B(0, .) = 0.
    r.alighting_moves += ExpectedMaxOfBinomials(std::max(pl, pu), pl > 0.0 ? p.lower_share : 0.0,
                                                pu > 0.0 ? p.upper_share : 0.0);
  }
  r.unloading_s = r.alighting_moves * times.unloading_s;
  r.rtt_s =
      2.0 * r.highest_reversal * r.t_v_s + (r.stops + 1.0) * r.t_s_s + r.loading_s + r.unloading_s;

  // The same trip with exact flights between consecutive stops (0 = the lobby).
  std::vector<double> level{lobby_level};
  for (const DeckPair& p : r.pair) level.push_back(p.level_m);
  const auto q_run = [&](int a, int b) {  // no stop at pairs a..b
    if (b < a) return 1.0;
    return none(u_prefix[static_cast<std::size_t>(b)] - u_prefix[static_cast<std::size_t>(a) - 1],
                w_prefix[static_cast<std::size_t>(b)] - w_prefix[static_cast<std::size_t>(a) - 1]);
  };
  const auto stop_share = [&](int k) {
    return std::pair<double, double>{r.pair[static_cast<std::size_t>(k) - 1].lower_share,
                                     r.pair[static_cast<std::size_t>(k) - 1].upper_share};
  };
  double flights = 0.0;
  for (int k = 1; k <= m; ++k) {
    // From the lobby (always a stop) to the first stop k.
    const double first = q_run(1, k - 1) - q_run(1, k);
    flights += first * FlightS(level[static_cast<std::size_t>(k)] - level[0], times.limits);
    for (int i = 1; i < k; ++i) {
      const double ub =
          u_prefix[static_cast<std::size_t>(k) - 1] - u_prefix[static_cast<std::size_t>(i)];
      const double wb =
          w_prefix[static_cast<std::size_t>(k) - 1] - w_prefix[static_cast<std::size_t>(i)];
      const auto [ui, wi] = stop_share(i);
      const auto [uk, wk] = stop_share(k);
      const double consecutive = none(ub, wb) - none(ub + ui, wb + wi) - none(ub + uk, wb + wk) +
                                 none(ub + ui + uk, wb + wi + wk);
      flights += consecutive *
                 FlightS(level[static_cast<std::size_t>(k)] - level[static_cast<std::size_t>(i)],
                         times.limits);
    }
    // Back from the highest stop k to the lobby.
    const double highest = q_run(k + 1, m) - q_run(k, m);
    flights += highest * FlightS(level[static_cast<std::size_t>(k)] - level[0], times.limits);
  }
  r.kinematic_expected_flight_s = flights;
  r.rtt_kinematic_s =
      flights + (r.stops + 1.0) * times.StopOverhead() + r.loading_s + r.unloading_s;

  // A shuttle (one pair served above the lobby, a sky lobby of two levels):
  // the two-stop form of CIBSE Guide D, its one flight exact, as for a
  // single-deck shuttle (up_peak_rtt.h).
  int served_pairs = 0;
  int last_pair = 0;
  for (FloorIndex f : group.serves) {
    const int k = (f.value() - lobby) / 2;
    if (k >= 1 && k != last_pair) ++served_pairs;
    last_pair = std::max(last_pair, k);
  }
  if (served_pairs == 1) {
    r.two_stop = true;
    r.t_f_shuttle_s = FlightS(r.pair.back().level_m - lobby_level, times.limits);
    r.rtt_s = 2.0 * r.t_f_shuttle_s + 2.0 * times.StopOverhead() + r.loading_s + r.unloading_s;
  }
  return r;
}

}  // namespace hoistway
