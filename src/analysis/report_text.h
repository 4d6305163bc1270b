// The plain-text reports of `hoistway rtt` and `hoistway size` (without
// --json): a few lines per group, the figures a consultant reads first.
#pragma once

#include <string>

#include "analysis/rtt_analysis.h"
#include "analysis/sizing.h"

namespace hoistway {

// The summary of `rtt` (lines end in '\n').
std::string RttText(const BuildingRtt& rtt);

// The table of `sizing` for `building_label` (its name and file).
std::string SizingText(const Sizing& sizing, const std::string& building_label);

// The cost proxy as a formula, for reports: "cars x (1 + 0.6 Q/1000 + 0.2 v)".
const char* CostProxyFormula();

}  // namespace hoistway
