// hoistway ride on one hour of three-axis data at 1,000 samples/s
// (3.6 million rows, 10.8 million axis samples, plus a sound channel):
// lift runs every 31 s, vibration and noise on every axis.
//
// Rates are per CPU second (one core): other load on the machine does not
// distort them.
//
//   ride_bench                                   the benchmarks
//   ride_bench --write-recording FILE            writes the hour as an EVA
//                                                text file (for timing the
//                                                whole program on it)
#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <numbers>
#include <string>
#include <string_view>
#include <vector>

#include "kinematics/motion_profile.h"
#include "ride/analyzer.h"
#include "ride/recording_reader.h"
#include "ride/units.h"

namespace {

using hoistway::ride::Sample;

constexpr double kRateHz = 1000.0;
constexpr double kHourS = 3600.0;
constexpr double kCycleS = 31.0;  // 5 s rest, a 20 m run (about 20 s), rest
constexpr double kRunStartS = 5.0;

// Deterministic pseudo-random noise in [-1, 1] (a 64-bit LCG).
class Noise {
 public:
  double Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(state_ >> 11) / static_cast<double>(1ULL << 52) - 1.0;
  }

 private:
  std::uint64_t state_ = 42;
};

// Sample i of the hour, in mg (x, y, z) and dB(A).
class HourOfRides {
 public:
  HourOfRides() : profile_(hoistway::MotionProfile::RestToRest(20.0, {1.6, 0.8, 1.0})) {}
  static std::int64_t Count() { return static_cast<std::int64_t>(kHourS * kRateHz); }

  Sample Next(std::int64_t i) {
    const double t = static_cast<double>(i) / kRateHz;
    const double cycle_t = std::fmod(t, kCycleS);
    const int direction = static_cast<int>(t / kCycleS) % 2 == 0 ? 1 : -1;
    const double a_mg = direction * profile_.At(cycle_t - kRunStartS).acceleration_mps2 /
                        hoistway::ride::kMilliGInMps2;
    const double w = 2.0 * std::numbers::pi * t;
    return {4.0 * std::sin(w * 1.3) + 2.0 * noise_.Next(),
            6.0 * std::sin(w * 3.7) + 2.0 * noise_.Next(),
            a_mg + 8.0 * std::sin(w * 6.1) + 3.0 * noise_.Next(), 55.0 + 5.0 * std::sin(w * 0.05)};
  }

 private:
  hoistway::MotionProfile profile_;
  Noise noise_;
};

const std::vector<Sample>& HourInMemory() {
  static const std::vector<Sample> samples = [] {
    std::vector<Sample> s;
    s.reserve(static_cast<std::size_t>(HourOfRides::Count()));
    HourOfRides hour;
    for (std::int64_t i = 0; i < HourOfRides::Count(); ++i) {
      Sample mg = hour.Next(i);
      s.push_back({mg.x * hoistway::ride::kMilliGInMps2, mg.y * hoistway::ride::kMilliGInMps2,
                   mg.z * hoistway::ride::kMilliGInMps2, mg.sound_dba});
    }
    return s;
  }();
  return samples;
}

bool WriteRecording(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return false;
  std::fprintf(f, "EVIMP1\n%g\n", kRateHz);
  HourOfRides hour;
  for (std::int64_t i = 0; i < HourOfRides::Count(); ++i) {
    const Sample s = hour.Next(i);
    std::fprintf(f, "%.3f %.3f %.3f %.3f\n", s.x, s.y, s.z, s.sound_dba);
  }
  return std::fclose(f) == 0;
}

void SetCounters(benchmark::State& state) {
  const auto rows = static_cast<double>(HourOfRides::Count());
  state.counters["rows/s"] =
      benchmark::Counter(rows, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["axis_samples/s"] =
      benchmark::Counter(3.0 * rows, benchmark::Counter::kIsIterationInvariantRate);
}

// The analysis alone: samples from memory, every figure and trace computed.
void BM_RideAnalyzeHourFromMemory(benchmark::State& state) {
  const std::vector<Sample>& samples = HourInMemory();
  hoistway::ride::RecordingInfo info;
  info.sample_rate_hz = kRateHz;
  info.has_sound = true;
  for (auto _ : state) {
    hoistway::ride::RideAnalyzer analyzer;
    analyzer.Start(info);
    for (const Sample& s : samples) analyzer.Add(s);
    auto report = analyzer.Finish();
    if (!report.ok()) state.SkipWithError(report.error().message().c_str());
    benchmark::DoNotOptimize(report);
  }
  SetCounters(state);
}
BENCHMARK(BM_RideAnalyzeHourFromMemory)->Unit(benchmark::kMillisecond);

// Reading the EVA text file (about 130 MB) and analysing it, streaming.
void BM_RideReadAndAnalyzeHourFile(benchmark::State& state) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "hoistway_ride_bench_hour.txt").string();
  if (!WriteRecording(path)) {
    state.SkipWithError("cannot write the recording");
    return;
  }
  for (auto _ : state) {
    auto report = hoistway::ride::AnalyzeRecording(path, {}, {});
    if (!report.ok()) state.SkipWithError(report.error().message().c_str());
    benchmark::DoNotOptimize(report);
  }
  SetCounters(state);
  state.counters["file_MB"] = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
  std::filesystem::remove(path);
}
BENCHMARK(BM_RideReadAndAnalyzeHourFile)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string_view(argv[1]) == "--write-recording") {
    if (!WriteRecording(argv[2])) {
      std::fprintf(stderr, "ride_bench: cannot write %s\n", argv[2]);
      return 1;
    }
    return 0;
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
