#include "registry/type_test_store.h"

#include <algorithm>
#include <string>

namespace hoistway::registry {
namespace {

const std::string kModelSelect =
    "SELECT m.id, m.manufacturer, m.name, m.created_at, "
    "(SELECT COUNT(*) FROM type_tests t WHERE t.model_id = m.id) FROM lift_models m";
const std::string kTypeTestSelect =
    "SELECT id, model_id, run_at, suite, lift_name, verdict, submitted_by, description, changes, "
    "report FROM type_tests";

LiftModel ModelFromRow(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4)};
}

TypeTest TypeTestFromRow(const SqlRow& r) {
  TypeTest t;
  t.id = r.Int(0);
  t.model_id = r.Int(1);
  t.run_at = r.Text(2);
  t.suite = r.Text(3);
  t.lift_name = r.Text(4);
  t.verdict = r.Text(5);
  t.submitted_by = r.Text(6);
  t.description = r.Text(7);
  t.changes = r.Text(8);
  t.report = r.Text(9);
  return t;
}

SqlValue Optional(const std::optional<double>& value) {
  return value ? SqlValue(*value) : SqlValue(std::monostate{});
}

}  // namespace

Result<std::int64_t> TypeTestStore::InsertModel(const LiftModel& model) {
  return sql_.Insert(
      "INSERT INTO lift_models (manufacturer, name, created_at) VALUES (?, ?, ?) RETURNING id",
      {model.manufacturer, model.name, model.created_at});
}

Result<std::optional<LiftModel>> TypeTestStore::Model(std::int64_t id) {
  auto rows = sql_.Query(kModelSelect + " WHERE m.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<LiftModel>();
  return std::optional<LiftModel>(ModelFromRow((*rows)[0]));
}

Result<std::optional<LiftModel>> TypeTestStore::ModelNamed(std::string_view manufacturer,
                                                           std::string_view name) {
  auto rows = sql_.Query(kModelSelect + " WHERE m.manufacturer = ? AND m.name = ?",
                         {std::string(manufacturer), std::string(name)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<LiftModel>();
  return std::optional<LiftModel>(ModelFromRow((*rows)[0]));
}

Result<Page<LiftModel>> TypeTestStore::ListModels(std::string_view q, int page, int per_page) {
  std::string where;
  std::vector<SqlValue> params;
  if (!q.empty()) {
    where = " WHERE m.manufacturer LIKE ? OR m.name LIKE ?";
    std::string pattern = "%";
    for (char c : q) {
      if (c == '%' || c == '_' || c == '\\') continue;  // no wildcards from the caller
      pattern += c;
    }
    pattern += "%";
    params = {pattern, pattern};
  }
  auto count = sql_.Query("SELECT COUNT(*) FROM lift_models m" + where, params);
  if (!count.ok()) return count.error();
  Page<LiftModel> out;
  out.total = (*count)[0].Int(0);
  out.page = std::max(1, page);
  out.per_page = std::clamp(per_page, 1, kMaxPerPage);
  params.emplace_back(static_cast<std::int64_t>(out.per_page));
  params.emplace_back(static_cast<std::int64_t>((out.page - 1) * out.per_page));
  auto rows = sql_.Query(kModelSelect + where + " ORDER BY m.manufacturer, m.name LIMIT ? OFFSET ?",
                         params);
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) out.items.push_back(ModelFromRow(r));
  return out;
}

Result<std::int64_t> TypeTestStore::InsertTypeTest(const TypeTest& test) {
  auto id = sql_.Insert(
      "INSERT INTO type_tests (model_id, run_at, suite, lift_name, verdict, submitted_by, "
      "description, changes, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {test.model_id, test.run_at, test.suite, test.lift_name, test.verdict, test.submitted_by,
       test.description, test.changes, test.report});
  if (!id.ok()) return id.error();
  for (std::size_t i = 0; i < test.results.size(); ++i) {
    const TypeTestResult& r = test.results[i];
    auto row = sql_.Query(
        "INSERT INTO type_test_results (type_test_id, position, test_id, clause, measured, unit, "
        "limit_value, verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {*id, static_cast<std::int64_t>(i), r.test_id, r.clause, Optional(r.measured), r.unit,
         Optional(r.limit), r.verdict});
    if (!row.ok()) return row.error();
  }
  return id;
}

Result<std::optional<TypeTest>> TypeTestStore::TypeTestById(std::int64_t id) {
  auto rows = sql_.Query(kTypeTestSelect + " WHERE id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<TypeTest>();
  TypeTest test = TypeTestFromRow((*rows)[0]);
  auto results = sql_.Query(
      "SELECT test_id, clause, measured, unit, limit_value, verdict FROM type_test_results "
      "WHERE type_test_id = ? ORDER BY position",
      {id});
  if (!results.ok()) return results.error();
  for (const SqlRow& r : *results) {
    TypeTestResult t;
    t.test_id = r.Text(0);
    t.clause = r.Text(1);
    if (!r.IsNull(2)) t.measured = r.Real(2);
    t.unit = r.Text(3);
    if (!r.IsNull(4)) t.limit = r.Real(4);
    t.verdict = r.Text(5);
    test.results.push_back(std::move(t));
  }
  return std::optional<TypeTest>(std::move(test));
}

Result<std::vector<TypeTest>> TypeTestStore::TypeTestsOf(std::int64_t model_id) {
  auto rows = sql_.Query(
      "SELECT id FROM type_tests WHERE model_id = ? ORDER BY run_at DESC, id DESC", {model_id});
  if (!rows.ok()) return rows.error();
  std::vector<TypeTest> out;
  for (const SqlRow& r : *rows) {
    auto test = TypeTestById(r.Int(0));
    if (!test.ok()) return test.error();
    if (*test) out.push_back(std::move(**test));
  }
  return out;
}

}  // namespace hoistway::registry
