// The passengers of a building's traffic description, one call at a time in
// order of arrival: a Poisson process of batches (geometric sizes of mean
// traffic.batch_mean) whose rate of persons and mix follow the periods
// (repeated cyclically until traffic.duration_s), with origins and
// destinations from a TripPlanner (a period's O-D table, or its mix); or, for scripted traffic
// (traffic.passengers), exactly the listed passengers.
#pragma once

#include <cstdint>

#include "core/building.h"
#include "core/random.h"
#include "core/sim_time.h"
#include "traffic/trip_planner.h"

namespace hoistway {

// One call: a person, or a batch of people arriving together for one trip.
struct Arrival {
  Tick time = kNever;  // kNever: no more arrivals
  Trip trip;
  TripKind kind = TripKind::kIncoming;
  int persons = 1;  // batch size (traffic.batch_mean; 1 for scripted passengers)
};

// Not thread-safe; one per simulation. Borrows `building` and `planner`,
// which must outlive it.
class ArrivalSource {
 public:
  // Draws times and trips from `seed` and batch sizes from `batch_seed` (a
  // stream of their own, untouched when traffic.batch_mean is 1, so that
  // batches change no other draw).
  ArrivalSource(const Building& building, const TripPlanner& planner, std::uint64_t seed,
                std::uint64_t batch_seed);

  // The next arrival, strictly in time order (ties keep draw order).
  Arrival Next();

 private:
  // Moves to the period that contains time_s_ (or to the end of traffic).
  void EnterPeriodAt(double time_s);
  Arrival NextScripted();
  // Incoming from an entrance, outgoing to one, or interfloor.
  TripKind KindOf(const Trip& trip) const;

  const Building& building_;
  const TripPlanner& planner_;
  Random random_;
  Random batch_random_;
  double time_s_ = 0.0;
  double end_s_ = 0.0;
  double cycle_s_ = 0.0;
  std::size_t period_ = 0;
  double period_end_s_ = 0.0;  // absolute end of the current period instance
  double mean_gap_s_ = 0.0;    // between batches; 0 when the current period has no arrivals
  std::size_t next_scripted_ = 0;
};

}  // namespace hoistway
