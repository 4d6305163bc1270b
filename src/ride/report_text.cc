#include "ride/report_text.h"

#include <fmt/core.h>

#include <iterator>

namespace hoistway::ride {

namespace {

// A cruise shorter than this is no constant-speed phase to speak of.
constexpr double kShortCruiseS = 0.5;

template <typename... Args>
void Put(std::string& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

void Sound(std::string& out, const char* region, const std::optional<SoundFigures>& s) {
  if (!s) {
    Put(out, "  {:<24} no readings\n", region);
    return;
  }
  Put(out, "  {:<24} {:>7.1f} {:>7.1f} {:>7.1f}\n", region, s->max_dba, s->laeq_dba, s->mean_dba);
}

}  // namespace

std::string FormatTextReport(const RideReport& r, std::span<const LimitCheck> checks,
                             bool limits_given) {
  std::string out;
  const RecordingInfo& info = r.recording;
  const MotionAnalysis& m = r.motion;
  const RunBoundaries& b = m.boundaries;
  const MotionFigures& f = m.figures;

  Put(out, "Ride quality (ISO 18738-1): {}\n", info.path);
  Put(out, "  {}\n", info.note);
  Put(out, "  {:g} Hz{}, {} samples, {:.2f} s; run {} of {}, {}\n", info.sample_rate_hz,
      info.resampled ? " (resampled from the time column)" : "", r.samples, r.duration_s,
      m.run_index, m.runs_detected, m.direction > 0 ? "up" : "down");
  Put(out,
      "  gravity: {}; rest level removed from z: {:.4f} m/s^2{}; velocity drift removed: {:.3f} "
      "m/s\n\n",
      GravityName(info.gravity), m.rest_offset_mps2,
      m.vertical_sign < 0 ? " (z pointed down: flipped)" : "", m.drift_mps);

  Put(out, "Boundaries (s from the start of the recording, {})\n",
      b.overridden ? "partly given" : "detected");
  Put(out, "  0 start of motion        {:8.2f}\n", b.start_s);
  Put(out, "  1 constant speed from    {:8.2f}\n", b.constant_speed_begin_s);
  Put(out, "  2 constant speed until   {:8.2f}\n", b.constant_speed_end_s);
  Put(out, "  3 end of motion          {:8.2f}\n", b.end_s);
  Put(out, "  jerk zones              ");
  for (const JerkZone& z : b.jerk_zones) Put(out, " {:.2f}-{:.2f}", z.begin_s, z.end_s);
  Put(out, "\n  cruise (between jerk zones 2 and 3) {:.2f} s{}\n\n", m.cruise_s,
      m.cruise_s < kShortCruiseS ? ": no constant-speed phase; the constant-speed figures are at "
                                   "the top of the speed curve"
                                 : "");

  Put(out, "Motion (vertical acceleration low-passed at 10 Hz, integrated)\n");
  Put(out, "  travel                   {:8.2f} m\n", f.travel_m);
  Put(out, "  maximum velocity         {:8.3f} m/s\n", f.max_velocity_mps);
  Put(out, "  V95 velocity             {:8.3f} m/s\n", f.v95_mps);
  Put(out, "  maximum acceleration     {:8.3f} m/s^2   A95 {:.3f}\n", f.max_acceleration_mps2,
      f.a95_acceleration_mps2);
  Put(out, "  maximum deceleration     {:8.3f} m/s^2   A95 {:.3f}\n", f.max_deceleration_mps2,
      f.a95_deceleration_mps2);
  Put(out, "  maximum jerk             {:8.3f} m/s^3   zones", f.max_jerk_mps3);
  for (const JerkZone& z : b.jerk_zones) Put(out, " {:.2f}", z.jerk_mps3);
  Put(out, "\n\n");

  Put(out, "Vibration (mg, ISO 2631-1 weighted; peak-to-peak of adjacent half-cycle peaks)\n");
  Put(out,
      "  axis weighting  region                   max pk-pk A95 pk-pk | constant speed: max  "
      "A95\n");
  for (int a = 0; a < kAxisCount; ++a) {
    const AxisVibration& v = r.vibration[a];
    Put(out, "  {:<4} {:<10} {:<24} {:9.1f} {:9.1f} | {:20.1f} {:5.1f}\n", kAxisNames[a],
        WeightingName(v.weighting), a == 2 ? "run without jerk zones" : "run", v.iso.max_pk_pk,
        v.iso.a95_pk_pk, v.constant_speed.max_pk_pk, v.constant_speed.a95_pk_pk);
  }
  Put(out, "\n");
  if (info.has_sound) {
    Put(out, "Sound (dB(A), the instrument's A-weighted level)\n");
    Put(out, "  region                       max    LAeq    mean\n");
    Sound(out, "constant speed", r.sound.constant_speed);
    Sound(out, "run", r.sound.run);
    Sound(out, "recording", r.sound.recording);
    Put(out, "\n");
  } else {
    Put(out, "Sound: no sound channel in this recording\n\n");
  }
  if (limits_given) {
    Put(out, "Limits\n");
    for (const LimitCheck& c : checks) {
      const std::string measured = c.measured ? fmt::format("{:.3g}", *c.measured) : "-";
      Put(out, "  {:<42} {:>9} {:<5} {} {:<3} {}\n", c.limit.key, measured, c.unit,
          ComparisonSymbol(c.limit.comparison), fmt::format("{:g}", c.limit.value),
          VerdictName(c.verdict));
    }
    Put(out, "  verdict: {}\n", AnyFailed(checks) ? "FAIL" : "pass");
  }
  return out;
}

}  // namespace hoistway::ride
