// The building description that `simulate`, `rtt` and `size` read: floors,
// lift groups, traffic, analysis targets and report options, already
// validated and with every default filled in (see docs/building-format.md).
// All values are SI units; times are seconds here and become ticks in sim.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/ids.h"

namespace hoistway {

struct FloorSpec {
  std::string name;
  double height_m = 0.0;      // from this floor's level to the next floor's level
  double level_m = 0.0;       // height of this floor's level above the lowest floor (derived)
  double population = 0.0;    // persons who work or live on this floor
  bool entrance = false;      // people enter and leave the building here
  double entrance_share = 1;  // relative share of building arrivals at this entrance
};

struct CarSpec {
  int capacity_persons = 0;  // rated persons
  // When given alone, capacity_persons = floor(kg / 75); given with
  // capacity_persons, it is at least 75 kg per person (EN 81-20 5.4.2).
  std::optional<double> rated_load_kg;
  double rated_speed_mps = 0.0;
  double acceleration_mps2 = 0.0;
  double jerk_mps3 = 0.0;
  double door_open_s = 0.0;
  double door_close_s = 0.0;
  double door_dwell_s = 0.0;            // extra time open after the last passenger moved
  double advance_door_opening_s = 0.0;  // doors start to open this long before the car stops
  double start_delay_s = 0.0;           // from doors closed to the car moving
  double loading_s = 0.0;               // per passenger boarding
  double unloading_s = 0.0;             // per passenger alighting
  double loading_limit = 1.0;           // fraction of capacity taken on before the car is full

  // The most passengers the car takes on: floor(capacity x loading_limit), at least 1.
  int MaxLoad() const;
};

enum class Parking {
  kMainEntrance,  // idle cars return to the building's main entrance
  kStay,          // idle cars wait where they stopped ("none")
  kFloor,         // idle cars go to GroupSpec::parking_floor
};

// A car out of service between two instants (from_s inclusive, to_s exclusive).
struct OutOfService {
  CarId car;
  double from_s = 0.0;
  double to_s = 1e300;
};

struct GroupSpec {
  std::string name;
  std::vector<FloorIndex> serves;  // ascending; floors not listed form the express zone
  int cars = 0;
  CarSpec car;
  std::string dispatcher = "collective";
  Parking parking = Parking::kMainEntrance;
  // kFloor: that floor. kMainEntrance (and kStay, as the cars' home): the
  // building's main entrance, or for a group that does not stop there, the
  // lowest entrance it serves, else its lowest floor. Always a served floor.
  FloorIndex parking_floor;
  std::vector<OutOfService> out_of_service;

  bool Serves(FloorIndex floor) const;
};

// A stretch of time with constant arrival rate and traffic mix.
struct PeriodSpec {
  double duration_s = 0.0;
  double rate_pct_per_5min = 0.0;  // arrivals as % of the total population per 5 minutes
  double incoming_pct = 0.0;       // entrance floor -> upper floor
  double outgoing_pct = 0.0;       // upper floor -> entrance floor
  double interfloor_pct = 0.0;     // upper floor -> other upper floor
};

// One passenger of a scripted traffic (a survey, or a test): arrives at
// `origin` at `time_s` and travels to `destination`.
struct ScriptedPassenger {
  double time_s = 0.0;
  FloorIndex origin;
  FloorIndex destination;
};

struct TrafficSpec {
  double duration_s = 3600.0;
  double passenger_mass_kg = 75.0;
  std::string template_name;        // empty when periods were given explicitly
  std::vector<PeriodSpec> periods;  // repeated cyclically when shorter than duration_s
  bool saturated = false;           // endless lobby queue: every car leaves full
  // When not empty, exactly these passengers arrive (sorted by time) and the
  // periods are empty.
  std::vector<ScriptedPassenger> passengers;
};

struct AnalysisSpec {
  double capacity_factor = 0.8;  // P = capacity_factor x capacity_persons
  std::optional<double> target_interval_s;
  std::optional<double> target_handling_capacity_pct;
};

struct ReportSpec {
  double warmup_s = 0.0;    // arrivals before this are left out of the statistics
  double cooldown_s = 0.0;  // arrivals in the last cooldown_s are left out
  double drain_s =
      3600.0;  // after duration_s, run on this long to deliver those still in the system
};

struct Building {
  std::string name;
  std::string source;  // file name the description came from, for messages
  std::vector<FloorSpec> floors;
  FloorIndex main_entrance;  // lowest entrance unless `main_entrance:` names another
  std::vector<GroupSpec> groups;
  TrafficSpec traffic;
  AnalysisSpec analysis;
  ReportSpec report;

  int FloorCount() const { return static_cast<int>(floors.size()); }
  const FloorSpec& floor(FloorIndex f) const { return floors[f.value()]; }
  double TotalPopulation() const;
  // Distance in metres between the levels of two floors (>= 0).
  double Distance(FloorIndex a, FloorIndex b) const;
};

}  // namespace hoistway
