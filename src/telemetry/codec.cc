#include "telemetry/codec.h"

#include <fmt/core.h>
#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/printable.h"
#include "telemetry/rfc3339.h"

namespace hoistway::telemetry {

using nlohmann::json;
namespace dom = simdjson::dom;

namespace {

// The type a detail key must have, per kind (spec/telemetry.md, "Event"),
// and where the typed value goes.
enum class FieldType { kInteger, kNumber, kBool, kString, kTime };

struct DetailField {
  EventKind kind;
  std::string_view key;
  FieldType type;
  std::optional<std::int64_t> EventDetail::*integer = nullptr;
  std::optional<double> EventDetail::*number = nullptr;
  std::optional<bool> EventDetail::*boolean = nullptr;
  std::optional<std::string> EventDetail::*text = nullptr;
};

const DetailField kDetailFields[] = {
    {EventKind::kTrip, "from_floor", FieldType::kInteger, &EventDetail::from_floor},
    {EventKind::kTrip, "to_floor", FieldType::kInteger, &EventDetail::to_floor},
    {EventKind::kTrip, "start", FieldType::kTime, nullptr, nullptr, nullptr, &EventDetail::start},
    {EventKind::kTrip, "duration_s", FieldType::kNumber, nullptr, &EventDetail::duration_s},
    {EventKind::kTrip, "max_speed_mps", FieldType::kNumber, nullptr, &EventDetail::max_speed_mps},
    {EventKind::kTrip, "levelling_error_mm", FieldType::kNumber, nullptr,
     &EventDetail::levelling_error_mm},
    {EventKind::kTrip, "door_close_s", FieldType::kNumber, nullptr, &EventDetail::door_close_s},
    {EventKind::kTrip, "load_kg", FieldType::kNumber, nullptr, &EventDetail::load_kg},
    {EventKind::kSafetyCircuitOpen, "moving", FieldType::kBool, nullptr, nullptr,
     &EventDetail::moving},
    {EventKind::kDoorCloseFault, "attempts", FieldType::kInteger, &EventDetail::attempts},
    {EventKind::kDoorOpenFault, "attempts", FieldType::kInteger, &EventDetail::attempts},
    {EventKind::kOverspeed, "speed_mps", FieldType::kNumber, nullptr, &EventDetail::speed_mps},
    {EventKind::kDriveOvertemperature, "celsius", FieldType::kNumber, nullptr,
     &EventDetail::celsius},
    {EventKind::kOutOfService, "reason", FieldType::kString, nullptr, nullptr, nullptr,
     &EventDetail::reason},
    {EventKind::kInService, "reason", FieldType::kString, nullptr, nullptr, nullptr,
     &EventDetail::reason},
    // A load in the detail of the events that may begin an entrapment counts
    // over the last status (rules.h).
    {EventKind::kStoppedOutsideDoorZone, "load_kg", FieldType::kNumber, nullptr,
     &EventDetail::load_kg},
    {EventKind::kDoorOpenFault, "load_kg", FieldType::kNumber, nullptr, &EventDetail::load_kg},
};

// Floors and counts beyond these are not a lift's.
constexpr std::int64_t kMaxFloor = 1000;
constexpr double kMaxMagnitude = 1e9;
constexpr std::size_t kMaxReason = 200;

bool IsIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

bool IsKindChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

// One message's checks: each failure names the field and sets the cause.
class Check {
 public:
  Check(TimePoint now, const DecodeLimits& limits, BadInput* problem)
      : now_(now), limits_(limits), problem_(problem) {
    if (problem_ != nullptr) *problem_ = BadInput::kNone;
  }

  Error Fail(BadInput why, std::string message) {
    if (problem_ != nullptr) *problem_ = why;
    return InvalidInput(std::move(message));
  }

  Result<dom::object> Parse(dom::parser& parser, std::string_view payload) {
    if (payload.size() > limits_.max_payload_bytes) {
      return Fail(BadInput::kOversized, fmt::format("payload: {} bytes, more than the {} allowed",
                                                    payload.size(), limits_.max_payload_bytes));
    }
    dom::element doc;
    if (parser.parse(payload.data(), payload.size(), true).get(doc) != simdjson::SUCCESS) {
      return Fail(BadInput::kMalformedJson,
                  fmt::format("payload: not JSON: '{}'", Printable(payload, 40)));
    }
    dom::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS) {
      return Fail(BadInput::kMalformedJson, "payload: not a JSON object");
    }
    return object;
  }

  Result<TimePoint> Time(dom::object doc, std::string_view key) {
    dom::element value;
    if (doc.at_key(key).get(value) != simdjson::SUCCESS) {
      return Fail(BadInput::kWrongField, fmt::format("{}: missing", key));
    }
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS) {
      return Fail(BadInput::kWrongField, fmt::format("{}: not a string", key));
    }
    auto time = ParseTime(text);
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

  Result<std::int64_t> Integer(dom::element value, std::string_view field, std::int64_t min,
                               std::int64_t max) {
    std::int64_t v = 0;
    if (value.is_uint64() && !value.is_int64()) {
      v = std::numeric_limits<std::int64_t>::max();  // beyond any range below
    } else if (value.get_int64().get(v) != simdjson::SUCCESS) {
      return Fail(BadInput::kWrongField, fmt::format("{}: not an integer", field));
    }
    if (v < min || v > max) {
      return Fail(BadInput::kWrongField,
                  fmt::format("{}: {} is outside {}..{}", field, v, min, max));
    }
    return v;
  }

  Result<double> Number(dom::element value, std::string_view field, double min, double max) {
    double v = 0;
    if (value.get_double().get(v) != simdjson::SUCCESS) {
      return Fail(BadInput::kWrongField, fmt::format("{}: not a number", field));
    }
    if (!std::isfinite(v) || v < min || v > max) {
      return Fail(BadInput::kWrongField,
                  fmt::format("{}: {} is outside {}..{}", field, v, min, max));
    }
    return v;
  }

  Result<std::string_view> Text(dom::object doc, std::string_view key, std::size_t max_length) {
    dom::element value;
    if (doc.at_key(key).get(value) != simdjson::SUCCESS) {
      return Fail(BadInput::kWrongField, fmt::format("{}: missing", key));
    }
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS) {
      return Fail(BadInput::kWrongField, fmt::format("{}: not a string", key));
    }
    if (text.empty() || text.size() > max_length) {
      return Fail(BadInput::kWrongField,
                  fmt::format("{}: must have 1 to {} characters", key, max_length));
    }
    return text;
  }

  // Checks the contract's keys of `kind` in `detail` and fills `out`.
  Status Detail(EventKind kind, dom::object detail, EventDetail* out) {
    for (const auto& field : kDetailFields) {
      if (field.kind != kind) continue;
      dom::element value;
      if (detail.at_key(field.key).get(value) != simdjson::SUCCESS || value.is_null()) continue;
      const std::string name = fmt::format("detail.{}", field.key);
      switch (field.type) {
        case FieldType::kInteger: {
          auto v = Integer(value, name, -kMaxFloor * 1000, kMaxFloor * 1000);
          if (!v.ok()) return v.error();
          out->*field.integer = *v;
          break;
        }
        case FieldType::kNumber: {
          auto v = Number(value, name, -kMaxMagnitude, kMaxMagnitude);
          if (!v.ok()) return v.error();
          out->*field.number = *v;
          break;
        }
        case FieldType::kBool: {
          bool b = false;
          if (value.get_bool().get(b) != simdjson::SUCCESS) {
            return Fail(BadInput::kWrongField, name + ": not true or false");
          }
          out->*field.boolean = b;
          break;
        }
        case FieldType::kString:
        case FieldType::kTime: {
          std::string_view text;
          const bool is_text = value.get_string().get(text) == simdjson::SUCCESS;
          if (field.type == FieldType::kString && (!is_text || text.size() > kMaxReason)) {
            return Fail(BadInput::kWrongField,
                        fmt::format("{}: not a string of at most {} characters", name, kMaxReason));
          }
          if (field.type == FieldType::kTime && (!is_text || !ParseTime(text).ok())) {
            return Fail(BadInput::kWrongField, name + ": not an RFC 3339 time");
          }
          out->*field.text = std::string(text);
          break;
        }
      }
    }
    return Status::Ok();
  }

 private:
  TimePoint now_;
  const DecodeLimits& limits_;
  BadInput* problem_;
};

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

Decoder::Decoder(DecodeLimits limits) : limits_(limits), parser_(std::make_unique<dom::parser>()) {}

Decoder::~Decoder() = default;

Result<Event> Decoder::DecodeEvent(std::string_view payload, TimePoint now, BadInput* problem) {
  Check c(now, limits_, problem);
  auto doc = c.Parse(*parser_, payload);
  if (!doc.ok()) return doc.error();
  Event event;
  auto id = c.Text(*doc, "id", kMaxIdLength);
  if (!id.ok()) return id.error();
  if (!std::all_of(id->begin(), id->end(), IsIdChar)) {
    return c.Fail(
        BadInput::kWrongField,
        fmt::format("id: '{}' may hold only letters, digits and - _ . :", Printable(*id)));
  }
  event.id = std::string(*id);
  auto kind = c.Text(*doc, "kind", kMaxIdLength);
  if (!kind.ok()) return kind.error();
  if (!std::all_of(kind->begin(), kind->end(), IsKindChar)) {
    return c.Fail(BadInput::kWrongField,
                  fmt::format("kind: '{}' is not snake_case", Printable(*kind)));
  }
  event.kind = KindFromName(*kind);
  event.kind_name = std::string(*kind);
  dom::element floor;
  if (doc->at_key("floor").get(floor) == simdjson::SUCCESS && !floor.is_null()) {
    auto value = c.Integer(floor, "floor", -kMaxFloor, kMaxFloor);
    if (!value.ok()) return value.error();
    event.floor = static_cast<int>(*value);
  }
  dom::element detail;
  if (doc->at_key("detail").get(detail) == simdjson::SUCCESS && !detail.is_null()) {
    dom::object object;
    if (detail.get_object().get(object) != simdjson::SUCCESS) {
      return c.Fail(BadInput::kWrongField, "detail: not an object");
    }
    Status checked = c.Detail(event.kind, object, &event.detail);
    if (!checked.ok()) return checked.error();
    event.detail_json = simdjson::minify(object);
  }
  // The time last: a malformed event is reported as such even when it is old.
  auto time = c.Time(*doc, "time");
  if (!time.ok()) return time.error();
  event.time = *time;
  return event;
}

Result<CarStatus> Decoder::DecodeStatus(std::string_view payload, TimePoint now,
                                        BadInput* problem) {
  Check c(now, limits_, problem);
  auto doc = c.Parse(*parser_, payload);
  if (!doc.ok()) return doc.error();
  CarStatus status;
  auto mode = c.Text(*doc, "mode", kMaxIdLength);
  if (!mode.ok()) return mode.error();
  status.mode = std::string(*mode);
  dom::element value;
  if (doc->at_key("floor").get(value) != simdjson::SUCCESS) {
    return c.Fail(BadInput::kWrongField, "floor: missing");
  }
  auto floor = c.Integer(value, "floor", -kMaxFloor, kMaxFloor);
  if (!floor.ok()) return floor.error();
  status.floor = static_cast<int>(*floor);
  if (doc->at_key("moving").get(value) != simdjson::SUCCESS ||
      value.get_bool().get(status.moving) != simdjson::SUCCESS) {
    return c.Fail(BadInput::kWrongField, "moving: missing, or not true or false");
  }
  auto doors = c.Text(*doc, "doors", 16);
  if (!doors.ok()) return doors.error();
  if (std::find(std::begin(kDoorStates), std::end(kDoorStates), *doors) == std::end(kDoorStates)) {
    return c.Fail(
        BadInput::kWrongField,
        fmt::format("doors: '{}' is not open, closed, opening or closing", Printable(*doors)));
  }
  status.doors = std::string(*doors);
  if (doc->at_key("load_kg").get(value) != simdjson::SUCCESS) {
    return c.Fail(BadInput::kWrongField, "load_kg: missing");
  }
  auto load = c.Number(value, "load_kg", 0, 100'000);
  if (!load.ok()) return load.error();
  status.load_kg = *load;
  auto time = c.Time(*doc, "time");
  if (!time.ok()) return time.error();
  status.time = *time;
  return status;
}

Result<Counters> Decoder::DecodeCounters(std::string_view payload, TimePoint now,
                                         BadInput* problem) {
  Check c(now, limits_, problem);
  auto doc = c.Parse(*parser_, payload);
  if (!doc.ok()) return doc.error();
  Counters counters;
  constexpr std::int64_t kMaxCount = std::int64_t{1} << 50;
  const std::pair<std::string_view, std::int64_t*> totals[] = {
      {"trips", &counters.trips},
      {"door_cycles", &counters.door_cycles},
      {"motor_starts", &counters.motor_starts},
  };
  dom::element value;
  for (const auto& [key, target] : totals) {
    if (doc->at_key(key).get(value) != simdjson::SUCCESS) {
      return c.Fail(BadInput::kWrongField, fmt::format("{}: missing", key));
    }
    auto n = c.Integer(value, key, 0, kMaxCount);
    if (!n.ok()) return n.error();
    *target = *n;
  }
  if (doc->at_key("running_hours").get(value) != simdjson::SUCCESS) {
    return c.Fail(BadInput::kWrongField, "running_hours: missing");
  }
  auto hours = c.Number(value, "running_hours", 0, kMaxMagnitude);
  if (!hours.ok()) return hours.error();
  counters.running_hours = *hours;
  auto time = c.Time(*doc, "time");
  if (!time.ok()) return time.error();
  counters.time = *time;
  return counters;
}

Result<Event> DecodeEvent(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                          BadInput* problem) {
  return Decoder(limits).DecodeEvent(payload, now, problem);
}

Result<CarStatus> DecodeStatus(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                               BadInput* problem) {
  return Decoder(limits).DecodeStatus(payload, now, problem);
}

Result<Counters> DecodeCounters(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                                BadInput* problem) {
  return Decoder(limits).DecodeCounters(payload, now, problem);
}

Status SetDetail(Event* event, const json& detail) {
  if (detail.is_null()) {  // no detail
    event->detail = {};
    event->detail_json = "{}";
    return Status::Ok();
  }
  if (!detail.is_object()) return InvalidInput("detail: not an object");
  const std::string text = detail.dump();
  dom::parser parser;
  dom::object object;
  if (parser.parse(text).get_object().get(object) != simdjson::SUCCESS) {
    return InvalidInput("detail: not an object");
  }
  EventDetail typed;
  Check c(TimePoint{}, DecodeLimits{}, nullptr);
  Status checked = c.Detail(event->kind, object, &typed);
  if (!checked.ok()) return checked;
  event->detail = std::move(typed);
  event->detail_json = text;
  return Status::Ok();
}

std::string EncodeEvent(const Event& event) {
  // Built as text: the detail is already JSON, and this is the emulator's hot path.
  std::string out = json{{"id", event.id}}.dump();
  out.pop_back();
  out += fmt::format(
      R"(,"time":"{}","kind":{})", FormatTime(event.time),
      json(event.kind_name.empty() ? std::string(KindName(event.kind)) : event.kind_name).dump());
  if (event.floor) out += fmt::format(R"(,"floor":{})", *event.floor);
  if (event.detail_json != "{}" && !event.detail_json.empty()) {
    out += R"(,"detail":)";
    out += event.detail_json;
  }
  out += '}';
  return out;
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
