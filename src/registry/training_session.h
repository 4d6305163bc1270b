// A training session of the training centre (docs/training.md): one user's
// attempt at one scenario, what they asked to observe and their answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace hoistway::registry {

// One observation asked for; what it showed is recomputed by the twin.
struct TrainingObservation {
  std::string kind;  // test | trace | ride | telemetry | history
  std::string test;  // the tower test, "" for ride
  std::string at;    // YYYY-MM-DDTHH:MM:SSZ
};

struct TrainingSession {
  std::int64_t id = 0;
  std::int64_t user_id = 0;
  std::string user_name;                   // read only (from users)
  std::string user_role;                   // read only: "technician", ...
  std::optional<std::int64_t> company_id;  // read only: the user's company
  std::string scenario;                    // a scenario id of data/training
  std::int64_t seed = 0;                   // >= 0: orders the choices
  std::string started_at;                  // YYYY-MM-DDTHH:MM:SSZ
  std::vector<TrainingObservation> observations;
  std::string answered_at;  // "" until answered
  std::string diagnosis;
  std::string action;  // "" when none was chosen
  std::optional<bool> passed;
  std::optional<int> score;

  bool answered() const { return !answered_at.empty(); }
};

// A user as the training centre sees them: who trains, in which role and
// company.
struct Trainee {
  std::int64_t id = 0;
  std::string name;
  std::string role;  // "technician", ...
  std::optional<std::int64_t> company_id;
  std::string last_passed_at;  // the newest passed session's answer, "" for none
};

// Whose sessions a list holds (registry::TrainingReachOf decides).
struct TrainingFilter {
  std::optional<std::int64_t> user_id;     // one user's
  std::optional<std::int64_t> company_id;  // the users of one company
  std::optional<std::string> scenario;
};

}  // namespace hoistway::registry
