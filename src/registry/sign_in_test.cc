#include "registry/sign_in.h"

#include <gtest/gtest.h>

namespace hoistway::registry {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::chrono::sys_seconds kStart{seconds{1'700'000'000}};

TEST(SignInRulesTest, FiveFailuresWithinTheWindowLockTheName) {
  const SignInPolicy policy;
  SignInFailures f;
  for (int i = 0; i < 4; ++i) f = WithFailure(f, kStart + minutes(i), policy);
  EXPECT_EQ(f.count, 4);
  EXPECT_EQ(LockedFor(f, kStart + minutes(4), policy), seconds::zero());
  f = WithFailure(f, kStart + minutes(4), policy);
  EXPECT_EQ(f.count, 5);
  // Locked for the window after the last failure, then free again.
  EXPECT_EQ(LockedFor(f, kStart + minutes(4), policy), minutes(15));
  EXPECT_EQ(LockedFor(f, kStart + minutes(18) + seconds(59), policy), seconds(1));
  EXPECT_EQ(LockedFor(f, kStart + minutes(19), policy), seconds::zero());
}

TEST(SignInRulesTest, FailuresOutsideTheWindowStartAFreshCount) {
  const SignInPolicy policy;
  SignInFailures f;
  for (int i = 0; i < 4; ++i) f = WithFailure(f, kStart + minutes(i), policy);
  f = WithFailure(f, kStart + minutes(15), policy);  // the first failure's window has passed
  EXPECT_EQ(f.count, 1);
  EXPECT_EQ(f.first_at, kStart + minutes(15));
  EXPECT_EQ(LockedFor(f, kStart + minutes(15), policy), seconds::zero());
}

TEST(SignInRulesTest, ThePolicyIsConfigurable) {
  SignInPolicy policy;
  policy.max_failures = 2;
  policy.failure_window = minutes(1);
  SignInFailures f = WithFailure(WithFailure({}, kStart, policy), kStart + seconds(10), policy);
  EXPECT_EQ(LockedFor(f, kStart + seconds(10), policy), minutes(1));
}

}  // namespace
}  // namespace hoistway::registry
