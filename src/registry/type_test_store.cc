// Storage of lift models and their type tests (Transaction, repository.h).
#include <fmt/core.h>

#include <algorithm>

#include "core/printable.h"
#include "registry/json_codec.h"
#include "registry/repository.h"

namespace hoistway::registry {
namespace {

constexpr std::string_view kModelColumns =
    "SELECT m.id, m.manufacturer, m.name, m.created_at, "
    "(SELECT COUNT(*) FROM type_tests t WHERE t.model_id = m.id) FROM lift_models m";
constexpr std::string_view kTypeTestColumns =
    "SELECT id, model_id, run_at, suite, lift_name, verdict, submitted_by, description, changes, "
    "report "
    "FROM type_tests";

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

Result<LiftModel> Transaction::CreateModel(LiftModel model) {
  if (model.manufacturer.empty()) return FieldError("manufacturer", "is required");
  if (model.name.empty()) return FieldError("name", "is required");
  auto existing = FindModel(model.manufacturer, model.name);
  if (existing.ok()) {
    return Error(ErrorCode::kConflict,
                 fmt::format("name: {} {} is already registered as model {}",
                             Printable(model.manufacturer), Printable(model.name), existing->id));
  }
  if (existing.error().code() != ErrorCode::kNotFound) return existing.error();
  auto id = Insert(
      "INSERT INTO lift_models (manufacturer, name, created_at) VALUES (?, ?, ?) RETURNING id",
      {model.manufacturer, model.name, model.created_at});
  if (!id.ok()) return id.error();
  model.id = *id;
  model.type_tests = 0;
  Status audit = Audit("create", "model", std::to_string(model.id), "", ToJson(model).dump());
  if (!audit.ok()) return audit.error();
  return model;
}

Result<LiftModel> Transaction::GetModel(std::int64_t id) {
  auto rows = Query(std::string(kModelColumns) + " WHERE m.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no model {}", id));
  return ModelFromRow((*rows)[0]);
}

Result<LiftModel> Transaction::FindModel(std::string_view manufacturer, std::string_view name) {
  auto rows = Query(std::string(kModelColumns) + " WHERE m.manufacturer = ? AND m.name = ?",
                    {std::string(manufacturer), std::string(name)});
  if (!rows.ok()) return rows.error();
  if (rows->empty())
    return NotFound(fmt::format("no model {} {}", Printable(manufacturer), Printable(name)));
  return ModelFromRow((*rows)[0]);
}

Result<Page<LiftModel>> Transaction::ListModels(std::string_view q, int page, int per_page) {
  std::string where;
  std::vector<SqlValue> params;
  if (!q.empty()) {
    // A part of the manufacturer's or the model's name, case as written.
    where = " WHERE m.manufacturer LIKE ? OR m.name LIKE ?";
    std::string pattern = "%";
    for (char c : q) {
      if (c == '%' || c == '_' || c == '\\') continue;  // no wildcards from the caller
      pattern += c;
    }
    pattern += "%";
    params = {pattern, pattern};
  }
  auto count = Query("SELECT COUNT(*) FROM lift_models m" + where, params);
  if (!count.ok()) return count.error();
  Page<LiftModel> out;
  out.total = (*count)[0].Int(0);
  out.page = std::max(1, page);
  out.per_page = std::clamp(per_page, 1, kMaxPerPage);
  params.emplace_back(static_cast<std::int64_t>(out.per_page));
  params.emplace_back(static_cast<std::int64_t>((out.page - 1) * out.per_page));
  auto rows = Query(
      std::string(kModelColumns) + where + " ORDER BY m.manufacturer, m.name LIMIT ? OFFSET ?",
      params);
  if (!rows.ok()) return rows.error();
  for (const SqlRow& r : *rows) out.items.push_back(ModelFromRow(r));
  return out;
}

Result<TypeTest> Transaction::AddTypeTest(TypeTest test) {
  auto model = GetModel(test.model_id);
  if (!model.ok()) return model.error();
  auto id = Insert(
      "INSERT INTO type_tests (model_id, run_at, suite, lift_name, verdict, submitted_by, "
      "description, "
      "changes, report) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {test.model_id, test.run_at, test.suite, test.lift_name, test.verdict, test.submitted_by,
       test.description, test.changes, test.report});
  if (!id.ok()) return id.error();
  test.id = *id;
  for (std::size_t i = 0; i < test.results.size(); ++i) {
    const TypeTestResult& r = test.results[i];
    auto row = Query(
        "INSERT INTO type_test_results (type_test_id, position, test_id, clause, measured, unit, "
        "limit_value, "
        "verdict) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {test.id, static_cast<std::int64_t>(i), r.test_id, r.clause, Optional(r.measured), r.unit,
         Optional(r.limit), r.verdict});
    if (!row.ok()) return row.error();
  }
  nlohmann::json summary = ToJson(test);
  summary.erase("report");
  summary.erase("description");
  Status audit = Audit("create", "type_test", std::to_string(test.id), "", summary.dump());
  if (!audit.ok()) return audit.error();
  return test;
}

Result<TypeTest> Transaction::GetTypeTest(std::int64_t id) {
  auto rows = Query(std::string(kTypeTestColumns) + " WHERE id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no type test {}", id));
  TypeTest test = TypeTestFromRow((*rows)[0]);
  auto results = Query(
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
  return test;
}

Result<std::vector<TypeTest>> Transaction::ListTypeTests(std::int64_t model_id) {
  auto rows =
      Query(std::string(kTypeTestColumns) + " WHERE model_id = ? ORDER BY run_at DESC, id DESC",
            {model_id});
  if (!rows.ok()) return rows.error();
  std::vector<TypeTest> out;
  for (const SqlRow& r : *rows) {
    auto full = GetTypeTest(r.Int(0));
    if (!full.ok()) return full.error();
    TypeTest t = std::move(full).value();
    t.report.clear();  // lists carry the summary; GET /type-tests/{id} the whole report
    t.description.clear();
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace hoistway::registry
