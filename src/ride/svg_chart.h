// A ride chart as inline SVG: a trace's min/max envelope as a band, with
// boundaries, shaded regions and marked points.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ride/report.h"

namespace hoistway::ride {

struct ChartRegion {
  double begin_s = 0.0;
  double end_s = 0.0;
  std::string_view css_class;  // "cs" (constant speed) or "jz" (jerk zone)
};

struct ChartBoundary {
  double t_s = 0.0;
  std::string label;
};

struct ChartSpec {
  std::string title;
  const Trace* trace = nullptr;
  double begin_s = 0.0;  // time axis
  double end_s = 0.0;
  bool symmetric = false;  // y axis symmetric about 0 (vibration)
  std::vector<ChartRegion> regions;
  std::vector<ChartBoundary> boundaries;
  std::vector<Mark> marks;
  std::string mark_label;  // written beside the first mark
  int height_px = 170;
};

// The chart as an <svg> element (no xmlns: it is meant to sit inside HTML),
// drawn with report::Plot.
std::string SvgChart(const ChartSpec& spec);

}  // namespace hoistway::ride
