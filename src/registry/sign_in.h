// The rules of signing in: how long a session lasts, and how failed attempts
// under one user name lock that name for a while (against password guessing).
// Pure functions; the counts are stored by Transaction (repository.h) and the
// rules applied by POST /api/v1/auth/login (server/api_admin.cc).
#pragma once

#include <chrono>

namespace hoistway::registry {

// Defaults: 12-hour sessions; 5 failures within 15 minutes lock the name for
// 15 minutes after the last of them.
struct SignInPolicy {
  std::chrono::seconds session_lifetime = std::chrono::hours(12);
  int max_failures = 5;
  std::chrono::seconds failure_window = std::chrono::minutes(15);
};

// The failed sign-ins under one user name (a name that need not exist).
struct SignInFailures {
  int count = 0;
  std::chrono::sys_seconds first_at{};  // the first failure of the current window
  std::chrono::sys_seconds last_at{};
};

// How much longer `failures` lock their name at `now`; zero when it may try.
std::chrono::seconds LockedFor(const SignInFailures& failures, std::chrono::sys_seconds now,
                               const SignInPolicy& policy);

// `failures` with one more at `now`; the count restarts at one when the
// window that began with the first failure has passed.
SignInFailures WithFailure(SignInFailures failures, std::chrono::sys_seconds now,
                           const SignInPolicy& policy);

}  // namespace hoistway::registry
