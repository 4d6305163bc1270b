// The test procedures of the tower: each sets up the twin (machine.h) in
// its case, runs it and reads off what the test measures. Limits and
// clauses are EN 81-20:2020 / EN 81-50:2020 as read from public summaries
// (docs/tower.md names the sources). Each procedure is a pure function of
// the lift and the options.
#pragma once

#include <string>
#include <vector>

#include "tower/lift.h"
#include "tower/machine.h"
#include "tower/report.h"

namespace hoistway::tower {

struct ProcedureOptions {
  MachineOptions machine;
  bool traces = true;  // keep each test's trace (for reports)
  double trace_interval_s = 0.005;
  bool ride_figures = true;  // analyse the normal runs' ride (ISO 18738-1)
  // How the ropes hold on the sheave in the normal runs: gripping, as in the
  // type tests; kLoading or kService lets them slide (the fleet emulator).
  RopeFriction rope_friction = RopeFriction::kGripping;
};

// Brakes (EN 81-20 5.9.2.2.2.1, test 6.3.1).
TestResult RunBrake125(const LiftSpec& lift, const ProcedureOptions& options);
TestResult RunBrakeOneSet(const LiftSpec& lift, const ProcedureOptions& options);
// Traction (EN 81-20 5.5.3, EN 81-50 5.11).
TestResult RunTractionLoading(const LiftSpec& lift, const ProcedureOptions& options);
TestResult RunTractionEmergencyBraking(const LiftSpec& lift, const ProcedureOptions& options);
TestResult RunTractionStalled(const LiftSpec& lift, const ProcedureOptions& options);
// Safety gear and governor (5.6.2).
TestResult RunSafetyGear(const LiftSpec& lift, const ProcedureOptions& options);
TestResult RunGovernorTripping(const LiftSpec& lift, const ProcedureOptions& options);
// Car buffer (5.8.2).
TestResult RunBuffer(const LiftSpec& lift, const ProcedureOptions& options);
// Doors (5.3.6.2.2.1).
TestResult RunDoorKineticEnergy(const LiftSpec& lift, const ProcedureOptions& options);
// The highest mean closing speed the door operator's profile can reach over
// the measuring zone of `lift`'s doors (its acceleration over its width).
double MaxMeanClosingSpeed(const LiftSpec& lift);
// Unintended car movement (5.6.7, test 6.3.13).
TestResult RunUcmp(const LiftSpec& lift, const ProcedureOptions& options);

// The normal runs: full travel down with half load, and one floor up from
// the lowest landing with half load, flown by the drive.
NormalRun FlyFullTravel(const LiftSpec& lift, const ProcedureOptions& options);
NormalRun FlyFloorToFloor(const LiftSpec& lift, const ProcedureOptions& options);
// A run in service from `from_m` to `to_m` (car positions above the lowest
// landing, within the travel) with `load_kg`, flown as the normal runs are;
// `id` names it in the result.
NormalRun FlyRun(const LiftSpec& lift, std::string id, double from_m, double to_m, double load_kg,
                 const ProcedureOptions& options);
// Stopping accuracy over the normal runs (5.12.1.1.4: +-10 mm).
TestResult JudgeStoppingAccuracy(const std::vector<NormalRun>& runs);
// Speed at mid travel going down with half load (5.9.2.4: <= 105 % of v).
TestResult JudgeSpeedHalfLoad(const LiftSpec& lift, const NormalRun& full_travel);

}  // namespace hoistway::tower
