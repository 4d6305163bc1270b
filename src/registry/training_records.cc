#include "registry/training_records.h"

#include <fmt/core.h>

#include "registry/json_codec.h"
#include "registry/training_store.h"

namespace hoistway::registry {

Result<TrainingSession> TrainingRecords::Start(TrainingSession session) {
  if (session.scenario.empty()) return FieldError("scenario", "is required");
  if (session.seed < 0) return FieldError("seed", "must be 0 or more");
  if (session.started_at.empty()) session.started_at = FormatTimestamp(context_.now);
  session.answered_at.clear();
  auto id = TrainingStore(context_.sql).Insert(session);
  if (!id.ok()) return id.error();
  auto stored = Get(*id);
  if (!stored.ok()) return stored.error();
  Status audit =
      context_.Audit("create", "training_session", std::to_string(*id), "", ToJson(*stored).dump());
  if (!audit.ok()) return audit.error();
  return stored;
}

Result<TrainingSession> TrainingRecords::Get(std::int64_t id) {
  auto session = TrainingStore(context_.sql).Get(id);
  if (!session.ok()) return session.error();
  if (!*session) return NotFound(fmt::format("no training session {}", id));
  return std::move(**session);
}

Result<Trainee> TrainingRecords::GetTrainee(std::int64_t id) {
  auto trainee = TrainingStore(context_.sql).FindTrainee(id);
  if (!trainee.ok()) return trainee.error();
  if (!*trainee) return NotFound(fmt::format("no trainee {}", id));
  return std::move(**trainee);
}

Result<TrainingSession> TrainingRecords::Observe(std::int64_t id, std::string kind,
                                                 std::string test) {
  auto session = Get(id);
  if (!session.ok()) return session.error();
  if (session->answered()) {
    return Error(ErrorCode::kConflict,
                 fmt::format("training session {} is answered: it observes no more", id));
  }
  const std::string before = ToJson(*session).dump();
  session->observations.push_back(
      {std::move(kind), std::move(test), FormatTimestamp(context_.now)});
  Status stored = TrainingStore(context_.sql).SetObservations(id, session->observations);
  if (!stored.ok()) return stored.error();
  Status audit = context_.Audit("observe", "training_session", std::to_string(id), before,
                                ToJson(*session).dump());
  if (!audit.ok()) return audit.error();
  return session;
}

Result<TrainingSession> TrainingRecords::Answer(TrainingSession answer) {
  auto session = Get(answer.id);
  if (!session.ok()) return session.error();
  const std::string before = ToJson(*session).dump();
  if (answer.answered_at.empty()) answer.answered_at = FormatTimestamp(context_.now);
  session->answered_at = answer.answered_at;
  session->diagnosis = answer.diagnosis;
  session->action = answer.action;
  session->passed = answer.passed;
  session->score = answer.score;
  auto set = TrainingStore(context_.sql).SetAnswer(*session);
  if (!set.ok()) return set.error();
  if (!*set) {
    return Error(ErrorCode::kConflict,
                 fmt::format("training session {} is answered already", answer.id));
  }
  Status audit = context_.Audit("answer", "training_session", std::to_string(answer.id), before,
                                ToJson(*session).dump());
  if (!audit.ok()) return audit.error();
  return session;
}

Result<Page<TrainingSession>> TrainingRecords::List(const TrainingFilter& filter, int page,
                                                    int per_page) {
  return TrainingStore(context_.sql).List(filter, page, per_page);
}

}  // namespace hoistway::registry
