#include "ride/csv_reader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "ride/csv_header.h"
#include "ride/recording_reader.h"
#include "ride/ride_test_support.h"

namespace hoistway::ride {
namespace {

using testing::CollectingSink;
using testing::TempFile;

Result<ReadSummary> Read(const TempFile& f, CollectingSink* sink, ReadOptions options = {}) {
  return ReadRecording(f.path(), options, *sink);
}

std::string ErrorOf(const std::string& content, ReadOptions options = {}) {
  TempFile f("bad.csv", content);
  CollectingSink sink;
  Result<ReadSummary> r = Read(f, &sink, options);
  EXPECT_FALSE(r.ok()) << content;
  if (r.ok()) return "";
  return r.error().message().substr(f.path().size());
}

TEST(CsvHeaderTest, RecognisesColumnsAndUnits) {
  Result<CsvHeader> h = ParseCsvHeader("t_ms, ax_mg, ay_mg, az_mg, sound_dba, temperature", "f", 1);
  ASSERT_TRUE(h.ok()) << h.error().message();
  EXPECT_EQ(h->time, 0);
  EXPECT_EQ(h->x, 1);
  EXPECT_EQ(h->z, 3);
  EXPECT_EQ(h->sound, 4);
  EXPECT_DOUBLE_EQ(h->columns[0].seconds_per_unit, 1e-3);
  EXPECT_EQ(h->columns[2].unit, AccelerationUnit::kMilliG);

  h = ParseCsvHeader("\"Time (s)\";\"x (m/s^2)\";\"y (m/s^2)\";\"z (m/s^2)\"", "f", 1);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->delimiter, ';');
  EXPECT_EQ(h->columns[3].unit, AccelerationUnit::kMetresPerSecondSquared);

  h = ParseCsvHeader("time,acc_x [g],acc_y [g],acc_z [g],gyro_x,gyro_y,gyro_z", "f", 1);
  ASSERT_TRUE(h.ok());
  EXPECT_EQ(h->x, 1);
  EXPECT_EQ(h->columns[1].unit, AccelerationUnit::kG);
  EXPECT_EQ(h->columns[4].role, ColumnRole::kIgnored);
}

TEST(CsvHeaderTest, PhyphoxExportsAreRecognised) {
  Result<CsvHeader> h = ParseCsvHeader(
      "\"Time (s)\",\"Linear Acceleration x (m/s^2)\",\"Linear Acceleration y (m/s^2)\","
      "\"Linear Acceleration z (m/s^2)\",\"Absolute acceleration (m/s^2)\"",
      "f", 1);
  ASSERT_TRUE(h.ok());
  EXPECT_TRUE(h->phyphox);
  EXPECT_TRUE(h->columns[3].linear);
  EXPECT_EQ(h->columns[4].role, ColumnRole::kIgnored);
}

TEST(CsvReaderTest, RateFromCommentUnitsFromHeader) {
  TempFile f("rate.csv",
             "# recorded by a test\n# sample_rate_hz: 500\nx_mg,y_mg,z_mg\n1,2,3\n4,5,6\n");
  CollectingSink sink;
  Result<ReadSummary> r = Read(f, &sink);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_EQ(sink.info().sample_rate_hz, 500.0);
  EXPECT_EQ(sink.info().format, RecordingFormat::kCsv);
  EXPECT_FALSE(sink.info().has_sound);
  ASSERT_EQ(sink.samples().size(), 2u);
  EXPECT_DOUBLE_EQ(sink.samples()[1].z, 6.0 * kMilliGInMps2);
}

TEST(CsvReaderTest, TimeColumnGivesTheRateAndIrregularRowsAreResampled) {
  // z = 2 t sampled at irregular times: the uniform grid reproduces it.
  std::string text = "time,x,y,z,sound\n";
  double t = 10.0;
  for (int i = 0; i < 400; ++i) {
    text += std::to_string(t) + ",0,0," + std::to_string(2.0 * t) + ",50\n";
    t += i % 3 == 0 ? 0.012 : 0.009;  // median 0.009 s -> 111.1 Hz
  }
  TempFile f("irregular.csv", text);
  CollectingSink sink;
  ReadOptions options;
  options.unit = AccelerationUnit::kMetresPerSecondSquared;
  Result<ReadSummary> r = Read(f, &sink, options);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_TRUE(sink.info().resampled);
  EXPECT_NEAR(sink.info().sample_rate_hz, 1.0 / 0.009, 1e-6);
  for (std::size_t i = 0; i < sink.samples().size(); ++i) {
    const double tg = 10.0 + static_cast<double>(i) * 0.009;
    ASSERT_NEAR(sink.samples()[i].z, 2.0 * tg, 1e-5) << i;
  }
  EXPECT_DOUBLE_EQ(sink.samples().back().sound_dba, 50.0);
}

TEST(CsvReaderTest, PhyphoxWithGravityIsMarkedIncluded) {
  std::string text =
      "\"Time (s)\",\"Acceleration x (m/s^2)\",\"Acceleration y (m/s^2)\",\"Acceleration z "
      "(m/s^2)\"\n";
  for (int i = 0; i < 100; ++i) text += std::to_string(i * 0.01) + ",0.01,0.02,9.81\n";
  TempFile f("phyphox.csv", text);
  CollectingSink sink;
  ASSERT_TRUE(Read(f, &sink).ok());
  EXPECT_EQ(sink.info().format, RecordingFormat::kPhyphox);
  EXPECT_EQ(sink.info().gravity, Gravity::kIncluded);
  EXPECT_NEAR(sink.info().sample_rate_hz, 100.0, 1e-6);
  EXPECT_DOUBLE_EQ(sink.samples()[5].z, 9.81);
}

TEST(CsvReaderTest, BadInputNamesTheLineAndTheProblem) {
  EXPECT_EQ(ErrorOf("time,x,y\n0,1,2\n"),
            ":1: no column for axis z in the header (name it e.g. z, az or 'z (m/s^2)')");
  EXPECT_EQ(ErrorOf("time,x,y,z\n0,1,2,3\n"),
            ":1: the units of x, y, z are not stated: name them in the header (e.g. 'x (m/s^2)', "
            "x_mg) or pass --units");
  EXPECT_EQ(
      ErrorOf("x_mg,y_mg,z_mg\n1,2,3\n"),
      ":1: no time column and no sample rate: add a time column, a '# sample_rate_hz: N' line "
      "before the header, or pass --rate N");
  EXPECT_EQ(ErrorOf("time,x_mg,y_mg,z_mg\n0,1,2,3\n0.001,1,2\n"),
            ":3: expected at least 4 fields like the header, found 3 (truncated row)");
  EXPECT_EQ(ErrorOf("time,x_mg,y_mg,z_mg\n0,1,2,3\n0.001,1,,3\n"), ":3: column 'y_mg' is empty");
  EXPECT_EQ(ErrorOf("time,x_mg,y_mg,z_mg\n0,1,2,3\n0.001,1,NaN,3\n"),
            ":3: column 'y_mg': 'NaN' is not a finite number");
  EXPECT_EQ(ErrorOf("time,x_mg,y_mg,z_mg\n0,1,2,3\n0.001,1,2,3\n0.001,1,2,3\n"),
            ":4: time 0.001 s does not increase (the row before says 0.001 s)");
  EXPECT_EQ(ErrorOf("time,x_mg,y_mg,z_mg\n0,1,2,3\n0.001,1,2,3\n0.002,1,2,3\n5,1,2,3\n"),
            ":5: gap of 5 s in the time column");
  EXPECT_EQ(ErrorOf("time,x_mg,y_mg,z_mg\n0,1,2,3\n0.5,1,2,3\n"),
            ":3: impossible sample rate 2 Hz (hoistway ride accepts 30 to 100000 Hz)");
  EXPECT_EQ(ErrorOf("# sample_rate_hz: 1e9\nx_mg,y_mg,z_mg\n1,2,3\n"),
            ":1: impossible sample rate 1e+09 Hz (hoistway ride accepts 30 to 100000 Hz)");
  EXPECT_EQ(ErrorOf("x_mg,x_g,y_mg,z_mg\n"), ":1: two columns for axis x: 'x_mg' and 'x_g'");
  EXPECT_EQ(ErrorOf("x (furlongs),y,z\n"),
            ":1: column 'x (furlongs)': unknown acceleration unit 'furlongs' (use m/s^2, mg or g)");
  EXPECT_EQ(ErrorOf("t;x_mg;y_mg;z_mg\n0,0;1;2;3\n"),
            ":2: column 't': '0,0' is not a number (export with a decimal point, not a comma)");
  EXPECT_EQ(ErrorOf("# only comments\n"),
            ":1: no header line naming the columns (e.g. time,x,y,z)");
  EXPECT_EQ(ErrorOf("x_mg,y_mg,z_mg\n", ReadOptions{std::nullopt, 100.0, std::nullopt}),
            ":1: no data rows after the header");
}

}  // namespace
}  // namespace hoistway::ride
