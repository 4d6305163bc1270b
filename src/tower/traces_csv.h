// The normal runs' traces as a CSV that `hoistway ride` reads (`hoistway
// tower --traces FILE.csv`): the full-travel run first (so `hoistway ride`
// analyses it by default; `--run 2` the floor-to-floor one), with rest
// between them. Columns: time_s, run, position_m, speed_mps,
// acceleration_mps2, jerk_mps3, and the accelerometer's x, y, z (m/s2,
// gravity removed; z is the vertical acceleration, x and y are zero).
#pragma once

#include <string>

#include "tower/report.h"

namespace hoistway::tower {

std::string FormatTracesCsv(const TowerReport& report);

}  // namespace hoistway::tower
