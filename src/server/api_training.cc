// API handlers: the training centre (docs/training.md). Scenarios are data
// of the training module; a session's observations are computed by the
// tower's twin here, on the server, and its answer is graded here: a client
// is never sent the right answer before it has answered.
#include <fmt/core.h>

#include <random>

#include "core/printable.h"
#include "registry/date.h"
#include "registry/json_codec.h"
#include "registry/training_records.h"
#include "server/api.h"
#include "training/grading.h"
#include "training/observations.h"
#include "training/qualifications.h"
#include "training/scenario.h"

namespace hoistway::server {

using nlohmann::json;

namespace {

// Seeds stay below 2^53 so that a browser reads them exactly.
constexpr std::uint64_t kSeedMask = (std::uint64_t{1} << 53) - 1;

// Refuses keys of `body` other than `keys` (the schemas are closed).
Status OnlyKeys(const json& body, std::initializer_list<std::string_view> keys) {
  if (!body.is_object()) return FieldError("body", "must be a JSON object");
  for (const auto& [key, value] : body.items()) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
      return FieldError(key, "is not a field of this request");
    }
  }
  return Status::Ok();
}

Result<std::string> TextField(const json& body, const char* key, bool required) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) {
    if (required) return FieldError(key, "is required (text)");
    return std::string();
  }
  if (!it->is_string() || it->get_ref<const std::string&>().empty()) {
    return FieldError(key, "must be a non-empty text");
  }
  return it->get<std::string>();
}

json ChoicesJson(const std::vector<training::Choice>& choices, std::uint64_t seed) {
  json out = json::array();
  for (std::size_t i : training::ShuffledOrder(choices.size(), seed)) {
    out.push_back({{"id", choices[i].id}, {"text", choices[i].text}});
  }
  return out;
}

// The caller's session `id_text`; another user's is not found, like one
// that does not exist (its existence is not revealed).
Result<registry::TrainingSession> OwnSession(registry::TrainingRecords& records,
                                             const std::string& id_text,
                                             const registry::Actor& actor) {
  auto id = PathId(id_text, "training session");
  if (!id.ok()) return id.error();
  auto session = records.Get(*id);
  if (!session.ok()) return session.error();
  if (session->user_id != actor.user_id) {
    return NotFound(fmt::format("no training session {}", *id));
  }
  return session;
}

const training::Scenario* ScenarioOf(const registry::TrainingSession& session) {
  return training::FindScenario(training::BuiltInScenarios(), session.scenario);
}

// What every session starts with: the briefing, and the normal runs where
// the scenario shows them.
Result<json> FirstObservations(const training::Scenario& scenario) {
  json observations = json::array({training::Briefing(scenario)});
  if (scenario.observe.ride) {
    auto ride = training::Observe(scenario, {{"kind", "ride"}});
    if (!ride.ok()) return ride.error();
    observations.push_back(*ride);
  }
  return observations;
}

// The session as the trainee sees it (POST /training/sessions, GET
// /training/sessions/{id}): never the answer before it is given.
json SessionJson(const training::Scenario& scenario, const registry::TrainingSession& session,
                 json observations) {
  const auto seed = static_cast<std::uint64_t>(session.seed);
  return {{"id", session.id},
          {"scenario", scenario.id},
          {"title", scenario.title},
          {"level", training::ToString(scenario.level)},
          {"seed", session.seed},
          {"started_at", session.started_at},
          {"observations", std::move(observations)},
          {"diagnoses", ChoicesJson(scenario.diagnoses, seed)},
          {"actions", ChoicesJson(scenario.actions, seed + 1)}};
}

// A session as the records list it: its scenario's title, and for a passed
// session the refresher under `profile` where it has a rule for the role.
json RecordJson(const registry::TrainingSession& s, std::string_view profile) {
  json item = registry::ToJson(s);
  const training::Scenario* scenario = ScenarioOf(s);
  item["title"] = scenario != nullptr ? scenario->title : s.scenario;
  item["refresher"] = nullptr;
  const training::Qualification* rule =
      training::FindQualification(training::BuiltInQualifications(), profile, s.user_role);
  if (rule != nullptr && s.passed.value_or(false)) {
    item["refresher"] = {{"due", training::RefresherDue(s.answered_at, rule->refresher_years)},
                         {"confirmed", rule->confirmed}};
  }
  return item;
}

std::optional<std::string_view> ActionOf(const std::string& action) {
  return action.empty() ? std::nullopt : std::optional<std::string_view>(action);
}

}  // namespace

Result<HttpResponse> Api::TrainingScenarios(Context&) {
  json items = json::array();
  for (const training::Scenario& s : training::BuiltInScenarios()) {
    json diagnoses = json::array();
    for (const training::Choice& d : s.diagnoses)
      diagnoses.push_back({{"id", d.id}, {"text", d.text}});
    items.push_back({{"id", s.id},
                     {"title", s.title},
                     {"level", training::ToString(s.level)},
                     {"lift", s.lift},
                     {"diagnoses", diagnoses}});
  }
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

Result<HttpResponse> Api::StartTrainingSession(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (Status keys = OnlyKeys(*body, {"scenario"}); !keys.ok()) return keys.error();
  auto id = TextField(*body, "scenario", true);
  if (!id.ok()) return id.error();
  const training::Scenario* scenario = training::FindScenario(training::BuiltInScenarios(), *id);
  if (scenario == nullptr) {
    return Error::AtField(ErrorCode::kNotFound, "scenario",
                          fmt::format("no scenario '{}'", Printable(*id)));
  }
  // The seed is drawn here, at the edge, and stored: the session is
  // replayed from it.
  std::random_device device;
  const std::uint64_t seed = ((std::uint64_t{device()} << 32) | device()) & kSeedMask;
  registry::TrainingSession session;
  session.user_id = c.caller.actor.user_id;
  session.scenario = scenario->id;
  session.seed = static_cast<std::int64_t>(seed);
  registry::TrainingRecords records(c.tx.context());
  auto started = records.Start(session);
  if (!started.ok()) return started.error();
  auto observations = FirstObservations(*scenario);
  if (!observations.ok()) return observations.error();
  return JsonResponse(201, SessionJson(*scenario, *started, std::move(*observations)));
}

Result<HttpResponse> Api::GetTrainingSession(Context& c) {
  registry::TrainingRecords records(c.tx.context());
  auto session = OwnSession(records, c.params[0], c.caller.actor);
  if (!session.ok()) return session.error();
  const training::Scenario* scenario = ScenarioOf(*session);
  if (scenario == nullptr) {
    return Error(ErrorCode::kConflict,
                 fmt::format("scenario '{}' is no longer offered", session->scenario));
  }
  // Observations are recomputed from the log and the seed: the twin and the
  // emulator give the same answer to the same request.
  auto observations = FirstObservations(*scenario);
  if (!observations.ok()) return observations.error();
  for (const registry::TrainingObservation& logged : session->observations) {
    json request = {{"kind", logged.kind}};
    if (!logged.test.empty()) request["test"] = logged.test;
    auto observation = training::Observe(*scenario, request, training::Staging::kFaulty,
                                         static_cast<std::uint64_t>(session->seed));
    if (!observation.ok()) return observation.error();
    observations->push_back(std::move(*observation));
  }
  json out = SessionJson(*scenario, *session, std::move(*observations));
  if (session->answered()) {
    auto grade = training::GradeAnswer(*scenario, session->diagnosis, ActionOf(session->action));
    if (!grade.ok()) return grade.error();
    out["answered_at"] = session->answered_at;
    out["diagnosis"] = session->diagnosis;
    out["action"] = session->action;
    out["passed"] = session->passed.value_or(grade->passed);
    out["score"] = session->score.value_or(grade->score);
    out["explanation"] = grade->explanation;
    out["right_diagnosis"] = grade->right_diagnosis;
    out["right_actions"] = grade->right_actions;
  }
  return JsonResponse(200, out);
}

Result<HttpResponse> Api::TrainingObservation(Context& c) {
  registry::TrainingRecords records(c.tx.context());
  auto session = OwnSession(records, c.params[0], c.caller.actor);
  if (!session.ok()) return session.error();
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (Status keys = OnlyKeys(*body, {"kind", "test"}); !keys.ok()) return keys.error();
  if (session->answered()) {
    return Error(ErrorCode::kConflict,
                 fmt::format("training session {} is answered: it observes no more", session->id));
  }
  const training::Scenario* scenario = ScenarioOf(*session);
  if (scenario == nullptr) {
    return Error(ErrorCode::kConflict,
                 fmt::format("scenario '{}' is no longer offered", session->scenario));
  }
  auto observation = training::Observe(*scenario, *body, training::Staging::kFaulty,
                                       static_cast<std::uint64_t>(session->seed));
  if (!observation.ok()) return observation.error();
  auto logged = records.Observe(session->id, (*observation)["kind"].get<std::string>(),
                                observation->value("test", ""));
  if (!logged.ok()) return logged.error();
  return JsonResponse(200, *observation);
}

Result<HttpResponse> Api::AnswerTrainingSession(Context& c) {
  registry::TrainingRecords records(c.tx.context());
  auto session = OwnSession(records, c.params[0], c.caller.actor);
  if (!session.ok()) return session.error();
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (Status keys = OnlyKeys(*body, {"diagnosis", "action"}); !keys.ok()) return keys.error();
  auto diagnosis = TextField(*body, "diagnosis", true);
  if (!diagnosis.ok()) return diagnosis.error();
  auto action = TextField(*body, "action", false);
  if (!action.ok()) return action.error();
  if (session->answered()) {
    return Error(ErrorCode::kConflict,
                 fmt::format("training session {} is answered already", session->id));
  }
  const training::Scenario* scenario = ScenarioOf(*session);
  if (scenario == nullptr) {
    return Error(ErrorCode::kConflict,
                 fmt::format("scenario '{}' is no longer offered", session->scenario));
  }
  auto grade = training::GradeAnswer(*scenario, *diagnosis, ActionOf(*action));
  if (!grade.ok()) return grade.error();
  registry::TrainingSession answer;
  answer.id = session->id;
  answer.diagnosis = *diagnosis;
  answer.action = *action;
  answer.passed = grade->passed;
  answer.score = grade->score;
  auto answered = records.Answer(answer);
  if (!answered.ok()) return answered.error();
  return JsonResponse(200, {{"id", answered->id},
                            {"passed", grade->passed},
                            {"score", grade->score},
                            {"explanation", grade->explanation},
                            {"right_diagnosis", grade->right_diagnosis},
                            {"right_actions", grade->right_actions}});
}

Result<HttpResponse> Api::ListTrainingRecords(Context& c) {
  auto page = PageQueryOf(c.request);
  if (!page.ok()) return page.error();
  const registry::TrainingReach reach = registry::TrainingReachOf(c.caller.actor);
  registry::TrainingFilter filter;
  filter.user_id = reach.user_id;
  filter.company_id = reach.company_id;
  if (const std::string& s = c.request.Query("scenario"); !s.empty()) filter.scenario = s;
  auto sessions =
      registry::TrainingRecords(c.tx.context()).List(filter, page->page, page->per_page);
  if (!sessions.ok()) return sessions.error();
  json items = json::array();
  for (const registry::TrainingSession& s : sessions->items) {
    items.push_back(RecordJson(s, c.tx.profile().id));
  }
  return PageResponse(std::move(items), *sessions);
}

Result<HttpResponse> Api::GetTrainee(Context& c) {
  auto id = PathId(c.params[0], "trainee");
  if (!id.ok()) return id.error();
  auto page = PageQueryOf(c.request);
  if (!page.ok()) return page.error();
  registry::TrainingRecords records(c.tx.context());
  auto trainee = records.GetTrainee(*id);
  if (!trainee.ok()) return trainee.error();
  // Beyond the caller's reach, a trainee is not found (as if unknown).
  const registry::TrainingReach reach = registry::TrainingReachOf(c.caller.actor);
  if ((reach.user_id && *reach.user_id != trainee->id) ||
      (reach.company_id && trainee->company_id != reach.company_id)) {
    return NotFound(fmt::format("no trainee {}", *id));
  }
  registry::TrainingFilter filter;
  filter.user_id = trainee->id;
  auto sessions = records.List(filter, page->page, page->per_page);
  if (!sessions.ok()) return sessions.error();
  json items = json::array();
  for (const registry::TrainingSession& s : sessions->items) {
    items.push_back(RecordJson(s, c.tx.profile().id));
  }
  json qualification = nullptr;
  if (const training::Qualification* rule = training::FindQualification(
          training::BuiltInQualifications(), c.tx.profile().id, trainee->role)) {
    const std::string today = registry::FormatTimestamp(c.tx.context().now).substr(0, 10);
    const training::Standing standing = training::StandingOf(*rule, trainee->last_passed_at, today);
    qualification = {
        {"training", rule->training},
        {"refresher_years", rule->refresher_years},
        {"confirmed", rule->confirmed},
        {"source", rule->source},
        {"status", standing.status},
        {"last_passed_at",
         trainee->last_passed_at.empty() ? json(nullptr) : json(trainee->last_passed_at)},
        {"valid_until", standing.valid_until.empty() ? json(nullptr) : json(standing.valid_until)}};
  }
  json sessions_json = {{"items", std::move(items)},
                        {"total", sessions->total},
                        {"page", sessions->page},
                        {"per_page", sessions->per_page}};
  return JsonResponse(
      200, {{"id", trainee->id},
            {"name", trainee->name},
            {"role", trainee->role},
            {"company_id", trainee->company_id ? json(*trainee->company_id) : json(nullptr)},
            {"profile", c.tx.profile().id},
            {"qualification", std::move(qualification)},
            {"sessions", std::move(sessions_json)}});
}

}  // namespace hoistway::server
