// Transaction: work orders (call-outs), maintenance companies and their
// technicians, with the rules of record_rules.h (a work order out of service
// holds its lift until closed) and the audit log.
#include <fmt/core.h>

#include "registry/json_codec.h"
#include "registry/lift_store.h"
#include "registry/party_store.h"
#include "registry/record_rules.h"
#include "registry/repository.h"
#include "registry/work_order_store.h"

namespace hoistway::registry {

Result<WorkOrder> Transaction::AddWorkOrder(std::string_view registration_no, WorkOrder w) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  Status rules = CheckWorkOrder(w, *lift, now_);
  if (!rules.ok()) return rules.error();
  w.registration_no = lift->registration_no;
  if (!w.company_id) w.company_id = lift->company_id;
  if (w.company_id) {
    auto company = GetCompany(*w.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  Status technician = CheckTechnician(w.technician_id, w.company_id);
  if (!technician.ok()) return technician.error();
  auto id = WorkOrderStore(session_).Insert(lift->id, w);
  if (!id.ok()) return id.error();
  w.id = *id;
  w.version = 1;
  Status audit = Audit("create", "work_order", std::to_string(w.id), "", ToJson(w).dump());
  if (!audit.ok()) return audit.error();
  // Out of service from the call until the work order is closed.
  if (w.status == "open" && w.out_of_service && lift->status == LiftStatus::kInService) {
    auto held = SetLiftStatus(*lift, LiftStatus::kOutOfService);
    if (!held.ok()) return held.error();
  }
  return w;
}

Result<WorkOrder> Transaction::GetWorkOrder(std::int64_t id) {
  return WorkOrderStore(session_).Get(id);
}

Result<WorkOrder> Transaction::UpdateWorkOrder(WorkOrder w, std::int64_t expected_version) {
  WorkOrderStore orders(session_);
  auto before = orders.Get(w.id);
  if (!before.ok()) return before.error();
  if (before->version != expected_version) {
    return Error(ErrorCode::kConflict, fmt::format("work order {} is at version {}, not {}", w.id,
                                                   before->version, expected_version));
  }
  auto lift = GetLift(before->registration_no);
  if (!lift.ok()) return lift.error();
  Status rules = CheckWorkOrder(w, *lift, now_);
  if (!rules.ok()) return rules.error();
  if (w.technician_id != before->technician_id) {
    Status technician = CheckTechnician(w.technician_id, before->company_id);
    if (!technician.ok()) return technician.error();
  }
  auto version = orders.Update(w, expected_version);
  if (!version.ok()) return version.error();
  w.version = *version;
  Status audit =
      Audit("update", "work_order", std::to_string(w.id), ToJson(*before).dump(), ToJson(w).dump());
  if (!audit.ok()) return audit.error();
  // Closing the last work order that held the lift out of service returns it.
  if (before->status == "open" && w.status == "closed" && before->out_of_service &&
      lift->status == LiftStatus::kOutOfService) {
    auto still = OpenOutOfService(lift->id);
    if (!still.ok()) return still.error();
    if (*still == 0) {
      auto returned = SetLiftStatus(*lift, LiftStatus::kInService);
      if (!returned.ok()) return returned.error();
    }
  }
  return w;
}

Result<std::vector<WorkOrder>> Transaction::ListWorkOrders(std::string_view registration_no) {
  auto lift_id = LiftStore(session_).IdOf(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  return WorkOrderStore(session_).List(*lift_id);
}

Status Transaction::CheckTechnician(std::optional<std::int64_t> technician_id,
                                    std::optional<std::int64_t> company_id) {
  if (!technician_id) return Status::Ok();
  auto technician = GetTechnician(*technician_id);
  if (!technician.ok()) return FieldError("technician_id", technician.error().message());
  if (company_id && technician->company_id != *company_id) {
    return FieldError("technician_id",
                      fmt::format("technician {} works for another company", *technician_id));
  }
  return Status::Ok();
}

Result<Company> Transaction::AddCompany(Company c) {
  CompanyStore companies(session_);
  auto taken = companies.NameTaken(c.name);
  if (!taken.ok()) return taken.error();
  if (*taken) {
    return Error::AtField(ErrorCode::kConflict, "name",
                          fmt::format("company '{}' already exists", c.name));
  }
  auto id = companies.Insert(c);
  if (!id.ok()) return id.error();
  c.id = *id;
  Status audit = Audit("create", "company", std::to_string(c.id), "", ToJson(c).dump());
  if (!audit.ok()) return audit.error();
  return c;
}

Result<Company> Transaction::GetCompany(std::int64_t id) {
  return CompanyStore(session_).Get(id);
}

Result<std::vector<Company>> Transaction::ListCompanies() {
  return CompanyStore(session_).List();
}

Result<Technician> Transaction::AddTechnician(Technician t) {
  CompanyStore companies(session_);
  auto company = companies.Get(t.company_id);
  if (!company.ok()) return FieldError("company_id", company.error().message());
  auto id = companies.InsertTechnician(t);
  if (!id.ok()) return id.error();
  t.id = *id;
  Status audit = Audit("create", "technician", std::to_string(t.id), "", ToJson(t).dump());
  if (!audit.ok()) return audit.error();
  return t;
}

Result<std::vector<Technician>> Transaction::ListTechnicians(
    std::optional<std::int64_t> company_id) {
  return CompanyStore(session_).Technicians(company_id);
}

Result<Technician> Transaction::GetTechnician(std::int64_t id) {
  return CompanyStore(session_).GetTechnician(id);
}

}  // namespace hoistway::registry
