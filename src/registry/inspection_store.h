// Storage of inspections, monthly self-inspections and accident reports
// (SQL only; the Transaction owns the rules, the audit log and the clock).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/date.h"
#include "registry/domain.h"
#include "registry/sql_session.h"

namespace hoistway::registry {

class InspectionStore {
 public:
  explicit InspectionStore(SqlSession& sql) : sql_(sql) {}
  // Inserts `inspection` (its window and created_at set) of lift `lift_id`; returns its id.
  Result<std::int64_t> Insert(std::int64_t lift_id, const Inspection& inspection);
  // Changes the validity window stored with inspection `id`.
  Status StoreWindow(std::int64_t id, std::string_view valid_from, std::string_view valid_until);
  // The lift's inspections, oldest first, named by `registration_no`.
  Result<std::vector<Inspection>> List(std::int64_t lift_id, std::string_view registration_no);
  // Kind, date and verdict of each of the lift's inspections (what validity depends on).
  Result<std::vector<Inspection>> ForValidity(std::int64_t lift_id);

 private:
  SqlSession& sql_;
};

class SelfInspectionStore {
 public:
  explicit SelfInspectionStore(SqlSession& sql) : sql_(sql) {}
  Result<std::int64_t> Insert(std::int64_t lift_id, const SelfInspection& record);
  // True when the lift's self-inspection of `month` is recorded.
  Result<bool> Exists(std::int64_t lift_id, std::string_view month);
  // Without `with_items`, the graded items are left empty (cheaper).
  Result<std::vector<SelfInspection>> List(std::int64_t lift_id, std::string_view registration_no,
                                           bool with_items);

 private:
  SqlSession& sql_;
};

class AccidentStore {
 public:
  explicit AccidentStore(SqlSession& sql) : sql_(sql) {}
  Result<std::int64_t> Insert(std::int64_t lift_id, const AccidentReport& report);
  Result<std::vector<AccidentReport>> List(std::int64_t lift_id, std::string_view registration_no);
  // The days of the lift's serious accidents and failures.
  Result<std::vector<Date>> SeriousDates(std::int64_t lift_id);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry
