#include "sim/figures.h"

#include <cassert>
#include <cmath>

#include <fmt/core.h>

namespace hoistway {

namespace {

void AddStats(std::vector<Figure>& out, const std::string& name, const TimeStats& s) {
  out.push_back({"/" + name + "/mean", s.mean});
  out.push_back({"/" + name + "/p50", s.p50});
  out.push_back({"/" + name + "/p90", s.p90});
  out.push_back({"/" + name + "/p95", s.p95});
  out.push_back({"/" + name + "/max", s.max});
}

}  // namespace

std::vector<Figure> Figures(const SimulationReport& r) {
  std::vector<Figure> f;
  f.push_back({"/passengers/generated", static_cast<double>(r.generated), true});
  f.push_back({"/passengers/delivered", static_cast<double>(r.delivered), true});
  f.push_back({"/passengers/in_system_at_end", static_cast<double>(r.in_system_at_end), true});
  f.push_back({"/passengers/measured", static_cast<double>(r.measured), true});
  if (r.has_transfers) {
    f.push_back({"/legs/generated", static_cast<double>(r.legs.generated), true});
    f.push_back({"/legs/delivered", static_cast<double>(r.legs.delivered), true});
    f.push_back({"/legs/in_system_at_end", static_cast<double>(r.legs.in_system_at_end), true});
    f.push_back({"/legs/measured", static_cast<double>(r.legs.measured), true});
    f.push_back({"/transfers", static_cast<double>(r.transfers), true});
  }
  AddStats(f, "waiting_time_s", r.waiting_time_s);
  AddStats(f, "transit_time_s", r.transit_time_s);
  AddStats(f, "time_to_destination_s", r.time_to_destination_s);
  if (r.has_transfers) AddStats(f, "journey_time_s", r.journey_time_s);
  f.push_back({"/pct_waiting_over_30s", r.pct_waiting_over_30s});
  f.push_back({"/pct_waiting_over_60s", r.pct_waiting_over_60s});
  f.push_back({"/worst_5min_awt_s", r.worst_5min_awt_s});
  f.push_back({"/handling_capacity_pct_per_5min", r.handling_capacity_pct_per_5min});
  f.push_back({"/round_trip_time_s", r.round_trip_time_s});
  f.push_back({"/interval_s", r.interval_s});
  f.push_back({"/car_load_persons_mean", r.car_load_persons_mean});
  f.push_back({"/simulated_s", r.simulated_s});
  for (std::size_t i = 0; i < r.groups.size(); ++i) {
    const GroupFigures& g = r.groups[i];
    const std::string p = fmt::format("/groups/{}/", i);
    f.push_back({p + "round_trip_time_s", g.round_trip_time_s});
    f.push_back({p + "interval_s", g.interval_s});
    f.push_back({p + "car_load_persons_mean", g.car_load_persons_mean});
    f.push_back(
        {p + "main_entrance_departures", static_cast<double>(g.main_entrance_departures), true});
    f.push_back({p + "passengers_delivered", static_cast<double>(g.passengers_delivered), true});
  }
  return f;
}

std::vector<Figure> MeanFigures(const std::vector<std::vector<Figure>>& runs) {
  assert(!runs.empty());
  std::vector<Figure> mean = runs.front();
  for (std::size_t i = 0; i < mean.size(); ++i) {
    double sum = 0.0;
    for (const auto& run : runs) {
      assert(run[i].path == mean[i].path);
      sum += run[i].value;
    }
    mean[i].value = sum / static_cast<double>(runs.size());
    if (runs.size() > 1) mean[i].count = false;
  }
  return mean;
}

std::vector<Figure> HalfWidths95(const std::vector<std::vector<Figure>>& runs) {
  assert(!runs.empty());
  const std::vector<Figure> mean = MeanFigures(runs);
  std::vector<Figure> half = mean;
  const auto k = static_cast<double>(runs.size());
  for (std::size_t i = 0; i < half.size(); ++i) {
    half[i].count = false;
    if (runs.size() < 2) {
      half[i].value = 0.0;
      continue;
    }
    double ss = 0.0;
    for (const auto& run : runs)
      ss += (run[i].value - mean[i].value) * (run[i].value - mean[i].value);
    const double sd = std::sqrt(ss / (k - 1.0));
    half[i].value = StudentT975(static_cast<int>(runs.size()) - 1) * sd / std::sqrt(k);
  }
  return half;
}

double StudentT975(int df) {
  // Exact table for small df (any statistics table, e.g. NIST/SEMATECH
  // e-Handbook 1.3.6.7.2); above it, the Cornish-Fisher expansion around the
  // normal quantile, accurate to 1e-4 for df > 30.
  static constexpr double kTable[] = {
      12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
      2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
      2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
  assert(df >= 1);
  if (df <= 30) return kTable[df - 1];
  constexpr double z = 1.959963985;
  const double d = df;
  return z + (z * z * z + z) / (4 * d) +
         (5 * std::pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * d * d);
}

}  // namespace hoistway
