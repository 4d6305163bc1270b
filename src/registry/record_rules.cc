#include "registry/record_rules.h"

#include <fmt/core.h>

#include <algorithm>

namespace hoistway::registry {

std::string_view ToString(ProblemCode code) {
  switch (code) {
    case ProblemCode::kRequired:
      return "required";
    case ProblemCode::kInFuture:
      return "in_future";
    case ProblemCode::kBeforeEarliest:
      return "before_earliest";
    case ProblemCode::kBeforeInstallation:
      return "before_installation";
    case ProblemCode::kOutOfOrder:
      return "out_of_order";
    case ProblemCode::kBeyondLimit:
      return "beyond_limit";
    case ProblemCode::kNeedsNote:
      return "needs_note";
    case ProblemCode::kVerdictDisallows:
      return "verdict_disallows";
  }
  return "";
}

namespace {

// A rule's refusal of `field`: the problem in words and by name.
Error Refuse(std::string_view field, std::string_view problem, ProblemCode code) {
  return FieldError(field, problem, ToString(code));
}

// A moment as sortable text "YYYY-MM-DDTHH:MM:SS" (a date as its midnight).
std::string Moment(std::string_view text) {
  std::string out(text.substr(0, 19));
  if (out.size() == 10) out += "T00:00:00";
  if (out.size() == 16) out += ":00";
  return out;
}

std::string Latest(std::chrono::sys_seconds now) {
  return Moment(FormatTimestamp(now + kLatestZoneAhead));
}

// `text` (a date or a time) in the life of `lift`: not before its
// installation (nor kEarliestDate) and not in the future.
Status InLifeOf(std::string_view field, std::string_view text, const Lift& lift,
                std::chrono::sys_seconds now) {
  if (text.empty()) return Status::Ok();
  const std::string moment = Moment(text);
  if (moment > Latest(now)) return Refuse(field, "is in the future", ProblemCode::kInFuture);
  if (moment < Moment(kEarliestDate)) {
    return Refuse(field, fmt::format("is before {}: no lift was in service then", kEarliestDate),
                  ProblemCode::kBeforeEarliest);
  }
  if (!lift.installed_on.empty() && moment < Moment(lift.installed_on)) {
    return Refuse(field, fmt::format("is before the lift was installed ({})", lift.installed_on),
                  ProblemCode::kBeforeInstallation);
  }
  return Status::Ok();
}

bool NeedsNote(std::string_view result) {
  return result == "defect" || result == "fail";
}

}  // namespace

Status CheckLift(const Lift& lift, std::chrono::sys_seconds now) {
  const std::string latest = Latest(now);
  if (Moment(lift.installed_on) > latest) {
    return Refuse("installed_on", "is in the future", ProblemCode::kInFuture);
  }
  if (lift.installed_on < kEarliestDate) {
    return Refuse("installed_on",
                  fmt::format("is before {}: no lift was in service then", kEarliestDate),
                  ProblemCode::kBeforeEarliest);
  }
  if (!lift.first_use_on.empty()) {
    if (Moment(lift.first_use_on) > latest) {
      return Refuse("first_use_on", "is in the future", ProblemCode::kInFuture);
    }
    if (lift.first_use_on < lift.installed_on) {
      return Refuse("first_use_on", "is before installed_on", ProblemCode::kBeforeInstallation);
    }
  }
  return Status::Ok();
}

Status CheckStatusChange(LiftStatus before, LiftStatus after, int open_out_of_service) {
  if (before == after) return Status::Ok();
  if (before == LiftStatus::kProhibited) {
    return Error::AtField(ErrorCode::kConflict, "status",
                          "a prohibited lift returns to service only by passing an inspection");
  }
  if (after == LiftStatus::kInService && open_out_of_service > 0) {
    return Error::AtField(
        ErrorCode::kConflict, "status",
        fmt::format("{} open work order(s) keep the lift out of service; close them to return it",
                    open_out_of_service));
  }
  return Status::Ok();
}

Status CheckInspection(Inspection* inspection, const Lift& lift, const RegulationProfile& profile,
                       std::chrono::sys_seconds now) {
  Status date = InLifeOf("date", inspection->date, lift, now);
  if (!date.ok()) return date;
  const std::string_view kind = ToString(inspection->kind);
  const std::string_view verdict = ToString(inspection->result);
  const auto checklist = profile.ChecklistFor(lift.kind, kind);
  for (std::size_t n = 0; n < inspection->items.size(); ++n) {
    ChecklistItem& item = inspection->items[n];
    const auto field = [n](std::string_view key) { return fmt::format("items[{}].{}", n, key); };
    const auto spec =
        std::find_if(checklist.begin(), checklist.end(),
                     [&](const ChecklistTemplate* t) { return t->code == item.code; });
    if (spec == checklist.end()) {
      return FieldError(field("code"),
                        fmt::format("'{}' is not an item of profile {}'s checklist for a {} "
                                    "inspection of a {} lift",
                                    item.code, profile.id, kind, lift.kind));
    }
    const ChecklistTemplate& t = **spec;
    item.name = t.name;
    item.unit = t.unit;
    if (item.measured && t.unit.empty()) {
      return FieldError(field("measured"), fmt::format("item {} measures nothing", t.code));
    }
    if (item.measured && t.Exceeds(*item.measured) && !NeedsNote(item.result)) {
      return Refuse(field("result"),
                    fmt::format("{} {} is beyond the limit ({}): record a defect or a fail",
                                *item.measured, t.unit, t.LimitText()),
                    ProblemCode::kBeyondLimit);
    }
    if (NeedsNote(item.result) && item.note.empty()) {
      return Refuse(field("note"), fmt::format("a {} needs a note describing it", item.result),
                    ProblemCode::kNeedsNote);
    }
    if (!profile.VerdictAllows(verdict, item.result)) {
      return Refuse(field("result"),
                    fmt::format("a {} cannot carry a '{}' item under profile {}; record a "
                                "conditional pass or a fail",
                                verdict, item.result, profile.id),
                    ProblemCode::kVerdictDisallows);
    }
  }
  return Status::Ok();
}

Status CheckSelfInspection(const SelfInspection& record, const Lift& lift,
                           const RegulationProfile& profile, std::chrono::sys_seconds now) {
  Status visit = InLifeOf("visited_on", record.visited_on, lift, now);
  if (!visit.ok()) return visit;
  const std::string latest_month = Latest(now).substr(0, 7);
  if (record.month > latest_month) {
    return Refuse("month", "is in the future", ProblemCode::kInFuture);
  }
  if (!lift.installed_on.empty() && record.month < lift.installed_on.substr(0, 7)) {
    return Refuse("month", fmt::format("is before the lift was installed ({})", lift.installed_on),
                  ProblemCode::kBeforeInstallation);
  }
  for (std::size_t n = 0; n < record.items.size(); ++n) {
    const GradedItem& item = record.items[n];
    if (item.grade == kUrgentGrade && item.note.empty()) {
      return Refuse(fmt::format("items[{}].note", n),
                    "an urgent repair (C) needs a note describing it", ProblemCode::kNeedsNote);
    }
    const bool known =
        std::any_of(profile.self_inspection_items.begin(), profile.self_inspection_items.end(),
                    [&](const NamedCode& c) { return c.code == item.code; });
    if (!known && !profile.self_inspection_items.empty()) {
      return FieldError(
          fmt::format("items[{}].code", n),
          fmt::format("'{}' is not a self-inspection item of profile {}", item.code, profile.id));
    }
  }
  return Status::Ok();
}

std::optional<WorkOrder> FollowUpOf(const SelfInspection& record) {
  std::string problem;
  for (const auto& item : record.items) {
    if (item.grade != kUrgentGrade) continue;
    problem +=
        fmt::format("{}{} {}: {}", problem.empty() ? "" : "; ", item.code, item.name, item.note);
  }
  if (problem.empty()) return std::nullopt;
  WorkOrder w;
  w.called_at = record.visited_on + "T00:00";
  w.company_id = record.company_id;
  w.technician_id = record.technician_id;
  w.problem =
      fmt::format("Urgent repair found by the self-inspection of {}: {}", record.month, problem);
  w.origin = fmt::format("self_inspection:{}", record.month);
  w.out_of_service = false;
  return w;
}

Status CheckAccident(const AccidentReport& report, const Lift& lift, std::chrono::sys_seconds now) {
  return InLifeOf("occurred_at", report.occurred_at, lift, now);
}

Status CheckInspectionApplication(const InspectionApplication& a, const Lift& lift,
                                  const RegulationProfile& profile, std::chrono::sys_seconds now) {
  const std::string_view kind = ToString(a.kind);
  if (!profile.HasInspectionKind(kind)) {
    return FieldError(
        "kind", fmt::format("'{}' is not an inspection kind of profile {}", kind, profile.id));
  }
  const bool inspected = !lift.last_inspection_on.empty();
  if (a.kind == InspectionKind::kInstallation && inspected) {
    return FieldError("kind", fmt::format("lift {} had its installation inspection already ({})",
                                          lift.registration_no, lift.last_inspection_on));
  }
  if (a.kind != InspectionKind::kInstallation && !inspected &&
      profile.HasInspectionKind("installation")) {
    return FieldError("kind", fmt::format("lift {} has not had its installation inspection: apply "
                                          "for that first",
                                          lift.registration_no));
  }
  if (a.preferred_on.empty()) return Status::Ok();
  const Date today = Date::Of(now);
  auto preferred = Date::Parse(a.preferred_on);
  if (!preferred.ok()) return FieldError("preferred_on", "must be a date YYYY-MM-DD");
  if (*preferred < today) {
    return FieldError("preferred_on", fmt::format("is before today ({})", today.ToString()));
  }
  if (*preferred > today.AddDays(kLatestPreferredDays)) {
    return FieldError("preferred_on",
                      fmt::format("is more than {} days ahead", kLatestPreferredDays));
  }
  return Status::Ok();
}

Status CheckWorkOrder(const WorkOrder& w, const Lift& lift, std::chrono::sys_seconds now) {
  for (const auto& [field, text] : {std::pair{"called_at", &w.called_at},
                                    {"arrived_at", &w.arrived_at},
                                    {"completed_at", &w.completed_at}}) {
    Status s = InLifeOf(field, *text, lift, now);
    if (!s.ok()) return s;
  }
  if (w.problem.empty()) {
    return Refuse("problem", "is required: what was reported", ProblemCode::kRequired);
  }
  if (!w.arrived_at.empty() && Moment(w.arrived_at) < Moment(w.called_at)) {
    return Refuse("arrived_at", "is before called_at", ProblemCode::kOutOfOrder);
  }
  if (!w.completed_at.empty() && Moment(w.completed_at) < Moment(w.called_at)) {
    return Refuse("completed_at", "is before called_at", ProblemCode::kOutOfOrder);
  }
  if (!w.completed_at.empty() && !w.arrived_at.empty() &&
      Moment(w.completed_at) < Moment(w.arrived_at)) {
    return Refuse("completed_at", "is before arrived_at", ProblemCode::kOutOfOrder);
  }
  if (w.status == "closed") {
    if (w.completed_at.empty()) {
      return Refuse("completed_at", "is required to close a work order", ProblemCode::kRequired);
    }
    if (w.cause.empty()) {
      return Refuse("cause", "is required to close a work order: what was found",
                    ProblemCode::kRequired);
    }
    if (w.action.empty()) {
      return Refuse("action", "is required to close a work order: what was done",
                    ProblemCode::kRequired);
    }
  }
  return Status::Ok();
}

}  // namespace hoistway::registry
