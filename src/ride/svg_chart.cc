#include "ride/svg_chart.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace hoistway::ride {

namespace {

constexpr double kWidthPx = 960.0;
constexpr double kLeftPx = 64.0;  // room for y labels
constexpr double kRightPx = 12.0;
constexpr double kTopPx = 22.0;     // room for the title and boundary labels
constexpr double kBottomPx = 22.0;  // room for x labels
constexpr int kTargetTicks = 5;

template <typename... Args>
void Put(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

// A "nice" tick step (1, 2 or 5 times a power of ten) for `range`.
double TickStep(double range) {
  const double raw = range / kTargetTicks;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0}) {
    if (m * power >= raw) return m * power;
  }
  return 10.0 * power;
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string SvgChart(const ChartSpec& spec) {
  const Trace& t = *spec.trace;
  const double height = spec.height_px;
  const double plot_w = kWidthPx - kLeftPx - kRightPx;
  const double plot_h = height - kTopPx - kBottomPx;
  double lo = HUGE_VAL;
  double hi = -HUGE_VAL;
  for (std::size_t i = 0; i < t.low.size(); ++i) {
    if (std::isnan(t.low[i])) continue;
    lo = std::min<double>(lo, t.low[i]);
    hi = std::max<double>(hi, t.high[i]);
  }
  if (!(lo <= hi)) {
    lo = 0.0;
    hi = 1.0;
  }
  if (spec.symmetric) {
    hi = std::max(std::fabs(lo), std::fabs(hi));
    lo = -hi;
  }
  if (hi - lo < 1e-9) {
    hi += 0.5;
    lo -= 0.5;
  }
  const double pad = 0.05 * (hi - lo);
  lo -= pad;
  hi += pad;
  const double span_s = std::max(spec.end_s - spec.begin_s, 1e-9);
  auto x = [&](double s) { return kLeftPx + (s - spec.begin_s) / span_s * plot_w; };
  auto y = [&](double v) { return kTopPx + (hi - v) / (hi - lo) * plot_h; };

  std::string out;
  Put(out, "<svg class=\"chart\" viewBox=\"0 0 {:g} {:g}\" role=\"img\" aria-label=\"{}\">\n",
      kWidthPx, height, HtmlEscape(spec.title));
  Put(out, "<text class=\"title\" x=\"{:g}\" y=\"14\">{} ({})</text>\n", kLeftPx,
      HtmlEscape(spec.title), HtmlEscape(t.unit));
  for (const ChartRegion& r : spec.regions) {
    const double x0 = std::clamp(x(r.begin_s), kLeftPx, kLeftPx + plot_w);
    const double x1 = std::clamp(x(r.end_s), kLeftPx, kLeftPx + plot_w);
    Put(out, "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:g}\" width=\"{:.1f}\" height=\"{:g}\"/>\n",
        r.css_class, x0, kTopPx, std::max(0.0, x1 - x0), plot_h);
  }
  // Grid and tick labels.
  const double ystep = TickStep(hi - lo);
  for (double v = std::ceil(lo / ystep) * ystep; v <= hi; v += ystep) {
    const double vv = std::fabs(v) < ystep * 1e-6 ? 0.0 : v;
    Put(out, "<line class=\"grid\" x1=\"{:g}\" x2=\"{:g}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>", kLeftPx,
        kLeftPx + plot_w, y(vv), y(vv));
    Put(out, "<text class=\"tick\" x=\"{:g}\" y=\"{:.1f}\" text-anchor=\"end\">{:g}</text>\n",
        kLeftPx - 4, y(vv) + 4, vv);
  }
  const double xstep = TickStep(span_s);
  for (double s = std::ceil(spec.begin_s / xstep) * xstep; s <= spec.end_s; s += xstep) {
    Put(out, "<text class=\"tick\" x=\"{:.1f}\" y=\"{:g}\" text-anchor=\"middle\">{:g} s</text>\n",
        x(s), height - 6, s);
  }
  // The envelope as bands: the highs forwards, the lows backwards.
  std::size_t i = 0;
  while (i < t.low.size()) {
    while (i < t.low.size() && std::isnan(t.low[i])) ++i;
    const std::size_t start = i;
    while (i < t.low.size() && !std::isnan(t.low[i])) ++i;
    if (i == start) break;
    std::string points;
    for (std::size_t k = start; k < i; ++k) {
      Put(points, "{:.1f},{:.1f} ", x(t.t0_s + (static_cast<double>(k) + 0.5) * t.dt_s),
          y(t.high[k]));
    }
    for (std::size_t k = i; k-- > start;) {
      Put(points, "{:.1f},{:.1f} ", x(t.t0_s + (static_cast<double>(k) + 0.5) * t.dt_s),
          y(t.low[k]));
    }
    Put(out, "<polygon class=\"trace\" points=\"{}\"/>\n", points);
  }
  for (const ChartBoundary& b : spec.boundaries) {
    Put(out, "<line class=\"boundary\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"{1:g}\" y2=\"{2:g}\"/>",
        x(b.t_s), kTopPx, kTopPx + plot_h);
    Put(out, "<text class=\"blabel\" x=\"{:.1f}\" y=\"{:g}\">{}</text>\n", x(b.t_s) + 3,
        kTopPx + 11, HtmlEscape(b.label));
  }
  for (const Mark& m : spec.marks) {
    Put(out, "<circle class=\"mark\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"/>\n", x(m.t_s),
        y(m.value));
  }
  if (!spec.marks.empty() && !spec.mark_label.empty()) {
    Put(out, "<text class=\"mlabel\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
        x(spec.marks[0].t_s) + 7, y(spec.marks[0].value) + (spec.marks[0].value >= 0 ? 12 : -6),
        HtmlEscape(spec.mark_label));
  }
  Put(out, "<rect class=\"frame\" x=\"{:g}\" y=\"{:g}\" width=\"{:g}\" height=\"{:g}\"/>\n</svg>\n",
      kLeftPx, kTopPx, plot_w, plot_h);
  return out;
}

}  // namespace hoistway::ride
