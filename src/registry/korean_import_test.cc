#include "registry/korean_import.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

TEST(KoreanImportTest, ParsesXmlItems) {
  const char* xml = R"(<?xml version="1.0" encoding="UTF-8"?><response><body><items>
    <item><elevatorNo>0001234</elevatorNo><buldNm>A &amp; B</buldNm><address1>부산광역시 해운대구</address1>
    <elvtrKindNm>화물용</elvtrKindNm><ratedSpeed>60</ratedSpeed><liveLoad>2000</liveLoad><ratedCap>0</ratedCap>
    <installationDe>19990102</installationDe><inspctDe>20250102</inspctDe><inspctKind>정밀안전검사</inspctKind>
    <psexamYn>불합격</psexamYn></item></items></body></response>)";
  auto records = ParsePublicData(xml);
  ASSERT_TRUE(records.ok()) << records.error().message();
  ASSERT_EQ(records->size(), 1u);
  auto mapped = MapPublicRecord((*records)[0]);
  ASSERT_TRUE(mapped.ok()) << mapped.error().message();
  EXPECT_EQ(mapped->lift.building.name, "A & B");
  EXPECT_EQ(mapped->lift.building.region, "부산광역시");
  EXPECT_EQ(mapped->lift.kind, "freight");
  EXPECT_DOUBLE_EQ(mapped->lift.rated_speed_mps, 1.0);  // 60 m/min
  EXPECT_EQ(mapped->lift.installed_on, "1999-01-02");
  EXPECT_EQ(mapped->inspection->kind, InspectionKind::kPrecision);
  EXPECT_EQ(mapped->inspection->result, Verdict::kFail);
}

// Korean usage classes to lift kinds: an evacuation lift (피난용) is a kind
// of its own, with the evacuation items of the criteria (별표22 17.3).
TEST(KoreanImportTest, MapsUsageClassesToKinds) {
  const struct {
    const char* korean;
    const char* kind;
  } cases[] = {{"승객용", "passenger"},
               {"피난용", "evacuation"},
               {"비상용", "firefighting"},
               {"장애인용", "accessible"},
               {"에스컬레이터", "escalator"}};
  for (const auto& c : cases) {
    PublicRecord r{{"elevatorNo", "1234567"}, {"buldNm", "X"},      {"address1", "Y"},
                   {"ratedSpeed", "60"},      {"liveLoad", "1000"}, {"installationDe", "20200101"},
                   {"elvtrKindNm", c.korean}};
    auto mapped = MapPublicRecord(r);
    ASSERT_TRUE(mapped.ok()) << c.korean << ": " << mapped.error().message();
    EXPECT_EQ(mapped->lift.kind, c.kind) << c.korean;
  }
}

TEST(KoreanImportTest, NamesThePublicFieldThatIsWrong) {
  PublicRecord r{{"elevatorNo", "1234567"}, {"buldNm", "X"},     {"address1", "Y"},
                 {"ratedSpeed", "1"},       {"liveLoad", "500"}, {"installationDe", "2020-13-01"}};
  auto mapped = MapPublicRecord(r);
  ASSERT_FALSE(mapped.ok());
  EXPECT_NE(mapped.error().message().find("installationDe"), std::string::npos);
}

// Regression: a count beyond int was cast unchecked (UBSan, found by registry_fuzzer).
TEST(KoreanImportTest, RefusesCountsBeyondRangeWithTheirField) {
  const struct {
    const char* key;
    const char* value;
  } kCases[] = {{"shuttleFloorCnt", "20444444444444"},
                {"ratedCap", "1e300"},
                {"ratedCap", "-3"},
                {"shuttleFloorCnt", "2.5"},
                {"ratedSpeed", "nan"},
                {"liveLoad", "inf"},
                {"ratedSpeed", "fast"}};
  for (const auto& c : kCases) {
    PublicRecord r{{"elevatorNo", "1234567"}, {"buldNm", "X"},     {"address1", "Y"},
                   {"ratedSpeed", "1"},       {"liveLoad", "500"}, {"installationDe", "20200101"}};
    r[c.key] = c.value;
    auto mapped = MapPublicRecord(r);
    ASSERT_FALSE(mapped.ok()) << c.key << "=" << c.value;
    EXPECT_NE(mapped.error().message().find(c.key), std::string::npos) << mapped.error().message();
  }
  PublicRecord fine{{"elevatorNo", "1234567"}, {"buldNm", "X"},
                    {"address1", "Y"},         {"ratedSpeed", "1"},
                    {"liveLoad", "500"},       {"installationDe", "20200101"},
                    {"ratedCap", "13"},        {"shuttleFloorCnt", "12"}};
  auto mapped = MapPublicRecord(fine);
  ASSERT_TRUE(mapped.ok()) << mapped.error().message();
  EXPECT_EQ(mapped->lift.persons, 13);
  EXPECT_EQ(mapped->lift.floors_served, 12);
}

}  // namespace
}  // namespace hoistway::registry
