// `hoistway size`: every design of the grid (standard rated loads x standard
// speeds x 1..8 cars) for each lift group, judged against analysis.targets,
// ranked by the cost proxy of design_catalogue.h.
//
// A design meets the targets on its conservative figures: the longer of the
// classical and the exact-kinematics round trips (the classical one is a few
// per cent low where a car does not reach rated speed in one floor). Speeds a
// car cannot reach over the group's whole travel are skipped: they would cost
// more and change nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/car_timing.h"
#include "analysis/design_catalogue.h"
#include "analysis/up_peak_rtt.h"
#include "core/building.h"
#include "core/status.h"

namespace hoistway {

struct SizingOptions {
  std::vector<double> rated_loads_kg = StandardRatedLoadsKg();
  std::vector<double> speeds_mps = StandardSpeedsMps();
  int min_cars = 1;
  int max_cars = 8;
  int keep = 5;  // designs reported per group
};

// What `size --verify` adds to a design: figures of simulating it with the
// building's traffic (filled in by the caller, which owns the simulator).
struct SimulatedCheck {
  int runs = 0;
  double waiting_mean_s = 0.0;
  double waiting_p90_s = 0.0;
  double pct_waiting_over_60s = 0.0;
  double time_to_destination_mean_s = 0.0;
  double round_trip_time_s = 0.0;  // of this group, from the main entrance
  double interval_s = 0.0;
  double passengers_delivered = 0.0;
};

struct Design {
  double rated_load_kg = 0.0;  // of each deck for a double-deck group
  int capacity_persons = 0;
  double speed_mps = 0.0;
  int cars = 0;
  CarTiming times;
  UpPeakRtt classical;
  Throughput throughput;  // classical
  double rtt_kinematic_s = 0.0;
  Throughput kinematic_throughput;
  double cost = 0.0;
  bool meets = false;
  // The worst relative miss of a target on the conservative figures:
  // max(interval / target - 1, target_pct / pct - 1); <= 0 when every target is met.
  double shortfall = 0.0;
  std::optional<SimulatedCheck> simulated;  // set by `size --verify`

  // The conservative figures the targets are judged on.
  double JudgedInterval() const;
  double JudgedHandlingCapacityPct() const;
};

struct GroupSizing {
  std::string group;
  bool double_deck = false;  // designs of double-deck cars (rated load per deck)
  double population = 0.0;
  int evaluated = 0;       // designs judged
  int meeting = 0;         // designs meeting every target
  int skipped_speeds = 0;  // speeds the car cannot reach over the group's travel
  // The `keep` cheapest designs that meet the targets; when none does, the
  // `keep` closest (least shortfall).
  std::vector<Design> designs;

  bool Met() const { return meeting > 0; }
};

struct Sizing {
  std::optional<double> target_interval_s;
  std::optional<double> target_handling_capacity_pct;
  std::vector<GroupSizing> groups;

  bool AllMet() const;
};

// `building` with group `group` replaced by `design` (cars, rated load and
// persons, speed, acceleration, jerk); everything else unchanged. For
// simulating a design.
Building BuildingWithDesign(const Building& building, GroupId group, const Design& design);

// CheckRttInput plus: at least one of analysis.targets.interval_s and
// analysis.targets.handling_capacity_pct, each positive.
Status CheckSizingInput(const Building& building);

// Sizes every group of `building`. Errors: CheckSizingInput, MakeServedZone.
// Pure; thread-compatible.
Result<Sizing> SizeBuilding(const Building& building, const SizingOptions& options = {});

}  // namespace hoistway
