// Real recordings with published figures (tests/data/validation/ride/, see
// its README for the source and the tolerances used here).
#include <gtest/gtest.h>

#include <string>

#include "ride/recording_reader.h"
#include "ride/ride_test_support.h"
#include "tests/support/test_data.h"

namespace hoistway::ride {
namespace {

RideReport AnalyzeFile(const std::string& path) {
  Result<RideReport> r = AnalyzeRecording(path, {}, {});
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message());
  return r.ok() ? std::move(r).value() : RideReport{};
}

// EVA-625, 1 -> 8 floor run, 27.3 s: the published EVA summary report.
TEST(ValidationTest, Eva625RecordingMatchesItsPublishedReport) {
  const RideReport r = AnalyzeFile(hoistway::testing::DataPath("validation/ride/2024F1447R01.txt"));
  EXPECT_EQ(r.recording.sample_rate_hz, 256.0);
  EXPECT_EQ(r.samples, 6988);
  EXPECT_EQ(r.motion.direction, 1);
  // The report's vibration figures ("A95 peak-to-peak (Aptp)") are the
  // maximum peak-to-peak of the ISO pipeline: Wd on x, y, Wk on z.
  EXPECT_NEAR(r.vibration[0].iso.max_pk_pk, 8.2, 0.6);
  EXPECT_NEAR(r.vibration[1].iso.max_pk_pk, 12.9, 0.6);
  EXPECT_NEAR(r.vibration[2].iso.max_pk_pk, 22.2, 0.6);
  // Maximum sound over the constant-speed region; 77.2 over the whole recording.
  ASSERT_TRUE(r.sound.constant_speed.has_value());
  EXPECT_NEAR(r.sound.constant_speed->max_dba, 71.7, 0.3);
  ASSERT_TRUE(r.sound.recording.has_value());
  EXPECT_NEAR(r.sound.recording->max_dba, 77.2, 0.3);
  EXPECT_NEAR(r.motion.figures.max_velocity_mps, 1.50, 0.03);
  EXPECT_GE(r.motion.figures.travel_m, 20.0);
  EXPECT_LE(r.motion.figures.travel_m, 21.3);
  // The constant-speed region is about 11.6 to 22.0 s (speed above 1.4 m/s).
  EXPECT_NEAR(r.motion.boundaries.constant_speed_begin_s, 11.7, 0.3);
  EXPECT_NEAR(r.motion.boundaries.constant_speed_end_s, 21.9, 0.3);
}

// Phone recording H6N1AP65, 44.5 s.
void ExpectPhoneRecordingFigures(const RideReport& r) {
  EXPECT_NEAR(r.motion.figures.max_velocity_mps, 1.75, 0.01 * 1.75);
  EXPECT_NEAR(r.motion.figures.travel_m, 57.3, 0.01 * 57.3);
  ASSERT_TRUE(r.sound.recording.has_value());
  EXPECT_NEAR(r.sound.recording->mean_dba, 45.8, 0.2);  // mean over samples, zeros excluded
  EXPECT_NEAR(r.sound.recording->max_dba, 65.6, 0.2);
}

TEST(ValidationTest, PhoneRecordingMatchesItsPublishedFigures) {
  ExpectPhoneRecordingFigures(
      AnalyzeFile(hoistway::testing::DataPath("validation/ride/ride_reference.txt")));
}

// The original file has CRLF line ends; both must give the same figures.
TEST(ValidationTest, PhoneRecordingWithCrlfLineEnds) {
  const std::string lf = hoistway::testing::ReadFile(
      hoistway::testing::DataPath("validation/ride/ride_reference.txt"));
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  testing::TempFile f("ride_reference_crlf.txt", crlf);
  ExpectPhoneRecordingFigures(AnalyzeFile(f.path()));
}

}  // namespace
}  // namespace hoistway::ride
