#include "server/event_hub.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace hoistway::server {
namespace {

TEST(EventHubTest, AddressedEventsReachOnlyTheirUser) {
  EventHub hub;
  std::vector<std::string> anyone, kim, lee;
  hub.Subscribe([&](const std::string& e) { anyone.push_back(e); });
  const auto kim_id = hub.Subscribe([&](const std::string& e) { kim.push_back(e); }, 7);
  hub.Subscribe([&](const std::string& e) { lee.push_back(e); }, 8);
  hub.Publish("everyone");
  hub.Publish("for kim", EventScope{7, std::nullopt});
  EXPECT_EQ(anyone, std::vector<std::string>{"everyone"});
  EXPECT_EQ(kim, (std::vector<std::string>{"everyone", "for kim"}));
  EXPECT_EQ(lee, std::vector<std::string>{"everyone"});
  hub.Unsubscribe(kim_id);
  hub.Publish("again", EventScope{7, std::nullopt});
  EXPECT_EQ(kim.size(), 2u);
  EXPECT_EQ(hub.subscribers(), 2u);
}

TEST(EventHubTest, EndingASessionReachesOnlyItsStreams) {
  EventHub hub;
  std::vector<std::string> tab1, tab2, other, anyone;
  hub.Subscribe([&](const std::string& e) { tab1.push_back(e); }, 7, "session-a");
  hub.Subscribe([&](const std::string& e) { tab2.push_back(e); }, 7, "session-a");
  hub.Subscribe([&](const std::string& e) { other.push_back(e); }, 7, "session-b");
  hub.Subscribe([&](const std::string& e) { anyone.push_back(e); });
  hub.EndSession("session-a");
  hub.EndSession("");  // the public has no session to end
  const std::vector<std::string> ended{std::string(EventHub::kSessionEnded)};
  EXPECT_EQ(tab1, ended);
  EXPECT_EQ(tab2, ended);
  EXPECT_TRUE(other.empty());
  EXPECT_TRUE(anyone.empty());
}

// Regression: owners received the events of lifts they cannot read. A
// stream's filter now sees each event's lift.
TEST(EventHubTest, FiltersSeeTheLiftAnEventIsAbout) {
  EventHub hub;
  std::vector<std::string> mine, all;
  hub.Subscribe(
      [&](const std::string& e) { mine.push_back(e); }, 7, "",
      [](const EventScope& s) { return !s.lift || s.lift->registration_no == "1000001"; });
  hub.Subscribe([&](const std::string& e) { all.push_back(e); });
  EventScope own{0, registry::LiftFacts{"1000001", {}, {7}}};
  EventScope other{0, registry::LiftFacts{"1000002", {}, {}}};
  hub.Publish("own", own);
  hub.Publish("other", other);
  hub.Publish("no lift");
  EXPECT_EQ(mine, (std::vector<std::string>{"own", "no lift"}));
  EXPECT_EQ(all, (std::vector<std::string>{"own", "other", "no lift"}));
}

}  // namespace
}  // namespace hoistway::server
