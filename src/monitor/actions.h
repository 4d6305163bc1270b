// What the rules decide, for the store to carry out in the transaction that
// holds the messages which caused it. Plain values; see rules.h.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "monitor/severity.h"
#include "telemetry/event.h"

namespace hoistway::monitor {

using telemetry::TimePoint;

// Open an alarm of `cause`, or count one more on the open one.
struct RaiseAlarm {
  std::string cause;
  Severity severity = Severity::kMinor;
  TimePoint at{};
  std::string event_id;  // the event that raised it
  nlohmann::json figures = nlohmann::json::object();
};

// Close the open alarms of these causes automatically (the lift said it is well).
struct CloseAlarms {
  std::vector<std::string> causes;
  TimePoint at{};
  std::string reason;  // "in_service e-000200"
};

// Someone is trapped: a critical alarm, a rescue work order and a draft
// accident report.
struct DeclareEntrapment {
  TimePoint since{};   // when the car stopped with them inside
  TimePoint at{};      // when it became an entrapment (since + the rule's wait)
  std::string reason;  // the event kind that began it
  std::string event_id;
  std::optional<int> floor;
  double load_kg = 0;
  double waited_s = 0;
};

// A predictive signal rose: a minor alarm "signal:NAME" and a planned work order.
struct RaiseSignal {
  std::string name;
  TimePoint at{};
  std::string summary;  // one line for the work order: what rose, against what
  nlohmann::json figures = nlohmann::json::object();
};

// The lift went out of service (a downtime period begins) or came back.
struct StartDowntime {
  TimePoint at{};
  std::string reason;
};
struct EndDowntime {
  TimePoint at{};
};

using Action = std::variant<RaiseAlarm, CloseAlarms, DeclareEntrapment, RaiseSignal, StartDowntime,
                            EndDowntime>;

// One line naming an action and its main figures, for logs and tests, e.g.
// "alarm door_faults minor e-17" (times as HH:MM:SS of UTC).
std::string Describe(const Action& action);

}  // namespace hoistway::monitor
