#include "registry/migrations.h"

#include <fmt/core.h>

#include <cstdlib>
#include <set>

#include "registry/date.h"
#include "registry/embedded_data.h"

namespace hoistway::registry {
namespace {

constexpr std::string_view kPrefix = "migrations/";

std::string Render(std::string_view sql, SqlDialect dialect) {
  const bool pg = dialect == SqlDialect::kPostgres;
  const std::pair<std::string_view, std::string_view> tokens[] = {
      {"{ID}", pg ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"},
      {"{INT}", pg ? "BIGINT" : "INTEGER"},
      {"{REAL}", pg ? "DOUBLE PRECISION" : "REAL"},
  };
  std::string out(sql);
  for (const auto& [token, replacement] : tokens) {
    for (auto pos = out.find(token); pos != std::string::npos; pos = out.find(token, pos)) {
      out.replace(pos, token.size(), replacement);
      pos += replacement.size();
    }
  }
  return out;
}

Status EnsureTable(SqlConnection& connection) {
  return connection.ExecScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT "
      "NULL, applied_at TEXT NOT NULL)");
}

}  // namespace

std::vector<Migration> Migrations(SqlDialect dialect) {
  const std::string_view own = dialect == SqlDialect::kPostgres ? ".postgres" : ".sqlite";
  std::vector<Migration> out;
  for (const auto& file : EmbeddedDataFiles()) {
    if (!file.path.starts_with(kPrefix) || !file.path.ends_with(".sql")) continue;
    std::string_view stem = file.path.substr(kPrefix.size(), file.path.size() - kPrefix.size() - 4);
    // NNNN_name.sqlite.sql and NNNN_name.postgres.sql are for one dialect only.
    if (const auto dot = stem.rfind('.'); dot != std::string_view::npos) {
      if (stem.substr(dot) != own) continue;
      stem = stem.substr(0, dot);
    }
    Migration m;
    m.version = std::atoi(std::string(stem.substr(0, stem.find('_'))).c_str());
    m.name = std::string(stem);
    m.sql = Render(file.text, dialect);
    out.push_back(std::move(m));
  }
  return out;  // EmbeddedDataFiles() is sorted by path, so by version
}

namespace {

// The versions recorded in schema_migrations; the caller's transaction is open.
Result<std::set<std::int64_t>> AppliedVersions(SqlConnection& connection) {
  Status status = EnsureTable(connection);
  if (!status.ok()) return status.error();
  auto rows = connection.Query("SELECT version FROM schema_migrations", {});
  if (!rows.ok()) return rows.error();
  std::set<std::int64_t> versions;
  for (const auto& row : *rows) versions.insert(row.Int(0));
  return versions;
}

}  // namespace

Result<std::vector<std::string>> PendingMigrations(SqlConnection& connection) {
  Status status = connection.Begin(TxMode::kWrite);
  if (!status.ok()) return status.error();
  auto applied = AppliedVersions(connection);
  if (!applied.ok()) {
    connection.Rollback();
    return applied.error();
  }
  status = connection.Commit();
  if (!status.ok()) return status.error();
  std::vector<std::string> pending;
  for (const auto& m : Migrations(connection.dialect())) {
    if (!applied->contains(m.version)) pending.push_back(m.name);
  }
  return pending;
}

Result<int> Migrate(SqlConnection& connection, std::chrono::sys_seconds now) {
  Status status = connection.Begin(TxMode::kWrite);
  if (!status.ok()) return status.error();
  auto fail = [&](const Error& error) -> Result<int> {
    connection.Rollback();
    return error;
  };
  auto applied_versions = AppliedVersions(connection);
  if (!applied_versions.ok()) return fail(applied_versions.error());
  int applied = 0;
  for (const auto& m : Migrations(connection.dialect())) {
    if (applied_versions->contains(m.version)) continue;
    status = connection.ExecScript(m.sql);
    if (!status.ok()) {
      return fail(Error(status.error().code(),
                        fmt::format("migration {}: {}", m.name, status.error().message())));
    }
    auto inserted = connection.Query(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
        {SqlValue{std::int64_t{m.version}}, SqlValue{m.name}, SqlValue{FormatTimestamp(now)}});
    if (!inserted.ok()) return fail(inserted.error());
    ++applied;
  }
  status = connection.Commit();
  if (!status.ok()) return status.error();
  return applied;
}

}  // namespace hoistway::registry
