#include "monitor/availability.h"

#include <gtest/gtest.h>

#include "telemetry/rfc3339.h"

namespace hoistway::monitor {
namespace {

TimePoint T(const char* text) {
  return *telemetry::ParseTime(text);
}

TEST(AvailabilityTest, OverlapsAreCountedOnceAndOpenPeriodsRunToTheEnd) {
  const TimePoint from = T("2026-12-01T00:00:00Z"), to = T("2026-12-02T00:00:00Z");
  // 1 h, then 2 h overlapping it by 30 min, then one still open for the last 6 h.
  std::vector<DowntimeSpan> periods = {
      {T("2026-12-01T01:30:00Z"), T("2026-12-01T03:30:00Z")},
      {T("2026-12-01T01:00:00Z"), T("2026-12-01T02:00:00Z")},
      {T("2026-12-01T18:00:00Z"), std::nullopt},
      {T("2026-11-30T12:00:00Z"), T("2026-12-01T00:30:00Z")},  // starts before the window
  };
  const AvailabilityFigures a = Availability(periods, from, to);
  EXPECT_DOUBLE_EQ(a.window_s, 86400);
  EXPECT_DOUBLE_EQ(a.downtime_s, (2.5 + 6 + 0.5) * 3600);
  EXPECT_DOUBLE_EQ(a.fraction, 1 - 9.0 / 24);
  EXPECT_DOUBLE_EQ(Availability({}, from, to).fraction, 1);
}

TEST(AvailabilityTest, DailyFiguresEndWithToday) {
  const std::vector<DowntimeSpan> periods = {
      {T("2026-12-01T12:00:00Z"), T("2026-12-02T06:00:00Z")}};
  const auto days = DailyAvailability(periods, T("2026-12-02T12:00:00Z"), 3);
  ASSERT_EQ(days.size(), 3u);
  EXPECT_EQ(days[0].date, "2026-11-30");
  EXPECT_DOUBLE_EQ(days[0].fraction, 1);
  EXPECT_EQ(days[1].date, "2026-12-01");
  EXPECT_DOUBLE_EQ(days[1].fraction, 0.5);
  EXPECT_EQ(days[2].date, "2026-12-02");
  EXPECT_DOUBLE_EQ(days[2].fraction, 0.5);  // 6 h down of the 12 h so far
}

TEST(AvailabilityTest, FleetDowntimeIsSharedByEveryLift) {
  const TimePoint from = T("2026-12-01T00:00:00Z"), to = T("2026-12-02T00:00:00Z");
  const std::vector<std::vector<DowntimeSpan>> by_lift = {
      {{T("2026-12-01T00:00:00Z"), T("2026-12-01T12:00:00Z")}}};
  const auto fleet = FleetAvailability(by_lift, 4, from, to);  // one of four lifts down 12 h
  EXPECT_DOUBLE_EQ(fleet.fraction, 1 - 0.5 / 4);
}

}  // namespace
}  // namespace hoistway::monitor
