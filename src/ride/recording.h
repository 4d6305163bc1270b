// What a reader tells the analysis about a recording, and how it hands
// over the samples.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "ride/units.h"

namespace hoistway::ride {

enum class RecordingFormat {
  kEva,      // EVIMP1 text file of an EVA instrument
  kCsv,      // comma-separated values with a header naming the columns
  kPhyphox,  // phyphox "Acceleration (without g)" / "Acceleration with g" CSV export
};

// "eva", "csv" or "phyphox".
std::string_view FormatName(RecordingFormat format);

// Whether the acceleration channels still contain gravity.
enum class Gravity {
  kRemoved,   // the instrument removed gravity and offset (EVA, phone "linear acceleration")
  kIncluded,  // raw accelerometer: the vertical axis reads about 1 g at rest
  kUnknown,   // the file does not say
};

// "removed by the instrument", "included", "not stated".
std::string_view GravityName(Gravity gravity);

struct RecordingInfo {
  std::string path;
  RecordingFormat format = RecordingFormat::kCsv;
  double sample_rate_hz = 0.0;
  AccelerationUnit unit = AccelerationUnit::kMetresPerSecondSquared;  // of x, y, z in the file
  Gravity gravity = Gravity::kUnknown;
  bool has_sound = false;
  bool resampled = false;  // irregular timestamps were interpolated onto a uniform grid
  std::string note;        // how the format was recognised, for the report
};

// One sample: acceleration along the car's axes in m/s^2 (x, y horizontal,
// z vertical, positive up), and the A-weighted sound level in dB(A) (NaN
// when the recording has no sound channel).
struct Sample {
  double x = 0.0;
  double y = 0.0;
  double z = 0.0;
  double sound_dba = 0.0;
};

// What a reader read: the recording's description, how many samples it
// delivered and the number of the file's last line.
struct ReadSummary {
  RecordingInfo info;
  std::int64_t samples = 0;
  std::int64_t last_line = 0;
};

// Receives a recording from a reader, one sample at a time.
class SampleSink {
 public:
  virtual ~SampleSink() = default;
  // Called once, before the first sample.
  virtual void Start(const RecordingInfo& info) = 0;
  virtual void Add(const Sample& sample) = 0;
};

}  // namespace hoistway::ride
