// Storage of users, their tokens (hashes only) and the buildings linked to
// owners; the failed sign-ins per name; the audit log; small settings (SQL
// only; the Transaction owns the rules, the audit of changes and the clock).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/domain.h"
#include "registry/lift_store.h"
#include "registry/sign_in.h"
#include "registry/sql_session.h"

namespace hoistway::registry {

// A user with the secrets needed to authenticate.
struct Credentials {
  User user;
  std::string password_hash;  // libsodium crypto_pwhash_str, or "" when none
};

class UserStore {
 public:
  explicit UserStore(SqlSession& sql) : sql_(sql) {}
  Result<bool> NameTaken(std::string_view name);
  Result<std::int64_t> Insert(const User& user, std::string_view password_hash);
  // A token of the user: expiring at `expires_at`, or (nullopt) lasting until revoked.
  Status InsertToken(std::int64_t user_id, std::string_view token_hash, std::string_view at,
                     std::optional<std::chrono::sys_seconds> expires_at);
  // False when no user holds the token.
  Result<bool> DeleteToken(std::string_view token_hash);
  // The holder of a token and the token's expiry ("" for none); kNotFound when unknown.
  Result<std::pair<User, std::string>> ByToken(std::string_view token_hash);
  Result<Credentials> ByName(std::string_view name);
  Result<bool> Exists(std::int64_t user_id);
  Result<std::vector<User>> List();
  // False when the link existed already.
  Result<bool> Link(std::int64_t user_id, std::int64_t building_id);
  // False when there was no such link.
  Result<bool> Unlink(std::int64_t user_id, std::int64_t building_id);
  Result<bool> HasLift(std::int64_t user_id, std::string_view registration_no);
  // The users linked to the building.
  Result<std::vector<std::int64_t>> BuildingOwners(std::int64_t building_id);
  Result<bool> BuildingExists(std::int64_t building_id);

 private:
  SqlSession& sql_;
};

class SignInStore {
 public:
  explicit SignInStore(SqlSession& sql) : sql_(sql) {}
  // See Transaction::LockSignInFailures.
  Result<SignInFailures> Lock(std::string_view name, std::chrono::sys_seconds now);
  Status Set(std::string_view name, const SignInFailures& failures);
  Status Clear(std::string_view name);
  Status Prune(std::chrono::sys_seconds now, std::chrono::sys_seconds failures_until);

 private:
  SqlSession& sql_;
};

class AuditLog {
 public:
  explicit AuditLog(SqlSession& sql) : sql_(sql) {}
  // Appends one entry (written by the Transaction only, with every change).
  Status Append(const AuditEntry& entry);
  // Newest first; empty entity/key do not filter.
  Result<Page<AuditEntry>> List(std::string_view entity, std::string_view entity_key, int page,
                                int per_page);

 private:
  SqlSession& sql_;
};

class MetaStore {
 public:
  explicit MetaStore(SqlSession& sql) : sql_(sql) {}
  Result<std::optional<std::string>> Get(std::string_view key);
  Status Set(std::string_view key, std::string_view value);

 private:
  SqlSession& sql_;
};

}  // namespace hoistway::registry
