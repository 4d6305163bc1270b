// Who may do what, in one place. Each Permission names the roles that have
// it (RoleMay); Decide() narrows a role to the records it answers for: an
// owner to the lifts of the buildings linked to them, a technician's
// maintenance to the lifts of their company. The server checks every route
// with Decide(), filters every event stream with it, and derives a lift's
// allowed actions from it, so that no other copy of these rules exists.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"

namespace hoistway::registry {

// What a request wants to do; RoleMay() says which roles may.
enum class Permission {
  kReadPublic,           // public lift view: everyone
  kReadRegistry,         // full records: admin, inspector, technician, owner
  kWriteLift,            // register and edit lifts: admin, inspector
  kRecordInspection,     // admin, inspector
  kRecordMaintenance,    // self-inspections and work orders: admin, technician
  kReportAccident,       // admin, inspector, technician, owner
  kManageParts,          // fit certified parts to a lift: admin, inspector
  kManageRegistry,       // certificates, companies, technicians: admin
  kReadAudit,            // admin, inspector
  kAdminister,           // users, import: admin
  kUseWorkbench,         // traffic workbench (rtt, simulations): every signed-in role
  kApplyForInspection,   // apply for an inspection of a lift: admin, owner
  kReadTelemetry,        // a connected lift's events, alarms, health: admin, inspector, and a
                         // technician or owner on the lifts they answer for
  kReadTrainingRecords,  // training sessions: every signed-in role, narrowed by
                         // TrainingReachOf (their own; a technician's company; all for
                         // admin and inspector)
};

// Every permission, in the order above.
inline constexpr Permission kPermissions[] = {
    Permission::kReadPublic,       Permission::kReadRegistry,       Permission::kWriteLift,
    Permission::kRecordInspection, Permission::kRecordMaintenance,  Permission::kReportAccident,
    Permission::kManageParts,      Permission::kManageRegistry,     Permission::kReadAudit,
    Permission::kAdminister,       Permission::kUseWorkbench,       Permission::kApplyForInspection,
    Permission::kReadTelemetry,    Permission::kReadTrainingRecords};

// "read_registry", "record_maintenance", ...: how the API names a permission.
std::string_view ToString(Permission permission);

// Least privilege: true only for the roles listed on each Permission.
bool RoleMay(Role role, Permission permission);

// The signed-in user (or the public) a decision is about.
struct Actor {
  Role role = Role::kPublic;
  std::int64_t user_id = 0;
  std::optional<std::int64_t> company_id;     // technicians: their employer
  std::optional<std::int64_t> technician_id;  // technicians: who they are in the registry
};

// What a decision needs to know of the lift a request (or an event) is about.
struct LiftFacts {
  std::string registration_no;
  std::optional<std::int64_t> company_id;  // its maintenance company
  std::vector<std::int64_t> owner_ids;     // the users linked to its building
};

enum class Access {
  kAllow,       // in full
  kPublicView,  // only what the public sees of the lift
  kSignIn,      // the public asked for more than the public view: 401
  kForbidden,   // 403
};

// Why not, by name, for a console that words it in the reader's language.
enum class Denial {
  kNone,             // "": allowed (or the public view)
  kSignIn,           // "sign_in": the public asked for more than the public view
  kRoleMayNot,       // "role_may_not": the role does not have the permission
  kNotYourBuilding,  // "not_your_building": an owner, on a lift of a building not linked to them
  kNotYourCompany,   // "not_your_company": a technician, on a lift their company does not maintain
};
std::string_view ToString(Denial denial);

struct Decision {
  Access access = Access::kForbidden;
  std::string reason;  // why not, in one line of English (empty when allowed)
  Denial denial = Denial::kNone;
};

// Whether `actor` may do `permission`, on `lift` when the request is about
// one (nullptr otherwise). Pure; the same answer for the same inputs.
Decision Decide(const Actor& actor, Permission permission, const LiftFacts* lift);

// The lifts `actor` may `permission` on, for lists and counts: what Decide
// answers lift by lift, as a filter. Both empty: every lift.
struct LiftReach {
  std::optional<std::int64_t> company_id;     // those its company maintains (a technician)
  std::optional<std::int64_t> owner_user_id;  // those in buildings linked to the user (an owner)
  bool none = false;                          // no lift at all (e.g. a technician of no company)
};
LiftReach ReachOf(const Actor& actor, Permission permission);

// Whose training sessions `actor` may read: everyone's (admin, inspector:
// trainers and examiners), their company's (a technician of a company: the
// company's trainer view), else their own. `none` for the public.
struct TrainingReach {
  std::optional<std::int64_t> user_id;
  std::optional<std::int64_t> company_id;
  bool none = false;
};
TrainingReach TrainingReachOf(const Actor& actor);

// A technician records work in their own name and company only: a record's
// `company_id` must be theirs, and its technician (`technician_id`, whose
// company is `technician_company_id`) must be themselves when the user is
// linked to a technician, else one of their company. kPermission naming the
// field otherwise; always Ok for other roles.
Status CheckAttribution(const Actor& actor, std::optional<std::int64_t> company_id,
                        std::optional<std::int64_t> technician_id,
                        std::optional<std::int64_t> technician_company_id);

}  // namespace hoistway::registry
