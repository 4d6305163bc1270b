// A report as a flat, ordered list of named figures: the one place that
// lists the numbers of a run, used to average replications, compute their
// confidence intervals and write JSON.
#pragma once

#include <string>
#include <vector>

#include "sim/report.h"

namespace hoistway {

struct Figure {
  std::string path;  // JSON pointer, e.g. "/waiting_time_s/mean"
  double value = 0.0;
  bool count = false;  // a whole number in a single run (printed without decimals)
};

// Every numeric figure of `report`, in a fixed order (groups last).
std::vector<Figure> Figures(const SimulationReport& report);

// Means over runs of figures listed in the same order (all runs must have
// the same paths, which holds for runs of one building).
std::vector<Figure> MeanFigures(const std::vector<std::vector<Figure>>& runs);

// Half-widths of the 95 % confidence intervals of those means (Student's t
// with runs - 1 degrees of freedom); zeros for a single run.
std::vector<Figure> HalfWidths95(const std::vector<std::vector<Figure>>& runs);

// Two-sided 97.5 % quantile of Student's t with `df` degrees of freedom.
double StudentT975(int df);

}  // namespace hoistway
