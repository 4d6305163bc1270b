// The rules that keep records from contradicting themselves, their lift or
// the calendar, beyond the shape their parsers check: dates within the lift's
// life and not in the future, a verdict that agrees with its checklist, notes
// for defects, a work order's problem apart from its cause and action, and
// who may change a lift's operating status. Pure functions of a record, its
// lift, the profile and the time; the Transaction applies them before it
// writes (so the API, the import and the demo obey them alike). Errors are
// kInvalidInput (or kConflict for a state that forbids the change) naming the
// field, e.g. "items[2].result".
#pragma once

#include <chrono>
#include <string_view>

#include "core/status.h"
#include "registry/date.h"
#include "registry/domain.h"
#include "registry/profile.h"

namespace hoistway::registry {

// No lift in service was installed before this day (the first safety lift
// was shown in 1853); an earlier date is a typo.
inline constexpr std::string_view kEarliestDate = "1850-01-01";

// Times and dates carry no zone, and a record may be entered where the day
// has already begun: a moment is "in the future" only when it is later than
// now in every time zone (UTC+14).
inline constexpr std::chrono::hours kLatestZoneAhead{14};

// What is wrong, by name (Error::problem_code, "problem_code" in the API's
// error body), so that the console words it in the reader's language; the
// English message stays the fallback.
enum class ProblemCode {
  kRequired,            // "required": a field the record needs is empty
  kInFuture,            // "in_future": a date, time or month later than now
  kBeforeEarliest,      // "before_earliest": before kEarliestDate
  kBeforeInstallation,  // "before_installation": before the lift was installed
  kOutOfOrder,          // "out_of_order": a time before the one it follows (call, arrival)
  kBeyondLimit,         // "beyond_limit": a reading beyond its limit that passes
  kNeedsNote,           // "needs_note": a defect, fail or urgent repair without a note
  kVerdictDisallows,    // "verdict_disallows": an item result the verdict cannot carry
};
std::string_view ToString(ProblemCode code);

// installed_on not before kEarliestDate nor in the future; first_use_on not
// before installed_on nor in the future.
Status CheckLift(const Lift& lift, std::chrono::sys_seconds now);

// A change of a lift's operating status by an edit (PATCH): a prohibited lift
// returns to service only through a passing inspection, and a lift held out
// of service by an open work order only through its closing (kConflict
// naming "status"). `open_out_of_service` counts such work orders.
Status CheckStatusChange(LiftStatus before, LiftStatus after, int open_out_of_service);

// The inspection against its lift and the profile; fills each item's name
// and unit from the profile's checklist. Its date within the lift's life;
// every item one of the checklist for the lift's kind and the inspection's
// kind; a measured value only where the item measures one, and beyond the
// item's limit only with a defect or fail; a note for every defect or fail;
// and each item's result one the verdict may carry (RegulationProfile::
// VerdictAllows).
Status CheckInspection(Inspection* inspection, const Lift& lift, const RegulationProfile& profile,
                       std::chrono::sys_seconds now);

// Visit within the lift's life, its month not in the future, and a note for
// every C grade ("urgent repair"), which opens a follow-up work order.
Status CheckSelfInspection(const SelfInspection& record, const Lift& lift,
                           const RegulationProfile& profile, std::chrono::sys_seconds now);

// The grade that opens a follow-up work order ("C", urgent repair).
inline constexpr std::string_view kUrgentGrade = "C";

// The follow-up of a self-inspection's urgent items: open, the lift in
// service, its problem naming the items and their notes; nullopt when none.
std::optional<WorkOrder> FollowUpOf(const SelfInspection& record);

// The accident or failure within the lift's life and not in the future.
Status CheckAccident(const AccidentReport& report, const Lift& lift, std::chrono::sys_seconds now);

// How far ahead an application may ask for its inspection.
inline constexpr int kLatestPreferredDays = 366;

// An application for an inspection of `lift`: a kind of the profile, the
// installation inspection while the lift has had none and only then, and a
// preferred day from today (`now`'s) to kLatestPreferredDays ahead.
Status CheckInspectionApplication(const InspectionApplication& application, const Lift& lift,
                                  const RegulationProfile& profile, std::chrono::sys_seconds now);

// The work order's times within the lift's life and not in the future, and
// in order (call, arrival, completion); a problem; and, to close it, its
// completion, cause and action.
Status CheckWorkOrder(const WorkOrder& order, const Lift& lift, std::chrono::sys_seconds now);

}  // namespace hoistway::registry
