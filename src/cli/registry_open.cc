#include "cli/registry_open.h"

namespace hoistway::cli {

Result<std::unique_ptr<registry::Repository>> OpenRegistry(const std::string& db_url,
                                                           const std::string& profile,
                                                           bool migrate) {
  auto rules = registry::LoadProfile(profile);
  if (!rules.ok()) return rules.error();
  auto database = registry::OpenDatabase(db_url);
  if (!database.ok()) return database.error();
  return registry::Repository::Open(std::move(*database), std::move(*rules), registry::Now,
                                    migrate);
}

}  // namespace hoistway::cli
