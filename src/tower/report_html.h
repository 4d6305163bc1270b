// The tower report as a self-contained HTML page (`hoistway tower --html`):
// the verdicts, and each test's run plotted (position, speed, acceleration
// against its limit), the normal runs with their ride figures.
#pragma once

#include <string>

#include "tower/report.h"

namespace hoistway::tower {

std::string FormatHtmlReport(const TowerReport& report);

}  // namespace hoistway::tower
