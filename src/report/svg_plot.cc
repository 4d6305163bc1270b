#include "report/svg_plot.h"

#include <algorithm>

#include "report/html.h"

namespace hoistway::report {

namespace {

constexpr double kWidthPx = 960.0;
constexpr double kLeftPx = 64.0;  // room for y tick labels
constexpr double kRightPx = 12.0;
constexpr double kTopPx = 22.0;     // title and marker labels
constexpr double kBottomPx = 30.0;  // x tick labels and axis label
constexpr double kPadFraction = 0.05;

}  // namespace

double NiceStep(double range, int ticks) {
  const double raw = range / ticks;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0}) {
    if (m * power >= raw) return m * power;
  }
  return 10.0 * power;
}

Plot::Plot(std::string title, AxisSpec x, AxisSpec y, int height_px)
    : title_(std::move(title)), x_(std::move(x)), y_(std::move(y)), height_px_(height_px) {}

void Plot::Region(double x0, double x1, std::string css) {
  layers_.push_back({Kind::kRegion, {x0, x1}, {}, {}, std::move(css), {}});
}
void Plot::VLine(double x, std::string label, std::string css) {
  layers_.push_back({Kind::kVLine, {x}, {}, {}, std::move(css), std::move(label)});
}
void Plot::Line(std::vector<double> xs, std::vector<double> ys, std::string css,
                std::string legend) {
  layers_.push_back(
      {Kind::kLine, std::move(xs), std::move(ys), {}, std::move(css), std::move(legend)});
}
void Plot::Bars(std::vector<double> edges, std::vector<double> ys, std::string css,
                std::string legend) {
  layers_.push_back(
      {Kind::kBars, std::move(edges), std::move(ys), {}, std::move(css), std::move(legend)});
}
void Plot::Band(std::vector<double> xs, std::vector<double> lows, std::vector<double> highs,
                std::string css) {
  layers_.push_back(
      {Kind::kBand, std::move(xs), std::move(lows), std::move(highs), std::move(css), {}});
}
void Plot::Mark(double x, double y, std::string label) {
  layers_.push_back({Kind::kMark, {x}, {y}, {}, "mark", std::move(label)});
}

void Plot::YTickLabels(std::vector<double> at, std::vector<std::string> labels) {
  ytick_at_ = std::move(at);
  ytick_labels_ = std::move(labels);
}

void Plot::XTickLabels(std::vector<double> at, std::vector<std::string> labels) {
  xtick_at_ = std::move(at);
  xtick_labels_ = std::move(labels);
}

void Plot::Extend(double& lo, double& hi, const std::vector<double>& values) const {
  for (double v : values) {
    if (std::isnan(v)) continue;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
}

std::string Plot::Svg() const {
  // Ranges: given, or from the data with a margin.
  double xlo = HUGE_VAL, xhi = -HUGE_VAL, ylo = HUGE_VAL, yhi = -HUGE_VAL;
  for (const Layer& l : layers_) {
    if (l.kind == Kind::kRegion || l.kind == Kind::kVLine) continue;
    Extend(xlo, xhi, l.xs);
    Extend(ylo, yhi, l.ys);
    Extend(ylo, yhi, l.ys2);
  }
  bool has_bars = std::any_of(layers_.begin(), layers_.end(),
                              [](const Layer& l) { return l.kind == Kind::kBars; });
  if (has_bars) ylo = std::min(ylo, 0.0);
  if (!(xlo <= xhi)) xlo = 0.0, xhi = 1.0;
  if (!(ylo <= yhi)) ylo = 0.0, yhi = 1.0;
  if (symmetric_y_) {
    yhi = std::max(std::fabs(ylo), std::fabs(yhi));
    ylo = -yhi;
  }
  if (yhi - ylo < 1e-12) ylo -= 0.5, yhi += 0.5;
  if (xhi - xlo < 1e-12) xlo -= 0.5, xhi += 0.5;
  const double ypad = kPadFraction * (yhi - ylo);
  if (std::isnan(y_.min)) ylo = (has_bars && ylo >= 0.0) ? 0.0 : ylo - ypad;
  if (std::isnan(y_.max)) yhi += ypad;
  if (!std::isnan(y_.min)) ylo = y_.min;
  if (!std::isnan(y_.max)) yhi = y_.max;
  if (!std::isnan(x_.min)) xlo = x_.min;
  if (!std::isnan(x_.max)) xhi = x_.max;

  const double height = height_px_;
  const double plot_w = kWidthPx - kLeftPx - kRightPx;
  const double plot_h = height - kTopPx - kBottomPx;
  const auto x = [&](double v) { return kLeftPx + (v - xlo) / (xhi - xlo) * plot_w; };
  const auto y = [&](double v) { return kTopPx + (yhi - v) / (yhi - ylo) * plot_h; };
  const auto cx = [&](double v) { return std::clamp(x(v), kLeftPx, kLeftPx + plot_w); };

  std::string out;
  Put(out, "<svg class=\"chart\" viewBox=\"0 0 {:g} {:g}\" role=\"img\" aria-label=\"{}\">\n",
      kWidthPx, height, HtmlEscape(title_));
  Put(out, "<text class=\"title\" x=\"{:g}\" y=\"14\">{}</text>\n", kLeftPx, HtmlEscape(title_));

  // Grid and ticks.
  constexpr std::size_t kMaxLabels = 30;
  const std::size_t every = ytick_at_.size() / kMaxLabels + 1;
  for (std::size_t i = 0; i < ytick_at_.size() && i < ytick_labels_.size(); i += every) {
    const double v = ytick_at_[i];
    if (v < ylo || v > yhi) continue;
    Put(out, "<line class=\"grid\" x1=\"{:g}\" x2=\"{:g}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>", kLeftPx,
        kLeftPx + plot_w, y(v), y(v));
    Put(out, "<text class=\"tick\" x=\"{:g}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
        kLeftPx - 4, y(v) + 4, HtmlEscape(ytick_labels_[i]));
  }
  const double ystep = NiceStep(yhi - ylo);
  for (double v = std::ceil(ylo / ystep) * ystep; ytick_at_.empty() && v <= yhi + ystep * 1e-9;
       v += ystep) {
    const double vv = std::fabs(v) < ystep * 1e-6 ? 0.0 : v;
    Put(out, "<line class=\"grid\" x1=\"{:g}\" x2=\"{:g}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>", kLeftPx,
        kLeftPx + plot_w, y(vv), y(vv));
    Put(out, "<text class=\"tick\" x=\"{:g}\" y=\"{:.1f}\" text-anchor=\"end\">{:g}{}</text>\n",
        kLeftPx - 4, y(vv) + 4, vv, HtmlEscape(y_.suffix));
  }
  for (std::size_t i = 0; i < xtick_at_.size() && i < xtick_labels_.size(); ++i) {
    Put(out, "<text class=\"tick\" x=\"{:.1f}\" y=\"{:g}\" text-anchor=\"middle\">{}</text>\n",
        x(xtick_at_[i]), kTopPx + plot_h + 13, HtmlEscape(xtick_labels_[i]));
  }
  const double xstep = NiceStep(xhi - xlo, 8);
  for (double v = std::ceil(xlo / xstep) * xstep; xtick_at_.empty() && v <= xhi + xstep * 1e-9;
       v += xstep) {
    const double vv = std::fabs(v) < xstep * 1e-6 ? 0.0 : v;
    Put(out, "<text class=\"tick\" x=\"{:.1f}\" y=\"{:g}\" text-anchor=\"middle\">{:g}{}</text>\n",
        x(vv), kTopPx + plot_h + 13, vv, HtmlEscape(x_.suffix));
  }
  if (!x_.label.empty()) {
    Put(out, "<text class=\"axis-label\" x=\"{:g}\" y=\"{:g}\" text-anchor=\"middle\">{}</text>\n",
        kLeftPx + plot_w / 2, height - 3, HtmlEscape(x_.label));
  }
  if (!y_.label.empty()) {
    Put(out,
        "<text class=\"axis-label\" x=\"12\" y=\"{:g}\" text-anchor=\"middle\" "
        "transform=\"rotate(-90 12 {:g})\">{}</text>\n",
        kTopPx + plot_h / 2, kTopPx + plot_h / 2, HtmlEscape(y_.label));
  }

  double legend_x = kLeftPx + plot_w;
  for (const Layer& l : layers_) {
    switch (l.kind) {
      case Kind::kRegion: {
        const double x0 = cx(l.xs[0]);
        const double x1 = cx(l.xs[1]);
        Put(out, "<rect class=\"{}\" x=\"{:.1f}\" y=\"{:g}\" width=\"{:.1f}\" height=\"{:g}\"/>\n",
            l.css, x0, kTopPx, std::max(0.0, x1 - x0), plot_h);
        break;
      }
      case Kind::kVLine:
        Put(out, "<line class=\"{0}\" x1=\"{1:.1f}\" x2=\"{1:.1f}\" y1=\"{2:g}\" y2=\"{3:g}\"/>",
            l.css, cx(l.xs[0]), kTopPx, kTopPx + plot_h);
        Put(out, "<text class=\"blabel\" x=\"{:.1f}\" y=\"{:g}\">{}</text>\n", cx(l.xs[0]) + 3,
            kTopPx + 11, HtmlEscape(l.text));
        break;
      case Kind::kBars:
        for (std::size_t i = 0; i + 1 < l.xs.size() && i < l.ys.size(); ++i) {
          if (std::isnan(l.ys[i])) continue;
          const double x0 = cx(l.xs[i]);
          const double x1 = cx(l.xs[i + 1]);
          const double top = y(std::max(l.ys[i], 0.0));
          const double base = y(std::max(ylo, 0.0));
          Put(out,
              "<rect class=\"bar {}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" "
              "height=\"{:.1f}\"/>",
              l.css, x0 + 0.5, top, std::max(0.0, x1 - x0 - 1.0), std::max(0.0, base - top));
        }
        out += "\n";
        break;
      case Kind::kBand: {
        std::size_t i = 0;
        while (i < l.xs.size()) {
          while (i < l.xs.size() && (std::isnan(l.ys[i]) || std::isnan(l.ys2[i]))) ++i;
          const std::size_t start = i;
          while (i < l.xs.size() && !std::isnan(l.ys[i]) && !std::isnan(l.ys2[i])) ++i;
          if (i == start) break;
          std::string points;
          for (std::size_t k = start; k < i; ++k)
            Put(points, "{:.1f},{:.1f} ", x(l.xs[k]), y(l.ys2[k]));
          for (std::size_t k = i; k-- > start;)
            Put(points, "{:.1f},{:.1f} ", x(l.xs[k]), y(l.ys[k]));
          Put(out, "<polygon class=\"band {}\" points=\"{}\"/>\n", l.css, points);
        }
        break;
      }
      case Kind::kLine: {
        std::string points;
        const auto flush = [&] {
          if (!points.empty()) Put(out, "<polyline class=\"{}\" points=\"{}\"/>\n", l.css, points);
          points.clear();
        };
        for (std::size_t i = 0; i < l.xs.size() && i < l.ys.size(); ++i) {
          if (std::isnan(l.ys[i]) || std::isnan(l.xs[i])) {
            flush();
            continue;
          }
          Put(points, "{:.1f},{:.1f} ", x(l.xs[i]), y(l.ys[i]));
        }
        flush();
        break;
      }
      case Kind::kMark:
        Put(out, "<circle class=\"mark\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4\"/>\n", x(l.xs[0]),
            y(l.ys[0]));
        if (!l.text.empty()) {
          Put(out, "<text class=\"mlabel\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n", x(l.xs[0]) + 7,
              y(l.ys[0]) + (l.ys[0] >= 0 ? 12 : -6), HtmlEscape(l.text));
        }
        break;
    }
    if ((l.kind == Kind::kLine || l.kind == Kind::kBars) && !l.text.empty()) {
      legend_x -= 8.0 * static_cast<double>(l.text.size()) + 24.0;
      Put(out,
          "<rect class=\"{}\" x=\"{:.1f}\" y=\"6\" width=\"10\" height=\"10\"/>"
          "<text class=\"legend\" x=\"{:.1f}\" y=\"15\">{}</text>\n",
          l.css, legend_x, legend_x + 14, HtmlEscape(l.text));
    }
  }
  Put(out, "<rect class=\"frame\" x=\"{:g}\" y=\"{:g}\" width=\"{:g}\" height=\"{:g}\"/>\n</svg>\n",
      kLeftPx, kTopPx, plot_w, plot_h);
  return out;
}

}  // namespace hoistway::report
