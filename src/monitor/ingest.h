// The ingest: one batch of MQTT messages in, one registry transaction out.
// Messages are decoded (bad ones counted and reported with their topic, never
// stored), events stored once per (lift, id), the rules run on each lift's new
// messages in time order, and what they decide (alarms, work orders, draft
// accident reports, downtime) is written in the same transaction. Only when
// Process returns OK may the caller acknowledge the batch to the broker:
// nothing is lost by a crash before that, and nothing is stored twice after.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "monitor/actions.h"
#include "monitor/lift_state.h"
#include "monitor/rules_config.h"
#include "registry/repository.h"
#include "registry/telemetry_store.h"
#include "telemetry/codec.h"
#include "telemetry/mqtt_client.h"

namespace hoistway::monitor {

struct IngestOptions {
  RulesConfig rules = DefaultRules();
  telemetry::DecodeLimits limits;
  // A registration number not in the registry is looked up again after this.
  std::chrono::seconds unknown_lift_ttl{60};
  std::string actor = "monitor";  // who the audit log names
};

// Counts since start (all monotonic).
struct IngestCounts {
  std::uint64_t messages = 0;
  std::uint64_t events_stored = 0;
  std::uint64_t duplicates = 0;     // events seen before (delivery is at least once)
  std::uint64_t unknown_kinds = 0;  // stored and flagged
  std::uint64_t statuses = 0;
  std::uint64_t counters = 0;
  std::uint64_t batches = 0;
  std::uint64_t alarms_opened = 0;
  std::uint64_t entrapments = 0;
  std::uint64_t work_orders = 0;
  std::array<std::uint64_t, 8> bad{};  // by telemetry::BadInput
  std::uint64_t bad_total() const;
};

// "stored N events (D duplicates, U unknown kinds), S statuses, C counters;
// refused R (cause n, ...); alarms opened A, entrapments E, work orders W".
std::string FormatCounts(const IngestCounts& counts);

// An alarm that changed in a committed batch (or by people, in the server).
struct AlarmChange {
  std::string type;  // alarm.opened | alarm.updated | alarm.closed | alarm.acknowledged
  registry::AlarmRecord alarm;
};
// One line of JSON: the alarm's API form plus "type" (the MQTT alarm feed).
std::string AlarmEventJson(const AlarmChange& change);
// The browsers' event-stream form: {type, id, registration_no, severity,
// state} and no more, since every signed-in stream receives it; the details
// come from the API, within the reader's scope.
std::string AlarmStreamEvent(const AlarmChange& change);
// The stream form of an alarm feed message; nullopt for anything else.
std::optional<std::string> AlarmStreamEventFromFeed(std::string_view payload);

// Told of what happens; called from the ingest's thread.
class IngestObserver {
 public:
  virtual ~IngestObserver() = default;
  // A message refused (not stored), with its topic and the reason.
  virtual void OnBadMessage(const std::string& topic, telemetry::BadInput why,
                            const std::string& message) = 0;
  // After a commit: each alarm that opened, counted, closed.
  virtual void OnAlarmChanged(const AlarmChange& change) = 0;
};

class IngestPipeline {
 public:
  // `repository` and `observer` (may be null) must outlive the pipeline.
  // `clock` is the monitor's clock: the time window of messages, received_at,
  // and the wait of an entrapment.
  IngestPipeline(registry::Repository& repository, IngestOptions options,
                 std::function<telemetry::TimePoint()> clock, IngestObserver* observer);

  // Processes `messages` in one transaction. OK: committed, acknowledge them.
  // An error (database unavailable, a conflict): nothing of the batch is
  // stored; give the messages again (or let the broker do it).
  Status Process(const std::vector<telemetry::MqttMessage>& messages);

  // Runs the rules of lifts whose wait is over (an entrapment with no message
  // since); call it about once a second.
  Status Tick();

  const IngestCounts& counts() const { return counts_; }

 private:
  struct Parsed;
  using SavedStates = std::map<std::int64_t, std::pair<std::int64_t, LiftState>>;
  Status ProcessInTransaction(registry::Transaction& tx, std::vector<Parsed>& parsed,
                              std::vector<AlarmChange>& changes, SavedStates& saved,
                              IngestCounts& counts);
  // A lift's row and its state after the rules, waiting to be saved.
  struct Settled {
    registry::LiftTelemetryRow row;
    LiftState state;
  };
  // Saves the lifts' states (one statement for many) and records them in `saved`.
  Status SaveStates(registry::TelemetryStore& store, std::vector<Settled>& settled,
                    SavedStates& saved);
  Result<std::optional<std::int64_t>> LiftIdOf(registry::TelemetryStore& store,
                                               const std::string& registration_no,
                                               telemetry::TimePoint now);
  Status RunActions(registry::Transaction& tx, registry::TelemetryStore& store,
                    std::int64_t lift_id, const std::string& registration_no,
                    const std::vector<Action>& actions, std::vector<AlarmChange>& changes,
                    IngestCounts& counts);
  // Commits what ProcessInTransaction did and tells the observer.
  Status CommitAndReport(registry::Transaction& tx, std::vector<AlarmChange>& changes,
                         SavedStates& saved, const IngestCounts& counts);
  Result<LiftState> StateOf(const registry::LiftTelemetryRow& row);
  void Bad(const std::string& topic, telemetry::BadInput why, const std::string& message);

  registry::Repository& repository_;
  IngestOptions options_;
  telemetry::Decoder decoder_;
  std::function<telemetry::TimePoint()> clock_;
  IngestObserver* observer_;
  IngestCounts counts_;
  std::map<std::string, std::int64_t, std::less<>> lift_ids_;
  std::map<std::string, telemetry::TimePoint, std::less<>> unknown_lifts_;
  // Decoded states by lift, with the row version they belong to: a state is
  // parsed again only when another monitor (or a failed batch) changed it.
  std::map<std::int64_t, std::pair<std::int64_t, LiftState>> states_;
};

}  // namespace hoistway::monitor
