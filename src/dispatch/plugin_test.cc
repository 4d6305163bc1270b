#include "dispatch/plugin.h"

#include <gtest/gtest.h>

#include <string>

#include "core/call_model.h"
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

// A plug-in built against the released interface-1 headers
// (tests/plugins/abi1) still loads and runs, under up/down buttons and under
// destination control (its landing-call choice answers destination calls).
TEST(PluginTest, AnInterfaceOnePluginStillRuns) {
  for (const CallModel model : {CallModel::kConventional, CallModel::kDestination}) {
    Building b = testing::MakeUniformBuilding();
    b.groups[0].dispatcher = NEAREST_CAR_ABI1_PLUGIN;
    ASSERT_TRUE(SetCallModel(b, b.groups[0], model).ok());
    SimulationOptions o;
    o.make_dispatcher = MakeDispatcher;
    auto r = RunSimulation(b, o);
    ASSERT_TRUE(r.ok()) << r.error().message();
    EXPECT_EQ(r->in_system_at_end, 0);
    EXPECT_GT(r->delivered, 1000);
    // The same choices as the same source built for interface 2.
    b.groups[0].dispatcher = NEAREST_CAR_PLUGIN;
    auto current = RunSimulation(b, o);
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(r->waiting_time_s.mean, current->waiting_time_s.mean);
  }
}

// A plug-in of a newer interface is refused, naming where the description
// gives it (file, line, key).
TEST(PluginTest, ANewerInterfaceIsRefusedWithItsPlace) {
  GroupSpec g = WithDispatcher(FUTURE_ABI_PLUGIN);
  g.dispatcher_at = "office.yaml:12:17: groups[0].dispatcher";
  auto d = MakeDispatcher(g);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code(), ErrorCode::kInvalidInput);
  EXPECT_EQ(d.error().message(),
            std::string("office.yaml:12:17: groups[0].dispatcher: plug-in ") + FUTURE_ABI_PLUGIN +
                ": built for plug-in interface 3, this hoistway loads interfaces 1 to 2; "
                "rebuild it against these headers");
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
