// A chart as inline SVG: two linear axes with "nice" ticks, and layers drawn
// in the order added (shaded regions, bars, bands, lines, vertical markers,
// points). Styling is by CSS class (see html.cc): s0..s7 are series colours.
#pragma once

#include <cmath>
#include <span>
#include <string>
#include <vector>

namespace hoistway::report {

struct AxisSpec {
  double min = NAN;  // NaN: from the data
  double max = NAN;
  std::string label;   // shown beside the axis
  std::string suffix;  // appended to tick labels ("s", "%")
};

// Not thread-safe; build, then call Svg().
class Plot {
 public:
  Plot(std::string title, AxisSpec x, AxisSpec y, int height_px = 200);

  // A shaded band over [x0, x1] across the whole height.
  void Region(double x0, double x1, std::string css);
  // A dashed vertical line at `x` with a label at its top.
  void VLine(double x, std::string label, std::string css = "boundary");
  // A polyline; NaN in `ys` breaks the line.
  void Line(std::vector<double> xs, std::vector<double> ys, std::string css,
            std::string legend = {});
  // Bars of height ys[i] over [edges[i], edges[i + 1]); edges.size() == ys.size() + 1.
  void Bars(std::vector<double> edges, std::vector<double> ys, std::string css,
            std::string legend = {});
  // A filled band between `lows` and `highs` at `xs` (NaN breaks it).
  void Band(std::vector<double> xs, std::vector<double> lows, std::vector<double> highs,
            std::string css);
  // A circled point with an optional label beside it.
  void Mark(double x, double y, std::string label = {});
  // Makes the y axis symmetric about 0.
  void SymmetricY() { symmetric_y_ = true; }
  // Labels the y axis at these values instead of numeric ticks (floor names,
  // say); at most about 30 are drawn, evenly thinned.
  void YTickLabels(std::vector<double> at, std::vector<std::string> labels);
  // Labels the x axis at these values instead of numeric ticks (categories).
  void XTickLabels(std::vector<double> at, std::vector<std::string> labels);

  std::string Svg() const;

 private:
  enum class Kind { kRegion, kVLine, kLine, kBars, kBand, kMark };
  struct Layer {
    Kind kind;
    std::vector<double> xs;
    std::vector<double> ys;
    std::vector<double> ys2;
    std::string css;
    std::string text;
  };
  void Extend(double& lo, double& hi, const std::vector<double>& values) const;

  std::string title_;
  AxisSpec x_;
  AxisSpec y_;
  int height_px_;
  bool symmetric_y_ = false;
  std::vector<double> ytick_at_;
  std::vector<std::string> ytick_labels_;
  std::vector<double> xtick_at_;
  std::vector<std::string> xtick_labels_;
  std::vector<Layer> layers_;
};

// A "nice" tick step (1, 2 or 5 times a power of ten) giving about `ticks`
// ticks over `range` (> 0).
double NiceStep(double range, int ticks = 5);

}  // namespace hoistway::report
