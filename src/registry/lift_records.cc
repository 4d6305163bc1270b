// Transaction: lifts and their buildings, with the rules of record_rules.h,
// the validity the profile computes (validity.h) and the audit log.
#include <fmt/core.h>

#include "registry/inspection_store.h"
#include "registry/json_codec.h"
#include "registry/lift_store.h"
#include "registry/record_rules.h"
#include "registry/repository.h"
#include "registry/validity.h"
#include "registry/work_order_store.h"

namespace hoistway::registry {

Result<Lift> Transaction::CreateLift(Lift lift) {
  if (!IsRegistrationNo(lift.registration_no))
    return FieldError("registration_no", "must be exactly 7 digits");
  Status rules = CheckLift(lift, now_);
  if (!rules.ok()) return rules.error();
  LiftStore lifts(session_);
  // Checked first: a failed statement aborts a PostgreSQL transaction.
  auto exists = lifts.Exists(lift.registration_no);
  if (!exists.ok()) return exists.error();
  if (*exists) {
    return Error::AtField(ErrorCode::kConflict, "registration_no",
                          fmt::format("lift {} already exists", lift.registration_no));
  }
  if (lift.company_id) {
    auto company = GetCompany(*lift.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  auto building = lifts.BuildingIdOf(lift.building);
  if (!building.ok()) return building.error();
  lift.building.id = *building;
  auto id = lifts.Insert(lift, FormatTimestamp(now_));
  if (!id.ok()) return id.error();
  lift.id = *id;
  lift.version = 0;  // Revalidate() makes it 1
  auto revalidated = Revalidate(lift, /*inspected=*/false);
  if (!revalidated.ok()) return revalidated.error();
  Status audit =
      Audit("create", "lift", lift.registration_no, "", ToJson(*revalidated, today()).dump());
  if (!audit.ok()) return audit.error();
  return revalidated;
}

Result<Lift> Transaction::GetLift(std::string_view registration_no) {
  return LiftStore(session_).Get(registration_no);
}

Result<Lift> Transaction::UpdateLift(Lift lift, std::int64_t expected_version) {
  LiftStore lifts(session_);
  auto before = lifts.Get(lift.registration_no);
  if (!before.ok()) return before.error();
  if (before->version != expected_version) {
    return Error(ErrorCode::kConflict,
                 fmt::format("lift {} is at version {}, not {}", lift.registration_no,
                             before->version, expected_version));
  }
  Status rules = CheckLift(lift, now_);
  if (!rules.ok()) return rules.error();
  if (lift.status != before->status) {
    auto held = OpenOutOfService(before->id);
    if (!held.ok()) return held.error();
    Status change = CheckStatusChange(before->status, lift.status, *held);
    if (!change.ok()) return change.error();
  }
  if (lift.company_id && lift.company_id != before->company_id) {
    auto company = GetCompany(*lift.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  auto building = lifts.BuildingIdOf(lift.building);
  if (!building.ok()) return building.error();
  lift.building.id = *building;
  lift.id = before->id;
  auto version = lifts.Update(lift, expected_version, FormatTimestamp(now_));
  if (!version.ok()) return version.error();
  lift.version = *version;
  auto after = Revalidate(lift, /*inspected=*/false);
  if (!after.ok()) return after.error();
  Status audit = Audit("update", "lift", lift.registration_no, ToJson(*before, today()).dump(),
                       ToJson(*after, today()).dump());
  if (!audit.ok()) return audit.error();
  return after;
}

Result<Lift> Transaction::Revalidate(Lift lift, bool inspected) {
  auto inspections = InspectionStore(session_).ForValidity(lift.id);
  if (!inspections.ok()) return inspections.error();
  auto events = AccidentStore(session_).SeriousDates(lift.id);
  if (!events.ok()) return events.error();
  const Validity v = ComputeValidity(profile(), lift, std::move(*inspections), *events);
  LiftStatus status = lift.status;
  if (inspected && v.last_result == "fail" && profile().fail_prohibits) {
    status = LiftStatus::kProhibited;
  } else if (inspected && status == LiftStatus::kProhibited && !v.last_result.empty() &&
             v.last_result != "fail") {
    // The passing re-inspection lifts the prohibition; an open work order may
    // still hold the lift out of service.
    auto held = OpenOutOfService(lift.id);
    if (!held.ok()) return held.error();
    status = *held > 0 ? LiftStatus::kOutOfService : LiftStatus::kInService;
  }
  LiftStore lifts(session_);
  Status stored = lifts.StoreComputed(lift.id, v, status, FormatTimestamp(now_));
  if (!stored.ok()) return stored.error();
  return lifts.Get(lift.registration_no);
}

Result<int> Transaction::OpenOutOfService(std::int64_t lift_id) {
  return WorkOrderStore(session_).OpenOutOfService(lift_id);
}

Result<Lift> Transaction::SetLiftStatus(const Lift& lift, LiftStatus status) {
  LiftStore lifts(session_);
  Status stored = lifts.StoreStatus(lift.id, status, FormatTimestamp(now_));
  if (!stored.ok()) return stored.error();
  auto after = lifts.Get(lift.registration_no);
  if (!after.ok()) return after.error();
  Status audit = Audit("update", "lift", lift.registration_no, ToJson(lift, today()).dump(),
                       ToJson(*after, today()).dump());
  if (!audit.ok()) return audit.error();
  return after;
}

Result<Page<Lift>> Transaction::ListLifts(const LiftFilter& filter) {
  return LiftStore(session_).List(filter);
}

Result<std::vector<RegionSummary>> Transaction::SummarizeRegions(
    Date today, std::optional<std::int64_t> owner_user_id) {
  return LiftStore(session_).Summarize(today, owner_user_id);
}

Result<std::vector<Building>> Transaction::ListBuildings(std::string_view region) {
  return LiftStore(session_).Buildings(region);
}

Result<std::int64_t> Transaction::CountLifts() {
  return LiftStore(session_).Count();
}

}  // namespace hoistway::registry
