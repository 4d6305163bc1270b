// The emulator's own machine model: a run's figures from simple kinematics
// with seeded noise, and the telemetry faults of a worn lift, which grow
// with every run from the moment they are injected:
//   door_operator_drift  door closing time +20 ms a run; door close faults past +40 %
//   levelling_drift      levelling error +0.05 mm a run (brake or encoder wear)
//   start_relay          one start in 12 fails and is tried again
//   door_lock            a lock circuit fault on one run in 25
//   stuck_car            the next run with someone aboard stops between floors
//   doors_jammed         at the next stop with someone aboard the doors fail to open
#pragma once

#include <cstdint>
#include <optional>

#include "core/random.h"
#include "fleet/machine_model.h"

namespace hoistway::fleet {

class NominalMachine final : public MachineModel {
 public:
  NominalMachine(MachineSpec spec, std::uint64_t seed);

  RunOutcome Run(const RunCommand& command) override;
  Status InjectFault(std::string_view name, double at_s) override;
  std::vector<FaultInfo> Faults() const override;

  // The catalogue of NominalMachine's faults.
  static const std::vector<FaultInfo>& Catalogue();

 private:
  MachineSpec spec_;
  Random random_;
  std::int64_t runs_ = 0;
  std::optional<double> door_drift_at_, levelling_drift_at_, start_relay_at_, door_lock_at_;
  std::optional<double> stuck_at_, jam_at_;
  std::int64_t door_drift_run0_ = 0, levelling_run0_ = 0;
};

}  // namespace hoistway::fleet
