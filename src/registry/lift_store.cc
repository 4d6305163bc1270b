// LiftStore: the SQL of lifts and buildings, the lift list and its filters.
#include "registry/lift_store.h"

#include <fmt/core.h>

#include <algorithm>

namespace hoistway::registry {
namespace {

constexpr std::string_view kLiftColumns =
    "SELECT l.id, l.registration_no, b.id, b.name, b.address, b.region, b.use, l.kind, l.drive, "
    "l.rated_load_kg, l.persons, l.rated_speed_mps, l.floors_served, l.machine_room_less, "
    "l.manufacturer, "
    "l.model, l.model_certificate_no, l.installed_on, l.first_use_on, l.company_id, "
    "l.safety_manager, "
    "l.status, l.last_result, l.last_inspection_on, l.valid_from, l.valid_until, "
    "l.remediation_until, "
    "l.next_inspection_due, l.next_inspection_kind, l.next_precision_due, l.version, l.updated_at "
    "FROM lifts l JOIN buildings b ON b.id = l.building_id";

Lift LiftFromRow(const SqlRow& r) {
  Lift l;
  l.id = r.Int(0);
  l.registration_no = r.Text(1);
  l.building = {r.Int(2), r.Text(3), r.Text(4), r.Text(5), r.Text(6)};
  l.kind = r.Text(7);
  l.drive = r.Text(8);
  l.rated_load_kg = r.Real(9);
  l.persons = static_cast<int>(r.Int(10));
  l.rated_speed_mps = r.Real(11);
  l.floors_served = static_cast<int>(r.Int(12));
  l.machine_room_less = r.Int(13) != 0;
  l.manufacturer = r.Text(14);
  l.model = r.Text(15);
  l.model_certificate_no = r.Text(16);
  l.installed_on = r.Text(17);
  l.first_use_on = r.Text(18);
  l.company_id = r.OptInt(19);
  l.safety_manager = r.Text(20);
  l.status =
      ParseLiftStatus(r.Text(21)).ok() ? *ParseLiftStatus(r.Text(21)) : LiftStatus::kInService;
  l.last_result = r.Text(22);
  l.last_inspection_on = r.Text(23);
  l.valid_from = r.Text(24);
  l.valid_until = r.Text(25);
  l.remediation_until = r.Text(26);
  l.next_inspection_due = r.Text(27);
  l.next_inspection_kind = r.Text(28);
  l.next_precision_due = r.Text(29);
  l.version = r.Int(30);
  l.updated_at = r.Text(31);
  return l;
}

// `text` with LIKE's wildcards escaped (ESCAPE '\\'); ASCII letters in
// lower case when `lower`.
std::string LikeEscaped(std::string_view text, bool lower) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += static_cast<char>(lower && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return out;
}

std::size_t CodePoints(std::string_view utf8) {
  std::size_t n = 0;
  for (unsigned char c : utf8) n += (c & 0xC0) != 0x80;
  return n;
}

// The lift list's text search `q` as a WHERE term on `lifts l`: registration
// numbers that start with q, or lifts of buildings
// whose name or address contains q, ignoring case. Each side is an index
// lookup where the backend can (registration_no's index; the trigram index of
// migration 0004 for three or more characters), never a join of the whole
// table.
std::string SearchTerm(SqlDialect dialect, std::string_view q, std::vector<SqlValue>& params) {
  std::string term = "(";
  if (dialect == SqlDialect::kSqlite) {
    // SQLite's LIKE uses no index here; a range on the BINARY order does.
    term += "(l.registration_no >= ? AND l.registration_no < ?) OR ";
    params.emplace_back(std::string(q));
    params.emplace_back(std::string(q) + "\xF4\x8F\xBF\xBF");  // after every code point
  } else {
    term += "l.registration_no LIKE ? ESCAPE '\\' OR ";
    params.emplace_back(LikeEscaped(q, false) + "%");
  }
  if (dialect == SqlDialect::kSqlite && CodePoints(q) >= 3) {
    // An FTS5 phrase of trigrams: q as a substring, case folded by FTS5.
    std::string phrase = "\"";
    for (char c : q) phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
    phrase += '"';
    term += "l.building_id IN (SELECT rowid FROM building_search WHERE building_search MATCH ?))";
    params.emplace_back(std::move(phrase));
    return term;
  }
  // PostgreSQL's LOWER folds every script, SQLite's only ASCII (so there a
  // one- or two-character query ignores the case of Latin letters only). On
  // PostgreSQL the buildings become an array first, so that both sides of the
  // OR are index conditions (a bitmap OR) rather than a scan of the lifts.
  const std::string contains = "%" + LikeEscaped(q, true) + "%";
  const std::string buildings =
      "SELECT id FROM buildings WHERE LOWER(name) LIKE LOWER(?) ESCAPE '\\' OR LOWER(address) "
      "LIKE LOWER(?) ESCAPE '\\'";
  term += dialect == SqlDialect::kSqlite ? "l.building_id IN (" + buildings + "))"
                                         : "l.building_id = ANY(ARRAY(" + buildings + ")))";
  params.emplace_back(contains);
  params.emplace_back(contains);
  return term;
}

// SQL condition for a validity state on `today` (the one bound parameter is today).
Result<std::string> ValidityCondition(std::string_view validity) {
  constexpr std::string_view kNotProhibited =
      "l.status <> 'prohibited' AND l.last_result <> 'fail'";
  if (validity == "prohibited")
    return std::string("(l.status = 'prohibited' OR l.last_result = 'fail')");
  if (validity == "not_inspected")
    return fmt::format("(l.last_inspection_on = '' AND {})", kNotProhibited);
  if (validity == "conditional") {
    return fmt::format("(l.remediation_until <> '' AND l.remediation_until >= ? AND {})",
                       kNotProhibited);
  }
  if (validity == "remediation_overdue") {
    return fmt::format("(l.remediation_until <> '' AND l.remediation_until < ? AND {})",
                       kNotProhibited);
  }
  if (validity == "expired") {
    return fmt::format(
        "(l.last_inspection_on <> '' AND l.remediation_until = '' AND l.valid_until < ? AND {})",
        kNotProhibited);
  }
  if (validity == "valid") {
    return fmt::format(
        "(l.remediation_until = '' AND l.valid_until >= ? AND l.last_inspection_on <> '' AND {})",
        kNotProhibited);
  }
  return FieldError("validity",
                    fmt::format("'{}' is not one of: valid, conditional, remediation_overdue, "
                                "expired, prohibited, not_inspected",
                                validity));
}

}  // namespace

Result<Lift> LiftStore::Get(std::string_view registration_no) {
  auto rows = sql_.Query(std::string(kLiftColumns) + " WHERE l.registration_no = ?",
                         {std::string(registration_no)});
  if (!rows.ok()) return rows.error();
  if (rows->empty())
    return NotFound(fmt::format("no lift with registration number {}", registration_no));
  return LiftFromRow((*rows)[0]);
}

Result<std::int64_t> LiftStore::IdOf(std::string_view registration_no) {
  auto rows =
      sql_.Query("SELECT id FROM lifts WHERE registration_no = ?", {std::string(registration_no)});
  if (!rows.ok()) return rows.error();
  if (rows->empty())
    return NotFound(fmt::format("no lift with registration number {}", registration_no));
  return (*rows)[0].Int(0);
}

Result<bool> LiftStore::Exists(std::string_view registration_no) {
  auto rows =
      sql_.Query("SELECT id FROM lifts WHERE registration_no = ?", {std::string(registration_no)});
  if (!rows.ok()) return rows.error();
  return !rows->empty();
}

Result<std::int64_t> LiftStore::BuildingIdOf(const Building& b) {
  auto rows = sql_.Query("SELECT id, region, use FROM buildings WHERE name = ? AND address = ?",
                         {b.name, b.address});
  if (!rows.ok()) return rows.error();
  if (!rows->empty()) {
    const std::int64_t id = (*rows)[0].Int(0);
    if ((*rows)[0].Text(1) != b.region || ((*rows)[0].Text(2) != b.use && !b.use.empty())) {
      auto updated = sql_.Query("UPDATE buildings SET region = ?, use = ? WHERE id = ?",
                                {b.region, b.use.empty() ? (*rows)[0].Text(2) : b.use, id});
      if (!updated.ok()) return updated.error();
      updated = sql_.Query("UPDATE lifts SET region = ? WHERE building_id = ?", {b.region, id});
      if (!updated.ok()) return updated.error();
    }
    return id;
  }
  // Two transactions may add the same building at once (PostgreSQL runs
  // writers concurrently): the loser inserts nothing and reads the winner's row.
  auto inserted = sql_.Query(
      "INSERT INTO buildings (name, address, region, use) VALUES (?, ?, ?, ?) ON CONFLICT (name, "
      "address) DO "
      "NOTHING RETURNING id",
      {b.name, b.address, b.region, b.use});
  if (!inserted.ok()) return inserted.error();
  if (!inserted->empty()) return (*inserted)[0].Int(0);
  auto again =
      sql_.Query("SELECT id FROM buildings WHERE name = ? AND address = ?", {b.name, b.address});
  if (!again.ok()) return again.error();
  if (again->empty()) return Error(ErrorCode::kInternal, "building vanished during insert");
  return (*again)[0].Int(0);
}

Result<std::int64_t> LiftStore::Insert(const Lift& lift, std::string_view at) {
  return sql_.Insert(
      "INSERT INTO lifts (registration_no, building_id, region, kind, drive, rated_load_kg, "
      "persons, "
      "rated_speed_mps, floors_served, machine_room_less, manufacturer, model, "
      "model_certificate_no, "
      "installed_on, first_use_on, company_id, safety_manager, status, version, updated_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?) RETURNING id",
      {lift.registration_no, lift.building.id, lift.building.region, lift.kind, lift.drive,
       lift.rated_load_kg, std::int64_t{lift.persons}, lift.rated_speed_mps,
       std::int64_t{lift.floors_served}, std::int64_t{lift.machine_room_less ? 1 : 0},
       lift.manufacturer, lift.model, lift.model_certificate_no, lift.installed_on,
       lift.first_use_on, OptIdValue(lift.company_id), lift.safety_manager,
       std::string(ToString(lift.status)), std::string(at)});
}

Result<std::int64_t> LiftStore::Update(const Lift& lift, std::int64_t expected_version,
                                       std::string_view at) {
  auto rows = sql_.Query(
      "UPDATE lifts SET building_id = ?, region = ?, kind = ?, drive = ?, rated_load_kg = ?, "
      "persons = ?, "
      "rated_speed_mps = ?, floors_served = ?, machine_room_less = ?, manufacturer = ?, model = ?, "
      "model_certificate_no = ?, installed_on = ?, first_use_on = ?, company_id = ?, "
      "safety_manager = ?, "
      "status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING "
      "version",
      {lift.building.id,
       lift.building.region,
       lift.kind,
       lift.drive,
       lift.rated_load_kg,
       std::int64_t{lift.persons},
       lift.rated_speed_mps,
       std::int64_t{lift.floors_served},
       std::int64_t{lift.machine_room_less ? 1 : 0},
       lift.manufacturer,
       lift.model,
       lift.model_certificate_no,
       lift.installed_on,
       lift.first_use_on,
       OptIdValue(lift.company_id),
       lift.safety_manager,
       std::string(ToString(lift.status)),
       std::string(at),
       lift.id,
       expected_version});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return Error(ErrorCode::kConflict, "lift changed concurrently");
  return (*rows)[0].Int(0);
}

Status LiftStore::StoreComputed(std::int64_t lift_id, const Validity& v, LiftStatus status,
                                std::string_view at) {
  return sql_
      .Query(
          "UPDATE lifts SET last_result = ?, last_inspection_on = ?, valid_from = ?, "
          "valid_until = ?, remediation_until = ?, next_inspection_due = ?, "
          "next_inspection_kind = ?, next_precision_due = ?, status = ?, version = version + 1, "
          "updated_at = ? WHERE id = ?",
          {v.last_result, v.last_inspection_on, v.valid_from, v.valid_until, v.remediation_until,
           v.next_inspection_due, v.next_inspection_kind, v.next_precision_due,
           std::string(ToString(status)), std::string(at), lift_id})
      .status();
}

Status LiftStore::StoreStatus(std::int64_t lift_id, LiftStatus status, std::string_view at) {
  return sql_
      .Query("UPDATE lifts SET status = ?, version = version + 1, updated_at = ? WHERE id = ?",
             {std::string(ToString(status)), std::string(at), lift_id})
      .status();
}

std::string LiftReachWhere(std::optional<std::int64_t> company_id,
                           std::optional<std::int64_t> owner_user_id,
                           std::vector<SqlValue>& params) {
  std::string where;
  if (company_id) {
    where += " AND l.company_id = ?";
    params.emplace_back(*company_id);
  }
  if (owner_user_id) {
    where += " AND l.building_id IN (SELECT building_id FROM user_buildings WHERE user_id = ?)";
    params.emplace_back(*owner_user_id);
  }
  return where;
}

Result<Page<Lift>> LiftStore::List(const LiftFilter& f) {
  std::string where = " WHERE 1=1";
  std::vector<SqlValue> params;
  const std::string today = f.today.ToString();
  if (!f.region.empty()) {
    where += " AND l.region = ?";
    params.emplace_back(f.region);
  }
  if (!f.status.empty()) {
    auto status = ParseLiftStatus(f.status);
    if (!status.ok()) return FieldError("status", status.error().message());
    where += " AND l.status = ?";
    params.emplace_back(f.status);
  }
  if (!f.validity.empty()) {
    auto condition = ValidityCondition(f.validity);
    if (!condition.ok()) return condition.error();
    where += " AND " + *condition;
    if (condition->find('?') != std::string::npos) params.emplace_back(today);
  }
  if (f.due_within_days) {
    where += " AND l.next_inspection_due >= ? AND l.next_inspection_due <= ?";
    params.emplace_back(today);
    params.emplace_back(f.today.AddDays(*f.due_within_days).ToString());
  }
  if (f.overdue) {
    where += " AND l.next_inspection_due <> '' AND l.next_inspection_due < ?";
    params.emplace_back(today);
  }
  where += LiftReachWhere(f.company_id, f.owner_user_id, params);
  if (!f.q.empty()) where += " AND " + SearchTerm(sql_.dialect(), f.q, params);
  Page<Lift> page;
  page.page = std::max(1, f.page);
  page.per_page = std::clamp(f.per_page, 1, kMaxPerPage);
  auto count = sql_.Query("SELECT COUNT(*) FROM lifts l" + where, params);
  if (!count.ok()) return count.error();
  page.total = (*count)[0].Int(0);
  std::string order = " ORDER BY l.registration_no";
  if (f.sort == "next_inspection_due") {
    order = " ORDER BY l.next_inspection_due, l.registration_no";
  } else if (f.sort != "registration_no" && !f.sort.empty()) {
    return FieldError("sort", "must be registration_no or next_inspection_due");
  }
  params.emplace_back(std::int64_t{page.per_page});
  params.emplace_back(std::int64_t{(page.page - 1) * std::int64_t{page.per_page}});
  auto rows = sql_.Query(std::string(kLiftColumns) + where + order + " LIMIT ? OFFSET ?", params);
  if (!rows.ok()) return rows.error();
  for (const auto& r : *rows) page.items.push_back(LiftFromRow(r));
  return page;
}

Result<std::vector<RegionSummary>> LiftStore::Summarize(Date today,
                                                        std::optional<std::int64_t> owner_user_id) {
  const std::string t = today.ToString();
  std::vector<SqlValue> params = {t, t, today.AddDays(30).ToString(), t};
  std::string where;
  if (owner_user_id) {
    where = " WHERE building_id IN (SELECT building_id FROM user_buildings WHERE user_id = ?)";
    params.emplace_back(*owner_user_id);
  }
  auto rows = sql_.Query(
      "SELECT region, COUNT(*), "
      "SUM(CASE WHEN status <> 'prohibited' AND last_result <> 'fail' AND remediation_until = '' "
      "AND "
      "last_inspection_on <> '' AND valid_until >= ? THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN next_inspection_due >= ? AND next_inspection_due <= ? THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN next_inspection_due <> '' AND next_inspection_due < ? THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN status = 'prohibited' OR last_result = 'fail' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN remediation_until <> '' AND status <> 'prohibited' AND last_result <> 'fail' "
      "THEN 1 "
      "ELSE 0 END) "
      "FROM lifts" +
          where + " GROUP BY region ORDER BY region",
      params);
  if (!rows.ok()) return rows.error();
  std::vector<RegionSummary> out;
  for (const auto& r : *rows) {
    out.push_back({r.Text(0), r.Int(1), r.Int(2), r.Int(3), r.Int(4), r.Int(5), r.Int(6)});
  }
  return out;
}

Result<std::vector<Building>> LiftStore::Buildings(std::string_view region) {
  std::string sql = "SELECT id, name, address, region, use FROM buildings";
  std::vector<SqlValue> params;
  if (!region.empty()) {
    sql += " WHERE region = ?";
    params.emplace_back(std::string(region));
  }
  auto rows = sql_.Query(sql + " ORDER BY name", params);
  if (!rows.ok()) return rows.error();
  std::vector<Building> out;
  for (const auto& r : *rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4)});
  return out;
}

Result<std::int64_t> LiftStore::Count() {
  auto rows = sql_.Query("SELECT COUNT(*) FROM lifts", {});
  if (!rows.ok()) return rows.error();
  return (*rows)[0].Int(0);
}

}  // namespace hoistway::registry
