// The car buffer (EN 81-20 5.8.2): the car with rated load strikes it at
// 115 % of rated speed.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>

#include "tower/procedure_support.h"
#include "tower/procedures.h"

namespace hoistway::tower {

TestResult RunBuffer(const LiftSpec& lift, const ProcedureOptions& options) {
  const BufferSpec& buffer = lift.buffers.car;
  const double v = lift.rated_speed_mps;
  const double impact = 1.15 * v;
  TestResult r;
  r.id = "buffer";
  const bool spring = buffer.type == BufferType::kEnergyAccumulation;
  r.clause = spring ? "EN 81-20 5.8.2.1" : "EN 81-20 5.8.2.2";
  r.title = fmt::format(
      "car with rated load ({:.0f} kg) strikes the {} buffer at {:.3f} m/s "
      "(115 % of v)",
      lift.rated_load_kg, ToString(buffer.type), impact);
  r.unit = "gn";
  LiftMachine m(lift, lift.rated_load_kg, options.machine);
  m.SetCounterweight(CounterweightState::kDetached);
  m.ArmGovernor(false);
  m.Place(-kCarBufferRunbyM, -impact);
  TraceRecorder recorder(&r.trace, options.trace_interval_s, options.traces);
  double peak = 0.0;         // largest retardation, m/s2
  double above_2_5gn = 0.0;  // time spent above 2.5 gn, s
  double last_t = 0.0;
  RunRecorded(
      m, recorder,
      [&](const MachineState& s) {
        if (s.time_s > last_t) {
          if (s.acceleration_mps2 > 2.5 * kGravity) above_2_5gn += s.time_s - last_t;
          peak = std::max(peak, s.acceleration_mps2);
          last_t = s.time_s;
        }
        return s.velocity_mps >= 0.0 && s.time_s > 0.0;
      },
      30.0);
  const MachineState& end = m.state();
  const double used = end.buffer_compression_m;
  const double retardation = used > 0.0 ? impact * impact / (2.0 * used) : INFINITY;
  // Required stroke: twice the gravity stopping distance at 115 % of v for
  // a spring (0.135 v^2, at least 65 mm), the gravity distance for a
  // hydraulic buffer (0.0674 v^2).
  const double required = spring ? std::max(0.135 * v * v, 0.065) : 0.0674 * v * v;
  const bool stroke_ok = buffer.stroke_m >= required - 1e-12;
  const bool speed_ok = !spring || v <= 1.0;  // linear springs only up to 1 m/s (5.8.1.2)
  r.measured = InGn(retardation);
  r.comparison = Comparison::kAtMost;
  r.limit = 1.0;
  r.limit_text = fmt::format("<= 1 gn mean; stroke >= {:.3f} m{}", required,
                             spring ? "; v <= 1 m/s" : "; > 2.5 gn for <= 0.04 s");
  r.trace.acceleration_limit_mps2 = kGravity;
  r.figures.push_back({"stroke_used", used, "m", "compression at standstill"});
  r.figures.push_back({"stroke", buffer.stroke_m, "m", "buffer stroke"});
  r.figures.push_back({"required_stroke", required, "m", "the stroke the standard asks for"});
  r.figures.push_back({"peak_retardation", InGn(peak), "gn", "largest retardation"});
  if (!spring) r.figures.push_back({"time_above_2_5gn", above_2_5gn, "s", "time above 2.5 gn"});
  Judge(r);
  std::vector<std::string> problems;
  if (!stroke_ok)
    problems.push_back(
        fmt::format("stroke {:.3f} m < required {:.3f} m", buffer.stroke_m, required));
  if (end.buffer_bottomed) problems.push_back("the buffer bottomed out");
  if (!speed_ok) problems.push_back("a linear spring buffer is allowed only up to 1 m/s");
  if (!spring && above_2_5gn > 0.04)
    problems.push_back(fmt::format("{:.3f} s above 2.5 gn", above_2_5gn));
  if (!problems.empty()) r.verdict = Verdict::kFail;
  std::string finding =
      fmt::format("the car stopped in {:.3f} m of the {:.3f} m stroke ({:.3f} gn mean)", used,
                  buffer.stroke_m, r.measured);
  for (const std::string& p : problems) finding += "; " + p;
  r.finding = finding;
  r.events = m.events();
  return r;
}

}  // namespace hoistway::tower
