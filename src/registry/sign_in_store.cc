// SignInStore: the failed sign-ins per user name, and the pruning of expired
// sessions and stale counts (the rules are in sign_in.h).
#include "registry/auth.h"
#include "registry/user_store.h"

namespace hoistway::registry {
namespace {

// The key of a name: a fixed-size hash, whatever length of name is sent, and
// no password typed by mistake into the name field is stored.
std::string NameKey(std::string_view name) {
  return HashToken(name);
}

}  // namespace

Result<SignInFailures> SignInStore::Lock(std::string_view name, std::chrono::sys_seconds now) {
  // An upsert whose update changes nothing: it makes the row if there is none
  // and, on PostgreSQL, holds the row's lock to the end of the transaction
  // (SQLite writers hold the whole database).
  const std::string at = FormatTimestamp(now);
  auto rows = sql_.Query(
      "INSERT INTO sign_in_failures (name_hash, failures, first_failed_at, last_failed_at) "
      "VALUES (?, 0, ?, ?) ON CONFLICT (name_hash) DO UPDATE SET failures = "
      "sign_in_failures.failures RETURNING failures, first_failed_at, last_failed_at",
      {NameKey(name), at, at});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Error(ErrorCode::kInternal, "sign_in_failures: upsert returned no row");
  const SqlRow& row = (*rows)[0];
  auto first = ParseTimestamp(row.Text(1));
  if (!first.ok())
    return Error(ErrorCode::kInternal, "sign_in_failures: " + first.error().message());
  auto last = ParseTimestamp(row.Text(2));
  if (!last.ok()) return Error(ErrorCode::kInternal, "sign_in_failures: " + last.error().message());
  return SignInFailures{static_cast<int>(row.Int(0)), *first, *last};
}

Status SignInStore::Set(std::string_view name, const SignInFailures& failures) {
  return sql_
      .Query(
          "UPDATE sign_in_failures SET failures = ?, first_failed_at = ?, last_failed_at = ? "
          "WHERE name_hash = ?",
          {std::int64_t{failures.count}, FormatTimestamp(failures.first_at),
           FormatTimestamp(failures.last_at), NameKey(name)})
      .status();
}

Status SignInStore::Clear(std::string_view name) {
  return sql_.Query("DELETE FROM sign_in_failures WHERE name_hash = ?", {NameKey(name)}).status();
}

Status SignInStore::Prune(std::chrono::sys_seconds now, std::chrono::sys_seconds failures_until) {
  Status tokens =
      sql_.Query("DELETE FROM api_tokens WHERE expires_at <= ?", {FormatTimestamp(now)}).status();
  if (!tokens.ok()) return tokens;
  return sql_
      .Query("DELETE FROM sign_in_failures WHERE last_failed_at <= ?",
             {FormatTimestamp(failures_until)})
      .status();
}

}  // namespace hoistway::registry
