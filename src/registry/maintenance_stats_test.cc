#include "registry/maintenance_stats.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

TEST(MaintenanceStatsTest, DowntimeSplitsAtMonthEnds) {
  WorkOrder w;
  w.called_at = "2026-01-31T23:00";
  w.completed_at = "2026-02-01T01:30";
  w.out_of_service = true;
  WorkOrder running;
  running.called_at = "2026-02-10T10:00";
  running.out_of_service = true;
  WorkOrder in_service;
  in_service.called_at = "2026-02-11T10:00";
  in_service.completed_at = "2026-02-11T12:00";
  in_service.out_of_service = false;
  const auto months = MonthlyDowntime({w, running, in_service}, "2026-02-10T12:00");
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].month, "2026-01");
  EXPECT_EQ(months[0].minutes, 60);
  EXPECT_EQ(months[1].minutes, 90 + 120);
  EXPECT_EQ(months[1].work_orders, 1);  // counted in the month it was called
}

TEST(MaintenanceStatsTest, MissingMonthsAfterTheEntryWindow) {
  const RegulationProfile profile = *LoadProfile("korea");
  Lift lift;
  lift.installed_on = "2025-10-15";
  lift.first_use_on = "2025-10-20";
  SelfInspection nov;
  nov.month = "2025-11";
  nov.late = true;
  // On 2026-01-10 December's window (to 2026-01-10) is still open.
  auto status = CheckSelfInspections(profile, lift, {nov}, *Date::Parse("2026-01-10"));
  EXPECT_EQ(status.missing_months, std::vector<std::string>{});
  EXPECT_EQ(status.late_months, std::vector<std::string>{"2025-11"});
  status = CheckSelfInspections(profile, lift, {nov}, *Date::Parse("2026-01-11"));
  EXPECT_EQ(status.missing_months, std::vector<std::string>{"2025-12"});
}

}  // namespace
}  // namespace hoistway::registry
