// The SQL of work orders.
#include "registry/work_order_store.h"

#include <fmt/core.h>

namespace hoistway::registry {
namespace {

constexpr std::string_view kWorkOrderColumns =
    "SELECT w.id, l.registration_no, w.company_id, w.technician_id, w.called_at, w.arrived_at, "
    "w.completed_at, w.cause, w.action, w.out_of_service, w.status, w.version, w.problem, "
    "w.origin FROM work_orders w JOIN lifts l ON l.id = w.lift_id";

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
  w.problem = r.Text(12);
  w.origin = r.Text(13);
  return w;
}

}  // namespace

Result<std::int64_t> WorkOrderStore::Insert(std::int64_t lift_id, const WorkOrder& w) {
  return sql_.Insert(
      "INSERT INTO work_orders (lift_id, company_id, technician_id, called_at, arrived_at, "
      "completed_at, problem, cause, action, out_of_service, status, origin, version) VALUES "
      "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {lift_id, OptIdValue(w.company_id), OptIdValue(w.technician_id), w.called_at, w.arrived_at,
       w.completed_at, w.problem, w.cause, w.action, std::int64_t{w.out_of_service ? 1 : 0},
       w.status, w.origin});
}

Result<WorkOrder> WorkOrderStore::Get(std::int64_t id) {
  auto rows = sql_.Query(std::string(kWorkOrderColumns) + " WHERE w.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no work order {}", id));
  return WorkOrderFromRow((*rows)[0]);
}

Result<std::int64_t> WorkOrderStore::Update(const WorkOrder& w, std::int64_t expected_version) {
  auto rows = sql_.Query(
      "UPDATE work_orders SET technician_id = ?, arrived_at = ?, completed_at = ?, cause = ?, "
      "action = ?, status = ?, version = version + 1 WHERE id = ? AND version = ? "
      "RETURNING version",
      {OptIdValue(w.technician_id), w.arrived_at, w.completed_at, w.cause, w.action, w.status, w.id,
       expected_version});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Error(ErrorCode::kConflict, "work order changed concurrently");
  return (*rows)[0].Int(0);
}

Result<std::vector<WorkOrder>> WorkOrderStore::List(std::int64_t lift_id) {
  auto rows =
      sql_.Query(std::string(kWorkOrderColumns) + " WHERE w.lift_id = ? ORDER BY w.called_at, w.id",
                 {lift_id});
  if (!rows.ok()) return rows.error();
  std::vector<WorkOrder> out;
  for (const auto& r : *rows) out.push_back(WorkOrderFromRow(r));
  return out;
}

Result<int> WorkOrderStore::OpenOutOfService(std::int64_t lift_id) {
  auto rows = sql_.Query(
      "SELECT COUNT(*) FROM work_orders WHERE lift_id = ? AND status = 'open' AND "
      "out_of_service = 1",
      {lift_id});
  if (!rows.ok()) return rows.error();
  return static_cast<int>((*rows)[0].Int(0));
}

}  // namespace hoistway::registry
