// People who change groups at a sky lobby: legs and people conserved, a
// person's legs linked and in order, the walk between groups respected.
#include <gtest/gtest.h>

#include <map>

#include "core/building_loader.h"
#include "dispatch/factory.h"
#include "sim/replications.h"
#include "sim/simulation.h"
#include "tests/support/test_data.h"

namespace hoistway {
namespace {

class Legs : public PassengerObserver {
 public:
  void OnDelivered(const PassengerTrace& t) override { delivered.push_back(t); }
  void OnUndelivered(const PassengerTrace& t) override { undelivered.push_back(t); }
  std::vector<PassengerTrace> delivered;
  std::vector<PassengerTrace> undelivered;
};

Building SkyLobby() {
  auto b = LoadBuildingFile(std::string(HOISTWAY_SOURCE_DIR) +
                            "/tests/scenarios/transfers/sky-lobby.yaml");
  EXPECT_TRUE(b.ok()) << (b.ok() ? "" : b.error().message());
  return b.ok() ? std::move(b).value() : Building{};
}

TEST(TransfersTest, PeopleAndLegsAreConservedAndLegsLinked) {
  const Building b = SkyLobby();
  Legs legs;
  SimulationOptions o;
  o.seed = 3;
  o.make_dispatcher = dispatch::MakeDispatcher;
  o.passengers = &legs;
  auto r = RunSimulation(b, o);
  ASSERT_TRUE(r.ok()) << r.error().message();
  ASSERT_TRUE(r->has_transfers);
  EXPECT_GT(r->transfers, 100);
  EXPECT_EQ(r->generated, r->delivered + r->in_system_at_end);
  EXPECT_EQ(r->legs.generated, r->legs.delivered + r->legs.in_system_at_end);
  EXPECT_EQ(r->legs.generated, r->generated + r->transfers);
  EXPECT_EQ(static_cast<std::int64_t>(legs.delivered.size()), r->legs.delivered);
  EXPECT_EQ(r->in_system_at_end, 0);

  // Each person's legs: numbered from 0, each beginning where the last ended
  // after the walk there, on another group.
  std::map<std::int64_t, std::vector<PassengerTrace>> by_person;
  for (const PassengerTrace& t : legs.delivered) by_person[t.person.value()].push_back(t);
  EXPECT_EQ(static_cast<std::int64_t>(by_person.size()), r->generated);
  int changed = 0;
  for (const auto& [person, list] : by_person) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      ASSERT_EQ(list[i].leg, static_cast<int>(i)) << "person " << person;
      if (i == 0) continue;
      ++changed;
      const PassengerTrace& before = list[i - 1];
      EXPECT_EQ(list[i].origin, before.destination);
      EXPECT_NE(list[i].group, before.group);
      const double walk = b.floor(before.destination).transfer_walk_s;
      EXPECT_EQ(list[i].arrival, before.alighted + SecondsToTicks(walk));
    }
  }
  EXPECT_EQ(changed, r->transfers);
  // A journey is at least as long as its legs' times to destination.
  EXPECT_GT(r->journey_time_s.mean, r->time_to_destination_s.mean);
}

TEST(TransfersTest, SameBytesWhateverTheThreads) {
  const Building b = SkyLobby();
  ReplicationOptions o;
  o.runs = 3;
  o.seed = 5;
  o.make_dispatcher = dispatch::MakeDispatcher;
  o.threads = 1;
  auto one = RunReplications(b, o);
  o.threads = 3;
  auto three = RunReplications(b, o);
  ASSERT_TRUE(one.ok() && three.ok());
  ASSERT_EQ(one->mean.size(), three->mean.size());
  for (std::size_t i = 0; i < one->mean.size(); ++i) {
    EXPECT_EQ(one->mean[i].value, three->mean[i].value) << one->mean[i].path;
  }
}

}  // namespace
}  // namespace hoistway
