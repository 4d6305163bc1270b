// The monitor's rules: pure functions of one lift's stream of messages
// (spec/telemetry.md, "What the monitor derives"). Each takes the lift's
// state and one message, updates the state and returns what to do; no
// clock, no I/O, no global state. `now` is the monitor's own clock, used
// only to decide when waiting is over. Tested without a broker
// (rules_test.cc and the scenarios in tests/data/monitor/).
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "monitor/actions.h"
#include "monitor/lift_state.h"
#include "monitor/rules_config.h"
#include "telemetry/event.h"

namespace hoistway::monitor {

std::vector<Action> OnEvent(const RulesConfig& rules, LiftState& state,
                            const telemetry::Event& event, TimePoint now);
std::vector<Action> OnStatus(const RulesConfig& rules, LiftState& state,
                             const telemetry::CarStatus& status, TimePoint now);
std::vector<Action> OnCounters(const RulesConfig& rules, LiftState& state,
                               const telemetry::Counters& counters, TimePoint now);
// Time passing with no message: an entrapment declared when its wait is over.
std::vector<Action> OnTick(const RulesConfig& rules, LiftState& state, TimePoint now);

// When OnTick next has something to do for this lift; nullopt: nothing pending.
std::optional<TimePoint> Deadline(const RulesConfig& rules, const LiftState& state);

// Every predictive signal of the lift now: name, raised, and its figures
// (baseline, recent value, threshold, unit; or the count since maintenance).
nlohmann::json SignalFigures(const RulesConfig& rules, const LiftState& state);

}  // namespace hoistway::monitor
