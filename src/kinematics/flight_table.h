// Flight times between every pair of floors for one car type, in ticks.
#pragma once

#include <vector>

#include "core/ids.h"
#include "core/sim_time.h"
#include "kinematics/motion_profile.h"

namespace hoistway {

// Precomputed rest-to-rest flight and commit times (see MotionProfile) for
// all floor pairs. Thread-compatible: immutable after construction.
class FlightTable {
 public:
  FlightTable() = default;
  // `levels_m` are floor levels in metres, ascending by floor index.
  FlightTable(const std::vector<double>& levels_m, const MotionLimits& limits);

  int floor_count() const { return n_; }
  // Time from the start of motion at `from` to standstill at `to` (0 if equal).
  Tick Flight(FloorIndex from, FloorIndex to) const { return flight_[Index(from, to)]; }
  // Latest instant after leaving `from` at which a car can still decide to stop at `to`.
  Tick Commit(FloorIndex from, FloorIndex to) const { return commit_[Index(from, to)]; }

 private:
  std::size_t Index(FloorIndex from, FloorIndex to) const {
    return static_cast<std::size_t>(from.value()) * static_cast<std::size_t>(n_) +
           static_cast<std::size_t>(to.value());
  }

  int n_ = 0;
  std::vector<Tick> flight_;
  std::vector<Tick> commit_;
};

}  // namespace hoistway
