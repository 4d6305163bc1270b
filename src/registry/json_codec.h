// JSON form of the registry's records (the API's bodies and the audit log's
// before/after), and validated parsing of request bodies. A parse error is
// kInvalidInput naming its field (FieldError in core/status.h).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>

#include "core/status.h"
#include "registry/date.h"
#include "registry/domain.h"
#include "registry/profile.h"
#include "registry/training_session.h"
#include "registry/type_test.h"

namespace hoistway::registry {

nlohmann::json ToJson(const Building& b);
// The full lift, with `validity` computed for `today`.
nlohmann::json ToJson(const Lift& lift, Date today);
// What the public may see: registration number, building, last result, validity.
nlohmann::json ToPublicJson(const Lift& lift, Date today);
nlohmann::json ToJson(const Inspection& i);
nlohmann::json ToJson(const SelfInspection& s);
nlohmann::json ToJson(const AccidentReport& a);
nlohmann::json ToJson(const Company& c);
nlohmann::json ToJson(const Technician& t);
nlohmann::json ToJson(const WorkOrder& w);
nlohmann::json ToJson(const Certificate& c);
nlohmann::json ToJson(const LiftPart& p);
nlohmann::json ToJson(const User& u);
nlohmann::json ToJson(const AuditEntry& a);
nlohmann::json ToJson(const RegulationProfile& p);
nlohmann::json ToJson(const LiftModel& m);
// A type test with its results; `report` (parsed) and `description` when not empty.
nlohmann::json ToJson(const TypeTest& t);
// With `status`: "open", or "inspected" once an inspection answered it.
nlohmann::json ToJson(const InspectionApplication& a);
// A training session: its observation log and, once answered, the answer
// (answered_at, diagnosis, action, passed and score are null before).
nlohmann::json ToJson(const TrainingSession& s);

// Parsers of request bodies; each validates types, ranges, dates and codes.
Result<Lift> ParseNewLift(const nlohmann::json& body);
// Applies the fields present in `body` to `lift` (registration number and
// computed fields cannot be patched).
Status ApplyLiftPatch(const nlohmann::json& body, Lift* lift);
Result<Inspection> ParseInspection(const nlohmann::json& body, const RegulationProfile& profile);
Result<SelfInspection> ParseSelfInspection(const nlohmann::json& body,
                                           const RegulationProfile& profile, Date today);
Result<AccidentReport> ParseAccident(const nlohmann::json& body);
Result<WorkOrder> ParseWorkOrder(const nlohmann::json& body);
// Applies arrival, completion, cause, action, technician and status (a
// completion closes it); the problem, call and company are fixed once open.
// The order of times and what closing needs are rules of record_rules.h.
Status ApplyWorkOrderPatch(const nlohmann::json& body, WorkOrder* order, bool opening = false);
Result<Company> ParseCompany(const nlohmann::json& body);
Result<Technician> ParseTechnician(const nlohmann::json& body);
Result<Certificate> ParseCertificate(const nlohmann::json& body, const RegulationProfile& profile);
Result<LiftPart> ParsePart(const nlohmann::json& body, const RegulationProfile& profile);
// The kind (required: chosen, never assumed), the preferred day and a note.
Result<InspectionApplication> ParseInspectionApplication(const nlohmann::json& body);

// True for "YYYY-MM-DDTHH:MM", optionally ":SS" and a trailing "Z".
bool IsTimestamp(std::string_view text);

}  // namespace hoistway::registry
