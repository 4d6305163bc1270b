// People who change groups at a sky lobby: legs and people conserved, a
// person's legs linked and in order, the walk between groups respected; the
// same with double-deck shuttles between lobbies of two levels, where the
// next leg may begin at the other level, after the escalator.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "core/building_loader.h"
#include "core/decks.h"
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

Building LoadScenario(const std::string& name) {
  auto b = LoadBuildingFile(std::string(HOISTWAY_SOURCE_DIR) + "/tests/scenarios/transfers/" +
                            name + ".yaml");
  EXPECT_TRUE(b.ok()) << (b.ok() ? "" : b.error().message());
  return b.ok() ? std::move(b).value() : Building{};
}

class TransfersTest : public ::testing::TestWithParam<const char*> {};

TEST_P(TransfersTest, PeopleAndLegsAreConservedAndLegsLinked) {
  const Building b = LoadScenario(GetParam());
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
  // after the walk there, on another group; or, boarding a double-deck car
  // at a lobby of two levels, at the other level after the escalator too.
  std::map<std::int64_t, std::vector<PassengerTrace>> by_person;
  for (const PassengerTrace& t : legs.delivered) by_person[t.person.value()].push_back(t);
  EXPECT_EQ(static_cast<std::int64_t>(by_person.size()), r->generated);
  int changed = 0;
  int escalators = 0;
  for (const auto& [person, list] : by_person) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      ASSERT_EQ(list[i].leg, static_cast<int>(i)) << "person " << person;
      if (i == 0) continue;
      ++changed;
      const PassengerTrace& before = list[i - 1];
      const GroupSpec& last = b.groups[static_cast<std::size_t>(before.group.value())];
      const GroupSpec& next = b.groups[static_cast<std::size_t>(list[i].group.value())];
      EXPECT_NE(list[i].group, before.group);
      const Tick walked = list[i].arrival - before.alighted;
      if (list[i].origin == before.destination) {
        EXPECT_EQ(walked, SecondsToTicks(b.floor(before.destination).transfer_walk_s))
            << "person " << person;
        continue;
      }
      // The other level: the escalator of the car left or of the car taken.
      ++escalators;
      const GroupSpec& decks = last.deck == Deck::kDouble ? last : next;
      ASSERT_EQ(decks.deck, Deck::kDouble) << "person " << person;
      EXPECT_EQ(PairFloor(decks, list[i].origin), PairFloor(decks, before.destination));
      EXPECT_TRUE(IsTwoLevelLobby(b, decks, list[i].origin));
      bool one_escalator = false;
      for (FloorIndex change : {before.destination, list[i].origin}) {
        for (const GroupSpec* g : {&last, &next}) {
          if (g->deck != Deck::kDouble) continue;
          one_escalator =
              one_escalator ||
              walked == SecondsToTicks(b.floor(change).transfer_walk_s + g->escalator_s);
        }
      }
      EXPECT_TRUE(one_escalator) << "person " << person << " walked " << walked << " ticks";
    }
  }
  EXPECT_EQ(changed, r->transfers);
  const bool double_deck = std::string(GetParam()).find("double-deck") != std::string::npos;
  EXPECT_EQ(escalators > 0, double_deck);
  // A journey is at least as long as its legs' times to destination.
  EXPECT_GT(r->journey_time_s.mean, r->time_to_destination_s.mean);
}

TEST_P(TransfersTest, SameBytesWhateverTheThreads) {
  const Building b = LoadScenario(GetParam());
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

INSTANTIATE_TEST_SUITE_P(SkyLobbies, TransfersTest,
                         ::testing::Values("sky-lobby", "double-deck-sky-lobby"),
                         [](const auto& info) {
                           std::string name = info.param;
                           std::erase(name, '-');
                           return name;
                         });

}  // namespace
}  // namespace hoistway
