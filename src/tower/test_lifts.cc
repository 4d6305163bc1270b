#include "tower/test_lifts.h"

#include <gtest/gtest.h>

namespace hoistway::tower::testing {

LoadedLift ExampleLift(const std::string& name) {
  auto lift = LoadLiftFile(std::string(HOISTWAY_SOURCE_DIR) + "/examples/tower/" + name + ".yaml");
  EXPECT_TRUE(lift.ok()) << (lift.ok() ? "" : lift.error().message());
  if (!lift.ok()) return {};
  const Status valid = ValidateLift(*lift);
  EXPECT_TRUE(valid.ok()) << (valid.ok() ? "" : valid.error().message());
  return std::move(lift).value();
}

}  // namespace hoistway::tower::testing
