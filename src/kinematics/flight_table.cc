#include "kinematics/flight_table.h"

#include <cmath>

namespace hoistway {

FlightTable::FlightTable(const std::vector<double>& levels_m, const MotionLimits& limits)
    : n_(static_cast<int>(levels_m.size())) {
  const std::size_t n = levels_m.size();
  flight_.assign(n * n, 0);
  commit_.assign(n * n, 0);
  for (std::size_t from = 0; from < n; ++from) {
    for (std::size_t to = 0; to < n; ++to) {
      if (from == to) continue;
      const MotionProfile p =
          MotionProfile::RestToRest(std::fabs(levels_m[to] - levels_m[from]), limits);
      flight_[from * n + to] = SecondsToTicks(p.FlightTime());
      // Rounded down: a decision at the commit tick is still in time.
      commit_[from * n + to] = static_cast<Tick>(
          std::floor(p.CommitTime() * static_cast<double>(kTicksPerSecond) + 1e-9));
    }
  }
}

}  // namespace hoistway
