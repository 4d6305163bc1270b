// Training sessions as records: a kind of record over the layer's
// RecordContext (docs/registry.md, "Adding a kind of record"). Every change
// is audited. The scenarios and the grading are the training module's; this
// class keeps what was asked and answered.
#pragma once

#include <cstdint>

#include "core/status.h"
#include "registry/lift_store.h"
#include "registry/repository.h"
#include "registry/training_session.h"

namespace hoistway::registry {

class TrainingRecords {
 public:
  explicit TrainingRecords(RecordContext context) : context_(context) {}

  // Starts `session` (user, scenario, seed) at the context's time unless
  // `started_at` is given. Audited.
  Result<TrainingSession> Start(TrainingSession session);
  // kNotFound for an unknown id.
  Result<TrainingSession> Get(std::int64_t id);
  // Appends an observation at the context's time; kConflict once answered.
  // Audited.
  Result<TrainingSession> Observe(std::int64_t id, std::string kind, std::string test);
  // Records the answer (diagnosis, action, passed, score of `answer`) at the
  // context's time unless `answered_at` is given; kConflict when the session
  // was answered already (nothing is recorded twice). Audited.
  Result<TrainingSession> Answer(TrainingSession answer);
  // Newest first.
  Result<Page<TrainingSession>> List(const TrainingFilter& filter, int page, int per_page);
  // The user `id` as a trainee; kNotFound for an unknown id.
  Result<Trainee> GetTrainee(std::int64_t id);

 private:
  RecordContext context_;
};

}  // namespace hoistway::registry
