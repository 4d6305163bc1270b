// SQLite backend of the registry: one embedded file, WAL journal, full sync
// (a committed transaction survives a crash of the process).
#pragma once

#include <memory>
#include <string>

#include "registry/sql.h"

namespace hoistway::registry {

// A database in the SQLite file at `path` (created when missing).
Result<std::unique_ptr<SqlDatabase>> OpenSqlite(std::string path);

}  // namespace hoistway::registry
