// What a trainee observes of a scenario's lift, computed by running the
// tower's twin with the scenario's fault applied (never canned text): a
// tower test's verdict and figures, its trace, the normal runs' ride.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/status.h"
#include "tower/lift_loader.h"
#include "training/scenario.h"

namespace hoistway::training {

// Whether the lift is staged with the scenario's fault (a trainee's) or
// without it (the healthy lift the tests compare with).
enum class Staging { kFaulty, kHealthy };

// The scenario's example lift, with its fault applied for kFaulty.
// Errors only for a scenario the catalogue no longer fits (kInternal).
Result<tower::LoadedLift> StageLift(const Scenario& scenario, Staging staging);

// One observation asked for by `request` ({"kind": "test", "test": ID},
// {"kind": "trace", "test": ID}, {"kind": "ride"}, {"kind": "telemetry"} or
// {"kind": "history"}: the lift's past records, as the scenario gives them),
// computed on the staged lift (telemetry: an emulated window of the
// scenario's machine fault through the monitor's rules, its lift and traffic
// drawn from `seed`, the session's). The answer repeats the request's kind
// and test. Errors: kInvalidInput naming the field ("kind", "test") for a
// request the scenario does not allow. Thread-safe; tens of milliseconds
// (telemetry: about a second).
Result<nlohmann::json> Observe(const Scenario& scenario, const nlohmann::json& request,
                               Staging staging = Staging::kFaulty, std::uint64_t seed = 1);

// What a trainee sees first: the complaint, the lift and what they may ask
// for ({"kind": "briefing", ...}).
nlohmann::json Briefing(const Scenario& scenario);

}  // namespace hoistway::training
