#include "analysis/up_peak_rtt.h"

#include <cmath>
#include <vector>

#include "analysis/stops_reversal.h"
#include "kinematics/motion_profile.h"

namespace hoistway {
namespace {

// E[x_base - x_L]: L is the lowest entrance at which one of `passengers`
// boards; P(L = e) = (1 - s_below)^P - (1 - s_below - s_e)^P.
double ExpectedEntranceRun(const ServedZone& zone, double passengers) {
  double run = 0.0;
  double below = 0.0;
  for (const ZoneFloor& e : zone.entrances) {
    const double p_lowest = std::pow(1.0 - below, passengers) -
                            std::pow(std::max(0.0, 1.0 - below - e.share), passengers);
    run += p_lowest * (zone.base_level_m - e.level_m);
    below += e.share;
  }
  return run;
}

}  // namespace

UpPeakRtt ComputeUpPeakRtt(const ServedZone& zone, const CarTiming& times, double passengers) {
  UpPeakRtt r;
  const double v = times.limits.speed_mps;
  const int n = zone.UpperCount();
  r.passengers = passengers;

  std::vector<double> shares;
  shares.reserve(zone.upper.size());
  for (const ZoneFloor& u : zone.upper) shares.push_back(u.share);
  if (zone.equal_populations) {
    r.stops = ExpectedStopsEqual(n, passengers);
    r.highest_reversal = ExpectedHighestReversalEqual(n, passengers);
  } else {
    r.stops = ExpectedStops(shares, passengers);
    r.highest_reversal = ExpectedHighestReversal(shares, passengers);
  }
  std::vector<double> entrance_shares;
  for (const ZoneFloor& e : zone.entrances) entrance_shares.push_back(e.share);
  r.entrance_stops =
      zone.entrances.size() == 1 ? 1.0 : ExpectedEntranceStops(entrance_shares, passengers);
  r.entrance_run_m = zone.entrances.size() == 1 ? 0.0 : ExpectedEntranceRun(zone, passengers);

  r.t_v_s = zone.interfloor_m / v;
  r.t_f1_s = MotionProfile::RestToRest(zone.interfloor_m, times.limits).FlightTime();
  r.t_s_s = r.t_f1_s + times.StopOverhead() - r.t_v_s;
  r.t_p_s = times.TransferPerPassenger();
  r.t_express_s = zone.express_m / v;
  r.t_entrance_s = r.entrance_run_m / v;

  r.rtt_s = 2.0 * r.highest_reversal * r.t_v_s + 2.0 * r.t_express_s + 2.0 * r.t_entrance_s +
            (r.stops + r.entrance_stops) * r.t_s_s + 2.0 * passengers * r.t_p_s;
  if (zone.entrances.size() == 1 && n == 1) {
    r.two_stop = true;
    const double d = zone.upper.front().level_m - zone.entrances.front().level_m;
    r.t_f_shuttle_s = MotionProfile::RestToRest(d, times.limits).FlightTime();
    r.rtt_s = 2.0 * r.t_f_shuttle_s + 2.0 * times.StopOverhead() + 2.0 * passengers * r.t_p_s;
  }
  return r;
}

Throughput ThroughputFor(double rtt_s, double passengers, int cars, double population) {
  Throughput t;
  t.interval_s = rtt_s / cars;
  t.persons_per_5min = kSecondsPer5Min * passengers / t.interval_s;
  t.pct_of_population = 100.0 * t.persons_per_5min / population;
  return t;
}

}  // namespace hoistway
