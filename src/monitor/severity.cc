#include "monitor/severity.h"

namespace hoistway::monitor {

std::string_view ToString(Severity value) {
  switch (value) {
    case Severity::kCritical:
      return "critical";
    case Severity::kMajor:
      return "major";
    case Severity::kMinor:
      return "minor";
  }
  return "minor";
}

std::string_view ToString(AlarmState value) {
  switch (value) {
    case AlarmState::kOpen:
      return "open";
    case AlarmState::kAcknowledged:
      return "acknowledged";
    case AlarmState::kClosed:
      return "closed";
  }
  return "open";
}

std::optional<Severity> ParseSeverity(std::string_view text) {
  for (Severity s : {Severity::kCritical, Severity::kMajor, Severity::kMinor}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

std::optional<AlarmState> ParseAlarmState(std::string_view text) {
  for (AlarmState s : {AlarmState::kOpen, AlarmState::kAcknowledged, AlarmState::kClosed}) {
    if (ToString(s) == text) return s;
  }
  return std::nullopt;
}

}  // namespace hoistway::monitor
