// API handlers: the virtual test tower of the web console (docs/tower.md).
// A run of one lift's suite takes tens of milliseconds, so it is answered
// at once, like the workbench's round-trip time.
#include <fmt/core.h>

#include "server/api.h"
#include "server/tower_input.h"
#include "tower/example_lifts.h"
#include "tower/faults.h"
#include "tower/overrides.h"
#include "tower/parameters.h"
#include "tower/report_html.h"
#include "tower/report_json.h"
#include "tower/suite.h"

namespace hoistway::server {

using nlohmann::json;

namespace {

// The report of a parsed request, with what was changed.
Result<tower::TowerReport> RunTower(const TowerRequest& request) {
  auto report = tower::RunSuite(request.lift.description, tower::kDefaultSuite,
                                tower::ProcedureOptions{}, request.tests);
  if (!report.ok()) return FieldError("tests", report.error().message());
  report->source = kTowerSourceName;
  report->faults = request.faults;
  report->overrides = tower::OverridesOf(request.lift);
  return report;
}

}  // namespace

Result<HttpResponse> Api::TowerRun(Context& c) {
  auto body = ParseBody(c.request);
  if (!body.ok()) return body.error();
  auto request = ParseTowerRequest(*body);
  if (!request.ok()) return request.error();
  auto report = RunTower(*request);
  if (!report.ok()) return report.error();
  if (c.request.Query("format") == "html") {
    HttpResponse r;
    r.status = 200;
    r.headers.emplace_back("Content-Type", "text/html; charset=utf-8");
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"tower-report.html\"");
    r.body = tower::FormatHtmlReport(*report);
    return r;
  }
  tower::JsonOptions options;
  options.traces = true;
  return JsonResponse(200, tower::ReportJson(*report, options));
}

Result<HttpResponse> Api::TowerFaults(Context&) {
  json items = json::array();
  for (const tower::Fault& f : tower::BuiltInFaults()) items.push_back(tower::FaultJson(f));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> Api::TowerCatalogue(Context&) {
  json examples = json::array();
  for (const tower::ExampleLiftText& e : tower::BuiltInExampleLifts()) {
    examples.push_back({{"name", e.name}, {"text", e.text}});
  }
  json tests = json::array();
  for (const tower::TestInfo& t : tower::En8120Tests()) {
    tests.push_back({{"id", t.id}, {"clause", t.clause}, {"what", t.what}});
  }
  json keys = json::array();
  for (const tower::Parameter& p : tower::Parameters()) {
    keys.push_back(
        {{"key", p.path}, {"unit", p.unit}, {"meaning", p.meaning}, {"required", p.required}});
  }
  return JsonResponse(
      200,
      {{"suite", tower::kDefaultSuite}, {"tests", tests}, {"examples", examples}, {"keys", keys}});
}

}  // namespace hoistway::server
