#include "registry/access.h"

#include <fmt/core.h>

#include <algorithm>

namespace hoistway::registry {

std::string_view ToString(Permission permission) {
  switch (permission) {
    case Permission::kReadPublic:
      return "read_public";
    case Permission::kReadRegistry:
      return "read_registry";
    case Permission::kWriteLift:
      return "write_lift";
    case Permission::kRecordInspection:
      return "record_inspection";
    case Permission::kRecordMaintenance:
      return "record_maintenance";
    case Permission::kReportAccident:
      return "report_accident";
    case Permission::kManageParts:
      return "manage_parts";
    case Permission::kManageRegistry:
      return "manage_registry";
    case Permission::kReadAudit:
      return "read_audit";
    case Permission::kAdminister:
      return "administer";
    case Permission::kUseWorkbench:
      return "use_workbench";
    case Permission::kApplyForInspection:
      return "apply_for_inspection";
    case Permission::kReadTelemetry:
      return "read_telemetry";
    case Permission::kReadTrainingRecords:
      return "read_training_records";
  }
  return "unknown";
}

bool RoleMay(Role role, Permission permission) {
  switch (permission) {
    case Permission::kReadPublic:
      return true;
    case Permission::kReadRegistry:
    case Permission::kReadTelemetry:
    case Permission::kReadTrainingRecords:
    case Permission::kUseWorkbench:
    case Permission::kReportAccident:
      return role != Role::kPublic;
    case Permission::kWriteLift:
    case Permission::kRecordInspection:
    case Permission::kManageParts:
    case Permission::kReadAudit:
      return role == Role::kAdmin || role == Role::kInspector;
    case Permission::kRecordMaintenance:
      return role == Role::kAdmin || role == Role::kTechnician;
    case Permission::kManageRegistry:
    case Permission::kAdminister:
      return role == Role::kAdmin;
    case Permission::kApplyForInspection:
      return role == Role::kAdmin || role == Role::kOwner;
  }
  return false;
}

namespace {

// What a technician may do on their company's lifts only.
bool NarrowedToCompany(Permission permission) {
  return permission == Permission::kRecordMaintenance || permission == Permission::kReadTelemetry;
}

}  // namespace

std::string_view ToString(Denial denial) {
  switch (denial) {
    case Denial::kNone:
      return "";
    case Denial::kSignIn:
      return "sign_in";
    case Denial::kRoleMayNot:
      return "role_may_not";
    case Denial::kNotYourBuilding:
      return "not_your_building";
    case Denial::kNotYourCompany:
      return "not_your_company";
  }
  return "";
}

Decision Decide(const Actor& actor, Permission permission, const LiftFacts* lift) {
  if (!RoleMay(actor.role, permission)) {
    if (actor.role == Role::kPublic) {
      return {Access::kSignIn, "this needs 'Authorization: Bearer TOKEN' (sign in)",
              Denial::kSignIn};
    }
    return {Access::kForbidden, fmt::format("role '{}' may not do this", ToString(actor.role)),
            Denial::kRoleMayNot};
  }
  if (lift == nullptr) return {Access::kAllow, ""};
  if (actor.role == Role::kPublic) return {Access::kPublicView, ""};
  if (actor.role == Role::kOwner && std::find(lift->owner_ids.begin(), lift->owner_ids.end(),
                                              actor.user_id) == lift->owner_ids.end()) {
    if (permission == Permission::kReadPublic) return {Access::kPublicView, ""};
    return {Access::kForbidden,
            fmt::format("lift {} is not in a building linked to you", lift->registration_no),
            Denial::kNotYourBuilding};
  }
  if (actor.role == Role::kTechnician && NarrowedToCompany(permission) &&
      (!actor.company_id || lift->company_id != actor.company_id)) {
    return {Access::kForbidden,
            fmt::format("lift {} is not maintained by your company", lift->registration_no),
            Denial::kNotYourCompany};
  }
  return {Access::kAllow, ""};
}

LiftReach ReachOf(const Actor& actor, Permission permission) {
  LiftReach reach;
  if (!RoleMay(actor.role, permission)) {
    reach.none = true;
  } else if (actor.role == Role::kOwner) {
    reach.owner_user_id = actor.user_id;
  } else if (actor.role == Role::kTechnician && NarrowedToCompany(permission)) {
    reach.company_id = actor.company_id;
    reach.none = !actor.company_id;
  }
  return reach;
}

TrainingReach TrainingReachOf(const Actor& actor) {
  TrainingReach reach;
  if (!RoleMay(actor.role, Permission::kReadTrainingRecords)) {
    reach.none = true;
  } else if (actor.role == Role::kTechnician && actor.company_id) {
    reach.company_id = actor.company_id;
  } else if (actor.role != Role::kAdmin && actor.role != Role::kInspector) {
    reach.user_id = actor.user_id;
  }
  return reach;
}

Status CheckAttribution(const Actor& actor, std::optional<std::int64_t> company_id,
                        std::optional<std::int64_t> technician_id,
                        std::optional<std::int64_t> technician_company_id) {
  if (actor.role != Role::kTechnician) return Status::Ok();
  if (company_id && company_id != actor.company_id) {
    return Error::AtField(ErrorCode::kPermission, "company_id",
                          "a technician records work for their own company only");
  }
  if (!technician_id) return Status::Ok();
  if (actor.technician_id && technician_id != actor.technician_id) {
    return Error::AtField(ErrorCode::kPermission, "technician_id",
                          "a technician records work in their own name only");
  }
  if (technician_company_id != actor.company_id) {
    return Error::AtField(ErrorCode::kPermission, "technician_id",
                          "the technician works for another company");
  }
  return Status::Ok();
}

}  // namespace hoistway::registry
