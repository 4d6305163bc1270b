#include "registry/repository.h"

#include <fmt/core.h>
#include <fmt/ranges.h>

#include "registry/json_codec.h"
#include "registry/migrations.h"

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
      connection_(std::move(connection)),
      actor_(std::move(actor)),
      now_(now) {}

Transaction::Transaction(Transaction&& other) noexcept
    : repository_(other.repository_),
      connection_(std::move(other.connection_)),
      actor_(std::move(other.actor_)),
      now_(other.now_),
      open_(other.open_),
      healthy_(other.healthy_) {
  other.open_ = false;
}

Transaction::~Transaction() {
  if (!connection_) return;
  if (open_) connection_->Rollback();
  if (healthy_) repository_->Release(std::move(connection_));
}

Status Transaction::Commit() {
  if (!open_) return Error(ErrorCode::kInternal, "commit of a finished transaction");
  open_ = false;
  Status status = connection_->Commit();
  if (!status.ok()) {
    if (status.error().code() == ErrorCode::kUnavailable) healthy_ = false;
    connection_->Rollback();
  }
  return status;
}

const RegulationProfile& Transaction::profile() const {
  return repository_->profile();
}

Result<SqlRows> Transaction::Query(std::string_view sql, const std::vector<SqlValue>& params) {
  auto rows = connection_->Query(sql, params);
  if (!rows.ok() && rows.error().code() == ErrorCode::kUnavailable) healthy_ = false;
  return rows;
}

Result<std::int64_t> Transaction::Insert(std::string_view sql,
                                         const std::vector<SqlValue>& params) {
  auto rows = Query(sql, params);
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Error(ErrorCode::kInternal, "insert returned no id");
  return (*rows)[0].Int(0);
}

Status Transaction::Audit(std::string_view action, std::string_view entity, std::string_view key,
                          const std::string& before, const std::string& after) {
  auto rows = Query(
      "INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, after_json) "
      "VALUES (?, ?, ?, ?, ?, ?, ?)",
      {FormatTimestamp(now_), actor_, std::string(action), std::string(entity), std::string(key),
       before, after});
  return rows.status();
}

Result<Page<AuditEntry>> Transaction::ListAudit(std::string_view entity,
                                                std::string_view entity_key, int page,
                                                int per_page) {
  std::string where = " WHERE 1=1";
  std::vector<SqlValue> params;
  if (!entity.empty()) {
    where += " AND entity = ?";
    params.emplace_back(std::string(entity));
  }
  if (!entity_key.empty()) {
    where += " AND entity_key = ?";
    params.emplace_back(std::string(entity_key));
  }
  auto count = Query("SELECT COUNT(*) FROM audit_log" + where, params);
  if (!count.ok()) return count.error();
  Page<AuditEntry> out;
  out.total = (*count)[0].Int(0);
  out.page = page;
  out.per_page = per_page;
  params.emplace_back(std::int64_t{per_page});
  params.emplace_back(std::int64_t{(page - 1) * per_page});
  auto rows = Query(
      "SELECT id, at, actor, action, entity, entity_key, before_json, after_json FROM audit_log" +
          where + " ORDER BY id DESC LIMIT ? OFFSET ?",
      params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) {
    out.items.push_back(
        {r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7)});
  }
  return out;
}

Result<std::optional<std::string>> Transaction::GetMeta(std::string_view key) {
  auto rows = Query("SELECT value FROM meta WHERE key = ?", {std::string(key)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<std::string>();
  return std::optional<std::string>((*rows)[0].Text(0));
}

Status Transaction::SetMeta(std::string_view key, std::string_view value) {
  return Query(
             "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
             "excluded.value",
             {std::string(key), std::string(value)})
      .status();
}

Result<User> Transaction::CreateUser(const User& user, std::string_view token_hash,
                                     std::string_view password_hash) {
  const std::string created = FormatTimestamp(now_);
  auto existing = Query("SELECT id FROM users WHERE name = ?", {user.name});
  if (!existing.ok()) return existing.error();
  if (!existing->empty())
    return Error::AtField(ErrorCode::kConflict, "name",
                          fmt::format("user '{}' already exists", user.name));
  // Checked here, not left to the foreign key: its error would name no field.
  if (user.company_id) {
    auto company = GetCompany(*user.company_id);
    if (!company.ok()) return FieldError("company_id", company.error().message());
  }
  if (user.technician_id) {
    auto rows = Query("SELECT company_id FROM technicians WHERE id = ?", {*user.technician_id});
    if (!rows.ok()) return rows.error();
    if (rows->empty())
      return FieldError("technician_id", fmt::format("no technician {}", *user.technician_id));
    if (!user.company_id || (*rows)[0].Int(0) != *user.company_id) {
      return FieldError("technician_id", "must be a technician of the user's company (company_id)");
    }
  }
  auto id = Insert(
      "INSERT INTO users (name, role, company_id, password_hash, created_at, technician_id) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {user.name, std::string(ToString(user.role)),
       user.company_id ? SqlValue{*user.company_id} : SqlValue{}, std::string(password_hash),
       created, user.technician_id ? SqlValue{*user.technician_id} : SqlValue{}});
  if (!id.ok()) return id.error();
  Status token = AddToken(*id, token_hash);
  if (!token.ok()) return token.error();
  User out = user;
  out.id = *id;
  out.created_at = created;
  Status audit =
      Audit("create", "user", user.name, "",
            fmt::format(R"({{"name":"{}","role":"{}"}})", user.name, ToString(user.role)));
  if (!audit.ok()) return audit.error();
  return out;
}

namespace {

Result<User> UserFromRow(const SqlRow& r) {
  auto role = ParseRole(r.Text(2));
  if (!role.ok()) return role.error();
  return User{r.Int(0), r.Text(1), *role, r.OptInt(3), r.Text(4), r.OptInt(5)};
}

}  // namespace

Status Transaction::AddToken(std::int64_t user_id, std::string_view token_hash,
                             std::optional<std::chrono::sys_seconds> expires_at) {
  return Query(
             "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, "
             "?, "
             "?)",
             {std::string(token_hash), user_id, FormatTimestamp(now_),
              expires_at ? SqlValue{FormatTimestamp(*expires_at)} : SqlValue{}})
      .status();
}

Status Transaction::RevokeToken(std::string_view token_hash) {
  auto rows = Query("DELETE FROM api_tokens WHERE token_hash = ? RETURNING user_id",
                    {std::string(token_hash)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no user has this token");
  return Status::Ok();
}

Result<User> Transaction::UserByTokenHash(std::string_view token_hash, std::chrono::sys_seconds now,
                                          std::optional<std::chrono::sys_seconds>* expires_at) {
  auto rows = Query(
      "SELECT u.id, u.name, u.role, u.company_id, u.created_at, u.technician_id, t.expires_at "
      "FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?",
      {std::string(token_hash)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no user has this token");
  // Timestamps are fixed-width ISO text: text order is time order.
  const std::string expiry = (*rows)[0].Text(6);
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
  return UserFromRow((*rows)[0]);
}

Result<Credentials> Transaction::CredentialsByName(std::string_view name) {
  auto rows = Query(
      "SELECT id, name, role, company_id, created_at, technician_id, password_hash FROM users "
      "WHERE name = ?",
      {std::string(name)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no user named '{}'", name));
  auto user = UserFromRow((*rows)[0]);
  if (!user.ok()) return user.error();
  return Credentials{*user, (*rows)[0].Text(6)};
}

Result<std::vector<User>> Transaction::ListUsers() {
  auto rows = Query(
      "SELECT id, name, role, company_id, created_at, technician_id FROM users ORDER BY name", {});
  if (!rows.ok()) return rows.error();
  std::vector<User> out;
  for (const auto& r : *rows) {
    auto user = UserFromRow(r);
    if (!user.ok()) return user.error();
    out.push_back(*user);
  }
  return out;
}

Status Transaction::LinkUserBuilding(std::int64_t user_id, std::int64_t building_id) {
  auto user = Query("SELECT id FROM users WHERE id = ?", {user_id});
  if (!user.ok()) return user.error();
  if (user->empty()) return FieldError("user_id", fmt::format("no user {}", user_id));
  auto building = Query("SELECT id FROM buildings WHERE id = ?", {building_id});
  if (!building.ok()) return building.error();
  if (building->empty())
    return FieldError("building_id", fmt::format("no building {}", building_id));
  auto rows = Query(
      "INSERT INTO user_buildings (user_id, building_id) VALUES (?, ?) ON CONFLICT (user_id, "
      "building_id) DO "
      "NOTHING RETURNING user_id",
      {user_id, building_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Status::Ok();
  return Audit("create", "user_building", fmt::format("{}/{}", user_id, building_id), "",
               fmt::format(R"({{"user_id":{},"building_id":{}}})", user_id, building_id));
}

Status Transaction::UnlinkUserBuilding(std::int64_t user_id, std::int64_t building_id) {
  auto rows =
      Query("DELETE FROM user_buildings WHERE user_id = ? AND building_id = ? RETURNING user_id",
            {user_id, building_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) {
    return NotFound(fmt::format("user {} is not linked to building {}", user_id, building_id));
  }
  return Audit("delete", "user_building", fmt::format("{}/{}", user_id, building_id),
               fmt::format(R"({{"user_id":{},"building_id":{}}})", user_id, building_id), "");
}

Result<std::vector<std::int64_t>> Transaction::BuildingOwners(std::int64_t building_id) {
  auto rows = Query("SELECT user_id FROM user_buildings WHERE building_id = ? ORDER BY user_id",
                    {building_id});
  if (!rows.ok()) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : *rows) out.push_back(r.Int(0));
  return out;
}

Result<bool> Transaction::UserHasLift(std::int64_t user_id, std::string_view registration_no) {
  auto rows = Query(
      "SELECT 1 FROM lifts l JOIN user_buildings u ON u.building_id = l.building_id WHERE "
      "u.user_id = ? AND "
      "l.registration_no = ?",
      {user_id, std::string(registration_no)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

}  // namespace hoistway::registry
