// Storage of owners' applications for an inspection (SQL only; the rules,
// the audit log and the clock are InspectionApplications').
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"
#include "registry/lift_store.h"
#include "registry/sql_session.h"

namespace hoistway::registry {

class InspectionApplicationStore {
 public:
  explicit InspectionApplicationStore(SqlSession& sql) : sql_(sql) {}
  // Inserts `application` of lift `lift_id`, open; returns its id.
  Result<std::int64_t> Insert(std::int64_t lift_id, const InspectionApplication& application);
  // The lift's applications, oldest first.
  Result<std::vector<InspectionApplication>> List(std::int64_t lift_id);
  // The lift's open applications of `kind`, oldest first.
  Result<std::vector<InspectionApplication>> OpenOf(std::int64_t lift_id, InspectionKind kind);
  // Every lift's open applications, oldest first, a page at a time.
  Result<Page<InspectionApplication>> ListOpen(int page, int per_page);
  // Records that inspection `inspection_id` of `inspected_on` answered it.
  Status MarkAnswered(std::int64_t id, std::int64_t inspection_id, std::string_view inspected_on);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry
