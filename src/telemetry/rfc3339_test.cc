#include "telemetry/rfc3339.h"

#include <gtest/gtest.h>

namespace hoistway::telemetry {
namespace {

TEST(Rfc3339Test, ParsesUtcAndOffsetsToTheSameInstant) {
  auto utc = ParseTime("2026-12-03T06:00:00.125Z");
  auto east = ParseTime("2026-12-03T15:00:00.125+09:00");
  auto west = ParseTime("2026-12-02t23:30:00.125-06:30");
  ASSERT_TRUE(utc.ok() && east.ok() && west.ok());
  EXPECT_EQ(*utc, *east);
  EXPECT_EQ(*utc, *west);
  EXPECT_EQ(FormatTime(*utc), "2026-12-03T06:00:00.125Z");
}

TEST(Rfc3339Test, KeepsMillisecondsAndDropsFinerDigits) {
  EXPECT_EQ(FormatTime(*ParseTime("2026-01-01T00:00:00.1Z")), "2026-01-01T00:00:00.100Z");
  EXPECT_EQ(FormatTime(*ParseTime("2026-01-01T00:00:00.123999Z")), "2026-01-01T00:00:00.123Z");
  EXPECT_EQ(FormatTime(*ParseTime("2026-01-01T00:00:00Z")), "2026-01-01T00:00:00.000Z");
}

TEST(Rfc3339Test, KnowsLeapYears) {
  EXPECT_TRUE(ParseTime("2028-02-29T12:00:00Z").ok());
  EXPECT_FALSE(ParseTime("2027-02-29T12:00:00Z").ok());
}

TEST(Rfc3339Test, RefusesWhatIsNotATime) {
  for (const char* text :
       {"", "2026-12-03", "2026-12-03T06:00:00", "2026-12-03T06:00:00.Z", "2026-12-03T24:00:00Z",
        "2026-13-03T06:00:00Z", "2026-12-03T06:00:00+0900", "2026-12-03T06:00:00Zjunk",
        "２026-12-03T06:00:00Z"}) {
    auto time = ParseTime(text);
    EXPECT_FALSE(time.ok()) << text;
  }
  EXPECT_EQ(ParseTime("yesterday, noon").error().message(),
            "'yesterday, noon' is not an RFC 3339 time (YYYY-MM-DDTHH:MM:SS[.fff]Z)");
}

}  // namespace
}  // namespace hoistway::telemetry
