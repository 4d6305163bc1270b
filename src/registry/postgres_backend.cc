#include "registry/postgres_backend.h"

#include <fmt/core.h>

#include <pqxx/pqxx>
#include <unordered_map>

namespace hoistway::registry {
namespace {

// Rewrites `?` placeholders as $1, $2, ... (statements hold no literal '?').
std::string Numbered(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  for (char c : sql) {
    if (c == '?') {
      out += fmt::format("${}", ++n);
    } else {
      out += c;
    }
  }
  return out;
}

std::string Redacted(const std::string& url) {
  const auto at = url.find('@');
  const auto scheme = url.find("://");
  if (at == std::string::npos || scheme == std::string::npos) return url;
  return url.substr(0, scheme + 3) + "***" + url.substr(at);
}

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(std::unique_ptr<pqxx::connection> c) : connection_(std::move(c)) {}
  ~PostgresConnection() override { Rollback(); }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Status Begin(TxMode mode) override {
    return Guard([&]() -> Status {
      tx_.reset();
      if (mode == TxMode::kRead) {
        tx_ = std::make_unique<pqxx::read_transaction>(*connection_);
      } else {
        tx_ = std::make_unique<pqxx::work>(*connection_);
      }
      return Status::Ok();
    });
  }

  Status Commit() override {
    if (!tx_) return Error(ErrorCode::kInternal, "postgres: commit without a transaction");
    Status status = Guard([&]() -> Status {
      tx_->commit();
      return Status::Ok();
    });
    tx_.reset();
    return status;
  }

  void Rollback() override {
    try {
      if (tx_) tx_->abort();
    } catch (const std::exception&) {
      // The transaction is gone either way.
    }
    tx_.reset();
  }

  Result<SqlRows> Query(std::string_view sql, const std::vector<SqlValue>& params) override {
    if (!tx_) return Error(ErrorCode::kInternal, "postgres: query outside a transaction");
    std::vector<std::string> texts(params.size());
    std::vector<const char*> pointers(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const SqlValue& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) continue;
      if (const auto* n = std::get_if<std::int64_t>(&v)) {
        texts[i] = std::to_string(*n);
      } else if (const auto* d = std::get_if<double>(&v)) {
        texts[i] = fmt::format("{}", *d);
      } else {
        texts[i] = std::get<std::string>(v);
      }
      pointers[i] = texts[i].c_str();
    }
    SqlRows rows;
    Status status = Guard([&]() -> Status {
      const std::string& name = PreparedName(sql);
      const pqxx::result result =
          tx_->exec_prepared(name, pqxx::prepare::make_dynamic_params(pointers));
      rows.reserve(result.size());
      for (const auto& r : result) {
        std::vector<std::optional<std::string>> row;
        row.reserve(r.size());
        for (const auto& f : r) {
          if (f.is_null()) {
            row.emplace_back(std::nullopt);
          } else {
            row.emplace_back(std::string(f.c_str(), f.size()));
          }
        }
        rows.emplace_back(std::move(row));
      }
      return Status::Ok();
    });
    if (!status.ok()) return status.error();
    return rows;
  }

  Status ExecScript(std::string_view sql) override {
    return Guard([&]() -> Status {
      if (tx_) {
        tx_->exec(std::string(sql));
      } else {
        pqxx::nontransaction n(*connection_);
        n.exec(std::string(sql));
      }
      return Status::Ok();
    });
  }

 private:
  const std::string& PreparedName(std::string_view sql) {
    auto it = prepared_.find(std::string(sql));
    if (it != prepared_.end()) return it->second;
    std::string name = fmt::format("s{}", prepared_.size());
    connection_->prepare(name, Numbered(sql));
    return prepared_.emplace(std::string(sql), std::move(name)).first->second;
  }

  // Runs `body`, turning libpqxx exceptions into Errors (they never leave this module).
  template <typename F>
  Status Guard(F&& body) {
    try {
      return body();
    } catch (const pqxx::foreign_key_violation&) {
      tx_.reset();
      return Error(ErrorCode::kConflict, ConstraintMessage(Constraint::kForeignKey));
    } catch (const pqxx::unique_violation&) {
      tx_.reset();
      return Error(ErrorCode::kConflict, ConstraintMessage(Constraint::kUnique));
    } catch (const pqxx::integrity_constraint_violation&) {
      tx_.reset();
      return Error(ErrorCode::kConflict, ConstraintMessage(Constraint::kOther));
    } catch (const pqxx::broken_connection& e) {
      tx_.reset();
      return Error(ErrorCode::kUnavailable, fmt::format("postgres: {}", FirstLine(e.what())));
    } catch (const std::exception& e) {
      tx_.reset();
      return Error(ErrorCode::kInternal, fmt::format("postgres: {}", FirstLine(e.what())));
    }
  }

  static std::string FirstLine(std::string_view text) {
    return std::string(text.substr(0, text.find('\n')));
  }

  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::transaction_base> tx_;
  std::unordered_map<std::string, std::string> prepared_;
};

class PostgresDatabase final : public SqlDatabase {
 public:
  explicit PostgresDatabase(std::string url) : url_(std::move(url)) {}
  SqlDialect dialect() const override { return SqlDialect::kPostgres; }
  std::string Describe() const override { return Redacted(url_); }

  Result<std::unique_ptr<SqlConnection>> Connect() override {
    try {
      auto connection = std::make_unique<pqxx::connection>(url_);
      return std::unique_ptr<SqlConnection>(
          std::make_unique<PostgresConnection>(std::move(connection)));
    } catch (const std::exception& e) {
      std::string what = e.what();
      return Error(ErrorCode::kUnavailable,
                   fmt::format("postgres: cannot connect to {}: {}", Redacted(url_),
                               what.substr(0, what.find('\n'))));
    }
  }

 private:
  std::string url_;
};

}  // namespace

Result<std::unique_ptr<SqlDatabase>> OpenPostgres(std::string url) {
  return std::unique_ptr<SqlDatabase>(std::make_unique<PostgresDatabase>(std::move(url)));
}

}  // namespace hoistway::registry
