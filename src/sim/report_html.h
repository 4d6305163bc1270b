// `hoistway simulate --html REPORT.html`: one self-contained page with the
// figures table and the charts (waiting-time distribution, persons waiting
// and delivered over time, the lift trajectory diagram). Data and drawing
// are inline: no network, no script needed to read it.
#pragma once

#include <string>

#include "core/building.h"
#include "sim/replications.h"
#include "sim/timeline.h"

namespace hoistway {

// `timeline` is of the first replication (the one the observers saw).
std::string SimulationHtml(const Building& building, const std::string& source,
                           const ReplicatedReport& report, const Timeline& timeline);

}  // namespace hoistway
