#include "monitor/ingest.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <variant>

#include "monitor/rules.h"
#include "registry/telemetry_json.h"
#include "telemetry/rfc3339.h"
#include "telemetry/topics.h"

namespace hoistway::monitor {

using telemetry::BadInput;
using telemetry::FormatTime;
using telemetry::TimePoint;

namespace {

// Registry records (work orders, accidents) take "YYYY-MM-DDTHH:MM:SSZ".
std::string RegistryTime(TimePoint t) {
  std::string text = FormatTime(std::chrono::floor<std::chrono::seconds>(t));
  return text.substr(0, 19) + "Z";
}

constexpr std::size_t kMaxDueLifts = 500;
constexpr double kPersonKg = 75;  // EN 81-20 5.4.2

void Add(IngestCounts& into, const IngestCounts& delta) {
  into.messages += delta.messages;
  into.events_stored += delta.events_stored;
  into.duplicates += delta.duplicates;
  into.unknown_kinds += delta.unknown_kinds;
  into.statuses += delta.statuses;
  into.counters += delta.counters;
  into.batches += delta.batches;
  into.alarms_opened += delta.alarms_opened;
  into.entrapments += delta.entrapments;
  into.work_orders += delta.work_orders;
  for (std::size_t i = 0; i < into.bad.size(); ++i) into.bad[i] += delta.bad[i];
}

}  // namespace

std::uint64_t IngestCounts::bad_total() const {
  std::uint64_t total = 0;
  for (auto n : bad) total += n;
  return total;
}

std::string FormatCounts(const IngestCounts& c) {
  std::string refused;
  for (std::size_t i = 1; i < c.bad.size(); ++i) {
    if (c.bad[i] == 0) continue;
    refused += fmt::format("{}{} {}", refused.empty() ? "" : ", ",
                           telemetry::BadInputName(static_cast<BadInput>(i)), c.bad[i]);
  }
  return fmt::format(
      "stored {} events ({} duplicates, {} unknown kinds), {} statuses, {} counters in {} "
      "batches; refused {}{}; alarms opened {}, entrapments {}, work orders {}",
      c.events_stored, c.duplicates, c.unknown_kinds, c.statuses, c.counters, c.batches,
      c.bad_total(), refused.empty() ? "" : " (" + refused + ")", c.alarms_opened, c.entrapments,
      c.work_orders);
}

std::string AlarmStreamEvent(const AlarmChange& change) {
  return nlohmann::json{{"type", change.type},
                        {"id", change.alarm.id},
                        {"registration_no", change.alarm.registration_no},
                        {"severity", change.alarm.severity},
                        {"state", change.alarm.state}}
      .dump();
}

std::optional<std::string> AlarmStreamEventFromFeed(std::string_view payload) {
  const auto j = nlohmann::json::parse(payload.begin(), payload.end(), nullptr, false);
  if (!j.is_object()) return std::nullopt;
  const auto type = j.find("type");
  const auto id = j.find("id");
  const auto reg = j.find("registration_no");
  const auto severity = j.find("severity");
  const auto state = j.find("state");
  if (type == j.end() || !type->is_string() || !type->get<std::string>().starts_with("alarm.") ||
      id == j.end() || !id->is_number_integer() || reg == j.end() || !reg->is_string() ||
      severity == j.end() || !severity->is_string() || state == j.end() || !state->is_string()) {
    return std::nullopt;
  }
  registry::AlarmRecord alarm;
  alarm.id = id->get<std::int64_t>();
  alarm.registration_no = reg->get<std::string>();
  alarm.severity = severity->get<std::string>();
  alarm.state = state->get<std::string>();
  return AlarmStreamEvent({type->get<std::string>(), alarm});
}

std::string AlarmEventJson(const AlarmChange& change) {
  nlohmann::json j = registry::ToJson(change.alarm);
  j["type"] = change.type;
  return j.dump();
}

// A message that decoded, with its lift.
struct IngestPipeline::Parsed {
  std::string topic;
  std::string registration_no;
  std::variant<telemetry::Event, telemetry::CarStatus, telemetry::Counters> body;
  std::int64_t lift_id = 0;
  bool fresh = true;  // an event not stored before

  TimePoint time() const {
    return std::visit([](const auto& b) { return b.time; }, body);
  }
};

IngestPipeline::IngestPipeline(registry::Repository& repository, IngestOptions options,
                               std::function<TimePoint()> clock, IngestObserver* observer)
    : repository_(repository),
      options_(std::move(options)),
      decoder_(options_.limits),
      clock_(std::move(clock)),
      observer_(observer) {}

void IngestPipeline::Bad(const std::string& topic, BadInput why, const std::string& message) {
  if (observer_ != nullptr) observer_->OnBadMessage(topic, why, message);
}

Status IngestPipeline::Process(const std::vector<telemetry::MqttMessage>& messages) {
  const TimePoint now = clock_();
  IngestCounts delta;
  delta.messages = messages.size();
  delta.batches = 1;
  std::vector<Parsed> parsed;
  parsed.reserve(messages.size());
  for (const auto& m : messages) {
    auto topic = telemetry::ParseLiftTopic(m.topic);
    if (!topic) {
      ++delta.bad[static_cast<std::size_t>(BadInput::kBadTopic)];
      Bad(m.topic, BadInput::kBadTopic, "not a topic of spec/telemetry.md");
      continue;
    }
    BadInput why = BadInput::kNone;
    Parsed p{m.topic, std::move(topic->registration_no), telemetry::Event{}};
    Status decoded = Status::Ok();
    switch (topic->kind) {
      case telemetry::TopicKind::kEvent: {
        auto event = decoder_.DecodeEvent(m.payload, now, &why);
        if (event.ok()) p.body = std::move(*event);
        decoded = event.status();
        break;
      }
      case telemetry::TopicKind::kStatus: {
        auto status = decoder_.DecodeStatus(m.payload, now, &why);
        if (status.ok()) p.body = std::move(*status);
        decoded = status.status();
        break;
      }
      case telemetry::TopicKind::kCounters: {
        auto counters = decoder_.DecodeCounters(m.payload, now, &why);
        if (counters.ok()) p.body = std::move(*counters);
        decoded = counters.status();
        break;
      }
    }
    if (!decoded.ok()) {
      ++delta.bad[static_cast<std::size_t>(why)];
      Bad(m.topic, why, decoded.error().message());
      continue;
    }
    parsed.push_back(std::move(p));
  }

  auto tx = repository_.Begin(registry::TxMode::kWrite, options_.actor);
  if (!tx.ok()) return tx.error();
  std::vector<AlarmChange> changes;
  SavedStates saved;
  Status done = ProcessInTransaction(*tx, parsed, changes, saved, delta);
  if (!done.ok()) return done;
  return CommitAndReport(*tx, changes, saved, delta);
}

Status IngestPipeline::CommitAndReport(registry::Transaction& tx, std::vector<AlarmChange>& changes,
                                       SavedStates& saved, const IngestCounts& delta) {
  Status committed = tx.Commit();
  if (!committed.ok()) {
    for (const auto& [lift_id, state] : saved) states_.erase(lift_id);
    return committed;
  }
  for (auto& [lift_id, state] : saved) states_[lift_id] = std::move(state);
  Add(counts_, delta);
  if (observer_ != nullptr) {
    for (const auto& change : changes) observer_->OnAlarmChanged(change);
  }
  return Status::Ok();
}

Result<std::optional<std::int64_t>> IngestPipeline::LiftIdOf(registry::TelemetryStore& store,
                                                             const std::string& registration_no,
                                                             TimePoint now) {
  if (auto it = lift_ids_.find(registration_no); it != lift_ids_.end()) {
    return std::optional<std::int64_t>(it->second);
  }
  if (auto it = unknown_lifts_.find(registration_no);
      it != unknown_lifts_.end() && now - it->second < options_.unknown_lift_ttl) {
    return std::optional<std::int64_t>();
  }
  auto id = store.FindLift(registration_no);
  if (!id.ok()) return id.error();
  if (*id) {
    lift_ids_[registration_no] = **id;
    unknown_lifts_.erase(registration_no);
  } else {
    unknown_lifts_[registration_no] = now;
  }
  return *id;
}

Result<LiftState> IngestPipeline::StateOf(const registry::LiftTelemetryRow& row) {
  auto cached = states_.find(row.lift_id);
  if (cached != states_.end() && cached->second.first == row.version && row.version > 0) {
    return cached->second.second;
  }
  return DecodeState(row.state_json);
}

Status IngestPipeline::ProcessInTransaction(registry::Transaction& tx, std::vector<Parsed>& parsed,
                                            std::vector<AlarmChange>& changes, SavedStates& saved,
                                            IngestCounts& delta) {
  const TimePoint now = clock_();
  const std::string received_at = FormatTime(now);
  registry::TelemetryStore store(tx.context());

  // The lifts, and the messages of unknown ones refused.
  std::map<std::int64_t, std::vector<Parsed*>> by_lift;  // ascending: the lock order
  for (auto& p : parsed) {
    auto id = LiftIdOf(store, p.registration_no, now);
    if (!id.ok()) return id.error();
    if (!*id) {
      ++delta.bad[static_cast<std::size_t>(BadInput::kUnknownLift)];
      Bad(p.topic, BadInput::kUnknownLift,
          fmt::format("no lift with registration number {} in the registry", p.registration_no));
      continue;
    }
    p.lift_id = **id;
    by_lift[p.lift_id].push_back(&p);
  }

  // Lock every lift first (in id order), then store the events: two monitors
  // given the same event (a redelivery) take turns on its lift.
  std::vector<std::int64_t> lift_ids;
  lift_ids.reserve(by_lift.size());
  for (const auto& [lift_id, messages] : by_lift) lift_ids.push_back(lift_id);
  auto locked = store.LockLifts(lift_ids);
  if (!locked.ok()) return locked.error();
  std::map<std::int64_t, registry::LiftTelemetryRow> rows;
  for (auto& row : *locked) rows.emplace(row.lift_id, std::move(row));
  std::vector<registry::NewTelemetryEvent> events;
  std::vector<Parsed*> event_messages;
  for (auto& [lift_id, messages] : by_lift) {
    for (Parsed* p : messages) {
      const auto* e = std::get_if<telemetry::Event>(&p->body);
      if (e == nullptr) continue;
      events.push_back({lift_id, e->id, FormatTime(e->time), e->kind_name,
                        e->kind != telemetry::EventKind::kUnknown, e->floor, e->detail_json,
                        received_at});
      event_messages.push_back(p);
    }
  }
  auto fresh = store.InsertEvents(std::move(events));
  if (!fresh.ok()) return fresh.error();
  for (std::size_t i = 0; i < event_messages.size(); ++i) {
    event_messages[i]->fresh = (*fresh)[i];
    if (!(*fresh)[i]) {
      ++delta.duplicates;
      continue;
    }
    ++delta.events_stored;
    if (std::get<telemetry::Event>(event_messages[i]->body).kind ==
        telemetry::EventKind::kUnknown) {
      ++delta.unknown_kinds;
    }
  }

  // The rules, lift by lift, over its messages in time order.
  std::vector<Settled> settled;
  settled.reserve(by_lift.size());
  for (auto& [lift_id, messages] : by_lift) {
    registry::LiftTelemetryRow& row = rows.at(lift_id);
    auto state = StateOf(row);
    if (!state.ok()) return state.error();
    std::stable_sort(messages.begin(), messages.end(),
                     [](const Parsed* a, const Parsed* b) { return a->time() < b->time(); });
    std::vector<Action> actions;
    TimePoint newest{};
    for (Parsed* p : messages) {
      newest = std::max(newest, p->time());
      std::vector<Action> more;
      if (const auto* e = std::get_if<telemetry::Event>(&p->body)) {
        if (!p->fresh) continue;  // seen before: its effects are already stored
        more = OnEvent(options_.rules, *state, *e, now);
      } else if (const auto* s = std::get_if<telemetry::CarStatus>(&p->body)) {
        ++delta.statuses;
        more = OnStatus(options_.rules, *state, *s, now);
      } else {
        ++delta.counters;
        more = OnCounters(options_.rules, *state, std::get<telemetry::Counters>(p->body), now);
      }
      actions.insert(actions.end(), std::make_move_iterator(more.begin()),
                     std::make_move_iterator(more.end()));
    }
    if (row.last_seen_at < FormatTime(newest)) row.last_seen_at = FormatTime(newest);
    Status ran =
        RunActions(tx, store, lift_id, messages.front()->registration_no, actions, changes, delta);
    if (!ran.ok()) return ran;
    settled.push_back({std::move(row), std::move(*state)});
  }
  return SaveStates(store, settled, saved);
}

Status IngestPipeline::SaveStates(registry::TelemetryStore& store, std::vector<Settled>& settled,
                                  SavedStates& saved) {
  std::vector<registry::LiftTelemetryRow> rows;
  rows.reserve(settled.size());
  for (auto& [row, state] : settled) {
    row.state_json = EncodeState(state);
    const auto deadline = Deadline(options_.rules, state);
    row.deadline = deadline ? std::optional<std::string>(FormatTime(*deadline)) : std::nullopt;
    if (state.status) {
      row.mode = state.status->mode;
      row.floor = state.status->floor;
    }
    row.out_of_service = state.out_of_service;
    rows.push_back(std::move(row));
  }
  auto versions = store.SaveLifts(rows, FormatTime(clock_()));
  if (!versions.ok()) return versions.error();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    saved[rows[i].lift_id] = {(*versions)[i], std::move(settled[i].state)};
  }
  return Status::Ok();
}

Status IngestPipeline::RunActions(registry::Transaction& tx, registry::TelemetryStore& store,
                                  std::int64_t lift_id, const std::string& registration_no,
                                  const std::vector<Action>& actions,
                                  std::vector<AlarmChange>& changes, IngestCounts& delta) {
  auto raise = [&](registry::NewAlarm alarm) -> Result<registry::RaisedAlarm> {
    auto raised = store.RaiseAlarm(lift_id, alarm);
    if (!raised.ok()) return raised.error();
    if (raised->opened) ++delta.alarms_opened;
    changes.push_back({raised->opened ? "alarm.opened" : "alarm.updated", raised->alarm});
    return raised;
  };
  for (const Action& action : actions) {
    if (const auto* a = std::get_if<RaiseAlarm>(&action)) {
      auto raised = raise({a->cause, std::string(ToString(a->severity)), FormatTime(a->at),
                           a->event_id, a->figures.dump()});
      if (!raised.ok()) return raised.error();
    } else if (const auto* c = std::get_if<CloseAlarms>(&action)) {
      auto closed = store.CloseAutomatically(lift_id, c->causes, FormatTime(c->at), c->reason);
      if (!closed.ok()) return closed.error();
      for (auto& alarm : *closed) changes.push_back({"alarm.closed", std::move(alarm)});
    } else if (const auto* d = std::get_if<DeclareEntrapment>(&action)) {
      nlohmann::json figures = {{"since", FormatTime(d->since)},
                                {"waited_s", std::round(d->waited_s * 10) / 10},
                                {"reason", d->reason},
                                {"load_kg", d->load_kg},
                                {"event_id", d->event_id}};
      if (d->floor) figures["floor"] = *d->floor;
      auto raised =
          raise({"entrapment", "critical", FormatTime(d->at), d->event_id, figures.dump()});
      if (!raised.ok()) return raised.error();
      ++delta.entrapments;
      const std::string where = d->floor ? fmt::format("at floor {}", *d->floor) : "";
      registry::WorkOrder rescue;
      rescue.called_at = RegistryTime(d->at);
      rescue.problem = fmt::format(
          "entrapment: rescue ({} {} with {:.0f} kg in the car since {}, "
          "event {})",
          d->reason, where, d->load_kg, RegistryTime(d->since), d->event_id);
      rescue.origin = fmt::format("alarm:{}", raised->alarm.id);
      rescue.out_of_service = true;
      auto order = tx.AddWorkOrder(registration_no, rescue);
      if (!order.ok()) return order.error();
      ++delta.work_orders;
      registry::AccidentReport report;
      report.kind = registry::ReportKind::kFailure;
      report.occurred_at = RegistryTime(d->since);
      report.failure_type = "trapped_mid_travel";
      report.persons_trapped = std::max(1, static_cast<int>(std::lround(d->load_kg / kPersonKg)));
      report.description = fmt::format(
          "DRAFT from telemetry: passengers trapped, {} {}, {:.0f} kg in the car; an entrapment "
          "after {:.0f} s with no trip and no door opening (alarm {}). To be completed: who "
          "rescued, injuries, measures.",
          d->reason, where, d->load_kg, d->waited_s, raised->alarm.id);
      report.draft = true;
      auto accident = tx.AddAccident(registration_no, report);
      if (!accident.ok()) return accident.error();
      Status linked = store.LinkAlarm(raised->alarm.id, order->id, accident->id);
      if (!linked.ok()) return linked;
      changes.back().alarm.work_order_id = order->id;
      changes.back().alarm.accident_id = accident->id;
    } else if (const auto* s = std::get_if<RaiseSignal>(&action)) {
      auto raised = raise({"signal:" + s->name, "minor", FormatTime(s->at), "", s->figures.dump()});
      if (!raised.ok()) return raised.error();
      if (!raised->opened) continue;  // the planned work order exists already
      registry::WorkOrder planned;
      planned.called_at = RegistryTime(s->at);
      planned.problem = fmt::format("signal:{}: {}", s->name, s->summary);
      planned.origin = fmt::format("alarm:{}", raised->alarm.id);
      planned.out_of_service = false;
      auto order = tx.AddWorkOrder(registration_no, planned);
      if (!order.ok()) return order.error();
      ++delta.work_orders;
      Status linked = store.LinkAlarm(raised->alarm.id, order->id, std::nullopt);
      if (!linked.ok()) return linked;
      changes.back().alarm.work_order_id = order->id;
    } else if (const auto* start = std::get_if<StartDowntime>(&action)) {
      Status started = store.StartDowntime(lift_id, FormatTime(start->at), start->reason);
      if (!started.ok()) return started;
    } else if (const auto* end = std::get_if<EndDowntime>(&action)) {
      Status ended = store.EndDowntime(lift_id, FormatTime(end->at));
      if (!ended.ok()) return ended;
    }
  }
  return Status::Ok();
}

Status IngestPipeline::Tick() {
  const TimePoint now = clock_();
  std::vector<std::int64_t> due;
  {
    auto tx = repository_.Begin(registry::TxMode::kRead, options_.actor);
    if (!tx.ok()) return tx.error();
    registry::TelemetryStore store(tx->context());
    auto lifts = store.DueLifts(FormatTime(now), kMaxDueLifts);
    if (!lifts.ok()) return lifts.error();
    due = std::move(*lifts);
    std::sort(due.begin(), due.end());  // the lock order
  }
  if (due.empty()) return Status::Ok();
  auto tx = repository_.Begin(registry::TxMode::kWrite, options_.actor);
  if (!tx.ok()) return tx.error();
  registry::TelemetryStore store(tx->context());
  std::vector<AlarmChange> changes;
  SavedStates saved;
  IngestCounts delta;
  auto locked = store.LockLifts(due);
  if (!locked.ok()) return locked.error();
  std::vector<Settled> settled;
  for (auto& row : *locked) {
    auto state = StateOf(row);
    if (!state.ok()) return state.error();
    // Another monitor may have done it since the first look.
    const auto deadline = Deadline(options_.rules, *state);
    if (!deadline || *deadline > now) continue;
    auto reg = store.RegistrationNo(row.lift_id);
    if (!reg.ok()) return reg.error();
    std::vector<Action> actions = OnTick(options_.rules, *state, now);
    Status ran = RunActions(*tx, store, row.lift_id, *reg, actions, changes, delta);
    if (!ran.ok()) return ran;
    settled.push_back({std::move(row), std::move(*state)});
  }
  Status stored = SaveStates(store, settled, saved);
  if (!stored.ok()) return stored;
  return CommitAndReport(*tx, changes, saved, delta);
}

}  // namespace hoistway::monitor
