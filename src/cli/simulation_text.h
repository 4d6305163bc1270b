// The readable report of `hoistway simulate` (the default output).
#pragma once

#include <string>

#include "core/building.h"
#include "sim/replications.h"

namespace hoistway::cli {

// Plain text, about 30 lines: passengers, waiting/transit/journey time
// percentiles, the CIBSE figures, and one line per group. With several runs
// each figure is "mean ± 95 % half-width".
std::string SimulationText(const Building& building, const std::string& source,
                           const ReplicatedReport& report);

}  // namespace hoistway::cli
