// A machine model backed by the virtual test tower's twin (src/tower): each
// emulated lift is a tower lift description built like it (twin_figures.h),
// whose runs, doors and stops the twin computes once per design and fault
// set; every trip is sampled around those figures from the lift's seeded
// stream. Faults: the tower's catalogue (data/tower/faults.yaml: worn brake
// lining, slow doors, governor drift, ...), which change the description
// the twin runs, and the emulator's wear faults (wear_faults.h).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/random.h"
#include "fleet/machine_model.h"
#include "fleet/twin_figures.h"
#include "fleet/wear_faults.h"

namespace hoistway::fleet {

class TwinMachine final : public MachineModel {
 public:
  // The twin of `spec`; `designs` caches the figures and must outlive the
  // machine. kInvalidInput when the tower refuses the design.
  static Result<std::unique_ptr<TwinMachine>> Create(const MachineSpec& spec, std::uint64_t seed,
                                                     TwinDesigns* designs);

  RunOutcome Run(const RunCommand& command) override;
  // A wear fault, or a fault of the tower's catalogue (its figures are
  // computed now); kNotFound for any other name, kInvalidInput when the
  // fault leaves a design the tower refuses.
  Status InjectFault(std::string_view name, double at_s) override;
  std::vector<FaultInfo> Faults() const override;

  // The wear faults, then the tower's catalogue.
  static std::vector<FaultInfo> Catalogue();

 private:
  TwinMachine(const MachineSpec& spec, std::uint64_t seed, TwinDesigns* designs,
              const TwinFigures* sound);

  MachineSpec spec_;
  Random random_;
  TwinDesigns* designs_;
  const TwinFigures* sound_;
  const TwinFigures* now_;
  WearFaults wear_;
  std::vector<std::pair<double, std::string>> pending_;  // tower faults not yet in force
  std::vector<std::string> active_;                      // sorted
};

}  // namespace hoistway::fleet
