// The tower report for a terminal (`hoistway tower`, the default output).
#pragma once

#include <string>

#include "tower/report.h"

namespace hoistway::tower {

std::string FormatTextReport(const TowerReport& report);

// A figure as it reads in reports: "0.899 m", "does not stop" for +inf.
std::string FormatMeasured(double value, const std::string& unit);

}  // namespace hoistway::tower
