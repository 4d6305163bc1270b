#include "ride/figures.h"

#include <array>
#include <map>
#include <optional>

namespace hoistway::ride {

namespace {

constexpr std::array<FigureSpec, 37> kSpecs = {{
    {"sample_rate_hz", "Hz", "sample rate"},
    {"duration_s", "s", "recording length"},
    {"travel_m", "m", "travel"},
    {"max_velocity_mps", "m/s", "maximum velocity"},
    {"v95_mps", "m/s", "V95 velocity (constant speed)"},
    {"max_acceleration_mps2", "m/s^2", "maximum acceleration"},
    {"max_deceleration_mps2", "m/s^2", "maximum deceleration"},
    {"a95_acceleration_mps2", "m/s^2", "A95 acceleration"},
    {"a95_deceleration_mps2", "m/s^2", "A95 deceleration"},
    {"max_jerk_mps3", "m/s^3", "maximum jerk"},
    {"vibration_mg.x.max_pk_pk", "mg", "x vibration, max peak-to-peak (Wd, run)"},
    {"vibration_mg.x.a95_pk_pk", "mg", "x vibration, A95 peak-to-peak (Wd, run)"},
    {"vibration_mg.y.max_pk_pk", "mg", "y vibration, max peak-to-peak (Wd, run)"},
    {"vibration_mg.y.a95_pk_pk", "mg", "y vibration, A95 peak-to-peak (Wd, run)"},
    {"vibration_mg.z.max_pk_pk", "mg",
     "z vibration, max peak-to-peak (Wk, run without jerk zones)"},
    {"vibration_mg.z.a95_pk_pk", "mg",
     "z vibration, A95 peak-to-peak (Wk, run without jerk zones)"},
    {"vibration_mg.x.constant_speed.max_pk_pk", "mg",
     "x vibration, max peak-to-peak at constant speed"},
    {"vibration_mg.x.constant_speed.a95_pk_pk", "mg",
     "x vibration, A95 peak-to-peak at constant speed"},
    {"vibration_mg.y.constant_speed.max_pk_pk", "mg",
     "y vibration, max peak-to-peak at constant speed"},
    {"vibration_mg.y.constant_speed.a95_pk_pk", "mg",
     "y vibration, A95 peak-to-peak at constant speed"},
    {"vibration_mg.z.constant_speed.max_pk_pk", "mg",
     "z vibration, max peak-to-peak at constant speed"},
    {"vibration_mg.z.constant_speed.a95_pk_pk", "mg",
     "z vibration, A95 peak-to-peak at constant speed"},
    {"vibration_mg.x.run.max_pk_pk", "mg", "x vibration, max peak-to-peak over the whole run"},
    {"vibration_mg.x.run.a95_pk_pk", "mg", "x vibration, A95 peak-to-peak over the whole run"},
    {"vibration_mg.y.run.max_pk_pk", "mg", "y vibration, max peak-to-peak over the whole run"},
    {"vibration_mg.y.run.a95_pk_pk", "mg", "y vibration, A95 peak-to-peak over the whole run"},
    {"vibration_mg.z.run.max_pk_pk", "mg", "z vibration, max peak-to-peak over the whole run"},
    {"vibration_mg.z.run.a95_pk_pk", "mg", "z vibration, A95 peak-to-peak over the whole run"},
    {"sound_dba.max", "dB(A)", "sound, maximum at constant speed"},
    {"sound_dba.laeq", "dB(A)", "sound, LAeq at constant speed"},
    {"sound_dba.run.max", "dB(A)", "sound, maximum over the run"},
    {"sound_dba.run.laeq", "dB(A)", "sound, LAeq over the run"},
    {"sound_dba.recording.max", "dB(A)", "sound, maximum over the recording"},
    {"sound_dba.recording.laeq", "dB(A)", "sound, LAeq over the recording"},
    {"sound_dba.recording.mean", "dB(A)", "sound, arithmetic mean of the readings"},
    {"runs_detected", "", "runs in the recording"},
    {"samples", "", "samples"},
}};

}  // namespace

std::span<const FigureSpec> AllFigureSpecs() {
  return kSpecs;
}

std::vector<Figure> FiguresOf(const RideReport& r) {
  std::map<std::string, double, std::less<>> values;
  const MotionFigures& m = r.motion.figures;
  values["sample_rate_hz"] = r.recording.sample_rate_hz;
  values["duration_s"] = r.duration_s;
  values["travel_m"] = m.travel_m;
  values["max_velocity_mps"] = m.max_velocity_mps;
  values["v95_mps"] = m.v95_mps;
  values["max_acceleration_mps2"] = m.max_acceleration_mps2;
  values["max_deceleration_mps2"] = m.max_deceleration_mps2;
  values["a95_acceleration_mps2"] = m.a95_acceleration_mps2;
  values["a95_deceleration_mps2"] = m.a95_deceleration_mps2;
  values["max_jerk_mps3"] = m.max_jerk_mps3;
  values["runs_detected"] = r.motion.runs_detected;
  values["samples"] = static_cast<double>(r.samples);
  for (int a = 0; a < kAxisCount; ++a) {
    const std::string base = std::string("vibration_mg.") + kAxisNames[a];
    const AxisVibration& v = r.vibration[a];
    values[base + ".max_pk_pk"] = v.iso.max_pk_pk;
    values[base + ".a95_pk_pk"] = v.iso.a95_pk_pk;
    values[base + ".constant_speed.max_pk_pk"] = v.constant_speed.max_pk_pk;
    values[base + ".constant_speed.a95_pk_pk"] = v.constant_speed.a95_pk_pk;
    values[base + ".run.max_pk_pk"] = v.run.max_pk_pk;
    values[base + ".run.a95_pk_pk"] = v.run.a95_pk_pk;
  }
  auto sound = [&](const std::optional<SoundFigures>& s, const std::string& base, bool mean) {
    if (!s) return;
    values[base + "max"] = s->max_dba;
    values[base + "laeq"] = s->laeq_dba;
    if (mean) values[base + "mean"] = s->mean_dba;
  };
  sound(r.sound.constant_speed, "sound_dba.", false);
  sound(r.sound.run, "sound_dba.run.", false);
  sound(r.sound.recording, "sound_dba.recording.", true);

  std::vector<Figure> out;
  for (const FigureSpec& spec : kSpecs) {
    const auto it = values.find(spec.key);
    if (it == values.end()) continue;
    out.push_back(
        {std::string(spec.key), it->second, std::string(spec.unit), std::string(spec.label)});
  }
  return out;
}

}  // namespace hoistway::ride
