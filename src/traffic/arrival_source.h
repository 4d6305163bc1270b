// The passengers of a building's traffic description, one at a time in
// order of arrival: a Poisson process whose rate and mix follow the periods
// (repeated cyclically until traffic.duration_s), with origins and
// destinations from a TripPlanner; or, for scripted traffic
// (traffic.passengers), exactly the listed passengers.
#pragma once

#include <cstdint>

#include "core/building.h"
#include "core/random.h"
#include "core/sim_time.h"
#include "traffic/trip_planner.h"

namespace hoistway {

struct Arrival {
  Tick time = kNever;  // kNever: no more arrivals
  Trip trip;
  TripKind kind = TripKind::kIncoming;
};

// Not thread-safe; one per simulation. Borrows `building` and `planner`,
// which must outlive it.
class ArrivalSource {
 public:
  ArrivalSource(const Building& building, const TripPlanner& planner, std::uint64_t seed);

  // The next arrival, strictly in time order (ties keep draw order).
  Arrival Next();

 private:
  // Moves to the period that contains time_s_ (or to the end of traffic).
  void EnterPeriodAt(double time_s);
  Arrival NextScripted();

  const Building& building_;
  const TripPlanner& planner_;
  Random random_;
  double time_s_ = 0.0;
  double end_s_ = 0.0;
  double cycle_s_ = 0.0;
  std::size_t period_ = 0;
  double period_end_s_ = 0.0;  // absolute end of the current period instance
  double mean_gap_s_ = 0.0;    // 0 when the current period has no arrivals
  std::size_t next_scripted_ = 0;
};

}  // namespace hoistway
