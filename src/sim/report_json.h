// The JSON document of `hoistway simulate --json` (keys in spec/outputs.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/building.h"
#include "core/targets.h"
#include "sim/replications.h"

namespace hoistway {

// Means over the runs (a single run's values when runs == 1), `runs`, `seed`,
// and `confidence_95` with the half-widths of every figure (zeros for one
// run); with analysis.targets, `targets.<key>.{target, value, met}` for the
// mean interval and handling capacity. Deterministic: the same report gives
// the same bytes.
nlohmann::ordered_json SimulationJson(const Building& building, const ReplicatedReport& report);

// {"interval_s": {"target", "value", "met"}, ...} for checked targets.
nlohmann::ordered_json TargetsJson(const std::vector<TargetCheck>& checks);

}  // namespace hoistway
