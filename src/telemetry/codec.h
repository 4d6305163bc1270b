// The one telemetry codec (spec/telemetry.md), shared by the emulator, the
// monitor and the tests: JSON payloads of events, statuses and counters to
// values and back. Decoding validates everything a lift may get wrong and
// names the field; it never throws and never trusts sizes or types.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/status.h"
#include "telemetry/event.h"

namespace simdjson::dom {
class parser;
}

namespace hoistway::telemetry {

// Why a message was refused (counted per cause by the monitor).
enum class BadInput : std::uint8_t {
  kNone,
  kOversized,        // payload longer than DecodeLimits::max_payload_bytes
  kMalformedJson,    // not JSON, or not an object
  kWrongField,       // a field missing, of the wrong type or out of range
  kTimeOutOfWindow,  // older than max_age or further ahead than max_ahead
  kBadTopic,         // not a topic of the contract
  kUnknownLift,      // no lift with that registration number (decided by the monitor)
};
std::string_view BadInputName(BadInput value);

struct DecodeLimits {
  std::size_t max_payload_bytes = 16 * 1024;
  // A gateway catching up after an outage sends old events; the contract
  // accepts 30 days back and 5 minutes ahead (clock skew).
  std::chrono::milliseconds max_age = std::chrono::hours(24 * 30);
  std::chrono::milliseconds max_ahead = std::chrono::minutes(5);
};

// Longest event id, kind name and lift number accepted.
inline constexpr std::size_t kMaxIdLength = 64;

// Decodes payloads with simdjson (the monitor's hot path), keeping its
// parser's buffers between messages. Each method returns the value, or
// kInvalidInput with "FIELD: PROBLEM" (the caller adds the topic); `problem`,
// when given, receives the cause (kNone on success). `now` is the receiver's
// clock, for the time window. Not thread-safe: one Decoder per thread.
class Decoder {
 public:
  explicit Decoder(DecodeLimits limits = {});
  ~Decoder();
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  Result<Event> DecodeEvent(std::string_view payload, TimePoint now, BadInput* problem = nullptr);
  Result<CarStatus> DecodeStatus(std::string_view payload, TimePoint now,
                                 BadInput* problem = nullptr);
  Result<Counters> DecodeCounters(std::string_view payload, TimePoint now,
                                  BadInput* problem = nullptr);

 private:
  DecodeLimits limits_;
  std::unique_ptr<simdjson::dom::parser> parser_;
};

// One-off decoders (a Decoder each call). Thread-safe.
Result<Event> DecodeEvent(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                          BadInput* problem = nullptr);
Result<CarStatus> DecodeStatus(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                               BadInput* problem = nullptr);
Result<Counters> DecodeCounters(std::string_view payload, TimePoint now, const DecodeLimits& limits,
                                BadInput* problem = nullptr);

// Encoders: one line of JSON with the contract's keys.
std::string EncodeEvent(const Event& event);
std::string EncodeStatus(const CarStatus& status);
std::string EncodeCounters(const Counters& counters);

}  // namespace hoistway::telemetry
