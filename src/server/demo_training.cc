#include "server/demo_training.h"

#include <fmt/core.h>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "registry/date.h"
#include "registry/training_records.h"
#include "training/grading.h"
#include "training/scenario.h"

namespace hoistway::server {
namespace {

struct DemoAttempt {
  const char* user;  // a demo user's name
  const char* scenario;
  int days_ago;
  std::vector<std::string> tests;  // the tests they ran
  bool right_diagnosis;
  bool right_action;
};

// The first offered id that is (or is not) among `right`.
std::string Pick(const std::vector<training::Choice>& offered,
                 const std::vector<std::string>& right, bool want_right) {
  for (const training::Choice& c : offered) {
    const bool is_right = std::find(right.begin(), right.end(), c.id) != right.end();
    if (is_right == want_right) return c.id;
  }
  return offered.front().id;
}

}  // namespace

Status AddDemoTraining(registry::Repository& repository, std::chrono::sys_seconds now) {
  const std::vector<DemoAttempt> attempts = {
      {"demo-technician", "doors-slam", 400, {"door_kinetic_energy"}, true, true},
      {"demo-technician", "brake-slides-at-landing", 380, {"stopping_accuracy"}, false, false},
      {"demo-technician",
       "brake-slides-at-landing",
       379,
       {"brake_125", "brake_one_set"},
       true,
       true},
      {"demo-technician", "ropes-creep-on-sheave", 120, {"traction_loading"}, true, false},
      {"demo-inspector", "governor-trips-late", 200, {"governor_tripping"}, true, true},
      {"demo-inspector", "wrong-car-buffer", 60, {"buffer", "safety_gear"}, true, true},
      {"demo-owner", "step-at-the-sill", 30, {"stopping_accuracy"}, true, true},
  };
  auto tx = repository.Begin(registry::TxMode::kWrite, "demo");
  if (!tx.ok()) return tx.error();
  auto users = tx->ListUsers();
  if (!users.ok()) return users.error();
  std::uint64_t seed = 1;
  for (const DemoAttempt& a : attempts) {
    std::optional<std::int64_t> user_id;
    for (const registry::User& u : *users) {
      if (u.name == a.user) user_id = u.id;
    }
    if (!user_id) continue;  // a fleet without that role
    const training::Scenario* scenario =
        training::FindScenario(training::BuiltInScenarios(), a.scenario);
    if (scenario == nullptr) {
      return Error(ErrorCode::kInternal, fmt::format("no scenario {}", a.scenario));
    }
    const auto started = now - std::chrono::days(a.days_ago);
    registry::TrainingSession session;
    session.user_id = *user_id;
    session.scenario = scenario->id;
    session.seed = static_cast<std::int64_t>(seed++);
    session.started_at = registry::FormatTimestamp(started);
    for (const std::string& test : a.tests) {
      session.observations.push_back(
          {"test", test, registry::FormatTimestamp(started + std::chrono::minutes(2))});
    }
    registry::TrainingRecords records(tx->context());
    auto stored = records.Start(session);
    if (!stored.ok()) return stored.error();
    const std::string diagnosis =
        Pick(scenario->diagnoses, {scenario->right_diagnosis}, a.right_diagnosis);
    const std::string action = Pick(scenario->actions, scenario->right_actions, a.right_action);
    auto grade = training::GradeAnswer(*scenario, diagnosis, action);
    if (!grade.ok()) return grade.error();
    registry::TrainingSession answer;
    answer.id = stored->id;
    answer.answered_at = registry::FormatTimestamp(started + std::chrono::minutes(15));
    answer.diagnosis = diagnosis;
    answer.action = action;
    answer.passed = grade->passed;
    answer.score = grade->score;
    auto answered = records.Answer(answer);
    if (!answered.ok()) return answered.error();
  }
  return tx->Commit();
}

}  // namespace hoistway::server
