#include "ride/eva_reader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "ride/recording_reader.h"
#include "ride/ride_test_support.h"

namespace hoistway::ride {
namespace {

using testing::CollectingSink;
using testing::TempFile;

Result<ReadSummary> Read(const TempFile& f, CollectingSink* sink) {
  return ReadRecording(f.path(), {}, *sink);
}

std::string ErrorOf(const std::string& content) {
  TempFile f("bad.txt", content);
  CollectingSink sink;
  Result<ReadSummary> r = Read(f, &sink);
  EXPECT_FALSE(r.ok()) << content;
  if (r.ok()) return "";
  EXPECT_EQ(r.error().message().rfind(f.path() + ":", 0), 0u) << r.error().message();
  return r.error().message().substr(f.path().size());
}

TEST(EvaReaderTest, ReadsMilliGAndSoundWithCrlfAndNoFinalNewline) {
  TempFile f("eva.txt", "EVIMP1\r\n256\r\n1 -2 3 58.5\r\n\r\n-1000 0.5 0 60\r\n4 5 6 61");
  CollectingSink sink;
  Result<ReadSummary> r = Read(f, &sink);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(r->samples, 3);
  EXPECT_EQ(r->last_line, 6);
  EXPECT_EQ(sink.info().format, RecordingFormat::kEva);
  EXPECT_EQ(sink.info().sample_rate_hz, 256.0);
  EXPECT_TRUE(sink.info().has_sound);
  EXPECT_EQ(sink.info().gravity, Gravity::kRemoved);
  ASSERT_EQ(sink.samples().size(), 3u);
  EXPECT_DOUBLE_EQ(sink.samples()[0].y, -2.0 * kMilliGInMps2);
  EXPECT_DOUBLE_EQ(sink.samples()[1].x, -kStandardGravityMps2);
  EXPECT_DOUBLE_EQ(sink.samples()[2].sound_dba, 61.0);
}

TEST(EvaReaderTest, ThreeColumnsMeanNoSound) {
  TempFile f("eva3.txt", "EVIMP1\n1000\n1\t2\t3\n4 5 6\n");
  CollectingSink sink;
  ASSERT_TRUE(Read(f, &sink).ok());
  EXPECT_FALSE(sink.info().has_sound);
  EXPECT_TRUE(std::isnan(sink.samples()[1].sound_dba));
}

TEST(EvaReaderTest, BadInputNamesTheLineAndTheProblem) {
  EXPECT_EQ(ErrorOf(""), ":1: empty recording: no header and no samples");
  EXPECT_EQ(ErrorOf("EVIMP1\n"),
            ":2: expected the sample rate in Hz on line 2, found the end of the file");
  EXPECT_EQ(ErrorOf("EVIMP1\nfast\n1 2 3\n"), ":2: expected the sample rate in Hz, found 'fast'");
  EXPECT_EQ(ErrorOf("EVIMP1\n0\n1 2 3\n"),
            ":2: impossible sample rate 0 Hz (hoistway ride accepts 30 to 100000 Hz)");
  EXPECT_EQ(ErrorOf("EVIMP1\n-256\n1 2 3\n"),
            ":2: impossible sample rate -256 Hz (hoistway ride accepts 30 to 100000 Hz)");
  EXPECT_EQ(ErrorOf("EVIMP1\n256\n"),
            ":2: no samples after the sample rate (expected rows of x y z [sound])");
  EXPECT_EQ(ErrorOf("EVIMP1\n256\n1 2 3 4\n1 2 3\n"),
            ":4: expected 4 values like line 3, found 3 (truncated row)");
  EXPECT_EQ(ErrorOf("EVIMP1\n256\n1 2 3 4\n1 2 x 4\n"), ":4: z value 'x' is not a number");
  EXPECT_EQ(ErrorOf("EVIMP1\n256\n1 2 3 4\n1 nan 3 4\n"),
            ":4: y value 'nan' is not a finite number");
  EXPECT_EQ(ErrorOf("EVIMP1\n256\n1 2\n"),
            ":3: expected 3 or 4 values (x y z in mg [sound in dB(A)]), found 2");
  EXPECT_EQ(ErrorOf("EVIMP1\n256\n1 2 3 4\n1 2 3 4 5\n"),
            ":4: expected 4 values like line 3, found more");
}

TEST(EvaReaderTest, MissingFileIsAnIoError) {
  CollectingSink sink;
  Result<ReadSummary> r = ReadRecording("/nonexistent/ride.txt", {}, sink);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kIo);
}

}  // namespace
}  // namespace hoistway::ride
