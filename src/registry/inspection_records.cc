// Transaction: inspections, monthly self-inspections and accident reports,
// with the rules of record_rules.h, the window each verdict opens
// (validity.h) and the audit log.
#include <fmt/core.h>

#include "registry/inspection_applications.h"
#include "registry/inspection_store.h"
#include "registry/json_codec.h"
#include "registry/lift_store.h"
#include "registry/record_rules.h"
#include "registry/repository.h"
#include "registry/validity.h"

namespace hoistway::registry {

Result<Inspection> Transaction::AddInspection(std::string_view registration_no, Inspection insp) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  Status rules = CheckInspection(&insp, *lift, profile(), now_);
  if (!rules.ok()) return rules.error();
  auto events = AccidentStore(session_).SeriousDates(lift->id);
  if (!events.ok()) return events.error();
  insp.registration_no = lift->registration_no;
  const InspectionWindow window = WindowOf(profile(), *lift, insp, *events);
  insp.valid_from = window.valid_from;
  insp.valid_until = window.valid_until;
  insp.remediation_until = window.remediation_until;
  insp.created_at = FormatTimestamp(now_);
  if (insp.inspector.empty()) insp.inspector = actor_;
  InspectionStore inspections(session_);
  auto id = inspections.Insert(lift->id, insp);
  if (!id.ok()) return id.error();
  insp.id = *id;
  Status audit = Audit("create", "inspection", fmt::format("{}/{}", registration_no, insp.id), "",
                       ToJson(insp).dump());
  if (!audit.ok()) return audit.error();
  auto after = Revalidate(*lift, /*inspected=*/true);
  if (!after.ok()) return after.error();
  if (insp.result != Verdict::kFail && insp.valid_until != after->valid_until) {
    // An ad-hoc inspection within a periodic cycle keeps the cycle: its
    // window is the validity in force after it, not one of its own.
    insp.valid_from = after->valid_from;
    insp.valid_until = after->valid_until;
    Status fixed = inspections.StoreWindow(insp.id, insp.valid_from, insp.valid_until);
    if (!fixed.ok()) return fixed.error();
  }
  audit = Audit("update", "lift", lift->registration_no, ToJson(*lift, today()).dump(),
                ToJson(*after, today()).dump());
  if (!audit.ok()) return audit.error();
  Status answered = InspectionApplications(context()).Answer(lift->id, insp);
  if (!answered.ok()) return answered.error();
  return insp;
}

Result<std::vector<Inspection>> Transaction::ListInspections(std::string_view registration_no) {
  auto lift_id = LiftStore(session_).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  return InspectionStore(session_).List(*lift_id, registration_no);
}

Result<SelfInspection> Transaction::AddSelfInspection(std::string_view registration_no,
                                                      SelfInspection s) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  Status rules = CheckSelfInspection(s, *lift, profile(), now_);
  if (!rules.ok()) return rules.error();
  for (auto& item : s.items) {  // the profile names its items
    for (const auto& known : profile().self_inspection_items) {
      if (known.code == item.code) item.name = known.name;
    }
  }
  s.registration_no = lift->registration_no;
  if (!s.company_id) s.company_id = lift->company_id;
  if (s.company_id) {
    auto company = GetCompany(*s.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  Status technician = CheckTechnician(s.technician_id, s.company_id);
  if (!technician.ok()) return technician.error();
  SelfInspectionStore records(session_);
  auto existing = records.Exists(lift->id, s.month);
  if (!existing.ok()) return existing.error();
  if (*existing) {
    return Error::AtField(ErrorCode::kConflict, "month",
                          fmt::format("a self-inspection of lift {} for {} is already recorded",
                                      registration_no, s.month));
  }
  auto id = records.Insert(lift->id, s);
  if (!id.ok()) return id.error();
  s.id = *id;
  Status audit = Audit("create", "self_inspection", fmt::format("{}/{}", registration_no, s.month),
                       "", ToJson(s).dump());
  if (!audit.ok()) return audit.error();
  if (auto follow_up = FollowUpOf(s)) {  // an urgent repair stays on the lift until closed
    auto opened = AddWorkOrder(registration_no, std::move(*follow_up));
    if (!opened.ok()) return opened.error();
    s.follow_up_work_order_id = opened->id;
  }
  return s;
}

Result<std::vector<SelfInspection>> Transaction::ListSelfInspections(
    std::string_view registration_no, bool with_items) {
  auto lift_id = LiftStore(session_).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  return SelfInspectionStore(session_).List(*lift_id, registration_no, with_items);
}

Result<AccidentReport> Transaction::AddAccident(std::string_view registration_no,
                                                AccidentReport a) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  Status rules = CheckAccident(a, *lift, now_);
  if (!rules.ok()) return rules.error();
  a.registration_no = lift->registration_no;
  a.serious = IsSerious(profile(), a);
  a.reported_at = FormatTimestamp(now_);
  auto id = AccidentStore(session_).Insert(lift->id, a);
  if (!id.ok()) return id.error();
  a.id = *id;
  Status audit = Audit("create", "accident", fmt::format("{}/{}", registration_no, a.id), "",
                       ToJson(a).dump());
  if (!audit.ok()) return audit.error();
  if (a.serious) {
    auto after = Revalidate(*lift, /*inspected=*/false);  // the next interval may shorten
    if (!after.ok()) return after.error();
  }
  return a;
}

Result<std::vector<AccidentReport>> Transaction::ListAccidents(std::string_view registration_no) {
  auto lift_id = LiftStore(session_).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  return AccidentStore(session_).List(*lift_id, registration_no);
}

}  // namespace hoistway::registry
