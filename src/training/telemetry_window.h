// What monitoring would show of a lift with a fault of the emulator's
// machine (fleet/nominal_machine.h): one emulated lift run for a short
// window of traffic, its telemetry through the monitor's rules
// (monitor/rules.h), summarised: the events by kind, the alarms and
// predictive signals the rules raised. Computed, never canned.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/status.h"

namespace hoistway::training {

// The emulated window: long enough for a drifting part to raise a signal.
inline constexpr double kTelemetryWindowS = 4 * 3600.0;

// Runs the window with `machine_fault` injected at its start ("" for a sound
// machine). The lift and its traffic are drawn from `seed`. Deterministic.
// Errors: kInternal when the fault is not the machine's.
Result<nlohmann::json> EmulateTelemetry(std::string_view machine_fault, std::uint64_t seed,
                                        double duration_s = kTelemetryWindowS);

}  // namespace hoistway::training
