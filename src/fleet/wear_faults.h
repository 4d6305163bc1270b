// The emulator's own faults of a worn lift, shared by every machine model
// (NominalMachine, TwinMachine): they grow with every run from the moment
// they are injected.
//   door_operator_drift  door closing time +20 ms a run; door close faults past +40 %
//   levelling_drift      levelling error +0.05 mm a run (brake or encoder wear)
//   start_relay          one start in 12 fails and is tried again
//   door_lock            a lock circuit fault on one run in 25
//   stuck_car            the next run with someone aboard stops between floors
//   doors_jammed         at the next stop with someone aboard the doors fail to open
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/random.h"
#include "core/status.h"
#include "fleet/machine_model.h"

namespace hoistway::fleet {

class WearFaults {
 public:
  // The catalogue of these faults.
  static const std::vector<FaultInfo>& Catalogue();

  // Starts fault `name` at `at_s`; kNotFound for a name not of the catalogue.
  Status Inject(std::string_view name, double at_s);

  // Counts a run (call once per run, before the others).
  void NextRun() { ++runs_; }
  // The door closing time of this run, drifted from `door_s` (the machine's
  // own, with its noise); sets out.door_close_attempts past the fault's
  // threshold over `nominal_door_s`. Draws from `random` only then.
  double Door(const RunCommand& c, double door_s, double nominal_door_s, Random& random,
              RunOutcome& out);
  // The levelling error of this run, drifted from `levelling_mm`.
  double Levelling(const RunCommand& c, double levelling_mm);
  // Start failures, lock faults, a stuck car or jammed doors into `out`.
  void Incidents(const RunCommand& c, Random& random, RunOutcome& out);

 private:
  std::int64_t runs_ = 0;
  std::optional<double> door_drift_at_, levelling_drift_at_, start_relay_at_, door_lock_at_;
  std::optional<double> stuck_at_, jam_at_;
  std::int64_t door_drift_run0_ = 0, levelling_run0_ = 0;
};

}  // namespace hoistway::fleet
