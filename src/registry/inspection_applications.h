// Owners' applications for an inspection of their lifts: a kind of record
// kept in files of its own over the layer's RecordContext (see
// docs/registry.md, "Adding a kind of record"). An application stays open
// until an inspection of its kind, dated on or after the day it was made, is
// recorded on the lift (Transaction::AddInspection answers it); while one is
// open, another of that kind is refused.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"
#include "registry/lift_store.h"
#include "registry/repository.h"

namespace hoistway::registry {

class InspectionApplications {
 public:
  explicit InspectionApplications(RecordContext context) : context_(context) {}

  // Applies for an inspection of lift `registration_no` in the name of the
  // context's actor, at its time (CheckInspectionApplication's rules;
  // kConflict naming "kind" while one of that kind is open). Audited.
  Result<InspectionApplication> Apply(std::string_view registration_no,
                                      InspectionApplication application);
  // The lift's applications, oldest first (kNotFound for an unknown lift).
  Result<std::vector<InspectionApplication>> List(std::string_view registration_no);
  // Every lift's open applications, oldest first: the inspectors' queue.
  Result<Page<InspectionApplication>> ListOpen(int page, int per_page);
  // Marks the open applications of `inspection`'s kind on lift `lift_id`
  // that were made on or before its date as answered by it. Audited.
  Status Answer(std::int64_t lift_id, const Inspection& inspection);

 private:
  RecordContext context_;
};

}  // namespace hoistway::registry
