// The figures of one simulation run (definitions in docs/simulation.md,
// after CIBSE Guide D and Elevate; keys in spec/outputs.md).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace hoistway {

struct TimeStats {
  double mean = 0.0;
  double p50 = 0.0;
  double p90 = 0.0;
  double p95 = 0.0;
  double max = 0.0;
};

struct GroupFigures {
  std::string name;
  double round_trip_time_s = 0.0;
  double interval_s = 0.0;
  double car_load_persons_mean = 0.0;
  std::int64_t main_entrance_departures = 0;
  std::int64_t passengers_delivered = 0;
};

// Rides of a building where people change groups: a person's journey is
// one leg per group ridden.
struct LegCounts {
  std::int64_t generated = 0;         // legs begun
  std::int64_t delivered = 0;         // legs ended at their floor
  std::int64_t in_system_at_end = 0;  // generated - delivered
  std::int64_t measured = 0;          // delivered legs begun inside the measurement window
};

// With transfers (has_transfers), the passenger counts, the handling
// capacity and journey_time_s are of people; the waiting, transit and
// time-to-destination figures stay per leg.
struct SimulationReport {
  std::int64_t generated = 0;         // every passenger who arrived
  std::int64_t delivered = 0;         // of those, delivered by the end
  std::int64_t in_system_at_end = 0;  // generated - delivered
  std::int64_t measured = 0;          // delivered passengers inside the measurement window
  TimeStats waiting_time_s;
  TimeStats transit_time_s;
  TimeStats time_to_destination_s;
  double pct_waiting_over_30s = 0.0;
  double pct_waiting_over_60s = 0.0;
  double worst_5min_awt_s = 0.0;
  double handling_capacity_pct_per_5min = 0.0;
  double round_trip_time_s = 0.0;
  double interval_s = 0.0;
  double car_load_persons_mean = 0.0;
  bool has_transfers = false;  // some trip changes groups: the three below are filled in
  LegCounts legs;
  std::int64_t transfers = 0;  // legs begun after a person's first (changes of group)
  TimeStats journey_time_s;    // per measured person, from arrival to the final destination
  std::vector<GroupFigures> groups;
  double simulated_s = 0.0;  // time at which the run ended
  std::uint64_t events = 0;  // events processed (for speed figures)
  std::uint64_t seed = 0;
};

}  // namespace hoistway
