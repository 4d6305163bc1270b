// Transaction: inspections, self-inspections, accident reports, work orders.
#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "registry/json_codec.h"
#include "registry/repository.h"
#include "registry/validity.h"

namespace hoistway::registry {
namespace {

using nlohmann::json;

std::string ItemsText(const std::vector<ChecklistItem>& items) {
  json out = json::array();
  for (const auto& i : items) {
    out.push_back({{"code", i.code},
                   {"name", i.name},
                   {"result", i.result},
                   {"measured", i.measured ? json(*i.measured) : json(nullptr)},
                   {"unit", i.unit},
                   {"note", i.note}});
  }
  return out.dump();
}

std::vector<ChecklistItem> ChecklistFromText(const std::string& text) {
  std::vector<ChecklistItem> out;
  const json items = json::parse(text, nullptr, false);
  if (!items.is_array()) return out;
  for (const auto& i : items) {
    ChecklistItem item;
    item.code = i.value("code", "");
    item.name = i.value("name", "");
    item.result = i.value("result", "");
    if (i.contains("measured") && i["measured"].is_number())
      item.measured = i["measured"].get<double>();
    item.unit = i.value("unit", "");
    item.note = i.value("note", "");
    out.push_back(std::move(item));
  }
  return out;
}

std::string GradesText(const std::vector<GradedItem>& items) {
  json out = json::array();
  for (const auto& i : items)
    out.push_back({{"code", i.code}, {"name", i.name}, {"grade", i.grade}, {"note", i.note}});
  return out.dump();
}

std::vector<GradedItem> GradesFromText(const std::string& text) {
  std::vector<GradedItem> out;
  const json items = json::parse(text, nullptr, false);
  if (!items.is_array()) return out;
  for (const auto& i : items) {
    out.push_back(
        {i.value("code", ""), i.value("name", ""), i.value("grade", ""), i.value("note", "")});
  }
  return out;
}

SqlValue OptIdValue(const std::optional<std::int64_t>& id) {
  return id ? SqlValue{*id} : SqlValue{};
}

constexpr std::string_view kWorkOrderColumns =
    "SELECT w.id, l.registration_no, w.company_id, w.technician_id, w.called_at, w.arrived_at, "
    "w.completed_at, w.cause, w.action, w.out_of_service, w.status, w.version FROM work_orders w "
    "JOIN lifts l "
    "ON l.id = w.lift_id";

WorkOrder WorkOrderFromRow(const SqlRow& r) {
  WorkOrder w;
  w.id = r.Int(0);
  w.registration_no = r.Text(1);
  w.company_id = r.OptInt(2);
  w.technician_id = r.OptInt(3);
  w.called_at = r.Text(4);
  w.arrived_at = r.Text(5);
  w.completed_at = r.Text(6);
  w.cause = r.Text(7);
  w.action = r.Text(8);
  w.out_of_service = r.Int(9) != 0;
  w.status = r.Text(10);
  w.version = r.Int(11);
  return w;
}

}  // namespace

Result<Inspection> Transaction::AddInspection(std::string_view registration_no, Inspection insp) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  auto events = SeriousEventDates(lift->id);
  if (!events.ok()) return events.error();
  insp.registration_no = lift->registration_no;
  const InspectionWindow window = WindowOf(profile(), *lift, insp, *events);
  insp.valid_from = window.valid_from;
  insp.valid_until = window.valid_until;
  insp.remediation_until = window.remediation_until;
  insp.created_at = NowTimestamp();
  if (insp.inspector.empty()) insp.inspector = actor_;
  auto id = Insert(
      "INSERT INTO inspections (lift_id, kind, date, result, inspector, notes, items, valid_from, "
      "valid_until, "
      "remediation_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {lift->id, std::string(ToString(insp.kind)), insp.date, std::string(ToString(insp.result)),
       insp.inspector, insp.notes, ItemsText(insp.items), insp.valid_from, insp.valid_until,
       insp.remediation_until, insp.created_at});
  if (!id.ok()) return id.error();
  insp.id = *id;
  Status audit = Audit("create", "inspection", fmt::format("{}/{}", registration_no, insp.id), "",
                       ToJson(insp).dump());
  if (!audit.ok()) return audit.error();
  auto after = Revalidate(*lift);
  if (!after.ok()) return after.error();
  if (insp.result != Verdict::kFail && insp.valid_until != after->valid_until) {
    // An ad-hoc inspection within a periodic cycle keeps the cycle: its
    // window is the validity in force after it, not one of its own.
    insp.valid_from = after->valid_from;
    insp.valid_until = after->valid_until;
    auto fixed = Query("UPDATE inspections SET valid_from = ?, valid_until = ? WHERE id = ?",
                       {insp.valid_from, insp.valid_until, insp.id});
    if (!fixed.ok()) return fixed.error();
  }
  audit = Audit("update", "lift", lift->registration_no, ToJson(*lift, Date::Today()).dump(),
                ToJson(*after, Date::Today()).dump());
  if (!audit.ok()) return audit.error();
  return insp;
}

Result<std::vector<Inspection>> Transaction::ListInspections(std::string_view registration_no) {
  auto lift_id = LiftId(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  auto rows = Query(
      "SELECT id, kind, date, result, inspector, notes, items, valid_from, valid_until, "
      "remediation_until, "
      "created_at FROM inspections WHERE lift_id = ? ORDER BY date, id",
      {*lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<Inspection> out;
  for (const auto& r : *rows) {
    Inspection i;
    i.id = r.Int(0);
    i.registration_no = std::string(registration_no);
    auto kind = ParseInspectionKind(r.Text(1));
    auto result = ParseVerdict(r.Text(3));
    if (!kind.ok() || !result.ok()) return Error(ErrorCode::kInternal, "corrupt inspection row");
    i.kind = *kind;
    i.date = r.Text(2);
    i.result = *result;
    i.inspector = r.Text(4);
    i.notes = r.Text(5);
    i.items = ChecklistFromText(r.Text(6));
    i.valid_from = r.Text(7);
    i.valid_until = r.Text(8);
    i.remediation_until = r.Text(9);
    i.created_at = r.Text(10);
    out.push_back(std::move(i));
  }
  return out;
}

Result<SelfInspection> Transaction::AddSelfInspection(std::string_view registration_no,
                                                      SelfInspection s) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  s.registration_no = lift->registration_no;
  if (!s.company_id) s.company_id = lift->company_id;
  if (s.technician_id) {
    auto rows = Query("SELECT company_id FROM technicians WHERE id = ?", {*s.technician_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty())
      return FieldError("technician_id", fmt::format("no technician {}", *s.technician_id));
    if (!s.company_id) s.company_id = (*rows)[0].Int(0);
  }
  if (s.company_id) {
    auto company = GetCompany(*s.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  auto existing =
      Query("SELECT id FROM self_inspections WHERE lift_id = ? AND month = ?", {lift->id, s.month});
  if (!existing.ok()) return existing.error();
  if (!existing->empty()) {
    return Error(ErrorCode::kConflict,
                 fmt::format("month: a self-inspection of lift {} for {} is already recorded",
                             registration_no, s.month));
  }
  auto id = Insert(
      "INSERT INTO self_inspections (lift_id, month, visited_on, entered_on, technician_id, "
      "company_id, items, "
      "late) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {lift->id, s.month, s.visited_on, s.entered_on, OptIdValue(s.technician_id),
       OptIdValue(s.company_id), GradesText(s.items), std::int64_t{s.late ? 1 : 0}});
  if (!id.ok()) return id.error();
  s.id = *id;
  Status audit = Audit("create", "self_inspection", fmt::format("{}/{}", registration_no, s.month),
                       "", ToJson(s).dump());
  if (!audit.ok()) return audit.error();
  return s;
}

Result<std::vector<SelfInspection>> Transaction::ListSelfInspections(
    std::string_view registration_no, bool with_items) {
  auto lift_id = LiftId(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  auto rows = Query(
      with_items
          ? "SELECT id, month, visited_on, entered_on, technician_id, company_id, items, late "
            "FROM self_inspections WHERE lift_id = ? ORDER BY month"
          : "SELECT id, month, visited_on, entered_on, technician_id, company_id, '', late "
            "FROM self_inspections WHERE lift_id = ? ORDER BY month",
      {*lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<SelfInspection> out;
  for (const auto& r : *rows) {
    SelfInspection s;
    s.id = r.Int(0);
    s.registration_no = std::string(registration_no);
    s.month = r.Text(1);
    s.visited_on = r.Text(2);
    s.entered_on = r.Text(3);
    s.technician_id = r.OptInt(4);
    s.company_id = r.OptInt(5);
    if (with_items) s.items = GradesFromText(r.Text(6));
    s.late = r.Int(7) != 0;
    out.push_back(std::move(s));
  }
  return out;
}

Result<AccidentReport> Transaction::AddAccident(std::string_view registration_no,
                                                AccidentReport a) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  a.registration_no = lift->registration_no;
  a.serious = IsSerious(profile(), a);
  a.reported_at = NowTimestamp();
  auto id = Insert(
      "INSERT INTO accidents (lift_id, kind, occurred_at, description, failure_type, cause, "
      "persons_trapped, "
      "persons_injured, deaths, hospitalisation_days, treatment_days, rescued_by, measures, "
      "serious, "
      "reported_at, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {lift->id, std::string(ToString(a.kind)), a.occurred_at, a.description, a.failure_type,
       a.cause, std::int64_t{a.persons_trapped}, std::int64_t{a.persons_injured},
       std::int64_t{a.deaths}, std::int64_t{a.hospitalisation_days}, std::int64_t{a.treatment_days},
       a.rescued_by, a.measures, std::int64_t{a.serious ? 1 : 0}, a.reported_at,
       std::int64_t{a.draft ? 1 : 0}});
  if (!id.ok()) return id.error();
  a.id = *id;
  Status audit = Audit("create", "accident", fmt::format("{}/{}", registration_no, a.id), "",
                       ToJson(a).dump());
  if (!audit.ok()) return audit.error();
  if (a.serious) {
    auto after = Revalidate(*lift);  // the next periodic interval may shorten
    if (!after.ok()) return after.error();
  }
  return a;
}

Result<std::vector<AccidentReport>> Transaction::ListAccidents(std::string_view registration_no) {
  auto lift_id = LiftId(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  auto rows = Query(
      "SELECT id, kind, occurred_at, description, failure_type, cause, persons_trapped, "
      "persons_injured, deaths, "
      "hospitalisation_days, treatment_days, rescued_by, measures, serious, reported_at, draft "
      "FROM accidents WHERE "
      "lift_id = ? ORDER BY occurred_at, id",
      {*lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<AccidentReport> out;
  for (const auto& r : *rows) {
    AccidentReport a;
    a.id = r.Int(0);
    a.registration_no = std::string(registration_no);
    a.kind = r.Text(1) == "failure" ? ReportKind::kFailure : ReportKind::kAccident;
    a.occurred_at = r.Text(2);
    a.description = r.Text(3);
    a.failure_type = r.Text(4);
    a.cause = r.Text(5);
    a.persons_trapped = static_cast<int>(r.Int(6));
    a.persons_injured = static_cast<int>(r.Int(7));
    a.deaths = static_cast<int>(r.Int(8));
    a.hospitalisation_days = static_cast<int>(r.Int(9));
    a.treatment_days = static_cast<int>(r.Int(10));
    a.rescued_by = r.Text(11);
    a.measures = r.Text(12);
    a.serious = r.Int(13) != 0;
    a.reported_at = r.Text(14);
    a.draft = r.Int(15) != 0;
    out.push_back(std::move(a));
  }
  return out;
}

Result<WorkOrder> Transaction::AddWorkOrder(std::string_view registration_no, WorkOrder w) {
  auto lift = GetLift(registration_no);
  if (!lift.ok()) return lift.error();
  w.registration_no = lift->registration_no;
  if (!w.company_id) w.company_id = lift->company_id;
  if (w.company_id) {
    auto company = GetCompany(*w.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  if (w.technician_id) {
    auto rows = Query("SELECT id FROM technicians WHERE id = ?", {*w.technician_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty())
      return FieldError("technician_id", fmt::format("no technician {}", *w.technician_id));
  }
  auto id = Insert(
      "INSERT INTO work_orders (lift_id, company_id, technician_id, called_at, arrived_at, "
      "completed_at, cause, "
      "action, out_of_service, status, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING "
      "id",
      {lift->id, OptIdValue(w.company_id), OptIdValue(w.technician_id), w.called_at, w.arrived_at,
       w.completed_at, w.cause, w.action, std::int64_t{w.out_of_service ? 1 : 0}, w.status});
  if (!id.ok()) return id.error();
  w.id = *id;
  w.version = 1;
  Status audit = Audit("create", "work_order", std::to_string(w.id), "", ToJson(w).dump());
  if (!audit.ok()) return audit.error();
  return w;
}

Result<WorkOrder> Transaction::GetWorkOrder(std::int64_t id) {
  auto rows = Query(std::string(kWorkOrderColumns) + " WHERE w.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no work order {}", id));
  return WorkOrderFromRow((*rows)[0]);
}

Result<WorkOrder> Transaction::UpdateWorkOrder(WorkOrder w, std::int64_t expected_version) {
  auto before = GetWorkOrder(w.id);
  if (!before.ok()) return before.error();
  if (before->version != expected_version) {
    return Error(ErrorCode::kConflict, fmt::format("work order {} is at version {}, not {}", w.id,
                                                   before->version, expected_version));
  }
  if (w.technician_id && w.technician_id != before->technician_id) {
    auto rows = Query("SELECT id FROM technicians WHERE id = ?", {*w.technician_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty())
      return FieldError("technician_id", fmt::format("no technician {}", *w.technician_id));
  }
  auto rows = Query(
      "UPDATE work_orders SET technician_id = ?, arrived_at = ?, completed_at = ?, cause = ?, "
      "action = ?, "
      "out_of_service = ?, status = ?, version = version + 1 WHERE id = ? AND version = ? "
      "RETURNING version",
      {OptIdValue(w.technician_id), w.arrived_at, w.completed_at, w.cause, w.action,
       std::int64_t{w.out_of_service ? 1 : 0}, w.status, w.id, expected_version});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Error(ErrorCode::kConflict, "work order changed concurrently");
  w.version = (*rows)[0].Int(0);
  Status audit =
      Audit("update", "work_order", std::to_string(w.id), ToJson(*before).dump(), ToJson(w).dump());
  if (!audit.ok()) return audit.error();
  return w;
}

Result<std::vector<WorkOrder>> Transaction::ListWorkOrders(std::string_view registration_no) {
  auto lift_id = LiftId(registration_no);
  if (!lift_id.ok()) return lift_id.error();
  auto rows =
      Query(std::string(kWorkOrderColumns) + " WHERE w.lift_id = ? ORDER BY w.called_at, w.id",
            {*lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<WorkOrder> out;
  for (const auto& r : *rows) out.push_back(WorkOrderFromRow(r));
  return out;
}

}  // namespace hoistway::registry
