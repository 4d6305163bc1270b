// Opening the registry from the command line's --db and --profile options.
#pragma once

#include <memory>
#include <string>

#include "core/status.h"
#include "registry/repository.h"

namespace hoistway::cli {

// The default --db: an SQLite file in the working directory.
inline constexpr const char* kDefaultDb = "sqlite:hoistway.db";

// Opens the database at `db_url` under profile `profile` (an id or a YAML
// file), applying pending migrations when `migrate` is true.
Result<std::unique_ptr<registry::Repository>> OpenRegistry(const std::string& db_url,
                                                           const std::string& profile,
                                                           bool migrate = true);

}  // namespace hoistway::cli
