// MQTT topics of the contract (spec/telemetry.md, "Topics"):
//   hoistway/v1/lift/{registration_no}/event     one event, not retained
//   hoistway/v1/lift/{registration_no}/status    retained status
//   hoistway/v1/lift/{registration_no}/counters  totals since installation
// and the monitor's own feed of alarm changes, hoistway/v1/monitor/alarms
// (docs/monitoring.md), which servers turn into live alarm.* events.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hoistway::telemetry {

enum class TopicKind : std::uint8_t { kEvent, kStatus, kCounters };

struct LiftTopic {
  std::string registration_no;
  TopicKind kind = TopicKind::kEvent;
};

inline constexpr std::string_view kTopicPrefix = "hoistway/v1/lift/";
inline constexpr std::string_view kAlarmFeedTopic = "hoistway/v1/monitor/alarms";
// The monitors' shared subscription group (MQTT 5 "$share/GROUP/filter").
inline constexpr std::string_view kDefaultShareGroup = "hoistway";

std::string EventTopic(std::string_view registration_no);
std::string StatusTopic(std::string_view registration_no);
std::string CountersTopic(std::string_view registration_no);

// The lift and kind of a contract topic; nullopt for any other topic. A
// registration number is 1 to 32 letters, digits, '-' or '_'.
std::optional<LiftTopic> ParseLiftTopic(std::string_view topic);

// The filter for every lift topic; within shared-subscription group `group`
// ("$share/GROUP/hoistway/v1/lift/+/+") unless `group` is empty.
std::string LiftTopicsFilter(std::string_view group);

}  // namespace hoistway::telemetry
