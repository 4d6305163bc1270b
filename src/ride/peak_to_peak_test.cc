#include "ride/peak_to_peak.h"

#include <gtest/gtest.h>

#include <vector>

#include "ride/percentile.h"

namespace hoistway::ride {
namespace {

std::vector<HalfCyclePeak> Track(const std::vector<double>& signal) {
  HalfCyclePeakTracker t;
  for (std::size_t i = 0; i < signal.size(); ++i) t.Add(signal[i], static_cast<std::uint32_t>(i));
  t.Finish();
  return t.peaks();
}

TEST(PeakToPeakTest, EachHalfCycleKeepsItsLargestMagnitude) {
  const auto peaks = Track({1, 3, 2, -1, -4, -2, 0, 5, 1, -2});
  ASSERT_EQ(peaks.size(), 4u);
  EXPECT_EQ(peaks[0].index, 1u);
  EXPECT_FLOAT_EQ(peaks[0].value, 3.0f);
  EXPECT_FLOAT_EQ(peaks[1].value, -4.0f);
  EXPECT_FLOAT_EQ(peaks[2].value, 5.0f);  // 0 counts as positive: 0, 5, 1 is one half-cycle
  EXPECT_EQ(peaks[2].index, 7u);
  EXPECT_FLOAT_EQ(peaks[3].value, -2.0f);
}

TEST(PeakToPeakTest, AdjacentPeaksAddTheirMagnitudes) {
  const auto peaks = Track({1, 3, 2, -1, -4, -2, 0, 5, 1, -2});
  const PeakToPeakStats s = PeakToPeakIn(peaks, {0, 10});
  // Pairs: 3+4, 4+5, 5+2.
  EXPECT_EQ(s.count, 3u);
  EXPECT_DOUBLE_EQ(s.max_pk_pk, 9.0);
  EXPECT_EQ(s.max_first.index, 4u);
  EXPECT_EQ(s.max_second.index, 7u);
  EXPECT_DOUBLE_EQ(s.a95_pk_pk, 9.0);  // rank ceil(0.95 * 3) = 3
}

TEST(PeakToPeakTest, OnlyPairsWhollyInsideTheRegionAndOutsideExclusions) {
  const auto peaks = Track({1, 3, 2, -1, -4, -2, 0, 5, 1, -2});
  EXPECT_EQ(PeakToPeakIn(peaks, {2, 10}).count, 2u);  // the peak at 1 is outside
  EXPECT_DOUBLE_EQ(PeakToPeakIn(peaks, {0, 7}).max_pk_pk, 7.0);
  const std::vector<SampleRange> excluded = {{6, 8}};  // removes the peak at 7
  const PeakToPeakStats s = PeakToPeakIn(peaks, {0, 10}, excluded);
  EXPECT_EQ(s.count, 1u);
  EXPECT_DOUBLE_EQ(s.max_pk_pk, 7.0);
  EXPECT_EQ(PeakToPeakIn(peaks, {20, 30}).count, 0u);
}

TEST(PercentileTest, NearestRankIsTheLevelThatTheFractionDoesNotExceed) {
  std::vector<double> hundred;
  for (int i = 100; i >= 1; --i) hundred.push_back(i);
  EXPECT_DOUBLE_EQ(NearestRankPercentile(hundred, 0.95), 95.0);
  std::vector<double> twenty;
  for (int i = 1; i <= 20; ++i) twenty.push_back(i);
  EXPECT_DOUBLE_EQ(NearestRankPercentile(twenty, 0.95), 19.0);  // 19 of 20 are <= 19
  std::vector<double> one = {4.0};
  EXPECT_DOUBLE_EQ(NearestRankPercentile(one, 0.95), 4.0);
  std::vector<double> none;
  EXPECT_DOUBLE_EQ(NearestRankPercentile(none, 0.95), 0.0);
}

}  // namespace
}  // namespace hoistway::ride
