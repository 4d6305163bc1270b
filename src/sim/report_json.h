// The JSON document of `hoistway simulate --json` (keys in spec/outputs.md).
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/building.h"
#include "sim/replications.h"

namespace hoistway {

// Means over the runs (a single run's values when runs == 1), `runs`, `seed`,
// and `confidence_95` with the half-widths of every figure (zeros for one
// run). Deterministic: the same report gives the same bytes.
nlohmann::ordered_json SimulationJson(const Building& building, const ReplicatedReport& report);

}  // namespace hoistway
