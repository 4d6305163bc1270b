// Availability from out-of-service periods (spec/telemetry.md): the share of
// a window in which a lift was not out of service, per lift, per day, and
// for a fleet. Pure functions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "telemetry/event.h"

namespace hoistway::monitor {

using telemetry::TimePoint;

struct DowntimeSpan {
  TimePoint start{};
  std::optional<TimePoint> end;  // nullopt: still out of service
};

struct AvailabilityFigures {
  double fraction = 1;    // 1 - downtime / window, in [0, 1]
  double downtime_s = 0;  // inside the window (overlapping periods counted once)
  double window_s = 0;
};

// Availability of one lift over [from, to) given its periods (in any order,
// possibly overlapping); an open period runs to `to`.
AvailabilityFigures Availability(std::vector<DowntimeSpan> periods, TimePoint from, TimePoint to);

struct DayAvailability {
  std::string date;  // YYYY-MM-DD (UTC)
  double fraction = 1;
};

// One figure per UTC day of the `days` days ending with the day of `to`
// (the last day counted up to `to` only).
std::vector<DayAvailability> DailyAvailability(const std::vector<DowntimeSpan>& periods,
                                               TimePoint to, int days);

// A fleet of `lifts` lifts over [from, to): 1 - the sum of their downtimes /
// (lifts x window). `periods` of all of them together.
AvailabilityFigures FleetAvailability(const std::vector<std::vector<DowntimeSpan>>& by_lift,
                                      std::int64_t lifts, TimePoint from, TimePoint to);

}  // namespace hoistway::monitor
