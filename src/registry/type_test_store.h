// Storage of lift models and their type tests (SQL only; the checks, the
// audit log and the clock are TypeTests').
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/lift_store.h"
#include "registry/sql_session.h"
#include "registry/type_test.h"

namespace hoistway::registry {

class TypeTestStore {
 public:
  explicit TypeTestStore(SqlSession& sql) : sql_(sql) {}

  // Inserts `model`; returns its id.
  Result<std::int64_t> InsertModel(const LiftModel& model);
  // The model (with its count of type tests); nullopt when there is none.
  Result<std::optional<LiftModel>> Model(std::int64_t id);
  Result<std::optional<LiftModel>> ModelNamed(std::string_view manufacturer, std::string_view name);
  // `q`: part of the manufacturer's or the model's name (no wildcards).
  Result<Page<LiftModel>> ListModels(std::string_view q, int page, int per_page);

  // Inserts `test` with its results; returns its id.
  Result<std::int64_t> InsertTypeTest(const TypeTest& test);
  // The type test with its results; nullopt when there is none.
  Result<std::optional<TypeTest>> TypeTestById(std::int64_t id);
  // The model's type tests, newest first, with their results.
  Result<std::vector<TypeTest>> TypeTestsOf(std::int64_t model_id);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry
