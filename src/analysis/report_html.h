// `hoistway rtt --html REPORT.html`: the round-trip-time calculation as one
// self-contained page: the figures of each group, the make-up of its round
// trip, the general analysis over the traffic periods, and the worked
// example of --explain.
#pragma once

#include <string>

#include "analysis/rtt_analysis.h"

namespace hoistway {

std::string RttHtml(const BuildingRtt& rtt);

}  // namespace hoistway
