#include "registry/inspection_application_store.h"

#include <string>

namespace hoistway::registry {
namespace {

// The applications with their lift's registration number.
const std::string kSelect =
    "SELECT a.id, l.registration_no, a.kind, a.preferred_on, a.note, a.applied_by, a.applied_at, "
    "a.inspection_id, a.inspected_on FROM inspection_applications a JOIN lifts l ON l.id = "
    "a.lift_id";

std::vector<InspectionApplication> Read(const SqlRows& rows) {
  std::vector<InspectionApplication> out;
  for (const auto& r : rows) {
    InspectionApplication a;
    a.id = r.Int(0);
    a.registration_no = r.Text(1);
    auto kind = ParseInspectionKind(r.Text(2));
    if (kind.ok()) a.kind = *kind;
    a.preferred_on = r.Text(3);
    a.note = r.Text(4);
    a.applied_by = r.Text(5);
    a.applied_at = r.Text(6);
    a.inspection_id = r.OptInt(7);
    a.inspected_on = r.Text(8);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace

Result<std::int64_t> InspectionApplicationStore::Insert(std::int64_t lift_id,
                                                        const InspectionApplication& a) {
  return sql_.Insert(
      "INSERT INTO inspection_applications (lift_id, kind, preferred_on, note, applied_by, "
      "applied_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {lift_id, std::string(ToString(a.kind)), a.preferred_on, a.note, a.applied_by, a.applied_at});
}

Result<std::vector<InspectionApplication>> InspectionApplicationStore::List(std::int64_t lift_id) {
  auto rows = sql_.Query(kSelect + " WHERE a.lift_id = ? ORDER BY a.applied_at, a.id", {lift_id});
  if (!rows.ok()) return rows.error();
  return Read(*rows);
}

Result<std::vector<InspectionApplication>> InspectionApplicationStore::OpenOf(std::int64_t lift_id,
                                                                              InspectionKind kind) {
  auto rows = sql_.Query(kSelect +
                             " WHERE a.lift_id = ? AND a.kind = ? AND a.inspection_id IS NULL "
                             "ORDER BY a.applied_at, a.id",
                         {lift_id, std::string(ToString(kind))});
  if (!rows.ok()) return rows.error();
  return Read(*rows);
}

Result<Page<InspectionApplication>> InspectionApplicationStore::ListOpen(int page, int per_page) {
  auto count =
      sql_.Query("SELECT COUNT(*) FROM inspection_applications WHERE inspection_id IS NULL", {});
  if (!count.ok()) return count.error();
  Page<InspectionApplication> out;
  out.total = (*count)[0].Int(0);
  out.page = page;
  out.per_page = per_page;
  auto rows = sql_.Query(kSelect +
                             " WHERE a.inspection_id IS NULL ORDER BY a.applied_at, a.id "
                             "LIMIT ? OFFSET ?",
                         {std::int64_t{per_page}, std::int64_t{page - 1} * per_page});
  if (!rows.ok()) return rows.error();
  out.items = Read(*rows);
  return out;
}

Status InspectionApplicationStore::MarkAnswered(std::int64_t id, std::int64_t inspection_id,
                                                std::string_view inspected_on) {
  auto done = sql_.Query(
      "UPDATE inspection_applications SET inspection_id = ?, inspected_on = ? WHERE id = ?",
      {inspection_id, std::string(inspected_on), id});
  if (!done.ok()) return done.error();
  return Status::Ok();
}

}  // namespace hoistway::registry
