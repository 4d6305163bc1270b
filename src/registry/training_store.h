// Storage of training sessions (SQL only; the rules, the audit log and the
// clock are TrainingRecords').
#pragma once

#include <cstdint>
#include <optional>

#include "core/status.h"
#include "registry/lift_store.h"
#include "registry/sql_session.h"
#include "registry/training_session.h"

namespace hoistway::registry {

class TrainingStore {
 public:
  explicit TrainingStore(SqlSession& sql) : sql_(sql) {}

  // Inserts `session` (not answered); returns its id.
  Result<std::int64_t> Insert(const TrainingSession& session);
  // The session with its user's name and company; nullopt when there is none.
  Result<std::optional<TrainingSession>> Get(std::int64_t id);
  // Replaces the observation log of session `id`.
  Status SetObservations(std::int64_t id, const std::vector<TrainingObservation>& log);
  // Records the answer unless one is recorded: false when it already was.
  Result<bool> SetAnswer(const TrainingSession& answered);
  // Newest first.
  Result<Page<TrainingSession>> List(const TrainingFilter& filter, int page, int per_page);
  // The user `id` with their newest passed session's time; nullopt when there is no such user.
  Result<std::optional<Trainee>> FindTrainee(std::int64_t id);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry
