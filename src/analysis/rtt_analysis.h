// `hoistway rtt`: the round-trip-time analysis of every lift group of a
// building. For each group: the classical up-peak figures (up_peak_rtt.h),
// the same trip with exact jerk-limited flights (kinematic_rtt.h), and the
// general analysis of each traffic period (general_analysis.h; for
// double-deck cars double_deck_general.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/car_timing.h"
#include "analysis/double_deck_general.h"
#include "analysis/double_deck_rtt.h"
#include "analysis/general_analysis.h"
#include "analysis/kinematic_rtt.h"
#include "analysis/served_zone.h"
#include "analysis/up_peak_rtt.h"
#include "core/building.h"
#include "core/status.h"

namespace hoistway {

struct RttOptions {
  // P for every group; unset: PassengersPerTrip().
  std::optional<double> passengers;
  // Run the general analysis of the traffic periods (skipped for saturated traffic).
  bool general_analysis = true;
};

// How P was chosen, for reports.
enum class PassengersBasis {
  kCapacityFactor,  // P = capacity_factor x capacity_persons
  kSaturated,       // traffic.saturated: every car leaves full, P = the car's loading limit
  kGiven,           // RttOptions::passengers
};

struct PeriodAnalysis {
  int period = 0;  // index in traffic.periods
  PeriodSpec spec;
  GeneralAnalysis result;            // double-deck: loads, car load % and state of the fuller deck
  std::optional<DeckFigures> decks;  // double-deck groups: what the two decks add
};

struct GroupRtt {
  std::string group;
  int cars = 0;
  int capacity_persons = 0;
  double capacity_factor = 0.0;
  PassengersBasis basis = PassengersBasis::kCapacityFactor;
  ServedZone zone;
  CarTiming times;
  UpPeakRtt classical;
  Throughput throughput;  // from classical.rtt_s
  KinematicRtt kinematic;
  Throughput kinematic_throughput;  // from kinematic.rtt_s
  std::vector<PeriodAnalysis> periods;
  // deck: double. The double-deck calculation; `classical` and `kinematic`
  // then carry its figures (P = both decks' passengers, S and H in pairs,
  // t_p such that 2 P t_p is the parallel transfer time) and `periods`
  // those of the double-deck general analysis.
  std::optional<DoubleDeckRtt> double_deck;
};

// The up-peak journey from the entrances to each floor, estimated from the
// groups' figures along each floor's route (journey_estimate.h).
struct JourneyEstimate {
  double mean_s = 0.0;        // over the population of the upper floors
  double max_s = 0.0;         // the longest floor's
  std::string max_floor;      // its name
  double mean_changes = 0.0;  // changes of group per person
};

struct BuildingRtt {
  std::string building;  // its name
  std::string source;    // the file it came from
  std::vector<GroupRtt> groups;
  JourneyEstimate journey;
};

// P for a group of `building` with cars `car`: the car's loading limit (CarSpec::MaxLoad) when
// traffic.saturated, as a saturated simulation loads every car full;
// otherwise capacity_factor x capacity_persons (CIBSE Guide D).
double PassengersPerTrip(const Building& building, const CarSpec& car,
                         PassengersBasis* basis = nullptr);

// Checks what the RTT method needs beyond a valid building: a population,
// capacity_factor in (0, 1], and usable cars. kInvalidInput naming the key.
Status CheckRttInput(const Building& building);

// Analyses every group. Errors: CheckRttInput, MakeServedZone. Pure.
Result<BuildingRtt> AnalyzeRtt(const Building& building, const RttOptions& options = {});

}  // namespace hoistway
