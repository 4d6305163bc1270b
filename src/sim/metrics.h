// Collects what a run needs for its report in a few bytes per passenger
// (arrival, waiting and transit times), and turns it into a
// SimulationReport at the end.
#pragma once

#include <cstdint>
#include <vector>

#include "core/ids.h"
#include "core/sim_time.h"
#include "sim/report.h"

namespace hoistway {

struct MeasurementWindow {
  Tick begin = 0;     // arrivals and departures before this are not measured
  Tick end = kNever;  // ... nor at or after this
  bool Contains(Tick t) const { return t >= begin && t < end; }
};

// Not thread-safe; one per simulation.
class Metrics {
 public:
  Metrics(MeasurementWindow window, double population, int groups);

  // Sizes the per-passenger records for about `passengers` arrivals, so that
  // a long run does not over-allocate by doubling (optional).
  void Expect(std::int64_t passengers);
  // Counts people as well as legs (a building where people change groups):
  // call before the first arrival.
  void CountPersons() { persons_counted_ = true; }
  // Legs must begin in id order 0, 1, 2, ...; `arrival` is the leg's beginning.
  void OnArrival(PassengerId id, Tick arrival);
  // With CountPersons: a person arrives (ids in order 0, 1, 2, ...) and
  // reaches the final destination (the doors there began to open at `at`).
  void OnPersonArrival(PassengerId person, Tick arrival);
  void OnPersonDelivered(PassengerId person, Tick at);
  // `boarding_open`: when the doors of the car the passenger boarded began to
  // open (or the arrival, if later); `alighting_open`: when they began to open
  // at the destination.
  void OnDelivered(PassengerId id, int group, Tick boarding_open, Tick alighting_open);
  void OnMainEntranceDeparture(int group, int car, Tick time, int load);

  SimulationReport Finish(const std::vector<std::string>& group_names) const;

  std::int64_t generated() const { return static_cast<std::int64_t>(records_.size()); }
  std::int64_t delivered() const { return delivered_; }

 private:
  struct Record {
    Tick arrival;
    std::int32_t wait_ms;  // -1 until delivered
    std::int32_t transit_ms;
  };
  struct Departure {
    Tick time;
    std::int16_t group;
    std::int16_t car;
    std::int32_t load;
  };

  struct Person {
    Tick arrival;
    Tick delivered;  // -1 until then
  };
  // Fills the person figures of `report` (with CountPersons).
  void FinishPersons(SimulationReport& report) const;

  MeasurementWindow window_;
  bool persons_counted_ = false;
  std::vector<Person> persons_;
  std::int64_t persons_delivered_ = 0;
  double population_;
  int groups_;
  std::vector<Record> records_;
  std::vector<Departure> departures_;
  std::vector<std::int64_t> delivered_by_group_;
  std::int64_t delivered_ = 0;
};

}  // namespace hoistway
