#include "telemetry/codec.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "telemetry/rfc3339.h"

namespace hoistway::telemetry {
namespace {

TimePoint Now() {
  return *ParseTime("2026-12-03T06:00:00Z");
}

TEST(CodecTest, DecodesTheContractExample) {
  const std::string payload =
      R"({"id": "e-000123", "time": "2026-12-03T06:00:00.125Z", "kind": "door_close_fault",
          "floor": 5, "detail": {"attempts": 3}})";
  BadInput problem = BadInput::kOversized;
  auto event = DecodeEvent(payload, Now(), {}, &problem);
  ASSERT_TRUE(event.ok()) << event.error().message();
  EXPECT_EQ(problem, BadInput::kNone);
  EXPECT_EQ(event->id, "e-000123");
  EXPECT_EQ(FormatTime(event->time), "2026-12-03T06:00:00.125Z");
  EXPECT_EQ(event->kind, EventKind::kDoorCloseFault);
  EXPECT_EQ(event->kind_name, "door_close_fault");
  EXPECT_EQ(event->floor, 5);
  EXPECT_EQ(event->detail.attempts, 3);
  EXPECT_EQ(event->detail_json, R"({"attempts":3})");
}

TEST(CodecTest, EveryContractKindRoundTrips) {
  for (EventKind kind : ContractKinds()) {
    Event event;
    event.id = "e-1";
    event.time = Now() - std::chrono::minutes(1);
    event.kind = kind;
    event.kind_name = std::string(KindName(kind));
    event.floor = -1;
    auto back = DecodeEvent(EncodeEvent(event), Now(), {});
    ASSERT_TRUE(back.ok()) << KindName(kind) << ": " << back.error().message();
    EXPECT_EQ(back->kind, kind);
    EXPECT_EQ(back->time, event.time);
    EXPECT_EQ(back->floor, -1);
  }
}

TEST(CodecTest, UnknownKindIsKeptAndFlagged) {
  auto event =
      DecodeEvent(R"({"id":"x1","time":"2026-12-03T05:59:00Z","kind":"car_light_off"})", Now(), {});
  ASSERT_TRUE(event.ok());
  EXPECT_EQ(event->kind, EventKind::kUnknown);
  EXPECT_EQ(event->kind_name, "car_light_off");
  EXPECT_EQ(EncodeEvent(*event).find("car_light_off") != std::string::npos, true);
}

TEST(CodecTest, TripDetailRoundTrips) {
  Event trip;
  trip.id = "t-9";
  trip.time = Now();
  trip.kind = EventKind::kTrip;
  trip.kind_name = "trip";
  const nlohmann::json detail = {
      {"from_floor", 0},     {"to_floor", 7},        {"start", "2026-12-03T05:59:40.000Z"},
      {"duration_s", 11.5},  {"max_speed_mps", 1.6}, {"levelling_error_mm", -2.5},
      {"door_close_s", 3.1}, {"load_kg", 420.0},     {"extra", {1, 2}}};
  ASSERT_TRUE(SetDetail(&trip, detail).ok());
  auto back = DecodeEvent(EncodeEvent(trip), Now(), {});
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(nlohmann::json::parse(back->detail_json), detail);  // kept whole, extra keys too
  EXPECT_EQ(back->detail.to_floor, 7);
  EXPECT_EQ(back->detail.start, "2026-12-03T05:59:40.000Z");
  EXPECT_DOUBLE_EQ(*back->detail.levelling_error_mm, -2.5);
  EXPECT_DOUBLE_EQ(*back->detail.door_close_s, 3.1);
  EXPECT_FALSE(back->detail.attempts);
}

TEST(CodecTest, TimeWindowEdgesAreAccepted) {
  const std::string oldest = R"({"id":"a","time":"2026-11-03T06:00:00Z","kind":"trip"})";
  const std::string newest = R"({"id":"a","time":"2026-12-03T06:05:00Z","kind":"trip"})";
  EXPECT_TRUE(DecodeEvent(oldest, Now(), {}).ok());
  EXPECT_TRUE(DecodeEvent(newest, Now(), {}).ok());
}

TEST(CodecTest, SetDetailChecksTheContractsTypes) {
  Event e;
  e.kind = EventKind::kSafetyCircuitOpen;
  ASSERT_TRUE(SetDetail(&e, {{"moving", true}}).ok());
  EXPECT_EQ(e.detail.moving, true);
  auto bad = SetDetail(&e, {{"moving", "yes"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message(), "detail.moving: not true or false");
  EXPECT_EQ(e.detail_json, R"({"moving":true})");  // unchanged by the refusal
  EXPECT_FALSE(SetDetail(&e, nlohmann::json::array()).ok());
}

TEST(CodecTest, ADecoderIsReusedAcrossMessages) {
  Decoder decoder;
  for (int i = 0; i < 3; ++i) {
    auto good =
        decoder.DecodeEvent(R"({"id":"a","time":"2026-12-03T05:00:00Z","kind":"trip"})", Now());
    ASSERT_TRUE(good.ok());
    BadInput why = BadInput::kNone;
    EXPECT_FALSE(decoder.DecodeEvent("{", Now(), &why).ok());
    EXPECT_EQ(why, BadInput::kMalformedJson);
  }
}

TEST(CodecTest, OversizedPayloadIsRefusedBeforeParsing) {
  DecodeLimits limits;
  limits.max_payload_bytes = 100;
  const std::string payload(101, '{');
  BadInput problem = BadInput::kNone;
  auto event = DecodeEvent(payload, Now(), limits, &problem);
  ASSERT_FALSE(event.ok());
  EXPECT_EQ(problem, BadInput::kOversized);
  EXPECT_EQ(event.error().message(), "payload: 101 bytes, more than the 100 allowed");
}

TEST(CodecTest, EmptyPayloadIsMalformed) {
  BadInput problem = BadInput::kNone;
  EXPECT_FALSE(DecodeEvent("", Now(), {}, &problem).ok());
  EXPECT_EQ(problem, BadInput::kMalformedJson);
}

// Data-driven: tests/data/telemetry/bad_events.tsv.
TEST(CodecTest, BadEventsAreRefusedWithTheirField) {
  std::ifstream file(std::string(HOISTWAY_SOURCE_DIR) + "/tests/data/telemetry/bad_events.tsv");
  ASSERT_TRUE(file) << "bad_events.tsv not found";
  std::string line;
  int cases = 0;
  while (std::getline(file, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab1 = line.find('\t');
    const auto tab2 = line.find('\t', tab1 + 1);
    ASSERT_NE(tab2, std::string::npos) << line;
    const std::string cause = line.substr(0, tab1);
    const std::string fragment = line.substr(tab1 + 1, tab2 - tab1 - 1);
    std::string payload = line.substr(tab2 + 1);
    // "\n" in the file stands for a newline inside a JSON string's escape.
    BadInput problem = BadInput::kNone;
    auto event = DecodeEvent(payload, Now(), {}, &problem);
    ASSERT_FALSE(event.ok()) << payload;
    EXPECT_EQ(BadInputName(problem), cause) << payload;
    EXPECT_NE(event.error().message().find(fragment), std::string::npos)
        << "message '" << event.error().message() << "' lacks '" << fragment << "'";
    ++cases;
  }
  EXPECT_GE(cases, 30);
}

TEST(CodecTest, StatusRoundTripsAndChecksItsFields) {
  CarStatus status{Now(), "normal", 3, true, "closed", 320.5};
  auto back = DecodeStatus(EncodeStatus(status), Now(), {});
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back->mode, "normal");
  EXPECT_EQ(back->floor, 3);
  EXPECT_TRUE(back->moving);
  EXPECT_EQ(back->doors, "closed");
  EXPECT_DOUBLE_EQ(back->load_kg, 320.5);

  BadInput problem = BadInput::kNone;
  auto bad = DecodeStatus(
      R"({"time":"2026-12-03T06:00:00Z","mode":"normal","floor":3,"moving":false,"doors":"ajar","load_kg":0})",
      Now(), {}, &problem);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(problem, BadInput::kWrongField);
  EXPECT_EQ(bad.error().message(), "doors: 'ajar' is not open, closed, opening or closing");
  auto no_load = DecodeStatus(
      R"({"time":"2026-12-03T06:00:00Z","mode":"normal","floor":3,"moving":false,"doors":"open"})",
      Now(), {});
  ASSERT_FALSE(no_load.ok());
  EXPECT_EQ(no_load.error().message(), "load_kg: missing");
}

TEST(CodecTest, CountersRoundTripAndRefuseNegatives) {
  Counters counters{Now(), 123456, 250000, 130000, 4321.5};
  auto back = DecodeCounters(EncodeCounters(counters), Now(), {});
  ASSERT_TRUE(back.ok()) << back.error().message();
  EXPECT_EQ(back->trips, 123456);
  EXPECT_EQ(back->door_cycles, 250000);
  EXPECT_EQ(back->motor_starts, 130000);
  EXPECT_DOUBLE_EQ(back->running_hours, 4321.5);
  auto bad = DecodeCounters(
      R"({"time":"2026-12-03T06:00:00Z","trips":-1,"door_cycles":0,"motor_starts":0,"running_hours":0})",
      Now(), {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message(), "trips: -1 is outside 0..1125899906842624");
}

}  // namespace
}  // namespace hoistway::telemetry
