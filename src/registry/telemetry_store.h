// Storage of connected lifts (spec/telemetry.md): their events, what the
// monitor's rules remember of each, alarms, and out-of-service periods
// (migration 0100). Works inside one registry Transaction, so events, the
// alarms they raise and the work orders those open commit together or not at
// all. The same SQL serves SQLite and PostgreSQL, with bound parameters.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "registry/access.h"
#include "registry/repository.h"

namespace hoistway::registry {

// An event to store. Times are RFC 3339 text (UTC, milliseconds).
struct NewTelemetryEvent {
  std::int64_t lift_id = 0;
  std::string event_id;
  std::string at;
  std::string kind;
  bool known = true;
  std::optional<int> floor;
  std::string detail_json = "{}";
  std::string received_at;
};

struct TelemetryEventRecord {
  std::int64_t id = 0;
  std::string registration_no;
  std::string event_id;
  std::string at;
  std::string kind;
  bool known = true;
  std::optional<int> floor;
  std::string detail_json;
  std::string received_at;
};

// The monitor's memory of one lift.
struct LiftTelemetryRow {
  std::int64_t lift_id = 0;
  std::int64_t version = 0;  // 0: no row yet
  std::string state_json;
  std::optional<std::string> deadline;
  std::string last_seen_at;
  std::string mode;
  std::optional<int> floor;
  bool out_of_service = false;
};

struct AlarmRecord {
  std::int64_t id = 0;
  std::string registration_no;
  std::int64_t lift_id = 0;
  std::string cause;
  std::string severity;  // critical | major | minor
  std::string state;     // open | acknowledged | closed
  std::string opened_at;
  std::string last_at;
  std::int64_t count = 1;
  std::string event_id;
  std::string figures_json = "{}";
  std::string acknowledged_at;
  std::string acknowledged_by;
  std::string closed_at;
  std::string closed_by;
  std::string close_note;
  std::optional<std::int64_t> work_order_id;
  std::optional<std::int64_t> accident_id;
  std::int64_t version = 1;
};

struct NewAlarm {
  std::string cause;
  std::string severity;
  std::string at;
  std::string event_id;
  std::string figures_json = "{}";
};

// The alarm after a raise, and whether this raise opened it.
struct RaisedAlarm {
  AlarmRecord alarm;
  bool opened = false;
};

// Whose lifts a caller may see: a maintenance company's, an owner's
// buildings', or (both empty) all: the permission policy's reach
// (access.h ReachOf with kReadTelemetry).
using TelemetryScope = LiftReach;

struct AlarmFilter {
  std::string registration_no;
  std::string state;  // open | acknowledged | closed | active (open or acknowledged) | ""
  std::string severity;
  std::string cause;
  TelemetryScope scope;
  int page = 1;
  int per_page = 50;
};

struct TelemetryEventFilter {
  std::string kind;
  std::string since;  // RFC 3339; events at or after it
  int page = 1;
  int per_page = 50;
};

struct DowntimePeriod {
  std::int64_t lift_id = 0;
  std::string started_at;
  std::string ended_at;  // "" while still out of service
  std::string reason;
};

// One lift of the fleet view: what it reported last and its worst open alarm.
struct FleetLift {
  std::string registration_no;
  std::string building;
  std::string region;
  std::string last_seen_at;  // "" when it never reported
  std::string mode;
  std::optional<int> floor;
  bool out_of_service = false;
  std::string worst_severity;  // of its open alarms, "" when none
  bool entrapment = false;     // an entrapment alarm is open
  std::int64_t open_alarms = 0;
};

struct FleetFilter {
  TelemetryScope scope;
  bool connected_only = false;  // only lifts that ever reported
  int page = 1;
  int per_page = 100;
};

// A record class of the registry's layer (repository.h) over one
// transaction's context: its SQL, its actor and its audit log (alarms are
// audited). Use it while the transaction is open:
// TelemetryStore store(tx.context()).
class TelemetryStore {
 public:
  explicit TelemetryStore(RecordContext context) : ctx_(context) {}

  // The id of the lift, or nullopt when no lift has that number.
  Result<std::optional<std::int64_t>> FindLift(std::string_view registration_no);

  // Stores the events not stored yet; out[i] is true when events[i] was new
  // (a repeat, in this call or before, is false). Never fails on a repeat.
  // Takes the events to move their text into the statement.
  Result<std::vector<bool>> InsertEvents(std::vector<NewTelemetryEvent> events);
  // A lift's events, newest first.
  Result<Page<TelemetryEventRecord>> ListEvents(std::int64_t lift_id,
                                                const TelemetryEventFilter& filter);

  // The monitor's rows of the lifts, locked until the transaction ends
  // (PostgreSQL: FOR UPDATE, in the order given: pass them sorted; SQLite's
  // writer holds the whole database), in the order given; a fresh row
  // (version 0) for a lift with none yet. A few statements for many lifts.
  Result<std::vector<LiftTelemetryRow>> LockLifts(const std::vector<std::int64_t>& lift_ids);
  Result<LiftTelemetryRow> LockLift(std::int64_t lift_id);
  // Stores the rows with their versions advanced; returns the new versions,
  // in the order given.
  Result<std::vector<std::int64_t>> SaveLifts(const std::vector<LiftTelemetryRow>& rows,
                                              std::string_view now);
  Result<std::int64_t> SaveLift(const LiftTelemetryRow& row, std::string_view now);
  // Lifts whose deadline is at or before `now` (at most `limit`).
  Result<std::vector<std::int64_t>> DueLifts(std::string_view now, int limit);
  // The monitor's row of the lift, unlocked (nullopt when it never reported).
  Result<std::optional<LiftTelemetryRow>> GetLift(std::int64_t lift_id);

  // Opens an alarm of (lift, cause), or counts one more on the open one
  // (raising its severity if this one is worse). Opening is audited.
  Result<RaisedAlarm> RaiseAlarm(std::int64_t lift_id, const NewAlarm& alarm);
  // Closes the open alarms of `causes` as the monitor (audited); returns them.
  Result<std::vector<AlarmRecord>> CloseAutomatically(std::int64_t lift_id,
                                                      const std::vector<std::string>& causes,
                                                      std::string_view at, std::string_view note);
  // Links the records an alarm opened (a work order, a draft accident report).
  Status LinkAlarm(std::int64_t alarm_id, std::optional<std::int64_t> work_order_id,
                   std::optional<std::int64_t> accident_id);
  Result<AlarmRecord> GetAlarm(std::int64_t id);
  Result<Page<AlarmRecord>> ListAlarms(const AlarmFilter& filter);
  // People's acknowledgement and closing, audited as the transaction's actor.
  // kConflict when the alarm is not in a state that allows it.
  Result<AlarmRecord> AcknowledgeAlarm(std::int64_t id, std::string_view at);
  Result<AlarmRecord> CloseAlarm(std::int64_t id, std::string_view at, std::string_view note);
  // The registration number of lift `lift_id` (kNotFound when there is none).
  Result<std::string> RegistrationNo(std::int64_t lift_id);

  // Out-of-service periods.
  Status StartDowntime(std::int64_t lift_id, std::string_view at, std::string_view reason);
  Status EndDowntime(std::int64_t lift_id, std::string_view at);
  // Periods overlapping [from, to) of one lift, or of every lift in `scope`
  // when lift_id is nullopt.
  Result<std::vector<DowntimePeriod>> ListDowntime(std::optional<std::int64_t> lift_id,
                                                   const TelemetryScope& scope,
                                                   std::string_view from, std::string_view to);

  // The fleet view, by registration number, with the total.
  Result<Page<FleetLift>> ListFleet(const FleetFilter& filter);
  // Lifts in scope that ever reported, and open alarms by severity.
  Result<std::int64_t> CountConnected(const TelemetryScope& scope);
  Result<std::vector<std::pair<std::string, std::int64_t>>> CountOpenAlarms(
      const TelemetryScope& scope);

 private:
  // One page of a listing: the total from `count_sql`, then the rows of
  // `select_sql` (LIMIT and OFFSET appended), each made a T by `map`.
  template <typename T, typename Map>
  Result<Page<T>> ListPage(const std::string& count_sql, const std::string& select_sql,
                           std::vector<SqlValue> params, int page, int per_page, Map map);

  RecordContext ctx_;
};

}  // namespace hoistway::registry
