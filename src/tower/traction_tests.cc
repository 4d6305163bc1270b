// Traction (EN 81-20 5.5.3 and EN 81-50 5.11): the ratio of rope tensions
// either side of the sheave the twin's motion demands, against e^(f alpha),
// the ratio friction carries, in the three cases of the standard.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "tower/friction.h"
#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {
namespace {

double Ratio(double a, double b) {
  const double hi = std::max(a, b);
  const double lo = std::min(a, b);
  return lo > 0.0 ? hi / lo : std::numeric_limits<double>::infinity();
}

std::string SlipFinding(const LiftMachine& m) {
  if (std::fabs(m.state().slip_m) < 1e-9) return "the ropes gripped throughout";
  return fmt::format("the ropes slid {:.3f} m over the sheave", std::fabs(m.state().slip_m));
}

struct EmergencyCase {
  double ratio = 0.0;
  double limit = 0.0;
  double slip_m = 0.0;
  std::vector<MachineEvent> events;
  Trace trace;
};

// The sheave, turning at rated speed, is decelerated at a by the brake;
// the car and counterweight follow while the ropes grip. The worst moment
// (least margin limit / ratio) is kept: at the start, where the rope speed
// and so the friction's drop with speed are greatest.
EmergencyCase Emergency(const LiftSpec& lift, double load_kg, int direction,
                        const ProcedureOptions& options) {
  EmergencyCase out;
  const double v = lift.rated_speed_mps;
  const double a = lift.traction.emergency_deceleration_mps2;
  const double stop_distance = v * v / (2.0 * a);
  // Where the rope weights hurt most: ending near the top going up (the
  // counterweight's ropes long), near the bottom going down.
  const double start = direction > 0 ? std::max(0.0, lift.travel_m - stop_distance)
                                     : std::min(lift.travel_m, stop_distance);
  LiftMachine m(lift, load_kg, options.machine);
  m.Place(start, direction * v);
  m.SetRopeFriction(RopeFriction::kService);
  m.ArmGovernor(false);
  m.ArmBuffers(false);
  const double t_stop = v / a;
  m.PrescribeSheave([=](double t) {
    if (t >= t_stop) return LiftMachine::SheaveMotion{0.0, 0.0};
    return LiftMachine::SheaveMotion{direction * (v - a * t), -direction * a};
  });
  TraceRecorder recorder(&out.trace, options.trace_interval_s, options.traces);
  double worst_margin = std::numeric_limits<double>::infinity();
  const auto observe = [&](const MachineState& s) {
    if (s.time_s >= t_stop) return true;
    const double accel = -direction * a;
    const double ratio = Ratio(m.CarSideTension(accel), m.CounterweightSideTension(accel));
    const double limit = TractionLimit(
        lift.sheave.groove, MuEmergencyBraking(lift.suspension_ratio * s.sheave_velocity_mps),
        lift.sheave.wrap_angle_deg);
    if (limit / ratio < worst_margin) {
      worst_margin = limit / ratio;
      out.ratio = ratio;
      out.limit = limit;
    }
    return false;
  };
  RunRecorded(m, recorder, observe, t_stop + 1.0);
  RunRecorded(
      m, recorder, [](const MachineState& s) { return s.velocity_mps == 0.0; }, 5.0);
  out.slip_m = std::fabs(m.state().slip_m);
  out.events = m.events();
  return out;
}

TestResult TractionResult(std::string id, std::string clause, std::string title) {
  TestResult r;
  r.id = std::move(id);
  r.clause = std::move(clause);
  r.title = std::move(title);
  r.unit = "T1/T2";
  return r;
}

}  // namespace

TestResult RunTractionLoading(const LiftSpec& lift, const ProcedureOptions& options) {
  const double load = 1.25 * lift.rated_load_kg;
  LiftMachine m(lift, load, options.machine);
  m.Place(0.0, 0.0);
  m.SetRopeFriction(RopeFriction::kService);
  m.ArmBuffers(false);
  m.CommandBrake(lift.brake.sets, 0.0);
  TestResult r = TractionResult(
      "traction_loading", "EN 81-20 5.5.3 a, EN 81-50 5.11",
      fmt::format("car at the lowest landing with 125 % load ({:.0f} kg), at rest", load));
  const double ratio = Ratio(m.CarSideTension(0.0), m.CounterweightSideTension(0.0));
  TraceRecorder recorder(&r.trace, options.trace_interval_s, options.traces);
  // Held for 1 s: if friction cannot carry the ratio, the ropes creep.
  RunRecorded(
      m, recorder, [](const MachineState&) { return false; }, 1.0);
  r.measured = ratio;
  r.limit = TractionLimit(lift.sheave.groove, kMuLoading, lift.sheave.wrap_angle_deg);
  r.comparison = Comparison::kAtMost;
  r.limit_text = fmt::format("<= {:.4f} = e^(f alpha), mu {}", r.limit, kMuLoading);
  r.figures.push_back({"friction_factor", FrictionFactor(lift.sheave.groove, kMuLoading), "",
                       "friction factor f of the groove"});
  r.finding = fmt::format("T1/T2 = {:.4f}; {}", ratio, SlipFinding(m));
  r.events = m.events();
  Judge(r);
  return r;
}

TestResult RunTractionEmergencyBraking(const LiftSpec& lift, const ProcedureOptions& options) {
  EmergencyCase up = Emergency(lift, 0.0, +1, options);
  EmergencyCase down = Emergency(lift, lift.rated_load_kg, -1, options);
  const bool up_worse = up.limit / up.ratio <= down.limit / down.ratio;
  EmergencyCase& worse = up_worse ? up : down;
  TestResult r = TractionResult(
      "traction_emergency_braking", "EN 81-20 5.5.3 b, EN 81-50 5.11",
      fmt::format("emergency stop at {} m/s2 from rated speed: empty car up and rated load down "
                  "(the worse: {})",
                  lift.traction.emergency_deceleration_mps2,
                  up_worse ? "empty car up" : "rated load down"));
  r.measured = worse.ratio;
  r.limit = worse.limit;
  r.comparison = Comparison::kAtMost;
  r.limit_text = fmt::format("<= {:.4f} = e^(f alpha), mu 0.1/(1+v/10)", r.limit);
  r.figures.push_back({"ratio_empty_up", up.ratio, "T1/T2", "empty car going up"});
  r.figures.push_back({"ratio_loaded_down", down.ratio, "T1/T2", "rated load going down"});
  r.figures.push_back({"slip", worse.slip_m, "m", "rope slid over the sheave"});
  r.finding = worse.slip_m > 1e-9
                  ? fmt::format("T1/T2 = {:.4f}: the ropes slid {:.3f} m over the sheave",
                                worse.ratio, worse.slip_m)
                  : fmt::format("T1/T2 = {:.4f}: the ropes gripped throughout", worse.ratio);
  r.events = std::move(worse.events);
  r.trace = std::move(worse.trace);
  Judge(r);
  return r;
}

TestResult RunTractionStalled(const LiftSpec& lift, const ProcedureOptions& options) {
  LiftMachine m(lift, 0.0, options.machine);
  m.Place(lift.travel_m, 0.0);
  m.SetCounterweight(CounterweightState::kOnBuffer);
  m.SetRopeFriction(RopeFriction::kStalled);
  m.ArmGovernor(false);
  TestResult r = TractionResult("traction_stalled", "EN 81-20 5.5.3 c, EN 81-50 5.11",
                                "empty car, counterweight on its buffer, machine turning upward");
  const double ratio = Ratio(m.CarSideTension(0.0), m.CounterweightSideTension(0.0));
  // The machine turns the sheave upward at 0.1 m/s2 for 1 s.
  constexpr double kPull = 0.1;
  m.PrescribeSheave([](double t) { return LiftMachine::SheaveMotion{kPull * t, kPull}; });
  TraceRecorder recorder(&r.trace, options.trace_interval_s, options.traces);
  RunRecorded(
      m, recorder, [](const MachineState&) { return false; }, 1.0);
  const double lifted = m.state().position_m - lift.travel_m;
  r.measured = ratio;
  r.limit = TractionLimit(lift.sheave.groove, kMuStalled, lift.sheave.wrap_angle_deg);
  r.comparison = Comparison::kAtLeast;
  r.limit_text = fmt::format(">= {:.4f} = e^(f alpha), mu {}: ropes slip", r.limit, kMuStalled);
  r.figures.push_back({"car_lifted", lifted, "m", "how far the machine lifted the car"});
  r.finding =
      lifted > 1e-6
          ? fmt::format("the machine lifted the car {:.3f} m: the ropes did not slip", lifted)
          : "the ropes slipped: the car was not lifted";
  r.events = m.events();
  Judge(r);
  return r;
}

}  // namespace hoistway::tower
