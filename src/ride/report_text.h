// The readable report `hoistway ride` prints without --json.
#pragma once

#include <span>
#include <string>

#include "ride/limits.h"
#include "ride/report.h"

namespace hoistway::ride {

// The report as plain text (lines of at most about 90 columns). With
// `limits_given`, ends with each limit check and the verdict.
std::string FormatTextReport(const RideReport& report, std::span<const LimitCheck> checks,
                             bool limits_given);

}  // namespace hoistway::ride
