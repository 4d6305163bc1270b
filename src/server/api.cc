// Routing, authentication, permissions and the transaction of each request.
#include "server/api.h"

#include <fmt/core.h>

#include <set>
#include <sstream>

#include "dispatch/factory.h"
#include "registry/auth.h"
#include "registry/telemetry_store.h"
#include "server/embedded_web.h"
#include "server/static_files.h"

namespace hoistway::server {

using registry::Permission;
using registry::TxMode;

namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    out.emplace_back(path.substr(
        start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return out;
}

}  // namespace

Api::Api(registry::Repository& repository, EventHub& hub, ApiOptions options)
    : repository_(repository),
      hub_(hub),
      options_(std::move(options)),
      sign_in_throttle_(options_.sign_in_per_address) {
  AddRoutes();
  // Built-in group controls only: the server never loads a library that a
  // request names. Progress of a simulation reaches only its owner's streams.
  jobs_ = std::make_unique<SimulationJobs>(options_.workbench, dispatch::MakeBuiltInDispatcher,
                                           [&hub](std::int64_t owner, const std::string& event) {
                                             hub.Publish(event, EventScope{owner, std::nullopt});
                                           });
}

Api::~Api() {
  Shutdown();
}

void Api::DefaultPublicUrl(std::string url) {
  if (options_.public_url.empty()) options_.public_url = std::move(url);
}

void Api::Shutdown() {
  jobs_->Shutdown();
}

void Api::Add(std::string method, std::string pattern, Permission permission, Scope scope,
              RouteFn fn, std::string action, std::optional<TxMode> mode) {
  const TxMode tx_mode = mode.value_or(method == "GET" ? TxMode::kRead : TxMode::kWrite);
  routes_.push_back(
      {std::move(method), Split(pattern), permission, scope, fn, std::move(action), tx_mode});
}

// The permission policy of every route: what it needs (a permission of
// registry/access.h) and what record it is about (its scope). A new route is
// one line here; ServeApi checks them all in one place (Authorize).
void Api::AddRoutes() {
  using P = Permission;
  const std::string v = "/api/v1";
  Add("GET", v + "/lifts", P::kReadPublic, Scope::kNone, &Api::ListLifts);
  Add("POST", v + "/lifts", P::kWriteLift, Scope::kNone, &Api::CreateLift);
  Add("GET", v + "/lifts.csv", P::kReadRegistry, Scope::kNone, &Api::ExportLiftsCsv);
  Add("GET", v + "/lifts/{reg}", P::kReadPublic, Scope::kLift, &Api::GetLift);
  Add("PATCH", v + "/lifts/{reg}", P::kWriteLift, Scope::kLift, &Api::PatchLift, "edit_lift");
  Add("GET", v + "/lifts/{reg}/certificate.pdf", P::kReadRegistry, Scope::kLift,
      &Api::LiftCertificatePdf, "download_certificate");
  Add("GET", v + "/lifts/{reg}/timeline", P::kReadRegistry, Scope::kLift, &Api::LiftTimeline);
  Add("GET", v + "/lifts/{reg}/downtime", P::kReadRegistry, Scope::kLift, &Api::LiftDowntime);
  Add("GET", v + "/lifts/{reg}/inspections", P::kReadRegistry, Scope::kLift, &Api::ListInspections);
  Add("GET", v + "/lifts/{reg}/checklist", P::kReadRegistry, Scope::kLift, &Api::LiftChecklist);
  Add("POST", v + "/lifts/{reg}/inspections", P::kRecordInspection, Scope::kLift,
      &Api::AddInspection, "record_inspection");
  Add("GET", v + "/lifts/{reg}/self-inspections", P::kReadRegistry, Scope::kLift,
      &Api::ListSelfInspections);
  Add("POST", v + "/lifts/{reg}/self-inspections", P::kRecordMaintenance, Scope::kLift,
      &Api::AddSelfInspection, "record_self_inspection");
  Add("GET", v + "/lifts/{reg}/accidents", P::kReadRegistry, Scope::kLift, &Api::ListAccidents);
  Add("POST", v + "/lifts/{reg}/accidents", P::kReportAccident, Scope::kLift, &Api::AddAccident,
      "report_accident");
  Add("GET", v + "/lifts/{reg}/work-orders", P::kReadRegistry, Scope::kLift, &Api::ListWorkOrders);
  Add("POST", v + "/lifts/{reg}/work-orders", P::kRecordMaintenance, Scope::kLift,
      &Api::AddWorkOrder, "open_work_order");
  Add("GET", v + "/lifts/{reg}/parts", P::kReadRegistry, Scope::kLift, &Api::ListParts);
  Add("POST", v + "/lifts/{reg}/parts", P::kManageParts, Scope::kLift, &Api::AddPart, "add_part");
  Add("GET", v + "/lifts/{reg}/inspection-applications", P::kReadRegistry, Scope::kLift,
      &Api::ListInspectionApplications);
  Add("POST", v + "/lifts/{reg}/inspection-applications", P::kApplyForInspection, Scope::kLift,
      &Api::ApplyForInspection, "apply_for_inspection");
  Add("GET", v + "/inspection-applications", P::kRecordInspection, Scope::kNone,
      &Api::ListOpenInspectionApplications);
  Add("GET", v + "/work-orders/{id}", P::kReadRegistry, Scope::kWorkOrder, &Api::GetWorkOrder);
  Add("PATCH", v + "/work-orders/{id}", P::kRecordMaintenance, Scope::kWorkOrder,
      &Api::PatchWorkOrder, "update_work_order");
  Add("GET", v + "/buildings", P::kReadRegistry, Scope::kNone, &Api::ListBuildings);
  Add("GET", v + "/summary/regions", P::kReadRegistry, Scope::kNone, &Api::RegionSummary);
  Add("GET", v + "/companies", P::kReadRegistry, Scope::kNone, &Api::ListCompanies);
  Add("POST", v + "/companies", P::kManageRegistry, Scope::kNone, &Api::AddCompany);
  Add("GET", v + "/technicians", P::kReadRegistry, Scope::kNone, &Api::ListTechnicians);
  Add("POST", v + "/technicians", P::kManageRegistry, Scope::kNone, &Api::AddTechnician);
  Add("GET", v + "/certificates", P::kReadRegistry, Scope::kNone, &Api::ListCertificates);
  Add("POST", v + "/certificates", P::kManageRegistry, Scope::kNone, &Api::AddCertificate);
  Add("GET", v + "/certificates/{no}", P::kReadRegistry, Scope::kNone, &Api::GetCertificate);
  // Lift models and their type tests on the virtual test tower.
  Add("GET", v + "/models", P::kReadRegistry, Scope::kNone, &Api::ListModels);
  Add("POST", v + "/models", P::kRecordInspection, Scope::kNone, &Api::CreateModel);
  Add("GET", v + "/models/{id}", P::kReadRegistry, Scope::kNone, &Api::GetModel);
  Add("POST", v + "/models/{id}/type-tests", P::kRecordInspection, Scope::kNone, &Api::AddTypeTest);
  Add("GET", v + "/type-tests/{id}", P::kReadRegistry, Scope::kNone, &Api::GetTypeTest);
  Add("GET", v + "/type-tests/{id}/report.html", P::kReadRegistry, Scope::kNone,
      &Api::TypeTestReportHtml);
  Add("GET", v + "/lifts/{reg}/type-tests", P::kReadRegistry, Scope::kLift, &Api::LiftTypeTests);
  Add("GET", v + "/users", P::kAdminister, Scope::kNone, &Api::ListUsers);
  Add("POST", v + "/users", P::kAdminister, Scope::kNone, &Api::CreateUser);
  Add("POST", v + "/users/{id}/buildings", P::kAdminister, Scope::kNone, &Api::LinkUserBuilding);
  Add("DELETE", v + "/users/{id}/buildings/{building_id}", P::kAdminister, Scope::kNone,
      &Api::UnlinkUserBuilding);
  Add("POST", v + "/auth/login", P::kReadPublic, Scope::kNone, &Api::Login);
  Add("POST", v + "/auth/logout", P::kReadRegistry, Scope::kNone, &Api::Logout);
  Add("GET", v + "/me", P::kReadRegistry, Scope::kNone, &Api::Me);
  Add("GET", v + "/audit", P::kReadAudit, Scope::kNone, &Api::ListAudit);
  Add("POST", v + "/import/korea", P::kAdminister, Scope::kNone, &Api::ImportKorea);
  Add("GET", v + "/profile", P::kReadPublic, Scope::kNone, &Api::Profile);
  Add("GET", v + "/info", P::kReadPublic, Scope::kNone, &Api::Info);
  // Connected lifts (api_monitor.cc): the lists hold the lifts within the
  // caller's reach (registry::ReachOf), the same rule as kLift's decisions.
  Add("GET", v + "/monitoring/fleet", P::kReadTelemetry, Scope::kNone, &Api::MonitoringFleet);
  Add("GET", v + "/alarms", P::kReadTelemetry, Scope::kNone, &Api::ListAlarms);
  Add("POST", v + "/alarms/{id}/ack", P::kRecordMaintenance, Scope::kAlarm, &Api::AcknowledgeAlarm,
      "handle_alarms");
  Add("POST", v + "/alarms/{id}/close", P::kRecordMaintenance, Scope::kAlarm, &Api::CloseAlarm,
      "handle_alarms");
  Add("GET", v + "/lifts/{reg}/events", P::kReadTelemetry, Scope::kLift, &Api::LiftEvents);
  Add("GET", v + "/lifts/{reg}/health", P::kReadTelemetry, Scope::kLift, &Api::LiftHealth,
      "view_telemetry");
  // Each event reaches a stream only when its user may read what it is about.
  Add("GET", v + "/events", P::kReadRegistry, Scope::kNone, &Api::Events);
  // The workbench reads no registry data: its transactions only authenticate.
  // A simulation is its owner's alone (SimulationJobs keys them by user).
  Add("POST", v + "/workbench/rtt", P::kUseWorkbench, Scope::kNone, &Api::WorkbenchRtt, {},
      TxMode::kRead);
  Add("POST", v + "/workbench/simulations", P::kUseWorkbench, Scope::kNone, &Api::StartSimulation,
      {}, TxMode::kRead);
  Add("GET", v + "/workbench/simulations/{id}", P::kUseWorkbench, Scope::kNone,
      &Api::GetSimulation);
  Add("DELETE", v + "/workbench/simulations/{id}", P::kUseWorkbench, Scope::kNone,
      &Api::CancelSimulation, {}, TxMode::kRead);
  // The tower reads no registry data either.
  Add("POST", v + "/tower/runs", P::kUseWorkbench, Scope::kNone, &Api::TowerRun, {}, TxMode::kRead);
  Add("GET", v + "/tower/faults", P::kUseWorkbench, Scope::kNone, &Api::TowerFaults);
  Add("GET", v + "/tower/catalogue", P::kUseWorkbench, Scope::kNone, &Api::TowerCatalogue);
  // The training centre: a session is its user's alone (another's is not
  // found); the records a caller reads are registry::TrainingReachOf's.
  Add("GET", v + "/training/scenarios", P::kUseWorkbench, Scope::kNone, &Api::TrainingScenarios);
  Add("POST", v + "/training/sessions", P::kUseWorkbench, Scope::kNone, &Api::StartTrainingSession);
  Add("GET", v + "/training/sessions/{id}", P::kUseWorkbench, Scope::kNone,
      &Api::GetTrainingSession);
  Add("POST", v + "/training/sessions/{id}/observations", P::kUseWorkbench, Scope::kNone,
      &Api::TrainingObservation);
  Add("POST", v + "/training/sessions/{id}/answer", P::kUseWorkbench, Scope::kNone,
      &Api::AnswerTrainingSession);
  Add("GET", v + "/training/records", P::kReadTrainingRecords, Scope::kNone,
      &Api::ListTrainingRecords);
  Add("GET", v + "/training/trainees/{id}", P::kReadTrainingRecords, Scope::kNone,
      &Api::GetTrainee);
}

HttpResponse Api::Handle(HttpRequest& request) {
  HttpResponse response;
  if (request.path == "/api/v1/health") {
    response = JsonResponse(200, {{"status", "ok"}});
  } else if (request.path == "/api/v1/openapi.json" && request.method == "GET") {
    response.body = std::string(OpenApiDocument());
  } else if (request.path.starts_with("/api/")) {
    response = ServeApi(request);
  } else {
    response = ServeStatic(request);
  }
  response.headers.emplace_back("X-Content-Type-Options", "nosniff");
  return response;
}

Result<Caller> Api::Authenticate(const HttpRequest& request, registry::Transaction& tx,
                                 bool allow_query_token, std::chrono::sys_seconds now) {
  std::string token;
  const std::string& header = request.Header("authorization");
  if (!header.empty()) {
    if (!header.starts_with("Bearer ") || header.size() <= 7) {
      return Error(ErrorCode::kPermission, "Authorization must be 'Bearer TOKEN'");
    }
    token = header.substr(7);
  } else if (allow_query_token) {
    token = request.Query("access_token");  // EventSource cannot send headers
  }
  Caller caller;
  if (token.empty()) return caller;
  const std::string token_hash = registry::HashToken(token);
  auto user = tx.UserByTokenHash(token_hash, now, &caller.session_expires_at);
  if (!user.ok()) {  // an expired session is kPermission already, with its own message
    if (user.error().code() == ErrorCode::kNotFound) {
      return Error(ErrorCode::kPermission, "the token is not valid");
    }
    return user.error();
  }
  caller.name = user->name;
  caller.actor = {user->role, user->id, user->company_id, user->technician_id};
  caller.authenticated = true;
  caller.token_hash = token_hash;
  return caller;
}

HttpResponse Api::ServeApi(HttpRequest& request) {
  const std::vector<std::string> segments = Split(request.path);
  const Route* route = nullptr;
  std::vector<std::string> params;
  std::string allowed;
  for (const auto& r : routes_) {
    if (r.segments.size() != segments.size()) continue;
    std::vector<std::string> captured;
    bool match = true;
    for (std::size_t i = 0; i < segments.size() && match; ++i) {
      if (r.segments[i].starts_with('{')) {
        match = !segments[i].empty();
        captured.push_back(segments[i]);
      } else {
        match = r.segments[i] == segments[i];
      }
    }
    if (!match) continue;
    if (r.method != request.method) {
      allowed += (allowed.empty() ? "" : ", ") + r.method;
      continue;
    }
    route = &r;
    params = std::move(captured);
    break;
  }
  if (route == nullptr) {
    if (!allowed.empty()) {
      HttpResponse r = ErrorResponse(405, "method_not_allowed", fmt::format("use {}", allowed));
      r.headers.emplace_back("Allow", allowed);
      return r;
    }
    return ErrorResponse(404, "not_found", fmt::format("no endpoint {}", request.path));
  }

  auto tx = repository_.Begin(route->mode, "?");
  if (!tx.ok()) return ErrorResponse(tx.error());
  const std::chrono::sys_seconds now = tx->now();  // the repository's clock
  auto caller = Authenticate(request, *tx, route->fn == &Api::Events, now);
  if (!caller.ok()) {
    if (caller.error().code() == ErrorCode::kPermission) {
      HttpResponse r = ErrorResponse(401, "unauthorized", caller.error().message());
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
    return ErrorResponse(caller.error());
  }
  tx->SetActor(caller->name);  // the audit log names the caller
  Context context{request, *tx, *caller, std::move(params), now, registry::Date::Of(now), {}, {},
                  false,   {},  {}};
  if (auto refused = Authorize(*route, context)) return *refused;
  auto response = (this->*(route->fn))(context);
  if (!response.ok()) return ErrorResponse(response.error());
  if (response->status >= 400) return *response;
  if (context.tx.open()) {  // a handler may have committed its work itself (Login)
    Status commit = context.tx.Commit();
    if (!commit.ok()) return ErrorResponse(commit.error());
  }
  for (const auto& event : context.events) hub_.Publish(event.json, event.scope);
  for (const auto& session : context.ended_sessions) hub_.EndSession(session);
  return *response;
}

std::optional<HttpResponse> Api::Authorize(const Route& route, Context& c) {
  // The role alone first: a role without the permission learns nothing of
  // the record (not even whether it exists).
  const registry::Actor& actor = c.caller.actor;
  registry::Decision decision = registry::Decide(actor, route.permission, nullptr);
  if (decision.access == registry::Access::kAllow && route.scope != Scope::kNone) {
    std::string registration_no = c.params[0];
    if (route.scope == Scope::kWorkOrder) {
      auto id = PathId(c.params[0], "work order");
      if (!id.ok()) return ErrorResponse(id.error());
      auto order = c.tx.GetWorkOrder(*id);
      if (!order.ok()) return ErrorResponse(order.error());
      registration_no = order->registration_no;
    } else if (route.scope == Scope::kAlarm) {
      auto id = PathId(c.params[0], "alarm");
      if (!id.ok()) return ErrorResponse(id.error());
      auto alarm = registry::TelemetryStore(c.tx.context()).GetAlarm(*id);
      if (!alarm.ok()) return ErrorResponse(alarm.error());
      registration_no = alarm->registration_no;
    }
    auto lift = c.tx.GetLift(registration_no);
    if (!lift.ok()) return ErrorResponse(lift.error());
    auto facts = FactsOf(c.tx, *lift, actor.role == registry::Role::kOwner);
    if (!facts.ok()) return ErrorResponse(facts.error());
    c.lift = std::move(*lift);
    c.facts = std::move(*facts);
    decision = registry::Decide(actor, route.permission, &c.facts);
  }
  switch (decision.access) {
    case registry::Access::kAllow:
      return std::nullopt;
    case registry::Access::kPublicView:
      c.public_view = true;
      return std::nullopt;
    case registry::Access::kSignIn: {
      HttpResponse r = ErrorResponse(401, "unauthorized", decision.reason);
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
    case registry::Access::kForbidden:
      break;
  }
  return ErrorResponse(403, "forbidden", decision.reason);
}

nlohmann::json Api::ActionsOn(const registry::Actor& actor,
                              const registry::LiftFacts& facts) const {
  nlohmann::json allowed = nlohmann::json::array();
  nlohmann::json unavailable = nlohmann::json::array();
  std::set<std::string_view> seen;  // an action may have several routes (ack and close)
  for (const Route& route : routes_) {
    if (route.action.empty() || !seen.insert(route.action).second) continue;
    const registry::Decision d = registry::Decide(actor, route.permission, &facts);
    if (d.access == registry::Access::kAllow) {
      allowed.push_back(route.action);
    } else if (registry::RoleMay(actor.role, route.permission)) {
      unavailable.push_back(
          {{"action", route.action}, {"code", registry::ToString(d.denial)}, {"reason", d.reason}});
    }
  }
  return {{"allowed_actions", std::move(allowed)}, {"unavailable_actions", std::move(unavailable)}};
}

Status Api::PublishAbout(Context& c, std::string_view type, const registry::Lift& lift) {
  return QueueAbout(
      c, nlohmann::json{{"type", type}, {"registration_no", lift.registration_no}}.dump(), lift,
      registry::Permission::kReadRegistry);
}

Status Api::QueueAbout(Context& c, std::string event_json, const registry::Lift& lift,
                       registry::Permission needs) {
  auto facts = FactsOf(c.tx, lift, /*with_owners=*/true);
  if (!facts.ok()) return facts.error();
  c.events.push_back(
      {std::move(event_json), EventScope{EventHub::kEveryone, std::move(*facts), needs}});
  return Status::Ok();
}

void Api::PublishTelemetryEvent(const std::string& event_json) {
  const auto event = nlohmann::json::parse(event_json, nullptr, /*allow_exceptions=*/false);
  if (!event.is_object() || !event.contains("registration_no") ||
      !event["registration_no"].is_string()) {
    return;
  }
  auto tx = repository_.Begin(TxMode::kRead, "system");
  if (!tx.ok()) return;
  auto lift = tx->GetLift(event["registration_no"].get<std::string>());
  if (!lift.ok()) return;
  auto facts = FactsOf(*tx, *lift, /*with_owners=*/true);
  if (!facts.ok()) return;
  hub_.Publish(event_json, EventScope{EventHub::kEveryone, std::move(*facts),
                                      registry::Permission::kReadTelemetry});
}

HttpResponse Api::ServeStatic(const HttpRequest& request) const {
  if (request.method != "GET")
    return ErrorResponse(405, "method_not_allowed", "static files are read-only");
  auto file = ReadStaticFile(options_.static_dir, request.path);
  if (file.ok()) {
    HttpResponse r;
    r.content_type = file->content_type;
    r.body = std::move(file->body);
    r.headers.emplace_back("Cache-Control",
                           file->immutable ? "public, max-age=31536000, immutable" : "no-cache");
    return r;
  }
  if (request.path == "/" || request.path == "/index.html") {
    HttpResponse r;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::string(PlaceholderPage());
    return r;
  }
  return ErrorResponse(file.error());
}

}  // namespace hoistway::server
