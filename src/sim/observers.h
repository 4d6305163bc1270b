// Observers of a running simulation (the engine reports, it never prints).
#pragma once

#include "core/ids.h"
#include "core/sim_time.h"
#include "sim/car_state.h"

namespace hoistway {

// Every timestamp of one passenger's ride (one leg of a person's journey:
// a journey that changes groups at a transfer floor has a trace per leg,
// linked by `person`). Times not reached are -1.
struct PassengerTrace {
  PassengerId id;      // the leg, numbered in order of the legs' beginnings
  PassengerId person;  // the person: equal to id when nobody changes groups
  int leg = 0;         // 0 for the first leg of the journey
  GroupId group;
  CarId car{-1};
  FloorIndex origin;
  FloorIndex destination;
  Tick arrival = -1;            // at the landing, call registered or queue joined
  Tick origin_doors_open = -1;  // doors of the car boarded began to open (or arrival, if later)
  Tick boarded = -1;            // finished stepping in
  Tick destination_doors_open = -1;  // doors began to open at the destination
  Tick alighted = -1;                // finished stepping out
};

class PassengerObserver {
 public:
  virtual ~PassengerObserver() = default;
  // Called once per leg when its passenger alights, in order of delivery
  // (for a person who changes groups, at the end of each leg).
  virtual void OnDelivered(const PassengerTrace& trace) = 0;
  // Called once per person still in the system when the run ends (waiting,
  // riding, or walking to their next group: then their last leg's trace).
  virtual void OnUndelivered(const PassengerTrace& trace) = 0;
};

class ProgressObserver {
 public:
  virtual ~ProgressObserver() = default;
  // Fraction of the run done, in [0, 1]; called from the simulating thread,
  // at most about a hundred times per run.
  virtual void OnProgress(double fraction) = 0;
};

class CarObserver {
 public:
  virtual ~CarObserver() = default;
  // A car of `group` changed phase (for trajectory diagrams and logs).
  virtual void OnCarPhase(Tick time, GroupId group, CarId car, const CarState& state) = 0;
};

}  // namespace hoistway
