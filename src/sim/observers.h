// Observers of a running simulation (the engine reports, it never prints).
#pragma once

#include "core/ids.h"
#include "core/sim_time.h"
#include "sim/car_state.h"

namespace hoistway {

// Every timestamp of one passenger's journey. Times not reached are -1.
struct PassengerTrace {
  PassengerId id;
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
  // Called once per passenger when delivered, in order of delivery.
  virtual void OnDelivered(const PassengerTrace& trace) = 0;
  // Called once per passenger still in the system when the run ends.
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
