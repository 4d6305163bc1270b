// `hoistway rtt --explain`: the calculation of each group written out step
// by step, each formula with its source and its numbers, as a textbook
// worked example, for a trainee or an inspector to check by hand.
#pragma once

#include <string>

#include "analysis/rtt_analysis.h"

namespace hoistway {

// The worked example of every group of `rtt` (plain text, lines end in '\n').
std::string ExplainRtt(const BuildingRtt& rtt);

}  // namespace hoistway
