#include "dispatch/plugin.h"

#include <gtest/gtest.h>

#include <string>

#include "dispatch/factory.h"
#include "sim/simulation.h"
#include "tests/support/buildings.h"

namespace hoistway::dispatch {
namespace {

GroupSpec WithDispatcher(const std::string& name) {
  GroupSpec g;
  g.name = "A";
  g.cars = 4;
  g.dispatcher = name;
  return g;
}

// The example plug-in (examples/plugins/nearest_car.cc) drives a whole run:
// everybody is delivered, the result is reproducible.
TEST(PluginTest, ExamplePluginRunsASimulation) {
  Building b = testing::MakeUniformBuilding();
  b.groups[0].dispatcher = NEAREST_CAR_PLUGIN;
  SimulationOptions o;
  o.make_dispatcher = MakeDispatcher;
  auto first = RunSimulation(b, o);
  ASSERT_TRUE(first.ok()) << first.error().message();
  EXPECT_EQ(first->in_system_at_end, 0);
  EXPECT_GT(first->delivered, 1000);
  auto again = RunSimulation(b, o);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(first->waiting_time_s.mean, again->waiting_time_s.mean);
  // A different control from collective: different waits.
  b.groups[0].dispatcher = "collective";
  auto collective = RunSimulation(b, o);
  ASSERT_TRUE(collective.ok());
  EXPECT_NE(first->waiting_time_s.mean, collective->waiting_time_s.mean);
}

TEST(PluginTest, TheServerFactoryRefusesPlugins) {
  auto d = MakeBuiltInDispatcher(WithDispatcher(NEAREST_CAR_PLUGIN));
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().message().find("only from the command line"), std::string::npos);
}

TEST(PluginTest, BadLibrariesAreClearErrors) {
  auto missing = MakeDispatcher(WithDispatcher("/nonexistent/control.so"));
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().code(), ErrorCode::kInvalidInput);
  EXPECT_NE(missing.error().message().find("/nonexistent/control.so: cannot load"),
            std::string::npos);
  // A shared library that is not a plug-in (libfmt, from libfmt-dev).
  auto not_plugin = MakeDispatcher(WithDispatcher("/usr/lib/x86_64-linux-gnu/libfmt.so"));
  ASSERT_FALSE(not_plugin.ok());
  EXPECT_NE(not_plugin.error().message().find("not a hoistway dispatcher plug-in"),
            std::string::npos);
}

}  // namespace
}  // namespace hoistway::dispatch
