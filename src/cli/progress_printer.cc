#include "cli/progress_printer.h"

#include <fmt/core.h>
#include <unistd.h>

#include <cstdio>

namespace hoistway::cli {

namespace {
constexpr auto kMinimumGap = std::chrono::milliseconds(200);
}  // namespace

ProgressPrinter::ProgressPrinter(std::string label)
    : label_(std::move(label)), enabled_(isatty(STDERR_FILENO) == 1) {}

ProgressPrinter::~ProgressPrinter() {
  if (printed_) fmt::print(stderr, "\r\033[K");
}

void ProgressPrinter::OnProgress(double fraction) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  const auto now = std::chrono::steady_clock::now();
  if (printed_ && now - last_ < kMinimumGap) return;
  last_ = now;
  printed_ = true;
  fmt::print(stderr, "\r{} {:3.0f} %", label_, 100.0 * fraction);
  std::fflush(stderr);
}

}  // namespace hoistway::cli
