#include "analysis/kinematic_rtt.h"

#include <algorithm>
#include <cmath>

namespace hoistway {
namespace {

// The candidate stops with their boarding (s) and alighting (p) shares and
// prefix sums of both, so that the shares of any contiguous run are O(1).
struct Candidates {
  std::vector<double> level_m;
  std::vector<double> s;
  std::vector<double> p;
  std::vector<double> s_prefix{0.0};
  std::vector<double> p_prefix{0.0};
  int entrances = 0;

  explicit Candidates(const ServedZone& zone) {
    entrances = static_cast<int>(zone.entrances.size());
    for (const ZoneFloor& e : zone.entrances) Add(e.level_m, e.share, 0.0);
    for (const ZoneFloor& u : zone.upper) Add(u.level_m, 0.0, u.share);
  }
  void Add(double level, double board, double alight) {
    level_m.push_back(level);
    s.push_back(board);
    p.push_back(alight);
    s_prefix.push_back(s_prefix.back() + board);
    p_prefix.push_back(p_prefix.back() + alight);
  }
  int Count() const { return static_cast<int>(level_m.size()); }
};

// Probability that none of `passengers` boards in a set with boarding share
// `s_set` or alights in one with alighting share `p_set`.
double NoStop(double s_set, double p_set, double passengers) {
  const double stay = std::max(0.0, 1.0 - s_set) * std::max(0.0, 1.0 - p_set);
  return std::pow(stay, passengers);
}

}  // namespace

ZoneFlights::ZoneFlights(const ServedZone& zone, const MotionLimits& limits) {
  std::vector<double> levels;
  for (const ZoneFloor& e : zone.entrances) levels.push_back(e.level_m);
  for (const ZoneFloor& u : zone.upper) levels.push_back(u.level_m);
  n_ = static_cast<int>(levels.size());
  flights_.assign(static_cast<std::size_t>(n_) * static_cast<std::size_t>(n_), 0.0);
  const std::size_t n = levels.size();
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = i + 1; k < n; ++k) {
      const double t = MotionProfile::RestToRest(levels[k] - levels[i], limits).FlightTime();
      flights_[i * n + k] = t;
      flights_[k * n + i] = t;
    }
  }
}

KinematicRtt ComputeKinematicRtt(const ServedZone& zone, const CarTiming& times,
                                 double passengers) {
  return ComputeKinematicRtt(zone, ZoneFlights(zone, times.limits), times, passengers);
}

KinematicRtt ComputeKinematicRtt(const ServedZone& zone, const ZoneFlights& flights,
                                 const CarTiming& times, double passengers) {
  const Candidates c(zone);
  const int n = c.Count();
  const double total_p = c.p_prefix.back();
  KinematicRtt r;

  // Flights of the up trip between consecutive stops i < k.
  for (int i = 0; i < n; ++i) {
    for (int k = i + 1; k < n; ++k) {
      const double sb = c.s_prefix[k] - c.s_prefix[i + 1];
      const double pb = c.p_prefix[k] - c.p_prefix[i + 1];
      const double consecutive = NoStop(sb, pb, passengers) -
                                 NoStop(sb + c.s[i], pb + c.p[i], passengers) -
                                 NoStop(sb + c.s[k], pb + c.p[k], passengers) +
                                 NoStop(sb + c.s[i] + c.s[k], pb + c.p[i] + c.p[k], passengers);
      r.expected_flight_s += consecutive * flights.Flight(i, k);
    }
  }

  // The return from the highest stop H (an upper floor) to the next trip's
  // lowest stop L' (an entrance): independent trips, so P(H = h) P(L' = l).
  std::vector<double> p_lowest(static_cast<std::size_t>(c.entrances));
  for (int l = 0; l < c.entrances; ++l) {
    p_lowest[static_cast<std::size_t>(l)] =
        NoStop(c.s_prefix[l], 0.0, passengers) - NoStop(c.s_prefix[l + 1], 0.0, passengers);
  }
  for (int h = c.entrances; h < n; ++h) {
    const double above = total_p - c.p_prefix[h + 1];
    const double p_highest =
        NoStop(0.0, above, passengers) - NoStop(0.0, above + c.p[h], passengers);
    if (p_highest <= 0.0) continue;
    for (int l = 0; l < c.entrances; ++l) {
      r.expected_flight_s +=
          p_highest * p_lowest[static_cast<std::size_t>(l)] * flights.Flight(h, l);
    }
  }

  for (int k = 0; k < n; ++k) r.expected_stops += 1.0 - NoStop(c.s[k], c.p[k], passengers);
  r.rtt_s = r.expected_flight_s + r.expected_stops * times.StopOverhead() +
            passengers * (times.loading_s + times.unloading_s);
  return r;
}

}  // namespace hoistway
