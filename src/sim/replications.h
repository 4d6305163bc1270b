// Independent replications of one simulation, run in parallel threads and
// summarised as means with 95 % confidence half-widths. Results do not
// depend on the number of threads: replication k always uses the random
// streams of (seed, k), and results are combined in replication order.
#pragma once

#include <atomic>
#include <cstdint>
#include <vector>

#include "core/building.h"
#include "core/status.h"
#include "sim/dispatcher.h"
#include "sim/figures.h"
#include "sim/observers.h"
#include "sim/report.h"

namespace hoistway {

struct ReplicationOptions {
  int runs = 1;
  int threads = 0;  // 0: one per hardware thread (at most `runs`)
  std::uint64_t seed = 1;
  DispatcherFactory make_dispatcher;
  // Sees the passengers of the first replication only (borrowed).
  PassengerObserver* passengers = nullptr;
  // Sees the car phases of the first replication only (borrowed).
  CarObserver* cars = nullptr;
  // Overall progress; must be thread-safe (called from simulating threads).
  ProgressObserver* progress = nullptr;
  // Stops every replication soon after it becomes true (kCancelled).
  const std::atomic<bool>* cancel = nullptr;
};

struct ReplicatedReport {
  int runs = 0;
  std::uint64_t seed = 0;
  std::vector<SimulationReport> reports;  // one per replication, in order
  std::vector<Figure> mean;
  std::vector<Figure> half_width_95;
};

// Runs `options.runs` replications of `building`. Errors as RunSimulation
// (the first failing replication's error); kInvalidInput for runs < 1.
Result<ReplicatedReport> RunReplications(const Building& building,
                                         const ReplicationOptions& options);

}  // namespace hoistway
