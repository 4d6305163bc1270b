// One open database transaction on one connection, as the stores see it:
// statements with bound parameters, and whether the connection is still
// usable (a lost server makes it unhealthy: it is not pooled again).
// Not thread-safe: one thread, one transaction.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/sql.h"

namespace hoistway::registry {

class SqlSession {
 public:
  explicit SqlSession(std::unique_ptr<SqlConnection> connection)
      : connection_(std::move(connection)) {}

  SqlDialect dialect() const { return connection_->dialect(); }
  // Runs one statement (see SqlConnection::Query).
  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params);
  // Runs an INSERT ... RETURNING id and returns the id.
  Result<std::int64_t> Insert(std::string_view sql, const std::vector<SqlValue>& params);

  // For the Transaction that owns the session.
  SqlConnection& connection() { return *connection_; }
  std::unique_ptr<SqlConnection> Release() { return std::move(connection_); }
  bool has_connection() const { return connection_ != nullptr; }
  bool healthy() const { return healthy_; }
  void MarkUnhealthy() { healthy_ = false; }

 private:
  std::unique_ptr<SqlConnection> connection_;
  bool healthy_ = true;  // false after the connection reported kUnavailable
};

// A NULL for nullopt, else the id.
inline SqlValue OptIdValue(const std::optional<std::int64_t>& id) {
  return id ? SqlValue{*id} : SqlValue{};
}

}  // namespace hoistway::registry
