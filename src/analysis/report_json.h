// The `hoistway rtt --json` and `hoistway size --json` documents (keys of
// spec/outputs.md, and more).
//
// Top level: the contract keys (P, S, H, t_v_s, t_f1_s, t_s_s, t_p_s, rtt_s,
// interval_s, handling_capacity_persons_per_5min, handling_capacity_pct,
// rtt_kinematic_s) for the first group, so that a one-group building reads
// naturally; `groups` holds every group's figures under the same keys, plus
// the zone, the special-condition terms and the general analysis per period.
#pragma once

#include <nlohmann/json.hpp>

#include "analysis/rtt_analysis.h"
#include "analysis/sizing.h"

namespace hoistway {

// The figures of one group as a JSON object.
nlohmann::json GroupRttJson(const GroupRtt& group);

// The whole document for `rtt`.
nlohmann::json RttJson(const BuildingRtt& rtt);

// The `size --json` document: targets, the cost proxy, and per group the
// designs reported (each with the contract keys of `rtt` for that design).
nlohmann::json SizingJson(const Sizing& sizing, const std::string& building,
                          const std::string& source);

// One design of the sizing grid as a JSON object.
nlohmann::json DesignJson(const Design& design);

// "capacity_factor", "saturated" or "given".
const char* PassengersBasisName(PassengersBasis basis);

}  // namespace hoistway
