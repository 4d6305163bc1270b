#include "registry/telemetry_json.h"

namespace hoistway::registry {

using nlohmann::json;

namespace {

// Stored JSON text back to a value ({} if it is not JSON, which we never write).
json Parsed(const std::string& text) {
  json value = json::parse(text, nullptr, false);
  return value.is_discarded() ? json::object() : value;
}

json OptionalId(const std::optional<std::int64_t>& id) {
  return id ? json(*id) : json(nullptr);
}

}  // namespace

json ToJson(const AlarmRecord& a) {
  return {{"id", a.id},
          {"registration_no", a.registration_no},
          {"cause", a.cause},
          {"severity", a.severity},
          {"state", a.state},
          {"opened_at", a.opened_at},
          {"count", a.count},
          {"last_at", a.last_at},
          {"event_id", a.event_id},
          {"figures", Parsed(a.figures_json)},
          {"acknowledged_at", a.acknowledged_at},
          {"acknowledged_by", a.acknowledged_by},
          {"closed_at", a.closed_at},
          {"closed_by", a.closed_by},
          {"close_note", a.close_note},
          {"work_order_id", OptionalId(a.work_order_id)},
          {"accident_id", OptionalId(a.accident_id)},
          {"version", a.version}};
}

json ToJson(const TelemetryEventRecord& e) {
  return {{"event_id", e.event_id},
          {"registration_no", e.registration_no},
          {"time", e.at},
          {"kind", e.kind},
          {"known", e.known},
          {"floor", e.floor ? json(*e.floor) : json(nullptr)},
          {"detail", Parsed(e.detail_json)},
          {"received_at", e.received_at}};
}

json ToJson(const FleetLift& l) {
  return {{"registration_no", l.registration_no},
          {"building", l.building},
          {"region", l.region},
          {"last_seen_at", l.last_seen_at},
          {"mode", l.mode},
          {"floor", l.floor ? json(*l.floor) : json(nullptr)},
          {"out_of_service", l.out_of_service},
          {"worst_severity", l.worst_severity},
          {"entrapment", l.entrapment},
          {"open_alarms", l.open_alarms}};
}

}  // namespace hoistway::registry
