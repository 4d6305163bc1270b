// Running a simulation of a building's lift traffic: the public entry point
// of the sim module. See src/README.md for the path of one run.
#pragma once

#include <atomic>
#include <cstdint>

#include "core/building.h"
#include "core/status.h"
#include "sim/dispatcher.h"
#include "sim/observers.h"
#include "sim/report.h"

namespace hoistway {

struct SimulationOptions {
  std::uint64_t seed = 1;
  // Replication number: with the seed, selects independent random streams.
  std::uint64_t replication = 0;
  // Makes each group's dispatcher (required).
  DispatcherFactory make_dispatcher;
  // Optional observers; borrowed, must outlive the call.
  PassengerObserver* passengers = nullptr;
  ProgressObserver* progress = nullptr;
  CarObserver* cars = nullptr;
  // When set and it becomes true (from any thread), the run stops soon and
  // returns kCancelled.
  const std::atomic<bool>* cancel = nullptr;
};

// Simulates `building` (validated, see LoadBuildingFile) from time 0 to
// traffic.duration_s, then up to report.drain_s more to deliver the
// passengers still in the system. Deterministic: the same building, seed and
// replication give the same report. Thread-safe for distinct options (no
// shared state). Errors: kInvalidInput when the building's traffic cannot be
// generated or a dispatcher cannot be made; kCancelled when options.cancel
// was set.
Result<SimulationReport> RunSimulation(const Building& building, const SimulationOptions& options);

}  // namespace hoistway
