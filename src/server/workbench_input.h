// What the traffic workbench accepts from a browser: a building description
// as text (YAML or JSON), parsed as "building.yaml", and for simulations a
// seed and a number of runs, within limits that keep one request from
// occupying the server for long (simulated time, passengers, runs).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/building.h"
#include "core/status.h"

namespace hoistway::server {

// The name building descriptions get in error messages.
inline constexpr const char* kWorkbenchSourceName = "building.yaml";
// The name of the pinned design a simulation is compared with ("baseline").
inline constexpr const char* kBaselineSourceName = "baseline.yaml";

struct WorkbenchLimits {
  std::size_t max_building_bytes = 256 * 1024;
  double max_duration_s = 7 * 24 * 3600.0;  // traffic.duration_s: a week
  double max_drain_s = 24 * 3600.0;         // report.drain_s: a day
  double max_passengers_per_run = 2'000'000;
  int max_runs = 20;
};

struct WorkbenchRequest {
  Building building;
  // A simulation may be paired with a baseline design (a pinned one), run on
  // the same passengers: the comparison's A side; `building` is B.
  std::optional<Building> baseline;
  std::uint64_t seed = 1;
  int runs = 1;
};

// Reads {"building": TEXT, "seed"?: N, "runs"?: K, "baseline"?: TEXT} (seed,
// runs and baseline only when `simulation`; a simulation must use built-in
// dispatchers, never a plug-in). Errors are kInvalidInput with a message
// "FIELD: PROBLEM" for the body's fields, and, for a bad description, the
// loader's one-line message ("building.yaml:LINE:COLUMN: key: problem", or
// "baseline.yaml:..." for the baseline) as it is.
Result<WorkbenchRequest> ParseWorkbenchRequest(const nlohmann::json& body, bool simulation,
                                               const WorkbenchLimits& limits = {});

// Passengers a run of `building` is expected to generate (the mean of the
// Poisson arrivals over traffic.duration_s; the scripted ones when given).
// Saturated traffic counts as 0: it is bounded by the cars, not by a rate.
double ExpectedPassengers(const Building& building);

}  // namespace hoistway::server
