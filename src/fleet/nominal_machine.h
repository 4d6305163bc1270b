// The emulator's simple machine model (`hoistway emulate --machine
// nominal`): a run's figures from simple kinematics with seeded noise, and
// the telemetry faults of a worn lift (wear_faults.h). TwinMachine
// (twin_machine.h) takes its figures from the test tower's twin instead.
#pragma once

#include <cstdint>

#include "core/random.h"
#include "fleet/machine_model.h"
#include "fleet/wear_faults.h"

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
  WearFaults wear_;
};

}  // namespace hoistway::fleet
