#include "core/targets.h"

namespace hoistway {

std::vector<TargetCheck> CheckTargets(const AnalysisSpec& analysis, double interval_s,
                                      double handling_capacity_pct) {
  std::vector<TargetCheck> checks;
  if (analysis.target_interval_s) {
    const double target = *analysis.target_interval_s;
    checks.push_back({"interval_s", target, interval_s, interval_s <= target});
  }
  if (analysis.target_handling_capacity_pct) {
    const double target = *analysis.target_handling_capacity_pct;
    checks.push_back(
        {"handling_capacity_pct", target, handling_capacity_pct, handling_capacity_pct >= target});
  }
  return checks;
}

}  // namespace hoistway
