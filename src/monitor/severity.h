// Alarm severities and states (spec/telemetry.md, "What the monitor derives").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace hoistway::monitor {

// Most severe first: an order for sorting and for "the worst open alarm".
enum class Severity : std::uint8_t { kCritical, kMajor, kMinor };
enum class AlarmState : std::uint8_t { kOpen, kAcknowledged, kClosed };

std::string_view ToString(Severity value);
std::string_view ToString(AlarmState value);
// nullopt for a name that is not one of them.
std::optional<Severity> ParseSeverity(std::string_view text);
std::optional<AlarmState> ParseAlarmState(std::string_view text);

}  // namespace hoistway::monitor
