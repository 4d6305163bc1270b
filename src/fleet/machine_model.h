// One lift as a machine, seen by the fleet emulator: a run the traffic asks
// for goes in, what the lift's controller would report of it comes out. The
// emulator's own model is NominalMachine (nominal_machine.h); the virtual
// test tower's twin (src/tower) can implement this interface to drive the
// fleet with its physics and its fault catalogue instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace hoistway::fleet {

// What a machine is and how it is built (from the registry, or generated).
struct MachineSpec {
  int floors = 10;  // served, numbered 0 (lowest) to floors - 1
  double floor_height_m = 3.5;
  double rated_load_kg = 1000;
  double rated_speed_mps = 1.6;
  double acceleration_mps2 = 0.8;
  double door_close_s = 3.0;  // nominal
};

// A run the traffic asks for, at `at_s` seconds of emulated time.
struct RunCommand {
  double at_s = 0;
  int from_floor = 0;
  int to_floor = 0;
  double load_kg = 0;
  double planned_s = 0;  // flight time the traffic simulator planned
};

// What the lift's sensors report of one run.
struct RunOutcome {
  int failed_starts = 0;         // start failures before the drive started
  int door_close_attempts = 1;   // more than one: door close faults first
  bool door_lock_fault = false;  // a lock circuit fault during the run
  bool stuck = false;            // stopped outside the door zone on the way
  bool doors_jammed = false;     // arrived, but the doors fail to open
  double duration_s = 0;
  double max_speed_mps = 0;
  double levelling_error_mm = 0;
  double door_close_s = 0;
};

// A fault a machine can be given, for --fault and for training scenarios.
struct FaultInfo {
  std::string name;
  std::string summary;
};

class MachineModel {
 public:
  virtual ~MachineModel() = default;
  // The outcome of `command`. Deterministic for the machine's seed and the
  // commands it was given, in order.
  virtual RunOutcome Run(const RunCommand& command) = 0;
  // Starts fault `name` at `at_s` seconds of emulated time. kNotFound for a
  // name this machine does not know (the emulator then tries its own).
  virtual Status InjectFault(std::string_view name, double at_s) = 0;
  // The faults this machine knows.
  virtual std::vector<FaultInfo> Faults() const = 0;
};

}  // namespace hoistway::fleet
