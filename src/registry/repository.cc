// The Repository and the Transaction's core: beginning, committing, the
// audit log, users and their tokens, owners' buildings, sign-in counts and
// settings. The other records are in lift_records.cc, inspection_records.cc,
// maintenance_records.cc and certification_records.cc.
#include "registry/repository.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include "registry/json_codec.h"
#include "registry/migrations.h"
#include "registry/party_store.h"

namespace hoistway::registry {

constexpr std::size_t kMaxIdleConnections = 16;

Result<std::unique_ptr<Repository>> Repository::Open(std::unique_ptr<SqlDatabase> database,
                                                     RegulationProfile profile, Clock clock,
                                                     bool migrate) {
  auto connection = database->Connect();
  if (!connection.ok()) return connection.error();
  if (migrate) {
    auto applied = Migrate(**connection, clock());
    if (!applied.ok()) return applied.error();
  } else {
    auto pending = PendingMigrations(**connection);
    if (!pending.ok()) return pending.error();
    if (!pending->empty()) {
      return Error(ErrorCode::kUnavailable,
                   fmt::format("{}: {} migration(s) not applied ({}); run `hoistway admin migrate`",
                               database->Describe(), pending->size(), fmt::join(*pending, ", ")));
    }
  }
  std::unique_ptr<Repository> repository(
      new Repository(std::move(database), std::move(profile), std::move(clock)));
  repository->Release(std::move(*connection));
  return repository;
}

Result<Transaction> Repository::Begin(TxMode mode, std::string actor) {
  std::unique_ptr<SqlConnection> connection;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      connection = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!connection) {
    auto fresh = database_->Connect();
    if (!fresh.ok()) return fresh.error();
    connection = std::move(*fresh);
  }
  Status status = connection->Begin(mode);
  if (!status.ok()) {
    // A pooled connection may have been lost (server restart): retry once afresh.
    auto fresh = database_->Connect();
    if (!fresh.ok()) return fresh.error();
    connection = std::move(*fresh);
    status = connection->Begin(mode);
    if (!status.ok()) return status.error();
  }
  return Transaction(this, std::move(connection), std::move(actor), clock_());
}

void Repository::Release(std::unique_ptr<SqlConnection> connection) {
  std::lock_guard lock(mutex_);
  if (idle_.size() < kMaxIdleConnections) idle_.push_back(std::move(connection));
}

Transaction::Transaction(Repository* repository, std::unique_ptr<SqlConnection> connection,
                         std::string actor, std::chrono::sys_seconds now)
    : repository_(repository),
      session_(std::move(connection)),
      actor_(std::move(actor)),
      now_(now) {}

Transaction::Transaction(Transaction&& other) noexcept
    : repository_(other.repository_),
      session_(std::move(other.session_)),
      actor_(std::move(other.actor_)),
      now_(other.now_),
      open_(other.open_) {
  other.open_ = false;
}

Transaction::~Transaction() {
  if (!session_.has_connection()) return;
  if (open_) session_.connection().Rollback();
  if (session_.healthy()) repository_->Release(session_.Release());
}

Status Transaction::Commit() {
  if (!open_) return Error(ErrorCode::kInternal, "commit of a finished transaction");
  open_ = false;
  Status status = session_.connection().Commit();
  if (!status.ok()) {
    if (status.error().code() == ErrorCode::kUnavailable) session_.MarkUnhealthy();
    session_.connection().Rollback();
  }
  return status;
}

const RegulationProfile& Transaction::profile() const {
  return repository_->profile();
}

Status RecordContext::Audit(std::string_view action, std::string_view entity, std::string_view key,
                            const std::string& before, const std::string& after) const {
  AuditEntry entry;
  entry.at = FormatTimestamp(now);
  entry.actor = actor;
  entry.action = std::string(action);
  entry.entity = std::string(entity);
  entry.entity_key = std::string(key);
  entry.before_json = before;
  entry.after_json = after;
  return AuditLog(sql).Append(entry);
}

Status Transaction::Audit(std::string_view action, std::string_view entity, std::string_view key,
                          const std::string& before, const std::string& after) {
  return context().Audit(action, entity, key, before, after);
}

Result<Page<AuditEntry>> Transaction::ListAudit(std::string_view entity,
                                                std::string_view entity_key, int page,
                                                int per_page) {
  return AuditLog(session_).List(entity, entity_key, page, per_page);
}

Result<std::optional<std::string>> Transaction::GetMeta(std::string_view key) {
  return MetaStore(session_).Get(key);
}

Status Transaction::SetMeta(std::string_view key, std::string_view value) {
  return MetaStore(session_).Set(key, value);
}

Result<User> Transaction::CreateUser(const User& user, std::string_view token_hash,
                                     std::string_view password_hash) {
  UserStore users(session_);
  auto taken = users.NameTaken(user.name);
  if (!taken.ok()) return taken.error();
  if (*taken) {
    return Error::AtField(ErrorCode::kConflict, "name",
                          fmt::format("user '{}' already exists", user.name));
  }
  // References are checked here, not left to the foreign keys: their errors
  // would name no field.
  CompanyStore companies(session_);
  if (user.company_id) {
    auto company = companies.Get(*user.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  if (user.technician_id) {
    auto technician = companies.GetTechnician(*user.technician_id);
    if (!technician.ok()) return FieldError("technician_id", technician.error().message());
    if (!user.company_id || technician->company_id != *user.company_id) {
      return FieldError("technician_id", "must be a technician of the user's company (company_id)");
    }
  }
  User out = user;
  out.created_at = FormatTimestamp(now_);
  auto id = users.Insert(out, password_hash);
  if (!id.ok()) return id.error();
  out.id = *id;
  Status token = AddToken(*id, token_hash);
  if (!token.ok()) return token.error();
  Status audit =
      Audit("create", "user", user.name, "",
            fmt::format(R"({{"name":"{}","role":"{}"}})", user.name, ToString(user.role)));
  if (!audit.ok()) return audit.error();
  return out;
}

Status Transaction::AddToken(std::int64_t user_id, std::string_view token_hash,
                             std::optional<std::chrono::sys_seconds> expires_at) {
  return UserStore(session_).InsertToken(user_id, token_hash, FormatTimestamp(now_), expires_at);
}

Status Transaction::RevokeToken(std::string_view token_hash) {
  auto deleted = UserStore(session_).DeleteToken(token_hash);
  if (!deleted.ok()) return deleted.error();
  if (!*deleted) return NotFound("no user has this token");
  return Status::Ok();
}

Result<User> Transaction::UserByTokenHash(std::string_view token_hash, std::chrono::sys_seconds now,
                                          std::optional<std::chrono::sys_seconds>* expires_at) {
  auto found = UserStore(session_).ByToken(token_hash);
  if (!found.ok()) return found.error();
  const auto& [user, expiry] = *found;
  // Timestamps are fixed-width ISO text: text order is time order.
  if (!expiry.empty() && expiry <= FormatTimestamp(now)) {
    return Error(ErrorCode::kPermission, "the session has expired; sign in again");
  }
  if (expires_at) {
    *expires_at = std::nullopt;
    if (!expiry.empty()) {
      auto parsed = ParseTimestamp(expiry);
      if (!parsed.ok()) return parsed.error();
      *expires_at = *parsed;
    }
  }
  return user;
}

Result<Credentials> Transaction::CredentialsByName(std::string_view name) {
  return UserStore(session_).ByName(name);
}

Result<std::vector<User>> Transaction::ListUsers() {
  return UserStore(session_).List();
}

Result<SignInFailures> Transaction::LockSignInFailures(std::string_view name,
                                                       std::chrono::sys_seconds now) {
  return SignInStore(session_).Lock(name, now);
}

Status Transaction::SetSignInFailures(std::string_view name, const SignInFailures& failures) {
  return SignInStore(session_).Set(name, failures);
}

Status Transaction::ClearSignInFailures(std::string_view name) {
  return SignInStore(session_).Clear(name);
}

Status Transaction::PruneSignIns(std::chrono::sys_seconds now,
                                 std::chrono::sys_seconds failures_until) {
  return SignInStore(session_).Prune(now, failures_until);
}

Status Transaction::LinkUserBuilding(std::int64_t user_id, std::int64_t building_id) {
  UserStore users(session_);
  auto user = users.Exists(user_id);
  if (!user.ok()) return user.error();
  if (!*user) return FieldError("user_id", fmt::format("no user {}", user_id));
  auto building = users.BuildingExists(building_id);
  if (!building.ok()) return building.error();
  if (!*building) return FieldError("building_id", fmt::format("no building {}", building_id));
  auto linked = users.Link(user_id, building_id);
  if (!linked.ok()) return linked.error();
  if (!*linked) return Status::Ok();  // linked already
  return Audit("create", "user_building", fmt::format("{}/{}", user_id, building_id), "",
               fmt::format(R"({{"user_id":{},"building_id":{}}})", user_id, building_id));
}

Status Transaction::UnlinkUserBuilding(std::int64_t user_id, std::int64_t building_id) {
  auto unlinked = UserStore(session_).Unlink(user_id, building_id);
  if (!unlinked.ok()) return unlinked.error();
  if (!*unlinked) {
    return NotFound(fmt::format("user {} is not linked to building {}", user_id, building_id));
  }
  return Audit("delete", "user_building", fmt::format("{}/{}", user_id, building_id),
               fmt::format(R"({{"user_id":{},"building_id":{}}})", user_id, building_id), "");
}

Result<std::vector<std::int64_t>> Transaction::BuildingOwners(std::int64_t building_id) {
  return UserStore(session_).BuildingOwners(building_id);
}

Result<bool> Transaction::UserHasLift(std::int64_t user_id, std::string_view registration_no) {
  return UserStore(session_).HasLift(user_id, registration_no);
}

}  // namespace hoistway::registry
