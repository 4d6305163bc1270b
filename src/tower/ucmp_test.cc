// Protection against unintended car movement (EN 81-20 5.6.7, test 6.3.13):
// doors open at a landing, the drive lost and the brake released, the car
// moves away under its out-of-balance; the detector commands the brake,
// which must stop the car within 1.20 m of the landing.
#include <fmt/core.h>

#include <cmath>

#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {
namespace {

constexpr double kUcmpLimitM = 1.20;

struct UcmpCase {
  double distance_m = 0.0;
  double retardation_mps2 = 0.0;
  bool stopped = false;
  std::vector<MachineEvent> events;
  Trace trace;
};

UcmpCase Movement(const LiftSpec& lift, double load_kg, const ProcedureOptions& options) {
  UcmpCase out;
  const double landing = 0.5 * lift.travel_m;
  LiftMachine m(lift, load_kg, options.machine);
  m.Place(landing, 0.0);
  m.ArmBuffers(false);
  m.DriveOff();
  m.ReleaseBrake();
  m.ArmUcmp(landing, lift.ucmp.detection_distance_m, lift.ucmp.response_s);
  TraceRecorder recorder(&out.trace, options.trace_interval_s, options.traces);
  // A balanced car does not move at all.
  RunRecorded(
      m, recorder,
      [](const MachineState& s) {
        return s.brake_force_n > 0.0 || (s.time_s > 1.0 && s.velocity_mps == 0.0);
      },
      30.0);
  const MachineState braking = m.state();
  RunRecorded(
      m, recorder, [](const MachineState& s) { return s.velocity_mps == 0.0; }, 60.0);
  out.stopped = m.state().velocity_mps == 0.0;
  out.distance_m = out.stopped ? std::fabs(m.state().position_m - landing) : INFINITY;
  const double braking_distance = std::fabs(m.state().position_m - braking.position_m);
  out.retardation_mps2 = braking_distance > 0.0 ? braking.velocity_mps * braking.velocity_mps /
                                                      (2.0 * braking_distance)
                                                : 0.0;
  out.events = m.events();
  return out;
}

}  // namespace

TestResult RunUcmp(const LiftSpec& lift, const ProcedureOptions& options) {
  UcmpCase empty = Movement(lift, 0.0, options);
  UcmpCase loaded = Movement(lift, lift.rated_load_kg, options);
  const bool empty_worse = empty.distance_m >= loaded.distance_m;
  UcmpCase& worse = empty_worse ? empty : loaded;
  TestResult r;
  r.id = "ucmp";
  r.clause = "EN 81-20 5.6.7, test 6.3.13";
  r.title = fmt::format(
      "doors open, drive lost, brake released: empty car and rated load (the worse: {})",
      empty_worse ? "empty car" : "rated load");
  r.unit = "m";
  r.measured = worse.distance_m;
  r.comparison = Comparison::kAtMost;
  r.limit = kUcmpLimitM;
  r.limit_text = "<= 1.20 m; retardation <= 1 gn";
  r.trace.acceleration_limit_mps2 = kGravity;
  r.figures.push_back({"distance_empty", empty.distance_m, "m", "empty car"});
  r.figures.push_back({"distance_loaded", loaded.distance_m, "m", "rated load"});
  r.figures.push_back(
      {"retardation", InGn(worse.retardation_mps2), "gn", "mean retardation while braking"});
  Judge(r);
  if (worse.retardation_mps2 > kGravity) r.verdict = Verdict::kFail;
  r.finding = worse.stopped
                  ? fmt::format("the car stopped {:.3f} m from the landing, braking at {:.3f} gn",
                                worse.distance_m, InGn(worse.retardation_mps2))
                  : "the brake did not stop the car";
  r.events = std::move(worse.events);
  r.trace = std::move(worse.trace);
  return r;
}

}  // namespace hoistway::tower
