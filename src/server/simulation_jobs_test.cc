#include "server/simulation_jobs.h"

#include <gtest/gtest.h>

#include <chrono>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "server/workbench_test_data.h"

namespace hoistway::server {
namespace {

using nlohmann::json;
using std::chrono::steady_clock;
using testing::ExampleOffice;
using testing::kLongDurationS;

constexpr std::int64_t kKim = 1;
constexpr std::int64_t kLee = 2;

Building Office(double duration_s = 3600) {
  auto b = ParseBuilding(ExampleOffice(duration_s), "building.yaml");
  EXPECT_TRUE(b.ok()) << b.error().message();
  return std::move(b).value();
}

// Collects the events a job table publishes.
struct Events {
  std::mutex mutex;
  std::vector<std::pair<std::int64_t, json>> seen;
  SimulationJobs::Listener Listener() {
    return [this](std::int64_t owner, const std::string& text) {
      std::lock_guard lock(mutex);
      seen.emplace_back(owner, json::parse(text));
    };
  }
};

// Polls until `done` holds or 120 s pass (a sanitizer build is slow).
template <typename Pred>
bool WaitFor(Pred done) {
  const auto deadline = steady_clock::now() + std::chrono::seconds(120);
  while (steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return false;
}

JobState StateOf(const SimulationJobs& jobs, std::int64_t owner, const std::string& id) {
  auto job = jobs.Get(owner, id);
  return job.ok() ? job->state : JobState::kFailed;
}

bool Finished(JobState s) {
  return s == JobState::kDone || s == JobState::kFailed || s == JobState::kCancelled;
}

TEST(SimulationJobsTest, RunsAJobToItsReportAndTimeline) {
  Events events;
  SimulationJobs jobs({}, dispatch::MakeBuiltInDispatcher, events.Listener());
  auto id = jobs.Submit(kKim, Office(), 3, 2);
  ASSERT_TRUE(id.ok()) << id.error().message();
  ASSERT_TRUE(WaitFor([&] { return Finished(StateOf(jobs, kKim, *id)); }));
  auto job = jobs.Get(kKim, *id);
  ASSERT_TRUE(job.ok());
  ASSERT_EQ(job->state, JobState::kDone) << job->error;
  EXPECT_EQ(job->progress, 1.0);
  EXPECT_EQ(job->building, "Sixteen-floor office, morning up-peak");
  ASSERT_TRUE(job->result);
  const json result = json::parse(*job->result);
  EXPECT_EQ(result["report"]["runs"], 2);
  EXPECT_EQ(result["report"]["seed"], 3);
  EXPECT_GT(result["report"]["waiting_time_s"]["mean"].get<double>(), 0.0);
  EXPECT_EQ(result["timeline"]["cars"].size(), 8u);
  EXPECT_EQ(result["timeline"]["floors"].size(), 18u);
  EXPECT_FALSE(result["timeline"]["waiting_histogram"].empty());

  // The state is visible before the "finished" event is published.
  ASSERT_TRUE(WaitFor([&] {
    std::lock_guard lock(events.mutex);
    return !events.seen.empty() && events.seen.back().second["type"] == "simulation.finished";
  }));
  std::lock_guard lock(events.mutex);
  for (const auto& [owner, event] : events.seen) {
    EXPECT_EQ(owner, kKim);
    EXPECT_EQ(event["id"], *id);
  }
  EXPECT_EQ(events.seen.back().second["type"], "simulation.finished");
  EXPECT_EQ(events.seen.back().second["status"], "done");
}

TEST(SimulationJobsTest, AJobThatCannotRunFailsWithTheReason) {
  SimulationJobs jobs({}, dispatch::MakeBuiltInDispatcher);
  Building b = Office();
  b.groups[0].dispatcher = "/tmp/evil.so";  // past the request checks, still refused
  auto id = jobs.Submit(kKim, std::move(b), 1, 1);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(WaitFor([&] { return Finished(StateOf(jobs, kKim, *id)); }));
  auto job = jobs.Get(kKim, *id);
  EXPECT_EQ(job->state, JobState::kFailed);
  EXPECT_NE(job->error.find("plug-ins run only from the command line"), std::string::npos)
      << job->error;
}

TEST(SimulationJobsTest, OthersCannotSeeOrCancelAJob) {
  SimulationJobs jobs({}, dispatch::MakeBuiltInDispatcher);
  auto id = jobs.Submit(kKim, Office(), 1, 1);
  ASSERT_TRUE(id.ok());
  EXPECT_EQ(jobs.Get(kLee, *id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(jobs.Cancel(kLee, *id).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(jobs.Get(kKim, "0123456789abcdef").error().code(), ErrorCode::kNotFound);
  EXPECT_TRUE(jobs.Get(kKim, *id).ok());
}

TEST(SimulationJobsTest, CancelStopsARunningJobSoon) {
  SimulationJobs jobs({}, dispatch::MakeBuiltInDispatcher);
  auto id = jobs.Submit(kKim, Office(kLongDurationS), 1, 4);
  ASSERT_TRUE(id.ok());
  ASSERT_TRUE(WaitFor([&] {
    auto job = jobs.Get(kKim, *id);
    return job->state == JobState::kRunning && job->progress > 0.0;
  }));
  const auto start = steady_clock::now();
  auto cancelled = jobs.Cancel(kKim, *id);
  ASSERT_TRUE(cancelled.ok());
  // Regression: Cancel waited (up to 5 s) for the job to stop, holding the
  // request thread that called it. It now only asks.
  EXPECT_LT(steady_clock::now() - start, std::chrono::milliseconds(50));
  EXPECT_TRUE(cancelled->cancel_requested);
  ASSERT_TRUE(WaitFor([&] { return Finished(StateOf(jobs, kKim, *id)); }));
  EXPECT_LT(steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_EQ(StateOf(jobs, kKim, *id), JobState::kCancelled);
  EXPECT_FALSE(jobs.Get(kKim, *id)->result);
  // A finished job is forgotten by a second DELETE.
  EXPECT_TRUE(jobs.Cancel(kKim, *id).ok());
  EXPECT_EQ(jobs.Get(kKim, *id).error().code(), ErrorCode::kNotFound);
}

TEST(SimulationJobsTest, AtMostMaxRunningRunTheRestWaitAndLimitsHold) {
  SimulationJobLimits limits;
  limits.max_running = 1;
  limits.max_unfinished_per_user = 2;
  limits.max_unfinished = 3;
  SimulationJobs jobs(limits, dispatch::MakeBuiltInDispatcher);
  auto first = jobs.Submit(kKim, Office(kLongDurationS), 1, 4);
  auto second = jobs.Submit(kKim, Office(kLongDurationS), 1, 4);
  ASSERT_TRUE(first.ok() && second.ok());
  auto third = jobs.Submit(kKim, Office(), 1, 1);
  ASSERT_FALSE(third.ok());
  EXPECT_EQ(third.error().code(), ErrorCode::kConflict);
  auto lees = jobs.Submit(kLee, Office(), 1, 1);
  ASSERT_TRUE(lees.ok());
  auto table_full = jobs.Submit(kLee, Office(), 1, 1);
  EXPECT_EQ(table_full.error().code(), ErrorCode::kConflict);

  ASSERT_TRUE(WaitFor([&] { return StateOf(jobs, kKim, *first) == JobState::kRunning; }));
  EXPECT_EQ(StateOf(jobs, kKim, *second), JobState::kQueued);
  EXPECT_EQ(StateOf(jobs, kLee, *lees), JobState::kQueued);
  // A queued job is cancelled at once, and frees its place.
  EXPECT_EQ(jobs.Cancel(kKim, *second)->state, JobState::kCancelled);
  EXPECT_TRUE(jobs.Submit(kKim, Office(), 1, 1).ok());
  EXPECT_TRUE(jobs.Cancel(kKim, *first)->cancel_requested);  // running: it stops soon
  EXPECT_TRUE(WaitFor([&] { return StateOf(jobs, kKim, *first) == JobState::kCancelled; }));
  EXPECT_TRUE(WaitFor([&] { return StateOf(jobs, kLee, *lees) == JobState::kDone; }));
}

TEST(SimulationJobsTest, ShutdownCancelsEveryJobAndRefusesNewOnes) {
  SimulationJobLimits limits;
  limits.max_running = 1;
  SimulationJobs jobs(limits, dispatch::MakeBuiltInDispatcher);
  auto running = jobs.Submit(kKim, Office(kLongDurationS), 1, 4);
  auto queued = jobs.Submit(kLee, Office(kLongDurationS), 1, 4);
  ASSERT_TRUE(running.ok() && queued.ok());
  ASSERT_TRUE(WaitFor([&] { return StateOf(jobs, kKim, *running) == JobState::kRunning; }));
  const auto start = steady_clock::now();
  jobs.Shutdown();
  EXPECT_LT(steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_EQ(StateOf(jobs, kKim, *running), JobState::kCancelled);
  EXPECT_EQ(StateOf(jobs, kLee, *queued), JobState::kCancelled);
  EXPECT_EQ(jobs.Submit(kKim, Office(), 1, 1).error().code(), ErrorCode::kUnavailable);
  jobs.Shutdown();  // idempotent
}

TEST(SimulationJobsTest, KeepsOnlyTheNewestFinishedJobs) {
  SimulationJobLimits limits;
  limits.keep_finished_per_user = 2;
  limits.max_unfinished_per_user = 1;
  SimulationJobs jobs(limits, dispatch::MakeBuiltInDispatcher);
  std::vector<std::string> ids;
  for (int i = 0; i < 4; ++i) {
    auto id = jobs.Submit(kKim, Office(1200), static_cast<std::uint64_t>(i), 1);
    ASSERT_TRUE(id.ok()) << id.error().message();
    ASSERT_TRUE(WaitFor([&] { return Finished(StateOf(jobs, kKim, *id)); }));
    ids.push_back(*id);
  }
  EXPECT_EQ(jobs.size(), 2u);
  EXPECT_FALSE(jobs.Get(kKim, ids[0]).ok());
  EXPECT_FALSE(jobs.Get(kKim, ids[1]).ok());
  EXPECT_TRUE(jobs.Get(kKim, ids[3]).ok());
}

// Regression: finished simulations were evicted across users, so one user
// running many pushed out another's results before they were read.
TEST(SimulationJobsTest, OneUsersJobsNeverPushOutAnothers) {
  SimulationJobLimits limits;
  limits.keep_finished_per_user = 3;
  limits.keep_finished = 3;  // Kim alone would keep 3: the total makes it 2, not Lee's 1
  limits.max_unfinished_per_user = 1;
  SimulationJobs jobs(limits, dispatch::MakeBuiltInDispatcher);
  const auto run = [&](std::int64_t owner, std::uint64_t seed) {
    auto id = jobs.Submit(owner, Office(1200), seed, 1);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE(WaitFor([&] { return Finished(StateOf(jobs, owner, *id)); }));
    return *id;
  };
  const std::string lees = run(kLee, 1);
  std::vector<std::string> kims;
  for (std::uint64_t seed = 0; seed < 5; ++seed) kims.push_back(run(kKim, seed));
  EXPECT_TRUE(jobs.Get(kLee, lees).ok());  // Lee's one result stays
  EXPECT_TRUE(jobs.Get(kKim, kims[4]).ok());
  EXPECT_TRUE(jobs.Get(kKim, kims[3]).ok());
  EXPECT_FALSE(jobs.Get(kKim, kims[2]).ok());
  EXPECT_EQ(jobs.size(), 3u);
}

}  // namespace
}  // namespace hoistway::server
