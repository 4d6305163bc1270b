// Lift models and their type tests on the virtual test tower: a kind of
// record in files of its own over the layer's RecordContext (docs/registry.md,
// "Adding a kind of record"). A model is unique by (manufacturer, name); a
// type test is what the server computed, stored whole.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/lift_store.h"
#include "registry/repository.h"
#include "registry/type_test.h"

namespace hoistway::registry {

class TypeTests {
 public:
  explicit TypeTests(RecordContext context) : context_(context) {}

  // Registers a model, created at the context's time unless `created_at` is given (kConflict naming
  // "name" when the manufacturer already has one of that name). Audited.
  Result<LiftModel> CreateModel(LiftModel model);
  Result<LiftModel> GetModel(std::int64_t id);
  Result<LiftModel> FindModel(std::string_view manufacturer, std::string_view name);
  Result<Page<LiftModel>> ListModels(std::string_view q, int page, int per_page);

  // Stores a type test with its results (kNotFound for an unknown model);
  // run at the context's time unless `test.run_at` is given. Audited.
  Result<TypeTest> Add(TypeTest test);
  Result<TypeTest> Get(std::int64_t id);
  // Newest first; each with its results but without report and description.
  Result<std::vector<TypeTest>> ListOf(std::int64_t model_id);

 private:
  RecordContext context_;
};

}  // namespace hoistway::registry
