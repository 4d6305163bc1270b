#include "registry/sqlite_backend.h"

#include <fmt/core.h>
#include <sqlite3.h>

#include <unordered_map>

#include "registry/sqlite_checkpointer.h"

namespace hoistway::registry {
namespace {

constexpr int kBusyTimeoutMs = 10000;

Error SqliteError(sqlite3* db, int rc, std::string_view what) {
  const int extended = db ? sqlite3_extended_errcode(db) : rc;
  const std::string message =
      fmt::format("sqlite: {}: {}", what, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if ((extended & 0xff) == SQLITE_CONSTRAINT) {
    const Constraint kind =
        extended == SQLITE_CONSTRAINT_FOREIGNKEY ? Constraint::kForeignKey
        : extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY
            ? Constraint::kUnique
            : Constraint::kOther;
    return {ErrorCode::kConflict, ConstraintMessage(kind)};
  }
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_CANTOPEN) {
    return {ErrorCode::kUnavailable, message};
  }
  return {ErrorCode::kInternal, message};
}

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(sqlite3* db, std::shared_ptr<SqliteCheckpointer> checkpointer)
      : checkpointer_(std::move(checkpointer)), db_(db) {
    if (checkpointer_) checkpointer_->Attach(db_);
  }
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);  // before checkpointer_ may go: its hook is on db_
  }

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }

  Status Begin(TxMode mode) override {
    return ExecScript(mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
  }
  Status Commit() override { return ExecScript("COMMIT"); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }

  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) override {
    auto stmt = Prepare(sql);
    if (!stmt.ok()) return stmt.error();
    sqlite3_stmt* s = *stmt;
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      const SqlValue& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::monostate>(v)) {
        rc = sqlite3_bind_null(s, index);
      } else if (const auto* n = std::get_if<std::int64_t>(&v)) {
        rc = sqlite3_bind_int64(s, index, *n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(s, index, *d);
      } else {
        const auto& text = std::get<std::string>(v);
        rc = sqlite3_bind_text(s, index, text.data(), static_cast<int>(text.size()),
                               SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return SqliteError(db_, rc, "bind");
    }
    SqlRows rows;
    const int columns = sqlite3_column_count(s);
    for (;;) {
      const int rc = sqlite3_step(s);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Error error = SqliteError(db_, rc, sql.substr(0, 60));
        sqlite3_reset(s);
        return error;
      }
      std::vector<std::optional<std::string>> row;
      row.reserve(columns);
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(s, c) == SQLITE_NULL) {
          row.emplace_back(std::nullopt);
        } else {
          const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
          row.emplace_back(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(s, c))));
        }
      }
      rows.emplace_back(std::move(row));
    }
    sqlite3_reset(s);
    return rows;
  }

  Status ExecScript(std::string_view sql) override {
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return Status::Ok();
    std::string text = message ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    Error e = SqliteError(db_, rc, text);
    return e;
  }

 private:
  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
      return SqliteError(db_, rc, fmt::format("prepare '{}'", sql.substr(0, 80)));
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  std::shared_ptr<SqliteCheckpointer> checkpointer_;  // null for an in-memory database
  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

class SqliteDatabase final : public SqlDatabase {
 public:
  explicit SqliteDatabase(std::string path)
      : path_(std::move(path)),
        checkpointer_(path_ == ":memory:" || path_.empty()
                          ? nullptr
                          : std::make_shared<SqliteCheckpointer>(path_)) {}
  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  std::string Describe() const override { return "sqlite:" + path_; }

  Result<std::unique_ptr<SqlConnection>> Connect() override {
    sqlite3* db = nullptr;
    const int rc =
        sqlite3_open_v2(path_.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      Error error{ErrorCode::kUnavailable,
                  fmt::format("sqlite: cannot open '{}': {}", path_, db ? sqlite3_errmsg(db) : "")};
      sqlite3_close(db);
      return error;
    }
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    auto connection = std::make_unique<SqliteConnection>(db, checkpointer_);
    // WAL lets readers run beside one writer; synchronous=FULL makes every
    // commit durable on disk, not only across a crash of this process.
    Status status = connection->ExecScript(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA "
        "cache_size=-16384;");
    if (!status.ok()) return status.error();
    return std::unique_ptr<SqlConnection>(std::move(connection));
  }

 private:
  std::string path_;
  // Copies the log back into the file beside the writers (its comment says why).
  std::shared_ptr<SqliteCheckpointer> checkpointer_;
};

}  // namespace

Result<std::unique_ptr<SqlDatabase>> OpenSqlite(std::string path) {
  return std::unique_ptr<SqlDatabase>(std::make_unique<SqliteDatabase>(std::move(path)));
}

}  // namespace hoistway::registry
