#include "telemetry/codec.h"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/printable.h"
#include "telemetry/rfc3339.h"

namespace hoistway::telemetry {

using nlohmann::json;

namespace {

// The type a detail key must have, per kind (spec/telemetry.md, "Event").
enum class FieldType { kInteger, kNumber, kBool, kString, kTime };

struct DetailField {
  EventKind kind;
  std::string_view key;
  FieldType type;
};

constexpr DetailField kDetailFields[] = {
    {EventKind::kTrip, "from_floor", FieldType::kInteger},
    {EventKind::kTrip, "to_floor", FieldType::kInteger},
    {EventKind::kTrip, "start", FieldType::kTime},
    {EventKind::kTrip, "duration_s", FieldType::kNumber},
    {EventKind::kTrip, "max_speed_mps", FieldType::kNumber},
    {EventKind::kTrip, "levelling_error_mm", FieldType::kNumber},
    {EventKind::kTrip, "door_close_s", FieldType::kNumber},
    {EventKind::kTrip, "load_kg", FieldType::kNumber},
    {EventKind::kSafetyCircuitOpen, "moving", FieldType::kBool},
    {EventKind::kDoorCloseFault, "attempts", FieldType::kInteger},
    {EventKind::kDoorOpenFault, "attempts", FieldType::kInteger},
    {EventKind::kOverspeed, "speed_mps", FieldType::kNumber},
    {EventKind::kDriveOvertemperature, "celsius", FieldType::kNumber},
    {EventKind::kOutOfService, "reason", FieldType::kString},
    {EventKind::kInService, "reason", FieldType::kString},
};

// Floors and counts beyond these are not a lift's.
constexpr std::int64_t kMaxFloor = 1000;
constexpr double kMaxMagnitude = 1e9;

class Decoder {
 public:
  Decoder(TimePoint now, const DecodeLimits& limits, BadInput* problem)
      : now_(now), limits_(limits), problem_(problem) {
    if (problem_ != nullptr) *problem_ = BadInput::kNone;
  }

  Error Fail(BadInput why, std::string message) {
    if (problem_ != nullptr) *problem_ = why;
    return InvalidInput(std::move(message));
  }

  // The payload as a JSON object, or an error.
  Result<json> Parse(std::string_view payload) {
    if (payload.size() > limits_.max_payload_bytes) {
      return Fail(BadInput::kOversized, fmt::format("payload: {} bytes, more than the {} allowed",
                                                    payload.size(), limits_.max_payload_bytes));
    }
    json doc = json::parse(payload.begin(), payload.end(), nullptr, false);
    if (doc.is_discarded()) {
      return Fail(BadInput::kMalformedJson,
                  fmt::format("payload: not JSON: '{}'", Printable(payload, 40)));
    }
    if (!doc.is_object()) return Fail(BadInput::kMalformedJson, "payload: not a JSON object");
    return doc;
  }

  Result<TimePoint> Time(const json& doc, std::string_view key) {
    auto it = doc.find(key);
    if (it == doc.end()) return Fail(BadInput::kWrongField, fmt::format("{}: missing", key));
    if (!it->is_string()) return Fail(BadInput::kWrongField, fmt::format("{}: not a string", key));
    auto time = ParseTime(it->get_ref<const std::string&>());
    if (!time.ok()) {
      return Fail(BadInput::kWrongField, fmt::format("{}: {}", key, time.error().message()));
    }
    if (*time < now_ - limits_.max_age) {
      return Fail(BadInput::kTimeOutOfWindow,
                  fmt::format("{}: {} is more than {} days in the past", key, FormatTime(*time),
                              limits_.max_age.count() / 86'400'000));
    }
    if (*time > now_ + limits_.max_ahead) {
      return Fail(BadInput::kTimeOutOfWindow,
                  fmt::format("{}: {} is more than {} s in the future", key, FormatTime(*time),
                              limits_.max_ahead.count() / 1000));
    }
    return *time;
  }

  Result<std::int64_t> Integer(const json& value, std::string_view field, std::int64_t min,
                               std::int64_t max) {
    if (!value.is_number_integer()) {
      return Fail(BadInput::kWrongField, fmt::format("{}: not an integer", field));
    }
    const std::int64_t v =
        value.is_number_unsigned()
            ? static_cast<std::int64_t>(std::min<std::uint64_t>(
                  value.get<std::uint64_t>(),
                  static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())))
            : value.get<std::int64_t>();
    if (v < min || v > max) {
      return Fail(BadInput::kWrongField,
                  fmt::format("{}: {} is outside {}..{}", field, v, min, max));
    }
    return v;
  }

  Result<double> Number(const json& value, std::string_view field, double min, double max) {
    if (!value.is_number())
      return Fail(BadInput::kWrongField, fmt::format("{}: not a number", field));
    const double v = value.get<double>();
    if (!std::isfinite(v) || v < min || v > max) {
      return Fail(BadInput::kWrongField,
                  fmt::format("{}: {} is outside {}..{}", field, v, min, max));
    }
    return v;
  }

  Result<std::string> Text(const json& doc, std::string_view key, std::size_t max_length) {
    auto it = doc.find(key);
    if (it == doc.end()) return Fail(BadInput::kWrongField, fmt::format("{}: missing", key));
    if (!it->is_string()) return Fail(BadInput::kWrongField, fmt::format("{}: not a string", key));
    const auto& s = it->get_ref<const std::string&>();
    if (s.empty() || s.size() > max_length) {
      return Fail(BadInput::kWrongField,
                  fmt::format("{}: must have 1 to {} characters", key, max_length));
    }
    return s;
  }

  Status Detail(EventKind kind, const json& detail) {
    for (const auto& field : kDetailFields) {
      if (field.kind != kind) continue;
      auto it = detail.find(field.key);
      if (it == detail.end() || it->is_null()) continue;  // detail keys are optional
      const std::string name = fmt::format("detail.{}", field.key);
      switch (field.type) {
        case FieldType::kInteger: {
          auto v = Integer(*it, name, -kMaxFloor * 1000, kMaxFloor * 1000);
          if (!v.ok()) return v.error();
          break;
        }
        case FieldType::kNumber: {
          auto v = Number(*it, name, -kMaxMagnitude, kMaxMagnitude);
          if (!v.ok()) return v.error();
          break;
        }
        case FieldType::kBool:
          if (!it->is_boolean()) return Fail(BadInput::kWrongField, name + ": not true or false");
          break;
        case FieldType::kString:
          if (!it->is_string() || it->get_ref<const std::string&>().size() > 200) {
            return Fail(BadInput::kWrongField, name + ": not a string of at most 200 characters");
          }
          break;
        case FieldType::kTime:
          if (!it->is_string() || !ParseTime(it->get_ref<const std::string&>()).ok()) {
            return Fail(BadInput::kWrongField, name + ": not an RFC 3339 time");
          }
          break;
      }
    }
    return Status::Ok();
  }

 private:
  TimePoint now_;
  const DecodeLimits& limits_;
  BadInput* problem_;
};

bool IsIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

bool IsKindChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

std::string_view BadInputName(BadInput value) {
  switch (value) {
    case BadInput::kNone:
      return "none";
    case BadInput::kOversized:
      return "oversized";
    case BadInput::kMalformedJson:
      return "malformed_json";
    case BadInput::kWrongField:
      return "wrong_field";
    case BadInput::kTimeOutOfWindow:
      return "time_out_of_window";
    case BadInput::kBadTopic:
      return "bad_topic";
    case BadInput::kUnknownLift:
      return "unknown_lift";
  }
  return "none";
}

Result<Event> DecodeEvent(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                          BadInput* problem) {
  Decoder d(now, limits, problem);
  auto doc = d.Parse(payload);
  if (!doc.ok()) return doc.error();
  Event event;
  auto id = d.Text(*doc, "id", kMaxIdLength);
  if (!id.ok()) return id.error();
  if (!std::all_of(id->begin(), id->end(), IsIdChar)) {
    return d.Fail(
        BadInput::kWrongField,
        fmt::format("id: '{}' may hold only letters, digits and - _ . :", Printable(*id)));
  }
  event.id = std::move(*id);
  auto kind = d.Text(*doc, "kind", kMaxIdLength);
  if (!kind.ok()) return kind.error();
  if (!std::all_of(kind->begin(), kind->end(), IsKindChar)) {
    return d.Fail(BadInput::kWrongField,
                  fmt::format("kind: '{}' is not snake_case", Printable(*kind)));
  }
  event.kind = KindFromName(*kind);
  event.kind_name = std::move(*kind);
  if (auto it = doc->find("floor"); it != doc->end() && !it->is_null()) {
    auto floor = d.Integer(*it, "floor", -kMaxFloor, kMaxFloor);
    if (!floor.ok()) return floor.error();
    event.floor = static_cast<int>(*floor);
  }
  if (auto it = doc->find("detail"); it != doc->end() && !it->is_null()) {
    if (!it->is_object()) return d.Fail(BadInput::kWrongField, "detail: not an object");
    Status checked = d.Detail(event.kind, *it);
    if (!checked.ok()) return checked.error();
    event.detail = std::move(*it);
  }
  // The time last: a malformed event is reported as such even when it is old.
  auto time = d.Time(*doc, "time");
  if (!time.ok()) return time.error();
  event.time = *time;
  return event;
}

Result<CarStatus> DecodeStatus(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                               BadInput* problem) {
  Decoder d(now, limits, problem);
  auto doc = d.Parse(payload);
  if (!doc.ok()) return doc.error();
  CarStatus status;
  auto mode = d.Text(*doc, "mode", kMaxIdLength);
  if (!mode.ok()) return mode.error();
  status.mode = std::move(*mode);
  auto floor = doc->find("floor");
  if (floor == doc->end()) return d.Fail(BadInput::kWrongField, "floor: missing");
  auto floor_value = d.Integer(*floor, "floor", -kMaxFloor, kMaxFloor);
  if (!floor_value.ok()) return floor_value.error();
  status.floor = static_cast<int>(*floor_value);
  auto moving = doc->find("moving");
  if (moving == doc->end() || !moving->is_boolean()) {
    return d.Fail(BadInput::kWrongField, "moving: missing, or not true or false");
  }
  status.moving = moving->get<bool>();
  auto doors = d.Text(*doc, "doors", 16);
  if (!doors.ok()) return doors.error();
  if (std::find(std::begin(kDoorStates), std::end(kDoorStates), *doors) == std::end(kDoorStates)) {
    return d.Fail(
        BadInput::kWrongField,
        fmt::format("doors: '{}' is not open, closed, opening or closing", Printable(*doors)));
  }
  status.doors = std::move(*doors);
  auto load = doc->find("load_kg");
  if (load == doc->end()) return d.Fail(BadInput::kWrongField, "load_kg: missing");
  auto load_value = d.Number(*load, "load_kg", 0, 100'000);
  if (!load_value.ok()) return load_value.error();
  status.load_kg = *load_value;
  auto time = d.Time(*doc, "time");
  if (!time.ok()) return time.error();
  status.time = *time;
  return status;
}

Result<Counters> DecodeCounters(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                                BadInput* problem) {
  Decoder d(now, limits, problem);
  auto doc = d.Parse(payload);
  if (!doc.ok()) return doc.error();
  Counters counters;
  constexpr std::int64_t kMaxCount = std::int64_t{1} << 50;
  const std::pair<std::string_view, std::int64_t*> totals[] = {
      {"trips", &counters.trips},
      {"door_cycles", &counters.door_cycles},
      {"motor_starts", &counters.motor_starts},
  };
  for (const auto& [key, target] : totals) {
    auto it = doc->find(key);
    if (it == doc->end()) return d.Fail(BadInput::kWrongField, fmt::format("{}: missing", key));
    auto value = d.Integer(*it, key, 0, kMaxCount);
    if (!value.ok()) return value.error();
    *target = *value;
  }
  auto hours = doc->find("running_hours");
  if (hours == doc->end()) return d.Fail(BadInput::kWrongField, "running_hours: missing");
  auto hours_value = d.Number(*hours, "running_hours", 0, kMaxMagnitude);
  if (!hours_value.ok()) return hours_value.error();
  counters.running_hours = *hours_value;
  auto time = d.Time(*doc, "time");
  if (!time.ok()) return time.error();
  counters.time = *time;
  return counters;
}

std::string EncodeEvent(const Event& event) {
  json doc = {{"id", event.id}, {"time", FormatTime(event.time)}, {"kind", event.kind_name}};
  if (doc["kind"].get_ref<const std::string&>().empty()) doc["kind"] = KindName(event.kind);
  if (event.floor) doc["floor"] = *event.floor;
  if (!event.detail.empty()) doc["detail"] = event.detail;
  return doc.dump();
}

std::string EncodeStatus(const CarStatus& status) {
  return json{{"time", FormatTime(status.time)}, {"mode", status.mode},
              {"floor", status.floor},           {"moving", status.moving},
              {"doors", status.doors},           {"load_kg", status.load_kg}}
      .dump();
}

std::string EncodeCounters(const Counters& counters) {
  return json{{"time", FormatTime(counters.time)},
              {"trips", counters.trips},
              {"door_cycles", counters.door_cycles},
              {"motor_starts", counters.motor_starts},
              {"running_hours", counters.running_hours}}
      .dump();
}

}  // namespace hoistway::telemetry
