#include "registry/sql.h"

#include <fmt/core.h>

#include <cstdlib>

#include "registry/postgres_backend.h"
#include "registry/sqlite_backend.h"

namespace hoistway::registry {

const std::string& SqlRow::Text(std::size_t i) const {
  static const std::string kEmpty;
  return columns_[i] ? *columns_[i] : kEmpty;
}

std::int64_t SqlRow::Int(std::size_t i) const {
  return columns_[i] ? std::strtoll(columns_[i]->c_str(), nullptr, 10) : 0;
}

double SqlRow::Real(std::size_t i) const {
  return columns_[i] ? std::strtod(columns_[i]->c_str(), nullptr) : 0.0;
}

std::optional<std::int64_t> SqlRow::OptInt(std::size_t i) const {
  if (!columns_[i]) return std::nullopt;
  return Int(i);
}

std::string ConstraintMessage(Constraint constraint) {
  switch (constraint) {
    case Constraint::kUnique:
      return "the record duplicates one that exists";
    case Constraint::kForeignKey:
      return "the record refers to a record that does not exist";
    case Constraint::kOther:
      break;
  }
  return "the record breaks a rule of the database";
}

Result<std::unique_ptr<SqlDatabase>> OpenDatabase(std::string_view url) {
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return OpenPostgres(std::string(url));
  }
  std::string_view path = url;
  if (url.starts_with("sqlite:")) path = url.substr(7);
  if (path.starts_with("//")) path = path.substr(2);
  if (path.empty()) {
    return InvalidInput(fmt::format("--db '{}': expected sqlite:PATH or postgresql://...", url));
  }
  if (!url.starts_with("sqlite:") && url.find("://") != std::string_view::npos) {
    return InvalidInput(
        fmt::format("--db '{}': unknown scheme (expected sqlite: or postgresql://)", url));
  }
  return OpenSqlite(std::string(path));
}

}  // namespace hoistway::registry
