// One lift as a machine, seen by the fleet emulator: a run the traffic asks
// for goes in, what the lift's controller would report of it comes out. The
// emulator's models are TwinMachine (twin_machine.h: the virtual test
// tower's twin, its physics and its fault catalogue; the default) and
// NominalMachine (nominal_machine.h: simple kinematics).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/random.h"
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
  // The governor tripped at this speed (m/s; 0: it did not): overspeed, the
  // safety gear holds the car between floors until a technician frees it.
  double overspeed_mps = 0;
  // At the landing the car moved on with the doors opening: the
  // unintended-movement detector opened the safety circuit.
  bool safety_circuit_moving = false;
  bool stopped_off_level = false;  // came to rest outside the landing's door zone
  bool position_lost = false;      // the ropes slid: encoder and shaft disagree
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

// The machines' trip-to-trip noise: a normal draw of mean 0 and deviation 1
// from twelve uniforms of the lift's seeded stream (Irwin-Hall), the same on
// every platform.
inline double TripNoise(Random& random) {
  double sum = 0;
  for (int i = 0; i < 12; ++i) sum += random.Uniform();
  return sum - 6;
}

}  // namespace hoistway::fleet
