// The `hoistway ride --json` document: the keys spec/outputs.md requires
// (sample_rate_hz, duration_s, travel_m, velocities, accelerations, jerk,
// vibration_mg.{x,y,z}.{max_pk_pk,a95_pk_pk}, sound_dba.{max,laeq}) and
// more (see docs/ride.md).
#pragma once

#include <nlohmann/json.hpp>

#include <span>

#include "ride/limits.h"
#include "ride/report.h"

namespace hoistway::ride {

// The report as JSON. With `limits_given`, adds "limits" (each check) and
// "verdict" ("pass" or "fail").
nlohmann::ordered_json ReportToJson(const RideReport& report, std::span<const LimitCheck> checks,
                                    bool limits_given);

}  // namespace hoistway::ride
