#include "analysis/report_html.h"

#include <cmath>

#include "analysis/explain.h"
#include "analysis/report_json.h"
#include "report/html.h"
#include "report/svg_plot.h"

namespace hoistway {

namespace {

using report::HtmlEscape;
using report::Put;

void Row(std::string& out, const char* label, const char* symbol, double value, const char* unit) {
  Put(out, "<tr><td>{}</td><td>{}</td><td class=\"num\">{:.4g}</td><td>{}</td></tr>\n", label,
      symbol, value, unit);
}

std::string GroupTable(const GroupRtt& g) {
  const UpPeakRtt& c = g.classical;
  std::string out =
      "<table>\n<tr><th>figure</th><th>symbol</th><th class=\"num\">value</th><th>unit</th></tr>\n";
  Row(out, "passengers per trip", "P", c.passengers, "persons");
  Row(out, "expected stops", "S", c.stops, "");
  Row(out, "highest reversal floor", "H", c.highest_reversal, "floors");
  Row(out, "time to pass one floor at rated speed", "t<sub>v</sub>", c.t_v_s, "s");
  Row(out, "single-floor flight", "t<sub>f</sub>(1)", c.t_f1_s, "s");
  Row(out, "time lost per stop", "t<sub>s</sub>", c.t_s_s, "s");
  Row(out, "transfer time per passenger", "t<sub>p</sub>", c.t_p_s, "s");
  Row(out, "round trip time (classical)", "RTT", c.rtt_s, "s");
  Row(out, "interval", "INT", g.throughput.interval_s, "s");
  Row(out, "handling capacity", "HC", g.throughput.persons_per_5min, "persons / 5 min");
  Row(out, "handling capacity", "%POP", g.throughput.pct_of_population, "% / 5 min");
  Row(out, "round trip, exact jerk-limited flights", "RTT<sub>kin</sub>", g.kinematic.rtt_s, "s");
  Row(out, "interval, exact flights", "", g.kinematic_throughput.interval_s, "s");
  return out + "</table>\n";
}

// The three terms of RTT = 2 H t_v + (S + 1) t_s + 2 P t_p, and the express
// and entrance runs where there are any, as bars.
std::string Composition(const GroupRtt& g) {
  const UpPeakRtt& c = g.classical;
  const double travel =
      c.rtt_s - (c.stops + c.entrance_stops) * c.t_s_s - 2 * c.passengers * c.t_p_s;
  const std::vector<double> values = {travel, (c.stops + c.entrance_stops) * c.t_s_s,
                                      2 * c.passengers * c.t_p_s};
  report::Plot plot("Make-up of the classical round trip",
                    {.min = 0.0, .max = 3.0, .label = "", .suffix = ""},
                    {.min = NAN, .max = NAN, .label = "seconds", .suffix = " s"}, 200);
  plot.Bars({0.2, 0.8}, {values[0]}, "s0");
  plot.Bars({1.2, 1.8}, {values[1]}, "s1");
  plot.Bars({2.2, 2.8}, {values[2]}, "s2");
  plot.XTickLabels({0.5, 1.5, 2.5}, {fmt::format("running at rated speed {:.1f} s", values[0]),
                                     fmt::format("stops (S + S_E) t_s {:.1f} s", values[1]),
                                     fmt::format("transfers 2 P t_p {:.1f} s", values[2])});
  return plot.Svg();
}

std::string Periods(const GroupRtt& g) {
  if (g.periods.empty()) return {};
  std::vector<double> at;
  std::vector<double> interval;
  std::vector<double> load;
  double t = 0.0;
  for (const PeriodAnalysis& p : g.periods) {
    const double mid = (t + p.spec.duration_s / 2) / 60.0;
    t += p.spec.duration_s;
    at.push_back(mid);
    const bool busy =
        p.result.state != DemandState::kNoDemand && p.result.state != DemandState::kLight;
    interval.push_back(busy ? p.result.interval_s : NAN);
    load.push_back(busy ? p.result.car_load_pct : NAN);
  }
  std::string out;
  report::Plot ip("General analysis: interval in each traffic period (light periods left out)",
                  {.min = NAN, .max = NAN, .label = "time from the start", .suffix = " min"},
                  {.min = 0.0, .max = NAN, .label = "interval", .suffix = " s"}, 200);
  ip.Line(at, interval, "s0");
  out += ip.Svg();
  report::Plot lp(
      g.double_deck ? "General analysis: highest expected load of the fuller deck in each period"
                    : "General analysis: highest expected car load in each period",
      {.min = NAN, .max = NAN, .label = "time from the start", .suffix = " min"},
      {.min = 0.0, .max = NAN, .label = g.double_deck ? "deck load" : "car load", .suffix = " %"},
      200);
  lp.Line(at, load, "s1");
  out += lp.Svg();
  return out;
}

}  // namespace

std::string RttHtml(const BuildingRtt& rtt) {
  std::string out = report::PageStart("Round-trip-time calculation: " + rtt.building,
                                      "pre { background: #f6f6f6; padding: 10px; overflow-x: auto; "
                                      "font-size: 12px; }\n");
  Put(out, "<h1>Round-trip-time calculation: {}</h1>\n", HtmlEscape(rtt.building));
  Put(out,
      "<p class=\"meta\">{} — classical up-peak method of CIBSE Guide D and ISO 8100-32, the "
      "same trip with exact jerk-limited flights, and the general analysis of each traffic "
      "period.</p>\n",
      HtmlEscape(rtt.source));
  for (const GroupRtt& g : rtt.groups) {
    Put(out, "<h2>Group {}: {} cars × {} persons</h2>\n", HtmlEscape(g.group), g.cars,
        g.capacity_persons);
    out += GroupTable(g);
    out += Composition(g);
    out += Periods(g);
  }
  Put(out, "<h2>The calculation, step by step</h2>\n<pre>{}</pre>\n", HtmlEscape(ExplainRtt(rtt)));
  Put(out, "<script type=\"application/json\" id=\"rtt-data\">\n{}\n</script>\n",
      report::ScriptSafe(RttJson(rtt).dump()));
  out += report::PageEnd("Made by hoistway rtt. Method and sources: docs/rtt.md.");
  return out;
}

}  // namespace hoistway
