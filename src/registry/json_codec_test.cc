#include "registry/json_codec.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace hoistway::registry {
namespace {

using nlohmann::json;

json GoodLift() {
  return json::parse(
      R"({"registration_no":"1234567","building":{"name":"A","address":"B","region":"C"},
    "kind":"passenger","rated_load_kg":1000,"rated_speed_mps":1.6,"persons":13,"installed_on":"2020-01-02"})");
}

std::string FieldOf(const Error& e) {
  return e.field();
}

// Audit of narrowing: integers beyond 64 bits (kept unsigned by the JSON
// library) are refused, not wrapped into range.
TEST(JsonCodecTest, IntegersBeyondInt64AreRefusedNotWrapped) {
  for (const char* key : {"persons", "company_id", "floors_served"}) {
    json body = GoodLift();
    body[key] = std::numeric_limits<std::uint64_t>::max();
    auto lift = ParseNewLift(body);
    ASSERT_FALSE(lift.ok()) << key;
    EXPECT_EQ(lift.error().field(), key);
  }
}

TEST(JsonCodecTest, AcceptsAValidLift) {
  auto lift = ParseNewLift(GoodLift());
  ASSERT_TRUE(lift.ok()) << lift.error().message();
  EXPECT_EQ(lift->building.region, "C");
}

TEST(JsonCodecTest, NamesTheFieldThatIsWrong) {
  struct Case {
    const char* pointer;
    json value;
    const char* field;
  };
  const Case cases[] = {
      {"/registration_no", "12345", "registration_no"}, {"/rated_load_kg", -3, "rated_load_kg"},
      {"/rated_speed_mps", "fast", "rated_speed_mps"},  {"/persons", 1.5, "persons"},
      {"/installed_on", "2020-02-30", "installed_on"},  {"/kind", "rocket", "kind"},
      {"/building/region", 5, "building.region"},
  };
  for (const auto& c : cases) {
    json body = GoodLift();
    body[json::json_pointer(c.pointer)] = c.value;
    auto lift = ParseNewLift(body);
    ASSERT_FALSE(lift.ok()) << c.pointer;
    EXPECT_EQ(FieldOf(lift.error()), c.field) << lift.error().message();
  }
  json missing = GoodLift();
  missing.erase("building");
  EXPECT_EQ(FieldOf(ParseNewLift(missing).error()), "building");
  EXPECT_EQ(FieldOf(ParseNewLift(json::array()).error()), "body");
}

TEST(JsonCodecTest, InspectionItemsAreValidated) {
  const RegulationProfile profile = *LoadProfile("korea");
  json body = json::parse(
      R"({"kind":"periodic","date":"2025-01-01","result":"pass","items":[{"code":"C01","result":"maybe"}]})");
  auto i = ParseInspection(body, profile);
  ASSERT_FALSE(i.ok());
  EXPECT_EQ(FieldOf(i.error()), "items[0].result");
  body["items"] = json::array();
  body["result"] = "conditional";
  EXPECT_TRUE(ParseInspection(body, profile).ok());
  body["kind"] = "yearly";
  EXPECT_EQ(FieldOf(ParseInspection(body, profile).error()), "kind");
}

// A whole checklist of the Korean criteria (hundreds of items) is one
// record; more entries than the profile has items are refused.
TEST(JsonCodecTest, AWholeChecklistIsOneInspection) {
  const RegulationProfile profile = *LoadProfile("korea");
  json body = json::parse(R"({"kind":"periodic","date":"2025-01-01","result":"pass"})");
  body["items"] = json::array();
  for (const ChecklistTemplate* t : profile.ChecklistFor("passenger", "periodic")) {
    body["items"].push_back({{"code", t->code}, {"result", "pass"}});
  }
  ASSERT_GT(body["items"].size(), 500u);
  EXPECT_TRUE(ParseInspection(body, profile).ok());
  while (body["items"].size() <= profile.checklist.size())
    body["items"].push_back(body["items"][0]);
  EXPECT_EQ(FieldOf(ParseInspection(body, profile).error()), "items");
}

TEST(JsonCodecTest, SelfInspectionLateAfterTenDays) {
  const RegulationProfile profile = *LoadProfile("korea");
  const Date today = *Date::Parse("2026-01-30");
  json body = json::parse(
      R"({"visited_on":"2026-01-05","entered_on":"2026-01-15","items":[{"code":"SI01","grade":"A"}]})");
  EXPECT_FALSE(ParseSelfInspection(body, profile, today)->late);
  body["entered_on"] = "2026-01-16";
  EXPECT_TRUE(ParseSelfInspection(body, profile, today)->late);
  body["items"][0]["grade"] = "F";
  EXPECT_EQ(FieldOf(ParseSelfInspection(body, profile, today).error()), "items[0].grade");
}

TEST(JsonCodecTest, Timestamps) {
  EXPECT_TRUE(IsTimestamp("2026-01-05T10:30"));
  EXPECT_TRUE(IsTimestamp("2026-01-05T10:30:59Z"));
  EXPECT_FALSE(IsTimestamp("2026-01-05 10:30"));
  EXPECT_FALSE(IsTimestamp("2026-01-05T24:00"));
}

}  // namespace
}  // namespace hoistway::registry
