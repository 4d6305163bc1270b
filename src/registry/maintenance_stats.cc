#include "registry/maintenance_stats.h"

#include <algorithm>
#include <map>

#include "registry/json_codec.h"

namespace hoistway::registry {
namespace {

constexpr std::int64_t kMinutesPerDay = 24 * 60;

Date FirstOfMonth(Date d) {
  return d.AddDays(1 - d.day());
}

}  // namespace

SelfInspectionStatus CheckSelfInspections(const RegulationProfile& profile, const Lift& lift,
                                          const std::vector<SelfInspection>& records, Date today) {
  SelfInspectionStatus status;
  for (const auto& r : records) {
    if (r.late) status.late_months.push_back(r.month);
  }
  const std::string& start_text = lift.first_use_on.empty() ? lift.installed_on : lift.first_use_on;
  auto start = Date::Parse(start_text);
  if (!start.ok()) return status;
  Date month = FirstOfMonth(std::max(*start, today.AddMonths(-kSelfInspectionLookbackMonths)));
  // A lift put into use late in a month gets its first self-inspection the next month.
  if (month < *start) month = month.AddMonths(1);
  for (; month <= today; month = month.AddMonths(1)) {
    const Date deadline = month.AddMonths(1).AddDays(-1 + profile.self_inspection_entry_days);
    if (today <= deadline) break;
    const std::string key = MonthOf(month);
    const bool present = std::any_of(records.begin(), records.end(),
                                     [&](const SelfInspection& r) { return r.month == key; });
    if (!present) status.missing_months.push_back(key);
  }
  return status;
}

std::optional<std::int64_t> MinutesSinceEpoch(std::string_view timestamp) {
  if (!IsTimestamp(timestamp)) return std::nullopt;
  auto date = Date::Parse(timestamp.substr(0, 10));
  if (!date.ok()) return std::nullopt;
  const int hours = (timestamp[11] - '0') * 10 + (timestamp[12] - '0');
  const int minutes = (timestamp[14] - '0') * 10 + (timestamp[15] - '0');
  return std::int64_t{date->days()} * kMinutesPerDay + hours * 60 + minutes;
}

std::vector<DowntimeMonth> MonthlyDowntime(const std::vector<WorkOrder>& orders,
                                           std::string_view now) {
  std::map<std::string, DowntimeMonth> months;
  const auto now_minutes = MinutesSinceEpoch(now);
  for (const auto& order : orders) {
    if (!order.out_of_service) continue;
    const auto begin = MinutesSinceEpoch(order.called_at);
    const auto end =
        order.completed_at.empty() ? now_minutes : MinutesSinceEpoch(order.completed_at);
    if (!begin || !end || *end <= *begin) continue;
    std::int64_t t = *begin;
    bool first = true;
    while (t < *end) {
      const Date day = Date::FromDays(static_cast<std::int32_t>(t / kMinutesPerDay));
      const std::int64_t month_end =
          std::int64_t{FirstOfMonth(day).AddMonths(1).days()} * kMinutesPerDay;
      const std::int64_t slice_end = std::min(month_end, *end);
      DowntimeMonth& m = months[MonthOf(day)];
      m.month = MonthOf(day);
      m.minutes += slice_end - t;
      if (first) ++m.work_orders;
      first = false;
      t = slice_end;
    }
  }
  std::vector<DowntimeMonth> out;
  for (auto& [key, m] : months) out.push_back(m);
  return out;
}

}  // namespace hoistway::registry
