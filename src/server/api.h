// The JSON API under /api/v1 (see openapi.json) and the static console at /.
// Thin over the registry: each request is authenticated, checked against the
// permission its route declares (registry/access.h, in one place: ServeApi),
// and served inside one database transaction, committed only when the
// response is a success (or a refused sign-in, whose count must stay).
// Errors become HTTP statuses here.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "monitor/rules_config.h"
#include "registry/access.h"
#include "registry/auth.h"
#include "registry/date.h"
#include "registry/json_codec.h"
#include "registry/repository.h"
#include "registry/sign_in.h"
#include "server/address_throttle.h"
#include "server/event_hub.h"
#include "server/http_message.h"
#include "server/simulation_jobs.h"

namespace hoistway::server {

struct ApiOptions {
  std::string static_dir = "web/dist";  // the console's build output; may not exist
  std::string version = "0.1.0";
  SimulationJobLimits workbench;                // background simulations of the traffic workbench
  registry::SignInPolicy sign_in{};             // session lifetime, throttling of failed sign-ins
  AddressThrottleLimits sign_in_per_address{};  // sign-in attempts of one network address
  // Where the public reaches this server ("https://registry.example.kr"): the
  // address certificates give for checking them ("": http://localhost). Never
  // taken from a request (its Host header is the caller's to forge).
  std::string public_url;
  // The monitor's rules, for the thresholds a lift's health shows (api_monitor.cc).
  monitor::RulesConfig monitor_rules = monitor::DefaultRules();
};

// Who is calling: a user from a Bearer token, or the public.
struct Caller {
  std::string name = "public";
  registry::Actor actor;  // role, user, company: what the permission policy looks at
  bool authenticated = false;
  std::optional<std::chrono::sys_seconds> session_expires_at;  // nullopt: a token for scripts
  std::string token_hash;  // of the token sent; empty for the public
};

class Api {
 public:
  // `repository` and `hub` must outlive the Api.
  Api(registry::Repository& repository, EventHub& hub, ApiOptions options);
  // Shutdown().
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Serves one request. Thread-safe; never throws.
  HttpResponse Handle(HttpRequest& request);

  // Publishes `event_json` (one line with a "registration_no") on the event
  // streams of those who may read the telemetry of that lift, as the
  // permission policy decides (an alarm relayed from the monitors). Events
  // about no known lift are dropped.
  void PublishTelemetryEvent(const std::string& event_json);

  // Sets ApiOptions::public_url when it is empty (`serve` gives the address it
  // listens on). Call before serving.
  void DefaultPublicUrl(std::string url);

  // Cancels the workbench's simulations and waits for them to stop; later
  // ones are refused (503). Call when the server stops. Idempotent.
  void Shutdown();

 private:
  // An event to publish once the transaction has committed.
  struct PendingEvent {
    std::string json;
    EventScope scope;
  };
  struct Context {
    const HttpRequest& request;
    registry::Transaction& tx;
    Caller caller;
    std::vector<std::string> params;  // the {placeholders} of the route, in order
    std::chrono::sys_seconds now;
    registry::Date today;
    // The lift the route is about (Scope kLift, kWorkOrder), as the
    // permission check found it, and its facts.
    std::optional<registry::Lift> lift;
    registry::LiftFacts facts;
    bool public_view = false;                 // the caller may see only the public view of the lift
    std::vector<PendingEvent> events;         // published after a successful commit
    std::vector<std::string> ended_sessions;  // token hashes whose streams end after the commit
  };
  using RouteFn = Result<HttpResponse> (Api::*)(Context&);
  // What record a route is about, for its permission check.
  enum class Scope {
    kNone,       // no record: the role alone decides
    kLift,       // the lift {reg} (the route's first placeholder)
    kWorkOrder,  // the work order {id} (the first placeholder), through its lift
    kAlarm,      // the alarm {id} (the first placeholder), through its lift
  };
  struct Route {
    std::string method;
    std::vector<std::string> segments;  // "{x}" matches any one segment
    registry::Permission permission;
    Scope scope;
    RouteFn fn;
    std::string action;  // its name among a lift's allowed_actions; "" for none
    registry::TxMode mode;
  };

  // The route table: every route with the permission and scope it needs.
  void AddRoutes();
  // One route. The transaction is read-only for GET, read-write otherwise,
  // unless `mode` says.
  void Add(std::string method, std::string pattern, registry::Permission permission, Scope scope,
           RouteFn fn, std::string action = {},
           std::optional<registry::TxMode> mode = std::nullopt);
  // The permission check of `route` for `c.caller` (the one place every
  // request passes): finds the lift it is about, then registry::Decide. An
  // error response when refused; nullopt when the handler may run.
  std::optional<HttpResponse> Authorize(const Route& route, Context& c);
  // What `actor` may do to a lift with `facts`: {"allowed_actions": [...],
  // "unavailable_actions": [{"action", "reason"}]} (the latter only for
  // actions the role has but not on this lift), from the route table.
  nlohmann::json ActionsOn(const registry::Actor& actor, const registry::LiftFacts& facts) const;
  // Queues `type` about `lift` for the event streams of those who may read it.
  Status PublishAbout(Context& c, std::string_view type, const registry::Lift& lift);
  // Queues `event_json` about `lift` for the streams of those who have
  // `needs` on it (PublishAbout's events need kReadRegistry).
  Status QueueAbout(Context& c, std::string event_json, const registry::Lift& lift,
                    registry::Permission needs);
  HttpResponse ServeApi(HttpRequest& request);
  HttpResponse ServeStatic(const HttpRequest& request) const;
  // The caller at `now`; kPermission (401) for a bad, revoked or expired token.
  Result<Caller> Authenticate(const HttpRequest& request, registry::Transaction& tx,
                              bool allow_query_token, std::chrono::sys_seconds now);

  // Lifts (api_lifts.cc).
  Result<HttpResponse> ListLifts(Context& c);
  Result<HttpResponse> ExportLiftsCsv(Context& c);
  Result<HttpResponse> CreateLift(Context& c);
  Result<HttpResponse> GetLift(Context& c);
  Result<HttpResponse> PatchLift(Context& c);
  Result<HttpResponse> LiftCertificatePdf(Context& c);
  Result<HttpResponse> LiftTimeline(Context& c);
  Result<HttpResponse> LiftDowntime(Context& c);
  Result<HttpResponse> RegionSummary(Context& c);
  Result<HttpResponse> ListBuildings(Context& c);
  Result<HttpResponse> LiftChecklist(Context& c);
  // Records of a lift (api_records.cc).
  Result<HttpResponse> ListInspections(Context& c);
  Result<HttpResponse> AddInspection(Context& c);
  Result<HttpResponse> ListSelfInspections(Context& c);
  Result<HttpResponse> AddSelfInspection(Context& c);
  Result<HttpResponse> ListAccidents(Context& c);
  Result<HttpResponse> AddAccident(Context& c);
  Result<HttpResponse> ListWorkOrders(Context& c);
  Result<HttpResponse> AddWorkOrder(Context& c);
  Result<HttpResponse> GetWorkOrder(Context& c);
  Result<HttpResponse> PatchWorkOrder(Context& c);
  Result<HttpResponse> ListParts(Context& c);
  Result<HttpResponse> AddPart(Context& c);
  Result<HttpResponse> ListInspectionApplications(Context& c);
  Result<HttpResponse> ApplyForInspection(Context& c);
  Result<HttpResponse> ListOpenInspectionApplications(Context& c);
  // Registry administration (api_admin.cc).
  Result<HttpResponse> ListCompanies(Context& c);
  Result<HttpResponse> AddCompany(Context& c);
  Result<HttpResponse> ListTechnicians(Context& c);
  Result<HttpResponse> AddTechnician(Context& c);
  Result<HttpResponse> ListCertificates(Context& c);
  Result<HttpResponse> GetCertificate(Context& c);
  Result<HttpResponse> AddCertificate(Context& c);
  Result<HttpResponse> ListUsers(Context& c);
  Result<HttpResponse> CreateUser(Context& c);
  Result<HttpResponse> LinkUserBuilding(Context& c);
  Result<HttpResponse> UnlinkUserBuilding(Context& c);
  Result<HttpResponse> Login(Context& c);
  Result<HttpResponse> Logout(Context& c);
  Result<HttpResponse> Me(Context& c);
  Result<HttpResponse> ListAudit(Context& c);
  Result<HttpResponse> ImportKorea(Context& c);
  Result<HttpResponse> Profile(Context& c);
  Result<HttpResponse> Info(Context& c);
  Result<HttpResponse> Events(Context& c);
  // Connected lifts (api_monitor.cc).
  Result<HttpResponse> ListAlarms(Context& c);
  Result<HttpResponse> AcknowledgeAlarm(Context& c);
  Result<HttpResponse> CloseAlarm(Context& c);
  Result<HttpResponse> ChangeAlarm(Context& c, bool close);
  Result<HttpResponse> LiftEvents(Context& c);
  Result<HttpResponse> LiftHealth(Context& c);
  Result<HttpResponse> MonitoringFleet(Context& c);
  // The traffic workbench (api_workbench.cc).
  Result<HttpResponse> WorkbenchRtt(Context& c);
  Result<HttpResponse> StartSimulation(Context& c);
  Result<HttpResponse> GetSimulation(Context& c);
  Result<HttpResponse> CancelSimulation(Context& c);
  // The virtual test tower (api_tower.cc).
  Result<HttpResponse> TowerRun(Context& c);
  Result<HttpResponse> TowerFaults(Context& c);
  Result<HttpResponse> TowerCatalogue(Context& c);
  // Lift models and their type tests (api_models.cc).
  Result<HttpResponse> ListModels(Context& c);
  Result<HttpResponse> CreateModel(Context& c);
  Result<HttpResponse> GetModel(Context& c);
  Result<HttpResponse> AddTypeTest(Context& c);
  Result<HttpResponse> GetTypeTest(Context& c);
  Result<HttpResponse> TypeTestReportHtml(Context& c);
  Result<HttpResponse> LiftTypeTests(Context& c);
  // The training centre (api_training.cc).
  Result<HttpResponse> TrainingScenarios(Context& c);
  Result<HttpResponse> StartTrainingSession(Context& c);
  Result<HttpResponse> GetTrainingSession(Context& c);
  Result<HttpResponse> TrainingObservation(Context& c);
  Result<HttpResponse> AnswerTrainingSession(Context& c);
  Result<HttpResponse> ListTrainingRecords(Context& c);
  Result<HttpResponse> GetTrainee(Context& c);

  registry::Repository& repository_;
  EventHub& hub_;
  ApiOptions options_;
  std::vector<Route> routes_;
  std::unique_ptr<SimulationJobs> jobs_;
  AddressThrottle sign_in_throttle_;
};

// Helpers shared by the handler files (api_util.cc).
HttpResponse JsonResponse(int status, const nlohmann::json& body);
HttpResponse ErrorResponse(const Error& error);
// The error body {"error": code, "status", "message"}, with "field" and
// "problem" when the error is about one field of the input, and
// "problem_code" when the problem has a machine-readable name.
HttpResponse ErrorResponse(int status, std::string_view code, std::string_view message,
                           std::string_view field = {}, std::string_view problem = {},
                           std::string_view problem_code = {});
// Parses the request body as JSON; 400 naming "body" when it is not.
Result<nlohmann::json> ParseBody(const HttpRequest& request);
// Reads an optional integer query parameter within [min, max].
Result<std::optional<int>> QueryInt(const HttpRequest& request, std::string_view name, int min,
                                    int max);
// The version in an If-Match header ("v12" in quotes, or W/"v12"); nullopt when absent.
Result<std::optional<std::int64_t>> IfMatchVersion(const HttpRequest& request);
std::string ETagOf(std::int64_t version);
// The facts the permission policy needs of `lift`: its company and, when
// `with_owners`, the users linked to its building (one query).
Result<registry::LiftFacts> FactsOf(registry::Transaction& tx, const registry::Lift& lift,
                                    bool with_owners);
// A positive integer id from the path; 404 "no <what> '<text>'" otherwise.
Result<std::int64_t> PathId(const std::string& text, std::string_view what);

// ?page= (from 1) and ?per_page= (1 to registry::kMaxPerPage); 1 and 50 when absent.
struct PageQuery {
  int page = 1;
  int per_page = 50;
};
Result<PageQuery> PageQueryOf(const HttpRequest& request);

// Records as a JSON array, each through registry::ToJson.
template <typename T>
nlohmann::json JsonItems(const std::vector<T>& records) {
  nlohmann::json items = nlohmann::json::array();
  for (const auto& record : records) items.push_back(registry::ToJson(record));
  return items;
}

// 200 with one page of a list: {"items", "total", "page", "per_page"}.
template <typename T>
HttpResponse PageResponse(nlohmann::json items, const registry::Page<T>& page) {
  return JsonResponse(200, {{"items", std::move(items)},
                            {"total", page.total},
                            {"page", page.page},
                            {"per_page", page.per_page}});
}

}  // namespace hoistway::server
