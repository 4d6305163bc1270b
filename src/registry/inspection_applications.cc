#include "registry/inspection_applications.h"

#include <fmt/core.h>

#include "registry/inspection_application_store.h"
#include "registry/json_codec.h"
#include "registry/record_rules.h"

namespace hoistway::registry {
namespace {

std::string KeyOf(const InspectionApplication& a) {
  return fmt::format("{}/{}", a.registration_no, a.id);
}

}  // namespace

Result<InspectionApplication> InspectionApplications::Apply(std::string_view registration_no,
                                                            InspectionApplication a) {
  auto lift = LiftStore(context_.sql).Get(registration_no);
  if (!lift.ok()) return lift.error();
  Status rules = CheckInspectionApplication(a, *lift, context_.profile, context_.now);
  if (!rules.ok()) return rules.error();
  InspectionApplicationStore store(context_.sql);
  auto open = store.OpenOf(lift->id, a.kind);
  if (!open.ok()) return open.error();
  if (!open->empty()) {
    return Error::AtField(
        ErrorCode::kConflict, "kind",
        fmt::format("an application for a {} inspection of lift {} is open already (made on {})",
                    ToString(a.kind), lift->registration_no,
                    open->front().applied_at.substr(0, 10)));
  }
  a.registration_no = lift->registration_no;
  a.applied_by = context_.actor;
  a.applied_at = FormatTimestamp(context_.now);
  a.inspection_id.reset();
  a.inspected_on.clear();
  auto id = store.Insert(lift->id, a);
  if (!id.ok()) return id.error();
  a.id = *id;
  Status audit = context_.Audit("create", "inspection_application", KeyOf(a), "", ToJson(a).dump());
  if (!audit.ok()) return audit.error();
  return a;
}

Result<std::vector<InspectionApplication>> InspectionApplications::List(
    std::string_view registration_no) {
  auto lift_id = LiftStore(context_.sql).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  return InspectionApplicationStore(context_.sql).List(*lift_id);
}

Result<Page<InspectionApplication>> InspectionApplications::ListOpen(int page, int per_page) {
  return InspectionApplicationStore(context_.sql).ListOpen(page, per_page);
}

Status InspectionApplications::Answer(std::int64_t lift_id, const Inspection& inspection) {
  InspectionApplicationStore store(context_.sql);
  auto open = store.OpenOf(lift_id, inspection.kind);
  if (!open.ok()) return open.error();
  for (InspectionApplication& a : *open) {
    if (a.applied_at.substr(0, 10) > inspection.date) continue;  // an older inspection
    const std::string before = ToJson(a).dump();
    a.inspection_id = inspection.id;
    a.inspected_on = inspection.date;
    Status marked = store.MarkAnswered(a.id, inspection.id, inspection.date);
    if (!marked.ok()) return marked;
    Status audit =
        context_.Audit("update", "inspection_application", KeyOf(a), before, ToJson(a).dump());
    if (!audit.ok()) return audit;
  }
  return Status::Ok();
}

}  // namespace hoistway::registry
