// What the virtual test tower's twin (src/tower) says of a lift in service:
// for one lift design and the tower faults it has, the twin flies its runs,
// closes its doors and stops it at a landing once, and the fleet's
// TwinMachine samples every trip around these figures. Computing them costs
// milliseconds, so a TwinDesigns cache keeps them per distinct design and
// fault set: a fleet of 10,000 lifts of a few hundred designs pays once per
// design.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/status.h"
#include "fleet/machine_model.h"
#include "tower/faults.h"
#include "tower/lift_loader.h"

namespace hoistway::fleet {

// Loads (fractions of the rated load) at which the twin stops the car.
inline constexpr std::array<double, 5> kTwinLoadLevels = {0.0, 0.25, 0.5, 0.75, 1.0};

// The figures of one design (and fault set).
struct TwinFigures {
  std::string base;  // the tower example the design starts from
  double floor_height_m = 3.5;
  double rated_load_kg = 1000;
  double door_close_s = 3.0;          // the doors' closing time (door test)
  double stop_offset_mm = 0.0;        // the normal runs' stopping error at the landing
  std::vector<double> flight_s;       // by floor distance - 1: the drive's profile
  std::vector<double> max_speed_mps;  // by floor distance - 1: measured on the twin
  std::vector<bool> governor_trips;   // by floor distance - 1: the governor tripped in the run
  double governor_trip_mps = 0.0;     // the governor's tripping speed
  // A stop at a landing by load level (kTwinLoadLevels) and direction (0
  // down, 1 up): how far the car overruns the point it is commanded to stop
  // at (m, + in the run's direction) and whether the unintended-movement
  // detector tripped.
  std::array<std::array<double, 2>, kTwinLoadLevels.size()> overrun_m{};
  std::array<std::array<bool, 2>, kTwinLoadLevels.size()> ucmp_trips{};
  // Rope slid over the sheave in a run of a few floors with the car-loading
  // coefficient of friction, by load level (0, 1/2, 1 of rated) and direction.
  std::array<std::array<double, 2>, 3> slip_m{};
};

// Builds the tower description of `spec`: the example lift nearest in speed
// (mrl-630 up to 1 m/s, mr-1000-2to1 up to 2.5 m/s, gearless-1600-4 above)
// with its rated load, speed, acceleration, floor height, travel and door
// closing speed set by tower overrides, and its masses, brake, safety gear,
// governor and buffer stroke scaled with the load and speed. kInvalidInput
// when the tower refuses the result.
Result<tower::LoadedLift> TowerLiftFor(const MachineSpec& spec);

// Runs the twin on `lift` with `faults` (catalogue names) applied; `floors`
// served. Pure; deterministic.
Result<TwinFigures> ComputeTwinFigures(const tower::LoadedLift& lift, int floors,
                                       const std::vector<std::string>& faults);

// A cache of figures by design and fault set. Not thread-safe (the emulator
// is single-threaded); the figures it hands out live as long as it does.
class TwinDesigns {
 public:
  // The figures of `spec` with `faults` (sorted names), computed the first
  // time. Errors as TowerLiftFor and ComputeTwinFigures.
  Result<const TwinFigures*> Get(const MachineSpec& spec, const std::vector<std::string>& faults);
  std::size_t designs() const { return figures_.size(); }
  double cpu_s() const { return cpu_s_; }  // spent computing

 private:
  std::map<std::string, std::unique_ptr<TwinFigures>, std::less<>> figures_;
  std::map<std::string, std::string, std::less<>> errors_;
  double cpu_s_ = 0;
};

}  // namespace hoistway::fleet
