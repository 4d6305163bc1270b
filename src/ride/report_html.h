// The self-contained HTML report of `hoistway ride --html`.
#pragma once

#include <span>
#include <string>

#include "ride/limits.h"
#include "ride/report.h"

namespace hoistway::ride {

// One HTML document with everything inlined (charts as SVG, styles, and the
// JSON figures in a <script type="application/json"> block): no network,
// no other file. Charts: the three weighted vibration traces with the peaks
// of their largest peak-to-peak value, vertical acceleration with the jerk
// zones, velocity, jerk and sound, each with boundaries 0..3 marked and the
// constant-speed region shaded; then the table of figures and, with
// `limits_given`, the limit checks.
std::string FormatHtmlReport(const RideReport& report, std::span<const LimitCheck> checks,
                             bool limits_given);

}  // namespace hoistway::ride
