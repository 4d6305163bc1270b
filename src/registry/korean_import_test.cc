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
