#include "sim/replications.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#include "sim/simulation.h"

namespace hoistway {

namespace {

// Folds per-replication progress into one overall fraction.
class ProgressMerger {
 public:
  ProgressMerger(ProgressObserver* out, int runs) : out_(out), fractions_(runs, 0.0) {}

  class Slot : public ProgressObserver {
   public:
    Slot(ProgressMerger* merger, int index) : merger_(merger), index_(index) {}
    void OnProgress(double fraction) override { merger_->Update(index_, fraction); }

   private:
    ProgressMerger* merger_;
    int index_;
  };

  void Update(int index, double fraction) {
    double total = 0.0;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      fractions_[static_cast<std::size_t>(index)] = fraction;
      for (double f : fractions_) total += f;
    }
    out_->OnProgress(total / static_cast<double>(fractions_.size()));
  }

 private:
  ProgressObserver* out_;
  std::mutex mutex_;
  std::vector<double> fractions_;
};

}  // namespace

Result<ReplicatedReport> RunReplications(const Building& building,
                                         const ReplicationOptions& options) {
  if (options.runs < 1) return InvalidInput("--runs must be at least 1");
  const int runs = options.runs;
  int threads = options.threads > 0
                    ? options.threads
                    : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  threads = std::min(threads, runs);

  std::optional<ProgressMerger> merger;
  std::vector<ProgressMerger::Slot> slots;
  if (options.progress != nullptr) {
    merger.emplace(options.progress, runs);
    for (int k = 0; k < runs; ++k) slots.emplace_back(&*merger, k);
  }

  std::vector<std::optional<Result<SimulationReport>>> results(static_cast<std::size_t>(runs));
  std::atomic<int> next{0};
  const auto worker = [&] {
    for (int k = next++; k < runs; k = next++) {
      SimulationOptions o;
      o.seed = options.seed;
      o.replication = static_cast<std::uint64_t>(k);
      o.make_dispatcher = options.make_dispatcher;
      o.passengers = k == 0 ? options.passengers : nullptr;
      o.cars = k == 0 ? options.cars : nullptr;
      o.progress = options.progress != nullptr ? &slots[static_cast<std::size_t>(k)] : nullptr;
      o.cancel = options.cancel;
      results[static_cast<std::size_t>(k)] = RunSimulation(building, o);
    }
  };
  if (threads == 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (std::thread& t : pool) t.join();
  }

  ReplicatedReport out;
  out.runs = runs;
  out.seed = options.seed;
  std::vector<std::vector<Figure>> figures;
  for (auto& r : results) {
    if (!r->ok()) return r->error();
    figures.push_back(Figures(r->value()));
    out.reports.push_back(std::move(*r).value());
  }
  out.mean = MeanFigures(figures);
  out.half_width_95 = HalfWidths95(figures);
  return out;
}

}  // namespace hoistway
