// Versioned schema migrations (data/migrations/NNNN_name.sql, embedded), applied
// in order, each version once, inside one transaction. A version that differs
// between the backends is two files, NNNN_name.sqlite.sql and
// NNNN_name.postgres.sql.
#pragma once

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

// Highest version applied, 0 for an empty database.
Result<int> SchemaVersion(SqlConnection& connection);

// Applies every missing migration in one transaction; returns how many ran.
Result<int> Migrate(SqlConnection& connection);

}  // namespace hoistway::registry
