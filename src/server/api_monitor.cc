// API handlers of connected lifts (docs/monitoring.md): alarms, a lift's
// events and health, the fleet view. Who may call them, and on which lifts,
// is the route table's (Api::AddRoutes): reading a lift's telemetry is for
// the authority (admin, inspector), the lift's maintenance company
// (technician) and its owners; acknowledging and closing alarms for the
// authority's admin and the lift's company.
#include <fmt/core.h>

#include <algorithm>

#include "monitor/availability.h"
#include "monitor/ingest.h"
#include "monitor/lift_state.h"
#include "monitor/rules.h"
#include "registry/telemetry_json.h"
#include "registry/telemetry_store.h"
#include "server/api.h"
#include "telemetry/rfc3339.h"

namespace hoistway::server {

using nlohmann::json;
using registry::Permission;

namespace {

constexpr int kAvailabilityDays = 30;
constexpr std::size_t kMaxNote = 500;

// The lifts a caller may read the telemetry of (the policy's ReachOf).
Result<registry::TelemetryScope> ScopeOf(const Caller& caller) {
  const registry::LiftReach reach = registry::ReachOf(caller.actor, Permission::kReadTelemetry);
  if (reach.none) return Error(ErrorCode::kPermission, "you answer for no lift's telemetry");
  return reach;
}

telemetry::TimePoint Millis(std::chrono::sys_seconds t) {
  return std::chrono::time_point_cast<std::chrono::milliseconds>(t);
}

std::vector<monitor::DowntimeSpan> Spans(const std::vector<registry::DowntimePeriod>& periods) {
  std::vector<monitor::DowntimeSpan> out;
  for (const auto& p : periods) {
    auto start = telemetry::ParseTime(p.started_at);
    if (!start.ok()) continue;
    monitor::DowntimeSpan span{*start, std::nullopt};
    if (!p.ended_at.empty()) {
      auto end = telemetry::ParseTime(p.ended_at);
      if (end.ok()) span.end = *end;
    }
    out.push_back(span);
  }
  return out;
}

Result<std::string> OneOf(const HttpRequest& request, std::string_view name,
                          std::initializer_list<std::string_view> allowed) {
  const std::string& value = request.Query(name);
  if (value.empty()) return value;
  if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return FieldError(name, fmt::format("must be one of {}", list));
  }
  return value;
}

}  // namespace

Result<HttpResponse> Api::ListAlarms(Context& c) {
  auto scope = ScopeOf(c.caller);
  if (!scope.ok()) return scope.error();
  auto page = PageQueryOf(c.request);
  if (!page.ok()) return page.error();
  auto state = OneOf(c.request, "state", {"open", "acknowledged", "closed", "active"});
  if (!state.ok()) return state.error();
  auto severity = OneOf(c.request, "severity", {"critical", "major", "minor"});
  if (!severity.ok()) return severity.error();
  registry::AlarmFilter filter;
  filter.registration_no = c.request.Query("lift");
  if (!filter.registration_no.empty() && !registry::IsRegistrationNo(filter.registration_no)) {
    return FieldError("lift", "must be a registration number of 7 digits");
  }
  filter.state = *state;
  filter.severity = *severity;
  filter.cause = c.request.Query("cause");
  if (filter.cause.size() > 80) return FieldError("cause", "is too long");
  filter.scope = *scope;
  filter.page = page->page;
  filter.per_page = page->per_page;
  registry::TelemetryStore store(c.tx.context());
  auto alarms = store.ListAlarms(filter);
  if (!alarms.ok()) return alarms.error();
  return PageResponse(JsonItems(alarms->items), *alarms);
}

Result<HttpResponse> Api::AcknowledgeAlarm(Context& c) {
  return ChangeAlarm(c, false);
}

Result<HttpResponse> Api::CloseAlarm(Context& c) {
  return ChangeAlarm(c, true);
}

Result<HttpResponse> Api::ChangeAlarm(Context& c, bool close) {
  auto id = PathId(c.params[0], "alarm");
  if (!id.ok()) return id.error();
  std::string note;
  if (!c.request.body.empty()) {
    auto body = ParseBody(c.request);
    if (!body.ok()) return body.error();
    if (!body->is_object()) return FieldError("body", "must be a JSON object");
    if (auto it = body->find("note"); it != body->end()) {
      if (!it->is_string()) return FieldError("note", "must be text");
      note = it->get<std::string>();
      if (note.size() > kMaxNote) {
        return FieldError("note", fmt::format("has more than {} characters", kMaxNote));
      }
    }
  }
  registry::TelemetryStore store(c.tx.context());
  auto alarm = store.GetAlarm(*id);
  if (!alarm.ok()) return alarm.error();
  const std::string at = telemetry::FormatTime(Millis(c.now));
  auto changed = close ? store.CloseAlarm(*id, at, note) : store.AcknowledgeAlarm(*id, at);
  if (!changed.ok()) return changed.error();
  Status queued = QueueAbout(
      c, monitor::AlarmStreamEvent({close ? "alarm.closed" : "alarm.acknowledged", *changed}),
      *c.lift, Permission::kReadTelemetry);
  if (!queued.ok()) return queued.error();
  return JsonResponse(200, registry::ToJson(*changed));
}

Result<HttpResponse> Api::LiftEvents(Context& c) {
  const std::int64_t lift_id = c.lift->id;  // the route's lift, as Authorize found it
  auto page = PageQueryOf(c.request);
  if (!page.ok()) return page.error();
  registry::TelemetryEventFilter filter;
  filter.kind = c.request.Query("kind");
  if (filter.kind.size() > 64) return FieldError("kind", "is too long");
  const std::string& since = c.request.Query("since");
  if (!since.empty()) {
    auto time = telemetry::ParseTime(since);
    if (!time.ok()) return FieldError("since", time.error().message());
    filter.since = telemetry::FormatTime(*time);
  }
  filter.page = page->page;
  filter.per_page = page->per_page;
  registry::TelemetryStore store(c.tx.context());
  auto events = store.ListEvents(lift_id, filter);
  if (!events.ok()) return events.error();
  return PageResponse(JsonItems(events->items), *events);
}

Result<HttpResponse> Api::LiftHealth(Context& c) {
  const std::int64_t lift_id = c.lift->id;  // the route's lift, as Authorize found it
  registry::TelemetryStore store(c.tx.context());
  auto row = store.GetLift(lift_id);
  if (!row.ok()) return row.error();
  const telemetry::TimePoint to = Millis(c.now);
  const telemetry::TimePoint from = to - std::chrono::days(kAvailabilityDays);
  auto periods =
      store.ListDowntime(lift_id, {}, telemetry::FormatTime(from), telemetry::FormatTime(to));
  if (!periods.ok()) return periods.error();
  const auto spans = Spans(*periods);
  const auto availability = monitor::Availability(spans, from, to);
  json daily = json::array();
  for (const auto& d : monitor::DailyAvailability(spans, to, kAvailabilityDays)) {
    daily.push_back({{"date", d.date}, {"fraction", d.fraction}});
  }
  json body = {{"registration_no", c.params[0]},
               {"connected", row->has_value()},
               {"availability",
                {{"window_days", kAvailabilityDays},
                 {"fraction", availability.fraction},
                 {"downtime_s", availability.downtime_s},
                 {"daily", daily}}}};
  monitor::LiftState state;
  if (*row) {
    auto decoded = monitor::DecodeState((*row)->state_json);
    if (decoded.ok()) state = std::move(*decoded);
    body["last_seen_at"] = (*row)->last_seen_at;
  }
  body["out_of_service"] = state.out_of_service;
  body["status"] = nullptr;
  if (state.status) {
    body["status"] = {{"time", telemetry::FormatTime(state.status->time)},
                      {"mode", state.status->mode},
                      {"floor", state.status->floor},
                      {"moving", state.status->moving},
                      {"doors", state.status->doors},
                      {"load_kg", state.status->load_kg}};
  }
  body["counters"] = nullptr;
  if (state.counters) {
    body["counters"] = {{"time", telemetry::FormatTime(state.counters->time)},
                        {"trips", state.counters->trips},
                        {"door_cycles", state.counters->door_cycles},
                        {"motor_starts", state.counters->motor_starts},
                        {"running_hours", state.counters->running_hours}};
  }
  body["signals"] = monitor::SignalFigures(options_.monitor_rules, state);
  registry::AlarmFilter open;
  open.registration_no = c.params[0];
  open.state = "active";
  open.per_page = registry::kMaxPerPage;
  auto alarms = store.ListAlarms(open);
  if (!alarms.ok()) return alarms.error();
  body["open_alarms"] = JsonItems(alarms->items);
  return JsonResponse(200, body);
}

Result<HttpResponse> Api::MonitoringFleet(Context& c) {
  auto scope = ScopeOf(c.caller);
  if (!scope.ok()) return scope.error();
  auto page = PageQueryOf(c.request);
  if (!page.ok()) return page.error();
  auto connected = OneOf(c.request, "connected", {"true", "false"});
  if (!connected.ok()) return connected.error();
  registry::TelemetryStore store(c.tx.context());
  registry::FleetFilter filter{*scope, *connected == "true", page->page, page->per_page};
  auto lifts = store.ListFleet(filter);
  if (!lifts.ok()) return lifts.error();
  auto connected_count = store.CountConnected(*scope);
  if (!connected_count.ok()) return connected_count.error();
  auto alarms = store.CountOpenAlarms(*scope);
  if (!alarms.ok()) return alarms.error();
  const telemetry::TimePoint to = Millis(c.now);
  const telemetry::TimePoint from = to - std::chrono::days(kAvailabilityDays);
  auto periods = store.ListDowntime(std::nullopt, *scope, telemetry::FormatTime(from),
                                    telemetry::FormatTime(to));
  if (!periods.ok()) return periods.error();
  std::map<std::int64_t, std::vector<registry::DowntimePeriod>> by_lift;
  for (auto& p : *periods) by_lift[p.lift_id].push_back(std::move(p));
  std::vector<std::vector<monitor::DowntimeSpan>> spans;
  for (const auto& [lift, list] : by_lift) spans.push_back(Spans(list));
  const auto fleet = monitor::FleetAvailability(spans, *connected_count, from, to);
  json open = {{"critical", 0}, {"major", 0}, {"minor", 0}};
  for (const auto& [severity, n] : *alarms) open[severity] = n;
  json body = {{"items", JsonItems(lifts->items)},
               {"total", lifts->total},
               {"page", lifts->page},
               {"per_page", lifts->per_page},
               {"connected", *connected_count},
               {"open_alarms", open},
               {"availability",
                {{"window_days", kAvailabilityDays},
                 {"fraction", fleet.fraction},
                 {"lifts_out_of_service_periods", by_lift.size()}}}};
  return JsonResponse(200, body);
}

}  // namespace hoistway::server
