// Versioned schema migrations (data/migrations/NNNN_name.sql, embedded), applied
// in order of version, each once, inside one transaction. A version that differs
// between the backends is two files, NNNN_name.sqlite.sql and
// NNNN_name.postgres.sql.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "registry/sql.h"

namespace hoistway::registry {

struct Migration {
  int version = 0;
  std::string name;
  std::string sql;  // in the dialect it was rendered for
};

// The migrations of the repository, rendered for `dialect`, by version.
std::vector<Migration> Migrations(SqlDialect dialect);

// The names of the migrations not yet applied to the database, by version
// (empty when it is up to date). A version is applied once, whatever its
// order: one merged after a later one still runs.
Result<std::vector<std::string>> PendingMigrations(SqlConnection& connection);

// Applies every pending migration in one transaction; returns how many ran.
Result<int> Migrate(SqlConnection& connection, std::chrono::sys_seconds now);

}  // namespace hoistway::registry
