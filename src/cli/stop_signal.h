// Ctrl-C and `kill` (SIGINT, SIGTERM) as a flag a loop can poll, without a
// global: the signals are blocked in this thread (and the threads it starts
// later) and a helper thread waits for them with sigwait.
#pragma once

#include <atomic>
#include <thread>

namespace hoistway::cli {

class StopOnSignal {
 public:
  // Sets `*stop` to true when SIGINT or SIGTERM arrives. Construct it before
  // starting other threads.
  explicit StopOnSignal(std::atomic<bool>* stop);
  // Restores the signal mask and ends the helper thread.
  ~StopOnSignal();
  StopOnSignal(const StopOnSignal&) = delete;
  StopOnSignal& operator=(const StopOnSignal&) = delete;

 private:
  std::atomic<bool>* stop_;
  std::atomic<bool> done_{false};
  std::thread waiter_;
};

}  // namespace hoistway::cli
