#include "cli/stop_signal.h"

#include <pthread.h>
#include <signal.h>

namespace hoistway::cli {
namespace {

sigset_t StopSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

StopOnSignal::StopOnSignal(std::atomic<bool>* stop) : stop_(stop) {
  const sigset_t set = StopSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  waiter_ = std::thread([this, set] {
    int signal = 0;
    sigwait(&set, &signal);
    if (!done_.load()) stop_->store(true);
  });
}

StopOnSignal::~StopOnSignal() {
  done_.store(true);
  pthread_kill(waiter_.native_handle(), SIGTERM);  // wakes sigwait; it is blocked, not delivered
  waiter_.join();
  const sigset_t set = StopSignals();
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
}

}  // namespace hoistway::cli
