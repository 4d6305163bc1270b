// The progressive safety gear and the overspeed governor (EN 81-20 5.6.2).
#include <fmt/core.h>

#include <cmath>

#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {

// The design case of 5.6.2.1 (type test 6.3.4 drops the car the same way):
// the car with rated load falls free, the counterweight decoupled; the
// governor trips at its tripping speed and sets the gear, which stops the
// car. The mean retardation is from the gear setting to standstill.
TestResult RunSafetyGear(const LiftSpec& lift, const ProcedureOptions& options) {
  TestResult r;
  r.id = "safety_gear";
  r.clause = "EN 81-20 5.6.2.1, test 6.3.4";
  r.title = fmt::format(
      "car with rated load ({:.0f} kg) in free fall, counterweight decoupled, "
      "gear set by the governor",
      lift.rated_load_kg);
  r.unit = "gn";
  LiftMachine m(lift, lift.rated_load_kg, options.machine);
  m.SetCounterweight(CounterweightState::kDetached);
  const double start = lift.travel_m;
  m.Place(start, 0.0);
  m.DriveOff();
  TraceRecorder recorder(&r.trace, options.trace_interval_s, options.traces);
  RunRecorded(
      m, recorder, [](const MachineState& s) { return s.safety_gear_set; }, 30.0);
  const MachineState set = m.state();
  RunRecorded(
      m, recorder, [](const MachineState& s) { return s.velocity_mps == 0.0; }, 60.0);
  const MachineState end = m.state();
  const double v = -set.velocity_mps;
  const double distance = set.position_m - end.position_m;
  const bool stopped = set.safety_gear_set && end.velocity_mps == 0.0 && distance > 0.0;
  const double retardation = stopped ? v * v / (2.0 * distance) : NAN;
  r.measured = InGn(retardation);
  r.comparison = Comparison::kWithin;
  r.limit_low = 0.2;
  r.limit = 1.0;
  r.limit_text = "0.2 to 1.0 gn";
  r.trace.acceleration_limit_mps2 = 1.0 * kGravity;
  r.figures.push_back({"stopping_distance", distance, "m", "from the gear setting to standstill"});
  r.figures.push_back({"speed_at_setting", v, "m/s", "speed when the gear set"});
  r.figures.push_back({"fall", start - end.position_m, "m", "total fall"});
  r.finding = stopped ? fmt::format(
                            "the gear set at {:.3f} m/s and stopped the car in {:.3f} m "
                            "({:.3f} gn)",
                            v, distance, r.measured)
                      : "the gear did not stop the car";
  r.events = m.events();
  Judge(r);
  return r;
}

// The drive runs away downward (the car accelerating at 0.2 m/s2 from rated
// speed with rated load); the speed at which the governor trips is read.
TestResult RunGovernorTripping(const LiftSpec& lift, const ProcedureOptions& options) {
  TestResult r;
  r.id = "governor_tripping";
  r.clause = "EN 81-20 5.6.2.2.1.1 a";
  r.title = "car running away downward from rated speed at 0.2 m/s2 (progressive gear)";
  r.unit = "m/s";
  const double v = lift.rated_speed_mps;
  constexpr double kRunaway = 0.2;
  LiftMachine m(lift, lift.rated_load_kg, options.machine);
  m.ArmBuffers(false);
  m.Place(lift.travel_m, -v);
  m.PrescribeSheave([=](double t) {
    return LiftMachine::SheaveMotion{-(v + kRunaway * t), -kRunaway};
  });
  TraceRecorder recorder(&r.trace, options.trace_interval_s, options.traces);
  const bool tripped = RunRecorded(
      m, recorder, [](const MachineState& s) { return s.governor_tripped; }, 60.0);
  r.measured = tripped ? -m.state().velocity_mps : INFINITY;
  // 5.6.2.2.1.1 a: at least 115 % of v; less than 1.5 m/s for progressive
  // gear at v <= 1 m/s (c), 1.25 v + 0.25 / v above (d).
  r.limit_low = 1.15 * v;
  r.limit = v <= 1.0 ? 1.5 : 1.25 * v + 0.25 / v;
  r.comparison = Comparison::kWithin;
  r.limit_text = fmt::format("{:.3f} to {:.3f} m/s", r.limit_low, r.limit);
  r.finding = tripped ? fmt::format("the governor tripped at {:.3f} m/s ({:.0f} % of rated speed)",
                                    r.measured, 100.0 * r.measured / v)
                      : "the governor did not trip";
  r.events = m.events();
  Judge(r);
  return r;
}

}  // namespace hoistway::tower
