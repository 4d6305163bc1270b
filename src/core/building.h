// The building description that `simulate`, `rtt` and `size` read: floors,
// lift groups, traffic, analysis targets and report options, already
// validated and with every default filled in (see docs/building-format.md).
// All values are SI units; times are seconds here and become ticks in sim.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
  // A sky lobby: people may change groups here (they may at entrances too).
  bool transfer = false;
  // Walk from alighting one group to calling the next, when changing here.
  double transfer_walk_s = 0.0;

  // People may change groups here: an entrance or a transfer floor.
  bool IsChangeFloor() const { return entrance || transfer; }
};

// EN 81-20:2020 5.4.2: a car carries at most floor(rated load / 75 kg) persons.
inline constexpr double kKgPerRatedPerson = 75.0;

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
  // Load bypass: with the load aboard at or above this fraction of the rated
  // load, the car passes landing calls by (it still stops for its riders and
  // for passengers allocated to it). Unset: only a full car passes them.
  std::optional<double> load_bypass;

  // The most passengers the car takes on: floor(capacity x loading_limit), at least 1.
  int MaxLoad() const;
  // The rated load in kg: rated_load_kg, or 75 kg per rated person (EN 81-20 5.4.2).
  double RatedLoadKg() const;
};

enum class Parking {
  kMainEntrance,  // idle cars return to the building's main entrance
  kStay,          // idle cars wait where they stopped ("none")
  kFloor,         // idle cars go to GroupSpec::parking_floor
};

// How passengers call a group's cars (docs/building-format.md, "Call models").
enum class CallModel : std::uint8_t {
  kConventional,  // up and down buttons at every landing; the car is chosen later
  kDestination,   // a destination panel at every landing: a car is allocated at once
  kHybrid,        // destination panels at some floors (by default entrances), buttons elsewhere
};

// The name used in descriptions: "conventional", "destination" or "hybrid".
std::string_view CallModelName(CallModel model);

// Cars of one deck, or of two decks one above the other (docs/building-format.md).
enum class Deck : std::uint8_t {
  kSingle,
  kDouble,  // two decks serving adjacent floors at once; lobbies of two levels
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
  // Where the description names the dispatcher, "<file>:<line>:<column>:
  // groups[i].dispatcher", so that errors found when it is made (a plug-in of
  // another interface version) name file, line and key. Empty when built in code.
  std::string dispatcher_at;
  CallModel call_model = CallModel::kConventional;
  // Per floor (FloorCount() entries, or empty for none): 1 where this group
  // has a destination panel. Filled by the loader from call_model and
  // destination_panels; only served floors have one.
  std::vector<std::uint8_t> destination_panels;
  Parking parking = Parking::kMainEntrance;
  // kFloor: that floor. kMainEntrance (and kStay, as the cars' home): the
  // building's main entrance, or for a group that does not stop there, the
  // lowest entrance it serves, else its lowest floor. Always a served floor.
  FloorIndex parking_floor;
  // Where its up-peak trips start: the main entrance, or for a group that
  // does not stop there its lowest entrance, else its lowest floor.
  FloorIndex home_floor;
  std::vector<OutOfService> out_of_service;
  Deck deck = Deck::kSingle;
  // Double deck: the escalator ride between the two levels of a lobby, for a
  // person who arrives at the level whose deck does not serve their floor.
  double escalator_s = 0.0;

  bool Serves(FloorIndex floor) const;
  // True when passengers key their destination at `floor`'s landing.
  bool HasDestinationPanel(FloorIndex floor) const {
    return static_cast<std::size_t>(floor.value()) < destination_panels.size() &&
           destination_panels[static_cast<std::size_t>(floor.value())] != 0;
  }
};

// Traffic rates are given per five minutes (CIBSE Guide D's handling
// capacity); this converts them to and from rates per second.
inline constexpr double kSecondsPer5Min = 300.0;

// A stretch of time with constant arrival rate and traffic mix.
struct PeriodSpec {
  double duration_s = 0.0;
  double rate_pct_per_5min = 0.0;  // arrivals as % of the total population per 5 minutes
  double incoming_pct = 0.0;       // entrance floor -> upper floor
  double outgoing_pct = 0.0;       // upper floor -> entrance floor
  double interfloor_pct = 0.0;     // upper floor -> other upper floor
  // Origin-destination table: when not empty, FloorCount() x FloorCount()
  // shares (row = origin, column = destination, summing to 1) from which each
  // trip is drawn instead of the incoming/outgoing/interfloor mix.
  std::vector<double> od;
  std::string od_source;  // where the table came from, for messages
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
  double passenger_mass_kg = 75.0;    // mean mass of a passenger
  double passenger_mass_sd_kg = 0.0;  // its standard deviation (normal, truncated); 0: all alike
  // Mean size of a batch of people arriving together (geometric sizes, one
  // call, one car); 1: everyone arrives alone.
  double batch_mean = 1.0;
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
