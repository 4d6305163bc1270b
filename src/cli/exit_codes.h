// How errors leave the program: one line on stderr and an exit code.
#pragma once

#include "core/status.h"

namespace hoistway::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailedCheck = 1;
inline constexpr int kExitBadInput = 2;

// Exit code for an error: 2 for bad input (invalid, missing, unreadable), 1 otherwise.
int ExitCodeFor(const Error& error);

// Prints "hoistway: <message>" on stderr and returns ExitCodeFor(error).
int ReportError(const Error& error);

}  // namespace hoistway::cli
