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

// Read with the strict reader of building files: "<file>:<line>:<column>:
// <figure>: <problem>", unknown figures with the nearest one.
TEST(LimitsTest, BadLinesNameFileLineColumnAndProblem) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"vibration_mg.z.max_pk_pk = 15\n",
       "l.txt:1:1: expected '<figure> <= <value>' (or <, >=, >), found "
       "'vibration_mg.z.max_pk_pk = 15'"},
      {"\n  vibration_mg.z.max_pkpk <= 15\n",
       "l.txt:2:3: vibration_mg.z.max_pkpk: unknown key (did you mean "
       "'vibration_mg.z.max_pk_pk'?)"},
      {"sound_dba.max <= loud\n", "l.txt:1:18: sound_dba.max: expected a number, got 'loud'"},
      {"sound_dba.max <=   # none\n",
       "l.txt:1:17: sound_dba.max: has no value (expected a number)"},
      {"<= 3\n", "l.txt:1:1: the figure before the comparison is missing"},
      {"sound_dba.max <= 40\nsound_dba.mx <= 50\n",
       "l.txt:2:1: sound_dba.mx: unknown key (did you mean 'sound_dba.max'?)"},
  };
  for (const Case& c : cases) {
    Result<std::vector<Limit>> r = ParseLimits(c.text, "l.txt");
    ASSERT_FALSE(r.ok()) << c.text;
    EXPECT_EQ(r.error().message(), c.message) << c.text;
    EXPECT_EQ(r.error().code(), ErrorCode::kInvalidInput);
  }
}

// A figure may be bounded on both sides (two lines of one key).
TEST(LimitsTest, AFigureMayHaveTwoLimits) {
  Result<std::vector<Limit>> r =
      ParseLimits("max_velocity_mps >= 0.95\nmax_velocity_mps <= 1.05\n", "l.txt");
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->size(), 2u);
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
