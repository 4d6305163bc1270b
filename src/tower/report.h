// What the virtual test tower found for one lift: each test's figures and
// verdict with the trace of its run, the normal runs, and what was changed
// from the description (--set, --fault).
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "ride/figures.h"
#include "tower/machine.h"

namespace hoistway::tower {

enum class Verdict { kPass, kFail };
const char* ToString(Verdict verdict);  // "pass", "fail"

// How `measured` is judged against the limits.
enum class Comparison {
  kAtMost,    // measured <= limit
  kAtLeast,   // measured >= limit
  kWithin,    // limit_low <= measured <= limit (or < limit where said)
  kStops,     // a finite stopping distance (no numeric limit)
  kPositive,  // measured > 0
};

// A figure beside the measured one ("retardation_mps2").
struct Figure {
  std::string key;
  double value = 0.0;
  std::string unit;
  std::string label;
};

// Sampled states of a test's run, for plots.
struct Trace {
  std::vector<double> time_s;
  std::vector<double> position_m;
  std::vector<double> velocity_mps;
  std::vector<double> acceleration_mps2;
  std::vector<double> jerk_mps3;  // normal runs only
  // A horizontal line to draw on the acceleration plot (retardation limit), NaN if none.
  double acceleration_limit_mps2 = NAN;
};

struct TestResult {
  std::string id;
  std::string clause;
  std::string title;      // the case, in a line
  double measured = NAN;  // may be +inf (the car does not stop)
  std::string unit;
  Comparison comparison = Comparison::kAtMost;
  double limit = NAN;      // the bound measured is compared with (the upper one of a range)
  double limit_low = NAN;  // the lower bound of a range
  std::string limit_text;  // "<= 1.20 m", "0.2 to 1.0 gn", "the car stops"
  Verdict verdict = Verdict::kPass;
  std::string finding;  // what happened, in a sentence
  std::vector<Figure> figures;
  std::vector<MachineEvent> events;
  Trace trace;
};

// A run in service, flown by the twin's drive.
struct NormalRun {
  std::string id;  // "full_travel", "floor_to_floor"
  std::string title;
  double distance_m = 0.0;
  double load_kg = 0.0;
  int direction = 1;  // +1 up, -1 down
  double flight_time_s = 0.0;
  double max_speed_mps = 0.0;
  double speed_at_mid_travel_mps = 0.0;
  bool reached_mid_travel = false;  // false when the run ended before (e.g. the safety gear set)
  double stopping_error_mm = 0.0;   // final position minus the landing's
  double slip_m = 0.0;              // rope slid over the sheave (kService friction only)
  bool safety_gear_set = false;     // the governor tripped during the run
  std::vector<Figure> ride;         // ISO 18738-1 figures of the run
  std::string ride_error;           // why the ride figures are missing, if they are
  std::vector<MachineEvent> events;
  Trace trace;  // sampled at kRunSampleRateHz, with rest before and after
};

// The normal runs are sampled (and their traces written) at this rate.
inline constexpr double kRunSampleRateHz = 1000.0;

// A change made to the description before the tests ran.
struct Override {
  std::string key;
  std::string value;   // as now in force
  std::string origin;  // "--set", "--fault worn_brake"
};

struct TowerReport {
  std::string lift;    // the description's name
  std::string source;  // its file
  std::string suite;
  std::vector<std::string> faults;  // names of the faults applied
  std::vector<Override> overrides;
  std::vector<TestResult> tests;
  std::vector<NormalRun> runs;
  Verdict verdict = Verdict::kPass;  // fail when any test fails
  std::string notice;                // shown first in the reports when not empty
};

}  // namespace hoistway::tower
