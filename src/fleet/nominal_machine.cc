#include "fleet/nominal_machine.h"

#include <algorithm>
#include <cmath>

namespace hoistway::fleet {
namespace {

constexpr double kLevellingSigma_mm = 1.5;

}  // namespace

NominalMachine::NominalMachine(MachineSpec spec, std::uint64_t seed) : spec_(spec), random_(seed) {}

const std::vector<FaultInfo>& NominalMachine::Catalogue() {
  return WearFaults::Catalogue();
}

std::vector<FaultInfo> NominalMachine::Faults() const {
  return Catalogue();
}

Status NominalMachine::InjectFault(std::string_view name, double at_s) {
  return wear_.Inject(name, at_s);
}

RunOutcome NominalMachine::Run(const RunCommand& c) {
  wear_.NextRun();
  RunOutcome out;
  const double travel_m = std::abs(c.to_floor - c.from_floor) * spec_.floor_height_m;
  // Top speed of a trapezoidal profile (jerk left out): sqrt(a d) when the
  // run is too short to reach the rated speed.
  out.max_speed_mps =
      std::min(spec_.rated_speed_mps, std::sqrt(spec_.acceleration_mps2 * travel_m));
  out.max_speed_mps = std::round(out.max_speed_mps * 0.99 * 1000 + TripNoise(random_) * 5) / 1000;
  const double planned = c.planned_s > 0 ? c.planned_s
                                         : travel_m / std::max(out.max_speed_mps, 0.1) +
                                               out.max_speed_mps / spec_.acceleration_mps2;
  out.duration_s = std::max(0.5, planned + TripNoise(random_) * 0.1);

  const double door = spec_.door_close_s * (1 + 0.02 * TripNoise(random_));
  out.door_close_s =
      std::round(wear_.Door(c, door, spec_.door_close_s, random_, out) * 1000) / 1000;
  const double levelling = wear_.Levelling(c, kLevellingSigma_mm * TripNoise(random_));
  out.levelling_error_mm = std::round(levelling * 10) / 10;
  wear_.Incidents(c, random_, out);
  return out;
}

}  // namespace hoistway::fleet
