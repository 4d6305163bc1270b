// Storage of work orders (call-outs) (SQL only; the Transaction owns the
// rules, the audit log and the clock).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"
#include "registry/sql_session.h"

namespace hoistway::registry {

class WorkOrderStore {
 public:
  explicit WorkOrderStore(SqlSession& sql) : sql_(sql) {}
  // Inserts `order` of lift `lift_id` at version 1; returns its id.
  Result<std::int64_t> Insert(std::int64_t lift_id, const WorkOrder& order);
  // kNotFound for an unknown id.
  Result<WorkOrder> Get(std::int64_t id);
  // Stores technician, times, cause, action and status if the order is still
  // at `expected_version` (kConflict otherwise); returns the new version.
  Result<std::int64_t> Update(const WorkOrder& order, std::int64_t expected_version);
  Result<std::vector<WorkOrder>> List(std::int64_t lift_id);
  // The lift's work orders that are open and hold it out of service.
  Result<int> OpenOutOfService(std::int64_t lift_id);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry
