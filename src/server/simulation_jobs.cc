#include "server/simulation_jobs.h"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <random>

#include <sys/resource.h>
#include <unistd.h>

#include "sim/comparison.h"
#include "sim/comparison_json.h"
#include "sim/replications.h"
#include "sim/report_json.h"
#include "sim/timeline.h"

namespace hoistway::server {

namespace {

constexpr double kProgressStep = 0.02;  // at most ~50 progress events per job
// The sides of a comparison as the console names them.
constexpr std::string_view kBaselineLabel = "pinned";
constexpr std::string_view kCurrentLabel = "current";

std::string NewJobId() {
  std::random_device device;
  const std::uint64_t high = device();
  const std::uint64_t low = device();
  return fmt::format("{:016x}", (high << 32) ^ low);
}

}  // namespace

std::string_view ToString(JobState state) {
  switch (state) {
    case JobState::kQueued:
      return "queued";
    case JobState::kRunning:
      return "running";
    case JobState::kDone:
      return "done";
    case JobState::kFailed:
      return "failed";
    case JobState::kCancelled:
      return "cancelled";
  }
  return "failed";
}

struct SimulationJobs::Job {
  std::string id;
  std::int64_t owner = 0;
  Building building;
  std::optional<Building> baseline;
  std::uint64_t seed = 0;
  int runs = 1;
  std::atomic<bool> cancel{false};
  std::atomic<double> progress{0.0};
  // Guarded by SimulationJobs::mutex_.
  JobState state = JobState::kQueued;
  std::string error;
  std::shared_ptr<const std::string> result;
  std::uint64_t finished_sequence = 0;

  bool finished() const {
    return state == JobState::kDone || state == JobState::kFailed || state == JobState::kCancelled;
  }
};

namespace {

// Publishes the progress of one job in steps of kProgressStep. Called
// concurrently from the replication threads. A part of a job (one side of
// a comparison) maps its own 0..1 onto [offset, offset + share].
class JobProgress final : public ProgressObserver {
 public:
  JobProgress(std::atomic<double>* progress, std::function<void(double)> publish,
              double offset = 0.0, double share = 1.0)
      : progress_(progress), publish_(std::move(publish)), offset_(offset), share_(share) {}

  void OnProgress(double part) override {
    const double fraction = offset_ + share_ * part;
    progress_->store(fraction, std::memory_order_relaxed);
    double last = published_.load(std::memory_order_relaxed);
    while (fraction >= last + kProgressStep) {
      if (published_.compare_exchange_weak(last, fraction)) {
        publish_(fraction);
        return;
      }
    }
  }

 private:
  std::atomic<double>* progress_;
  std::function<void(double)> publish_;
  double offset_;
  double share_;
  std::atomic<double> published_{0.0};
};

}  // namespace

SimulationJobs::SimulationJobs(SimulationJobLimits limits, DispatcherFactory make_dispatcher,
                               Listener listener)
    : limits_(limits),
      make_dispatcher_(std::move(make_dispatcher)),
      listener_(std::move(listener)) {}

SimulationJobs::~SimulationJobs() {
  Shutdown();
}

Result<std::string> SimulationJobs::Submit(std::int64_t owner, Building building,
                                           std::uint64_t seed, int runs,
                                           std::optional<Building> baseline) {
  if (runs < 1) return InvalidInput("runs must be at least 1");
  std::lock_guard lock(mutex_);
  if (stopping_) return Error(ErrorCode::kUnavailable, "the server is stopping");
  int unfinished = 0;
  int mine = 0;
  for (const auto& [id, job] : jobs_) {
    if (job->finished()) continue;
    ++unfinished;
    if (job->owner == owner) ++mine;
  }
  if (mine >= limits_.max_unfinished_per_user) {
    return Error(ErrorCode::kConflict,
                 fmt::format("you already have {} simulations queued or running; wait for one "
                             "to finish or cancel it",
                             mine));
  }
  if (unfinished >= limits_.max_unfinished) {
    return Error(ErrorCode::kConflict,
                 "the server is busy with other simulations; try again in a minute");
  }
  auto job = std::make_shared<Job>();
  do {
    job->id = NewJobId();
  } while (jobs_.contains(job->id));
  job->owner = owner;
  job->building = std::move(building);
  job->baseline = std::move(baseline);
  job->seed = seed;
  job->runs = runs;
  jobs_.emplace(job->id, job);
  queue_.push_back(job);
  if (workers_.empty()) {
    for (int i = 0; i < std::max(1, limits_.max_running); ++i) {
      workers_.emplace_back([this] { Work(); });
    }
  }
  changed_.notify_all();
  return job->id;
}

JobSnapshot SimulationJobs::Snapshot(const Job& job) const {
  JobSnapshot s;
  s.id = job.id;
  s.state = job.state;
  s.progress = job.state == JobState::kDone ? 1.0 : job.progress.load();
  s.cancel_requested = job.cancel.load();
  s.building = job.building.name;
  s.seed = job.seed;
  s.runs = job.runs;
  s.comparison = job.baseline.has_value();
  s.error = job.error;
  s.result = job.result;
  return s;
}

Result<JobSnapshot> SimulationJobs::Get(std::int64_t owner, std::string_view id) const {
  std::lock_guard lock(mutex_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) {
    return NotFound(fmt::format("no simulation '{}'", id));
  }
  return Snapshot(*it->second);
}

Result<JobSnapshot> SimulationJobs::Cancel(std::int64_t owner, std::string_view id) {
  std::lock_guard lock(mutex_);
  const auto it = jobs_.find(id);
  if (it == jobs_.end() || it->second->owner != owner) {
    return NotFound(fmt::format("no simulation '{}'", id));
  }
  std::shared_ptr<Job> job = it->second;
  if (job->finished()) {
    jobs_.erase(it);
    return Snapshot(*job);
  }
  job->cancel = true;  // the engine looks at it every few thousand events
  if (job->state == JobState::kQueued) {
    std::erase(queue_, job);
    job->state = JobState::kCancelled;
    job->finished_sequence = ++sequence_;
    DropOldFinished();
  }
  return Snapshot(*job);
}

void SimulationJobs::Shutdown() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    for (auto& [id, job] : jobs_) job->cancel = true;
    for (auto& job : queue_) {
      job->state = JobState::kCancelled;
      job->finished_sequence = ++sequence_;
    }
    queue_.clear();
  }
  changed_.notify_all();
  for (auto& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
}

std::size_t SimulationJobs::size() const {
  std::lock_guard lock(mutex_);
  return jobs_.size();
}

void SimulationJobs::Work() {
  // A simulation may take both cores for minutes; the server's requests come
  // first (per thread on Linux: setpriority on the thread's id).
  if (limits_.nice > 0) setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), limits_.nice);
  for (;;) {
    std::shared_ptr<Job> job;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      job = queue_.front();
      queue_.pop_front();
      job->state = JobState::kRunning;
    }
    Run(*job);
  }
}

void SimulationJobs::Run(Job& job) {
  const auto publish = [this, &job](std::string_view type, double progress) {
    if (!listener_) return;
    listener_(job.owner,
              nlohmann::json{{"type", type}, {"id", job.id}, {"progress", progress}}.dump());
  };
  // With a baseline, it runs first: each side is half of the progress.
  const auto publish_progress = [&](double f) { publish("simulation.progress", f); };
  const double share = job.baseline ? 0.5 : 1.0;
  JobProgress progress_a(&job.progress, publish_progress, 0.0, share);
  JobProgress progress_b(&job.progress, publish_progress, 1.0 - share, share);
  TimelineRecorder timeline(job.building);
  ReplicationOptions options;
  options.runs = job.runs;
  options.threads = std::max(1, limits_.threads_per_job);
  options.seed = job.seed;
  options.make_dispatcher = make_dispatcher_;
  options.passengers = &timeline;
  options.cars = &timeline;
  options.progress = &progress_b;
  options.cancel = &job.cancel;

  std::shared_ptr<const std::string> text;
  Status status;
  nlohmann::ordered_json result;
  if (job.baseline) {
    TimelineRecorder baseline_timeline(*job.baseline);
    ReplicationOptions options_a = options;
    options_a.passengers = &baseline_timeline;
    options_a.cars = &baseline_timeline;
    options_a.progress = &progress_a;
    auto c = RunComparison(*job.baseline, options_a, job.building, options);
    if (c.ok()) {
      result["report"] = SimulationJson(job.building, c->b);
      result["timeline"] = TimelineJson(timeline.Finish(c->b.reports.front().simulated_s));
      result["baseline_timeline"] =
          TimelineJson(baseline_timeline.Finish(c->a.reports.front().simulated_s));
      result["comparison"] = ComparisonJson(*job.baseline, std::string(kBaselineLabel),
                                            job.building, std::string(kCurrentLabel), *c, job.seed);
    } else {
      status = c.error();
    }
  } else {
    auto report = RunReplications(job.building, options);
    if (report.ok()) {
      result["report"] = SimulationJson(job.building, *report);
      result["timeline"] = TimelineJson(timeline.Finish(report->reports.front().simulated_s));
    } else {
      status = report.error();
    }
  }
  if (status.ok()) {
    text = std::make_shared<const std::string>(
        result.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  JobState state = JobState::kDone;
  {
    std::lock_guard lock(mutex_);
    if (status.ok()) {
      job.result = std::move(text);
    } else if (status.error().code() == ErrorCode::kCancelled) {
      state = JobState::kCancelled;
    } else {
      state = JobState::kFailed;
      job.error = status.error().message();
    }
    job.state = state;
    job.finished_sequence = ++sequence_;
    DropOldFinished();
  }
  changed_.notify_all();
  if (listener_) {
    listener_(
        job.owner,
        nlohmann::json{{"type", "simulation.finished"}, {"id", job.id}, {"status", ToString(state)}}
            .dump());
  }
}

void SimulationJobs::DropOldFinished() {
  // Each owner's finished jobs, oldest first.
  std::map<std::int64_t, std::vector<std::shared_ptr<Job>>> by_owner;
  int total = 0;
  for (const auto& [id, job] : jobs_) {
    if (!job->finished()) continue;
    by_owner[job->owner].push_back(job);
    ++total;
  }
  for (auto& [owner, finished] : by_owner) {
    std::sort(finished.begin(), finished.end(), [](const auto& a, const auto& b) {
      return a->finished_sequence < b->finished_sequence;
    });
  }
  const auto drop_oldest = [&](std::vector<std::shared_ptr<Job>>& finished) {
    jobs_.erase(finished.front()->id);
    finished.erase(finished.begin());
    --total;
  };
  for (auto& [owner, finished] : by_owner) {
    while (static_cast<int>(finished.size()) > limits_.keep_finished_per_user) {
      drop_oldest(finished);
    }
  }
  // Over the total: the oldest of whoever keeps the most, never of the others.
  while (total > limits_.keep_finished) {
    auto most = std::max_element(
        by_owner.begin(), by_owner.end(),
        [](const auto& a, const auto& b) { return a.second.size() < b.second.size(); });
    drop_oldest(most->second);
  }
}

}  // namespace hoistway::server
