#include "ride/svg_chart.h"

#include <cmath>

#include "report/svg_plot.h"

namespace hoistway::ride {

std::string SvgChart(const ChartSpec& spec) {
  const Trace& t = *spec.trace;
  report::Plot plot(spec.title + " (" + t.unit + ")",
                    {.min = spec.begin_s, .max = spec.end_s, .label = "", .suffix = " s"},
                    {.min = NAN, .max = NAN, .label = "", .suffix = ""}, spec.height_px);
  if (spec.symmetric) plot.SymmetricY();
  for (const ChartRegion& r : spec.regions)
    plot.Region(r.begin_s, r.end_s, std::string(r.css_class));
  // The min/max envelope of each display interval, as a band.
  std::vector<double> xs(t.low.size());
  std::vector<double> lows(t.low.size());
  std::vector<double> highs(t.low.size());
  for (std::size_t k = 0; k < t.low.size(); ++k) {
    xs[k] = t.t0_s + (static_cast<double>(k) + 0.5) * t.dt_s;
    lows[k] = t.low[k];
    highs[k] = t.high[k];
  }
  plot.Band(std::move(xs), std::move(lows), std::move(highs), "trace");
  for (const ChartBoundary& b : spec.boundaries) plot.VLine(b.t_s, b.label);
  for (std::size_t i = 0; i < spec.marks.size(); ++i) {
    plot.Mark(spec.marks[i].t_s, spec.marks[i].value, i == 0 ? spec.mark_label : std::string());
  }
  return plot.Svg();
}

}  // namespace hoistway::ride
