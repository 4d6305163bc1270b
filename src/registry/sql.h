// The narrow interface between the repository and a SQL database. Two
// implementations: SQLite (sqlite_backend.h) and PostgreSQL (postgres_backend.h).
// Statements use `?` placeholders; values are always bound, never spliced.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/status.h"

namespace hoistway::registry {

// A bound parameter: NULL, integer, real or text.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// One result row; every column as text (NULL as nullopt).
class SqlRow {
 public:
  explicit SqlRow(std::vector<std::optional<std::string>> columns) : columns_(std::move(columns)) {}
  std::size_t size() const { return columns_.size(); }
  bool IsNull(std::size_t i) const { return !columns_[i].has_value(); }
  // Text of column i ("" for NULL).
  const std::string& Text(std::size_t i) const;
  std::int64_t Int(std::size_t i) const;
  double Real(std::size_t i) const;
  std::optional<std::int64_t> OptInt(std::size_t i) const;

 private:
  std::vector<std::optional<std::string>> columns_;
};

using SqlRows = std::vector<SqlRow>;

// SQL dialect differences the repository must know about.
enum class SqlDialect { kSqlite, kPostgres };

// Whether a transaction may write; SQLite takes its write lock up front for writers.
enum class TxMode { kRead, kWrite };

// One open connection. Not thread-safe: one thread uses it at a time.
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual SqlDialect dialect() const = 0;
  virtual Status Begin(TxMode mode) = 0;
  virtual Status Commit() = 0;
  // Rolls back the open transaction, if any; never fails.
  virtual void Rollback() = 0;
  // Runs one statement with bound parameters and returns its rows. A unique
  // or foreign-key violation is kConflict with ConstraintMessage() (no SQL
  // text: it may reach an API answer); a lost server is kUnavailable.
  virtual Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;
};

// Which kind of constraint a statement violated, in words that name no
// table, column or statement.
enum class Constraint { kUnique, kForeignKey, kOther };
std::string ConstraintMessage(Constraint constraint);

// A database: a thread-safe source of connections.
class SqlDatabase {
 public:
  virtual ~SqlDatabase() = default;
  virtual SqlDialect dialect() const = 0;
  // Opens a new connection; kUnavailable when the database cannot be reached.
  virtual Result<std::unique_ptr<SqlConnection>> Connect() = 0;
  // A description safe to print (no password).
  virtual std::string Describe() const = 0;
};

// Opens "sqlite:PATH" (or a bare path ending in .db/.sqlite) or
// "postgresql://..." / "postgres://...". Errors name the URL problem.
Result<std::unique_ptr<SqlDatabase>> OpenDatabase(std::string_view url);

}  // namespace hoistway::registry
