// Brake tests (EN 81-20 5.9.2.2.2.1, type and site test 6.3.1): the car
// descends at rated speed, the supply to motor and brake is cut, and the
// brake must stop it: with 125 % of rated load on all sets, and with rated
// load on one set when the others have failed.
#include <fmt/core.h>

#include <cmath>

#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {
namespace {

struct BrakeStop {
  bool stopped = false;
  double distance_m = INFINITY;          // from the command to standstill
  double braking_distance_m = INFINITY;  // while the brake acts
  double retardation_mps2 = NAN;         // mean, while the brake acts
  double speed_at_brake_mps = 0.0;
  std::vector<MachineEvent> events;
  Trace trace;
};

// The governor and the buffer are out of this test: on a test tower the
// brake alone is measured, in a shaft long enough for the car to stop.
BrakeStop StopOnBrake(const LiftSpec& lift, double load_kg, int sets,
                      const ProcedureOptions& options) {
  BrakeStop out;
  LiftMachine m(lift, load_kg, options.machine);
  const double start = lift.travel_m;
  m.Place(start, -lift.rated_speed_mps);
  m.ArmGovernor(false);
  m.ArmBuffers(false);
  m.DriveOff();
  m.CommandBrake(sets, lift.brake.response_s);
  TraceRecorder recorder(&out.trace, options.trace_interval_s, options.traces);
  RunRecorded(
      m, recorder, [](const MachineState& s) { return s.brake_force_n > 0.0; },
      lift.brake.response_s + 1.0);
  const MachineState engaged = m.state();
  out.speed_at_brake_mps = -engaged.velocity_mps;
  // Stop, or give up once the car is plainly running away: faster than
  // twice the speed it had when the brake acted, or after 120 s.
  const double runaway = 2.0 * std::max(out.speed_at_brake_mps, lift.rated_speed_mps);
  RunRecorded(
      m, recorder,
      [&](const MachineState& s) { return s.velocity_mps == 0.0 || -s.velocity_mps > runaway; },
      120.0);
  const MachineState end = m.state();
  out.stopped = end.velocity_mps == 0.0;
  if (out.stopped) {
    out.distance_m = start - end.position_m;
    out.braking_distance_m = engaged.position_m - end.position_m;
    out.retardation_mps2 =
        out.speed_at_brake_mps * out.speed_at_brake_mps / (2.0 * out.braking_distance_m);
  } else {
    const double elapsed = end.time_s - engaged.time_s;
    out.retardation_mps2 =
        elapsed > 0.0 ? (end.velocity_mps - engaged.velocity_mps) / elapsed : NAN;
  }
  out.events = m.events();
  return out;
}

std::string Finding(const BrakeStop& stop, const LiftSpec& lift) {
  if (stop.stopped) {
    return fmt::format(
        "the brake acted at {:.3f} m/s and stopped the car {:.3f} m from the command, "
        "retarding it at {:.3f} m/s2",
        stop.speed_at_brake_mps, stop.distance_m, stop.retardation_mps2);
  }
  return fmt::format(
      "the brake acted at {:.3f} m/s but did not stop the car: it kept accelerating at "
      "{:.3f} m/s2 (rated speed {} m/s)",
      stop.speed_at_brake_mps, -stop.retardation_mps2, lift.rated_speed_mps);
}

}  // namespace

TestResult RunBrake125(const LiftSpec& lift, const ProcedureOptions& options) {
  BrakeStop stop = StopOnBrake(lift, 1.25 * lift.rated_load_kg, lift.brake.sets, options);
  TestResult r;
  r.id = "brake_125";
  r.clause = "EN 81-20 5.9.2.2.2.1, test 6.3.1";
  r.title = fmt::format("125 % load ({:.0f} kg) descending at {} m/s, all {} brake sets",
                        1.25 * lift.rated_load_kg, lift.rated_speed_mps, lift.brake.sets);
  r.measured = stop.distance_m;
  r.unit = "m";
  r.comparison = Comparison::kStops;
  r.limit_text = "the car stops";
  r.figures.push_back(
      {"retardation", stop.retardation_mps2, "m/s2", "mean retardation while braking"});
  r.figures.push_back(
      {"speed_at_brake", stop.speed_at_brake_mps, "m/s", "speed when the brake acts"});
  r.finding = Finding(stop, lift);
  r.events = std::move(stop.events);
  r.trace = std::move(stop.trace);
  Judge(r);
  return r;
}

TestResult RunBrakeOneSet(const LiftSpec& lift, const ProcedureOptions& options) {
  BrakeStop stop = StopOnBrake(lift, lift.rated_load_kg, 1, options);
  TestResult r;
  r.id = "brake_one_set";
  r.clause = "EN 81-20 5.9.2.2.2.1";
  r.title = fmt::format("rated load ({:.0f} kg) descending at {} m/s, one brake set",
                        lift.rated_load_kg, lift.rated_speed_mps);
  r.measured = stop.retardation_mps2;
  r.unit = "m/s2";
  r.comparison = Comparison::kPositive;
  r.limit = 0.0;
  r.limit_text = "> 0 (the car slows down)";
  r.figures.push_back(
      {"stopping_distance", stop.distance_m, "m", "from the command to standstill"});
  r.finding = Finding(stop, lift);
  r.events = std::move(stop.events);
  r.trace = std::move(stop.trace);
  Judge(r);
  return r;
}

}  // namespace hoistway::tower
