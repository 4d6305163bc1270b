#include "cli/simulation_text.h"

#include "core/targets.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>

namespace hoistway::cli {

namespace {

class FigureTable {
 public:
  explicit FigureTable(const ReplicatedReport& r) : r_(r) {}

  double Mean(const std::string& path) const { return Find(r_.mean, path); }
  bool Has(const std::string& path) const { return !std::isnan(Mean(path)); }
  // "12.3" or "12.3 ± 0.4" with several runs.
  std::string Value(const std::string& path, int decimals = 1) const {
    std::string s = fmt::format("{:.{}f}", Mean(path), decimals);
    if (r_.runs > 1) s += fmt::format(" ± {:.{}f}", Find(r_.half_width_95, path), decimals);
    return s;
  }

 private:
  static double Find(const std::vector<Figure>& figures, const std::string& path) {
    for (const Figure& f : figures) {
      if (f.path == path) return f.value;
    }
    return std::nan("");
  }
  const ReplicatedReport& r_;
};

std::string Plural(long n, const char* word) {
  return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

}  // namespace

std::string SimulationText(const Building& b, const std::string& source,
                           const ReplicatedReport& r) {
  const FigureTable t(r);
  std::string out;
  const auto line = [&out](const std::string& s) { out += s + "\n"; };
  long cars = 0;
  for (const GroupSpec& g : b.groups) cars += g.cars;

  line(fmt::format("{} ({})", b.name.empty() ? std::string("Building") : b.name, source));
  std::string traffic = b.traffic.saturated ? std::string("saturated up-peak (endless lobby queue)")
                        : !b.traffic.template_name.empty()
                            ? "template " + b.traffic.template_name
                            : Plural(static_cast<long>(b.traffic.periods.size()), "period");
  line(fmt::format("  {} floors, {}, {}; traffic: {} over {:.0f} s", b.FloorCount(),
                   Plural(static_cast<long>(b.groups.size()), "group"), Plural(cars, "car"),
                   traffic, b.traffic.duration_s));
  std::vector<std::string> controls;  // each group's, once
  for (const GroupSpec& g : b.groups) {
    std::string control = g.dispatcher;
    if (g.call_model != CallModel::kConventional) {
      control += fmt::format(" ({} call model)", CallModelName(g.call_model));
    }
    if (std::find(controls.begin(), controls.end(), control) == controls.end())
      controls.push_back(control);
  }
  line(fmt::format("  group control: {}", fmt::join(controls, ", ")));
  line(fmt::format("  seed {}, {}{}", r.seed, Plural(r.runs, "run"),
                   r.runs > 1 ? " (figures are means ± 95 % confidence half-widths)" : ""));
  if (b.report.warmup_s > 0 || b.report.cooldown_s > 0) {
    line(fmt::format("  measured: arrivals from {:.0f} s to {:.0f} s", b.report.warmup_s,
                     b.traffic.duration_s - b.report.cooldown_s));
  }
  line("");
  line(fmt::format("Passengers: {} generated, {} delivered, {} still in the system at the end",
                   t.Value("/passengers/generated", 0), t.Value("/passengers/delivered", 0),
                   t.Value("/passengers/in_system_at_end", 0)));
  if (t.Has("/transfers")) {
    line(
        fmt::format("  with changes of group: {} legs ({} still in the system), {} changes; "
                    "the times below are per leg",
                    t.Value("/legs/generated", 0), t.Value("/legs/in_system_at_end", 0),
                    t.Value("/transfers", 0)));
  }
  line("");
  line(fmt::format("  {:<24}{:>14}{:>14}{:>14}{:>14}{:>14}", "seconds", "mean", "p50", "p90", "p95",
                   "max"));
  for (const auto& [name, key] :
       {std::pair{"waiting time", "waiting_time_s"}, std::pair{"transit time", "transit_time_s"},
        std::pair{"time to destination", "time_to_destination_s"},
        std::pair{"journey (per person)", "journey_time_s"}}) {
    const std::string p = std::string("/") + key + "/";
    if (!t.Has(p + "mean")) continue;
    line(fmt::format("  {:<24}{:>14}{:>14}{:>14}{:>14}{:>14}", name, t.Value(p + "mean"),
                     t.Value(p + "p50"), t.Value(p + "p90"), t.Value(p + "p95"),
                     t.Value(p + "max")));
  }
  line("");
  line(fmt::format("  waiting over 30 s / 60 s        {} % / {} %",
                   t.Value("/pct_waiting_over_30s"), t.Value("/pct_waiting_over_60s")));
  line(fmt::format("  worst 5-minute average wait     {} s", t.Value("/worst_5min_awt_s")));
  line(fmt::format("  handling capacity               {} % of the population per 5 min",
                   t.Value("/handling_capacity_pct_per_5min", 2)));
  line(fmt::format("  round trip time                 {} s (between departures of a car from {})",
                   t.Value("/round_trip_time_s"), b.floor(b.main_entrance).name));
  line(fmt::format("  interval                        {} s", t.Value("/interval_s")));
  line(fmt::format("  car load leaving {:<14} {} persons", b.floor(b.main_entrance).name,
                   t.Value("/car_load_persons_mean")));
  const std::vector<TargetCheck> targets =
      CheckTargets(b.analysis, t.Mean("/interval_s"), t.Mean("/handling_capacity_pct_per_5min"));
  for (const TargetCheck& c : targets) {
    const bool interval = c.key == "interval_s";
    line(fmt::format("  target: {} {} {:g} {}   {} ({:.1f} {})",
                     interval ? "interval" : "handling capacity", interval ? "<=" : ">=", c.target,
                     interval ? "s" : "%", c.met ? "met" : "NOT MET", c.value,
                     interval ? "s" : "%"));
  }
  if (b.groups.size() > 1) {
    line("");
    for (std::size_t i = 0; i < b.groups.size(); ++i) {
      const std::string p = fmt::format("/groups/{}/", i);
      line(fmt::format("  group {:<10} RTT {} s, interval {} s, load {}, delivered {}",
                       b.groups[i].name, t.Value(p + "round_trip_time_s"),
                       t.Value(p + "interval_s"), t.Value(p + "car_load_persons_mean"),
                       t.Value(p + "passengers_delivered", 0)));
    }
  }
  if (t.Mean("/passengers/in_system_at_end") > 0) {
    line("");
    line("  note: passengers remained in the system after the drain time (report.drain_s): the");
    line("  group cannot carry this traffic; their waits are not in the statistics above.");
  }
  return out;
}

}  // namespace hoistway::cli
