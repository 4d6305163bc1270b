// The registry's records: buildings, lifts, certificates, inspections,
// self-inspections, accidents, companies, technicians, work orders, users and
// the audit log. Plain aggregates; rules live in the regulation profile
// (profile.h) and storage in the repository (repository.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::registry {

// Operational status of a lift as recorded by people (validity is computed separately).
enum class LiftStatus { kInService, kOutOfService, kProhibited };
// Kinds of inspection (Korean regime; other profiles may not use all).
enum class InspectionKind { kInstallation, kPeriodic, kAdhoc, kPrecision };
// Verdict of an inspection.
enum class Verdict { kPass, kConditional, kFail };
// Roles of API users, from most to least privileged.
enum class Role { kAdmin, kInspector, kTechnician, kOwner, kPublic };
// What a safety certificate covers.
enum class CertificateSubject { kModel, kComponent };
// Accident (persons harmed or at risk) or failure (equipment) report.
enum class ReportKind { kAccident, kFailure };

std::string_view ToString(LiftStatus value);
std::string_view ToString(InspectionKind value);
std::string_view ToString(Verdict value);
std::string_view ToString(Role value);
std::string_view ToString(CertificateSubject value);
std::string_view ToString(ReportKind value);
// Parsers return kInvalidInput naming the accepted values.
Result<LiftStatus> ParseLiftStatus(std::string_view text);
Result<InspectionKind> ParseInspectionKind(std::string_view text);
Result<Verdict> ParseVerdict(std::string_view text);
Result<Role> ParseRole(std::string_view text);
Result<CertificateSubject> ParseCertificateSubject(std::string_view text);
Result<ReportKind> ParseReportKind(std::string_view text);

// Lift kinds accepted by the registry (Korean usage classes plus escalators).
inline constexpr std::string_view kLiftKinds[] = {
    "passenger",   "freight", "bed",        "firefighting", "accessible", "evacuation",
    "observation", "car",     "dumbwaiter", "escalator",    "moving_walk"};
// Drives accepted by the registry.
inline constexpr std::string_view kDrives[] = {"traction", "hydraulic", "other"};

struct Building {
  std::int64_t id = 0;
  std::string name;
  std::string address;
  std::string region;
  std::string use;  // office, residential, ...
};

// A lift as stored; the computed validity fields are kept current by the
// repository whenever an inspection or a serious event is recorded.
struct Lift {
  std::int64_t id = 0;
  std::string registration_no;  // 7 digits
  Building building;
  std::string kind = "passenger";
  std::string drive = "traction";
  double rated_load_kg = 0;
  int persons = 0;
  double rated_speed_mps = 0;
  int floors_served = 0;
  bool machine_room_less = false;
  std::string manufacturer;
  std::string model;
  std::string model_certificate_no;
  std::string installed_on;  // YYYY-MM-DD
  std::string first_use_on;  // YYYY-MM-DD or empty
  std::optional<std::int64_t> company_id;
  std::string safety_manager;
  LiftStatus status = LiftStatus::kInService;
  // Computed from the inspections by the profile (empty when not applicable).
  std::string last_result;  // pass | conditional | fail | ""
  std::string last_inspection_on;
  std::string valid_from;
  std::string valid_until;
  std::string remediation_until;
  std::string next_inspection_due;
  std::string next_inspection_kind;
  std::string next_precision_due;
  std::int64_t version = 1;  // incremented on every change (the ETag)
  std::string updated_at;
};

struct ChecklistItem {
  std::string code;
  std::string name;
  std::string result;  // pass | fail | na, or a profile-specific grade
  std::optional<double> measured;
  std::string unit;
  std::string note;
};

struct Inspection {
  std::int64_t id = 0;
  std::string registration_no;
  InspectionKind kind = InspectionKind::kPeriodic;
  std::string date;  // YYYY-MM-DD
  Verdict result = Verdict::kPass;
  std::string inspector;
  std::string notes;
  std::vector<ChecklistItem> items;
  // Computed by the profile at recording time.
  std::string valid_from;
  std::string valid_until;
  std::string remediation_until;
  std::string created_at;
};

// One graded item of a monthly self-inspection (grade A..E).
struct GradedItem {
  std::string code;
  std::string name;
  std::string grade;
  std::string note;
};

struct SelfInspection {
  std::int64_t id = 0;
  std::string registration_no;
  std::string month;       // YYYY-MM
  std::string visited_on;  // YYYY-MM-DD
  std::string entered_on;  // YYYY-MM-DD (defaults to the day it was recorded)
  std::optional<std::int64_t> technician_id;
  std::optional<std::int64_t> company_id;
  std::vector<GradedItem> items;
  bool late = false;  // entered more than the profile's entry window after the visit
  // The work order its urgent repairs opened (set when it is recorded).
  std::optional<std::int64_t> follow_up_work_order_id;
};

struct AccidentReport {
  std::int64_t id = 0;
  std::string registration_no;
  ReportKind kind = ReportKind::kAccident;
  std::string occurred_at;  // YYYY-MM-DDTHH:MM[:SS]
  std::string description;
  std::string failure_type;  // for failures: one of the profile's serious-failure codes, or "other"
  std::string cause;         // e.g. power_cut, disaster, ...
  int persons_trapped = 0;
  int persons_injured = 0;
  int deaths = 0;
  int hospitalisation_days = 0;  // longest hospital stay of an injured person
  int treatment_days = 0;        // longest treatment of an injured person
  std::string rescued_by;
  std::string measures;
  bool serious = false;  // computed by the profile
  std::string reported_at;
  bool draft = false;  // written by the monitor from telemetry, for people to complete
};

// An owner's application for an inspection of their lift, open until an
// inspection of that kind is recorded on the lift.
struct InspectionApplication {
  std::int64_t id = 0;
  std::string registration_no;
  InspectionKind kind = InspectionKind::kPeriodic;
  std::string preferred_on;  // YYYY-MM-DD, or empty: no preference
  std::string note;
  std::string applied_by;                     // the user's name
  std::string applied_at;                     // YYYY-MM-DDTHH:MM:SSZ
  std::optional<std::int64_t> inspection_id;  // the inspection that answered it
  std::string inspected_on;                   // its date

  bool open() const { return !inspection_id.has_value(); }
};

struct Company {
  std::int64_t id = 0;
  std::string name;
  std::string registration;
  std::string region;
  std::string phone;
};

struct Technician {
  std::int64_t id = 0;
  std::int64_t company_id = 0;
  std::string name;
  std::string qualification;
  std::string training_valid_until;
};

struct WorkOrder {
  std::int64_t id = 0;
  std::string registration_no;
  std::optional<std::int64_t> company_id;
  std::optional<std::int64_t> technician_id;
  std::string called_at;  // YYYY-MM-DDTHH:MM[:SS]
  std::string arrived_at;
  std::string completed_at;
  std::string problem;          // what was reported (required when opening)
  std::string cause;            // what was found (required when closing)
  std::string action;           // what was done (required when closing)
  bool out_of_service = false;  // the lift is out of service from the call until closed
  std::string status = "open";  // open | closed
  std::string origin;           // "" (opened by hand) or "self_inspection:YYYY-MM"
  std::int64_t version = 1;
};

// A safety certificate of a lift model or of a safety component kind.
struct Certificate {
  std::int64_t id = 0;
  std::string certificate_no;
  CertificateSubject subject = CertificateSubject::kComponent;
  std::string component_kind;  // a profile component code; empty for a model
  std::string model;
  std::string manufacturer;
  std::string holder;
  std::string issued_on;
  std::string valid_until;
  std::string status = "valid";  // valid | suspended | revoked
};

// A safety component fitted in a lift, linked to its certificate.
struct LiftPart {
  std::int64_t id = 0;
  std::string registration_no;
  std::string component_kind;
  std::string certificate_no;
  std::string serial_no;
};

struct User {
  std::int64_t id = 0;
  std::string name;
  Role role = Role::kPublic;
  std::optional<std::int64_t> company_id;  // technicians: their employer
  std::string created_at;
  std::optional<std::int64_t> technician_id;  // technicians: their record (of that company)
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;
  std::string actor;
  std::string action;  // create | update | delete
  std::string entity;  // lift, inspection, ...
  std::string entity_key;
  std::string before_json;  // "" when created
  std::string after_json;   // "" when deleted
};

// True when `text` is exactly seven ASCII digits.
bool IsRegistrationNo(std::string_view text);

}  // namespace hoistway::registry
