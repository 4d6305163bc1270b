// The SQL of inspections, self-inspections and accident reports.
#include <fmt/core.h>

#include <nlohmann/json.hpp>

#include "registry/inspection_store.h"

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

}  // namespace

Result<std::int64_t> InspectionStore::Insert(std::int64_t lift_id, const Inspection& insp) {
  return sql_.Insert(
      "INSERT INTO inspections (lift_id, kind, date, result, inspector, notes, items, valid_from, "
      "valid_until, "
      "remediation_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {lift_id, std::string(ToString(insp.kind)), insp.date, std::string(ToString(insp.result)),
       insp.inspector, insp.notes, ItemsText(insp.items), insp.valid_from, insp.valid_until,
       insp.remediation_until, insp.created_at});
}

Status InspectionStore::StoreWindow(std::int64_t id, std::string_view valid_from,
                                    std::string_view valid_until) {
  return sql_
      .Query("UPDATE inspections SET valid_from = ?, valid_until = ? WHERE id = ?",
             {std::string(valid_from), std::string(valid_until), id})
      .status();
}

Result<std::vector<Inspection>> InspectionStore::List(std::int64_t lift_id,
                                                      std::string_view registration_no) {
  auto rows = sql_.Query(
      "SELECT id, kind, date, result, inspector, notes, items, valid_from, valid_until, "
      "remediation_until, "
      "created_at FROM inspections WHERE lift_id = ? ORDER BY date, id",
      {lift_id});
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

Result<std::vector<Inspection>> InspectionStore::ForValidity(std::int64_t lift_id) {
  // Only what validity depends on: not the checklist items.
  auto rows =
      sql_.Query("SELECT id, kind, date, result FROM inspections WHERE lift_id = ?", {lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<Inspection> out;
  for (const auto& r : *rows) {
    auto kind = ParseInspectionKind(r.Text(1));
    auto result = ParseVerdict(r.Text(3));
    if (!kind.ok() || !result.ok()) return Error(ErrorCode::kInternal, "corrupt inspection row");
    Inspection i;
    i.id = r.Int(0);
    i.kind = *kind;
    i.date = r.Text(2);
    i.result = *result;
    out.push_back(std::move(i));
  }
  return out;
}

Result<std::int64_t> SelfInspectionStore::Insert(std::int64_t lift_id, const SelfInspection& s) {
  return sql_.Insert(
      "INSERT INTO self_inspections (lift_id, month, visited_on, entered_on, technician_id, "
      "company_id, items, "
      "late) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {lift_id, s.month, s.visited_on, s.entered_on, OptIdValue(s.technician_id),
       OptIdValue(s.company_id), GradesText(s.items), std::int64_t{s.late ? 1 : 0}});
}

Result<bool> SelfInspectionStore::Exists(std::int64_t lift_id, std::string_view month) {
  auto rows = sql_.Query("SELECT id FROM self_inspections WHERE lift_id = ? AND month = ?",
                         {lift_id, std::string(month)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::vector<SelfInspection>> SelfInspectionStore::List(std::int64_t lift_id,
                                                              std::string_view registration_no,
                                                              bool with_items) {
  auto rows = sql_.Query(
      with_items
          ? "SELECT id, month, visited_on, entered_on, technician_id, company_id, items, late "
            "FROM self_inspections WHERE lift_id = ? ORDER BY month"
          : "SELECT id, month, visited_on, entered_on, technician_id, company_id, '', late "
            "FROM self_inspections WHERE lift_id = ? ORDER BY month",
      {lift_id});
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

Result<std::int64_t> AccidentStore::Insert(std::int64_t lift_id, const AccidentReport& a) {
  return sql_.Insert(
      "INSERT INTO accidents (lift_id, kind, occurred_at, description, failure_type, cause, "
      "persons_trapped, "
      "persons_injured, deaths, hospitalisation_days, treatment_days, rescued_by, measures, "
      "serious, "
      "reported_at, draft) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {lift_id, std::string(ToString(a.kind)), a.occurred_at, a.description, a.failure_type,
       a.cause, std::int64_t{a.persons_trapped}, std::int64_t{a.persons_injured},
       std::int64_t{a.deaths}, std::int64_t{a.hospitalisation_days}, std::int64_t{a.treatment_days},
       a.rescued_by, a.measures, std::int64_t{a.serious ? 1 : 0}, a.reported_at,
       std::int64_t{a.draft ? 1 : 0}});
}

Result<std::vector<AccidentReport>> AccidentStore::List(std::int64_t lift_id,
                                                        std::string_view registration_no) {
  auto rows = sql_.Query(
      "SELECT id, kind, occurred_at, description, failure_type, cause, persons_trapped, "
      "persons_injured, deaths, "
      "hospitalisation_days, treatment_days, rescued_by, measures, serious, reported_at, draft "
      "FROM accidents WHERE "
      "lift_id = ? ORDER BY occurred_at, id",
      {lift_id});
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

Result<std::vector<Date>> AccidentStore::SeriousDates(std::int64_t lift_id) {
  auto rows =
      sql_.Query("SELECT occurred_at FROM accidents WHERE lift_id = ? AND serious = 1", {lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<Date> out;
  for (const auto& r : *rows) {
    auto date = Date::Parse(r.Text(0).substr(0, 10));
    if (date.ok()) out.push_back(*date);
  }
  return out;
}

}  // namespace hoistway::registry
