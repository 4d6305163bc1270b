// Changing a loaded lift before it is tested: `--set KEY=VALUE` and the
// named faults of the catalogue (faults.h). Every change goes through the
// parameter table (parameters.h), so it obeys the same ranges as the file,
// and is recorded in the lift's origins so later messages can name it.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "tower/lift_loader.h"
#include "tower/report.h"

namespace hoistway::tower {

// Applies "KEY=VALUE" (KEY a dotted parameter path such as
// lift.brake.torque_per_set_nm; VALUE a number, or a name for a choice) to
// `lift`. Errors (kInvalidInput) read "--set KEY=VALUE: <problem>" (an
// unknown key with the nearest valid one). On error `lift` is unchanged.
Status ApplySet(LoadedLift& lift, std::string_view assignment);

// Sets parameter `key` to `value` (as text) with `origin` recorded; the
// value is read and range-checked as in a description. Errors
// (kInvalidInput) read "<origin>: <key>: <problem>".
Status SetParameter(LoadedLift& lift, std::string_view key, std::string_view value,
                    const std::string& origin);

// The keys of `lift` changed by --set or a fault, with their values now and
// where the change came from, for a report.
std::vector<Override> OverridesOf(const LoadedLift& lift);

}  // namespace hoistway::tower
