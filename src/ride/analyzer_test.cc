// Synthetic vibration and sound with known answers, through the whole
// analysis (weighting, half-cycle peaks, boundaries).
#include "ride/analyzer.h"

#include <gtest/gtest.h>

#include <cmath>

#include "ride/frequency_weighting.h"
#include "ride/ride_test_support.h"

namespace hoistway::ride {
namespace {

using testing::Sine;
using testing::SyntheticRun;

Result<RideReport> Analyze(const SyntheticRun& run, bool sound, AnalysisOptions options = {}) {
  RideAnalyzer analyzer(options);
  RecordingInfo info;
  info.sample_rate_hz = run.sample_rate_hz;
  info.has_sound = sound;
  analyzer.Start(info);
  run.Generate([&](const Sample& s) { analyzer.Add(s); });
  return analyzer.Finish();
}

// Sinusoids of amplitude A at f on each axis during a run: the weighted
// peak-to-peak is 2 A |W(f)|, with |W| from ISO 2631-1 Table 3. The run is
// long (60 m) and the constant-speed region is set to the middle of the
// cruise, far from the jerk zones (see MotionAloneThroughWk).
TEST(AnalyzerTest, SinusoidalVibrationGivesTwiceAmplitudeTimesWeighting) {
  struct Axis {
    double amplitude_mg;
    double f_hz;
    double table_gain;
  };
  const Axis x{5.0, 1.0, 1.011};   // Wd
  const Axis y{8.0, 4.0, 0.512};   // Wd
  const Axis z{10.0, 6.3, 1.054};  // Wk
  SyntheticRun run;
  run.profile = MotionProfile::RestToRest(60.0, {1.6, 0.8, 1.0});
  run.extra = [&](double t) {
    return Sample{Sine(x.amplitude_mg, x.f_hz, t) * kMilliGInMps2,
                  Sine(y.amplitude_mg, y.f_hz, t) * kMilliGInMps2,
                  Sine(z.amplitude_mg, z.f_hz, t) * kMilliGInMps2, std::nan("")};
  };
  AnalysisOptions options;
  options.motion.overrides.constant_speed_begin_s = run.rest_s + 12.0;
  options.motion.overrides.constant_speed_end_s = run.rest_s + 30.0;
  Result<RideReport> r = Analyze(run, false, options);
  ASSERT_TRUE(r.ok()) << r.error().message();
  int a = 0;
  for (const Axis& axis : {x, y, z}) {
    const double expected = 2.0 * axis.amplitude_mg * axis.table_gain;
    const AxisVibration& v = r->vibration[a];
    EXPECT_NEAR(v.constant_speed.max_pk_pk, expected, 0.01 * expected) << kAxisNames[a];
    EXPECT_NEAR(v.constant_speed.a95_pk_pk, expected, 0.01 * expected) << kAxisNames[a];
    ++a;
  }
  // x and y count the whole run; z leaves the jerk zones out.
  EXPECT_NEAR(r->vibration[0].iso.max_pk_pk, 2.0 * x.amplitude_mg * x.table_gain, 0.02 * 10.11);
  EXPECT_EQ(r->vibration[0].iso.count, r->vibration[0].run.count);
  EXPECT_LT(r->vibration[2].iso.count, r->vibration[2].run.count);
}

// The band-limiting high-pass of Wk (0.4 Hz) turns each jerk ramp into a
// slow swing of about Wk(0) j / (2 pi 0.4 Hz)^2 (8 mg for j = 1 m/s^3)
// that dies away within a few seconds: it shows near the jerk zones and
// not in the middle of the cruise. x and y see nothing.
TEST(AnalyzerTest, MotionAloneThroughWk) {
  SyntheticRun run;
  run.profile = MotionProfile::RestToRest(60.0, {1.6, 0.8, 1.0});
  AnalysisOptions options;
  options.motion.overrides.constant_speed_begin_s = run.rest_s + 12.0;
  options.motion.overrides.constant_speed_end_s = run.rest_s + 30.0;
  Result<RideReport> r = Analyze(run, false, options);
  ASSERT_TRUE(r.ok()) << r.error().message();
  EXPECT_LT(r->vibration[0].iso.max_pk_pk, 1e-6);
  EXPECT_LT(r->vibration[2].constant_speed.max_pk_pk, 0.5);
  EXPECT_GT(r->vibration[2].iso.max_pk_pk, 4.0);
  EXPECT_LT(r->vibration[2].iso.max_pk_pk, 10.0);
}

TEST(AnalyzerTest, SoundFiguresOverTheirRegions) {
  SyntheticRun run;  // constant speed from about 5.4 to 15.9 s
  run.extra = [](double t) {
    double level = 50.0;
    if (t >= 10.0 && t < 11.0) level = 60.0;  // a second of 60 dB(A) at constant speed
    if (t >= 1.0 && t < 1.5) level = 0.0;     // dropouts, before the run
    if (t >= 19.5) level = 80.0;              // door noise after the run
    return Sample{0.0, 0.0, 0.0, level};
  };
  Result<RideReport> r = Analyze(run, true);
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_TRUE(r->sound.constant_speed.has_value());
  const SoundFigures& cs = *r->sound.constant_speed;
  EXPECT_DOUBLE_EQ(cs.max_dba, 60.0);
  // LAeq = 10 lg((T1 10^6 + T2 10^5) / T): one second at 60, the rest at 50.
  const double t_cs =
      r->motion.boundaries.constant_speed_end_s - r->motion.boundaries.constant_speed_begin_s;
  const double expected = 10.0 * std::log10((1.0 * 1e6 + (t_cs - 1.0) * 1e5) / t_cs);
  EXPECT_NEAR(cs.laeq_dba, expected, 0.02);
  EXPECT_DOUBLE_EQ(r->sound.recording->max_dba, 80.0);
  EXPECT_EQ(r->sound.recording->readings, static_cast<std::size_t>(r->samples - 500));
  EXPECT_LT(r->sound.run->max_dba, 80.0);
}

TEST(AnalyzerTest, TracesCoverTheRunWithMargins) {
  SyntheticRun run;
  Result<RideReport> r = Analyze(run, true);
  ASSERT_TRUE(r.ok());
  const RideTraces& t = r->traces;
  EXPECT_NEAR(t.begin_s, r->motion.boundaries.start_s - 2.0, 0.05);
  EXPECT_NEAR(t.end_s, r->motion.boundaries.end_s + 2.0, 0.05);
  EXPECT_LE(t.velocity.low.size(), 1500u);
  EXPECT_GE(t.velocity.low.size(), 1000u);
  EXPECT_LE(t.vibration[2].low.size(), 1500u);
  float vmax = 0.0f;
  for (float v : t.velocity.high) vmax = std::max(vmax, v);
  EXPECT_NEAR(vmax, 1.6f, 0.01f);
  ASSERT_TRUE(t.sound.has_value());
}

}  // namespace
}  // namespace hoistway::ride
