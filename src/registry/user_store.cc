// The SQL of users and tokens, owners' buildings, the audit log and settings.
#include "registry/user_store.h"

#include <fmt/core.h>

namespace hoistway::registry {
namespace {

constexpr std::string_view kUserColumns =
    "u.id, u.name, u.role, u.company_id, u.created_at, u.technician_id";

Result<User> UserFromRow(const SqlRow& r) {
  auto role = ParseRole(r.Text(2));
  if (!role.ok()) return role.error();
  return User{r.Int(0), r.Text(1), *role, r.OptInt(3), r.Text(4), r.OptInt(5)};
}

}  // namespace

Result<bool> UserStore::NameTaken(std::string_view name) {
  auto rows = sql_.Query("SELECT id FROM users WHERE name = ?", {std::string(name)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::int64_t> UserStore::Insert(const User& user, std::string_view password_hash) {
  return sql_.Insert(
      "INSERT INTO users (name, role, company_id, password_hash, created_at, technician_id) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {user.name, std::string(ToString(user.role)), OptIdValue(user.company_id),
       std::string(password_hash), user.created_at, OptIdValue(user.technician_id)});
}

Status UserStore::InsertToken(std::int64_t user_id, std::string_view token_hash,
                              std::string_view at,
                              std::optional<std::chrono::sys_seconds> expires_at) {
  return sql_
      .Query(
          "INSERT INTO api_tokens (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, "
          "?)",
          {std::string(token_hash), user_id, std::string(at),
           expires_at ? SqlValue{FormatTimestamp(*expires_at)} : SqlValue{}})
      .status();
}

Result<bool> UserStore::DeleteToken(std::string_view token_hash) {
  auto rows = sql_.Query("DELETE FROM api_tokens WHERE token_hash = ? RETURNING user_id",
                         {std::string(token_hash)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::pair<User, std::string>> UserStore::ByToken(std::string_view token_hash) {
  auto rows = sql_.Query(fmt::format("SELECT {}, t.expires_at FROM api_tokens t JOIN users u ON "
                                     "u.id = t.user_id WHERE t.token_hash = ?",
                                     kUserColumns),
                         {std::string(token_hash)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound("no user has this token");
  auto user = UserFromRow((*rows)[0]);
  if (!user.ok()) return user.error();
  return std::pair{*user, (*rows)[0].Text(6)};
}

Result<Credentials> UserStore::ByName(std::string_view name) {
  auto rows = sql_.Query(
      fmt::format("SELECT {}, u.password_hash FROM users u WHERE u.name = ?", kUserColumns),
      {std::string(name)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no user named '{}'", name));
  auto user = UserFromRow((*rows)[0]);
  if (!user.ok()) return user.error();
  return Credentials{*user, (*rows)[0].Text(6)};
}

Result<bool> UserStore::Exists(std::int64_t user_id) {
  auto rows = sql_.Query("SELECT id FROM users WHERE id = ?", {user_id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::vector<User>> UserStore::List() {
  auto rows = sql_.Query(fmt::format("SELECT {} FROM users u ORDER BY u.name", kUserColumns), {});
  if (!rows.ok()) return rows.error();
  std::vector<User> out;
  for (const auto& r : *rows) {
    auto user = UserFromRow(r);
    if (!user.ok()) return user.error();
    out.push_back(*user);
  }
  return out;
}

Result<bool> UserStore::Link(std::int64_t user_id, std::int64_t building_id) {
  auto rows = sql_.Query(
      "INSERT INTO user_buildings (user_id, building_id) VALUES (?, ?) ON CONFLICT (user_id, "
      "building_id) DO NOTHING RETURNING user_id",
      {user_id, building_id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<bool> UserStore::Unlink(std::int64_t user_id, std::int64_t building_id) {
  auto rows = sql_.Query(
      "DELETE FROM user_buildings WHERE user_id = ? AND building_id = ? RETURNING user_id",
      {user_id, building_id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<bool> UserStore::HasLift(std::int64_t user_id, std::string_view registration_no) {
  auto rows = sql_.Query(
      "SELECT 1 FROM lifts l JOIN user_buildings u ON u.building_id = l.building_id WHERE "
      "u.user_id = ? AND l.registration_no = ?",
      {user_id, std::string(registration_no)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::vector<std::int64_t>> UserStore::BuildingOwners(std::int64_t building_id) {
  auto rows = sql_.Query(
      "SELECT user_id FROM user_buildings WHERE building_id = ? ORDER BY user_id", {building_id});
  if (!rows.ok()) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : *rows) out.push_back(r.Int(0));
  return out;
}

Result<bool> UserStore::BuildingExists(std::int64_t building_id) {
  auto rows = sql_.Query("SELECT id FROM buildings WHERE id = ?", {building_id});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Status AuditLog::Append(const AuditEntry& e) {
  return sql_
      .Query(
          "INSERT INTO audit_log (at, actor, action, entity, entity_key, before_json, after_json) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)",
          {e.at, e.actor, e.action, e.entity, e.entity_key, e.before_json, e.after_json})
      .status();
}

Result<Page<AuditEntry>> AuditLog::List(std::string_view entity, std::string_view entity_key,
                                        int page, int per_page) {
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
  auto count = sql_.Query("SELECT COUNT(*) FROM audit_log" + where, params);
  if (!count.ok()) return count.error();
  Page<AuditEntry> out;
  out.total = (*count)[0].Int(0);
  out.page = page;
  out.per_page = per_page;
  params.emplace_back(std::int64_t{per_page});
  params.emplace_back(std::int64_t{(page - 1) * per_page});
  auto rows = sql_.Query(
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

Result<std::optional<std::string>> MetaStore::Get(std::string_view key) {
  auto rows = sql_.Query("SELECT value FROM meta WHERE key = ?", {std::string(key)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<std::string>();
  return std::optional<std::string>((*rows)[0].Text(0));
}

Status MetaStore::Set(std::string_view key, std::string_view value) {
  return sql_
      .Query(
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
          "excluded.value",
          {std::string(key), std::string(value)})
      .status();
}

}  // namespace hoistway::registry
