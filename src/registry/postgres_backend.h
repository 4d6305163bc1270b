// PostgreSQL backend of the registry (libpqxx 6.4), for a national fleet.
#pragma once

#include <memory>
#include <string>

#include "registry/sql.h"

namespace hoistway::registry {

// A database at the libpq connection URL `url` (postgresql://user@host:port/db).
// Connecting happens in Connect(), not here.
Result<std::unique_ptr<SqlDatabase>> OpenPostgres(std::string url);

}  // namespace hoistway::registry
