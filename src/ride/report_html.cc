#include "ride/report_html.h"

#include <fmt/core.h>

#include <iterator>
#include <string_view>

#include "report/html.h"
#include "ride/figures.h"
#include "ride/report_json.h"
#include "ride/svg_chart.h"

namespace hoistway::ride {

namespace {

// Ride-only classes on top of the report style.
constexpr std::string_view kRideCss = R"(
svg .trace { fill: #2f6db5; fill-opacity: 0.8; stroke: #2f6db5; stroke-width: 0.8; }
svg .cs { fill: #d9f2dd; } svg .jz { fill: #fde7c8; }
)";

using report::HtmlEscape;
using report::Put;
using report::ScriptSafe;

}  // namespace

std::string FormatHtmlReport(const RideReport& r, std::span<const LimitCheck> checks,
                             bool limits_given) {
  const MotionAnalysis& m = r.motion;
  const RunBoundaries& b = m.boundaries;
  const RideTraces& t = r.traces;
  std::string out;
  out += report::PageStart("Ride quality: " + r.recording.path, kRideCss);
  Put(out, "<h1>Ride quality (ISO 18738-1)</h1>\n");
  Put(out, "<p class=\"meta\">{}</p>\n", HtmlEscape(r.recording.path));
  Put(out, "<p class=\"meta\">{}; {:g} Hz{}, {} samples, {:.2f} s; run {} of {}, {}.</p>\n",
      HtmlEscape(r.recording.note), r.recording.sample_rate_hz,
      r.recording.resampled ? " (resampled)" : "", r.samples, r.duration_s, m.run_index,
      m.runs_detected, m.direction > 0 ? "up" : "down");
  Put(out,
      "<p class=\"meta\">Gravity {}; rest level {:.4f} m/s&sup2; removed from z{}; velocity drift "
      "removed "
      "{:.3f} m/s. Boundaries {}: 0 start {:.2f} s, 1 constant speed from {:.2f} s, 2 until {:.2f} "
      "s, 3 "
      "end {:.2f} s.</p>\n",
      GravityName(r.recording.gravity), m.rest_offset_mps2,
      m.vertical_sign < 0 ? " (z pointed down: flipped)" : "", m.drift_mps,
      b.overridden ? "partly given" : "detected", b.start_s, b.constant_speed_begin_s,
      b.constant_speed_end_s, b.end_s);
  if (limits_given) {
    const bool failed = AnyFailed(checks);
    Put(out, "<p>Verdict against the limits: <span class=\"{}\">{}</span></p>\n",
        failed ? "fail" : "pass", failed ? "FAIL" : "PASS");
  }

  // Charts.
  std::vector<ChartBoundary> boundaries = {{b.start_s, "0"},
                                           {b.constant_speed_begin_s, "1"},
                                           {b.constant_speed_end_s, "2"},
                                           {b.end_s, "3"}};
  const ChartRegion constant{b.constant_speed_begin_s, b.constant_speed_end_s, "cs"};
  std::vector<ChartRegion> with_zones = {constant};
  for (const JerkZone& z : b.jerk_zones) with_zones.push_back({z.begin_s, z.end_s, "jz"});
  Put(out, "<h2>Vibration (ISO 2631-1 weighted)</h2>\n");
  for (int a = 0; a < kAxisCount; ++a) {
    const AxisVibration& v = r.vibration[a];
    ChartSpec c;
    c.title = fmt::format("{} vibration, {}", kAxisNames[a], WeightingName(v.weighting));
    c.trace = &t.vibration[a];
    c.begin_s = t.begin_s;
    c.end_s = t.end_s;
    c.symmetric = true;
    c.regions = a == 2 ? with_zones : std::vector<ChartRegion>{constant};
    c.boundaries = boundaries;
    if (v.iso.count > 0) {
      c.marks = {t.max_pk_pk[a][0], t.max_pk_pk[a][1]};
      c.mark_label = fmt::format("max pk-pk {:.1f} mg", v.iso.max_pk_pk);
    }
    out += SvgChart(c);
  }
  Put(out, "<h2>Motion (vertical, low-passed at 10 Hz)</h2>\n");
  auto motion_chart = [&](const char* title, const Trace& trace, bool zones) {
    ChartSpec c;
    c.title = title;
    c.trace = &trace;
    c.begin_s = t.begin_s;
    c.end_s = t.end_s;
    c.regions = zones ? with_zones : std::vector<ChartRegion>{constant};
    c.boundaries = boundaries;
    out += SvgChart(c);
  };
  motion_chart("velocity", t.velocity, false);
  motion_chart("acceleration (jerk zones shaded)", t.acceleration, true);
  motion_chart("jerk (derivative of the acceleration low-passed at 2 Hz, for display)", t.jerk,
               true);
  if (t.sound) {
    Put(out, "<h2>Sound</h2>\n");
    motion_chart("sound level, A-weighted", *t.sound, false);
  }
  Put(out,
      "<p class=\"meta\">Shaded green: constant speed (boundaries 1 to 2); orange: jerk zones. "
      "Red dashed lines: boundaries 0 to 3. Circles: the two half-cycle peaks of the largest "
      "peak-to-peak value.</p>\n");

  // Figures and limits.
  Put(out,
      "<h2>Figures</h2>\n<table>\n<tr><th>figure</th><th>key</th><th>value</th><th>unit</th></"
      "tr>\n");
  for (const Figure& f : FiguresOf(r)) {
    Put(out,
        "<tr><td>{}</td><td><code>{}</code></td><td class=\"num\">{:.4g}</td><td>{}</td></tr>\n",
        HtmlEscape(f.label), HtmlEscape(f.key), f.value, HtmlEscape(f.unit));
  }
  Put(out, "</table>\n");
  if (limits_given) {
    Put(out,
        "<h2>Limits</h2>\n<table>\n<tr><th>figure</th><th>measured</th><th>limit</th><th>verdict</"
        "th></tr>\n");
    for (const LimitCheck& c : checks) {
      const char* css = c.verdict == Verdict::kPass   ? "pass"
                        : c.verdict == Verdict::kFail ? "fail"
                                                      : "na";
      Put(out,
          "<tr><td><code>{}</code></td><td class=\"num\">{}</td><td>{} {:g} {}</td><td "
          "class=\"{}\">{}</td></tr>\n",
          HtmlEscape(c.limit.key), c.measured ? fmt::format("{:.4g}", *c.measured) : "-",
          HtmlEscape(ComparisonSymbol(c.limit.comparison)), c.limit.value, HtmlEscape(c.unit), css,
          VerdictName(c.verdict));
    }
    Put(out, "</table>\n");
  }
  Put(out, "<script type=\"application/json\" id=\"ride-figures\">\n{}\n</script>\n",
      ScriptSafe(ReportToJson(r, checks, limits_given).dump(1)));
  out += report::PageEnd("Made by hoistway ride. Definitions: docs/ride.md.");
  return out;
}

}  // namespace hoistway::ride
