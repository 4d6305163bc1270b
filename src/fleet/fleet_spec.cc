#include "fleet/fleet_spec.h"

#include <fmt/core.h>

#include "core/random.h"

namespace hoistway::fleet {

std::vector<EmulatedLift> GeneratedFleet(int lifts, std::uint64_t seed) {
  Random random(DeriveSeed(seed, 0, 0xF1EE7));
  std::vector<EmulatedLift> out;
  out.reserve(static_cast<std::size_t>(std::max(lifts, 0)));
  int building = 0;
  while (static_cast<int>(out.size()) < lifts) {
    ++building;
    const int cars = 1 + static_cast<int>(random.Below(4));
    MachineSpec spec;
    spec.floors = 4 + static_cast<int>(random.Below(22));
    spec.rated_load_kg = random.Uniform() < 0.5 ? 630 : 1000;
    spec.rated_speed_mps = spec.floors > 15 ? 1.75 : 1.0;
    spec.door_close_s = 2.6 + 0.1 * random.Below(6);
    for (int c = 0; c < cars && static_cast<int>(out.size()) < lifts; ++c) {
      EmulatedLift lift;
      lift.registration_no = fmt::format("{:07}", 9000000 + out.size() + 1);
      lift.building = fmt::format("emulated building {}", building);
      lift.machine = spec;
      out.push_back(std::move(lift));
    }
  }
  return out;
}

}  // namespace hoistway::fleet
