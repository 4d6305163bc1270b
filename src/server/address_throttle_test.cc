#include "server/address_throttle.h"

#include <gtest/gtest.h>

namespace hoistway::server {
namespace {

using std::chrono::seconds;

const std::chrono::sys_seconds kStart{seconds(1'800'000'000)};

TEST(AddressThrottleTest, AnAddressHasItsAttemptsPerWindow) {
  AddressThrottle throttle({3, seconds(60)});
  for (int i = 0; i < 3; ++i) EXPECT_EQ(throttle.Admit("10.0.0.1", kStart + seconds(i)).count(), 0);
  EXPECT_EQ(throttle.Admit("10.0.0.1", kStart + seconds(10)), seconds(50));
  EXPECT_EQ(throttle.Admit("10.0.0.2", kStart + seconds(10)).count(), 0);  // another address
  EXPECT_EQ(throttle.Admit("10.0.0.1", kStart + seconds(60)).count(), 0);  // the first has left
  EXPECT_EQ(throttle.Admit("10.0.0.1", kStart + seconds(60)), seconds(1));
}

TEST(AddressThrottleTest, RemembersABoundedNumberOfAddresses) {
  AddressThrottle throttle({1, seconds(60), 4});
  for (int i = 0; i < 100; ++i) {
    EXPECT_EQ(throttle.Admit("10.0.0." + std::to_string(i), kStart + seconds(i)).count(), 0);
  }
  // The newest addresses are still remembered.
  EXPECT_GT(throttle.Admit("10.0.0.99", kStart + seconds(100)).count(), 0);
}

}  // namespace
}  // namespace hoistway::server
