#include "ride/limits.h"

#include <gtest/gtest.h>

#include <vector>

namespace hoistway::ride {
namespace {

TEST(LimitsTest, ParsesOneLimitPerLineWithComments) {
  Result<std::vector<Limit>> r = ParseLimits(
      "# acceptance\n"
      "vibration_mg.z.max_pk_pk <= 15   # vertical\n"
      "\n"
      "  vibration_mg.x.max_pk_pk<10\n"
      "max_velocity_mps >= 0.95\r\n"
      "sound_dba.max > 1e1\n",
      "limits.txt");
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_EQ(r->size(), 4u);
  EXPECT_EQ((*r)[0].key, "vibration_mg.z.max_pk_pk");
  EXPECT_EQ((*r)[0].comparison, Comparison::kAtMost);
  EXPECT_EQ((*r)[0].line, 2);
  EXPECT_EQ((*r)[1].comparison, Comparison::kBelow);
  EXPECT_DOUBLE_EQ((*r)[1].value, 10.0);
  EXPECT_EQ((*r)[2].comparison, Comparison::kAtLeast);
  EXPECT_EQ((*r)[3].comparison, Comparison::kAbove);
  EXPECT_EQ((*r)[3].line, 6);
}

TEST(LimitsTest, BadLinesNameFileLineAndProblem) {
  auto error = [](const char* text) {
    Result<std::vector<Limit>> r = ParseLimits(text, "l.txt");
    EXPECT_FALSE(r.ok()) << text;
    return r.ok() ? std::string() : r.error().message();
  };
  EXPECT_EQ(error("vibration_mg.z.max_pk_pk = 15\n"),
            "l.txt:1: expected '<figure> <= <value>' (or <, >=, >), found "
            "'vibration_mg.z.max_pk_pk = 15'");
  EXPECT_EQ(error("\nvibration_mg.z.max_pkpk <= 15\n"),
            "l.txt:2: unknown figure 'vibration_mg.z.max_pkpk' (did you mean "
            "'vibration_mg.z.max_pk_pk'?)");
  EXPECT_EQ(error("sound_dba.max <= loud\n"), "l.txt:1: limit 'loud' is not a number");
  EXPECT_EQ(error("<= 3\n"), "l.txt:1: the figure before the comparison is missing");
}

TEST(LimitsTest, VerdictPerFigure) {
  const std::vector<Figure> figures = {{"vibration_mg.z.max_pk_pk", 21.8, "mg", ""},
                                       {"vibration_mg.x.max_pk_pk", 8.5, "mg", ""}};
  const std::vector<Limit> limits = {{"vibration_mg.z.max_pk_pk", Comparison::kAtMost, 15.0, 1},
                                     {"vibration_mg.x.max_pk_pk", Comparison::kAtMost, 10.0, 2},
                                     {"sound_dba.max", Comparison::kAtMost, 50.0, 3},
                                     {"vibration_mg.x.max_pk_pk", Comparison::kBelow, 8.5, 4}};
  const std::vector<LimitCheck> checks = CheckLimits(limits, figures);
  ASSERT_EQ(checks.size(), 4u);
  EXPECT_EQ(checks[0].verdict, Verdict::kFail);
  EXPECT_EQ(checks[1].verdict, Verdict::kPass);
  EXPECT_EQ(checks[2].verdict, Verdict::kNotMeasured);  // no sound channel
  EXPECT_EQ(checks[2].unit, "dB(A)");
  EXPECT_EQ(checks[3].verdict, Verdict::kFail);
  EXPECT_TRUE(AnyFailed(checks));
  EXPECT_FALSE(AnyFailed(std::vector<LimitCheck>(checks.begin() + 1, checks.begin() + 3)));
}

}  // namespace
}  // namespace hoistway::ride
