#include "monitor/availability.h"

#include <fmt/core.h>

#include <algorithm>

namespace hoistway::monitor {

using std::chrono::duration;
using std::chrono::milliseconds;

AvailabilityFigures Availability(std::vector<DowntimeSpan> periods, TimePoint from, TimePoint to) {
  AvailabilityFigures out;
  if (to <= from) return out;
  out.window_s = duration<double>(to - from).count();
  std::sort(periods.begin(), periods.end(),
            [](const DowntimeSpan& a, const DowntimeSpan& b) { return a.start < b.start; });
  milliseconds down{0};
  TimePoint covered = from;  // downtime before this instant is counted already
  for (const auto& p : periods) {
    const TimePoint start = std::max(p.start, covered);
    const TimePoint end = std::min(p.end.value_or(to), to);
    if (end > start) {
      down += end - start;
      covered = end;
    }
  }
  out.downtime_s = duration<double>(down).count();
  out.fraction = std::clamp(1 - out.downtime_s / out.window_s, 0.0, 1.0);
  return out;
}

std::vector<DayAvailability> DailyAvailability(const std::vector<DowntimeSpan>& periods,
                                               TimePoint to, int days) {
  std::vector<DayAvailability> out;
  const auto last_day = std::chrono::floor<std::chrono::days>(to);
  for (int d = days - 1; d >= 0; --d) {
    const auto day = last_day - std::chrono::days(d);
    const TimePoint from(day);
    const TimePoint until = std::min<TimePoint>(from + std::chrono::days(1), to);
    const std::chrono::year_month_day ymd{day};
    out.push_back(
        {fmt::format("{:04}-{:02}-{:02}", static_cast<int>(ymd.year()),
                     static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())),
         Availability(periods, from, until).fraction});
  }
  return out;
}

AvailabilityFigures FleetAvailability(const std::vector<std::vector<DowntimeSpan>>& by_lift,
                                      std::int64_t lifts, TimePoint from, TimePoint to) {
  AvailabilityFigures out;
  if (to <= from || lifts <= 0) return out;
  out.window_s = duration<double>(to - from).count() * static_cast<double>(lifts);
  for (const auto& periods : by_lift) out.downtime_s += Availability(periods, from, to).downtime_s;
  out.fraction = std::clamp(1 - out.downtime_s / out.window_s, 0.0, 1.0);
  return out;
}

}  // namespace hoistway::monitor
