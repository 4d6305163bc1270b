// The traffic workbench's simulations, run in the background for the web
// console: a small bounded table of jobs, each owned by the user who started
// it, at most `max_running` at a time (the rest wait in submission order),
// each cancellable without waiting, and all cancelled and joined by
// Shutdown(). Finished jobs are kept per user (one user's jobs never push
// out another's), and simulations run at a low CPU priority so that the
// requests of the registry keep their latency. A job runs
// RunReplications with a TimelineRecorder on its first replication and keeps
// the result as one JSON text {"report": SimulationJson, "timeline":
// TimelineJson}. A job with a baseline runs both on the same passengers
// (RunComparison: the baseline is A, the building B) and adds "comparison"
// (ComparisonJson) and "baseline_timeline". Thread-safe; owned by the Api
// (no global state).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "core/building.h"
#include "core/status.h"
#include "sim/dispatcher.h"

namespace hoistway::server {

struct SimulationJobLimits {
  int max_running = 2;              // jobs simulating at the same time
  int max_unfinished = 8;           // queued + running, all users together
  int max_unfinished_per_user = 2;  // queued + running, per user
  int keep_finished_per_user = 4;   // finished jobs kept for each owner; their oldest dropped
  int keep_finished = 64;   // all owners together; beyond, the oldest of whoever keeps the most
  int nice = 10;            // the workers' CPU priority (Linux nice value; 0 leaves it)
  int threads_per_job = 1;  // replication threads of one job
};

enum class JobState { kQueued, kRunning, kDone, kFailed, kCancelled };

// "queued", "running", "done", "failed", "cancelled".
std::string_view ToString(JobState state);

// What a job's owner may read of it.
struct JobSnapshot {
  std::string id;
  JobState state = JobState::kQueued;
  double progress = 0.0;  // 0..1, the mean over the replications
  bool cancel_requested = false;
  std::string building;  // the building's name
  std::uint64_t seed = 0;
  int runs = 0;
  bool comparison = false;                    // with a baseline
  std::string error;                          // kFailed: one line
  std::shared_ptr<const std::string> result;  // kDone: the JSON text
};

class SimulationJobs {
 public:
  // Called for every progress step (at most about 50 per job) and when a job
  // finishes, with the owner and a one-line JSON event
  // {"type":"simulation.progress"|"simulation.finished","id",...}. Called
  // from simulating threads; must not block.
  using Listener = std::function<void(std::int64_t owner, const std::string& event_json)>;

  // `make_dispatcher` gives each group its control (dispatch::MakeBuiltInDispatcher: no plug-ins on
  // a server).
  SimulationJobs(SimulationJobLimits limits, DispatcherFactory make_dispatcher,
                 Listener listener = {});
  // Shutdown().
  ~SimulationJobs();
  SimulationJobs(const SimulationJobs&) = delete;
  SimulationJobs& operator=(const SimulationJobs&) = delete;

  // Queues a simulation of `building` (compared with `baseline` when given)
  // for user `owner` and returns its id (a random hex string). Errors:
  // kConflict when the owner or the table has as many unfinished jobs as
  // the limits allow (the caller should wait or cancel one); kUnavailable
  // after Shutdown(); kInvalidInput for runs < 1.
  Result<std::string> Submit(std::int64_t owner, Building building, std::uint64_t seed, int runs,
                             std::optional<Building> baseline = std::nullopt);

  // The job `id` of `owner`. kNotFound for an unknown id and for another
  // user's job alike (ids of others are not revealed).
  Result<JobSnapshot> Get(std::int64_t owner, std::string_view id) const;

  // Cancels a queued job at once, or asks a running one to stop (it stops
  // within moments: poll Get, or wait for its "simulation.finished" event);
  // forgets a finished one. Never waits: the caller may be a request thread.
  // Returns the job as it then is (running with cancel_requested, or
  // cancelled). kNotFound as Get.
  Result<JobSnapshot> Cancel(std::int64_t owner, std::string_view id);

  // Cancels every job, waits for the running ones to stop and joins the
  // worker threads. Later Submit calls fail. Idempotent.
  void Shutdown();

  // Jobs in the table (any state), for tests.
  std::size_t size() const;

 private:
  struct Job;
  void Work();
  void Run(Job& job);
  void DropOldFinished();                      // with mutex_ held
  JobSnapshot Snapshot(const Job& job) const;  // with mutex_ held

  const SimulationJobLimits limits_;
  const DispatcherFactory make_dispatcher_;
  const Listener listener_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::map<std::string, std::shared_ptr<Job>, std::less<>> jobs_;
  std::deque<std::shared_ptr<Job>> queue_;
  std::vector<std::thread> workers_;  // started on the first Submit
  std::uint64_t sequence_ = 0;        // finishing order, for DropOldFinished
  bool stopping_ = false;
};

}  // namespace hoistway::server
