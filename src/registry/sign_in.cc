#include "registry/sign_in.h"

namespace hoistway::registry {

std::chrono::seconds LockedFor(const SignInFailures& failures, std::chrono::sys_seconds now,
                               const SignInPolicy& policy) {
  if (failures.count < policy.max_failures) return std::chrono::seconds::zero();
  const auto until = failures.last_at + policy.failure_window;
  return until > now ? until - now : std::chrono::seconds::zero();
}

SignInFailures WithFailure(SignInFailures failures, std::chrono::sys_seconds now,
                           const SignInPolicy& policy) {
  if (failures.count == 0 || now >= failures.first_at + policy.failure_window) {
    return {1, now, now};
  }
  ++failures.count;
  failures.last_at = now;
  return failures;
}

}  // namespace hoistway::registry
