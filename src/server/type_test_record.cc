#include "server/type_test_record.h"

#include <cmath>

#include "registry/json_codec.h"
#include "server/tower_input.h"
#include "tower/overrides.h"
#include "tower/report_json.h"
#include "tower/suite.h"

namespace hoistway::server {

using nlohmann::json;

Result<registry::TypeTest> RunTypeTest(const json& body, const TypeTestOrigin& origin) {
  if (body.is_object() && body.contains("tests")) {
    return FieldError("tests", "a type test runs the whole suite: leave tests out");
  }
  auto request = ParseTowerRequest(body);
  if (!request.ok()) return request.error();
  auto report =
      tower::RunSuite(request->lift.description, tower::kDefaultSuite, tower::ProcedureOptions{});
  if (!report.ok()) return report.error();
  report->source = kTowerSourceName;
  report->faults = request->faults;
  report->overrides = tower::OverridesOf(request->lift);

  registry::TypeTest test;
  test.model_id = origin.model_id;
  test.run_at = origin.run_at;
  test.submitted_by = origin.submitted_by;
  test.suite = report->suite;
  test.lift_name =
      request->lift.description.name.empty() ? "(unnamed)" : request->lift.description.name;
  test.verdict = tower::ToString(report->verdict);
  test.description = body["lift"].get<std::string>();
  test.changes =
      json{{"set", body.value("set", json::array())}, {"faults", request->faults}}.dump();
  test.report = tower::ReportJson(*report).dump();
  for (const tower::TestResult& t : report->tests) {
    registry::TypeTestResult r;
    r.test_id = t.id;
    r.clause = t.clause;
    if (std::isfinite(t.measured)) r.measured = t.measured;
    r.unit = t.unit;
    if (std::isfinite(t.limit)) r.limit = t.limit;
    r.verdict = tower::ToString(t.verdict);
    test.results.push_back(std::move(r));
  }
  return test;
}

}  // namespace hoistway::server
