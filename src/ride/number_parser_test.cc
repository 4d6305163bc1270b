#include "ride/number_parser.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

namespace hoistway::ride {
namespace {

double Parse(std::string_view s) {
  double v = -999.0;
  EXPECT_EQ(ParseNumber(s, &v), NumberStatus::kOk) << s;
  return v;
}

TEST(NumberParserTest, ParsesTheFormsRecordingsUse) {
  EXPECT_DOUBLE_EQ(Parse("-3.351"), -3.351);
  EXPECT_DOUBLE_EQ(Parse("58.073"), 58.073);
  EXPECT_DOUBLE_EQ(Parse("64"), 64.0);
  EXPECT_DOUBLE_EQ(Parse("+1.5"), 1.5);
  EXPECT_DOUBLE_EQ(Parse(".5"), 0.5);
  EXPECT_DOUBLE_EQ(Parse("5."), 5.0);
  EXPECT_DOUBLE_EQ(Parse("1e3"), 1000.0);
  EXPECT_DOUBLE_EQ(Parse("-1.25E-2"), -0.0125);
  EXPECT_DOUBLE_EQ(Parse("0.00012345678901234567"), 0.00012345678901234567);
}

TEST(NumberParserTest, RejectsWhatIsNotANumber) {
  double v = 0.0;
  for (const char* bad :
       {"", "abc", "1.2.3", "1,5", "-", ".", "1e", "12a", " 1", "--1", "+-1", "0x10"}) {
    EXPECT_EQ(ParseNumber(bad, &v), NumberStatus::kNotANumber) << "'" << bad << "'";
  }
  for (const char* bad : {"nan", "NaN", "inf", "-inf", "1e999"}) {
    EXPECT_NE(ParseNumber(bad, &v), NumberStatus::kOk) << bad;
  }
  EXPECT_EQ(ParseNumber("nan", &v), NumberStatus::kNotFinite);
}

TEST(NumberParserTest, FastPathIsCorrectlyRounded) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> dist(-1000.0, 1000.0);
  char buf[64];
  for (int i = 0; i < 100000; ++i) {
    std::snprintf(buf, sizeof buf, "%.*f", static_cast<int>(i % 10), dist(rng));
    double v = 0.0;
    ASSERT_EQ(ParseNumber(buf, &v), NumberStatus::kOk) << buf;
    ASSERT_EQ(v, std::strtod(buf, nullptr)) << buf;
  }
}

}  // namespace
}  // namespace hoistway::ride
