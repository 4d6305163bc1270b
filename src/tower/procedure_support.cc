#include "tower/procedure_support.h"

#include <cmath>

namespace hoistway::tower {

void TraceRecorder::Record(const MachineState& s, bool force) {
  if (!enabled_) return;
  if (!force && s.time_s + 1e-12 < next_s_) return;
  if (!trace_->time_s.empty() && s.time_s <= trace_->time_s.back() + 1e-12) return;
  trace_->time_s.push_back(s.time_s);
  trace_->position_m.push_back(s.position_m);
  trace_->velocity_mps.push_back(s.velocity_mps);
  trace_->acceleration_mps2.push_back(s.acceleration_mps2);
  next_s_ = s.time_s + interval_s_;
}

bool RunRecorded(LiftMachine& machine, TraceRecorder& recorder,
                 const std::function<bool(const MachineState&)>& done, double max_time_s) {
  const double end = machine.state().time_s + max_time_s;
  recorder.Record(machine.state(), true);
  bool met = false;
  while (machine.state().time_s < end) {
    if (done(machine.state())) {
      met = true;
      break;
    }
    machine.Step();
    recorder.Record(machine.state());
  }
  met = met || done(machine.state());
  recorder.Record(machine.state(), true);
  return met;
}

void Judge(TestResult& r) {
  bool pass = false;
  switch (r.comparison) {
    case Comparison::kAtMost:
      pass = r.measured <= r.limit;
      break;
    case Comparison::kAtLeast:
      pass = r.measured >= r.limit;
      break;
    case Comparison::kWithin:
      pass = r.measured >= r.limit_low && r.measured <= r.limit;
      break;
    case Comparison::kStops:
      pass = std::isfinite(r.measured);
      break;
    case Comparison::kPositive:
      pass = r.measured > 0.0;
      break;
  }
  r.verdict = pass ? Verdict::kPass : Verdict::kFail;
}

}  // namespace hoistway::tower
