// A one-line progress indicator on stderr, shown only when stderr is a
// terminal. Thread-safe; prints at most a few times per second.
#pragma once

#include <chrono>
#include <mutex>
#include <string>

#include "sim/observers.h"

namespace hoistway::cli {

class ProgressPrinter final : public ProgressObserver {
 public:
  explicit ProgressPrinter(std::string label);
  ~ProgressPrinter() override;  // clears the line

  // True when stderr is a terminal (otherwise nothing is printed).
  bool enabled() const { return enabled_; }
  void OnProgress(double fraction) override;

 private:
  std::string label_;
  bool enabled_;
  bool printed_ = false;
  std::mutex mutex_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace hoistway::cli
