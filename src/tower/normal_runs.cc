// Runs in service: the drive flies the car along the jerk-limited profile
// of `kinematics` (a speed and position loop with feed-forward of the
// profile's acceleration and of the out-of-balance force), the brake lifts
// before and drops after. The ride of each run is analysed as a recording
// would be (ISO 18738-1, `ride`).
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "kinematics/motion_profile.h"
#include "ride/analyzer.h"
#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {
namespace {

constexpr double kRestS = 2.0;    // at rest before the brake lifts and after it drops
constexpr double kSettleS = 0.5;  // the drive holds the car after the profile ends
constexpr double kLoopHz = 3.0;   // bandwidth of the drive's position loop

void AnalyseRide(NormalRun& run) {
  ride::RecordingInfo info;
  info.path = run.id;
  info.format = ride::RecordingFormat::kCsv;
  info.sample_rate_hz = kRunSampleRateHz;
  info.gravity = ride::Gravity::kRemoved;
  info.note = "the twin's normal run";
  ride::RideAnalyzer analyzer;
  analyzer.Start(info);
  for (double a : run.trace.acceleration_mps2) {
    ride::Sample s;
    s.z = a;
    s.sound_dba = NAN;
    analyzer.Add(s);
  }
  auto report = analyzer.Finish();
  if (!report.ok()) {
    run.ride_error = report.error().message();
    return;
  }
  for (const ride::Figure& f : ride::FiguresOf(*report)) {
    run.ride.push_back({f.key, f.value, f.unit, f.label});
  }
}

NormalRun Fly(const LiftSpec& lift, std::string id, double from, double to, double load_kg,
              const ProcedureOptions& options) {
  NormalRun run;
  run.id = std::move(id);
  run.load_kg = load_kg;
  run.distance_m = std::fabs(to - from);
  run.direction = to > from ? 1 : -1;
  run.title = fmt::format("{} {:.2f} m {} with {:.0f} kg",
                          run.id == "full_travel"      ? "full travel"
                          : run.id == "floor_to_floor" ? "floor to floor"
                                                       : run.id,
                          run.distance_m, run.direction > 0 ? "up" : "down", load_kg);
  // The drive believes the car runs at 1/speed_scale of its true speed, so
  // it flies a profile speed_scale times too fast in every derivative; the
  // shaft's position system stops it at the landing, offset by the
  // levelling sensor's error.
  const double scale = lift.drive.speed_scale;
  const double target = to + lift.drive.levelling_offset_mm / 1000.0;
  const MotionProfile profile = MotionProfile::RestToRest(
      std::fabs(target - from),
      MotionLimits{lift.rated_speed_mps * scale, lift.acceleration_mps2 * scale,
                   lift.jerk_mps3 * scale});
  const int dir = target >= from ? 1 : -1;
  run.flight_time_s = profile.FlightTime();

  LiftMachine m(lift, load_kg, options.machine);
  m.Place(from, 0.0);
  m.SetRopeFriction(options.rope_friction);
  m.CommandBrake(lift.brake.sets, 0.0);
  const double mass = m.MovingMass();
  const double omega = 2.0 * std::numbers::pi * kLoopHz;
  // The rest before and after is for the ride analysis (and the plots): a
  // recording needs it. Without them the car simply waits for nothing.
  const bool recording = options.traces || options.ride_figures;
  const double rest = recording ? kRestS : 0.0;
  const double start = rest;
  const auto reference = [&](double t) {
    const MotionState s = profile.At(std::clamp(t - start, 0.0, profile.FlightTime()));
    return MotionState{from + dir * s.position_m, dir * s.velocity_mps, dir * s.acceleration_mps2,
                       dir * s.jerk_mps3};
  };
  Trace& trace = run.trace;
  TraceRecorder recorder(&trace, 1.0 / kRunSampleRateHz, recording);
  RunRecorded(
      m, recorder, [&](const MachineState& s) { return s.time_s >= start - 1e-9; }, rest + 1.0);
  m.ReleaseBrake();
  m.SetDriveLaw([&](const MachineState& s) {
    const MotionState ref = reference(s.time_s);
    return mass * ref.acceleration_mps2 - m.OutOfBalanceForce(s.position_m) +
           2.0 * omega * mass * (ref.velocity_mps - s.velocity_mps) +
           omega * omega * mass * (ref.position_m - s.position_m);
  });
  const double halfway = 0.5 * (from + to);
  bool passed_half = false;
  RunRecorded(
      m, recorder,
      [&](const MachineState& s) {
        run.max_speed_mps = std::max(run.max_speed_mps, std::fabs(s.velocity_mps));
        if (!passed_half && (s.position_m - halfway) * dir >= 0.0) {
          passed_half = true;
          run.speed_at_mid_travel_mps = std::fabs(s.velocity_mps);
        }
        return s.time_s >= start + profile.FlightTime() + kSettleS || s.safety_gear_set;
      },
      profile.FlightTime() + kSettleS + 1.0);
  m.CommandBrake(lift.brake.sets, 0.0);
  m.DriveOff();
  const double end = m.state().time_s + rest;
  RunRecorded(
      m, recorder, [&](const MachineState& s) { return s.time_s >= end; }, rest + 1.0);
  run.reached_mid_travel = passed_half;
  run.stopping_error_mm = (m.state().position_m - to) * 1000.0;
  run.slip_m = std::fabs(m.state().slip_m);
  run.safety_gear_set = m.state().safety_gear_set;
  run.events = m.events();
  // Jerk from the sampled acceleration.
  trace.jerk_mps3.assign(trace.acceleration_mps2.size(), 0.0);
  for (std::size_t i = 1; i < trace.acceleration_mps2.size(); ++i) {
    const double dt = trace.time_s[i] - trace.time_s[i - 1];
    trace.jerk_mps3[i] =
        dt > 0.0 ? (trace.acceleration_mps2[i] - trace.acceleration_mps2[i - 1]) / dt : 0.0;
  }
  if (options.ride_figures) AnalyseRide(run);
  if (!options.traces) run.trace = Trace{};
  return run;
}

}  // namespace

NormalRun FlyFullTravel(const LiftSpec& lift, const ProcedureOptions& options) {
  return Fly(lift, "full_travel", lift.travel_m, 0.0, 0.5 * lift.rated_load_kg, options);
}

NormalRun FlyRun(const LiftSpec& lift, std::string id, double from_m, double to_m, double load_kg,
                 const ProcedureOptions& options) {
  return Fly(lift, std::move(id), from_m, to_m, load_kg, options);
}

NormalRun FlyFloorToFloor(const LiftSpec& lift, const ProcedureOptions& options) {
  return Fly(lift, "floor_to_floor", 0.0, lift.floor_height_m, 0.5 * lift.rated_load_kg, options);
}

TestResult JudgeStoppingAccuracy(const std::vector<NormalRun>& runs) {
  TestResult r;
  r.id = "stopping_accuracy";
  r.clause = "EN 81-20 5.12.1.1.4";
  r.title = "normal runs (full travel down, floor to floor up) with half load";
  r.unit = "mm";
  double worst = 0.0;
  std::string where;
  for (const NormalRun& run : runs) {
    r.figures.push_back(
        {run.id, run.stopping_error_mm, "mm", "final position minus the landing's"});
    if (std::fabs(run.stopping_error_mm) >= std::fabs(worst)) {
      worst = run.stopping_error_mm;
      where = run.id;
    }
  }
  r.measured = std::fabs(worst);
  r.comparison = Comparison::kAtMost;
  r.limit = 10.0;
  r.limit_text = "within +-10 mm of the landing";
  r.finding = fmt::format("the car stopped {:+.1f} mm from the landing ({})", worst, where);
  for (const NormalRun& run : runs) {
    if (run.id == where && !run.events.empty()) r.finding += ": " + run.events.front().what;
  }
  Judge(r);
  return r;
}

TestResult JudgeSpeedHalfLoad(const LiftSpec& lift, const NormalRun& full_travel) {
  TestResult r;
  r.id = "speed_half_load";
  r.clause = "EN 81-20 5.9.2.4";
  r.title = "half load going down, speed at mid travel";
  r.unit = "m/s";
  r.measured = full_travel.speed_at_mid_travel_mps;
  r.comparison = Comparison::kAtMost;
  r.limit = 1.05 * lift.rated_speed_mps;
  r.limit_text = fmt::format("<= 105 % of rated speed ({:.3f} m/s)", r.limit);
  r.finding = fmt::format("{:.3f} m/s at mid travel, {:.1f} % of rated speed", r.measured,
                          100.0 * r.measured / lift.rated_speed_mps);
  Judge(r);
  if (!full_travel.reached_mid_travel) {
    // No speed at mid travel: the test cannot pass on a run that never got
    // there; the figure shown is the top speed the run reached.
    r.measured = full_travel.max_speed_mps;
    r.verdict = Verdict::kFail;
    r.finding = fmt::format("the car did not reach mid travel (top speed {:.3f} m/s)", r.measured);
    if (!full_travel.events.empty()) r.finding += ": " + full_travel.events.front().what;
  }
  return r;
}

}  // namespace hoistway::tower
