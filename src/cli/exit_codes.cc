#include "cli/exit_codes.h"

#include <fmt/core.h>

#include <cstdio>

namespace hoistway::cli {

int ExitCodeFor(const Error& error) {
  switch (error.code()) {
    case ErrorCode::kInvalidInput:
    case ErrorCode::kNotFound:
    case ErrorCode::kIo:
      return kExitBadInput;
    default:
      return kExitFailedCheck;
  }
}

int ReportError(const Error& error) {
  fmt::print(stderr, "hoistway: {}\n", error.message());
  return ExitCodeFor(error);
}

}  // namespace hoistway::cli
