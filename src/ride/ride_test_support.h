// Helpers for the ride module's tests: temporary files, a sink that keeps
// samples, and synthetic recordings with known answers.
#pragma once

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <numbers>
#include <string>
#include <vector>

#include "kinematics/motion_profile.h"
#include "ride/recording.h"
#include "ride/units.h"

namespace hoistway::ride::testing {

// A file in the temporary directory holding `content`; removed on destruction.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& content) {
    path_ = (std::filesystem::temp_directory_path() /
             ("hoistway_ride_" + std::to_string(Counter()++) + "_" + name))
                .string();
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  static int& Counter() {
    static int counter = 0;
    return counter;
  }
  std::string path_;
};

// Keeps everything a reader delivers.
class CollectingSink : public SampleSink {
 public:
  void Start(const RecordingInfo& info) override {
    info_ = info;
    ++starts_;
  }
  void Add(const Sample& s) override { samples_.push_back(s); }
  const RecordingInfo& info() const { return info_; }
  const std::vector<Sample>& samples() const { return samples_; }
  int starts() const { return starts_; }

 private:
  RecordingInfo info_;
  std::vector<Sample> samples_;
  int starts_ = 0;
};

// A recording of one rest-to-rest run: `rest_s` at rest, the run of
// `profile` (direction +1 up, -1 down), `rest_s` at rest again. extra(t)
// adds to each sample (vibration, noise, gravity).
struct SyntheticRun {
  MotionProfile profile = MotionProfile::RestToRest(20.0, {1.6, 0.8, 1.0});
  double sample_rate_hz = 1000.0;
  double rest_s = 3.0;
  int direction = 1;
  std::function<Sample(double t)> extra;

  double FlightTime() const { return profile.FlightTime(); }
  double Duration() const { return 2.0 * rest_s + profile.FlightTime(); }

  // Calls add(sample) for every sample, in m/s^2.
  template <typename Add>
  void Generate(Add add) const {
    const auto n = static_cast<long>(std::llround(Duration() * sample_rate_hz));
    for (long i = 0; i < n; ++i) {
      const double t = static_cast<double>(i) / sample_rate_hz;
      Sample s{0.0, 0.0, direction * profile.At(t - rest_s).acceleration_mps2, std::nan("")};
      if (extra) {
        const Sample e = extra(t);
        s.x += e.x;
        s.y += e.y;
        s.z += e.z;
        s.sound_dba = e.sound_dba;
      }
      add(s);
    }
  }
};

// A sine of amplitude `amplitude` and frequency f_hz at time t.
inline double Sine(double amplitude, double f_hz, double t) {
  return amplitude * std::sin(2.0 * std::numbers::pi * f_hz * t);
}

}  // namespace hoistway::ride::testing
