// The runs of a building's lifts, from the traffic simulator (src/sim): the
// building's lifts form one group under collective control, with an office
// population on every floor above the entrance and lunch-time two-way
// traffic, so each car runs every few tens of seconds.
#pragma once

#include <cstdint>
#include <vector>

#include "core/status.h"
#include "fleet/machine_model.h"

namespace hoistway::fleet {

// A run the simulated traffic makes a car do.
struct PlannedRun {
  double start_s = 0;    // emulated seconds since the start of the window
  double planned_s = 0;  // its flight time in the simulation
  int from_floor = 0;
  int to_floor = 0;
  double load_kg = 0;
};

// The runs of each car (by index of `cars`, which share one building: the
// first's floors and car figures are the group's) in a window of `length_s`
// seconds. Deterministic for (seed, window). kInvalidInput when no
// building can be made of the specs.
Result<std::vector<std::vector<PlannedRun>>> SimulateRuns(const std::vector<MachineSpec>& cars,
                                                          double length_s, std::uint64_t seed,
                                                          std::uint64_t window);

}  // namespace hoistway::fleet
