// The lifts an emulation drives: from the registry (the command line maps
// them) or generated like the demo fleet when there is no registry.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "fleet/machine_model.h"

namespace hoistway::fleet {

struct EmulatedLift {
  std::string registration_no;
  std::string building;  // lifts of one building form one group in the traffic simulation
  MachineSpec machine;
};

// `lifts` lifts numbered like the demo fleet (9000001, 9000002, ...), in
// buildings of one to four lifts serving 4 to 25 floors; the same for a seed.
std::vector<EmulatedLift> GeneratedFleet(int lifts, std::uint64_t seed);

}  // namespace hoistway::fleet
