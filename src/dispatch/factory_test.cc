#include "dispatch/factory.h"

#include <gtest/gtest.h>

#include <string>

#include "core/dispatcher_names.h"

namespace hoistway::dispatch {
namespace {

// Every name the loader accepts must make a dispatcher, so the two lists
// cannot drift apart.
TEST(FactoryTest, EveryAcceptedNameMakesADispatcher) {
  for (std::string_view name : BuiltInDispatcherNames()) {
    GroupSpec group;
    group.name = "A";
    group.dispatcher = std::string(name);
    auto d = MakeDispatcher(group);
    EXPECT_TRUE(d.ok()) << name;
  }
}

TEST(FactoryTest, UnknownNameIsAnError) {
  GroupSpec group;
  group.name = "A";
  group.dispatcher = "fastest";
  auto d = MakeDispatcher(group);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(d.error().message().find("fastest"), std::string::npos);
}

}  // namespace
}  // namespace hoistway::dispatch
