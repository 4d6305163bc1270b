#include "server/demo_type_tests.h"

#include <fmt/core.h>

#include <string>
#include <vector>

#include "registry/date.h"
#include "registry/type_tests.h"
#include "server/type_test_record.h"
#include "tower/example_lifts.h"

namespace hoistway::server {

namespace {

struct DemoRun {
  int days_ago;
  std::vector<std::string> faults;
};

struct DemoModel {
  const char* certificate_no;
  const char* example;  // examples/tower/<name>.yaml
  std::vector<DemoRun> runs;
};

}  // namespace

Status AddDemoTypeTests(registry::Repository& repository, std::chrono::sys_seconds now) {
  const std::vector<DemoModel> models = {
      {"DEMO-M-001", "mrl-630", {{900, {"worn_brake_lining"}}, {880, {}}}},
      {"DEMO-M-002", "mr-1000-2to1", {{700, {}}}},
      {"DEMO-M-003", "gearless-1600-4", {{500, {}}}},
      {"DEMO-M-004", "mr-1000-2to1", {{300, {"worn_grooves"}}, {250, {}}}},
  };
  auto tx = repository.Begin(registry::TxMode::kWrite, "demo");
  if (!tx.ok()) return tx.error();
  const auto examples = tower::BuiltInExampleLifts();
  for (const DemoModel& m : models) {
    auto certificate = tx->GetCertificate(m.certificate_no);
    if (!certificate.ok()) return certificate.error();
    registry::LiftModel model;
    model.manufacturer = certificate->manufacturer;
    model.name = certificate->model;
    model.created_at =
        registry::FormatTimestamp(now - std::chrono::days(m.runs.front().days_ago + 30));
    model.created_at =
        registry::FormatTimestamp(now - std::chrono::days(m.runs.front().days_ago + 30));
    auto created = registry::TypeTests(tx->context()).CreateModel(std::move(model));
    if (!created.ok()) return created.error();
    std::string text;
    for (const auto& e : examples) {
      if (e.name == m.example) text = std::string(e.text);
    }
    if (text.empty())
      return Error(ErrorCode::kInternal, fmt::format("no example lift {}", m.example));
    for (const DemoRun& run : m.runs) {
      // The description names the demo model rather than the example.
      const nlohmann::json body = {
          {"lift", text},
          {"set", {fmt::format("name={} {} (demo)", created->manufacturer, created->name)}},
          {"faults", run.faults}};
      auto test = RunTypeTest(
          body, {created->id, registry::FormatTimestamp(now - std::chrono::days(run.days_ago)),
                 "demo-inspector"});
      if (!test.ok()) return test.error();
      auto stored = registry::TypeTests(tx->context()).Add(std::move(test).value());
      if (!stored.ok()) return stored.error();
    }
  }
  return tx->Commit();
}

}  // namespace hoistway::server
