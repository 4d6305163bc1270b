// The design targets of a description (analysis.targets) checked against
// figures: one rule for the simulation's report, the workbench and sizing's
// readers alike.
#pragma once

#include <string_view>
#include <vector>

#include "core/building.h"

namespace hoistway {

struct TargetCheck {
  std::string_view key;  // "interval_s" or "handling_capacity_pct"
  double target = 0.0;
  double value = 0.0;
  bool met = false;
};

// The targets `analysis` sets, each with its value and whether it is met: an
// interval at most the target; a handling capacity (% of the population in
// 5 minutes) at least the target. Empty when no target is set.
std::vector<TargetCheck> CheckTargets(const AnalysisSpec& analysis, double interval_s,
                                      double handling_capacity_pct);

}  // namespace hoistway
