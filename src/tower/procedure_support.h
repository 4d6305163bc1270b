// Helpers shared by the test procedures: sampling a run into a trace and
// judging a measured value.
#pragma once

#include <functional>

#include "tower/machine.h"
#include "tower/report.h"

namespace hoistway::tower {

// Records machine states into a trace, one every `interval_s` (and always
// the first and last), when enabled.
class TraceRecorder {
 public:
  TraceRecorder(Trace* trace, double interval_s, bool enabled)
      : trace_(trace), interval_s_(interval_s), enabled_(enabled) {}
  void Record(const MachineState& s, bool force = false);

 private:
  Trace* trace_;
  double interval_s_;
  bool enabled_;
  double next_s_ = -1.0;
};

// Steps `machine` until `done` or `max_time_s`, recording every state.
// Returns whether `done` was met.
bool RunRecorded(LiftMachine& machine, TraceRecorder& recorder,
                 const std::function<bool(const MachineState&)>& done, double max_time_s);

// Sets result.verdict from measured, comparison and limits.
void Judge(TestResult& result);

// Standard gravity, for figures in gn.
inline double InGn(double acceleration_mps2) {
  return acceleration_mps2 / kGravity;
}

}  // namespace hoistway::tower
