#include "registry/telemetry_store.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

namespace hoistway::registry {
namespace {

constexpr std::string_view kAlarmColumns =
    "SELECT a.id, l.registration_no, a.lift_id, a.cause, a.severity, a.state, a.opened_at, "
    "a.last_at, a.count, a.event_id, a.figures, a.acknowledged_at, a.acknowledged_by, "
    "a.closed_at, a.closed_by, a.close_note, a.work_order_id, a.accident_id, a.version "
    "FROM alarms a JOIN lifts l ON l.id = a.lift_id";

// Most severe first, for ORDER BY and "the worst open alarm".
constexpr std::string_view kSeverityRank =
    "CASE a.severity WHEN 'critical' THEN 0 WHEN 'major' THEN 1 ELSE 2 END";

AlarmRecord AlarmFromRow(const SqlRow& r) {
  AlarmRecord a;
  a.id = r.Int(0);
  a.registration_no = r.Text(1);
  a.lift_id = r.Int(2);
  a.cause = r.Text(3);
  a.severity = r.Text(4);
  a.state = r.Text(5);
  a.opened_at = r.Text(6);
  a.last_at = r.Text(7);
  a.count = r.Int(8);
  a.event_id = r.Text(9);
  a.figures_json = r.Text(10);
  a.acknowledged_at = r.Text(11);
  a.acknowledged_by = r.Text(12);
  a.closed_at = r.Text(13);
  a.closed_by = r.Text(14);
  a.close_note = r.Text(15);
  a.work_order_id = r.OptInt(16);
  a.accident_id = r.OptInt(17);
  a.version = r.Int(18);
  return a;
}

std::string AuditJson(const AlarmRecord& a) {
  return nlohmann::json{{"id", a.id},
                        {"registration_no", a.registration_no},
                        {"cause", a.cause},
                        {"severity", a.severity},
                        {"state", a.state},
                        {"count", a.count},
                        {"closed_by", a.closed_by},
                        {"acknowledged_by", a.acknowledged_by}}
      .dump();
}

int SeverityRank(std::string_view s) {
  return s == "critical" ? 0 : s == "major" ? 1 : 2;
}

// " AND ..." limiting lift alias `l` to the scope, with its parameters.
std::string ScopeWhere(const TelemetryScope& scope, std::vector<SqlValue>& params) {
  return LiftReachWhere(scope.company_id, scope.owner_user_id, params);
}

// Chunk sizes of the multi-row INSERT: each a prepared statement of its own.
constexpr std::size_t kChunks[] = {256, 64, 16, 4, 1};
constexpr int kEventColumns = 8;

std::string InsertEventsSql(std::size_t rows) {
  std::string sql =
      "INSERT INTO telemetry_events (lift_id, event_id, at, kind, known, floor, detail, "
      "received_at) VALUES ";
  for (std::size_t i = 0; i < rows; ++i) sql += i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
  sql += " ON CONFLICT (lift_id, event_id) DO NOTHING RETURNING lift_id, event_id";
  return sql;
}

constexpr std::string_view kLiftRowColumns =
    "SELECT lift_id, version, state, deadline, last_seen_at, mode, floor, out_of_service FROM "
    "telemetry_lifts";

LiftTelemetryRow LiftRowFrom(const SqlRow& r) {
  LiftTelemetryRow row;
  row.lift_id = r.Int(0);
  row.version = r.Int(1);
  row.state_json = r.Text(2);
  if (!r.IsNull(3)) row.deadline = r.Text(3);
  row.last_seen_at = r.Text(4);
  row.mode = r.Text(5);
  if (auto floor = r.OptInt(6)) row.floor = static_cast<int>(*floor);
  row.out_of_service = r.Int(7) != 0;
  return row;
}

// "?,?,?" for `n` placeholders.
std::string Placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i == 0 ? "?" : ",?";
  return out;
}

// Calls `run(first, count)` over [0, n) in the fixed chunk sizes (each size
// is one prepared statement).
template <typename Fn>
Status InChunks(std::size_t n, Fn run) {
  std::size_t done = 0;
  for (std::size_t chunk : kChunks) {
    while (n - done >= chunk) {
      Status status = run(done, chunk);
      if (!status.ok()) return status;
      done += chunk;
    }
  }
  return Status::Ok();
}

}  // namespace

Result<std::optional<std::int64_t>> TelemetryStore::FindLift(std::string_view registration_no) {
  auto rows = ctx_.sql.Query("SELECT id FROM lifts WHERE registration_no = ?",
                             {std::string(registration_no)});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>((*rows)[0].Int(0));
}

template <typename T, typename Map>
Result<Page<T>> TelemetryStore::ListPage(const std::string& count_sql,
                                         const std::string& select_sql,
                                         std::vector<SqlValue> params, int page, int per_page,
                                         Map map) {
  auto count = ctx_.sql.Query(count_sql, params);
  if (!count.ok()) return count.error();
  Page<T> out;
  out.total = (*count)[0].Int(0);
  out.page = page;
  out.per_page = per_page;
  params.emplace_back(std::int64_t{per_page});
  params.emplace_back(std::int64_t{(page - 1) * per_page});
  auto rows = ctx_.sql.Query(select_sql + " LIMIT ? OFFSET ?", params);
  if (!rows.ok()) return rows.error();
  out.items.reserve(rows->size());
  for (const auto& r : *rows) out.items.push_back(map(r));
  return out;
}

Result<std::vector<bool>> TelemetryStore::InsertEvents(std::vector<NewTelemetryEvent> events) {
  std::vector<bool> fresh(events.size(), false);
  // Repeats within the call: only the first of each (lift, id) is tried.
  struct Key {
    std::int64_t lift;
    std::string_view id;
    bool operator==(const Key&) const = default;
  };
  struct KeyHash {
    std::size_t operator()(const Key& k) const {
      return std::hash<std::string_view>()(k.id) ^
             (static_cast<std::size_t>(k.lift) * 0x9E3779B97F4A7C15ULL);
    }
  };
  // The ids are copied into the map's keys' storage: the events' strings move below.
  std::vector<std::string> ids;
  ids.reserve(events.size());
  for (const auto& e : events) ids.push_back(e.event_id);
  std::unordered_map<Key, std::size_t, KeyHash> first_of;
  first_of.reserve(events.size() * 2);
  std::vector<std::size_t> order;
  order.reserve(events.size());
  for (std::size_t i = 0; i < events.size(); ++i) {
    if (first_of.emplace(Key{events[i].lift_id, ids[i]}, i).second) order.push_back(i);
  }
  std::vector<SqlValue> params;
  Status inserted = InChunks(order.size(), [&](std::size_t first, std::size_t count) -> Status {
    params.clear();
    params.reserve(count * kEventColumns);
    for (std::size_t k = first; k < first + count; ++k) {
      NewTelemetryEvent& e = events[order[k]];
      params.emplace_back(e.lift_id);
      params.emplace_back(std::move(e.event_id));
      params.emplace_back(std::move(e.at));
      params.emplace_back(std::move(e.kind));
      params.emplace_back(std::int64_t{e.known ? 1 : 0});
      if (e.floor) {
        params.emplace_back(std::int64_t{*e.floor});
      } else {
        params.emplace_back(std::monostate{});
      }
      params.emplace_back(std::move(e.detail_json));
      params.emplace_back(std::move(e.received_at));
    }
    auto rows = ctx_.sql.Query(InsertEventsSql(count), params);
    if (!rows.ok()) return rows.error();
    for (const auto& r : *rows) {
      const std::string& id = r.Text(1);
      auto it = first_of.find(Key{r.Int(0), id});
      if (it != first_of.end()) fresh[it->second] = true;
    }
    return Status::Ok();
  });
  if (!inserted.ok()) return inserted.error();
  return fresh;
}

Result<Page<TelemetryEventRecord>> TelemetryStore::ListEvents(std::int64_t lift_id,
                                                              const TelemetryEventFilter& f) {
  std::string where = " WHERE e.lift_id = ?";
  std::vector<SqlValue> params{lift_id};
  if (!f.kind.empty()) {
    where += " AND e.kind = ?";
    params.emplace_back(f.kind);
  }
  if (!f.since.empty()) {
    where += " AND e.at >= ?";
    params.emplace_back(f.since);
  }
  return ListPage<TelemetryEventRecord>(
      "SELECT COUNT(*) FROM telemetry_events e" + where,
      "SELECT e.id, l.registration_no, e.event_id, e.at, e.kind, e.known, e.floor, e.detail, "
      "e.received_at FROM telemetry_events e JOIN lifts l ON l.id = e.lift_id" +
          where + " ORDER BY e.at DESC, e.id DESC",
      std::move(params), f.page, f.per_page, [](const SqlRow& r) {
        TelemetryEventRecord e;
        e.id = r.Int(0);
        e.registration_no = r.Text(1);
        e.event_id = r.Text(2);
        e.at = r.Text(3);
        e.kind = r.Text(4);
        e.known = r.Int(5) != 0;
        if (auto floor = r.OptInt(6)) e.floor = static_cast<int>(*floor);
        e.detail_json = r.Text(7);
        e.received_at = r.Text(8);
        return e;
      });
}

Result<std::vector<LiftTelemetryRow>> TelemetryStore::LockLifts(
    const std::vector<std::int64_t>& lift_ids) {
  const bool pg = ctx_.sql.dialect() == SqlDialect::kPostgres;
  std::unordered_map<std::int64_t, LiftTelemetryRow> found;
  auto select = [&](const std::vector<std::int64_t>& ids) -> Status {
    return InChunks(ids.size(), [&](std::size_t first, std::size_t count) -> Status {
      std::vector<SqlValue> params;
      params.reserve(count);
      for (std::size_t i = first; i < first + count; ++i) params.emplace_back(ids[i]);
      auto rows =
          ctx_.sql.Query(std::string(kLiftRowColumns) + " WHERE lift_id IN (" +
                             Placeholders(count) + ")" + (pg ? " ORDER BY lift_id FOR UPDATE" : ""),
                         params);
      if (!rows.ok()) return rows.error();
      for (const auto& r : *rows) {
        LiftTelemetryRow row = LiftRowFrom(r);
        found[row.lift_id] = std::move(row);
      }
      return Status::Ok();
    });
  };
  Status selected = select(lift_ids);
  if (!selected.ok()) return selected.error();
  // Lifts heard of for the first time: a row (version 0) to lock, so that two
  // monitors hearing of one lift at once take turns from here on.
  std::vector<std::int64_t> missing;
  for (auto id : lift_ids) {
    if (!found.contains(id)) missing.push_back(id);
  }
  if (!missing.empty()) {
    Status made = InChunks(missing.size(), [&](std::size_t first, std::size_t count) -> Status {
      std::string sql = "INSERT INTO telemetry_lifts (lift_id, version, state, updated_at) VALUES ";
      std::vector<SqlValue> params;
      for (std::size_t i = 0; i < count; ++i) {
        sql += i == 0 ? "(?, 0, '', '')" : ",(?, 0, '', '')";
        params.emplace_back(missing[first + i]);
      }
      return ctx_.sql.Query(sql + " ON CONFLICT (lift_id) DO NOTHING", params).status();
    });
    if (!made.ok()) return made.error();
    if (pg) {
      Status locked = select(missing);
      if (!locked.ok()) return locked.error();
    }
  }
  std::vector<LiftTelemetryRow> out;
  out.reserve(lift_ids.size());
  for (auto id : lift_ids) {
    auto it = found.find(id);
    if (it != found.end()) {
      out.push_back(std::move(it->second));
    } else {
      LiftTelemetryRow fresh;
      fresh.lift_id = id;
      out.push_back(std::move(fresh));
    }
  }
  return out;
}

Result<LiftTelemetryRow> TelemetryStore::LockLift(std::int64_t lift_id) {
  auto rows = LockLifts({lift_id});
  if (!rows.ok()) return rows.error();
  return std::move(rows->front());
}

Result<std::optional<LiftTelemetryRow>> TelemetryStore::GetLift(std::int64_t lift_id) {
  auto rows = ctx_.sql.Query(std::string(kLiftRowColumns) + " WHERE lift_id = ?", {lift_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return std::optional<LiftTelemetryRow>();
  return std::optional<LiftTelemetryRow>(LiftRowFrom((*rows)[0]));
}

Result<std::vector<std::int64_t>> TelemetryStore::SaveLifts(
    const std::vector<LiftTelemetryRow>& rows, std::string_view now) {
  std::unordered_map<std::int64_t, std::int64_t> versions;
  Status saved = InChunks(rows.size(), [&](std::size_t first, std::size_t count) -> Status {
    std::string sql =
        "INSERT INTO telemetry_lifts (lift_id, version, state, deadline, last_seen_at, mode, "
        "floor, out_of_service, updated_at) VALUES ";
    std::vector<SqlValue> params;
    params.reserve(count * 8);
    for (std::size_t i = 0; i < count; ++i) {
      const LiftTelemetryRow& row = rows[first + i];
      sql += i == 0 ? "(?, 1, ?, ?, ?, ?, ?, ?, ?)" : ",(?, 1, ?, ?, ?, ?, ?, ?, ?)";
      params.emplace_back(row.lift_id);
      params.emplace_back(row.state_json);
      if (row.deadline) {
        params.emplace_back(*row.deadline);
      } else {
        params.emplace_back(std::monostate{});
      }
      params.emplace_back(row.last_seen_at);
      params.emplace_back(row.mode);
      if (row.floor) {
        params.emplace_back(std::int64_t{*row.floor});
      } else {
        params.emplace_back(std::monostate{});
      }
      params.emplace_back(std::int64_t{row.out_of_service ? 1 : 0});
      params.emplace_back(std::string(now));
    }
    sql +=
        " ON CONFLICT (lift_id) DO UPDATE SET version = telemetry_lifts.version + 1, "
        "state = excluded.state, deadline = excluded.deadline, last_seen_at = "
        "excluded.last_seen_at, mode = excluded.mode, floor = excluded.floor, out_of_service = "
        "excluded.out_of_service, updated_at = excluded.updated_at RETURNING lift_id, version";
    auto returned = ctx_.sql.Query(sql, params);
    if (!returned.ok()) return returned.error();
    for (const auto& r : *returned) versions[r.Int(0)] = r.Int(1);
    return Status::Ok();
  });
  if (!saved.ok()) return saved.error();
  std::vector<std::int64_t> out;
  out.reserve(rows.size());
  for (const auto& row : rows) {
    auto it = versions.find(row.lift_id);
    if (it == versions.end()) return Error(ErrorCode::kInternal, "telemetry_lifts: no version");
    out.push_back(it->second);
  }
  return out;
}

Result<std::int64_t> TelemetryStore::SaveLift(const LiftTelemetryRow& row, std::string_view now) {
  auto versions = SaveLifts({row}, now);
  if (!versions.ok()) return versions.error();
  return versions->front();
}

Result<std::vector<std::int64_t>> TelemetryStore::DueLifts(std::string_view now, int limit) {
  auto rows = ctx_.sql.Query(
      "SELECT lift_id FROM telemetry_lifts WHERE deadline IS NOT NULL AND deadline <= ? "
      "ORDER BY deadline LIMIT ?",
      {std::string(now), std::int64_t{limit}});
  if (!rows.ok()) return rows.error();
  std::vector<std::int64_t> out;
  for (const auto& r : *rows) out.push_back(r.Int(0));
  return out;
}

Result<RaisedAlarm> TelemetryStore::RaiseAlarm(std::int64_t lift_id, const NewAlarm& alarm) {
  auto open = ctx_.sql.Query(
      std::string(kAlarmColumns) + " WHERE a.lift_id = ? AND a.cause = ? AND a.state <> 'closed'",
      {lift_id, alarm.cause});
  if (!open.ok()) return open.error();
  if (!open->empty()) {
    AlarmRecord a = AlarmFromRow((*open)[0]);
    const std::string severity =
        SeverityRank(alarm.severity) < SeverityRank(a.severity) ? alarm.severity : a.severity;
    auto updated = ctx_.sql.Query(
        "UPDATE alarms SET count = count + 1, last_at = CASE WHEN last_at < ? THEN ? ELSE "
        "last_at END, severity = ?, version = version + 1 WHERE id = ?",
        {alarm.at, alarm.at, severity, a.id});
    if (!updated.ok()) return updated.error();
    a.count += 1;
    if (a.last_at < alarm.at) a.last_at = alarm.at;
    a.severity = severity;
    a.version += 1;
    return RaisedAlarm{a, false};
  }
  auto id = ctx_.sql.Insert(
      "INSERT INTO alarms (lift_id, cause, severity, state, opened_at, last_at, count, event_id, "
      "figures) VALUES (?, ?, ?, 'open', ?, ?, 1, ?, ?) RETURNING id",
      {lift_id, alarm.cause, alarm.severity, alarm.at, alarm.at, alarm.event_id,
       alarm.figures_json});
  if (!id.ok()) return id.error();
  auto created = GetAlarm(*id);
  if (!created.ok()) return created.error();
  Status audit = ctx_.Audit("create", "alarm", std::to_string(*id), "", AuditJson(*created));
  if (!audit.ok()) return audit.error();
  return RaisedAlarm{*created, true};
}

Result<std::vector<AlarmRecord>> TelemetryStore::CloseAutomatically(
    std::int64_t lift_id, const std::vector<std::string>& causes, std::string_view at,
    std::string_view note) {
  std::vector<AlarmRecord> closed;
  for (const auto& cause : causes) {
    auto open = ctx_.sql.Query(
        std::string(kAlarmColumns) + " WHERE a.lift_id = ? AND a.cause = ? AND a.state <> 'closed'",
        {lift_id, cause});
    if (!open.ok()) return open.error();
    if (open->empty()) continue;
    AlarmRecord before = AlarmFromRow((*open)[0]);
    auto done = ctx_.sql.Query(
        "UPDATE alarms SET state = 'closed', closed_at = ?, closed_by = 'monitor', close_note = "
        "?, version = version + 1 WHERE id = ?",
        {std::string(at), std::string(note), before.id});
    if (!done.ok()) return done.error();
    AlarmRecord after = before;
    after.state = "closed";
    after.closed_at = std::string(at);
    after.closed_by = "monitor";
    after.close_note = std::string(note);
    after.version += 1;
    Status audit = ctx_.Audit("update", "alarm", std::to_string(before.id), AuditJson(before),
                              AuditJson(after));
    if (!audit.ok()) return audit.error();
    closed.push_back(std::move(after));
  }
  return closed;
}

Status TelemetryStore::LinkAlarm(std::int64_t alarm_id, std::optional<std::int64_t> work_order_id,
                                 std::optional<std::int64_t> accident_id) {
  return ctx_.sql
      .Query(
          "UPDATE alarms SET work_order_id = COALESCE(?, work_order_id), accident_id = "
          "COALESCE(?, accident_id) WHERE id = ?",
          {work_order_id ? SqlValue{*work_order_id} : SqlValue{},
           accident_id ? SqlValue{*accident_id} : SqlValue{}, alarm_id})
      .status();
}

Result<AlarmRecord> TelemetryStore::GetAlarm(std::int64_t id) {
  auto rows = ctx_.sql.Query(std::string(kAlarmColumns) + " WHERE a.id = ?", {id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no alarm {}", id));
  return AlarmFromRow((*rows)[0]);
}

Result<Page<AlarmRecord>> TelemetryStore::ListAlarms(const AlarmFilter& f) {
  std::string where = " WHERE 1=1";
  std::vector<SqlValue> params;
  if (!f.registration_no.empty()) {
    where += " AND l.registration_no = ?";
    params.emplace_back(f.registration_no);
  }
  if (f.state == "active") {
    where += " AND a.state <> 'closed'";
  } else if (!f.state.empty()) {
    where += " AND a.state = ?";
    params.emplace_back(f.state);
  }
  if (!f.severity.empty()) {
    where += " AND a.severity = ?";
    params.emplace_back(f.severity);
  }
  if (!f.cause.empty()) {
    where += " AND a.cause = ?";
    params.emplace_back(f.cause);
  }
  where += ScopeWhere(f.scope, params);
  // Entrapments first, then by severity, newest first.
  return ListPage<AlarmRecord>(
      "SELECT COUNT(*) FROM alarms a JOIN lifts l ON l.id = a.lift_id" + where,
      std::string(kAlarmColumns) + where +
          " ORDER BY CASE WHEN a.cause = 'entrapment' AND a.state <> 'closed' THEN 0 ELSE 1 END, " +
          std::string(kSeverityRank) + ", a.opened_at DESC, a.id DESC",
      std::move(params), f.page, f.per_page, AlarmFromRow);
}

Result<AlarmRecord> TelemetryStore::AcknowledgeAlarm(std::int64_t id, std::string_view at) {
  auto before = GetAlarm(id);
  if (!before.ok()) return before.error();
  if (before->state != "open") {
    return Error(ErrorCode::kConflict, fmt::format("alarm {} is {}, not open", id, before->state));
  }
  auto done = ctx_.sql.Query(
      "UPDATE alarms SET state = 'acknowledged', acknowledged_at = ?, acknowledged_by = ?, "
      "version = version + 1 WHERE id = ? AND state = 'open'",
      {std::string(at), ctx_.actor, id});
  if (!done.ok()) return done.error();
  auto after = GetAlarm(id);
  if (!after.ok()) return after.error();
  Status audit =
      ctx_.Audit("update", "alarm", std::to_string(id), AuditJson(*before), AuditJson(*after));
  if (!audit.ok()) return audit.error();
  return after;
}

Result<AlarmRecord> TelemetryStore::CloseAlarm(std::int64_t id, std::string_view at,
                                               std::string_view note) {
  auto before = GetAlarm(id);
  if (!before.ok()) return before.error();
  if (before->state == "closed") {
    return Error(ErrorCode::kConflict, fmt::format("alarm {} is already closed", id));
  }
  auto done = ctx_.sql.Query(
      "UPDATE alarms SET state = 'closed', closed_at = ?, closed_by = ?, close_note = ?, "
      "version = version + 1 WHERE id = ? AND state <> 'closed'",
      {std::string(at), ctx_.actor, std::string(note), id});
  if (!done.ok()) return done.error();
  auto after = GetAlarm(id);
  if (!after.ok()) return after.error();
  Status audit =
      ctx_.Audit("update", "alarm", std::to_string(id), AuditJson(*before), AuditJson(*after));
  if (!audit.ok()) return audit.error();
  return after;
}

Result<std::string> TelemetryStore::RegistrationNo(std::int64_t lift_id) {
  auto rows = ctx_.sql.Query("SELECT registration_no FROM lifts WHERE id = ?", {lift_id});
  if (!rows.ok()) return rows.error();
  if (rows->empty()) return NotFound(fmt::format("no lift {}", lift_id));
  return (*rows)[0].Text(0);
}

Status TelemetryStore::StartDowntime(std::int64_t lift_id, std::string_view at,
                                     std::string_view reason) {
  auto open = ctx_.sql.Query(
      "SELECT id FROM telemetry_downtime WHERE lift_id = ? AND ended_at IS NULL", {lift_id});
  if (!open.ok()) return open.error();
  if (!open->empty()) return Status::Ok();  // already out of service
  return ctx_.sql
      .Query("INSERT INTO telemetry_downtime (lift_id, started_at, reason) VALUES (?, ?, ?)",
             {lift_id, std::string(at), std::string(reason)})
      .status();
}

Status TelemetryStore::EndDowntime(std::int64_t lift_id, std::string_view at) {
  return ctx_.sql
      .Query(
          "UPDATE telemetry_downtime SET ended_at = CASE WHEN started_at > ? THEN started_at "
          "ELSE ? END WHERE lift_id = ? AND ended_at IS NULL",
          {std::string(at), std::string(at), lift_id})
      .status();
}

Result<std::vector<DowntimePeriod>> TelemetryStore::ListDowntime(
    std::optional<std::int64_t> lift_id, const TelemetryScope& scope, std::string_view from,
    std::string_view to) {
  std::string where = " WHERE d.started_at < ? AND (d.ended_at IS NULL OR d.ended_at > ?)";
  std::vector<SqlValue> params{std::string(to), std::string(from)};
  if (lift_id) {
    where += " AND d.lift_id = ?";
    params.emplace_back(*lift_id);
  }
  where += ScopeWhere(scope, params);
  auto rows = ctx_.sql.Query(
      "SELECT d.lift_id, d.started_at, d.ended_at, d.reason FROM telemetry_downtime d JOIN "
      "lifts l ON l.id = d.lift_id" +
          where + " ORDER BY d.lift_id, d.started_at",
      params);
  if (!rows.ok()) return rows.error();
  std::vector<DowntimePeriod> out;
  for (const auto& r : *rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3)});
  return out;
}

Result<Page<FleetLift>> TelemetryStore::ListFleet(const FleetFilter& f) {
  std::vector<SqlValue> params;
  std::string where = " WHERE 1=1" + ScopeWhere(f.scope, params);
  if (f.connected_only) where += " AND t.lift_id IS NOT NULL";
  const std::string from =
      " FROM lifts l JOIN buildings b ON b.id = l.building_id LEFT JOIN telemetry_lifts t ON "
      "t.lift_id = l.id";
  constexpr std::string_view kNames[] = {"critical", "major", "minor"};
  return ListPage<FleetLift>(
      "SELECT COUNT(*)" + from + where,
      "SELECT l.registration_no, b.name, l.region, t.last_seen_at, t.mode, t.floor, "
      "t.out_of_service, "
      "(SELECT MIN(" +
          std::string(kSeverityRank) +
          ") FROM alarms a WHERE a.lift_id = l.id AND a.state <> 'closed'), "
          "(SELECT COUNT(*) FROM alarms a WHERE a.lift_id = l.id AND a.state <> 'closed' AND "
          "a.cause = 'entrapment'), "
          "(SELECT COUNT(*) FROM alarms a WHERE a.lift_id = l.id AND a.state <> 'closed')" +
          from + where + " ORDER BY l.registration_no",
      std::move(params), f.page, f.per_page, [&kNames](const SqlRow& r) {
        FleetLift lift;
        lift.registration_no = r.Text(0);
        lift.building = r.Text(1);
        lift.region = r.Text(2);
        lift.last_seen_at = r.Text(3);
        lift.mode = r.Text(4);
        if (auto floor = r.OptInt(5)) lift.floor = static_cast<int>(*floor);
        lift.out_of_service = r.OptInt(6).value_or(0) != 0;
        if (auto rank = r.OptInt(7); rank && *rank >= 0 && *rank <= 2) {
          lift.worst_severity = std::string(kNames[*rank]);
        }
        lift.entrapment = r.Int(8) > 0;
        lift.open_alarms = r.Int(9);
        return lift;
      });
}

Result<std::int64_t> TelemetryStore::CountConnected(const TelemetryScope& scope) {
  std::vector<SqlValue> params;
  const std::string where = ScopeWhere(scope, params);
  auto rows = ctx_.sql.Query(
      "SELECT COUNT(*) FROM telemetry_lifts t JOIN lifts l ON l.id = t.lift_id WHERE 1=1" + where,
      params);
  if (!rows.ok()) return rows.error();
  return (*rows)[0].Int(0);
}

Result<std::vector<std::pair<std::string, std::int64_t>>> TelemetryStore::CountOpenAlarms(
    const TelemetryScope& scope) {
  std::vector<SqlValue> params;
  const std::string where = ScopeWhere(scope, params);
  auto rows = ctx_.sql.Query(
      "SELECT a.severity, COUNT(*) FROM alarms a JOIN lifts l ON l.id = a.lift_id WHERE a.state "
      "<> 'closed'" +
          where + " GROUP BY a.severity",
      params);
  if (!rows.ok()) return rows.error();
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const auto& r : *rows) out.emplace_back(r.Text(0), r.Int(1));
  return out;
}

}  // namespace hoistway::registry
