#include "registry/type_tests.h"

#include <fmt/core.h>

#include "core/printable.h"
#include "registry/json_codec.h"
#include "registry/type_test_store.h"

namespace hoistway::registry {

Result<LiftModel> TypeTests::CreateModel(LiftModel model) {
  if (model.manufacturer.empty()) return FieldError("manufacturer", "is required");
  if (model.name.empty()) return FieldError("name", "is required");
  TypeTestStore store(context_.sql);
  auto existing = store.ModelNamed(model.manufacturer, model.name);
  if (!existing.ok()) return existing.error();
  if (*existing) {
    return Error::AtField(
        ErrorCode::kConflict, "name",
        fmt::format("{} {} is already registered as model {}", Printable(model.manufacturer),
                    Printable(model.name), (*existing)->id));
  }
  if (model.created_at.empty()) model.created_at = FormatTimestamp(context_.now);
  auto id = store.InsertModel(model);
  if (!id.ok()) return id.error();
  model.id = *id;
  model.type_tests = 0;
  Status audit =
      context_.Audit("create", "model", std::to_string(model.id), "", ToJson(model).dump());
  if (!audit.ok()) return audit.error();
  return model;
}

Result<LiftModel> TypeTests::GetModel(std::int64_t id) {
  auto model = TypeTestStore(context_.sql).Model(id);
  if (!model.ok()) return model.error();
  if (!*model) return NotFound(fmt::format("no model {}", id));
  return **model;
}

Result<LiftModel> TypeTests::FindModel(std::string_view manufacturer, std::string_view name) {
  auto model = TypeTestStore(context_.sql).ModelNamed(manufacturer, name);
  if (!model.ok()) return model.error();
  if (!*model)
    return NotFound(fmt::format("no model {} {}", Printable(manufacturer), Printable(name)));
  return **model;
}

Result<Page<LiftModel>> TypeTests::ListModels(std::string_view q, int page, int per_page) {
  return TypeTestStore(context_.sql).ListModels(q, page, per_page);
}

Result<TypeTest> TypeTests::Add(TypeTest test) {
  auto model = GetModel(test.model_id);
  if (!model.ok()) return model.error();
  if (test.run_at.empty()) test.run_at = FormatTimestamp(context_.now);
  auto id = TypeTestStore(context_.sql).InsertTypeTest(test);
  if (!id.ok()) return id.error();
  test.id = *id;
  nlohmann::json summary = ToJson(test);
  summary.erase("report");
  summary.erase("description");
  Status audit = context_.Audit("create", "type_test", std::to_string(test.id), "", summary.dump());
  if (!audit.ok()) return audit.error();
  return test;
}

Result<TypeTest> TypeTests::Get(std::int64_t id) {
  auto test = TypeTestStore(context_.sql).TypeTestById(id);
  if (!test.ok()) return test.error();
  if (!*test) return NotFound(fmt::format("no type test {}", id));
  return std::move(**test);
}

Result<std::vector<TypeTest>> TypeTests::ListOf(std::int64_t model_id) {
  auto tests = TypeTestStore(context_.sql).TypeTestsOf(model_id);
  if (!tests.ok()) return tests.error();
  for (TypeTest& t : *tests) {
    t.report.clear();  // lists carry the summary; Get the whole report
    t.description.clear();
  }
  return tests;
}

}  // namespace hoistway::registry
