#include "registry/training_store.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>

namespace hoistway::registry {
namespace {

const std::string kSelect =
    "SELECT s.id, s.user_id, u.name, u.company_id, s.scenario, s.seed, s.started_at, "
    "s.observations, s.answered_at, s.diagnosis, s.action, s.passed, s.score, u.role "
    "FROM training_sessions s JOIN users u ON u.id = s.user_id";

std::string LogText(const std::vector<TrainingObservation>& log) {
  nlohmann::json out = nlohmann::json::array();
  for (const TrainingObservation& o : log) {
    out.push_back({{"kind", o.kind}, {"test", o.test}, {"at", o.at}});
  }
  return out.dump();
}

std::vector<TrainingObservation> LogOf(const std::string& text) {
  std::vector<TrainingObservation> out;
  const auto log = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!log.is_array()) return out;
  for (const auto& o : log) {
    if (!o.is_object()) continue;
    out.push_back({o.value("kind", ""), o.value("test", ""), o.value("at", "")});
  }
  return out;
}

TrainingSession FromRow(const SqlRow& r) {
  TrainingSession s;
  s.id = r.Int(0);
  s.user_id = r.Int(1);
  s.user_name = r.Text(2);
  if (!r.IsNull(3)) s.company_id = r.Int(3);
  s.scenario = r.Text(4);
  s.seed = r.Int(5);
  s.started_at = r.Text(6);
  s.observations = LogOf(r.Text(7));
  if (!r.IsNull(8)) s.answered_at = r.Text(8);
  if (!r.IsNull(9)) s.diagnosis = r.Text(9);
  if (!r.IsNull(10)) s.action = r.Text(10);
  if (!r.IsNull(11)) s.passed = r.Int(11) != 0;
  if (!r.IsNull(12)) s.score = static_cast<int>(r.Int(12));
  s.user_role = r.Text(13);
  return s;
}

}  // namespace

Result<std::int64_t> TrainingStore::Insert(const TrainingSession& s) {
  return sql_.Insert(
      "INSERT INTO training_sessions (user_id, scenario, seed, started_at, observations) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id",
      {s.user_id, s.scenario, s.seed, s.started_at, LogText(s.observations)});
}

Result<std::optional<TrainingSession>> TrainingStore::Get(std::int64_t id) {
  auto rows = sql_.Query(kSelect + " WHERE s.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<TrainingSession>();
  return std::optional<TrainingSession>(FromRow((*rows)[0]));
}

Status TrainingStore::SetObservations(std::int64_t id,
                                      const std::vector<TrainingObservation>& log) {
  auto rows =
      sql_.Query("UPDATE training_sessions SET observations = ? WHERE id = ?", {LogText(log), id});
  if (!rows.ok()) return rows.error();
  return Status::Ok();
}

Result<bool> TrainingStore::SetAnswer(const TrainingSession& s) {
  auto rows = sql_.Query(
      "UPDATE training_sessions SET answered_at = ?, diagnosis = ?, action = ?, passed = ?, "
      "score = ? WHERE id = ? AND answered_at IS NULL RETURNING id",
      {s.answered_at, s.diagnosis, s.action.empty() ? SqlValue{} : SqlValue{s.action},
       static_cast<std::int64_t>(s.passed.value_or(false) ? 1 : 0),
       static_cast<std::int64_t>(s.score.value_or(0)), s.id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<Page<TrainingSession>> TrainingStore::List(const TrainingFilter& filter, int page,
                                                  int per_page) {
  std::string where = " WHERE 1 = 1";
  std::vector<SqlValue> params;
  if (filter.user_id) {
    where += " AND s.user_id = ?";
    params.emplace_back(*filter.user_id);
  }
  if (filter.company_id) {
    where += " AND u.company_id = ?";
    params.emplace_back(*filter.company_id);
  }
  if (filter.scenario) {
    where += " AND s.scenario = ?";
    params.emplace_back(*filter.scenario);
  }
  auto count = sql_.Query(
      "SELECT COUNT(*) FROM training_sessions s JOIN users u ON u.id = s.user_id" + where, params);
  if (!count.ok()) return count.error();
  Page<TrainingSession> out;
  out.total = (*count)[0].Int(0);
  out.page = std::max(1, page);
  out.per_page = std::clamp(per_page, 1, kMaxPerPage);
  params.emplace_back(static_cast<std::int64_t>(out.per_page));
  params.emplace_back(static_cast<std::int64_t>((out.page - 1) * out.per_page));
  auto rows = sql_.Query(
      kSelect + where + " ORDER BY s.started_at DESC, s.id DESC LIMIT ? OFFSET ?", params);
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) out.items.push_back(FromRow(r));
  return out;
}

Result<std::optional<Trainee>> TrainingStore::FindTrainee(std::int64_t id) {
  auto rows = sql_.Query(
      "SELECT u.id, u.name, u.role, u.company_id, (SELECT MAX(s.answered_at) FROM "
      "training_sessions s WHERE s.user_id = u.id AND s.passed = 1) FROM users u WHERE u.id = ?",
      {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<Trainee>();
  const SqlRow& r = (*rows)[0];
  Trainee t;
  t.id = r.Int(0);
  t.name = r.Text(1);
  t.role = r.Text(2);
  if (!r.IsNull(3)) t.company_id = r.Int(3);
  if (!r.IsNull(4)) t.last_passed_at = r.Text(4);
  return std::optional<Trainee>(std::move(t));
}

}  // namespace hoistway::registry
