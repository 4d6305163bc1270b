// Synthetic runs with known answers: MotionProfile gives the exact a(t),
// v(t) and x(t) of a jerk-limited trip; the analysis must recover them.
#include "ride/motion_analysis.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "ride/analyzer.h"
#include "ride/ride_test_support.h"

namespace hoistway::ride {
namespace {

using testing::SyntheticRun;

RecordingInfo InfoAt(double fs) {
  RecordingInfo info;
  info.sample_rate_hz = fs;
  return info;
}

Result<RideReport> Analyze(const SyntheticRun& run, AnalysisOptions options = {},
                           Gravity gravity = Gravity::kRemoved) {
  RideAnalyzer analyzer(options);
  RecordingInfo info;
  info.sample_rate_hz = run.sample_rate_hz;
  info.gravity = gravity;
  analyzer.Start(info);
  run.Generate([&](const Sample& s) { analyzer.Add(s); });
  return analyzer.Finish();
}

// The instant the profile's speed first reaches `fraction` of its peak.
double TimeAtSpeedFraction(const MotionProfile& p, double fraction, bool last) {
  const double target = fraction * p.PeakVelocity();
  double found = 0.0;
  for (double t = 0.0; t <= p.FlightTime(); t += 1e-4) {
    if (p.At(t).velocity_mps >= target) {
      found = t;
      if (!last) break;
    }
  }
  return found;
}

void ExpectRecovers(const SyntheticRun& run, const MotionLimits& limits) {
  Result<RideReport> r = Analyze(run);
  ASSERT_TRUE(r.ok()) << r.error().message();
  const MotionAnalysis& m = r->motion;
  const MotionProfile& p = run.profile;
  EXPECT_EQ(m.direction, run.direction);
  EXPECT_EQ(m.runs_detected, 1);
  EXPECT_NEAR(m.figures.travel_m, p.distance_m(), 0.002 * p.distance_m());
  EXPECT_NEAR(m.figures.max_velocity_mps, p.PeakVelocity(), 0.003 * p.PeakVelocity());
  EXPECT_NEAR(m.figures.max_acceleration_mps2, p.PeakAcceleration(), 0.01 * p.PeakAcceleration());
  EXPECT_NEAR(m.figures.max_deceleration_mps2, p.PeakAcceleration(), 0.01 * p.PeakAcceleration());
  EXPECT_NEAR(m.figures.max_jerk_mps3, limits.jerk_mps3, 0.03 * limits.jerk_mps3);
  for (const JerkZone& z : m.boundaries.jerk_zones) {
    EXPECT_NEAR(z.jerk_mps3, limits.jerk_mps3, 0.03 * limits.jerk_mps3);
  }
  // Boundary 0 is the start of the first jerk zone, 3 the end of the last.
  EXPECT_NEAR(m.boundaries.start_s, run.rest_s, 0.03);
  EXPECT_NEAR(m.boundaries.end_s, run.rest_s + p.FlightTime(), 0.03);
  EXPECT_NEAR(m.boundaries.constant_speed_begin_s, run.rest_s + TimeAtSpeedFraction(p, 0.95, false),
              0.01);
  EXPECT_NEAR(m.boundaries.constant_speed_end_s, run.rest_s + TimeAtSpeedFraction(p, 0.95, true),
              0.01);
  EXPECT_NEAR(m.figures.v95_mps, p.PeakVelocity(), 0.003 * p.PeakVelocity());
  if (p.regime() == MotionRegime::kFullSpeedFullAcceleration) {
    EXPECT_GT(m.cruise_s, 1.0);
    EXPECT_NEAR(m.figures.a95_acceleration_mps2, limits.acceleration_mps2,
                0.01 * limits.acceleration_mps2);
    EXPECT_NEAR(m.figures.a95_deceleration_mps2, limits.acceleration_mps2,
                0.01 * limits.acceleration_mps2);
  }
  EXPECT_NEAR(m.drift_mps, 0.0, 1e-3);
}

TEST(MotionAnalysisTest, RecoversAJerkLimitedRunUp) {
  const MotionLimits limits{1.6, 0.8, 1.0};
  SyntheticRun run;
  run.profile = MotionProfile::RestToRest(20.0, limits);
  ExpectRecovers(run, limits);
}

TEST(MotionAnalysisTest, RecoversAFastRunDownAt256Hz) {
  const MotionLimits limits{4.0, 1.2, 1.6};
  SyntheticRun run;
  run.profile = MotionProfile::RestToRest(60.0, limits);
  run.direction = -1;
  run.sample_rate_hz = 256.0;
  ExpectRecovers(run, limits);
}

TEST(MotionAnalysisTest, ShortTripWithoutConstantSpeed) {
  const MotionLimits limits{2.5, 1.0, 1.0};
  SyntheticRun run;
  run.profile = MotionProfile::RestToRest(3.0, limits);  // peaks below 2.5 m/s
  ASSERT_NE(run.profile.regime(), MotionRegime::kFullSpeedFullAcceleration);
  Result<RideReport> r = Analyze(run);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_NEAR(r->motion.figures.travel_m, 3.0, 0.01);
  EXPECT_NEAR(r->motion.figures.max_velocity_mps, run.profile.PeakVelocity(), 0.005);
  EXPECT_LT(r->motion.cruise_s, 0.1);
}

// A phone lying face up reads +g at rest, face down -g; noise, an offset
// and gravity must not change the figures.
TEST(MotionAnalysisTest, GravityOffsetAndNoiseAreRemoved) {
  const MotionLimits limits{1.6, 0.8, 1.0};
  for (double g : {kStandardGravityMps2, -kStandardGravityMps2}) {
    SyntheticRun run;
    run.profile = MotionProfile::RestToRest(20.0, limits);
    run.sample_rate_hz = 100.0;
    auto rng = std::make_shared<std::mt19937>(3);
    auto noise = std::make_shared<std::normal_distribution<double>>(0.0, 0.02);
    run.extra = [&, rng, noise](double t) {
      const double a = run.profile.At(t - run.rest_s).acceleration_mps2;
      // With the phone face down the axis reads -(g + a); the generator adds +a.
      const double z = g > 0 ? g : g - 2.0 * a;
      return Sample{(*noise)(*rng), (*noise)(*rng), z + (*noise)(*rng), std::nan("")};
    };
    Result<RideReport> r = Analyze(run, {}, Gravity::kIncluded);
    ASSERT_TRUE(r.ok()) << r.error().message();
    EXPECT_EQ(r->motion.direction, 1) << "g " << g;
    EXPECT_EQ(r->motion.vertical_sign, g > 0 ? 1.0 : -1.0);
    EXPECT_NEAR(r->motion.rest_offset_mps2, g, 0.01);
    EXPECT_NEAR(r->motion.figures.travel_m, 20.0, 0.1);
    EXPECT_NEAR(r->motion.figures.max_velocity_mps, 1.6, 0.02);
    EXPECT_NEAR(r->motion.figures.max_jerk_mps3, 1.0, 0.1);
  }
}

TEST(MotionAnalysisTest, SeveralRunsAndTheChoiceOfOne) {
  // Two runs of different length, 8 s apart, in one recording.
  const MotionLimits limits{1.6, 0.8, 1.0};
  const MotionProfile first = MotionProfile::RestToRest(10.0, limits);
  const MotionProfile second = MotionProfile::RestToRest(30.0, limits);
  const double fs = 200.0;
  const double t2 = 3.0 + first.FlightTime() + 8.0;
  const double end = t2 + second.FlightTime() + 3.0;
  for (int which : {1, 2}) {
    AnalysisOptions options;
    options.motion.overrides.run = which;
    RideAnalyzer analyzer(options);
    RecordingInfo info;
    info.sample_rate_hz = fs;
    analyzer.Start(info);
    for (int i = 0; i < static_cast<int>(end * fs); ++i) {
      const double t = i / fs;
      const double a = first.At(t - 3.0).acceleration_mps2 - second.At(t - t2).acceleration_mps2;
      analyzer.Add({0.0, 0.0, a, std::nan("")});
    }
    Result<RideReport> r = analyzer.Finish();
    ASSERT_TRUE(r.ok()) << r.error().message();
    EXPECT_EQ(r->motion.runs_detected, 2);
    EXPECT_EQ(r->motion.run_index, which);
    EXPECT_NEAR(r->motion.figures.travel_m, which == 1 ? 10.0 : 30.0, 0.05);
    EXPECT_EQ(r->motion.direction, which == 1 ? 1 : -1);
  }
}

TEST(MotionAnalysisTest, BoundariesCanBeGiven) {
  SyntheticRun run;
  AnalysisOptions options;
  options.motion.overrides.constant_speed_begin_s = 8.0;
  options.motion.overrides.constant_speed_end_s = 12.0;
  Result<RideReport> r = Analyze(run, options);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_TRUE(r->motion.boundaries.overridden);
  EXPECT_DOUBLE_EQ(r->motion.boundaries.constant_speed_begin_s, 8.0);
  EXPECT_EQ(r->motion.constant_speed.begin, 8000);

  options.motion.overrides.constant_speed_begin_s = 14.0;  // after its end
  r = Analyze(run, options);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message().find("out of order"), std::string::npos) << r.error().message();

  options = {};
  options.motion.overrides.run = 2;
  r = Analyze(run, options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message(), "run 2 asked for, but the recording holds 1 run");
}

TEST(MotionAnalysisTest, TooShortOrMotionlessRecordingsAreRejected) {
  RideAnalyzer short_one;
  short_one.Start(InfoAt(100.0));
  for (int i = 0; i < 150; ++i) short_one.Add({0, 0, 0, 0});
  Result<RideReport> r = short_one.Finish();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(
      r.error().message(),
      "recording too short to hold a run: 150 samples (1.50 s at 100 Hz), at least 2 s needed");

  RideAnalyzer still;
  still.Start(InfoAt(100.0));
  for (int i = 0; i < 1000; ++i) still.Add({0, 0, 0.001 * std::sin(i * 0.1), 0});
  r = still.Finish();
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message().rfind("no lift run found", 0), 0u) << r.error().message();
}

}  // namespace
}  // namespace hoistway::ride
