// The general analysis of Peters, "Lift traffic analysis: formulae for the
// general case", Building Serv. Eng. Res. Technol. 11(2) 65-67 (1990), for
// traffic other than pure up-peak: passengers arrive at any floor, bound for
// any floor. The stop, reversal and load terms are in general_trip.h; the
// double-deck form is double_deck_general.h.
//
// Arrivals from floor i to floor j are Poisson with mean m_ij = lambda_ij T in
// one waiting interval T, so the chance of no such passenger is exp(-m_ij).
// From these follow, per round trip, the chance of an up stop and of a down
// stop at every floor, of each floor being the highest (H) and the lowest (L)
// reversal floor, and the expected car loads. A stop at a reversal floor that
// serves both a car call and a landing call counts once. Then
//   RTT(T) = 2 (x_H - x_L) / v + S t_s + M (t_load + t_unload),
// with S the expected stops, M = sum m_ij the passengers per round trip and
// t_s as in the classical form (up_peak_rtt.h). Because the interval T =
// RTT / L depends on the demand carried in it, T is found by iteration:
// RTT(T) / T decreases with T, so the busy fixed point, when it exists, is
// unique and bracketed by bisection.
#pragma once

#include <functional>

#include "analysis/car_timing.h"
#include "analysis/general_trip.h"
#include "analysis/group_demand.h"
#include "core/building.h"

namespace hoistway {

// The expected round trip when passengers of `demand` accumulate for
// `interval_s` (> 0) between cars; `interfloor_m` (> 0) gives t_f1 and t_v.
GeneralRoundTrip RoundTripAt(const GroupDemand& demand, const CarTiming& times, double interfloor_m,
                             double interval_s);

enum class DemandState {
  kNoDemand,        // the period gives this group no passengers
  kLight,           // no busy interval: cars idle part of the time, or trips carry < 1 passenger
  kWithinDesign,    // max car load within capacity_factor x capacity
  kOverDesignLoad,  // above the design load but within the car's loading limit
  kSaturated,       // beyond the loading limit: figures are for full cars, queues grow
};

// A name for reports: "no demand", "light", "within design load", ...
const char* DemandStateName(DemandState state);

struct GeneralAnalysisOptions {
  int max_iterations = 200;
  double tolerance_s = 1e-7;  // on the interval
};

struct GeneralAnalysis {
  DemandState state = DemandState::kNoDemand;
  double demand_persons_per_5min = 0.0;   // what the period asks of this group
  double carried_persons_per_5min = 0.0;  // what it carries (less when saturated)
  double utilisation =
      0.0;  // busy fraction of the cars as the demand -> 0 limit gives it (1 unless light)
  int iterations = 0;
  double interval_s = 0.0;    // RTT / L at the solution (0 when light)
  GeneralRoundTrip trip;      // the round trip at the solution (none when light)
  double car_load_pct = 0.0;  // trip.max_car_load_persons / capacity, in %
};

// Solves the interval of `group` (its cars, car and capacity) under
// `demand`; `capacity_factor` sets the design load. Pure; never fails.
GeneralAnalysis RunGeneralAnalysis(const GroupDemand& demand, const GroupSpec& group,
                                   double capacity_factor, double interfloor_m,
                                   const GeneralAnalysisOptions& options = {});

// The round trip of some model at interval T: RTT(T) / T must decrease with
// T and the load must be proportional to T (true of Poisson arrivals).
using RoundTripModel = std::function<GeneralRoundTrip(double interval_s)>;

// The solver behind RunGeneralAnalysis for any round-trip model (the
// double-deck one, double_deck_general.h): the busy fixed point T = RTT(T) /
// cars, the light and saturated cases and the demand state, judged on
// trip.max_car_load_persons against one `car`'s capacity. `demand_rate` is
// the persons per second the model carries. Pure; never fails.
GeneralAnalysis SolveGeneralAnalysis(const RoundTripModel& trip_at, double demand_rate, int cars,
                                     const CarSpec& car, double capacity_factor,
                                     const GeneralAnalysisOptions& options = {});

}  // namespace hoistway
