// What the regulation profile computes for a lift: the validity window of
// each inspection, the lift's current validity and what is due next.
#pragma once

#include <string>
#include <vector>

#include "registry/date.h"
#include "registry/domain.h"
#include "registry/profile.h"

namespace hoistway::registry {

// The window an inspection opens (strings empty when not applicable).
struct InspectionWindow {
  std::string valid_from;
  std::string valid_until;
  std::string remediation_until;
};

// A lift's computed validity, as stored on the lift row.
struct Validity {
  std::string last_result;
  std::string last_inspection_on;
  std::string valid_from;
  std::string valid_until;
  std::string remediation_until;
  std::string next_inspection_due;
  std::string
      next_inspection_kind;  // installation | periodic | confirmation | reinspection | precision
  std::string next_precision_due;
};

// Periodic interval in months for `lift` on `on`, given the dates of serious
// accidents and failures: the base interval or the shortest matching override.
int PeriodicIntervalMonths(const RegulationProfile& profile, const Lift& lift, Date on,
                           const std::vector<Date>& serious_events);

// Window opened by `inspection` under the profile.
InspectionWindow WindowOf(const RegulationProfile& profile, const Lift& lift,
                          const Inspection& inspection, const std::vector<Date>& serious_events);

// Replays every inspection of the lift (any order) and returns its validity.
// Pure: the same inputs give the same output. Dates are assumed valid.
Validity ComputeValidity(const RegulationProfile& profile, const Lift& lift,
                         std::vector<Inspection> inspections,
                         const std::vector<Date>& serious_events);

// Validity state on `today`: valid | conditional | remediation_overdue |
// expired | prohibited | not_inspected.
std::string ValidityState(const Lift& lift, Date today);

// True when the accident report meets the profile's definition of serious.
bool IsSerious(const RegulationProfile& profile, const AccidentReport& report);

}  // namespace hoistway::registry
