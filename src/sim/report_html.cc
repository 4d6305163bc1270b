#include "sim/report_html.h"

#include <cmath>

#include "report/html.h"
#include "report/svg_plot.h"
#include "sim/report_json.h"

namespace hoistway {

namespace {

using report::HtmlEscape;
using report::Put;

struct Row {
  const char* path;
  const char* label;
  const char* unit;
};

constexpr Row kRows[] = {
    {"/passengers/generated", "passengers generated", ""},
    {"/passengers/delivered", "passengers delivered", ""},
    {"/passengers/in_system_at_end", "still in the system at the end", ""},
    {"/waiting_time_s/mean", "waiting time, mean", "s"},
    {"/waiting_time_s/p50", "waiting time, median", "s"},
    {"/waiting_time_s/p90", "waiting time, 90th percentile", "s"},
    {"/waiting_time_s/p95", "waiting time, 95th percentile", "s"},
    {"/waiting_time_s/max", "waiting time, longest", "s"},
    {"/transit_time_s/mean", "transit time, mean", "s"},
    {"/transit_time_s/p95", "transit time, 95th percentile", "s"},
    {"/time_to_destination_s/mean", "time to destination, mean", "s"},
    {"/time_to_destination_s/p95", "time to destination, 95th percentile", "s"},
    {"/pct_waiting_over_30s", "waiting over 30 s", "%"},
    {"/pct_waiting_over_60s", "waiting over 60 s", "%"},
    {"/worst_5min_awt_s", "worst 5-minute average wait", "s"},
    {"/handling_capacity_pct_per_5min", "handling capacity", "% / 5 min"},
    {"/round_trip_time_s", "round trip time", "s"},
    {"/interval_s", "interval", "s"},
    {"/car_load_persons_mean", "car load leaving the main entrance", "persons"},
};

double Find(const std::vector<Figure>& figures, const std::string& path) {
  for (const Figure& f : figures) {
    if (f.path == path) return f.value;
  }
  return NAN;
}

std::string FiguresTable(const ReplicatedReport& r) {
  std::string out = "<table>\n<tr><th>figure</th><th class=\"num\">value</th>";
  if (r.runs > 1) out += "<th class=\"num\">± 95 %</th>";
  out += "<th>unit</th></tr>\n";
  for (const Row& row : kRows) {
    Put(out, "<tr><td>{}</td><td class=\"num\">{:.2f}</td>", row.label, Find(r.mean, row.path));
    if (r.runs > 1) Put(out, "<td class=\"num\">{:.2f}</td>", Find(r.half_width_95, row.path));
    Put(out, "<td>{}</td></tr>\n", row.unit);
  }
  return out + "</table>\n";
}

std::string WaitingHistogram(const Timeline& t, const SimulationReport& first) {
  std::vector<double> edges;
  for (std::size_t i = 0; i <= t.waiting_histogram.size(); ++i) {
    edges.push_back(static_cast<double>(i) * t.histogram_bin_s);
  }
  report::Plot plot("Waiting time distribution (run 1, measured passengers)",
                    {.min = NAN, .max = NAN, .label = "waiting time", .suffix = " s"},
                    {.min = NAN, .max = NAN, .label = "passengers", .suffix = ""}, 230);
  plot.Bars(edges, t.waiting_histogram, "s0");
  plot.VLine(first.waiting_time_s.p50, "p50");
  plot.VLine(first.waiting_time_s.p90, "p90");
  plot.VLine(first.waiting_time_s.p95, "p95");
  return plot.Svg();
}

std::string OverTime(const Timeline& t) {
  std::vector<double> mid;
  for (double s : t.bin_start_s) mid.push_back((s + 0.5 * t.bin_s) / 60.0);
  std::string out;
  report::Plot waiting("Persons waiting at landings (mean over each minute, run 1)",
                       {.min = NAN, .max = NAN, .label = "time", .suffix = " min"},
                       {.min = 0.0, .max = NAN, .label = "persons", .suffix = ""}, 200);
  waiting.Line(mid, t.waiting_mean, "s1");
  out += waiting.Svg();
  report::Plot flow("Passengers arriving and delivered per minute (run 1)",
                    {.min = NAN, .max = NAN, .label = "time", .suffix = " min"},
                    {.min = 0.0, .max = NAN, .label = "passengers", .suffix = ""}, 200);
  flow.Line(mid, t.arrivals, "s0", "arriving");
  flow.Line(mid, t.delivered, "s2", "delivered");
  out += flow.Svg();
  return out;
}

std::string Trajectories(const Timeline& t) {
  report::Plot plot(
      "Lift trajectories (floor against time, run 1)",
      {.min = t.trajectory_from_s, .max = t.trajectory_to_s, .label = "time", .suffix = " s"},
      {.min = NAN, .max = NAN, .label = "", .suffix = ""},
      std::max(260, std::min(900, 14 * static_cast<int>(t.floor_names.size()) + 60)));
  plot.YTickLabels(t.floor_levels_m, t.floor_names);
  for (std::size_t i = 0; i < t.cars.size(); ++i) {
    const CarTrajectory& c = t.cars[i];
    plot.Line(c.t_s, c.level_m, "s" + std::to_string(i % 8), i < 8 ? c.label : std::string());
  }
  return plot.Svg();
}

}  // namespace

std::string SimulationHtml(const Building& b, const std::string& source, const ReplicatedReport& r,
                           const Timeline& timeline) {
  std::string out = report::PageStart("Lift traffic simulation: " + b.name);
  Put(out, "<h1>{}</h1>\n",
      HtmlEscape(b.name.empty() ? std::string("Lift traffic simulation") : b.name));
  long cars = 0;
  for (const GroupSpec& g : b.groups) cars += g.cars;
  Put(out,
      "<p class=\"meta\">{} — {} floors, {} group(s), {} cars; traffic {} over {:.0f} s.</p>\n",
      HtmlEscape(source), b.FloorCount(), b.groups.size(), cars,
      HtmlEscape(b.traffic.saturated                ? std::string("saturated up-peak")
                 : !b.traffic.template_name.empty() ? "template " + b.traffic.template_name
                 : !b.traffic.passengers.empty()
                     ? std::string("scripted passengers")
                     : std::to_string(b.traffic.periods.size()) + " period(s)"),
      b.traffic.duration_s);
  Put(out,
      "<p class=\"meta\">Seed {}, {} run(s){}. Measured: arrivals from {:.0f} s to {:.0f} s.</p>\n",
      r.seed, r.runs, r.runs > 1 ? "; figures are means with 95 % confidence half-widths" : "",
      b.report.warmup_s, b.traffic.duration_s - b.report.cooldown_s);
  Put(out, "<h2>Figures</h2>\n{}", FiguresTable(r));
  if (!r.reports.empty()) {
    Put(out, "<h2>Waiting</h2>\n{}", WaitingHistogram(timeline, r.reports.front()));
  }
  Put(out, "<h2>Over time</h2>\n{}", OverTime(timeline));
  Put(out, "<h2>Trajectory diagram</h2>\n{}", Trajectories(timeline));
  Put(out,
      "<p class=\"meta\">Waiting time: from arrival at the landing until the doors of the car "
      "boarded begin to open. Transit time: from then until the doors open at the destination. "
      "Definitions: docs/simulation.md.</p>\n");
  nlohmann::ordered_json data;
  data["report"] = SimulationJson(b, r);
  data["timeline"] = TimelineJson(timeline);
  Put(out, "<script type=\"application/json\" id=\"simulation-data\">\n{}\n</script>\n",
      report::ScriptSafe(data.dump()));
  out += report::PageEnd("Made by hoistway simulate.");
  return out;
}

}  // namespace hoistway
