#include "registry/date.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

TEST(DateTest, ParsesAndPrints) {
  EXPECT_EQ(Date::Parse("2024-02-29")->ToString(), "2024-02-29");
  EXPECT_EQ(Date::Parse("20240229")->ToString(), "2024-02-29");
  EXPECT_FALSE(Date::Parse("2023-02-29").ok());
  EXPECT_FALSE(Date::Parse("2023-13-01").ok());
  EXPECT_FALSE(Date::Parse("01.02.2023").ok());
  EXPECT_EQ(Date::Parse("1970-01-01")->days(), 0);
}

TEST(DateTest, AddsMonthsClampingTheDay) {
  EXPECT_EQ(Date::Parse("2025-01-31")->AddMonths(1).ToString(), "2025-02-28");
  EXPECT_EQ(Date::Parse("2024-02-29")->AddYears(1).ToString(), "2025-02-28");
  EXPECT_EQ(Date::Parse("2025-11-15")->AddMonths(3).ToString(), "2026-02-15");
  EXPECT_EQ(Date::Parse("2025-03-15")->AddMonths(-3).ToString(), "2024-12-15");
}

TEST(DateTest, CountsWholeYears) {
  const Date birth = *Date::Parse("2000-06-15");
  EXPECT_EQ(Date::Parse("2025-06-14")->YearsSince(birth), 24);
  EXPECT_EQ(Date::Parse("2025-06-15")->YearsSince(birth), 25);
}

TEST(DateTest, TimestampsRoundTripAsSortableText) {
  using namespace std::chrono;
  const sys_seconds t = sys_days{2024y / February / 29} + 23h + 5min + 9s;
  EXPECT_EQ(FormatTimestamp(t), "2024-02-29T23:05:09Z");
  EXPECT_EQ(*ParseTimestamp("2024-02-29T23:05:09Z"), t);
  EXPECT_EQ(Date::Of(t).ToString(), "2024-02-29");
  EXPECT_EQ(FormatTimestamp(sys_seconds{}), "1970-01-01T00:00:00Z");
  EXPECT_LT(FormatTimestamp(t + 1s), FormatTimestamp(t + 1h));
  for (std::string_view bad :
       {"", "2024-02-29", "2024-02-29 23:05:09Z", "2024-02-29T24:00:00Z", "2023-02-29T00:00:00Z",
        "2024-02-29T23:05:09", "2024-02-29T2x:05:09Z"}) {
    EXPECT_FALSE(ParseTimestamp(bad).ok()) << bad;
  }
}

}  // namespace
}  // namespace hoistway::registry
