#include "core/did_you_mean.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace hoistway {
namespace {

constexpr std::string_view kCarKeys[] = {"capacity_persons", "rated_speed_mps", "acceleration_mps2",
                                         "jerk_mps3",        "door_open_s",     "door_close_s"};

TEST(EditDistanceTest, ClassicCases) {
  EXPECT_EQ(EditDistance("kitten", "sitting"), 3u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
  EXPECT_EQ(EditDistance("abc", ""), 3u);
  EXPECT_EQ(EditDistance("same", "same"), 0u);
}

TEST(EditDistanceTest, SwapOfNeighboursCostsOne) {
  EXPECT_EQ(EditDistance("nmae", "name"), 1u);
  EXPECT_EQ(EditDistance("jerk_msp3", "jerk_mps3"), 1u);
}

TEST(EditDistanceTest, IgnoresAsciiCase) {
  EXPECT_EQ(EditDistance("Rated_Speed_MPS", "rated_speed_mps"), 0u);
}

TEST(NearestNameTest, SuggestsTheCloseKey) {
  EXPECT_EQ(NearestName("rated_sped_mps", kCarKeys), "rated_speed_mps");
  EXPECT_EQ(NearestName("door_open", kCarKeys), "door_open_s");
  EXPECT_EQ(NearestName("Jerk_MPS3", kCarKeys), "jerk_mps3");
}

TEST(NearestNameTest, NoSuggestionWhenFar) {
  EXPECT_EQ(NearestName("colour", kCarKeys), std::nullopt);
  EXPECT_EQ(NearestName("", kCarKeys), std::nullopt);
  EXPECT_EQ(NearestName(std::string(200, 'a'), kCarKeys), std::nullopt);
}

TEST(NearestNameTest, ShortWordsAllowOneEdit) {
  constexpr std::string_view kNames[] = {"car", "cars", "name"};
  EXPECT_EQ(NearestName("cat", kNames), "car");
  EXPECT_EQ(NearestName("xyz", kNames), std::nullopt);
}

TEST(NearestNameTest, OneCharacterNamesNeedSomethingInCommon) {
  constexpr std::string_view kFloors[] = {"G", "1", "2"};
  EXPECT_EQ(NearestName("4", kFloors), std::nullopt);
  EXPECT_EQ(NearestName("g", kFloors), "G");
}

TEST(NearestNameTest, TieGoesToTheEarlierCandidate) {
  constexpr std::string_view kNames[] = {"cars", "car"};
  EXPECT_EQ(NearestName("carx", kNames), "cars");
}

TEST(DidYouMeanTest, FormatsTheHint) {
  EXPECT_EQ(DidYouMean("jerk_mps", kCarKeys), " (did you mean 'jerk_mps3'?)");
  EXPECT_EQ(DidYouMean("zzzzzzzz", kCarKeys), "");
}

}  // namespace
}  // namespace hoistway
