// JSON form of the telemetry records (telemetry_store.h): the API's bodies
// and the monitor's live alarm feed share it.
#pragma once

#include <nlohmann/json.hpp>

#include "registry/telemetry_store.h"

namespace hoistway::registry {

// {id, registration_no, cause, severity, state, opened_at, count, last_at,
//  event_id, figures, acknowledged_*, closed_*, work_order_id, accident_id, version}
nlohmann::json ToJson(const AlarmRecord& alarm);
// {event_id, registration_no, time, kind, known, floor, detail, received_at}
nlohmann::json ToJson(const TelemetryEventRecord& event);
// {registration_no, building, region, last_seen_at, mode, floor, out_of_service,
//  worst_severity, entrapment, open_alarms}
nlohmann::json ToJson(const FleetLift& lift);

}  // namespace hoistway::registry
