// Routing, authentication, permissions and the transaction of each request.
#include "server/api.h"

#include <fmt/core.h>

#include <sstream>

#include "dispatch/factory.h"
#include "registry/auth.h"
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
    : repository_(repository), hub_(hub), options_(std::move(options)) {
  AddRoutes();
  // Built-in group controls only: the server never loads a library that a
  // request names. Progress of a simulation reaches only its owner's streams.
  jobs_ = std::make_unique<SimulationJobs>(
      options_.workbench, dispatch::MakeBuiltInDispatcher,
      [&hub](std::int64_t owner, const std::string& event) { hub.Publish(event, owner); });
}

Api::~Api() {
  Shutdown();
}

void Api::Shutdown() {
  jobs_->Shutdown();
}

void Api::Add(std::string method, std::string pattern, Permission permission, RouteFn fn,
              std::optional<TxMode> mode) {
  const TxMode tx_mode = mode.value_or(method == "GET" ? TxMode::kRead : TxMode::kWrite);
  routes_.push_back({std::move(method), Split(pattern), permission, tx_mode, fn});
}

void Api::AddRoutes() {
  AddMonitorRoutes();  // connected lifts (api_monitor.cc)
  const std::string v = "/api/v1";
  Add("GET", v + "/lifts", Permission::kReadPublic, &Api::ListLifts);
  Add("POST", v + "/lifts", Permission::kWriteLift, &Api::CreateLift);
  Add("GET", v + "/lifts.csv", Permission::kReadRegistry, &Api::ExportLiftsCsv);
  Add("GET", v + "/lifts/{reg}", Permission::kReadPublic, &Api::GetLift);
  Add("PATCH", v + "/lifts/{reg}", Permission::kWriteLift, &Api::PatchLift);
  Add("GET", v + "/lifts/{reg}/certificate.pdf", Permission::kReadRegistry,
      &Api::LiftCertificatePdf);
  Add("GET", v + "/lifts/{reg}/timeline", Permission::kReadRegistry, &Api::LiftTimeline);
  Add("GET", v + "/lifts/{reg}/downtime", Permission::kReadRegistry, &Api::LiftDowntime);
  Add("GET", v + "/lifts/{reg}/inspections", Permission::kReadRegistry, &Api::ListInspections);
  Add("POST", v + "/lifts/{reg}/inspections", Permission::kRecordInspection, &Api::AddInspection);
  Add("GET", v + "/lifts/{reg}/self-inspections", Permission::kReadRegistry,
      &Api::ListSelfInspections);
  Add("POST", v + "/lifts/{reg}/self-inspections", Permission::kRecordMaintenance,
      &Api::AddSelfInspection);
  Add("GET", v + "/lifts/{reg}/accidents", Permission::kReadRegistry, &Api::ListAccidents);
  Add("POST", v + "/lifts/{reg}/accidents", Permission::kReportAccident, &Api::AddAccident);
  Add("GET", v + "/lifts/{reg}/work-orders", Permission::kReadRegistry, &Api::ListWorkOrders);
  Add("POST", v + "/lifts/{reg}/work-orders", Permission::kRecordMaintenance, &Api::AddWorkOrder);
  Add("GET", v + "/lifts/{reg}/parts", Permission::kReadRegistry, &Api::ListParts);
  Add("POST", v + "/lifts/{reg}/parts", Permission::kManageParts, &Api::AddPart);
  Add("GET", v + "/work-orders/{id}", Permission::kReadRegistry, &Api::GetWorkOrder);
  Add("PATCH", v + "/work-orders/{id}", Permission::kRecordMaintenance, &Api::PatchWorkOrder);
  Add("GET", v + "/buildings", Permission::kReadRegistry, &Api::ListBuildings);
  Add("GET", v + "/summary/regions", Permission::kReadRegistry, &Api::RegionSummary);
  Add("GET", v + "/companies", Permission::kReadRegistry, &Api::ListCompanies);
  Add("POST", v + "/companies", Permission::kManageRegistry, &Api::AddCompany);
  Add("GET", v + "/technicians", Permission::kReadRegistry, &Api::ListTechnicians);
  Add("POST", v + "/technicians", Permission::kManageRegistry, &Api::AddTechnician);
  Add("GET", v + "/certificates", Permission::kReadRegistry, &Api::ListCertificates);
  Add("POST", v + "/certificates", Permission::kManageRegistry, &Api::AddCertificate);
  Add("GET", v + "/certificates/{no}", Permission::kReadRegistry, &Api::GetCertificate);
  Add("GET", v + "/users", Permission::kAdminister, &Api::ListUsers);
  Add("POST", v + "/users", Permission::kAdminister, &Api::CreateUser);
  Add("POST", v + "/users/{id}/buildings", Permission::kAdminister, &Api::LinkUserBuilding);
  Add("DELETE", v + "/users/{id}/buildings/{building_id}", Permission::kAdminister,
      &Api::UnlinkUserBuilding);
  Add("POST", v + "/auth/login", Permission::kReadPublic, &Api::Login);
  Add("POST", v + "/auth/logout", Permission::kReadRegistry, &Api::Logout);
  Add("GET", v + "/me", Permission::kReadRegistry, &Api::Me);
  Add("GET", v + "/audit", Permission::kReadAudit, &Api::ListAudit);
  Add("POST", v + "/import/korea", Permission::kAdminister, &Api::ImportKorea);
  Add("GET", v + "/profile", Permission::kReadPublic, &Api::Profile);
  Add("GET", v + "/info", Permission::kReadPublic, &Api::Info);
  Add("GET", v + "/events", Permission::kReadRegistry, &Api::Events);
  // The workbench reads no registry data: its transactions only authenticate.
  Add("POST", v + "/workbench/rtt", Permission::kUseWorkbench, &Api::WorkbenchRtt, TxMode::kRead);
  Add("POST", v + "/workbench/simulations", Permission::kUseWorkbench, &Api::StartSimulation,
      TxMode::kRead);
  Add("GET", v + "/workbench/simulations/{id}", Permission::kUseWorkbench, &Api::GetSimulation);
  Add("DELETE", v + "/workbench/simulations/{id}", Permission::kUseWorkbench,
      &Api::CancelSimulation, TxMode::kRead);
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
  caller.user_id = user->id;
  caller.name = user->name;
  caller.role = user->role;
  caller.company_id = user->company_id;
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
  const std::chrono::sys_seconds now = options_.clock();
  auto caller = Authenticate(request, *tx, route->fn == &Api::Events, now);
  if (!caller.ok()) {
    if (caller.error().code() == ErrorCode::kPermission) {
      HttpResponse r = ErrorResponse(401, "unauthorized", caller.error().message());
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
    return ErrorResponse(caller.error());
  }
  if (!registry::RoleMay(caller->role, route->permission)) {
    if (!caller->authenticated) {
      HttpResponse r =
          ErrorResponse(401, "unauthorized", "this endpoint needs 'Authorization: Bearer TOKEN'");
      r.headers.emplace_back("WWW-Authenticate", "Bearer");
      return r;
    }
    return ErrorResponse(
        403, "forbidden",
        fmt::format("role '{}' may not do this", registry::ToString(caller->role)));
  }
  tx->SetActor(caller->name);  // the audit log names the caller
  // Owners answer for their own buildings: other lifts get the public view, or 403.
  bool public_view = false;
  if (caller->role == registry::Role::kOwner && route->segments.size() >= 4 &&
      route->segments[2] == "lifts" && route->segments[3] == "{reg}") {
    auto mine = tx->UserHasLift(caller->user_id, params[0]);
    if (!mine.ok()) return ErrorResponse(mine.error());
    if (!*mine && route->fn != &Api::GetLift) {
      auto exists = tx->GetLift(params[0]);
      if (!exists.ok()) return ErrorResponse(exists.error());
      return ErrorResponse(403, "forbidden",
                           fmt::format("lift {} is not in a building linked to you", params[0]));
    }
    public_view = !*mine;
  }
  Context context{request,    *tx, *caller, std::move(params), {}, now, registry::Date::Of(now),
                  public_view};
  auto response = (this->*(route->fn))(context);
  if (!response.ok()) return ErrorResponse(response.error());
  if (response->status >= 400 && !context.commit_on_error) return *response;
  Status commit = context.tx.Commit();
  if (!commit.ok()) return ErrorResponse(commit.error());
  for (const auto& event : context.events) hub_.Publish(event);
  for (const auto& session : context.ended_sessions) hub_.EndSession(session);
  return *response;
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
