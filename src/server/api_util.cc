// Helpers of the API handlers: JSON responses, errors, query parameters, ETags.
#include <fmt/core.h>

#include <charconv>

#include "core/printable.h"
#include "registry/json_codec.h"
#include "server/api.h"

namespace hoistway::server {

HttpResponse JsonResponse(int status, const nlohmann::json& body) {
  HttpResponse r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse ErrorResponse(int status, std::string_view code, std::string_view message,
                           std::string_view field, std::string_view problem,
                           std::string_view problem_code) {
  nlohmann::json body = {{"error", code}, {"status", status}, {"message", message}};
  if (!field.empty()) {
    body["field"] = field;
    body["problem"] = problem.empty() ? message : problem;
    if (!problem_code.empty()) body["problem_code"] = problem_code;
  }
  return JsonResponse(status, body);
}

HttpResponse ErrorResponse(const Error& error) {
  const auto respond = [&](int status, std::string_view code) {
    return ErrorResponse(status, code, error.message(), error.field(), error.problem(),
                         error.problem_code());
  };
  switch (error.code()) {
    case ErrorCode::kInvalidInput:
      return respond(400, "invalid_input");
    case ErrorCode::kNotFound:
      return respond(404, "not_found");
    case ErrorCode::kConflict:
      return respond(409, "conflict");
    case ErrorCode::kPermission:
      return respond(403, "forbidden");
    case ErrorCode::kUnavailable:
      return ErrorResponse(503, "unavailable", "the database is unavailable; try again");
    case ErrorCode::kCancelled:
      return respond(409, "cancelled");
    case ErrorCode::kIo:
    case ErrorCode::kInternal:
      break;
  }
  return ErrorResponse(500, "internal", "internal error");
}

Result<nlohmann::json> ParseBody(const HttpRequest& request) {
  if (request.body.empty()) return FieldError("body", "is empty; a JSON object is expected");
  nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
  if (body.is_discarded()) return FieldError("body", "is not valid JSON");
  return body;
}

Result<std::optional<int>> QueryInt(const HttpRequest& request, std::string_view name, int min,
                                    int max) {
  const std::string& text = request.Query(name);
  if (text.empty()) return std::optional<int>();
  int value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return FieldError(name, fmt::format("must be an integer between {} and {}", min, max));
  }
  return std::optional<int>(value);
}

Result<registry::LiftFacts> FactsOf(registry::Transaction& tx, const registry::Lift& lift,
                                    bool with_owners) {
  registry::LiftFacts facts{lift.registration_no, lift.company_id, {}};
  if (with_owners) {
    auto owners = tx.BuildingOwners(lift.building.id);
    if (!owners.ok()) return owners.error();
    facts.owner_ids = std::move(*owners);
  }
  return facts;
}

Result<std::int64_t> PathId(const std::string& text, std::string_view what) {
  std::int64_t id = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id <= 0) {
    return NotFound(fmt::format("no {} '{}'", what, Printable(text)));
  }
  return id;
}

Result<PageQuery> PageQueryOf(const HttpRequest& request) {
  auto page = QueryInt(request, "page", 1, 1'000'000);
  if (!page.ok()) return page.error();
  auto per_page = QueryInt(request, "per_page", 1, registry::kMaxPerPage);
  if (!per_page.ok()) return per_page.error();
  return PageQuery{page->value_or(1), per_page->value_or(50)};
}

std::string ETagOf(std::int64_t version) {
  return fmt::format("\"v{}\"", version);
}

Result<std::optional<std::int64_t>> IfMatchVersion(const HttpRequest& request) {
  std::string_view text = request.Header("if-match");
  if (text.empty()) return std::optional<std::int64_t>();
  if (text.starts_with("W/")) text.remove_prefix(2);
  if (text.size() < 4 || text.front() != '"' || text.back() != '"' || text[1] != 'v') {
    return FieldError("If-Match", "must be an ETag of this API, e.g. \"v3\"");
  }
  std::int64_t version = 0;
  const auto digits = text.substr(2, text.size() - 3);
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), version);
  if (ec != std::errc() || end != digits.data() + digits.size()) {
    return FieldError("If-Match", "must be an ETag of this API, e.g. \"v3\"");
  }
  return std::optional<std::int64_t>(version);
}

}  // namespace hoistway::server
