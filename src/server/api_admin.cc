// API handlers: companies, technicians, certificates, users and sign-in, the
// audit log, import, the profile, server information and live events.
#include <fmt/core.h>

#include <charconv>

#include "registry/auth.h"
#include "registry/demo_fleet.h"
#include "registry/json_codec.h"
#include "registry/korean_import.h"
#include "registry/type_tests.h"
#include "server/api.h"

namespace hoistway::server {

using nlohmann::json;
using registry::ToJson;

namespace {

// Parses the request body with `parse` and stores the record with `add`:
// 201 with the stored record, or the first error.
template <typename Parse, typename Add>
Result<HttpResponse> Created(const HttpRequest& request, Parse parse, Add add) {
  auto body = ParseBody(request);
  if (!body.ok()) return body.error();
  auto record = parse(*body);
  if (!record.ok()) return record.error();
  auto added = add(*record);
  if (!added.ok()) return added.error();
  return JsonResponse(201, ToJson(*added));
}

}  // namespace

Result<HttpResponse> Api::ListCompanies(Context& c) {
  auto list = c.tx.ListCompanies();
  if (!list.ok()) return list.error();
  return JsonResponse(200, {{"items", JsonItems(*list)}});
}

Result<HttpResponse> Api::AddCompany(Context& c) {
  return Created(
      c.request, [&](const json& body) { return registry::ParseCompany(body); },
      [&](const auto& record) { return c.tx.AddCompany(record); });
}

Result<HttpResponse> Api::ListTechnicians(Context& c) {
  auto company = QueryInt(c.request, "company_id", 1, 2'000'000'000);
  if (!company.ok()) return company.error();
  std::optional<std::int64_t> company_id;
  if (*company) company_id = **company;
  auto list = c.tx.ListTechnicians(company_id);
  if (!list.ok()) return list.error();
  return JsonResponse(200, {{"items", JsonItems(*list)}});
}

Result<HttpResponse> Api::AddTechnician(Context& c) {
  return Created(
      c.request, [&](const json& body) { return registry::ParseTechnician(body); },
      [&](const auto& record) { return c.tx.AddTechnician(record); });
}

Result<HttpResponse> Api::ListCertificates(Context& c) {
  auto query = PageQueryOf(c.request);
  if (!query.ok()) return query.error();
  auto list = c.tx.ListCertificates(c.request.Query("component_kind"), c.request.Query("q"),
                                    query->page, query->per_page);
  if (!list.ok()) return list.error();
  return PageResponse(JsonItems(list->items), *list);
}

Result<HttpResponse> Api::GetCertificate(Context& c) {
  auto certificate = c.tx.GetCertificate(c.params[0]);
  if (!certificate.ok()) return certificate.error();
  json out = ToJson(*certificate);
  // A model's certificate points at the model's type tests, when there are.
  if (certificate->subject == registry::CertificateSubject::kModel) {
    out["type_tests"] = json::array();
    auto model = registry::TypeTests(c.tx.context())
                     .FindModel(certificate->manufacturer, certificate->model);
    if (model.ok()) {
      auto tests = registry::TypeTests(c.tx.context()).ListOf(model->id);
      if (!tests.ok()) return tests.error();
      out["model_id"] = model->id;
      out["type_tests"] = JsonItems(*tests);
    } else if (model.error().code() != ErrorCode::kNotFound) {
      return model.error();
    }
  }
  return JsonResponse(200, out);
}

Result<HttpResponse> Api::AddCertificate(Context& c) {
  return Created(
      c.request, [&](const json& body) { return registry::ParseCertificate(body, c.tx.profile()); },
      [&](const auto& record) { return c.tx.AddCertificate(record); });
}

Result<HttpResponse> Api::ListUsers(Context& c) {
  auto list = c.tx.ListUsers();
  if (!list.ok()) return list.error();
  return JsonResponse(200, {{"items", JsonItems(*list)}});
}

Result<HttpResponse> Api::CreateUser(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !(*body)["name"].is_string() ||
      (*body)["name"].get<std::string>().empty()) {
    return FieldError("name", "is required");
  }
  if (!(*body)["role"].is_string()) return FieldError("role", "is required");
  auto role = registry::ParseRole((*body)["role"].get<std::string>());
  if (!role.ok()) return FieldError("role", role.error().message());
  registry::User user;
  user.name = (*body)["name"].get<std::string>();
  user.role = *role;
  for (const char* key : {"company_id", "technician_id"}) {
    if (!body->contains(key) || (*body)[key].is_null()) continue;
    if (!(*body)[key].is_number_integer() || (*body)[key].get<std::int64_t>() <= 0) {
      return FieldError(key, "must be a positive integer id");
    }
    (key == std::string_view("company_id") ? user.company_id : user.technician_id) =
        (*body)[key].get<std::int64_t>();
  }
  std::string password_hash;
  if (body->contains("password")) {
    if (!(*body)["password"].is_string() || (*body)["password"].get<std::string>().size() < 8) {
      return FieldError("password", "must be a string of at least 8 characters");
    }
    auto hash = registry::HashPassword((*body)["password"].get<std::string>());
    if (!hash.ok()) return hash.error();
    password_hash = *hash;
  }
  auto token = registry::GenerateToken();
  if (!token.ok()) return token.error();
  auto created = c.tx.CreateUser(user, registry::HashToken(*token), password_hash);
  if (!created.ok()) return created.error();
  return JsonResponse(201, {{"user", ToJson(*created)}, {"token", *token}});
}

Result<HttpResponse> Api::LinkUserBuilding(Context& c) {
  auto user_id = PathId(c.params[0], "user");
  if (!user_id.ok()) return user_id.error();
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !(*body)["building_id"].is_number_integer()) {
    return FieldError("building_id", "must be an integer id (see GET /api/v1/buildings)");
  }
  Status linked = c.tx.LinkUserBuilding(*user_id, (*body)["building_id"].get<std::int64_t>());
  if (!linked.ok()) return linked.error();
  return JsonResponse(200, {{"user_id", *user_id}, {"building_id", (*body)["building_id"]}});
}

Result<HttpResponse> Api::UnlinkUserBuilding(Context& c) {
  auto user_id = PathId(c.params[0], "user");
  if (!user_id.ok()) return user_id.error();
  auto building_id = PathId(c.params[1], "building");
  if (!building_id.ok()) return building_id.error();
  Status unlinked = c.tx.UnlinkUserBuilding(*user_id, *building_id);
  if (!unlinked.ok()) return unlinked.error();
  return JsonResponse(200,
                      {{"user_id", *user_id}, {"building_id", *building_id}, {"linked", false}});
}

// Sign-in: a session token that expires after options_.sign_in.session_lifetime.
// Failed attempts are counted per name in the database (see
// Transaction::LockSignInFailures: they hold across restarts and across
// several servers on one PostgreSQL database, which a count in this object
// would not); a locked name gets 429 with Retry-After, even with the right
// password. The answers do not tell whether a user exists: an unknown name is
// counted and locked like a known one, and its password check takes as long.
//
// The password check (argon2id: tens of milliseconds of a core, 64 MiB) runs
// with no database lock held: the attempt is counted as a failure and
// committed first (so concurrent guesses under one name are all counted, and
// see each other), then checked; a success then clears the count in a
// transaction of its own. The server runs this route on its slow pool
// (ServerOptions::slow_paths), and one address has a few attempts a minute.
Result<HttpResponse> Api::Login(Context& c) {
  if (const auto wait = sign_in_throttle_.Admit(c.request.remote, c.now); wait.count() > 0) {
    HttpResponse r = ErrorResponse(
        429, "too_many_attempts",
        fmt::format("too many sign-ins from your address; try again in {} s", wait.count()));
    r.headers.emplace_back("Retry-After", std::to_string(wait.count()));
    return r;
  }
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (!body->is_object() || !(*body)["name"].is_string()) return FieldError("name", "is required");
  if (!(*body)["password"].is_string()) return FieldError("password", "is required");
  const std::string name = (*body)["name"].get<std::string>();
  const registry::SignInPolicy& policy = options_.sign_in;
  auto failures = c.tx.LockSignInFailures(name, c.now);
  if (!failures.ok()) return failures.error();
  if (const auto wait = registry::LockedFor(*failures, c.now, policy); wait.count() > 0) {
    HttpResponse r = ErrorResponse(
        429, "too_many_attempts",
        fmt::format("too many failed sign-ins under this name; try again in {} s", wait.count()));
    r.headers.emplace_back("Retry-After", std::to_string(wait.count()));
    return r;
  }
  auto credentials = c.tx.CredentialsByName(name);
  if (!credentials.ok() && credentials.error().code() != ErrorCode::kNotFound)
    return credentials.error();
  Status counted = c.tx.SetSignInFailures(name, registry::WithFailure(*failures, c.now, policy));
  if (!counted.ok()) return counted.error();
  Status committed = c.tx.Commit();
  if (!committed.ok()) return committed.error();

  const bool verified = registry::VerifyPassword(
      (*body)["password"].get<std::string>(), credentials.ok() ? credentials->password_hash : "");
  if (!verified) return ErrorResponse(401, "unauthorized", "wrong name or password");

  auto tx = repository_.Begin(registry::TxMode::kWrite, name);
  if (!tx.ok()) return tx.error();
  Status cleared = tx->ClearSignInFailures(name);
  if (!cleared.ok()) return cleared.error();
  // Opportunistic clean-up of expired sessions and stale counts.
  Status pruned = tx->PruneSignIns(c.now, c.now - policy.failure_window);
  if (!pruned.ok()) return pruned.error();
  auto token = registry::GenerateToken();
  if (!token.ok()) return token.error();
  const std::chrono::sys_seconds expires_at = c.now + policy.session_lifetime;
  Status added = tx->AddToken(credentials->user.id, registry::HashToken(*token), expires_at);
  if (!added.ok()) return added.error();
  Status done = tx->Commit();
  if (!done.ok()) return done.error();
  return JsonResponse(200, {{"token", *token},
                            {"expires_at", registry::FormatTimestamp(expires_at)},
                            {"user", ToJson(credentials->user)}});
}

Result<HttpResponse> Api::Logout(Context& c) {
  Status revoked = c.tx.RevokeToken(c.caller.token_hash);
  if (!revoked.ok()) return revoked.error();
  c.ended_sessions.push_back(c.caller.token_hash);  // its open event streams end too
  HttpResponse r;
  r.status = 204;
  r.content_type.clear();
  return r;
}

Result<HttpResponse> Api::Me(Context& c) {
  const registry::Actor& actor = c.caller.actor;
  json permissions = json::array();
  for (const registry::Permission p : registry::kPermissions) {
    if (registry::RoleMay(actor.role, p)) permissions.push_back(registry::ToString(p));
  }
  // The lifts the caller's maintenance is narrowed to, as the policy says
  // (a technician's company): the console's list of "my lifts".
  const registry::LiftReach maintenance =
      registry::ReachOf(actor, registry::Permission::kRecordMaintenance);
  return JsonResponse(
      200, {{"name", c.caller.name},
            {"role", std::string(registry::ToString(actor.role))},
            {"company_id", actor.company_id ? json(*actor.company_id) : json(nullptr)},
            {"technician_id", actor.technician_id ? json(*actor.technician_id) : json(nullptr)},
            {"maintenance_company_id",
             maintenance.company_id ? json(*maintenance.company_id) : json(nullptr)},
            {"permissions", std::move(permissions)}});
}

Result<HttpResponse> Api::ListAudit(Context& c) {
  auto query = PageQueryOf(c.request);
  if (!query.ok()) return query.error();
  auto list = c.tx.ListAudit(c.request.Query("entity"), c.request.Query("key"), query->page,
                             query->per_page);
  if (!list.ok()) return list.error();
  return PageResponse(JsonItems(list->items), *list);
}

Result<HttpResponse> Api::ImportKorea(Context& c) {
  auto report = registry::ImportPublicData(c.tx, c.request.body);
  if (!report.ok()) return report.error();
  c.events.push_back(
      {json{{"type", "import.completed"}, {"lifts_created", report->lifts_created}}.dump(), {}});
  return JsonResponse(200, {{"records", report->records},
                            {"lifts_created", report->lifts_created},
                            {"lifts_existing", report->lifts_existing},
                            {"inspections_added", report->inspections_added},
                            {"skipped", report->skipped}});
}

Result<HttpResponse> Api::Profile(Context& c) {
  if (c.request.Query("format") == "yaml") {
    HttpResponse r;
    r.content_type = "application/yaml; charset=utf-8";
    r.body = c.tx.profile().yaml;
    return r;
  }
  return JsonResponse(200, ToJson(c.tx.profile()));
}

Result<HttpResponse> Api::Info(Context& c) {
  auto demo = c.tx.GetMeta("demo");
  if (!demo.ok()) return demo.error();
  json info = {
      {"name", "hoistway"},
      {"version", options_.version},
      {"profile", c.tx.profile().id},
      {"database",
       repository_.database().dialect() == registry::SqlDialect::kSqlite ? "sqlite" : "postgresql"},
      {"demo", demo->has_value()},
      {"today", c.today.ToString()}};
  // The demo's users are public knowledge; the console lists them on its sign-in page.
  if (demo->has_value()) {
    json users = json::array();
    for (const auto& user : registry::DemoUsers()) {
      users.push_back({{"name", user.name}, {"password", user.password}, {"role", user.role}});
    }
    info["demo_sign_ins"] = std::move(users);
  }
  return JsonResponse(200, info);
}

Result<HttpResponse> Api::Events(Context& c) {
  HttpResponse r;
  r.event_stream = true;
  r.event_user = c.caller.actor.user_id;        // and the progress of the caller's simulations
  r.event_until = c.caller.session_expires_at;  // the stream ends with the session,
  r.event_session = c.caller.token_hash;        // at its expiry or its sign-out
  // Only events about what the caller may read (a record: the policy of GET
  // /lifts/{no}/timeline; an alarm: that of GET /lifts/{no}/health).
  r.event_filter = [actor = c.caller.actor](const EventScope& scope) {
    if (!scope.lift) return true;
    return registry::Decide(actor, scope.permission, &*scope.lift).access ==
           registry::Access::kAllow;
  };
  return r;
}

}  // namespace hoistway::server
