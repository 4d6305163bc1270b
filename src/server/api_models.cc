// API handlers: lift models and their type tests on the virtual test tower.
// The server runs the suite itself on the description it is sent and keeps
// what it computed, so a type test in the registry is never a figure a
// client typed in.
#include <fmt/core.h>
#include <fmt/format.h>

#include "core/printable.h"
#include "registry/json_codec.h"
#include "registry/type_tests.h"
#include "server/api.h"
#include "server/tower_input.h"
#include "server/type_test_record.h"
#include "tower/overrides.h"
#include "tower/report_html.h"
#include "tower/suite.h"

namespace hoistway::server {

using nlohmann::json;

namespace {

constexpr std::size_t kMaxNameBytes = 200;

Result<std::string> NameField(const json& body, const char* key) {
  const auto it = body.find(key);
  if (it == body.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
    return FieldError(key, "is required (text)");
  }
  const std::string& text = it->get_ref<const std::string&>();
  if (text.size() > kMaxNameBytes)
    return FieldError(key, fmt::format("has more than {} bytes", kMaxNameBytes));
  for (unsigned char ch : text) {
    if (ch < 0x20 || ch == 0x7f) return FieldError(key, "must not contain control characters");
  }
  return text;
}

// The request a stored type test was run from: its description and changes.
json StoredRequest(const registry::TypeTest& t) {
  json request = json::parse(t.changes.empty() ? "{}" : t.changes, nullptr, false);
  if (!request.is_object()) request = json::object();
  request["lift"] = t.description;
  return request;
}

}  // namespace

Result<HttpResponse> Api::ListModels(Context& c) {
  auto page = PageQueryOf(c.request);
  if (!page.ok()) return page.error();
  auto models = registry::TypeTests(c.tx.context())
                    .ListModels(c.request.Query("q"), page->page, page->per_page);
  if (!models.ok()) return models.error();
  json items = json::array();
  for (const registry::LiftModel& m : models->items) {
    json item = registry::ToJson(m);
    auto tests = registry::TypeTests(c.tx.context()).ListOf(m.id);
    if (!tests.ok()) return tests.error();
    item["latest"] = tests->empty() ? json(nullptr)
                                    : json{{"id", tests->front().id},
                                           {"run_at", tests->front().run_at},
                                           {"verdict", tests->front().verdict}};
    items.push_back(std::move(item));
  }
  return PageResponse(std::move(items), *models);
}

Result<HttpResponse> Api::CreateModel(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  if (!body->is_object()) return FieldError("body", "must be a JSON object");
  auto manufacturer = NameField(*body, "manufacturer");
  if (!manufacturer.ok()) return manufacturer.error();
  auto name = NameField(*body, "name");
  if (!name.ok()) return name.error();
  registry::LiftModel model;
  model.manufacturer = *manufacturer;
  model.name = *name;
  auto created = registry::TypeTests(c.tx.context()).CreateModel(std::move(model));
  if (!created.ok()) return created.error();
  HttpResponse r = JsonResponse(201, registry::ToJson(*created));
  r.headers.emplace_back("Location", fmt::format("/api/v1/models/{}", created->id));
  return r;
}

Result<HttpResponse> Api::GetModel(Context& c) {
  auto id = PathId(c.params[0], "model");
  if (!id.ok()) return id.error();
  auto model = registry::TypeTests(c.tx.context()).GetModel(*id);
  if (!model.ok()) return model.error();
  auto tests = registry::TypeTests(c.tx.context()).ListOf(*id);
  if (!tests.ok()) return tests.error();
  json out = registry::ToJson(*model);
  out["type_tests"] = JsonItems(*tests);
  return JsonResponse(200, out);
}

Result<HttpResponse> Api::AddTypeTest(Context& c) {
  auto id = PathId(c.params[0], "model");
  if (!id.ok()) return id.error();
  auto model = registry::TypeTests(c.tx.context()).GetModel(*id);
  if (!model.ok()) return model.error();
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto test = RunTypeTest(*body, {*id, "", c.caller.name});
  if (!test.ok()) return test.error();
  auto stored = registry::TypeTests(c.tx.context()).Add(std::move(test).value());
  if (!stored.ok()) return stored.error();
  c.events.push_back(
      {json{{"type", "type_test.created"}, {"type_test_id", stored->id}, {"model_id", *id}}.dump(),
       {}});
  stored->report.clear();
  stored->description.clear();
  HttpResponse r = JsonResponse(201, registry::ToJson(*stored));
  r.headers.emplace_back("Location", fmt::format("/api/v1/type-tests/{}", stored->id));
  return r;
}

Result<HttpResponse> Api::GetTypeTest(Context& c) {
  auto id = PathId(c.params[0], "type test");
  if (!id.ok()) return id.error();
  auto test = registry::TypeTests(c.tx.context()).Get(*id);
  if (!test.ok()) return test.error();
  return JsonResponse(200, registry::ToJson(*test));
}

Result<HttpResponse> Api::TypeTestReportHtml(Context& c) {
  auto id = PathId(c.params[0], "type test");
  if (!id.ok()) return id.error();
  auto test = registry::TypeTests(c.tx.context()).Get(*id);
  if (!test.ok()) return test.error();
  // The traces are not stored: the twin is deterministic, so the stored
  // description and changes give the same run again. Should a later version
  // of the tower judge a test otherwise, the page says so.
  auto request = ParseTowerRequest(StoredRequest(*test));
  if (!request.ok()) return Error(ErrorCode::kInternal, request.error().message());
  auto report = tower::RunSuite(request->lift.description, test->suite, tower::ProcedureOptions{});
  if (!report.ok()) return Error(ErrorCode::kInternal, report.error().message());
  report->source = fmt::format("type test {} of model {}, run {} by {}", test->id, test->model_id,
                               test->run_at, test->submitted_by);
  report->faults = request->faults;
  report->overrides = tower::OverridesOf(request->lift);
  std::vector<std::string> differ;
  for (std::size_t i = 0; i < report->tests.size() && i < test->results.size(); ++i) {
    if (tower::ToString(report->tests[i].verdict) != test->results[i].verdict)
      differ.push_back(report->tests[i].id);
  }
  if (!differ.empty()) {
    report->notice = fmt::format(
        "This version of the tower judges {} otherwise than the stored record ({}); the "
        "stored figures are those of GET /api/v1/type-tests/{}.",
        fmt::join(differ, ", "), test->run_at, test->id);
  }
  HttpResponse r;
  r.status = 200;
  r.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
  r.body = tower::FormatHtmlReport(*report);
  return r;
}

Result<HttpResponse> Api::LiftTypeTests(Context& c) {
  auto lift = c.tx.GetLift(c.params[0]);
  if (!lift.ok()) return lift.error();
  json out = {{"model", nullptr}, {"items", json::array()}};
  if (lift->manufacturer.empty() || lift->model.empty()) return JsonResponse(200, out);
  auto model = registry::TypeTests(c.tx.context()).FindModel(lift->manufacturer, lift->model);
  if (!model.ok()) {
    if (model.error().code() == ErrorCode::kNotFound) return JsonResponse(200, out);
    return model.error();
  }
  auto tests = registry::TypeTests(c.tx.context()).ListOf(model->id);
  if (!tests.ok()) return tests.error();
  out["model"] = registry::ToJson(*model);
  out["items"] = JsonItems(*tests);
  return JsonResponse(200, out);
}

}  // namespace hoistway::server
