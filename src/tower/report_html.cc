#include "tower/report_html.h"

#include <cmath>

#include "report/html.h"
#include "report/svg_plot.h"
#include "tower/report_text.h"

namespace hoistway::tower {
namespace {

using report::AxisSpec;
using report::HtmlEscape;
using report::Plot;
using report::Put;

constexpr int kPlotHeight = 150;

void AddEvents(Plot& plot, const std::vector<MachineEvent>& events) {
  int n = 0;
  for (const MachineEvent& e : events) {
    if (++n > 6) break;  // the first few: the rest crowd the plot
    plot.VLine(e.time_s, std::to_string(n));
  }
}

void PlotTrace(std::string& out, const Trace& t, const std::vector<MachineEvent>& events,
               bool jerk) {
  if (t.time_s.size() < 2) return;
  const AxisSpec time{NAN, NAN, "time (s)", ""};
  Plot position("Position of the car above the lowest landing", time, AxisSpec{NAN, NAN, "m", ""},
                kPlotHeight);
  position.Line(t.time_s, t.position_m, "s0", "position (m)");
  AddEvents(position, events);
  out += position.Svg();
  Plot speed("Speed of the car (up positive)", time, AxisSpec{NAN, NAN, "m/s", ""}, kPlotHeight);
  speed.Line(t.time_s, t.velocity_mps, "s1", "speed (m/s)");
  AddEvents(speed, events);
  out += speed.Svg();
  Plot accel("Acceleration of the car (up positive; a retardation of a descending car is positive)",
             time, AxisSpec{NAN, NAN, "m/s\u00b2", ""}, kPlotHeight);
  accel.Line(t.time_s, t.acceleration_mps2, "s2", "acceleration (m/s\u00b2)");
  if (std::isfinite(t.acceleration_limit_mps2)) {
    accel.Line({t.time_s.front(), t.time_s.back()},
               {t.acceleration_limit_mps2, t.acceleration_limit_mps2}, "s4", "limit");
  }
  AddEvents(accel, events);
  out += accel.Svg();
  if (jerk && !t.jerk_mps3.empty()) {
    Plot j("Jerk", time, AxisSpec{NAN, NAN, "m/s\u00b3", ""}, kPlotHeight);
    j.Line(t.time_s, t.jerk_mps3, "s3", "jerk (m/s\u00b3)");
    out += j.Svg();
  }
}

void EventList(std::string& out, const std::vector<MachineEvent>& events) {
  if (events.empty()) return;
  Put(out, "<ol class=\"meta\">\n");
  for (const MachineEvent& e : events) {
    Put(out, "<li>{:.3f} s, {:.3f} m: {}</li>\n", e.time_s, e.position_m, HtmlEscape(e.what));
  }
  Put(out, "</ol>\n");
}

void FigureTable(std::string& out, const std::vector<Figure>& figures) {
  if (figures.empty()) return;
  Put(out, "<table>\n");
  for (const Figure& f : figures) {
    Put(out, "<tr><td>{}</td><td class=\"num\">{}</td></tr>\n", HtmlEscape(f.label),
        HtmlEscape(FormatMeasured(f.value, f.unit)));
  }
  Put(out, "</table>\n");
}

}  // namespace

std::string FormatHtmlReport(const TowerReport& r) {
  std::string out = report::PageStart("Virtual test tower: " + r.lift);
  Put(out, "<h1>Virtual test tower: {}</h1>\n", HtmlEscape(r.lift));
  Put(out,
      "<p class=\"meta\">Description {}; suite {}. Verdict: <span class=\"{}\">{}</span></p>\n",
      HtmlEscape(r.source), HtmlEscape(r.suite), ToString(r.verdict),
      r.verdict == Verdict::kPass ? "PASS" : "FAIL");
  if (!r.notice.empty()) Put(out, "<p class=\"fail\">{}</p>\n", HtmlEscape(r.notice));
  for (const std::string& fault : r.faults)
    Put(out, "<p>Fault applied: <b>{}</b></p>\n", HtmlEscape(fault));
  if (!r.overrides.empty()) {
    Put(out, "<p>Changed before the tests:</p>\n<table>\n");
    for (const Override& o : r.overrides) {
      Put(out, "<tr><td>{}</td><td>{}</td><td class=\"meta\">{}</td></tr>\n", HtmlEscape(o.key),
          HtmlEscape(o.value), HtmlEscape(o.origin));
    }
    Put(out, "</table>\n");
  }
  Put(out,
      "<table>\n<tr><th>test</th><th>clause</th><th "
      "class=\"num\">measured</th><th>limit</th><th>verdict</th></tr>\n");
  for (const TestResult& t : r.tests) {
    Put(out,
        "<tr><td><a href=\"#{0}\">{0}</a></td><td>{1}</td><td "
        "class=\"num\">{2}</td><td>{3}</td><td class=\"{4}\">{4}</td></tr>\n",
        HtmlEscape(t.id), HtmlEscape(t.clause), HtmlEscape(FormatMeasured(t.measured, t.unit)),
        HtmlEscape(t.limit_text), ToString(t.verdict));
  }
  Put(out, "</table>\n");
  for (const TestResult& t : r.tests) {
    Put(out, "<h2 id=\"{}\">{} <span class=\"{}\">{}</span></h2>\n", HtmlEscape(t.id),
        HtmlEscape(t.id), ToString(t.verdict), ToString(t.verdict));
    Put(out, "<p class=\"meta\">{}: {}</p>\n<p>{}</p>\n", HtmlEscape(t.clause), HtmlEscape(t.title),
        HtmlEscape(t.finding));
    FigureTable(out, t.figures);
    EventList(out, t.events);
    PlotTrace(out, t.trace, t.events, false);
  }
  for (const NormalRun& run : r.runs) {
    Put(out, "<h2>Normal run: {}</h2>\n", HtmlEscape(run.title));
    Put(out, "<p>Flight {:.2f} s, top speed {:.3f} m/s, stopped {:+.1f} mm from the landing.</p>\n",
        run.flight_time_s, run.max_speed_mps, run.stopping_error_mm);
    if (!run.ride_error.empty())
      Put(out, "<p class=\"na\">Ride figures: {}</p>\n", HtmlEscape(run.ride_error));
    FigureTable(out, run.ride);
    EventList(out, run.events);
    PlotTrace(out, run.trace, run.events, true);
  }
  out += report::PageEnd(
      "hoistway tower: the twin's figures, by integration in time of the lift's motion; limits "
      "from EN 81-20:2020 "
      "and EN 81-50:2020 as read from public summaries (docs/tower.md).");
  return out;
}

}  // namespace hoistway::tower
