// Figures derived from maintenance records: late and missing monthly
// self-inspections, and out-of-service time per month.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "registry/date.h"
#include "registry/domain.h"
#include "registry/profile.h"

namespace hoistway::registry {

struct SelfInspectionStatus {
  std::vector<std::string> late_months;     // entered after the profile's window
  std::vector<std::string> missing_months;  // no record, and the window has closed
};

// How far back CheckSelfInspections looks.
inline constexpr int kSelfInspectionLookbackMonths = 12;

// Checks the last kSelfInspectionLookbackMonths months (from first use, or
// installation) on `today`. A month is missing once its last day plus the
// entry window has passed.
SelfInspectionStatus CheckSelfInspections(const RegulationProfile& profile, const Lift& lift,
                                          const std::vector<SelfInspection>& records, Date today);

struct DowntimeMonth {
  std::string month;  // YYYY-MM
  std::int64_t minutes = 0;
  int work_orders = 0;
};

// Out-of-service minutes per month, from work orders marked out_of_service
// (an open one runs until `now`, "YYYY-MM-DDTHH:MM[:SS]"), split at month ends.
std::vector<DowntimeMonth> MonthlyDowntime(const std::vector<WorkOrder>& orders,
                                           std::string_view now);

// Minutes since 1970-01-01T00:00 of a timestamp, or nullopt if malformed.
std::optional<std::int64_t> MinutesSinceEpoch(std::string_view timestamp);

}  // namespace hoistway::registry
